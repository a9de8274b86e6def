/** Shapes of the care-model schema. The schema itself is data (lists.ts): provisioning, the row mappers and
 * the site-contents view all read it, so a field is declared exactly once. */

export interface LocalizedText {
  fi: string;
  sv: string;
  en: string;
}

export type FieldKind =
  | 'text'
  | 'note' // plain multi-line text (never rich text: no HTML to sanitize)
  | 'json' // plain multi-line text holding JSON written and read only by our mappers
  | 'number'
  | 'currency'
  | 'boolean'
  | 'choice'
  | 'multiChoice'
  | 'dateOnly' // Helsinki calendar day, stored as local midnight in UTC
  | 'dateTime'
  | 'lookup'
  | 'user'
  | 'userMulti'
  | 'url';

export interface FieldDef {
  /** SharePoint internal name: ASCII, `AC` prefix, never changes once provisioned. */
  name: string;
  /** Property name in the domain object. */
  prop: string;
  kind: FieldKind;
  title: LocalizedText;
  required?: boolean;
  /** Create an index: every column a view filters or sorts on on a list that can grow past 5,000 items. */
  indexed?: boolean;
  /** EnforceUniqueValues (needs `indexed`). */
  unique?: boolean;
  choices?: readonly string[];
  /** For lookups: the key of the target list. */
  lookupList?: ListKey;
  maxLength?: number;
  /** Schema version that introduced the field (upgrade steps add missing fields in place). */
  since?: number;
}

export type ListKey =
  | 'settings'
  | 'segments'
  | 'accounts'
  | 'contacts'
  | 'agreements'
  | 'agreementHistory'
  | 'meetings'
  | 'clockTasks'
  | 'clockCompletions'
  | 'absences'
  | 'situationRecords'
  | 'feedback'
  | 'surveys'
  | 'surveyResponses'
  | 'ideas'
  | 'ideaDecisions'
  | 'actions';

export interface ListDef {
  key: ListKey;
  /** The list title used in URLs (`getByTitle`): ASCII, stable, prefixed. */
  title: string;
  displayName: LocalizedText;
  description: LocalizedText;
  /** What the built-in Title column holds, as a domain property; undefined = a generated summary. */
  titleProp?: string;
  titleLabel?: LocalizedText;
  fields: readonly FieldDef[];
  /** 1 = read all items, 2 = read own items only (owners and designers still read all). */
  readSecurity?: 1 | 2;
  /** 1 = edit all, 2 = create and edit own only, 4 = none. */
  writeSecurity?: 1 | 2 | 4;
  since?: number;
}
