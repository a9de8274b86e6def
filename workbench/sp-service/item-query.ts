// List item reads: `$filter` → SQL, the list view threshold, `$orderby` + `$skiptoken` keyset paging with
// `odata.nextLink` (WIRE.md §8), `$select`/`$expand` projection (§5, §7), composite indexes that seek (§9.2).
import { ApiRequest, apiUrl } from './context';
import { errors } from './errors';
import {
  ColumnRef, FilterNode, OrderKey, SqlFilterContext, compileFilterSql, drivingPredicate, flattenAnd, leaves, parseFilter, parseOrderBy,
} from './odata-filter';
import { FieldDef, FieldKind, ListRec, fieldEntityName, findField, isLookupLike, storageSql, valueKind } from './schema';
import { readRestriction } from './security';
import { ITEM_COLUMNS, ItemRow, SiteUserRec } from './store';
import { loginName, projectLevel } from './entities';
import { isItemNav, isItemSelectable, itemExtras } from './item-extras';
import { safeDecode } from './http-util';

export const DEFAULT_TOP = 100;
export const MAX_TOP = 5000;
/** Lists from this size on get composite indexes chosen from their queries and periodic planner statistics. */
export const SEEK_MIN_ITEMS = 2000;

// ------------------------------------------------------------ column resolution ($filter, $orderby)

/** Columns of the user information list reachable as `Author/EMail` etc. */
const USER_COLUMNS: Record<string, { sql: string; kind: 'text' | 'number' }> = {
  id: { sql: 'id', kind: 'number' }, title: { sql: 'title', kind: 'text' }, email: { sql: 'email', kind: 'text' },
  name: { sql: "'i:0#.f|membership|' || lower(upn)", kind: 'text' }, username: { sql: 'upn', kind: 'text' },
  jobtitle: { sql: 'job_title', kind: 'text' }, department: { sql: 'department', kind: 'text' },
};

export function columnResolver(r: ApiRequest, list: ListRec): SqlFilterContext {
  const lists = r.svc.store.listsOf(r.site.id);
  return {
    resolve(path: string[]): ColumnRef {
      const [head, sub] = path;
      const name = path.join('/');
      if (path.length > 2) throw errors.columnMissing(name);
      if (path.length === 1) {
        if (head.toLowerCase() === 'id') return { sql: 't.id', kind: 'number', indexed: true, name: 'ID' };
        const f = findField(list, head);
        if (f) {
          if (isLookupLike(f)) return projected(f, f.lookupField ?? 'Title', name);
          return { sql: storageSql(f), kind: valueKind(f), indexed: f.indexed || f.builtin === 'ID', name: f.internalName };
        }
        // `<Lookup>Id` is the id column of a lookup/person field.
        const idOf = /^(.*)Id$/i.exec(head);
        const lf = idOf ? findField(list, idOf[1]) : undefined;
        if (lf && isLookupLike(lf)) return idColumn(lf);
        throw errors.columnMissing(head);
      }
      const f = findField(list, head);
      if (!f || !isLookupLike(f)) throw errors.columnMissing(name);
      if (sub.toLowerCase() === 'id') return idColumn(f);
      return projected(f, sub, name);
    },
  };

  function idColumn(f: FieldDef): ColumnRef {
    return { sql: storageSql(f), kind: f.multi ? 'multiid' : 'id', indexed: f.indexed, name: f.internalName };
  }

  /** `Author/EMail`, `Account/Title`: scalar subquery into the users table or the lookup list (never indexed). */
  function projected(f: FieldDef, sub: string, name: string): ColumnRef {
    if (f.multi) return { sql: storageSql(f), kind: 'multiid', indexed: false, name };
    if (f.kind === FieldKind.User) {
      const c = USER_COLUMNS[sub.toLowerCase()] ?? (sub.toLowerCase() === 'imnname' ? USER_COLUMNS.title : undefined);
      if (!c) throw errors.columnMissing(name);
      const sql = `(SELECT ${c.sql} FROM site_users su WHERE su.site_id = ${r.site.id} AND su.id = ${storageSql(f)})`;
      return { sql: c.kind === 'text' ? `${sql} COLLATE NOCASE` : sql, kind: c.kind, indexed: false, name };
    }
    const target = f.lookupListId ? lists.get(f.lookupListId) : undefined;
    const tf = target ? findField(target, sub) : undefined;
    if (!target || !tf || isLookupLike(tf)) throw errors.columnMissing(name);
    const inner = storageSql(tf).replace(/\bt\./g, 'lt.').replace(/ COLLATE NOCASE$/, '');
    const sql = `(SELECT ${inner} FROM ${target.table} lt WHERE lt.id = ${storageSql(f)})`;
    const kind = valueKind(tf);
    return { sql: kind === 'text' ? `${sql} COLLATE NOCASE` : sql, kind, indexed: false, name };
  }
}

// ------------------------------------------------------------ $select / $expand plan

type Prop =
  | { kind: 'field'; field: FieldDef; out: string }
  | { kind: 'id'; field: FieldDef; out: string }
  | { kind: 'nav'; field: FieldDef; out: string }
  | { kind: 'special'; out: string };

interface ExpandPlan { field: FieldDef; subs: string[]; target?: ListRec }

export interface ProjectionPlan {
  props: Prop[];
  expands: ExpandPlan[];
  selectText?: string;
  /** Adds select-only properties and non-field navigation (ParentList, FieldValuesAsText …) to an item entity. */
  extras?: (row: ItemRow, e: Record<string, unknown>) => void;
}

const SPECIAL_PROPS = ['FileSystemObjectType', 'Id', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId', 'ComplianceAssetId',
  'ID', 'OData__UIVersionString', 'Attachments', 'GUID', 'Created', 'Modified', 'AuthorId', 'EditorId'];

const USER_EXPAND_PROPS = ['Id', 'ID', 'Title', 'Name', 'EMail', 'UserName', 'FirstName', 'LastName', 'JobTitle', 'Department', 'SipAddress', 'Office'];

function defaultProps(list: ListRec): Prop[] {
  const sp = (out: string): Prop => ({ kind: 'special', out });
  // Dependent lookups are not emulated as values; they are left out rather than shown empty.
  const custom = list.fields.filter((f) => !f.builtin && !f.extra.PrimaryFieldId);
  const title = list.fields.find((f) => f.builtin === 'Title')!;
  const props: Prop[] = [sp('FileSystemObjectType'), sp('Id'), sp('ServerRedirectedEmbedUri'), sp('ServerRedirectedEmbedUrl'), sp('ContentTypeId'),
    { kind: 'field', field: title, out: 'Title' }];
  for (const f of custom) {
    props.push(isLookupLike(f) ? { kind: 'id', field: f, out: `${fieldEntityName(f)}Id` } : { kind: 'field', field: f, out: fieldEntityName(f) });
  }
  props.push(sp('ComplianceAssetId'), sp('ID'), sp('Modified'), sp('Created'), sp('AuthorId'), sp('EditorId'), sp('OData__UIVersionString'), sp('Attachments'), sp('GUID'));
  return props;
}

export function buildProjection(r: ApiRequest, list: ListRec): ProjectionPlan {
  const lists = r.svc.store.listsOf(r.site.id);
  const selectText = r.query.get('$select');
  const names = (selectText ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const expandNames = (r.query.get('$expand') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const expands: ExpandPlan[] = [];
  const navExpands: string[] = [];
  const navSelects: string[] = [];
  for (const en of expandNames) {
    if (isItemNav(en)) { navExpands.push(en); continue; }
    const f = findField(list, en);
    if (!f || !isLookupLike(f)) throw errors.selectMissing(en);
    if (!expands.some((e) => e.field === f)) expands.push({ field: f, subs: [], target: f.lookupListId ? lists.get(f.lookupListId) : undefined });
  }
  const props: Prop[] = [];
  const seen = new Set<string>();
  const add = (p: Prop) => { if (!seen.has(p.out)) { seen.add(p.out); props.push(p); } };
  if (names.length === 0 || names.includes('*')) defaultProps(list).forEach(add);
  for (const name of names) {
    if (name === '*') continue;
    if (isItemNav(name) || (!name.includes('/') && isItemSelectable(name))) { navSelects.push(name); continue; }
    if (name.includes('/')) {
      const [root, sub, ...more] = name.split('/');
      const exp = expands.find((e) => e.field === findField(list, root));
      if (!exp || more.length) {
        throw errors.badRequest(`The query to field '${name}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${root}.`);
      }
      exp.subs.push(sub);
      continue;
    }
    const special = SPECIAL_PROPS.find((s) => s.toLowerCase() === name.toLowerCase());
    if (special) { add({ kind: 'special', out: special }); continue; }
    const f = findField(list, name);
    if (f?.extra.PrimaryFieldId) throw errors.notFound(`the values of dependent lookup column '${f.title}'`);
    if (f) {
      if (isLookupLike(f)) add({ kind: 'nav', field: f, out: fieldEntityName(f) });
      else add({ kind: 'field', field: f, out: fieldEntityName(f) });
      continue;
    }
    const idOf = /^(.*)Id$/i.exec(name);
    const lf = idOf ? findField(list, idOf[1]) : undefined;
    if (lf && isLookupLike(lf)) { add({ kind: 'id', field: lf, out: `${fieldEntityName(lf)}Id` }); continue; }
    throw errors.selectMissing(name);
  }
  // Validate the sub-selections now so a bad name fails before any work.
  for (const e of expands) {
    if (e.subs.length === 0) e.subs = e.field.kind === FieldKind.User ? ['Id', 'Title', 'EMail', 'Name'] : ['Id', e.field.lookupField ?? 'Title'];
    e.subs = e.subs.map((s) => {
      if (e.field.kind === FieldKind.User) {
        const p = USER_EXPAND_PROPS.find((x) => x.toLowerCase() === s.toLowerCase());
        if (!p) throw errors.selectMissing(`${fieldEntityName(e.field)}/${s}`);
        return p;
      }
      if (s.toLowerCase() === 'id') return s === 'ID' ? 'ID' : 'Id';
      const tf = e.target ? findField(e.target, s) : undefined;
      if (!tf || isLookupLike(tf)) throw errors.selectMissing(`${fieldEntityName(e.field)}/${s}`);
      return fieldEntityName(tf);
    });
  }
  const selectsAll = names.length === 0 || names.includes('*');
  const extras = navSelects.length || (navExpands.length && selectsAll)
    ? (row: ItemRow, e: Record<string, unknown>) => { Object.assign(e, projectLevel(itemExtras(r, list, row), {}, navSelects, navExpands)); }
    : undefined;
  return { props, expands, selectText, extras };
}

// ------------------------------------------------------------ entity building

export interface RowCaches {
  users: Map<number, SiteUserRec | null>;
}

function specialValue(out: string, row: ItemRow, list: ListRec): unknown {
  switch (out) {
    case 'FileSystemObjectType': return 0;
    case 'Id': case 'ID': return row.id;
    case 'ServerRedirectedEmbedUri': return null;
    case 'ServerRedirectedEmbedUrl': return '';
    case 'ContentTypeId': return `0x0100${list.id.replace(/-/g, '').toUpperCase()}`;
    case 'ComplianceAssetId': return null;
    case 'OData__UIVersionString': return `${row.version}.0`;
    case 'Attachments': return false;
    case 'GUID': return row.guid;
    case 'Created': return row.created;
    case 'Modified': return row.modified;
    case 'AuthorId': return row.author_id;
    case 'EditorId': return row.editor_id;
  }
  return null;
}

export function rawValue(f: FieldDef, row: ItemRow, data: Record<string, unknown>): unknown {
  switch (f.builtin) {
    case 'ID': return row.id;
    case 'Created': return row.created;
    case 'Modified': return row.modified;
    case 'Author': return row.author_id;
    case 'Editor': return row.editor_id;
    case 'GUID': return row.guid;
    case 'Attachments': return false;
    default: break;
  }
  const v = data[f.internalName];
  if (v === undefined) {
    if (isLookupLike(f) && f.multi) return [];
    return null;
  }
  return v;
}

export function itemEntity(list: ListRec, row: ItemRow, plan: ProjectionPlan, expanded: Map<string, Map<number, Record<string, unknown>>>): Record<string, unknown> {
  const editLink = `Web/Lists(guid'${list.id}')/Items(${row.id})`;
  const e: Record<string, unknown> = {
    'odata.type': `SP.Data.${list.def.entityTypeName}Item`,
    'odata.id': row.uid,
    'odata.etag': `"${row.version}"`,
    'odata.editLink': editLink,
  };
  const data = JSON.parse(row.data) as Record<string, unknown>;
  for (const exp of plan.expands) {
    const name = fieldEntityName(exp.field);
    e[`${name}@odata.navigationLinkUrl`] = `${editLink}/${name}`;
    const v = rawValue(exp.field, row, data);
    const lookup = (id: number) => expanded.get(exp.field.id)?.get(id) ?? null;
    e[name] = Array.isArray(v) ? v.map((id) => lookup(id as number)).filter(Boolean) : v === null ? null : lookup(v as number);
  }
  for (const p of plan.props) {
    if (p.kind === 'special') e[p.out] = specialValue(p.out, row, list);
    else if (p.kind === 'field') e[p.out] = rawValue(p.field, row, data);
    else if (p.kind === 'id') e[p.out] = rawValue(p.field, row, data);
    else if (!plan.expands.some((x) => x.field === p.field)) e[`${p.out}@odata.navigationLinkUrl`] = `${editLink}/${p.out}`;
  }
  plan.extras?.(row, e);
  return e;
}

/** Loads the expanded users / lookup rows for a page of items in a few queries. */
export function loadExpansions(r: ApiRequest, rows: ItemRow[], plan: ProjectionPlan, caches: RowCaches): Map<string, Map<number, Record<string, unknown>>> {
  const out = new Map<string, Map<number, Record<string, unknown>>>();
  const store = r.svc.store;
  for (const exp of plan.expands) {
    const ids = new Set<number>();
    for (const row of rows) {
      const v = rawValue(exp.field, row, JSON.parse(row.data));
      if (Array.isArray(v)) v.forEach((x) => ids.add(x as number));
      else if (typeof v === 'number') ids.add(v);
    }
    const map = new Map<number, Record<string, unknown>>();
    if (exp.field.kind === FieldKind.User) {
      for (const id of ids) {
        if (!caches.users.has(id)) caches.users.set(id, store.userById(r.site.id, id) ?? null);
        const u = caches.users.get(id);
        if (!u) continue;
        const all: Record<string, unknown> = {
          Id: u.id, ID: u.id, Title: u.title, Name: loginName(u.upn), EMail: u.email, UserName: u.upn,
          FirstName: u.title.split(' ')[0] ?? '', LastName: u.title.split(' ').slice(1).join(' '), JobTitle: u.jobTitle, Department: u.department,
          SipAddress: u.email, Office: null,
        };
        const obj: Record<string, unknown> = { 'odata.type': 'SP.Data.UserInfoItem', 'odata.id': `${apiUrl(r)}/Web/SiteUserInfoList/Items(${u.id})` };
        for (const s of exp.subs) obj[s] = all[s];
        map.set(id, obj);
      }
    } else if (exp.target) {
      const target = exp.target;
      const idList = [...ids];
      for (let i = 0; i < idList.length; i += 500) {
        const chunk = idList.slice(i, i + 500);
        const trs = store.stmt(`SELECT ${ITEM_COLUMNS} FROM ${target.table} t WHERE t.id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as ItemRow[];
        for (const tr of trs) {
          const tdata = JSON.parse(tr.data) as Record<string, unknown>;
          const obj: Record<string, unknown> = { 'odata.type': `SP.Data.${target.def.entityTypeName}Item`, 'odata.id': tr.uid };
          for (const s of exp.subs) {
            if (s === 'Id' || s === 'ID') { obj[s] = tr.id; continue; }
            const tf = findField(target, s)!;
            obj[s] = rawValue(tf, tr, tdata);
          }
          map.set(tr.id, obj);
        }
      }
    }
    out.set(exp.field.id, map);
  }
  return out;
}

// ------------------------------------------------------------ query execution

interface ResolvedKey { col: ColumnRef; desc: boolean; token: string }

function tokenValue(col: ColumnRef, v: unknown): string {
  if (v === null || v === undefined) return '';
  if (col.kind === 'date' && typeof v === 'string') {
    // Skiptokens carry dates as `yyyyMMdd HH:mm:ss` UTC (WIRE.md §8).
    return v.replace(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})Z$/, '$1$2$3 $4');
  }
  return String(v);
}

function parseTokenValue(col: ColumnRef, s: string): string | number | null {
  if (s === '') return null;
  if (col.kind === 'date') {
    const m = /^(\d{4})(\d{2})(\d{2}) (\d{2}:\d{2}:\d{2})$/.exec(s);
    return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}Z` : s;
  }
  if (col.kind === 'number' || col.kind === 'id' || col.kind === 'bool') return Number(s);
  return s;
}

function parseSkipToken(raw: string | undefined): Map<string, string> | null {
  if (!raw) return null;
  const out = new Map<string, string>();
  for (const part of raw.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    let v = part.slice(eq + 1);
    try { v = decodeURIComponent(v); } catch { /* keep raw */ }
    out.set(part.slice(0, eq).toLowerCase(), v);
  }
  if ((out.get('paged') ?? '').toUpperCase() !== 'TRUE') throw errors.invalidQuery(`The skiptoken '${raw}' is not valid.`);
  if (out.get('pagedprev')?.toUpperCase() === 'TRUE') throw errors.notFound('reverse paging ($skiptoken PagedPrev=TRUE)');
  return out;
}

/** Keyset condition "strictly after the last row" for a lexicographic order with SQLite NULL ordering. */
function keysetSql(keys: ResolvedKey[], values: (string | number | null)[], params: unknown[]): string {
  const ors: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const ands: string[] = [];
    for (let j = 0; j < i; j++) {
      if (values[j] === null) ands.push(`${keys[j].col.sql} IS NULL`);
      else { ands.push(`${keys[j].col.sql} = ?`); params.push(values[j]); }
    }
    const { col, desc } = keys[i];
    const v = values[i];
    if (v === null) {
      if (desc) continue; // nulls sort last descending: nothing is after them on this key
      ands.push(`${col.sql} IS NOT NULL`);
    } else if (desc) {
      ands.push(`(${col.sql} < ? OR ${col.sql} IS NULL)`);
      params.push(v);
    } else {
      ands.push(`${col.sql} > ?`);
      params.push(v);
    }
    ors.push(`(${ands.join(' AND ')})`);
  }
  return ors.length ? `(${ors.join(' OR ')})` : '0';
}

function isIndexable(node: FilterNode, ctx: SqlFilterContext): boolean {
  if (node.kind === 'not') return false;
  if (node.kind === 'func' && node.name === 'substringof') return false;
  if (node.kind === 'cmp' || node.kind === 'func') return ctx.resolve(node.path).indexed;
  return false;
}

/**
 * The composite index that lets a query seek (WIRE.md §9.2): an equality on an indexed field followed by the
 * indexed field the query sorts on, or else ranges over, or else a second equality. With it SQLite jumps to the
 * equal keys, walks them in sort order and stops after `$top` rows, instead of collecting and sorting every row
 * of the equality. Built-ins other than Created/Modified/Author/Editor (ID is in every index) never take part.
 */
function seekColumns(list: ListRec, ast: FilterNode | undefined, keys: ResolvedKey[], ctx: SqlFilterContext): FieldDef[] | null {
  if (!ast) return null;
  const fieldOf = (path: string[]): FieldDef | undefined => {
    const col = ctx.resolve(path);
    if (!col.indexed || col.name === 'ID' || col.kind === 'multiid' || col.kind === 'multitext') return undefined;
    const f = findField(list, col.name);
    return f && f.indexed && f.builtin !== 'ID' ? f : undefined;
  };
  const conjuncts = flattenAnd(ast);
  const equalities: FieldDef[] = [];
  const ranges: FieldDef[] = [];
  for (const c of conjuncts) {
    if (c.kind === 'cmp' && c.value.type !== 'null' && c.op !== 'ne') {
      const f = fieldOf(c.path);
      if (f) (c.op === 'eq' ? equalities : ranges).push(f);
    } else if (c.kind === 'func' && c.name === 'startswith' && !c.negate) {
      const f = fieldOf(c.path);
      if (f) ranges.push(f);
    }
  }
  const lead = equalities[0];
  if (!lead) return null;
  const sortKey = keys[0] && keys[0].col.name !== 'ID' && keys[0].col.indexed ? findField(list, keys[0].col.name) : undefined;
  const second = [sortKey, ...ranges, ...equalities.slice(1)].find((f) => f && f.indexed && f.builtin !== 'ID' && f.id !== lead.id);
  return second ? [lead, second] : null;
}

export interface ItemsPage { rows: ItemRow[]; nextLink?: string }

export function queryItems(r: ApiRequest, list: ListRec): ItemsPage {
  const store = r.svc.store;
  const ctx = columnResolver(r, list);
  const where: string[] = [];
  const params: unknown[] = [];
  const filterText = r.query.get('$filter');
  const ast = filterText ? parseFilter(filterText) : undefined;
  if (ast) where.push(compileFilterSql(ast, ctx, params));

  const topText = r.query.get('$top');
  const top = topText === undefined ? DEFAULT_TOP : Number(topText);
  if (!Number.isInteger(top) || top < 0) throw errors.invalidQuery(`The $top query option value '${topText}' is not valid.`);
  if (top > MAX_TOP) throw errors.invalidQuery(`The $top query option value '${topText}' exceeds the maximum of ${MAX_TOP} list items per request.`);

  const order: OrderKey[] = r.query.get('$orderby') ? parseOrderBy(r.query.get('$orderby')!) : [];
  const keys: ResolvedKey[] = order.map((k) => {
    const col = ctx.resolve(k.path);
    if (col.kind === 'multiid' || col.kind === 'multitext' || col.kind === 'url') throw errors.invalidQuery(`The column '${col.name}' cannot be used in $orderby.`);
    return { col, desc: k.desc, token: col.name === 'ID' ? 'ID' : col.name };
  });
  // ID breaks ties so keyset paging is exact; it follows the last sort direction so one index walk serves it.
  if (!keys.some((k) => k.col.name === 'ID')) {
    keys.push({ col: { sql: 't.id', kind: 'number', indexed: true, name: 'ID' }, desc: keys.length ? keys[keys.length - 1].desc : false, token: 'ID' });
  }

  // The list view threshold (WIRE.md §9.1): only lists above it are checked, and only the driving
  // clause (leftmost leaf of the `and` chain, every branch of an `or`) and the sort count.
  if (list.itemCount > r.svc.threshold) {
    for (const k of keys) if (!k.col.indexed) throw errors.throttledQuery();
    if (ast) {
      const driving = drivingPredicate(ast, (a, b) => ctx.resolve(a).sql === ctx.resolve(b).sql);
      if (!leaves(driving).every((leaf) => isIndexable(leaf, ctx))) throw errors.throttledQuery();
      const p: unknown[] = [];
      const sql = compileFilterSql(driving, ctx, p);
      const n = (store.stmt(`SELECT COUNT(*) AS c FROM (SELECT 1 FROM ${list.table} t WHERE ${sql} LIMIT ${r.svc.threshold + 1})`).get(...p) as { c: number }).c;
      if (n > r.svc.threshold) throw errors.throttledQuery();
    }
  }

  // Seek like SharePoint's compound indexes (WIRE.md §9.2): the index a query needs is built on first use, and
  // the planner's statistics follow the list's growth.
  if (list.itemCount >= SEEK_MIN_ITEMS) {
    const seek = seekColumns(list, ast, keys, ctx);
    if (seek) store.ensureCompositeIndex(list, seek);
    store.analyzeIfGrown(list, SEEK_MIN_ITEMS);
  }

  const author = readRestriction(list, r.caller);
  if (author !== null) { where.push('t.author_id = ?'); params.push(author); }

  const token = parseSkipToken(r.query.get('$skiptoken'));
  if (token) {
    const values = keys.map((k) => parseTokenValue(k.col, token.get(`p_${k.token.toLowerCase()}`) ?? ''));
    if (!token.get('p_id')) throw errors.invalidQuery('The skiptoken must contain p_ID.');
    where.push(keysetSql(keys, values, params));
  }

  const orderSql = keys.map((k) => `${k.col.sql} ${k.desc ? 'DESC' : 'ASC'}`).join(', ');
  const sql = `SELECT ${ITEM_COLUMNS}${keys.map((k, i) => `, ${k.col.sql} AS k${i}`).join('')} FROM ${list.table} t` +
    `${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${orderSql} LIMIT ?`;
  const rows = store.stmt(sql).all(...params, top + 1) as (ItemRow & Record<string, unknown>)[];
  if (rows.length <= top) return { rows };
  rows.length = top;
  const last = rows[top - 1];
  if (!last) return { rows };
  const parts = ['Paged=TRUE'];
  keys.forEach((k, i) => { if (k.token !== 'ID') parts.push(`p_${k.token}=${encodeURIComponent(tokenValue(k.col, last[`k${i}`]))}`); });
  parts.push(`p_ID=${last.id}`);
  return { rows, nextLink: nextLinkFor(r, parts.join('&')) };
}

/** WIRE.md §8: absolute, original path, `%24skiptoken=Paged%3dTRUE%26p_ID%3d<n>` first, then the other options. */
function nextLinkFor(r: ApiRequest, token: string): string {
  const rest = r.url.search.replace(/^\?/, '').split('&').filter((p) => {
    if (!p) return false;
    const k = safeDecode(p.split('=')[0].replace(/\+/g, ' ')).toLowerCase();
    return k !== '$skiptoken';
  });
  const encoded = encodeURIComponent(token).replace(/%3D/g, '%3d');
  return `${r.origin}${r.url.pathname}?%24skiptoken=${encoded}${rest.length ? `&${rest.join('&')}` : ''}`;
}
