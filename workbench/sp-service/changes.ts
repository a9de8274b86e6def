// The change log on the wire: `getChanges` (SP.ChangeQuery → SP.Change* entities with change tokens) on web and
// list, and a list's `getListItemChangesSinceToken` (the rowset XML the Lists web service also answers).
import { ApiRequest, apiUrl, parseJsonBody, wantsVerbose } from './context';
import { changeToken, collectionResponse, Entity, rootFolderUrl } from './entities';
import { errors } from './errors';
import { ApiResponse } from './http-util';
import { rawValue } from './item-query';
import { FieldDef, FieldKind, ListRec, findField } from './schema';
import { readRestriction } from './security';
import { ChangeRow, ITEM_COLUMNS, ItemRow } from './store';

const DEFAULT_LIMIT = 1000;
const CHANGE_TYPES: Record<string, number> = { Add: 1, Update: 2, DeleteObject: 3 };
const OBJECT_TYPES: Record<string, ChangeRow['object']> = { Item: 'item', List: 'list', Field: 'field', Web: 'web' };

/** The change number at the end of a token `1;<scope>;<id>;<ticks>;<n>`; 0 for none. */
function tokenSeq(token: unknown): number {
  const text = typeof token === 'string' ? token : (token as { StringValue?: string } | null)?.StringValue;
  if (!text) return 0;
  const n = Number(text.split(';')[4]);
  if (!Number.isInteger(n) || n < 0) throw errors.invalidQuery(`The change token '${text}' is not valid.`);
  return n;
}

/** `POST …/getchanges {"query": {"Add": true, "Item": true, "ChangeTokenStart": …}}` on the web (list null) or a list. */
export function handleGetChanges(r: ApiRequest, list: ListRec | null): ApiResponse {
  if (r.method !== 'POST') throw errors.methodNotAllowed(r.method, 'getchanges');
  const q = (parseJsonBody(r).query ?? {}) as Record<string, unknown>;
  const types = new Set(Object.entries(CHANGE_TYPES).filter(([k]) => q[k] === true).map(([, v]) => v));
  const objects = new Set(Object.entries(OBJECT_TYPES).filter(([k]) => q[k] === true).map(([, v]) => v));
  const start = tokenSeq(q.ChangeTokenStart);
  const end = q.ChangeTokenEnd ? tokenSeq(q.ChangeTokenEnd) : Infinity;
  const limit = Number(q.FetchLimit ?? q.RowLimit ?? DEFAULT_LIMIT) || DEFAULT_LIMIT;
  const lists = r.svc.store.listsOf(r.site.id);
  const author = list ? readRestriction(list, r.caller) : null;
  // A query that names no change type or no object type matches nothing, as SharePoint's ChangeQuery does.
  const rows = types.size && objects.size
    ? r.svc.store.changesSince(r.site.id, start, 100_000).filter((c) => c.seq <= end && types.has(c.type) && objects.has(c.object) && (!list || c.list_id === list.id))
    : [];
  const out: Entity[] = [];
  for (const c of rows) {
    if (out.length >= limit) break;
    if (c.object === 'item' && author !== null && c.type !== 3) {
      const l = lists.get(c.list_id ?? '');
      const row = l ? (r.svc.store.getItem(l, c.item_id ?? 0)) : undefined;
      if (row && row.author_id !== author) continue;
    }
    out.push(changeEntity(r, c, list));
  }
  return collectionResponse(r, out, 'SP.ApiData.Changes', wantsVerbose(r));
}

function changeEntity(r: ApiRequest, c: ChangeRow, list: ListRec | null): Entity {
  const base: Entity = {
    'odata.id': `${apiUrl(r)}/SP.Change${c.seq}`,
    ChangeToken: changeToken(list ? 3 : 2, list ? list.id : r.site.webId, c.seq, new Date(c.time)),
    ChangeType: c.type,
    SiteId: r.site.siteId,
    Time: c.time,
  };
  switch (c.object) {
    case 'item': return { 'odata.type': 'SP.ChangeItem', ...base, ItemId: c.item_id, ListId: c.list_id, UniqueId: c.uid, WebId: r.site.webId };
    case 'list': return { 'odata.type': 'SP.ChangeList', ...base, ListId: c.list_id, WebId: r.site.webId };
    case 'field': return { 'odata.type': 'SP.ChangeField', ...base, FieldId: c.uid, WebId: r.site.webId };
    default: return { 'odata.type': 'SP.ChangeWeb', ...base, WebId: r.site.webId };
  }
}

// ------------------------------------------------------------ getListItemChangesSinceToken

const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const xmlText = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

type Predicate = (f: (name: string) => unknown) => boolean;

/** The CAML the service understands: <Eq>, <Neq>, <Contains>, <BeginsWith>, <IsNull>, <IsNotNull> on a field, <And>, <Or>. */
function parseCaml(xml: string, list: ListRec): Predicate {
  const body = xml.trim().replace(/^<Where>([\s\S]*)<\/Where>$/i, '$1').trim();
  const m = /^<(\w+)>([\s\S]*)<\/\1>$/.exec(body);
  if (!m) throw errors.notEmulated(`the CAML query '${xml}'`);
  const [, op, inner] = m;
  if (op === 'And' || op === 'Or') {
    const parts = splitChildren(inner).map((p) => parseCaml(p, list));
    if (parts.length !== 2) throw errors.invalidQuery(`<${op}> takes exactly two conditions.`);
    return op === 'And' ? (g) => parts[0](g) && parts[1](g) : (g) => parts[0](g) || parts[1](g);
  }
  const ref = /<FieldRef\s+Name=["']([^"']+)["']\s*\/>/i.exec(inner);
  const f: FieldDef | undefined = ref ? findField(list, ref[1]) : undefined;
  if (!f) throw errors.columnMissing(ref?.[1] ?? '');
  const value = xmlText(/<Value\b[^>]*>([\s\S]*?)<\/Value>/i.exec(inner)?.[1] ?? '');
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v)).toLowerCase();
  switch (op) {
    case 'Eq': return (g) => text(g(f.internalName)) === value.toLowerCase();
    case 'Neq': return (g) => text(g(f.internalName)) !== value.toLowerCase();
    case 'Contains': return (g) => text(g(f.internalName)).includes(value.toLowerCase());
    case 'BeginsWith': return (g) => text(g(f.internalName)).startsWith(value.toLowerCase());
    case 'IsNull': return (g) => text(g(f.internalName)) === '';
    case 'IsNotNull': return (g) => text(g(f.internalName)) !== '';
    default: throw errors.notEmulated(`the CAML operator <${op}>`);
  }
}

function splitChildren(xml: string): string[] {
  const out: string[] = [];
  let rest = xml.trim();
  while (rest) {
    const m = /^<(\w+)\b[^>]*>/.exec(rest);
    if (!m) break;
    const close = `</${m[1]}>`;
    let depth = 0;
    let i = 0;
    for (;;) {
      const nextOpen = rest.indexOf(`<${m[1]}>`, i + 1);
      const nextClose = rest.indexOf(close, i + 1);
      if (nextClose < 0) throw errors.invalidQuery('The CAML query is not well formed.');
      if (nextOpen >= 0 && nextOpen < nextClose) { depth++; i = nextOpen; continue; }
      if (depth === 0) { i = nextClose + close.length; break; }
      depth--;
      i = nextClose;
    }
    out.push(rest.slice(0, i));
    rest = rest.slice(i).trim();
  }
  return out;
}

const owsValue = (f: FieldDef, v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (f.kind === FieldKind.DateTime && typeof v === 'string') return v.replace('T', ' ').replace('Z', '');
  if (f.kind === FieldKind.Boolean) return v ? '1' : '0';
  if (Array.isArray(v)) return `;#${v.join(';#')};#`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

/** `POST lists(…)/getlistitemchangessincetoken {"query": {Contains?, Query?, QueryOptions?, ChangeToken?, RowLimit?}}` → rowset XML. */
export function handleListItemChangesSinceToken(r: ApiRequest, list: ListRec): ApiResponse {
  if (r.method !== 'POST') throw errors.methodNotAllowed(r.method, 'getlistitemchangessincetoken');
  const q = (parseJsonBody(r).query ?? {}) as Record<string, unknown>;
  const store = r.svc.store;
  const preds: Predicate[] = [];
  for (const k of ['Contains', 'Query']) {
    const v = q[k];
    if (typeof v === 'string' && v.trim()) preds.push(parseCaml(v.replace(/^<Query>([\s\S]*)<\/Query>$/i, '$1'), list));
  }
  const options = typeof q.QueryOptions === 'string' ? q.QueryOptions : '';
  const folder = /<Folder>([\s\S]*?)<\/Folder>/i.exec(options)?.[1]?.trim();
  const root = rootFolderUrl(r, list).toLowerCase();
  // The service has no sub-folders: a folder other than the list's root folder holds no items.
  const inRoot = !folder || [root, root.replace(/^.*\//, ''), root.replace(/^\/[^/]*\/[^/]*\//, '')].includes(folder.toLowerCase().replace(/\/$/, ''));
  const since = q.ChangeToken ? tokenSeq(q.ChangeToken) : 0;
  const limit = Number(q.RowLimit ?? 0) || 100;
  const changes = since ? store.changesSince(r.site.id, since, 100_000).filter((c) => c.list_id === list.id && c.object === 'item') : [];
  const deleted = [...new Set(changes.filter((c) => c.type === 3).map((c) => c.item_id))];
  const changedIds = since ? new Set(changes.filter((c) => c.type !== 3).map((c) => c.item_id)) : null;
  const author = readRestriction(list, r.caller);
  const rows: ItemRow[] = inRoot ? (store.stmt(`SELECT ${ITEM_COLUMNS} FROM ${list.table} t ORDER BY t.id`).all() as ItemRow[]) : [];
  const picked = rows.filter((row) => {
    if (author !== null && row.author_id !== author) return false;
    if (changedIds && !changedIds.has(row.id)) return false;
    const data = JSON.parse(row.data) as Record<string, unknown>;
    const get = (name: string) => rawValue(findField(list, name)!, row, data);
    return preds.every((p) => p(get));
  }).slice(0, limit);
  const fields = list.fields.filter((f) => !f.hidden && f.kind !== FieldKind.Computed);
  const zrows = picked.map((row) => {
    const data = JSON.parse(row.data) as Record<string, unknown>;
    const attrs = fields.map((f) => [f.internalName, owsValue(f, rawValue(f, row, data))] as const).filter(([, v]) => v !== '');
    return `<z:row ${attrs.map(([k, v]) => `ows_${k}="${xmlEsc(v)}"`).join(' ')} ows_UniqueId="${row.id};#{${row.uid}}" ows_owshiddenversion="${row.version}" />`;
  });
  const last = store.lastChange(r.site.id)?.seq ?? 0;
  const xml = `<listitems xmlns:s="uuid:BDC6E3F0-6DA3-11d1-A2A3-00AA00C14882" xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" ` +
    `xmlns:rs="urn:schemas-microsoft-com:rowset" xmlns:z="#RowsetSchema">` +
    `<Changes LastChangeToken="${changeToken(3, list.id, last).StringValue}">${deleted.map((id) => `<Id ChangeType="Delete">${id}</Id>`).join('')}</Changes>` +
    `<rs:data ItemCount="${zrows.length}">${zrows.join('')}</rs:data></listitems>`;
  return { status: 200, headers: { 'Content-Type': 'text/xml; charset=utf-8' }, body: xml };
}
