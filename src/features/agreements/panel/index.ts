/**
 * The agreement panel's entry: a chunk of its own that the account tab loads with import() when the user opens
 * next year's agreement there (the workflow in a side panel, with its own strings).
 */
export { AgreementPanel } from './AgreementPanel';
export type { AgreementPanelProps } from './AgreementPanel';
