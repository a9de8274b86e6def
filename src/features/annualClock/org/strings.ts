/** Strings of the annual clock's organisation view (leadership: accounts × quarter, who is behind). */
import { defineBundle } from '../../../loc/bundle';

export interface OrgViewStrings {
  title: string;
  intro: string;
  /** The table's caption: {year}. */
  caption: string;
  account: string;
  /** A quarter's column heading: {n} = 1…4. */
  quarter: string;
  wholeYear: string;
  overdue: string;
  doneLate: string;
  doneOnTime: string;
  open: string;
  /** A cell with no items. */
  none: string;
  behindNone: string;
  behindOne: string;
  behindMany: string;
  /** {date}: the day the counts are for. */
  asOf: string;
  organisation: string;
  /** The account name as a link to its own clock: {name}. */
  openAccount: string;
  legend: string;
  noAccounts: string;
}

export const bundle = defineBundle<OrgViewStrings>('annualClockOrg', {
  fi: () => import(/* webpackChunkName: 'strings-annual-clock-org-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-annual-clock-org-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-annual-clock-org-en' */ './strings.en'),
});
