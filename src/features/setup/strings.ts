/** Strings of the setup view's privacy section: retention per list, the dry run and the owner's purge. */
import { defineBundle } from '../../loc/bundle';

export interface PrivacyStrings {
  heading: string;
  intro: string;
  retentionLegend: string;
  /** A list's retention field label: "{list}: säilytysaika (kk)". */
  retentionLabel: string;
  retentionInvalid: string;
  save: string;
  saving: string;
  saved: string;
  preview: string;
  previewing: string;
  lists: { situationRecords: string; feedback: string };
  /** "older than {months} months: {count} (dated before {cutoff})". */
  planCount: string;
  planNone: string;
  tableLabel: string;
  columns: { list: string; date: string; account: string; preview: string };
  noAccount: string;
  anonymisedTag: string;
  /** "Showing the first {shown} of {total}." */
  shownOf: string;
  delete: string;
  anonymise: string;
  anonymiseNote: string;
  confirmDeleteTitle: string;
  confirmAnonymiseTitle: string;
  /** "To be deleted: situation records {records}, feedback {feedback}." (counts after a colon: no plural forms to get wrong) */
  confirmDelete: string;
  confirmAnonymise: string;
  confirm: string;
  cancel: string;
  working: string;
  doneDelete: string;
  doneAnonymise: string;
  skipped: string;
  failed: string;
}

export const bundle = defineBundle<PrivacyStrings>('setup-privacy', {
  fi: () => import(/* webpackChunkName: 'strings-setup-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-setup-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-setup-en' */ './strings.en'),
});
