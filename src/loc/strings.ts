/**
 * UI strings, Finnish first. One typed interface: a key missing from any language is a compile error, and a
 * unit test checks that no value is empty. Placeholders are {name}; use `format`. Written, not machine-translated.
 */
import { defineBundle } from './bundle';

export interface DatePickerTexts {
  /** January … December. */
  months: string[];
  shortMonths: string[];
  /** Sunday first, as Fluent UI expects. */
  days: string[];
  shortDays: string[];
  goToToday: string;
  prevMonthAriaLabel: string;
  nextMonthAriaLabel: string;
  prevYearAriaLabel: string;
  nextYearAriaLabel: string;
  closeButtonAriaLabel: string;
  /** The year picker's arrows (it shows about a decade at a time). */
  prevYearRangeAriaLabel: string;
  nextYearRangeAriaLabel: string;
  /** Fluent format strings: {0} is the month picker's year / the day picker's month and year. */
  monthPickerHeaderAriaLabel: string;
  yearPickerHeaderAriaLabel: string;
  /** {0} is the ISO week number (weeks are numbered in Finland, and the calendar shows them). */
  weekNumberFormatString: string;
  /** {0} is the date written out, e.g. 1. syyskuuta 2027. */
  selectedDateFormatString: string;
  todayDateFormatString: string;
  /** The button next to the field that opens the calendar. */
  openCalendar: string;
  /** The calendar pop-up's name for screen readers. */
  calendar: string;
  /** What to type, e.g. p.k.vvvv. */
  placeholder: string;
  invalidInput: string;
}

export interface Strings {
  /** The BCP 47 tag numbers in messages are written in (digit groups: 63 999 / 63,999). */
  numberLocale: string;
  datePicker: DatePickerTexts;
  appName: string;
  loading: string;
  retry: string;
  save: string;
  saving: string;
  cancel: string;
  close: string;
  edit: string;
  yes: string;
  no: string;
  notSet: string;
  saved: string;
  theirVersion: string;
  saveMineAnyway: string;
  keepTheirs: string;
  /** The in-place text editor (EditableText): kept drafts, the length counter and long texts shown collapsed. */
  editor: {
    draftRestored: string;
    discardDraft: string;
    charCount: string;
    showAll: string;
    showLess: string;
  };
  errors: {
    conflict: string;
    notFound: string;
    listMissing: string;
    accessDenied: string;
    throttled: string;
    threshold: string;
    validation: string;
    duplicate: string;
    network: string;
    unknown: string;
  };
  fieldProblems: {
    required: string;
    tooLong: string;
    outOfRange: string;
    invalidChoice: string;
    invalidDate: string;
    invalidEmail: string;
    invalidUrl: string;
    endBeforeStart: string;
    invalidNumber: string;
    overlap: string;
    selfSubstitute: string;
    invalidDiaryNumber: string;
  };
  siteContents: {
    title: string;
    intro: string;
    site: string;
    signedInAs: string;
    schemaVersion: string;
    schemaVersionValue: string;
    notProvisioned: string;
    upToDate: string;
    needsUpgrade: string;
    columnList: string;
    columnInternal: string;
    columnItems: string;
    columnStatus: string;
    statusOk: string;
    statusMissing: string;
    statusMissingFields: string;
    provision: string;
    provisioning: string;
    provisioned: string;
    provisionOnlyOwners: string;
    tableLabel: string;
    totalItems: string;
  };
}

export const commonStrings = defineBundle<Strings>('common', {
  fi: () => import(/* webpackChunkName: 'strings-common-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-common-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-common-en' */ './strings.en'),
});


/** Fills {name} placeholders. */
export function format(template: string, values: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (values[k] === undefined ? `{${k}}` : String(values[k])));
}
