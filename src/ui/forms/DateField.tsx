/**
 * A date field for a Helsinki calendar day (IsoDate): a text box you can type in, and a button that opens a Fluent
 * Calendar. Typing is parsed by our own rules whatever opened the field (mouse or keyboard), on Enter and when the
 * field loses focus (Tab, a click elsewhere): d.m.yyyy (fi, sv), dd/mm/yyyy (en in Finland: day before month) and
 * yyyy-mm-dd in any language. Text that is not a date keeps what was typed, shows the localized message at the
 * field and changes nothing; emptying the field clears the value. Dates are shown as formatDate shows them
 * everywhere else (fi and sv 1.9.2026, en 01/09/2026).
 *
 * Why not Fluent's DatePicker: with allowTextInput a mouse click opens its calendar and moves focus into it, so
 * typing went nowhere and Enter picked the calendar's focused day (today); it is uncontrolled when first rendered
 * without a value; Enter opens the calendar instead of taking the typed date; and an invalid entry was silently
 * replaced with the previous value. The calendar itself (Fluent's Calendar) is kept, in the user's language: Monday
 * first (as in Finland in every language), ISO week numbers, month and day names, and days read out in proper
 * grammar (Finnish "1. syyskuuta 2027", Swedish "1 september 2027") instead of Fluent's "syyskuu 1, 2027".
 * The picker works with local Date objects; only their Y/M/D parts are used.
 */
import * as React from 'react';
import {
  Calendar,
  Callout,
  DayOfWeek,
  DirectionalHint,
  FirstWeekOfYear,
  FocusTrapZone,
  getId,
  ICalendarStrings,
  IconButton,
  IDateFormatting,
  ITextField,
  TextField,
} from '@fluentui/react';
import { formatDate, intlLocale, IsoDate, isIsoDate } from '../../domain/dates';
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

/** The calendar's texts: Fluent's month-first English patterns replaced by the user's language (Intl, Finland). */
function dateFormatting(locale: string): IDateFormatting & { dayLabel: (d: Date) => string } {
  const l = intlLocale(locale);
  const monthYear = new Intl.DateTimeFormat(l, { month: 'long', year: 'numeric' });
  const dayMonthYear = new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric' });
  const weekdayDate = new Intl.DateTimeFormat(l, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return {
    formatDay: (d) => String(d.getDate()),
    formatMonth: (d, s) => s.months[d.getMonth()],
    formatYear: (d) => String(d.getFullYear()),
    formatMonthDayYear: (d) => dayMonthYear.format(d),
    formatMonthYear: (d) => monthYear.format(d),
    dayLabel: (d) => weekdayDate.format(d),
  };
}

export interface DateFieldProps {
  label: string;
  value?: IsoDate;
  onChange: (value: IsoDate | undefined) => void;
  /** Today in Helsinki (the calendar's "today" and where it opens). */
  today: IsoDate;
  errorMessage?: string;
  disabled?: boolean;
  /** Told whenever the typed text stops or starts being a date, so a form can refuse to save a half-typed one. */
  onValidityChange?: (valid: boolean) => void;
}

export function DateField(props: DateFieldProps): JSX.Element {
  const { host, strings: common } = useApp();
  const t = common.datePicker;
  const locale = host.locale;
  const shown = React.useCallback((iso?: IsoDate): string => (iso ? formatDate(iso, locale) : ''), [locale]);
  const [text, setText] = React.useState(() => shown(props.value));
  const [invalid, setInvalid] = React.useState(false);
  const [open, setOpen] = React.useState(false);
  const box = React.useRef<HTMLDivElement>(null);
  const input = React.useRef<ITextField>(null);
  const [calloutId] = React.useState(() => getId('ac-date-calendar'));

  // A value set from outside (a restored draft, a saved item) replaces what is shown.
  React.useEffect(() => {
    setText(shown(props.value));
    setInvalid(false);
  }, [props.value, shown]);

  const formatting = React.useMemo(() => dateFormatting(locale), [locale]);
  const calendarStrings = React.useMemo<ICalendarStrings>(
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
      prevYearRangeAriaLabel: t.prevYearRangeAriaLabel,
      nextYearRangeAriaLabel: t.nextYearRangeAriaLabel,
      closeButtonAriaLabel: t.closeButtonAriaLabel,
      monthPickerHeaderAriaLabel: t.monthPickerHeaderAriaLabel,
      yearPickerHeaderAriaLabel: t.yearPickerHeaderAriaLabel,
      weekNumberFormatString: t.weekNumberFormatString,
      selectedDateFormatString: t.selectedDateFormatString,
      todayDateFormatString: t.todayDateFormatString,
    }),
    [t],
  );

  const set = (iso: IsoDate | undefined): void => {
    setInvalid(false);
    props.onValidityChange?.(true);
    setText(shown(iso));
    if (iso !== props.value) props.onChange(iso);
  };

  /** Takes what was typed: a date, nothing (clears), or neither (says so and keeps the text and the value). */
  const commit = (): void => {
    if (!text.trim()) return set(undefined);
    const iso = parseUserDate(text);
    if (iso) set(iso);
    else {
      setInvalid(true);
      props.onValidityChange?.(false);
    }
  };

  const close = (returnFocus: boolean): void => {
    setOpen(false);
    if (returnFocus) input.current?.focus();
  };

  return (
    <div ref={box}>
      <TextField
        componentRef={input}
        // The ARIA date-picker combobox: the field names the calendar dialog it opens and whether it is open.
        role="combobox"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? calloutId : undefined}
        label={props.label}
        value={text}
        placeholder={t.placeholder}
        disabled={props.disabled}
        autoComplete="off"
        errorMessage={invalid ? t.invalidInput : props.errorMessage}
        onChange={(_, v) => setText(v ?? '')}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            // Enter takes the typed date (and does not submit a form around the field).
            e.preventDefault();
            commit();
          } else if (e.key === 'ArrowDown' && e.altKey) {
            e.preventDefault();
            commit();
            setOpen(true);
          }
        }}
        onRenderSuffix={() => (
          <IconButton
            iconProps={{ iconName: 'Calendar' }}
            ariaLabel={t.openCalendar}
            title={t.openCalendar}
            aria-haspopup="dialog"
            aria-expanded={open}
            aria-controls={open ? calloutId : undefined}
            disabled={props.disabled}
            onClick={() => (open ? close(true) : setOpen(true))}
            styles={{ root: { height: 30 } }}
          />
        )}
        styles={{ suffix: { padding: 0, background: 'transparent' } }}
      />
      {open && (
        <Callout
          target={box.current}
          isBeakVisible={false}
          gapSpace={0}
          directionalHint={DirectionalHint.bottomLeftEdge}
          setInitialFocus
          // Escape returns to the field; a click elsewhere leaves focus where the user put it.
          onDismiss={(ev) => close(ev?.type === 'keydown')}
        >
          <FocusTrapZone isClickableOutsideFocusTrap id={calloutId} role="dialog" aria-label={`${t.calendar}: ${props.label}`}>
            <Calendar
              value={isoToDate(parseUserDate(text) ?? props.value ?? props.today)}
              today={isoToDate(props.today)}
              onSelectDate={(d) => {
                set(dateToIso(d));
                close(true);
              }}
              onDismiss={() => close(true)}
              firstDayOfWeek={DayOfWeek.Monday}
              firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek}
              showWeekNumbers
              showGoToToday
              strings={calendarStrings}
              dateTimeFormatter={formatting}
              calendarDayProps={{
                // Fluent reads a day as "1, syyskuu, 2027"; name it as the language does ("keskiviikkona 1. syyskuuta 2027").
                customDayCellRef: (cell, date) => cell?.querySelector('button')?.setAttribute('aria-label', formatting.dayLabel(date)),
              }}
            />
          </FocusTrapZone>
        </Callout>
      )}
    </div>
  );
}
