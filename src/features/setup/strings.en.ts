/** English strings of the privacy section. */
import type { PrivacyStrings } from './strings';

const strings: PrivacyStrings = {
  heading: 'Privacy',
  intro:
    'Situation records and feedback are kept for the period set here, counted from the date of each record. Older ones can be deleted or anonymised. Preview first: the preview changes nothing.',
  retentionLegend: 'Retention periods',
  retentionLabel: '{list}: keep for (months)',
  retentionInvalid: 'Enter a whole number from 1 to 120.',
  save: 'Save retention periods',
  saving: 'Saving…',
  saved: 'Retention periods saved.',
  preview: 'Preview',
  previewing: 'Finding older records…',
  lists: { situationRecords: 'Situation records', feedback: 'Feedback' },
  planCount: 'older than {months} months: {count} (dated before {cutoff})',
  planNone: 'Nothing is older than the retention period.',
  tableLabel: 'Records the action would affect',
  columns: { list: 'List', date: 'Date', account: 'Account', preview: 'Beginning' },
  noAccount: 'no account',
  anonymisedTag: '(anonymised)',
  shownOf: 'Showing the first {shown} of {total}.',
  delete: 'Delete',
  anonymise: 'Anonymise',
  anonymiseNote:
    'Anonymising replaces the free texts with the marker [anonymisoitu] and clears the handler; the date, account, category and status stay for the statistics. The person who filed the record remains visible, because SharePoint keeps an item’s author. If that must go too, choose Delete.',
  confirmDeleteTitle: 'Delete the older records?',
  confirmAnonymiseTitle: 'Anonymise the older records?',
  confirmDelete: 'To be deleted: situation records {records}, feedback {feedback}. This cannot be undone from this view.',
  confirmAnonymise: 'To be anonymised: situation records {records}, feedback {feedback}. The texts cannot be recovered.',
  confirm: 'Yes, continue',
  cancel: 'Cancel',
  working: 'Working…',
  doneDelete: 'Deleted: situation records {records}, feedback {feedback}.',
  doneAnonymise: 'Anonymised: situation records {records}, feedback {feedback}.',
  skipped: 'Already anonymised before: {count}.',
  failed: 'Left unchanged: {count}, because they had been changed or deleted since the preview. Preview again, then try again.',
};

export default strings;
