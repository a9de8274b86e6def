/**
 * The rule part of the task form: how the day is set (a day of given months, the n-th weekday, or relative to
 * another task), the working-day adjustment, and exceptional dates per period. Every control is a labelled Fluent
 * control in the tab order; months are a group of checkboxes with quick picks.
 */
import * as React from 'react';
import { Checkbox, ChoiceGroup, DefaultButton, Dropdown, IconButton, Stack, Text, TextField, useTheme } from '@fluentui/react';
import type { WorkingDayAdjust } from '../../../domain/clockRules';
import { formatDate, IsoDate } from '../../../domain/dates';
import type { ClockTask } from '../../../domain/types';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';
import { DateField } from '../../../ui/forms/DateField';
import { bundle as editorBundle } from './strings';
import type { FormProblem, RuleKind, TaskForm } from './taskForm';

export interface RuleFieldsProps {
  form: TaskForm;
  set: <K extends keyof TaskForm>(field: K, value: TaskForm[K]) => void;
  /** The other tasks of the template (possible anchors). */
  others: ClockTask[];
  /** Periods an exceptional date can be given for (this task's periods this year and next). */
  periods: string[];
  today: IsoDate;
  problems: FormProblem[];
  disabled: boolean;
}

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export function periodLabel(period: string, locale: string): string {
  return formatDate(`${period}-01`, locale, { month: 'long', year: 'numeric' });
}

export function RuleFields(props: RuleFieldsProps): JSX.Element {
  const { host, strings } = useApp();
  const s = useBundle(editorBundle);
  const theme = useTheme();
  const { form, set, disabled } = props;
  const msg = (field: FormProblem['field']): string | undefined => props.problems.filter((p) => p.field === field).map((p) => p.message).join(' ') || undefined;
  const monthNames = strings.datePicker.months;

  const toggleMonth = (m: number, on: boolean): void => set('months', on ? [...form.months.filter((x) => x !== m), m].sort((a, b) => a - b) : form.months.filter((x) => x !== m));

  const months = (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }} id="ac-clock-task-months">
      <legend style={{ fontWeight: 600, padding: '5px 0' }}>{s.months}</legend>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} styles={{ root: { maxWidth: 520 } }}>
        {MONTHS.map((m) => (
          <Stack.Item key={m} styles={{ root: { width: 120 } }}>
            <Checkbox label={monthNames[m - 1]} checked={form.months.includes(m)} onChange={(_, c) => toggleMonth(m, !!c)} disabled={disabled} />
          </Stack.Item>
        ))}
      </Stack>
      <Stack horizontal tokens={{ childrenGap: 8 }} styles={{ root: { marginTop: 8 } }}>
        <DefaultButton text={s.allMonths} onClick={() => set('months', [...MONTHS])} disabled={disabled} />
        <DefaultButton text={s.quarterMonths} onClick={() => set('months', [3, 6, 9, 12])} disabled={disabled} />
        <DefaultButton text={s.clearMonths} onClick={() => set('months', [])} disabled={disabled} />
      </Stack>
    </fieldset>
  );

  const adjust = (
    <ChoiceGroup
      label={s.adjust}
      selectedKey={form.adjust}
      options={[
        { key: 'previous', text: s.adjustPrevious },
        { key: 'next', text: s.adjustNext },
        { key: 'none', text: s.adjustNone },
      ]}
      onChange={(_, o) => o && set('adjust', o.key as WorkingDayAdjust)}
      disabled={disabled}
    />
  );

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text as="h3" variant="large" styles={{ root: { margin: '8px 0 0' } }}>
        {s.ruleHeading}
      </Text>
      <ChoiceGroup
        label={s.kind}
        selectedKey={form.kind}
        options={[
          { key: 'date', text: s.kindDate },
          { key: 'nthWeekday', text: s.kindNthWeekday },
          { key: 'relative', text: s.kindRelative },
        ]}
        onChange={(_, o) => o && set('kind', o.key as RuleKind)}
        disabled={disabled}
      />
      {form.kind === 'date' && (
        <>
          {months}
          <Stack horizontal tokens={{ childrenGap: 16 }} verticalAlign="end" wrap>
            <TextField
              id="ac-clock-task-day"
              label={s.day}
              inputMode="numeric"
              value={form.day}
              onChange={(_, v) => set('day', v ?? '')}
              disabled={disabled || form.lastDay}
              errorMessage={msg('day')}
              styles={{ root: { width: 100 } }}
            />
            <Checkbox label={s.lastDay} checked={form.lastDay} onChange={(_, c) => set('lastDay', !!c)} disabled={disabled} styles={{ root: { marginBottom: 8 } }} />
          </Stack>
          {adjust}
        </>
      )}
      {form.kind === 'nthWeekday' && (
        <>
          {months}
          <Stack horizontal tokens={{ childrenGap: 16 }} wrap>
            <Dropdown
              label={s.nth}
              selectedKey={form.n}
              options={[...['1', '2', '3', '4', '5'].map((n) => ({ key: n, text: format(s.nthOrdinal, { n }) })), { key: '-1', text: s.nthLast }]}
              onChange={(_, o) => o && set('n', String(o.key))}
              disabled={disabled}
              styles={{ root: { width: 140 } }}
            />
            <Dropdown
              label={s.weekday}
              selectedKey={form.weekday}
              options={s.weekdays.map((w, i) => ({ key: String(i + 1), text: w }))}
              onChange={(_, o) => o && set('weekday', String(o.key))}
              disabled={disabled}
              styles={{ root: { width: 180 } }}
            />
          </Stack>
          {adjust}
        </>
      )}
      {form.kind === 'relative' && (
        <>
          <Dropdown
            id="ac-clock-task-anchor"
            label={s.anchor}
            placeholder={s.chooseAnchor}
            selectedKey={form.anchor || null}
            options={props.others.filter((t) => t.code).map((t) => ({ key: t.code!, text: t.retired ? format(s.anchorRetired, { title: t.title }) : t.title }))}
            onChange={(_, o) => o && set('anchor', String(o.key))}
            errorMessage={msg('anchor')}
            disabled={disabled}
            required
          />
          <Stack horizontal tokens={{ childrenGap: 16 }} wrap verticalAlign="start">
            <TextField
              id="ac-clock-task-offset"
              label={s.offset}
              inputMode="numeric"
              value={form.offset}
              onChange={(_, v) => set('offset', v ?? '')}
              errorMessage={msg('offset')}
              disabled={disabled}
              styles={{ root: { width: 100 } }}
              required
            />
            <ChoiceGroup
              label={s.direction}
              selectedKey={form.direction}
              options={[
                { key: 'before', text: s.before },
                { key: 'after', text: s.after },
              ]}
              onChange={(_, o) => o && set('direction', o.key as 'before' | 'after')}
              disabled={disabled}
            />
          </Stack>
          <Checkbox label={s.workingDays} checked={form.workingDays} onChange={(_, c) => set('workingDays', !!c)} disabled={disabled} />
          {!form.workingDays && adjust}
        </>
      )}
      <fieldset style={{ border: 0, padding: 0, margin: 0 }} id="ac-clock-task-overrides">
        <legend style={{ fontWeight: 600, padding: '5px 0' }}>{s.overrides}</legend>
        <Text block variant="small">
          {s.overridesHint}
        </Text>
        {form.overrides.map((o, i) => {
          const label = o.period ? periodLabel(o.period, host.locale) : String(i + 1);
          const options = [...new Set([...props.periods, ...(o.period ? [o.period] : [])])].sort().map((p) => ({ key: p, text: periodLabel(p, host.locale) }));
          return (
            <Stack key={i} horizontal tokens={{ childrenGap: 12 }} verticalAlign="end" wrap styles={{ root: { marginTop: 8 } }}>
              <Dropdown
                label={s.overridePeriod}
                selectedKey={o.period || null}
                options={options}
                onChange={(_, opt) => opt && set('overrides', form.overrides.map((x, j) => (j === i ? { ...x, period: String(opt.key) } : x)))}
                disabled={disabled}
                styles={{ root: { width: 200 } }}
              />
              <DateField label={s.overrideDate} value={o.date} today={props.today} onChange={(d) => set('overrides', form.overrides.map((x, j) => (j === i ? { ...x, date: d } : x)))} disabled={disabled} />
              <IconButton
                iconProps={{ iconName: 'Delete' }}
                ariaLabel={format(s.removeOverride, { period: label })}
                title={format(s.removeOverride, { period: label })}
                onClick={() => set('overrides', form.overrides.filter((_, j) => j !== i))}
                disabled={disabled}
              />
            </Stack>
          );
        })}
        {msg('overrides') && (
          <Text block role="alert" styles={{ root: { color: theme.semanticColors.errorText, marginTop: 4 } }}>
            {msg('overrides')}
          </Text>
        )}
        <DefaultButton
          styles={{ root: { marginTop: 8 } }}
          iconProps={{ iconName: 'Add' }}
          text={s.addOverride}
          onClick={() => set('overrides', [...form.overrides, { period: props.periods.find((p) => !form.overrides.some((x) => x.period === p)) ?? '' }])}
          disabled={disabled}
        />
      </fieldset>
    </Stack>
  );
}
