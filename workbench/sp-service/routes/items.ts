// List item routes (WIRE.md §5, §6): collection GET/POST, single item GET/MERGE/DELETE, recycle.
// Writes are validated the way SharePoint would reject them (§6.4, §12.3, §16), plus deliberately stricter checks (§6.5).
import { ApiRequest, isVerboseBody, parseJsonBody, wantsVerbose } from '../context';
import { collectionResponse, entityResponse, listEntity, metadataUrl, projectEntity } from '../entities';
import { fieldValuesEntity } from '../item-extras';
import { toHighLow } from '../roles';
import { aliasArg, basePermissionsResponse, holds, permissionsArg, permissionsOfUser } from './roles';
import { errors } from '../errors';
import { ApiResponse, emptyResponse, jsonResponse, Segment, segmentArg } from '../http-util';
import { buildProjection, itemEntity, loadExpansions, queryItems } from '../item-query';
import { newGuid } from '../names';
import { FieldDef, FieldKind, ListRec, fieldEntityName, isLookupLike, maxTextLength, storageSql } from '../schema';
import { checkChangeItem, checkCreateItem, effectiveBasePermissions, readRestriction } from '../security';
import { ItemRow } from '../store';
import { formatUtc, nowUtc, parseDateInput, toDateOnlyUtc } from '../time';

/** Properties every item has that a write may carry but cannot change (SharePoint ignores them). */
const IGNORED_ON_WRITE = new Set(['Id', 'ID', 'Created', 'Modified', 'AuthorId', 'EditorId', 'GUID', 'Attachments', 'OData__UIVersionString',
  'ContentTypeId', 'FileSystemObjectType', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ComplianceAssetId']);

const itemTypeName = (list: ListRec) => `SP.Data.${list.def.entityTypeName}Item`;

// ------------------------------------------------------------ value conversion

function idArray(v: unknown): number[] {
  const arr = Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray((v as { results?: unknown }).results) ? (v as { results: unknown[] }).results : null;
  if (!arr) throw errors.typeMismatch('Collection(Edm.Int32)');
  return arr.map((x) => {
    if (typeof x !== 'number' || !Number.isInteger(x)) throw errors.typeMismatch('Edm.Int32');
    return x;
  }).filter((x, i, all) => all.indexOf(x) === i);
}

function checkLookupTargets(r: ApiRequest, f: FieldDef, ids: number[]): void {
  if (f.kind === FieldKind.User) {
    for (const id of ids) if (!r.svc.store.userById(r.site.id, id)) throw errors.badRequest(`The user with id ${id} does not exist in this site (field '${f.title}'). Call ensureuser first.`);
    return;
  }
  const target = f.lookupListId ? r.svc.store.listsOf(r.site.id).get(f.lookupListId) : undefined;
  if (!target) throw errors.badRequest(`The lookup list of field '${f.title}' no longer exists.`);
  for (const id of ids) {
    if (!r.svc.store.stmt(`SELECT 1 FROM ${target.table} WHERE id = ?`).get(id))
      throw errors.badRequest(`Invalid lookup value: item ${id} does not exist in list '${target.def.title}' (field '${f.title}').`);
  }
}

function convertLookup(r: ApiRequest, f: FieldDef, v: unknown): unknown {
  if (f.multi) {
    if (v === null) return [];
    const ids = idArray(v);
    checkLookupTargets(r, f, ids);
    return ids;
  }
  if (v === null || v === 0) return null; // 0 clears a single lookup in SharePoint
  if (typeof v !== 'number' || !Number.isInteger(v)) throw errors.typeMismatch('Edm.Int32');
  checkLookupTargets(r, f, [v]);
  return v;
}

function convertValue(f: FieldDef, v: unknown): unknown {
  if (v === null) return null;
  switch (f.kind) {
    case FieldKind.Text:
    case FieldKind.Note: {
      if (typeof v !== 'string') throw errors.typeMismatch('Edm.String');
      const max = maxTextLength(f);
      if (max !== null && v.length > max) throw tooLong(f, v.length, max);
      return v === '' ? null : v;
    }
    case FieldKind.Number:
    case FieldKind.Currency:
    case FieldKind.Integer:
      if (typeof v !== 'number' || !Number.isFinite(v)) throw errors.typeMismatch('Edm.Double');
      return v;
    case FieldKind.Boolean:
      if (typeof v !== 'boolean') throw errors.typeMismatch('Edm.Boolean');
      return v;
    case FieldKind.DateTime: {
      if (typeof v !== 'string') throw errors.typeMismatch('Edm.DateTime');
      if (v === '') return null;
      const ms = parseDateInput(v);
      if (ms === null) throw errors.typeMismatch('Edm.DateTime');
      // Date-only columns keep the site-local (Helsinki) midnight of the given day, as UTC (WIRE.md §14).
      return formatUtc(f.displayFormat === 0 ? toDateOnlyUtc(ms) : ms);
    }
    case FieldKind.Choice: {
      if (typeof v !== 'string') throw errors.typeMismatch('Edm.String');
      if (v === '') return null;
      if (!f.fillIn && !(f.choices ?? []).includes(v)) throw badChoice(f, v);
      return v;
    }
    case FieldKind.MultiChoice: {
      const arr = Array.isArray(v) ? v : v && typeof v === 'object' && Array.isArray((v as { results?: unknown }).results) ? (v as { results: unknown[] }).results : null;
      if (!arr) throw errors.typeMismatch('Collection(Edm.String)');
      for (const c of arr) {
        if (typeof c !== 'string') throw errors.typeMismatch('Edm.String');
        if (!f.fillIn && !(f.choices ?? []).includes(c)) throw badChoice(f, c);
      }
      return arr.length ? arr : null;
    }
    case FieldKind.URL: {
      if (typeof v !== 'object' || Array.isArray(v)) throw errors.typeMismatch('SP.FieldUrlValue');
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) if (!['Url', 'Description', '__metadata'].includes(k)) throw errors.unknownProperty(k, 'SP.FieldUrlValue');
      if (o.Url === null || o.Url === undefined || o.Url === '') return null;
      if (typeof o.Url !== 'string') throw errors.typeMismatch('Edm.String');
      return { Description: typeof o.Description === 'string' && o.Description ? o.Description : o.Url, Url: o.Url };
    }
    case FieldKind.Guid:
      if (typeof v !== 'string') throw errors.typeMismatch('Edm.Guid');
      return v.toLowerCase();
    case FieldKind.Location:
    case FieldKind.Thumbnail:
      // Written and read as JSON text, as SharePoint's REST API does for location and image columns.
      if (typeof v === 'object') return JSON.stringify(v);
      if (typeof v !== 'string') throw errors.typeMismatch('Edm.String');
      return v === '' ? null : v;
    default:
      throw errors.badRequest(`The field '${f.title}' is read-only.`);
  }
}

const FIELD_VALIDATION = '-1, Microsoft.SharePoint.SPFieldValidationException';

/** A text or note value over the field's limit (WIRE.md §16): 400 with a field validation error naming the field. */
const tooLong = (f: FieldDef, length: number, max: number) =>
  errors.badRequest(
    `Invalid text value. A text field contains invalid data. Please check the value and try again. ` +
      `The value of field '${f.title}' (${f.internalName}) is ${length} characters long; the maximum is ${max}.`,
    FIELD_VALIDATION,
  );

const badChoice = (f: FieldDef, v: string) =>
  errors.badRequest(`The value '${v}' is not one of the choices of field '${f.title}' (${(f.choices ?? []).join(', ')}), and the field does not allow fill-in values.`);

function defaultFor(f: FieldDef): unknown {
  const d = f.defaultValue;
  if (d === undefined || d === null || d === '') return undefined;
  switch (f.kind) {
    case FieldKind.Boolean: return d === '1' || d.toLowerCase() === 'true';
    case FieldKind.Number: case FieldKind.Currency: case FieldKind.Integer: return Number(d);
    case FieldKind.DateTime: {
      const ms = d.toLowerCase() === '[today]' ? Date.now() : parseDateInput(d);
      return ms === null ? undefined : formatUtc(f.displayFormat === 0 ? toDateOnlyUtc(ms) : ms);
    }
    case FieldKind.MultiChoice: return d.split(';#').filter(Boolean);
    case FieldKind.Text: case FieldKind.Note: case FieldKind.Choice: return d;
    default: return undefined;
  }
}

/** Applies a JSON write body onto `data`; returns the fields it touched. Unknown properties → 400 (WIRE.md §6.4). */
function applyWrite(r: ApiRequest, list: ListRec, body: Record<string, unknown>, data: Record<string, unknown>): FieldDef[] {
  const touched: FieldDef[] = [];
  const byEntity = new Map(list.fields.map((f) => [fieldEntityName(f), f]));
  for (const [k, v] of Object.entries(body)) {
    if (k === '__metadata') {
      if (!isVerboseBody(r)) throw errors.unknownProperty('__metadata', itemTypeName(list));
      const type = (v as { type?: string })?.type;
      if (type && type !== itemTypeName(list)) throw errors.invalidQuery(`A type named '${type}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`);
      continue;
    }
    if (k.startsWith('odata.') || k.includes('@odata.') || IGNORED_ON_WRITE.has(k)) continue;
    const f = byEntity.get(k);
    if (f) {
      if (isLookupLike(f)) throw errors.invalidQuery(`The property '${k}' is a navigation property; write the id(s) as '${k}Id'.`);
      if (f.builtin && f.builtin !== 'Title') continue;
      if (f.readOnly) throw errors.badRequest(`The field '${f.title}' is read-only.`);
      data[f.internalName] = convertValue(f, v);
      touched.push(f);
      continue;
    }
    const lf = k.endsWith('Id') ? byEntity.get(k.slice(0, -2)) : undefined;
    if (lf && isLookupLike(lf) && !lf.builtin) {
      data[lf.internalName] = convertLookup(r, lf, v);
      touched.push(lf);
      continue;
    }
    if (k.endsWith('StringId') && byEntity.get(k.slice(0, -8))?.kind === FieldKind.User) continue;
    throw errors.unknownProperty(k, itemTypeName(list));
  }
  return touched;
}

function checkRequired(r: ApiRequest, fields: FieldDef[], data: Record<string, unknown>): void {
  if (!r.svc.enforceRequired) return;
  for (const f of fields) {
    if (!f.required || f.readOnly || f.hidden || (f.builtin && f.builtin !== 'Title')) continue;
    const v = data[f.internalName];
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0))
      throw errors.badRequest(`The field '${f.title}' is required. You must specify a value for this required field.`);
  }
}

function checkUnique(r: ApiRequest, list: ListRec, fields: FieldDef[], data: Record<string, unknown>, selfId: number | null): void {
  const dups: string[] = [];
  for (const f of fields) {
    if (!f.unique) continue;
    const v = data[f.internalName];
    if (v === null || v === undefined) continue;
    const param = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    const hit = r.svc.store.stmt(`SELECT t.id FROM ${list.table} t WHERE ${storageSql(f)} = ? AND t.id <> ? LIMIT 1`).get(param, selfId ?? -1);
    if (hit) dups.push(f.title);
  }
  if (dups.length) throw errors.duplicateValues(dups.map((t) => `[${t}]`));
}

/** If-Match: `*` or missing overwrites; `"n"` / `W/"n"` / `"<uid>,n"` must match the current version (WIRE.md §6.3). */
function checkEtag(r: ApiRequest, row: ItemRow): void {
  const sent = r.headers['if-match'];
  if (!sent || sent.trim() === '*') return;
  const m = /^(?:W\/)?"?(?:([0-9a-f-]{36}),)?(\d+)"?$/i.exec(sent.trim());
  const ok = m && Number(m[2]) === row.version && (!m[1] || m[1].toLowerCase() === row.uid);
  if (!ok) throw errors.etagMismatch(sent.trim(), `"${row.uid},${row.version}"`);
}

// ------------------------------------------------------------ routes

function findVisibleItem(r: ApiRequest, list: ListRec, idText: string): ItemRow {
  const id = Number(idText);
  if (!Number.isInteger(id)) throw errors.invalidQuery(`The item id '${idText}' is not valid.`);
  const row = r.svc.store.getItem(list, id);
  const author = readRestriction(list, r.caller);
  if (!row || (author !== null && row.author_id !== author)) throw errors.itemMissing();
  return row;
}

function singleItemResponse(r: ApiRequest, list: ListRec, row: ItemRow, status: number, useQuery: boolean): ApiResponse {
  const plan = buildProjection(useQuery ? r : { ...r, query: new Map() }, list);
  const expanded = loadExpansions(r, [row], plan, { users: new Map() });
  const e = itemEntity(list, row, plan, expanded);
  return entityResponse(r, status, e, `SP.ListData.${list.def.entityTypeName}Items/@Element`, wantsVerbose(r), { ETag: `"${row.version}"` });
}

function createItem(r: ApiRequest, list: ListRec): ApiResponse {
  checkCreateItem(list, r.caller);
  // SharePoint's own answer: a library's items are files (uploading files is not emulated).
  if (list.def.baseTemplate === 101) throw errors.badRequest('To add an item to a document library, use SPFileCollection.Add()', '-2147024809, System.ArgumentException');
  const body = parseJsonBody(r);
  const store = r.svc.store;
  const data: Record<string, unknown> = {};
  for (const f of list.fields) {
    const d = f.builtin ? undefined : defaultFor(f);
    if (d !== undefined) data[f.internalName] = d;
  }
  applyWrite(r, list, body, data);
  checkRequired(r, list.fields, data);
  checkUnique(r, list, list.fields, data, null);
  const now = nowUtc();
  const id = store.insertItem(list, {
    uid: newGuid(), guid: newGuid(), created: now, modified: now, author_id: r.caller.user.id, editor_id: r.caller.user.id, version: 1, data: JSON.stringify(data),
  });
  return singleItemResponse(r, list, store.getItem(list, id)!, 201, false);
}

function updateItem(r: ApiRequest, list: ListRec, row: ItemRow): ApiResponse {
  checkChangeItem(list, r.caller, row.author_id);
  checkEtag(r, row);
  const body = parseJsonBody(r);
  const data = JSON.parse(row.data) as Record<string, unknown>;
  const touched = applyWrite(r, list, body, data);
  checkRequired(r, touched, data);
  checkUnique(r, list, touched, data, row.id);
  const next: ItemRow = { ...row, modified: nowUtc(), editor_id: r.caller.user.id, version: row.version + 1, data: JSON.stringify(data) };
  r.svc.store.updateItem(list, next);
  return emptyResponse(204, { ETag: `"${next.version}"` });
}

function removeItem(r: ApiRequest, list: ListRec, row: ItemRow, recycle: boolean): ApiResponse {
  checkChangeItem(list, r.caller, row.author_id);
  checkEtag(r, row);
  const binId = r.svc.store.deleteItem(list, row, recycle);
  if (recycle) return jsonResponse(200, { 'odata.metadata': metadataUrl(r, 'Edm.Guid'), value: binId });
  return emptyResponse(200);
}

export function handleItems(r: ApiRequest, list: ListRec, rest: Segment[], itemsSeg: Segment): ApiResponse {
  if (itemsSeg.arg !== null) return handleItem(r, list, findVisibleItem(r, list, segmentArg(itemsSeg.arg)), rest);
  if (rest.length === 0) {
    if (r.method === 'GET') {
      const plan = buildProjection(r, list);
      const page = queryItems(r, list);
      const expanded = loadExpansions(r, page.rows, plan, { users: new Map() });
      const values = page.rows.map((row) => itemEntity(list, row, plan, expanded));
      const select = plan.selectText ? `&$select=${plan.selectText}` : '';
      return collectionResponse(r, values, `SP.ListData.${list.def.entityTypeName}Items${select}`, wantsVerbose(r), page.nextLink ? { 'odata.nextLink': page.nextLink } : {});
    }
    if (r.method === 'POST') return createItem(r, list);
    throw errors.methodNotAllowed(r.method, 'items');
  }
  const [seg, ...after] = rest;
  if (seg.name === 'getbyid') return handleItem(r, list, findVisibleItem(r, list, segmentArg(seg.arg)), after);
  throw errors.notFound(`items/${seg.name}`);
}

function handleItem(r: ApiRequest, list: ListRec, row: ItemRow, rest: Segment[]): ApiResponse {
  if (rest.length === 0) {
    if (r.method === 'GET') return singleItemResponse(r, list, row, 200, true);
    if (r.method === 'MERGE' || r.method === 'PATCH') return updateItem(r, list, row);
    if (r.method === 'DELETE') return removeItem(r, list, row, false);
    throw errors.methodNotAllowed(r.method, 'an item (PUT is not emulated; use MERGE)');
  }
  const [seg] = rest;
  if (rest.length === 1 && r.method === 'POST') {
    if (seg.name === 'recycle') return removeItem(r, list, row, true);
    if (seg.name === 'deletewithparameters') return removeItem(r, list, row, false);
  }
  if (rest.length === 1 && r.method === 'GET') {
    switch (seg.name) {
      // Items inherit the list's permissions (per-item permissions are not emulated, WIRE.md §15).
      case 'effectivebasepermissions': case 'effectivebasepermissionsforui':
        return basePermissionsResponse(r, effectiveBasePermissions(r.caller, list));
      case 'doesuserhavepermissions':
        return jsonResponse(200, { 'odata.metadata': metadataUrl(r, 'Edm.Boolean'), value: holds(r.caller.on(list), permissionsArg(r, seg.arg)) });
      case 'getusereffectivepermissions':
        return basePermissionsResponse(r, toHighLow(permissionsOfUser(r, aliasArg(r, seg.arg), list)));
      case 'fieldvaluesastext': case 'fieldvaluesashtml': case 'fieldvaluesforedit': {
        const kind = seg.name === 'fieldvaluesastext' ? 'text' : seg.name === 'fieldvaluesashtml' ? 'html' : 'edit';
        return entityResponse(r, 200, projectEntity(fieldValuesEntity(r, list, row, kind), r.query.get('$select')), 'SP.ApiData.FieldStringValues/@Element', wantsVerbose(r));
      }
      case 'parentlist':
        return entityResponse(r, 200, projectEntity(listEntity(r, list), r.query.get('$select'), {}, r.query.get('$expand')), 'SP.ApiData.Lists/@Element', wantsVerbose(r));
      case 'versions': case 'attachmentfiles': case 'file': case 'folder': case 'getwopiframeurl': case 'contenttype': case 'roleassignments':
        throw errors.notEmulated(`items(${row.id})/${seg.name}`);
      default: break;
    }
  }
  throw errors.notFound(`items(${row.id})/${rest.map((s) => s.name).join('/')}`);
}
