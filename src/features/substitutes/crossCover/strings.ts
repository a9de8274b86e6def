/** Strings of the cross-cover readiness part (ristiintuuraus): managers × organisation forms, and who can cover each account. */
import { defineBundle } from '../../../loc/bundle';

export interface CrossCoverStrings {
  heading: string;
  intro: string;
  /** {count} managers of {total} hold accounts of one form only. */
  summaryOneForm: string;
  /** {count} */
  summaryNobodyElse: string;
  /** {count} */
  summaryFormMissing: string;
  /** {count} */
  summaryUnmanaged: string;
  managersHeading: string;
  managersCaption: string;
  manager: string;
  notGiven: string;
  total: string;
  status: string;
  /** {form} */
  oneForm: string;
  /** {count} */
  forms: string;
  noForms: string;
  /** The footer row: how many managers hold accounts of each form. */
  holders: string;
  accountsHeading: string;
  accountsCaption: string;
  onlyRisks: string;
  /** {shown}, {total} */
  count: string;
  account: string;
  form: string;
  canCover: string;
  backup: string;
  nobodyElse: string;
  formMissing: string;
  /** {name} */
  backupKnows: string;
  /** {name} */
  backupNew: string;
  noBackup: string;
  unmanagedHeading: string;
  none: string;
}

export const bundle = defineBundle<CrossCoverStrings>('substitutes.crossCover', {
  fi: () => import(/* webpackChunkName: 'strings-cross-cover-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-cross-cover-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-cross-cover-en' */ './strings.en'),
});
