/**
 * Strings of the compact month strip, a bundle of its own so the account tab's "this year at a glance" loads these
 * few words without the clock's full strings.
 */
import { defineBundle } from '../../loc/bundle';

export interface ClockStripStrings {
  title: string;
  /** A month cell's accessible name: {month}, {count} */
  cell: string;
  /** Appended for the month's states: {count} */
  overdue: string;
  dueSoon: string;
  done: string;
  none: string;
}

export const bundle = defineBundle<ClockStripStrings>('annualClockStrip', {
  fi: () => import(/* webpackChunkName: 'strings-annual-clock-strip-fi' */ './stripStrings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-annual-clock-strip-sv' */ './stripStrings.sv'),
  en: () => import(/* webpackChunkName: 'strings-annual-clock-strip-en' */ './stripStrings.en'),
});
