/** English strings: loaded on their own, only for users who read this language. */
import type { OrgViewStrings } from './strings';

const strings: OrgViewStrings = {
  title: 'Accounts by quarter',
  intro: 'Where each account stands with its annual clock tasks. The accounts furthest behind are at the top.',
  caption: 'Annual clock tasks {year} by account and quarter',
  account: 'Account',
  quarter: 'Quarter {n}',
  wholeYear: 'Whole year',
  overdue: 'Overdue: {n}',
  doneLate: 'Done late: {n}',
  doneOnTime: 'Done on time: {n}',
  open: 'Coming up: {n}',
  none: 'No tasks',
  behindNone: 'All accounts are on schedule.',
  behindOne: '1 account behind',
  behindMany: '{n} accounts behind',
  asOf: 'As of {date}',
  organisation: 'Shared tasks (no account)',
  openAccount: 'Open the annual clock of {name}',
  legend: 'Overdue: the due date has passed and the task is not marked done. Done late: marked done after the due date. Coming up: the due date has not passed yet.',
  noAccounts: 'There are no active accounts.',
};

export default strings;
