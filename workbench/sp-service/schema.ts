// In-memory model of lists and fields, the field type table (WIRE.md §4.1), text length limits (§16) and the
// built-in fields every new generic list gets.
import { entityPropertyName } from './names';
import type { ValueKind } from './odata-filter';

export const FieldKind = {
  Integer: 1, Text: 2, Note: 3, DateTime: 4, Counter: 5, Choice: 6, Lookup: 7, Boolean: 8, Number: 9, Currency: 10,
  URL: 11, Computed: 12, Guid: 14, MultiChoice: 15, Calculated: 17, File: 18, Attachments: 19, User: 20, Location: 33, Thumbnail: 34,
} as const;

export type BuiltinRole = 'ID' | 'Title' | 'Created' | 'Modified' | 'Author' | 'Editor' | 'GUID' | 'Attachments' | 'ContentTypeId' | 'UIVersion' | 'Computed';

export interface FieldDef {
  id: string;
  internalName: string;
  staticName: string;
  title: string;
  kind: number;
  required: boolean;
  indexed: boolean;
  unique: boolean;
  hidden: boolean;
  readOnly: boolean;
  description: string;
  group: string;
  /** AllowMultipleValues (Lookup/User). */
  multi: boolean;
  choices?: string[];
  fillIn?: boolean;
  lookupListId?: string;
  lookupField?: string;
  /** DateTime: 0 = DateOnly, 1 = DateTime. URL: 0 = Hyperlink, 1 = Image. */
  displayFormat?: number;
  maxLength?: number;
  defaultValue?: string | null;
  builtin?: BuiltinRole;
  /** Other type-specific properties echoed back as sent (NumberOfLines, CurrencyLocaleId, SelectionMode …). */
  extra: Record<string, unknown>;
  order: number;
}

export interface ListDef {
  title: string;
  description: string;
  baseTemplate: number;
  entityTypeName: string;
  urlName: string;
  created: string;
  readSecurity: number;
  writeSecurity: number;
  enableVersioning: boolean;
  enableAttachments: boolean;
  contentTypesEnabled: boolean;
  allowContentTypes: boolean;
  hidden: boolean;
  onQuickLaunch: boolean;
  extra: Record<string, unknown>;
}

export interface ListRec {
  id: string;
  siteId: number;
  seq: number;
  table: string;
  def: ListDef;
  fields: FieldDef[];
  itemCount: number;
  lastItemModified: string;
}

export const TYPE_NAMES: Record<number, string> = {
  1: 'Integer', 2: 'Text', 3: 'Note', 4: 'DateTime', 5: 'Counter', 6: 'Choice', 7: 'Lookup', 8: 'Boolean', 9: 'Number',
  10: 'Currency', 11: 'URL', 12: 'Computed', 14: 'Guid', 15: 'MultiChoice', 17: 'Calculated', 18: 'File', 19: 'Attachments', 20: 'User',
  33: 'Location', 34: 'Thumbnail',
};

export function typeAsString(f: FieldDef): string {
  if (f.kind === FieldKind.Lookup) return f.multi ? 'LookupMulti' : 'Lookup';
  if (f.kind === FieldKind.User) return f.multi ? 'UserMulti' : 'User';
  return TYPE_NAMES[f.kind] ?? 'Invalid';
}

/** `odata.type` / `__metadata.type` per PnPjs FieldTypeClassMapping (WIRE.md §4.1); Boolean stays SP.Field. */
export function fieldClass(kind: number): string {
  const map: Record<number, string> = {
    2: 'SP.FieldText', 3: 'SP.FieldMultiLineText', 4: 'SP.FieldDateTime', 6: 'SP.FieldChoice', 7: 'SP.FieldLookup',
    9: 'SP.FieldNumber', 10: 'SP.FieldCurrency', 11: 'SP.FieldUrl', 12: 'SP.FieldComputed', 14: 'SP.FieldGuid',
    15: 'SP.FieldMultiChoice', 17: 'SP.FieldCalculated', 20: 'SP.FieldUser', 33: 'SP.FieldLocation', 34: 'SP.FieldThumbnail',
  };
  return map[kind] ?? 'SP.Field';
}

export const isLookupLike = (f: FieldDef): boolean => f.kind === FieldKind.Lookup || f.kind === FieldKind.User;

/** Longest value a single line of text field holds; its MaxLength can only lower it (WIRE.md §16). */
export const TEXT_MAX_LENGTH = 255;
/** Longest value a multiple lines of text (Note) field holds unless it allows unlimited length (WIRE.md §16). */
export const NOTE_MAX_LENGTH = 63_999;

/** The most characters a write may put in a text or note field; null when there is no limit (or not text). */
export function maxTextLength(f: FieldDef): number | null {
  if (f.kind === FieldKind.Text) return Math.min(f.maxLength ?? TEXT_MAX_LENGTH, TEXT_MAX_LENGTH);
  if (f.kind === FieldKind.Note) {
    const unlimited = f.extra.UnlimitedLengthInDocumentLibrary;
    return unlimited === true || String(unlimited).toLowerCase() === 'true' ? null : NOTE_MAX_LENGTH;
  }
  return null;
}

/** Types SharePoint cannot index (multi-value and long text). */
export function canIndex(f: FieldDef): boolean {
  if (f.builtin && !['Title', 'Created', 'Modified', 'Author', 'Editor', 'ID'].includes(f.builtin)) return false;
  if (f.kind === FieldKind.Note || f.kind === FieldKind.MultiChoice || f.kind === FieldKind.URL || f.kind === FieldKind.Calculated || f.kind === FieldKind.Computed
    || f.kind === FieldKind.Location || f.kind === FieldKind.Thumbnail) return false;
  return !(isLookupLike(f) && f.multi);
}

export function valueKind(f: FieldDef): ValueKind {
  switch (f.kind) {
    case FieldKind.Text: case FieldKind.Note: case FieldKind.Choice: case FieldKind.Computed: case FieldKind.Calculated: return 'text';
    case FieldKind.Number: case FieldKind.Currency: case FieldKind.Integer: case FieldKind.Counter: return 'number';
    case FieldKind.Boolean: case FieldKind.Attachments: return 'bool';
    case FieldKind.DateTime: return 'date';
    case FieldKind.Guid: return 'guid';
    case FieldKind.MultiChoice: return 'multitext';
    case FieldKind.Lookup: case FieldKind.User: return f.multi ? 'multiid' : 'id';
    case FieldKind.URL: return 'url';
    default: return 'none';
  }
}

export const fieldEntityName = (f: FieldDef): string => entityPropertyName(f.internalName);

/** Item-table column for built-ins; custom values live in the JSON `data` column. */
export function storageSql(f: FieldDef): string {
  switch (f.builtin) {
    case 'ID': return 't.id';
    case 'Created': return 't.created';
    case 'Modified': return 't.modified';
    case 'Author': return 't.author_id';
    case 'Editor': return 't.editor_id';
    case 'GUID': return 't.guid';
    case 'Attachments': return '0'; // attachments are not emulated
    default: break;
  }
  const json = `json_extract(t.data, '$."${f.internalName}"')`;
  return valueKind(f) === 'text' ? `${json} COLLATE NOCASE` : json;
}

/** Same expression without the table alias, for CREATE INDEX. */
export const indexSql = (f: FieldDef): string => storageSql(f).replace(/\bt\./g, '');

/**
 * SharePoint's own ids of the built-in fields (SPBuiltInFieldId): the same on every list and site, so code that
 * looks a field up by id (Title is fa564e0f-…) finds it here as it does online.
 */
export const BUILTIN_FIELD_IDS = {
  ContentTypeId: '03e45e84-1992-4d42-9116-26f756012634',
  Title: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247',
  Modified: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f',
  Created: '8c06beca-0777-48f7-91c7-6da68bc07b69',
  Author: '1df5e554-ec7e-46a6-901d-d85a3881cb18',
  Editor: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2',
  _UIVersionString: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a',
  Attachments: '67df98f4-9dec-48ff-a553-29bece9c5bf4',
  LinkTitle: '82642ec8-ef9b-478f-acf9-31f7d45fbc31',
  LinkTitleNoMenu: 'bc91a437-52e7-49e1-8c4e-4698904b2b6d',
  ID: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1',
  GUID: 'ae069f25-3ac2-4256-b9c3-15dbb4e7c3b4',
  FileLeafRef: '8553196d-ec8d-4564-9861-3dbe931050c8',
} as const;

function builtin(role: BuiltinRole, internalName: keyof typeof BUILTIN_FIELD_IDS, title: string, kind: number, props: Partial<FieldDef> = {}): FieldDef {
  return {
    id: BUILTIN_FIELD_IDS[internalName], internalName, staticName: internalName, title, kind, required: false, indexed: false, unique: false,
    hidden: false, readOnly: true, description: '', group: '_Hidden', multi: false, builtin: role, extra: {}, order: 0, ...props,
  };
}

/** Built-in fields of a generic list (custom list template 100). */
export function builtinFields(): FieldDef[] {
  const fields = [
    builtin('ContentTypeId', 'ContentTypeId', 'Content Type ID', 25, { hidden: true }),
    builtin('Title', 'Title', 'Title', FieldKind.Text, { required: true, readOnly: false, group: 'Custom Columns', maxLength: 255 }),
    builtin('Modified', 'Modified', 'Modified', FieldKind.DateTime, { displayFormat: 1 }),
    builtin('Created', 'Created', 'Created', FieldKind.DateTime, { displayFormat: 1 }),
    builtin('Author', 'Author', 'Created By', FieldKind.User, { lookupField: 'Title' }),
    builtin('Editor', 'Editor', 'Modified By', FieldKind.User, { lookupField: 'Title' }),
    builtin('UIVersion', '_UIVersionString', 'Version', FieldKind.Text, { hidden: true }),
    builtin('Attachments', 'Attachments', 'Attachments', FieldKind.Attachments),
    builtin('Computed', 'LinkTitle', 'Title', FieldKind.Computed),
    builtin('Computed', 'LinkTitleNoMenu', 'Title', FieldKind.Computed),
    builtin('ID', 'ID', 'ID', FieldKind.Counter),
    builtin('GUID', 'GUID', 'GUID', FieldKind.Guid, { hidden: true }),
  ];
  fields.forEach((f, i) => (f.order = i));
  return fields;
}

/** Built-in fields of a document library (template 101): Title is optional, the file name is the required column. */
export function libraryFields(): FieldDef[] {
  const fields = builtinFields().filter((f) => f.builtin !== 'Attachments' && f.builtin !== 'Computed');
  const title = fields.find((f) => f.builtin === 'Title')!;
  title.required = false;
  fields.splice(1, 0, builtin('Computed', 'FileLeafRef', 'Name', FieldKind.File, { required: true }));
  fields.forEach((f, i) => (f.order = i));
  return fields;
}

export function findField(list: ListRec, name: string): FieldDef | undefined {
  const lower = name.toLowerCase();
  return (
    list.fields.find((f) => f.internalName.toLowerCase() === lower) ??
    list.fields.find((f) => fieldEntityName(f).toLowerCase() === lower)
  );
}

export function findFieldByInternalNameOrTitle(list: ListRec, name: string): FieldDef | undefined {
  return list.fields.find((f) => f.internalName === name) ?? list.fields.find((f) => f.title === name) ??
    list.fields.find((f) => f.internalName.toLowerCase() === name.toLowerCase()) ?? list.fields.find((f) => f.title.toLowerCase() === name.toLowerCase());
}
