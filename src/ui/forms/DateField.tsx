/**
 * A Fluent DatePicker for a Helsinki calendar day (IsoDate): localized month and day names, Monday first (the
 * week starts on Monday in Finland, whatever the language), dates shown as formatDate shows them everywhere
 * else (fi and sv 1.9.2026, en 01/09/2026 – day before month), and typing allowed so the keyboard is enough.
 * The picker works with local Date objects; only their Y/M/D parts are used.
 */
import * as React from 'react';
import { DatePicker, DayOfWeek, IDatePickerStrings } from '@fluentui/react';
import { formatDate, IsoDate, isIsoDate } from '../../domain/dates';
import { useApp } from '../AppContext';

const pad = (n: number): string => String(n).padStart(2, '0');

export function dateToIso(d: Date): IsoDate {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function isoToDate(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** Accepts d.m.yyyy (fi, sv), dd/mm/yyyy (en in Finland: day before month) and yyyy-mm-dd, whatever the language. */
export function parseUserDate(text: string): IsoDate | undefined {
  const t = text.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else return undefined;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(iso) ? iso : undefined;
}

export interface DateFieldProps {
  label: string;
  value?: IsoDate;
  onChange: (value: IsoDate | undefined) => void;
  /** Today in Helsinki (the calendar's "today" and where it opens). */
  today: IsoDate;
  errorMessage?: string;
  disabled?: boolean;
}

export function DateField(props: DateFieldProps): JSX.Element {
  const { host, strings: common } = useApp();
  const t = common.datePicker;
  const strings = React.useMemo<IDatePickerStrings>(
    () => ({
      months: t.months,
      shortMonths: t.shortMonths,
      days: t.days,
      shortDays: t.shortDays,
      goToToday: t.goToToday,
      prevMonthAriaLabel: t.prevMonthAriaLabel,
      nextMonthAriaLabel: t.nextMonthAriaLabel,
      prevYearAriaLabel: t.prevYearAriaLabel,
      nextYearAriaLabel: t.nextYearAriaLabel,
      closeButtonAriaLabel: t.closeButtonAriaLabel,
      invalidInputErrorMessage: t.invalidInput,
    }),
    [t],
  );
  return (
    <DatePicker
      label={props.label}
      value={props.value ? isoToDate(props.value) : undefined}
      onSelectDate={(d) => props.onChange(d ? dateToIso(d) : undefined)}
      strings={strings}
      firstDayOfWeek={DayOfWeek.Monday}
      formatDate={(d) => (d ? formatDate(dateToIso(d), host.locale) : '')}
      parseDateFromString={(text) => {
        const iso = parseUserDate(text);
        return iso ? isoToDate(iso) : (null as unknown as Date);
      }}
      allowTextInput
      placeholder={t.placeholder}
      today={isoToDate(props.today)}
      disabled={props.disabled}
      textField={props.errorMessage ? { errorMessage: props.errorMessage } : undefined}
    />
  );
}
