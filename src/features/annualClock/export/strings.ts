/** Strings of the annual clock's export menu: the .ics file for Outlook and printing the month list. */
import { defineBundle } from '../../../loc/bundle';

export interface ExportStrings {
  menu: string;
  /** The menu button's accessible name: {scope}. */
  menuLabel: string;
  ics: string;
  icsHint: string;
  print: string;
  /** The calendar's name in Outlook: {scope}, {year}. */
  calendarName: string;
  /** The file name's first word (made ASCII-safe): vuosikello-ork-2027.ics. */
  fileStem: string;
  /** In front of a done item's title in the calendar. */
  donePrefix: string;
  /** In an event's description: {name}. */
  account: string;
  organisation: string;
  /** {role} */
  ownerRole: string;
  /** {name} */
  owner: string;
  /** {date} */
  doneOn: string;
  /** After the download: {file}, {count}. */
  downloaded: string;
  nothingToExport: string;
  failed: string;
}

export const bundle = defineBundle<ExportStrings>('annualClockExport', {
  fi: () => import(/* webpackChunkName: 'strings-annual-clock-export-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-annual-clock-export-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-annual-clock-export-en' */ './strings.en'),
});
