/** Swedish strings of the cross-cover readiness part. */
import type { CrossCoverStrings } from './strings';

const strings: CrossCoverStrings = {
  heading: 'Korsvis vikariat',
  intro:
    'När en kundansvarigs kundrelationer fördelas på olika organisationsformer (bolag, sektor, stiftelse, myndighet eller affärsverk) kan de kundansvariga vikariera för varandra korsvis. Om alla en kundansvarigs kundrelationer har samma form känner de andra kanske inte till dem, och den kundansvariga känner inte till de andras.',
  summaryOneForm: 'Kundrelationer av endast en organisationsform: {count} av {total} kundansvariga.',
  summaryNobodyElse: 'Kundrelationer som ingen annan kan vikariera för: {count}.',
  summaryFormMissing: 'Kundrelationer utan organisationsform: {count}.',
  summaryUnmanaged: 'Aktiva kundrelationer utan kundansvarig: {count}.',
  managersHeading: 'Kundansvariga per organisationsform',
  managersCaption: 'De kundansvarigas aktiva kundrelationer per organisationsform',
  manager: 'Kundansvarig',
  notGiven: 'Form saknas',
  total: 'Totalt',
  status: 'Läge',
  oneForm: 'Endast en form: {form}',
  forms: '{count} former',
  noForms: 'Ingen uppgift om form',
  holders: 'Kundansvariga som känner formen',
  accountsHeading: 'Vem kan vikariera för kundrelationen',
  accountsCaption: 'Aktiva kundrelationer och de andra kundansvariga med samma organisationsform',
  onlyRisks: 'Endast kundrelationer som ingen annan kan vikariera för eller som saknar form',
  count: '{shown} av {total} kundrelationer',
  account: 'Kundrelation',
  form: 'Organisationsform',
  canCover: 'Kan vikariera (kundansvariga med samma form)',
  backup: 'Reserv',
  nobodyElse: 'Ingen annan',
  formMissing: 'Organisationsform saknas',
  backupKnows: '{name} – sköter kundrelationer av samma form',
  backupNew: '{name} – sköter inga kundrelationer av denna form',
  noBackup: 'Inte utsedd',
  unmanagedHeading: 'Utan kundansvarig',
  none: 'Inga aktiva kundrelationer.',
};

export default strings;
