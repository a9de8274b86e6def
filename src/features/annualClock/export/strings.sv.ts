/** Swedish strings: loaded on their own, only for users who read this language. */
import type { ExportStrings } from './strings';

const strings: ExportStrings = {
  menu: 'Exportera och skriv ut',
  menuLabel: 'Exportera eller skriv ut: {scope}',
  ics: 'Exportera till kalendern (.ics)',
  icsHint: 'De synliga uppgifterna som heldagshändelser. När du importerar filen på nytt uppdaterar Outlook de händelser som importerats tidigare.',
  print: 'Skriv ut',
  calendarName: 'Årshjul {scope} {year}',
  fileStem: 'arshjul',
  donePrefix: '✓ Klar: ',
  account: 'Kundrelation: {name}',
  organisation: 'Uppgift för hela organisationen',
  ownerRole: 'Ansvar: {role}',
  owner: 'Ansvarsperson: {name}',
  doneOn: 'Markerad som klar {date}',
  downloaded: 'Filen {file} har laddats ned ({count} uppgifter).',
  nothingToExport: 'Det finns inga synliga uppgifter att exportera.',
  failed: 'Kalenderfilen kunde inte skapas.',
};

export default strings;
