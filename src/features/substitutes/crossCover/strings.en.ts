/** English strings of the cross-cover readiness part. */
import type { CrossCoverStrings } from './strings';

const strings: CrossCoverStrings = {
  heading: 'Cross-cover readiness',
  intro:
    "When each account manager's accounts are spread across organisation forms (company, division, foundation, agency or municipal enterprise), managers can cover for each other crosswise. If all of a manager's accounts are of one form, the others may not know them, and they know no other form.",
  summaryOneForm: 'Accounts of one organisation form only: {count} of {total} account managers.',
  summaryNobodyElse: 'Accounts nobody else can cover: {count}.',
  summaryFormMissing: 'Accounts without an organisation form: {count}.',
  summaryUnmanaged: 'Active accounts without an account manager: {count}.',
  managersHeading: 'Account managers by organisation form',
  managersCaption: "Account managers' active accounts by organisation form",
  manager: 'Account manager',
  notGiven: 'Form not given',
  total: 'Total',
  status: 'Status',
  oneForm: 'One form only: {form}',
  forms: '{count} forms',
  noForms: 'No form recorded',
  holders: 'Managers who know the form',
  accountsHeading: 'Who can cover each account',
  accountsCaption: 'Active accounts and the other account managers of the same organisation form',
  onlyRisks: 'Only accounts nobody else can cover or without a form',
  count: '{shown} of {total} accounts',
  account: 'Account',
  form: 'Organisation form',
  canCover: 'Can cover (managers of the same form)',
  backup: 'Backup',
  nobodyElse: 'Nobody else',
  formMissing: 'Organisation form not given',
  backupKnows: '{name} – manages accounts of this form',
  backupNew: '{name} – manages no accounts of this form',
  noBackup: 'Not named',
  unmanagedHeading: 'Without an account manager',
  none: 'No active accounts.',
};

export default strings;
