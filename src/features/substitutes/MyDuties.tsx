/** "My duties": the accounts the user covers in the window, since and until, why them, and the handover brief. */
import * as React from 'react';
import { ActionButton, CheckboxVisibility, DetailsList, DetailsListLayoutMode, IColumn, SelectionMode, Text } from '@fluentui/react';
import type { CoverDuty } from '../../domain/cover';
import { formatDate } from '../../domain/dates';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { bundle as subsBundle } from './strings';
import { personName } from './text';

export function MyDuties(props: { duties: CoverDuty[]; onOpenBrief: (d: CoverDuty) => void }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(subsBundle);
  const t = s.duties;
  if (!props.duties.length) {
    return (
      <Text as="p" data-testid="duties-empty">
        {t.empty}
      </Text>
    );
  }
  const items = props.duties.map((d) => ({ key: `${d.absence.id}-${d.account.id}-${d.since}`, duty: d }));
  const col = (key: string, name: string, render: (d: CoverDuty) => React.ReactNode, min = 90, max = 180): IColumn => ({
    key,
    name,
    minWidth: min,
    maxWidth: max,
    isResizable: true,
    isMultiline: true,
    onRender: (item: { duty: CoverDuty }) => render(item.duty),
  });
  const columns: IColumn[] = [
    col('account', t.columns.account, (d) => (d.account.abbreviation ? `${d.account.name} (${d.account.abbreviation})` : d.account.name), 160, 260),
    col('manager', t.columns.manager, (d) => personName(d.manager, s), 120, 180),
    col('since', t.columns.since, (d) => formatDate(d.since, host.locale), 80, 100),
    col('until', t.columns.until, (d) => formatDate(d.until, host.locale), 80, 100),
    col('source', t.columns.source, (d) => t.source[d.source], 120, 200),
    col(
      'brief',
      t.columns.brief,
      (d) => (
        <ActionButton
          iconProps={{ iconName: 'ContactCard' }}
          text={t.openBrief}
          ariaLabel={format(t.openBriefFor, { account: d.account.name })}
          data-brief-key={`${d.absence.id}-${d.account.id}`}
          onClick={() => props.onOpenBrief(d)}
          styles={{ root: { height: 24 } }}
        />
      ),
      120,
      160,
    ),
  ];
  return (
    <div data-testid="duties-table">
      <DetailsList
        items={items}
        columns={columns}
        selectionMode={SelectionMode.none}
        checkboxVisibility={CheckboxVisibility.hidden}
        layoutMode={DetailsListLayoutMode.justified}
        ariaLabelForGrid={t.heading}
        onShouldVirtualize={() => false}
      />
    </div>
  );
}
