/** Strings of the annual clock (vuosikello): the wheel, the month list, filters, the details and the toolbar. */
import { defineBundle } from '../../loc/bundle';

export interface AnnualClockStrings {
  title: string;
  /** {year} */
  titleYear: string;
  intro: string;
  loading: string;
  refresh: string;
  /** Before the error message when a refresh failed and the earlier data stays on screen. */
  refreshFailed: string;
  yearPrevious: string;
  yearNext: string;
  attention: string;
  attentionEmpty: string;
  /** {count} */
  more: string;
  /** {year} */
  windowYear: string;
  layout: { label: string; wheel: string; list: string };
  zoom: {
    label: string;
    year: string;
    quarter: string;
    month: string;
    previous: string;
    next: string;
    /** {n}: 1–4 */
    quarterName: string;
  };
  filters: {
    label: string;
    account: string;
    allAccounts: string;
    category: string;
    allCategories: string;
    owner: string;
    owners: { me: string; myAccounts: string; everyone: string };
    state: string;
    allStates: string;
    clear: string;
  };
  /** As a word in a sentence or an item's name: "myöhässä". */
  stateWord: { overdue: string; dueSoon: string; upcoming: string; done: string };
  /** As a label or heading: "Myöhässä". */
  stateLabel: { overdue: string; dueSoon: string; upcoming: string; done: string };
  /** Counts under the title: "Myöhässä: {count}". */
  summary: { overdue: string; dueSoon: string; upcoming: string; done: string };
  /** On a row or in a list of items, after the owner: {name} */
  actingShort: string;
  /** An item for the whole organisation (no account). */
  organisation: string;
  /** Several accounts' occurrences of one task on one day: {count} */
  accountsCount: string;
  /** {count} marks on one day of one ring, shown as one cluster. */
  clusterCount: string;
  /** The wheel as a whole: {window}, {count} */
  wheelLabel: string;
  keyboardHelp: string;
  rings: string;
  today: string;
  empty: string;
  emptyMonth: string;
  /** {count} */
  monthCount: string;
  details: {
    task: string;
    category: string;
    account: string;
    owner: string;
    due: string;
    state: string;
    description: string;
    notes: string;
    /** {date} */
    doneOn: string;
    noOwner: string;
    /** Who handles an item while its owner is away (tuuraus). */
    acting: string;
    /** {name}, {date}: the last day of their cover */
    actingUntil: string;
    markDone: string;
    undo: string;
    /** {account}: the button's accessible name in a list of accounts */
    markDoneFor: string;
    undoFor: string;
    working: string;
    markedDone: string;
    undone: string;
    conflict: string;
    /** {message} */
    failed: string;
    cannotMark: string;
    items: string;
    close: string;
  };
  toolbar: {
    label: string;
    export: string;
    editTemplate: string;
    organisation: string;
    clock: string;
    partFailed: string;
  };
  scope: {
    /** {account} */
    channel: string;
    widen: string;
    /** {account} */
    narrow: string;
  };
  /** Creating a year's items when none exist yet (a new account, or a year not generated). */
  generate: {
    /** {year}, {accounts}: the accounts' abbreviations. */
    missing: string;
    /** {year} */
    missingAll: string;
    action: string;
    running: string;
    /** {created} */
    done: string;
    nothing: string;
  };
}

export const bundle = defineBundle<AnnualClockStrings>('annualClock', {
  fi: () => import(/* webpackChunkName: 'strings-annual-clock-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-annual-clock-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-annual-clock-en' */ './strings.en'),
});
