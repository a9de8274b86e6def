// Field routes: collection GET/POST (verbose, WIRE.md §4.1), AddField, createfieldasxml, single field GET/MERGE/DELETE
// (§4.2, §4.3), index management (20 per list; Indexed before EnforceUniqueValues).
import { ApiRequest, isVerboseBody, parseJsonBody, wantsVerbose } from '../context';
import { collectionResponse, entityResponse, fieldEntity, projectEntity, queryCollection } from '../entities';
import { errors } from '../errors';
import { ApiResponse, emptyResponse, Segment, segmentArg } from '../http-util';
import { encodeInternalName, isGuid, newGuid, normalizeGuid } from '../names';
import { FieldDef, FieldKind, ListRec, canIndex, fieldClass, storageSql, TYPE_NAMES } from '../schema';
import { requireManageLists } from '../security';
import { builtinSiteColumns } from '../site-columns';

/** Where fields live: a list's fields, or the web's site columns (`list` null). */
export interface FieldHost {
  list: ListRec | null;
  fields: FieldDef[];
  save(f: FieldDef, isNew: boolean): void;
  remove(f: FieldDef): void;
}

export function listFieldHost(r: ApiRequest, list: ListRec): FieldHost {
  const store = r.svc.store;
  return {
    list,
    fields: list.fields,
    save: (f, isNew) => {
      if (isNew) list.fields.push(f);
      store.saveField(list, f);
      store.logChange(r.site.id, 'field', isNew ? 1 : 2, list.id, null, f.id);
    },
    remove: (f) => {
      store.deleteField(list, f);
      store.logChange(r.site.id, 'field', 3, list.id, null, f.id);
    },
  };
}

/** The root web's site columns: SharePoint's built-ins (read-only here) and the ones callers created. */
export function webFieldHost(r: ApiRequest): FieldHost {
  const store = r.svc.store;
  const fields = [...builtinSiteColumns(), ...store.webFields(r.site.id)];
  return {
    list: null,
    fields,
    save: (f, isNew) => {
      store.saveWebField(r.site.id, f);
      store.logChange(r.site.id, 'field', isNew ? 1 : 2, null, null, f.id);
    },
    remove: (f) => {
      store.deleteWebField(r.site.id, f.id);
      store.logChange(r.site.id, 'field', 3, null, null, f.id);
    },
  };
}

const findByInternalNameOrTitle = (fields: FieldDef[], name: string): FieldDef | undefined =>
  fields.find((f) => f.internalName === name) ?? fields.find((f) => f.title === name) ??
  fields.find((f) => f.internalName.toLowerCase() === name.toLowerCase()) ?? fields.find((f) => f.title.toLowerCase() === name.toLowerCase());

export const MAX_INDEXED_FIELDS = 20;

/** Field properties accepted on create/update besides the ones mapped onto FieldDef; echoed back as sent. */
const EXTRA_PROPS = new Set([
  'ValidationFormula', 'ValidationMessage', 'JSLink', 'ClientSideComponentId', 'ClientSideComponentProperties', 'CustomFormatter',
  'Direction', 'Filterable', 'Sortable', 'ShowInFiltersPane', 'DefaultFormula', 'AllowHyperlink', 'AppendOnly', 'NumberOfLines',
  'RestrictedMode', 'RichText', 'UnlimitedLengthInDocumentLibrary', 'DateTimeCalendarType', 'FriendlyDisplayFormat', 'EditFormat',
  'Mappings', 'MinimumValue', 'MaximumValue', 'ShowAsPercentage', 'CurrencyLocaleId', 'SelectionMode', 'SelectionGroup',
  'AllowDisplay', 'Presence', 'LookupWebId', 'RelationshipDeleteBehavior', 'IsRelationship', 'Formula', 'OutputType', 'DateFormat',
  'DisplayFormat', 'StaticName', 'InternalName', 'ReadOnlyField', 'TypeAsString', 'EntityPropertyName', 'Id', 'SchemaXml',
]);

interface FieldInput {
  title: string;
  kind: number;
  internalNameHint?: string;
  id?: string;
  required?: boolean;
  indexed?: boolean;
  unique?: boolean;
  hidden?: boolean;
  description?: string;
  group?: string;
  choices?: string[];
  fillIn?: boolean;
  lookupListId?: string;
  lookupField?: string;
  multi?: boolean;
  displayFormat?: number;
  maxLength?: number;
  defaultValue?: string | null;
  extra: Record<string, unknown>;
}

const SUPPORTED_KINDS = new Set<number>([FieldKind.Integer, FieldKind.Text, FieldKind.Note, FieldKind.DateTime, FieldKind.Choice, FieldKind.Lookup,
  FieldKind.Boolean, FieldKind.Number, FieldKind.Currency, FieldKind.URL, FieldKind.MultiChoice, FieldKind.Calculated, FieldKind.User, FieldKind.Guid,
  FieldKind.Location, FieldKind.Thumbnail]);

/** SharePoint's limit on a column's display name. */
export const MAX_FIELD_TITLE = 255;

const asArray = (v: unknown): string[] | undefined => {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'object' && Array.isArray((v as { results?: unknown }).results)) return ((v as { results: unknown[] }).results).map(String);
  throw errors.typeMismatch('Collection(Edm.String)');
};

/** Maps SP.Field / SP.FieldCreationInformation properties onto a FieldInput; unknown names → 400 (WIRE.md §12.3). */
function inputFromProps(props: Record<string, unknown>, typeName: string): FieldInput {
  const kind = Number(props.FieldTypeKind);
  const input: FieldInput = { title: String(props.Title ?? ''), kind, extra: {} };
  for (const [k, v] of Object.entries(props)) {
    switch (k) {
      case 'Title': case 'FieldTypeKind': case '__metadata': break;
      case 'Required': input.required = !!v; break;
      case 'Indexed': input.indexed = !!v; break;
      case 'EnforceUniqueValues': input.unique = !!v; break;
      case 'Hidden': input.hidden = !!v; break;
      case 'Description': input.description = String(v ?? ''); break;
      case 'Group': input.group = String(v ?? ''); break;
      case 'DefaultValue': input.defaultValue = v === null ? null : String(v); break;
      case 'MaxLength': input.maxLength = Number(v); break;
      case 'Choices': input.choices = asArray(v); break;
      case 'FillInChoice': input.fillIn = !!v; break;
      case 'AllowMultipleValues': input.multi = !!v; break;
      case 'LookupList': case 'LookupListId': input.lookupListId = v ? normalizeGuid(String(v)) : undefined; break;
      case 'LookupField': case 'LookupFieldName': input.lookupField = String(v); break;
      case 'DisplayFormat': input.displayFormat = Number(v); break;
      case 'StaticName': case 'InternalName': case 'Id': case 'TypeAsString': case 'EntityPropertyName': case 'SchemaXml': case 'ReadOnlyField':
        // SharePoint derives the internal name from Title on this endpoint and ignores these (WIRE.md §4.3).
        break;
      default:
        if (!EXTRA_PROPS.has(k)) throw errors.unknownProperty(k, typeName);
        input.extra[k] = v;
    }
  }
  return input;
}

// ------------------------------------------------------------ SchemaXml (createfieldasxml)

const decodeXml = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

const XML_TYPES: Record<string, { kind: number; multi?: boolean }> = {
  text: { kind: FieldKind.Text }, note: { kind: FieldKind.Note }, number: { kind: FieldKind.Number }, currency: { kind: FieldKind.Currency },
  boolean: { kind: FieldKind.Boolean }, datetime: { kind: FieldKind.DateTime }, choice: { kind: FieldKind.Choice },
  multichoice: { kind: FieldKind.MultiChoice }, lookup: { kind: FieldKind.Lookup }, lookupmulti: { kind: FieldKind.Lookup, multi: true },
  user: { kind: FieldKind.User }, usermulti: { kind: FieldKind.User, multi: true }, url: { kind: FieldKind.URL },
  integer: { kind: FieldKind.Integer }, guid: { kind: FieldKind.Guid }, calculated: { kind: FieldKind.Calculated },
};

/** AddFieldOptions.AddFieldInternalNameHint: only then does SharePoint take the internal name from `Name`. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;

export function inputFromSchemaXml(xml: string, options: number, resolveList: (ref: string) => string | undefined): FieldInput {
  const open = /<Field\b([^>]*?)\/?>/i.exec(xml);
  if (!open) throw errors.badRequest('The SchemaXml is not a valid <Field> element.');
  const attrs: Record<string, string> = {};
  for (const m of open[1].matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[m[1].toLowerCase()] = decodeXml(m[2] ?? m[3] ?? '');
  const type = XML_TYPES[(attrs.type ?? '').toLowerCase()];
  if (!type) throw errors.badRequest(`Field type '${attrs.type ?? ''}' is not supported by the local SharePoint service.`);
  const bool = (k: string) => (attrs[k] ?? '').toUpperCase() === 'TRUE';
  const multi = type.multi || bool('mult');
  const input: FieldInput = {
    title: attrs.displayname ?? attrs.name ?? '',
    kind: type.kind,
    internalNameHint: options & ADD_FIELD_INTERNAL_NAME_HINT ? attrs.name ?? attrs.staticname : undefined,
    id: attrs.id && isGuid(attrs.id) ? normalizeGuid(attrs.id) : undefined,
    required: bool('required'),
    indexed: bool('indexed'),
    unique: bool('enforceuniquevalues'),
    hidden: bool('hidden'),
    description: attrs.description ?? '',
    group: attrs.group,
    multi,
    fillIn: bool('fillinchoice'),
    extra: {},
  };
  if (attrs.maxlength) input.maxLength = Number(attrs.maxlength);
  if (type.kind === FieldKind.DateTime) input.displayFormat = (attrs.format ?? '').toLowerCase() === 'dateonly' ? 0 : 1;
  if (type.kind === FieldKind.URL) input.displayFormat = (attrs.format ?? '').toLowerCase() === 'image' ? 1 : 0;
  if (type.kind === FieldKind.User) input.extra.SelectionMode = (attrs.userselectionmode ?? '').toLowerCase() === 'peopleonly' || attrs.userselectionmode === '0' ? 0 : 1;
  if (type.kind === FieldKind.Lookup) {
    const ref = attrs.list ?? '';
    const id = resolveList(ref);
    if (!id) throw errors.badRequest(`The lookup list '${ref}' does not exist.`);
    input.lookupListId = id;
    input.lookupField = attrs.showfield ?? 'Title';
  }
  const choices = [...xml.matchAll(/<CHOICE>([\s\S]*?)<\/CHOICE>/gi)].map((m) => decodeXml(m[1]));
  if (choices.length) input.choices = choices;
  const def = /<Default>([\s\S]*?)<\/Default>/i.exec(xml);
  if (def) input.defaultValue = decodeXml(def[1]);
  return input;
}

// ------------------------------------------------------------ create / update

function uniqueInternalName(host: FieldHost, base: string): string {
  const taken = new Set(host.fields.map((f) => f.internalName.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  // SharePoint appends a digit: Status → Status0, Status1 …
  for (let i = 0; ; i++) {
    const candidate = `${base.slice(0, 32 - String(i).length)}${i}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

const indexedCount = (list: ListRec) => list.fields.filter((f) => f.indexed && f.builtin !== 'ID').length;

function checkIndexable(list: ListRec, f: FieldDef): void {
  if (!canIndex(f)) throw errors.badRequest(`The column '${f.title}' cannot be indexed: columns of type ${TYPE_NAMES[f.kind]}${f.multi ? ' with multiple values' : ''} are not supported for indexing.`);
  if (indexedCount(list) >= MAX_INDEXED_FIELDS)
    throw errors.badRequest(`The list '${list.def.title}' already has ${MAX_INDEXED_FIELDS} indexed columns, the maximum allowed. Remove an index before adding another.`);
}

function checkNoDuplicates(r: ApiRequest, list: ListRec, f: FieldDef): void {
  const sql = storageSql(f);
  const dup = r.svc.store.stmt(`SELECT ${sql} AS v FROM ${list.table} t WHERE ${sql} IS NOT NULL GROUP BY ${sql} HAVING COUNT(*) > 1 LIMIT 1`).get();
  if (dup) throw errors.badRequest(`The column '${f.title}' cannot enforce unique values because the list already contains duplicate values in it.`);
}

function createField(r: ApiRequest, host: FieldHost, input: FieldInput): FieldDef {
  if (!input.title) throw errors.badRequest('The field title must not be empty.');
  if (input.title.length > MAX_FIELD_TITLE) throw errors.badRequest(`The column name must be ${MAX_FIELD_TITLE} characters or fewer.`);
  if (!SUPPORTED_KINDS.has(input.kind)) throw errors.badRequest(`FieldTypeKind ${input.kind} is not supported by the local SharePoint service.`);
  if (input.id && host.fields.some((f) => f.id === input.id)) throw errors.badRequest(`A duplicate field id {${input.id}} was found.`, '-2130575340, Microsoft.SharePoint.SPException');
  const internalName = uniqueInternalName(host, encodeInternalName(input.internalNameHint || input.title));
  const list = host.list;
  if (input.kind === FieldKind.Lookup) {
    const target = input.lookupListId ? r.svc.store.listsOf(r.site.id).get(input.lookupListId) : undefined;
    if (!target) throw errors.badRequest(`The lookup list '${input.lookupListId ?? ''}' does not exist in this site.`);
    const show = input.lookupField ?? 'Title';
    // A dependent lookup's show field is not checked: SharePoint accepts a name the lookup list lacks.
    if (!input.extra.PrimaryFieldId && !target.fields.some((f) => f.internalName === show)) throw errors.badRequest(`The lookup field '${show}' does not exist in list '${target.def.title}'.`);
  }
  const f: FieldDef = {
    id: input.id ?? newGuid(),
    internalName,
    staticName: internalName,
    title: input.title,
    kind: input.kind,
    required: !!input.required,
    indexed: false,
    unique: false,
    hidden: !!input.hidden,
    readOnly: input.kind === FieldKind.Calculated,
    description: input.description ?? '',
    group: input.group ?? 'Custom Columns',
    multi: (input.kind === FieldKind.Lookup || input.kind === FieldKind.User) && !!input.multi,
    extra: input.extra,
    order: Math.max(0, ...host.fields.map((x) => x.order)) + 1,
  };
  if (input.kind === FieldKind.Choice || input.kind === FieldKind.MultiChoice) { f.choices = input.choices ?? []; f.fillIn = !!input.fillIn; }
  if (input.kind === FieldKind.Text) f.maxLength = input.maxLength ?? 255;
  if (input.kind === FieldKind.DateTime) f.displayFormat = input.displayFormat ?? 1;
  if (input.kind === FieldKind.URL) f.displayFormat = input.displayFormat ?? 0;
  if (input.kind === FieldKind.Lookup) { f.lookupListId = input.lookupListId; f.lookupField = input.lookupField ?? 'Title'; }
  if (input.kind === FieldKind.User) f.lookupField = input.lookupField ?? 'ImnName';
  if (input.defaultValue !== undefined) f.defaultValue = input.defaultValue;
  if (input.indexed) { if (list) checkIndexable(list, f); f.indexed = true; }
  if (input.unique) {
    if (!f.indexed) throw uniqueNeedsIndex(f);
    f.unique = true;
  }
  r.svc.store.transaction(() => host.save(f, true));
  return f;
}

const uniqueNeedsIndex = (f: FieldDef) =>
  errors.badRequest(`The column '${f.title}' must be indexed before it can enforce unique values. Set Indexed to true first.`);

const UPDATABLE: Record<string, (f: FieldDef, v: unknown) => void> = {
  Title: (f, v) => { f.title = String(v); },
  Description: (f, v) => { f.description = String(v ?? ''); },
  Required: (f, v) => { f.required = !!v; },
  Hidden: (f, v) => { f.hidden = !!v; },
  Group: (f, v) => { f.group = String(v ?? ''); },
  DefaultValue: (f, v) => { f.defaultValue = v === null ? null : String(v); },
  MaxLength: (f, v) => { f.maxLength = Number(v); },
  Choices: (f, v) => {
    if (f.kind !== FieldKind.Choice && f.kind !== FieldKind.MultiChoice) throw errors.unknownProperty('Choices', fieldClass(f.kind));
    f.choices = asArray(v) ?? [];
  },
  FillInChoice: (f, v) => {
    if (f.kind !== FieldKind.Choice && f.kind !== FieldKind.MultiChoice) throw errors.unknownProperty('FillInChoice', fieldClass(f.kind));
    f.fillIn = !!v;
  },
  AllowMultipleValues: (f, v) => {
    if (f.kind !== FieldKind.Lookup && f.kind !== FieldKind.User) throw errors.unknownProperty('AllowMultipleValues', fieldClass(f.kind));
    if (v && f.indexed) throw errors.badRequest(`The column '${f.title}' is indexed; multi-value columns cannot be indexed.`);
    f.multi = !!v;
  },
  DisplayFormat: (f, v) => { f.displayFormat = Number(v); },
  LookupField: (f, v) => { f.lookupField = String(v); },
};

function updateField(r: ApiRequest, host: FieldHost, f: FieldDef, props: Record<string, unknown>): void {
  const list = host.list;
  if (!list && f.builtin) throw errors.badRequest(`The built-in site column '${f.title}' cannot be changed here.`);
  const next: FieldDef = { ...f, extra: { ...f.extra } };
  const typeName = fieldClass(f.kind);
  // Indexed is applied before EnforceUniqueValues so `{"Indexed":true,"EnforceUniqueValues":true}` works.
  if ('Indexed' in props) {
    const want = !!props.Indexed;
    if (want && !f.indexed && f.builtin !== 'ID' && list) checkIndexable(list, next);
    if (!want && (('EnforceUniqueValues' in props) ? !!props.EnforceUniqueValues : f.unique))
      throw errors.badRequest(`The column '${f.title}' enforces unique values and must stay indexed.`);
    next.indexed = want || f.builtin === 'ID';
  }
  if ('EnforceUniqueValues' in props) {
    const want = !!props.EnforceUniqueValues;
    if (want && !next.indexed) throw uniqueNeedsIndex(f);
    if (want && !f.unique && list) checkNoDuplicates(r, list, f);
    next.unique = want;
  }
  for (const [k, v] of Object.entries(props)) {
    if (k === 'Indexed' || k === 'EnforceUniqueValues' || k === '__metadata') continue;
    const apply = UPDATABLE[k];
    if (apply) {
      if (f.builtin && k !== 'Title' && k !== 'Required' && k !== 'Description' && k !== 'Hidden') throw errors.badRequest(`The built-in column '${f.title}' cannot change '${k}'.`);
      apply(next, v);
    } else if (EXTRA_PROPS.has(k)) {
      if (!['StaticName', 'InternalName', 'TypeAsString', 'EntityPropertyName', 'Id', 'SchemaXml', 'ReadOnlyField'].includes(k)) next.extra[k] = v;
    } else throw errors.unknownProperty(k, typeName);
  }
  r.svc.store.transaction(() => {
    Object.assign(f, next);
    host.save(f, false);
  });
}

// ------------------------------------------------------------ routing

export function findFieldOrThrow(fields: FieldDef[], seg: Segment): FieldDef {
  const arg = segmentArg(seg.arg);
  let f: FieldDef | undefined;
  if (seg.name === 'getbyinternalnameortitle') f = findByInternalNameOrTitle(fields, arg);
  else if (seg.name === 'getbytitle') f = fields.find((x) => x.title === arg) ?? fields.find((x) => x.title.toLowerCase() === arg.toLowerCase());
  else f = fields.find((x) => x.id === normalizeGuid(arg)); // fields('<guid>'), availablefields('<guid>'), getById
  if (!f) throw errors.fieldMissing(arg);
  return f;
}

export const findListFieldOrThrow = (list: ListRec, seg: Segment): FieldDef => findFieldOrThrow(list.fields, seg);

/** `addDependentLookupField(displayName='…', primarylookupfieldid='…', showfield='…')`: a read-only lookup that follows a primary one. */
function addDependentLookup(r: ApiRequest, host: FieldHost, arg: string | null): FieldDef {
  const args = new Map<string, string>();
  for (const m of (arg ?? '').matchAll(/(\w+)\s*=\s*'((?:[^']|'')*)'/g)) args.set(m[1].toLowerCase(), m[2].replace(/''/g, "'"));
  const primary = host.fields.find((f) => f.id === normalizeGuid(args.get('primarylookupfieldid') ?? ''));
  if (!primary || primary.kind !== FieldKind.Lookup) throw errors.badRequest('The primary lookup field of a dependent lookup must be a lookup field of the same collection.');
  const target = primary.lookupListId ? r.svc.store.listsOf(r.site.id).get(primary.lookupListId) : undefined;
  const show = args.get('showfield') ?? '';
  if (!target || !show) throw errors.badRequest(`A dependent lookup needs the primary field's list and a show field.`);
  const f = createField(r, host, { title: args.get('displayname') ?? '', kind: FieldKind.Lookup, lookupListId: primary.lookupListId, lookupField: show, extra: { PrimaryFieldId: primary.id } });
  f.readOnly = true;
  host.save(f, false);
  return f;
}

export function handleFields(r: ApiRequest, list: ListRec | null, rest: Segment[], fieldsSeg: Segment): ApiResponse {
  const verbose = wantsVerbose(r);
  const store = r.svc.store;
  const host = list ? listFieldHost(r, list) : webFieldHost(r);
  // `fields('<guid>')` addresses one field directly.
  if (fieldsSeg.arg !== null) return handleField(r, host, findFieldOrThrow(host.fields, fieldsSeg), rest);
  if (rest.length === 0) {
    if (r.method === 'GET') {
      const all = host.fields.map((f) => fieldEntity(r, list, f));
      const rows = queryCollection(r, all).map((e) => projectEntity(e, r.query.get('$select')));
      return collectionResponse(r, rows, 'SP.ApiData.Fields', verbose);
    }
    if (r.method === 'POST') {
      requireManageLists(r.caller);
      const body = parseJsonBody(r);
      const meta = body.__metadata as { type?: string } | undefined;
      if (meta && !isVerboseBody(r)) throw errors.invalidQuery("The property '__metadata' does not exist on type 'SP.Field'.");
      const input = inputFromProps(body, meta?.type ?? 'SP.Field');
      const f = createField(r, host, input);
      return entityResponse(r, 201, fieldEntity(r, list, f), 'SP.ApiData.Fields/@Element', verbose);
    }
    throw errors.methodNotAllowed(r.method, 'fields');
  }
  const [seg, ...after] = rest;
  if (seg.name === 'addfield' && r.method === 'POST') {
    requireManageLists(r.caller);
    const params = (parseJsonBody(r).parameters ?? {}) as Record<string, unknown>;
    const f = createField(r, host, inputFromProps(params, 'SP.FieldCreationInformation'));
    return entityResponse(r, 201, fieldEntity(r, list, f), 'SP.ApiData.Fields/@Element', verbose);
  }
  if (seg.name === 'adddependentlookupfield' && r.method === 'POST') {
    requireManageLists(r.caller);
    return entityResponse(r, 201, fieldEntity(r, list, addDependentLookup(r, host, seg.arg)), 'SP.ApiData.Fields/@Element', verbose);
  }
  if (seg.name === 'createfieldasxml' && r.method === 'POST') {
    requireManageLists(r.caller);
    const params = (parseJsonBody(r).parameters ?? {}) as { SchemaXml?: string; Options?: number };
    const lists = store.listsOf(r.site.id);
    const resolveList = (ref: string) => {
      if (isGuid(ref)) return lists.get(normalizeGuid(ref))?.id;
      const name = ref.replace(/^.*\//, '').toLowerCase();
      return [...lists.values()].find((l) => l.def.title.toLowerCase() === name || l.def.urlName.toLowerCase() === name)?.id;
    };
    const f = createField(r, host, inputFromSchemaXml(params.SchemaXml ?? '', Number(params.Options ?? 0), resolveList));
    return entityResponse(r, 201, fieldEntity(r, list, f), 'SP.ApiData.Fields/@Element', verbose);
  }
  if (['getbyinternalnameortitle', 'getbytitle', 'getbyid'].includes(seg.name)) return handleField(r, host, findFieldOrThrow(host.fields, seg), after);
  throw errors.notFound(`fields/${seg.name}`);
}

/** setShowInDisplayForm(true) and its siblings: stored as the field's ShowIn…Form property. */
const SHOW_IN = { setshowindisplayform: 'ShowInDisplayForm', setshowineditform: 'ShowInEditForm', setshowinnewform: 'ShowInNewForm' } as const;

function handleField(r: ApiRequest, host: FieldHost, f: FieldDef, rest: Segment[]): ApiResponse {
  const list = host.list;
  if (rest.length === 1 && rest[0].name in SHOW_IN && r.method === 'POST') {
    requireManageLists(r.caller);
    const value = segmentArg(rest[0].arg).toLowerCase();
    if (value !== 'true' && value !== 'false') throw errors.invalidQuery(`The value '${rest[0].arg ?? ''}' is not a valid Edm.Boolean.`);
    if (!list && f.builtin) throw errors.badRequest(`The built-in site column '${f.title}' cannot be changed here.`);
    f.extra[SHOW_IN[rest[0].name as keyof typeof SHOW_IN]] = value === 'true';
    r.svc.store.transaction(() => host.save(f, false));
    return emptyResponse(200);
  }
  if (rest.length) throw errors.notFound(`fields(...)/${rest.map((s) => s.name).join('/')}`);
  if (r.method === 'GET') {
    return entityResponse(r, 200, projectEntity(fieldEntity(r, list, f), r.query.get('$select')), 'SP.ApiData.Fields/@Element', wantsVerbose(r));
  }
  if (r.method === 'MERGE' || r.method === 'PATCH') {
    requireManageLists(r.caller);
    const body = parseJsonBody(r);
    if (body.__metadata && !isVerboseBody(r)) throw errors.invalidQuery(`The property '__metadata' does not exist on type '${fieldClass(f.kind)}'.`);
    updateField(r, host, f, body);
    return emptyResponse(204);
  }
  if (r.method === 'DELETE') {
    requireManageLists(r.caller);
    if (f.builtin) throw errors.badRequest(`The built-in column '${f.title}' cannot be deleted.`);
    r.svc.store.transaction(() => host.remove(f));
    return emptyResponse(200);
  }
  throw errors.methodNotAllowed(r.method, 'field');
}
