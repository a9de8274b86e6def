/** English strings: loaded on their own, only for users who read this language. */
import type { ExportStrings } from './strings';

const strings: ExportStrings = {
  menu: 'Export and print',
  menuLabel: 'Export or print: {scope}',
  ics: 'Export to calendar (.ics)',
  icsHint: 'The tasks shown, as all-day events. Importing the file again updates the events Outlook imported before.',
  print: 'Print',
  calendarName: 'Annual clock {scope} {year}',
  fileStem: 'annual-clock',
  donePrefix: '✓ Done: ',
  account: 'Account: {name}',
  organisation: 'A task for the whole organisation',
  ownerRole: 'Responsible: {role}',
  owner: 'Person responsible: {name}',
  doneOn: 'Marked done on {date}',
  downloaded: 'Downloaded {file} ({count} tasks).',
  nothingToExport: 'No tasks are shown, so there is nothing to export.',
  failed: 'The calendar file could not be created.',
};

export default strings;
