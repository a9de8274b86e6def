/** Swedish strings of the privacy section. */
import type { PrivacyStrings } from './strings';

const strings: PrivacyStrings = {
  heading: 'Dataskydd',
  intro:
    'Dokumenterade kundsituationer och respons sparas under den angivna tiden räknat från dagen de gäller. Äldre poster kan raderas eller anonymiseras. Förhandsgranska först: förhandsgranskningen ändrar ingenting.',
  retentionLegend: 'Lagringstider',
  retentionLabel: '{list}: lagringstid (månader)',
  retentionInvalid: 'Ange ett heltal mellan 1 och 120.',
  save: 'Spara lagringstiderna',
  saving: 'Sparar…',
  saved: 'Lagringstiderna har sparats.',
  preview: 'Förhandsgranska',
  previewing: 'Söker äldre poster…',
  lists: { situationRecords: 'Kundsituationer', feedback: 'Respons' },
  planCount: 'äldre än {months} månader: {count} (daterade före {cutoff})',
  planNone: 'Det finns inga poster som är äldre än lagringstiden.',
  tableLabel: 'Poster som åtgärden skulle gälla',
  columns: { list: 'Lista', date: 'Datum', account: 'Kundrelation', preview: 'Början' },
  noAccount: 'ingen kundrelation',
  anonymisedTag: '(anonymiserad)',
  shownOf: 'De första {shown} av {total} visas.',
  delete: 'Radera',
  anonymise: 'Anonymisera',
  anonymiseNote:
    'Anonymiseringen ersätter fritexterna med markeringen [anonymisoitu] och tömmer fältet för handläggare; datum, kundrelation, kategori och status finns kvar för statistiken. Den som registrerade posten syns fortfarande, eftersom SharePoint behåller postens skapare. Välj Radera om också den uppgiften ska bort.',
  confirmDeleteTitle: 'Radera de äldre posterna?',
  confirmAnonymiseTitle: 'Anonymisera de äldre posterna?',
  confirmDelete: 'Raderas: kundsituationer {records}, respons {feedback}. Raderingen kan inte ångras i den här vyn.',
  confirmAnonymise: 'Anonymiseras: kundsituationer {records}, respons {feedback}. Texterna går inte att få tillbaka.',
  confirm: 'Ja, fortsätt',
  cancel: 'Avbryt',
  working: 'Behandlar…',
  doneDelete: 'Raderade: kundsituationer {records}, respons {feedback}.',
  doneAnonymise: 'Anonymiserade: kundsituationer {records}, respons {feedback}.',
  skipped: 'Redan anonymiserade sedan tidigare: {count}.',
  failed: 'Obehandlade: {count}, eftersom de hade ändrats eller raderats efter förhandsgranskningen. Förhandsgranska på nytt och försök igen.',
};

export default strings;
