/** The clock's filters: account, category, whose (me / my accounts / everyone) and state. */
import * as React from 'react';
import { ActionButton, Dropdown, IDropdownOption, mergeStyleSets } from '@fluentui/react';
import type { OccurrenceState } from '../../domain/clock';
import type { Account, ClockCategory } from '../../domain/types';
import { ClockFilters, DEFAULT_FILTERS, OwnerFilter, STATES } from './model';
import type { AnnualClockStrings } from './strings';

export interface FiltersProps {
  filters: ClockFilters;
  accounts: Account[];
  categories: ClockCategory[];
  categoryLabels: Record<ClockCategory, string>;
  s: AnnualClockStrings;
  onChange(next: ClockFilters): void;
}

const ALL = '__all';
const classes = mergeStyleSets({
  root: { display: 'flex', flexWrap: 'wrap', gap: '8px 12px', alignItems: 'flex-end' },
  field: { minWidth: 170, flex: '1 1 170px', maxWidth: 260 },
});

function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== value), value] : list.filter((x) => x !== value);
}

export function Filters(props: FiltersProps): JSX.Element {
  const { filters, s } = props;
  const set = (patch: Partial<ClockFilters>): void => props.onChange({ ...filters, ...patch });
  const accountOptions: IDropdownOption[] = [
    { key: ALL, text: s.filters.allAccounts },
    ...props.accounts.map((a) => ({ key: a.id, text: a.abbreviation ? `${a.name} (${a.abbreviation})` : a.name })),
  ];
  const owners: OwnerFilter[] = ['me', 'myAccounts', 'everyone'];
  const changed =
    filters.accountId !== undefined || filters.categories.length > 0 || filters.states.length > 0 || filters.owner !== DEFAULT_FILTERS.owner;
  return (
    <div className={classes.root} role="group" aria-label={s.filters.label} data-testid="clock-filters">
      <Dropdown
        className={classes.field}
        label={s.filters.account}
        selectedKey={filters.accountId ?? ALL}
        options={accountOptions}
        onChange={(_, o) => o && set({ accountId: o.key === ALL ? undefined : Number(o.key) })}
        data-testid="clock-filter-account"
      />
      <Dropdown
        className={classes.field}
        label={s.filters.category}
        multiSelect
        placeholder={s.filters.allCategories}
        selectedKeys={filters.categories}
        options={props.categories.map((c) => ({ key: c, text: props.categoryLabels[c] }))}
        onChange={(_, o) => o && set({ categories: toggle(filters.categories, o.key as ClockCategory, !!o.selected) })}
      />
      <Dropdown
        className={classes.field}
        label={s.filters.owner}
        selectedKey={filters.owner}
        options={owners.map((o) => ({ key: o, text: s.filters.owners[o] }))}
        onChange={(_, o) => o && set({ owner: o.key as OwnerFilter })}
        data-testid="clock-filter-owner"
      />
      <Dropdown
        className={classes.field}
        label={s.filters.state}
        multiSelect
        placeholder={s.filters.allStates}
        selectedKeys={filters.states}
        options={STATES.map((st) => ({ key: st, text: s.stateLabel[st] }))}
        onChange={(_, o) => o && set({ states: toggle(filters.states, o.key as OccurrenceState, !!o.selected) })}
      />
      {changed && <ActionButton iconProps={{ iconName: 'ClearFilter' }} text={s.filters.clear} onClick={() => props.onChange({ ...DEFAULT_FILTERS })} />}
    </div>
  );
}
