/** Finnish strings: loaded on their own, only for users who read this language. */
import type { ExportStrings } from './strings';

const strings: ExportStrings = {
  menu: 'Vie ja tulosta',
  menuLabel: 'Vie tai tulosta: {scope}',
  ics: 'Vie kalenteriin (.ics)',
  icsHint: 'Näkyvät tehtävät koko päivän tapahtumina. Kun tuot tiedoston uudelleen, Outlook päivittää aiemmin tuodut tapahtumat.',
  print: 'Tulosta',
  calendarName: 'Vuosikello {scope} {year}',
  fileStem: 'vuosikello',
  donePrefix: '✓ Tehty: ',
  account: 'Asiakkuus: {name}',
  organisation: 'Koko organisaation tehtävä',
  ownerRole: 'Vastuu: {role}',
  owner: 'Vastuuhenkilö: {name}',
  doneOn: 'Merkitty tehdyksi {date}',
  downloaded: 'Tiedosto {file} ladattu ({count} tehtävää).',
  nothingToExport: 'Näkyvissä ei ole tehtäviä, joita voisi viedä.',
  failed: 'Kalenteritiedostoa ei voitu muodostaa.',
};

export default strings;
