// SQLite persistence (better-sqlite3, file-backed). Lists and fields are cached in memory and written
// through; each list's items live in their own table `li_<seq>` with built-in columns plus a JSON `data`
// column keyed by InternalName. Indexed fields get real SQLite expression indexes (WIRE.md §9); queries that pair an
// equality with a range or sort on another indexed field get a composite index on first use, so they seek like
// SharePoint's compound indexes instead of sorting every row of the equality (see `ensureCompositeIndex`).
import Database from 'better-sqlite3';
import { randomBytes } from 'crypto';
import { FieldDef, ListDef, ListRec, indexSql } from './schema';
import { newGuid } from './names';
import { nowUtc } from './time';

export interface SiteRec { id: number; url: string; title: string; lcid: number; webId: string; siteId: string; created: string }

export interface SiteUserRec {
  siteId: number;
  id: number;
  upn: string;
  directoryId: string;
  title: string;
  email: string;
  jobTitle: string | null;
  department: string | null;
  created: string;
}

export interface ItemRow {
  id: number;
  uid: string;
  guid: string;
  created: string;
  modified: string;
  author_id: number;
  editor_id: number;
  version: number;
  data: string;
}

export type ChangeObject = 'item' | 'list' | 'field' | 'web';

export interface ChangeRow { seq: number; site_id: number; object: ChangeObject; type: number; list_id: string | null; item_id: number | null; uid: string | null; time: string }

export const ITEM_COLUMNS = 't.id, t.uid, t.guid, t.created, t.modified, t.author_id, t.editor_id, t.version, t.data';

export class Store {
  readonly db: Database.Database;
  private lists = new Map<number, Map<string, ListRec>>();
  private stmts = new Map<string, Database.Statement>();
  /** Composite index names known to exist, per item table. */
  private composites = new Map<string, Set<string>>();
  /** Item count of a table when it was last ANALYZEd. */
  private analyzedAt = new Map<string, number>();

  constructor(dbFile: string) {
    this.db = new Database(dbFile);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS sites (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE COLLATE NOCASE, title TEXT NOT NULL,
        lcid INTEGER NOT NULL, web_id TEXT NOT NULL, site_id TEXT NOT NULL, created TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS site_users (site_id INTEGER NOT NULL, id INTEGER NOT NULL, upn TEXT NOT NULL COLLATE NOCASE,
        directory_id TEXT NOT NULL, title TEXT NOT NULL, email TEXT NOT NULL COLLATE NOCASE, job_title TEXT, department TEXT,
        created TEXT NOT NULL, PRIMARY KEY (site_id, id), UNIQUE (site_id, upn));
      CREATE TABLE IF NOT EXISTS lists (id TEXT PRIMARY KEY, site_id INTEGER NOT NULL, seq INTEGER NOT NULL UNIQUE, def TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS fields (list_id TEXT NOT NULL, id TEXT NOT NULL, def TEXT NOT NULL, PRIMARY KEY (list_id, id));
      CREATE TABLE IF NOT EXISTS recycle_bin (id TEXT PRIMARY KEY, site_id INTEGER NOT NULL, list_id TEXT, item_id INTEGER,
        payload TEXT NOT NULL, deleted TEXT NOT NULL);
      -- Site groups, members, role assignments per scope ('web' or a list id), scopes with broken inheritance (roles.ts).
      CREATE TABLE IF NOT EXISTS site_groups (site_id INTEGER NOT NULL, id INTEGER NOT NULL, title TEXT NOT NULL COLLATE NOCASE,
        description TEXT NOT NULL, owner_title TEXT NOT NULL, created TEXT NOT NULL, associated TEXT,
        PRIMARY KEY (site_id, id), UNIQUE (site_id, title));
      CREATE TABLE IF NOT EXISTS group_members (site_id INTEGER NOT NULL, group_id INTEGER NOT NULL, user_id INTEGER NOT NULL,
        PRIMARY KEY (site_id, group_id, user_id));
      CREATE TABLE IF NOT EXISTS role_assignments (site_id INTEGER NOT NULL, scope TEXT NOT NULL, principal_id INTEGER NOT NULL,
        role_id INTEGER NOT NULL, PRIMARY KEY (site_id, scope, principal_id, role_id));
      CREATE TABLE IF NOT EXISTS unique_scopes (site_id INTEGER NOT NULL, scope TEXT NOT NULL, PRIMARY KEY (site_id, scope));
      -- The change log behind getChanges / getListItemChangesSinceToken: one row per add, update or delete (changes.ts).
      CREATE TABLE IF NOT EXISTS changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, site_id INTEGER NOT NULL, object TEXT NOT NULL,
        type INTEGER NOT NULL, list_id TEXT, item_id INTEGER, uid TEXT, time TEXT NOT NULL);
      -- Site columns a caller created (web.fields); the built-in site columns live in code (site-columns.ts).
      CREATE TABLE IF NOT EXISTS web_fields (site_id INTEGER NOT NULL, id TEXT NOT NULL, def TEXT NOT NULL, PRIMARY KEY (site_id, id));
    `);
  }

  close(): void {
    this.db.close();
  }

  /** Cached prepared statement: every hot query goes through here. */
  stmt(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      if (this.stmts.size > 2000) this.stmts.clear();
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  secret(): string {
    const row = this.stmt('SELECT value FROM meta WHERE key = ?').get('digestSecret') as { value: string } | undefined;
    if (row) return row.value;
    const value = randomBytes(32).toString('hex');
    this.stmt('INSERT INTO meta (key, value) VALUES (?, ?)').run('digestSecret', value);
    return value;
  }

  // ------------------------------------------------------------ sites

  ensureSite(url: string, title: string, lcid: number): SiteRec {
    const existing = this.stmt('SELECT * FROM sites WHERE url = ?').get(url) as Record<string, unknown> | undefined;
    if (existing) {
      this.stmt('UPDATE sites SET title = ?, lcid = ? WHERE id = ?').run(title, lcid, existing.id);
    } else {
      this.stmt('INSERT INTO sites (url, title, lcid, web_id, site_id, created) VALUES (?, ?, ?, ?, ?, ?)').run(url, title, lcid, newGuid(), newGuid(), nowUtc());
    }
    const r = this.stmt('SELECT * FROM sites WHERE url = ?').get(url) as Record<string, unknown>;
    return { id: r.id as number, url: r.url as string, title: r.title as string, lcid: r.lcid as number, webId: r.web_id as string, siteId: r.site_id as string, created: r.created as string };
  }

  // ------------------------------------------------------------ site users

  private toUser(r: Record<string, unknown> | undefined): SiteUserRec | undefined {
    if (!r) return undefined;
    return {
      siteId: r.site_id as number, id: r.id as number, upn: r.upn as string, directoryId: r.directory_id as string, title: r.title as string,
      email: r.email as string, jobTitle: (r.job_title as string) ?? null, department: (r.department as string) ?? null, created: r.created as string,
    };
  }

  userByUpn(siteId: number, upn: string): SiteUserRec | undefined {
    return this.toUser(this.stmt('SELECT * FROM site_users WHERE site_id = ? AND upn = ?').get(siteId, upn) as Record<string, unknown>);
  }

  userById(siteId: number, id: number): SiteUserRec | undefined {
    return this.toUser(this.stmt('SELECT * FROM site_users WHERE site_id = ? AND id = ?').get(siteId, id) as Record<string, unknown>);
  }

  users(siteId: number): SiteUserRec[] {
    return (this.stmt('SELECT * FROM site_users WHERE site_id = ? ORDER BY id').all(siteId) as Record<string, unknown>[]).map((r) => this.toUser(r)!);
  }

  upsertUser(siteId: number, u: Omit<SiteUserRec, 'siteId' | 'id' | 'created'>): SiteUserRec {
    const existing = this.userByUpn(siteId, u.upn);
    if (existing) {
      if (existing.title !== u.title || existing.email !== u.email || existing.jobTitle !== u.jobTitle || existing.department !== u.department) {
        this.stmt('UPDATE site_users SET title = ?, email = ?, job_title = ?, department = ?, directory_id = ? WHERE site_id = ? AND id = ?')
          .run(u.title, u.email, u.jobTitle, u.department, u.directoryId, siteId, existing.id);
      }
      return { ...existing, ...u };
    }
    // Real sites hand out small integers; the first few belong to system principals.
    // Users and site groups share the site's principal ids.
    const max = (this.stmt('SELECT MAX(id) AS m FROM (SELECT id FROM site_users WHERE site_id = ? UNION ALL SELECT id FROM site_groups WHERE site_id = ?)')
      .get(siteId, siteId) as { m: number | null }).m;
    const id = Math.max(max ?? 0, 6) + 1;
    this.stmt('INSERT INTO site_users (site_id, id, upn, directory_id, title, email, job_title, department, created) VALUES (?,?,?,?,?,?,?,?,?)')
      .run(siteId, id, u.upn, u.directoryId, u.title, u.email, u.jobTitle, u.department, nowUtc());
    return this.userById(siteId, id)!;
  }

  // ------------------------------------------------------------ lists & fields

  listsOf(siteId: number): Map<string, ListRec> {
    let map = this.lists.get(siteId);
    if (map) return map;
    map = new Map();
    const rows = this.stmt('SELECT * FROM lists WHERE site_id = ? ORDER BY seq').all(siteId) as { id: string; seq: number; def: string }[];
    for (const r of rows) {
      const fields = (this.stmt('SELECT def FROM fields WHERE list_id = ?').all(r.id) as { def: string }[])
        .map((f) => JSON.parse(f.def) as FieldDef)
        .sort((a, b) => a.order - b.order);
      const table = `li_${r.seq}`;
      const stats = this.db.prepare(`SELECT COUNT(*) AS c, MAX(modified) AS m FROM ${table}`).get() as { c: number; m: string | null };
      const def = JSON.parse(r.def) as ListDef;
      map.set(r.id, { id: r.id, siteId, seq: r.seq, table, def, fields, itemCount: stats.c, lastItemModified: stats.m ?? def.created });
    }
    this.lists.set(siteId, map);
    return map;
  }

  createList(siteId: number, def: ListDef, fields: FieldDef[]): ListRec {
    return this.transaction(() => {
      const seq = ((this.stmt('SELECT MAX(seq) AS m FROM lists').get() as { m: number | null }).m ?? 0) + 1;
      const id = newGuid();
      const table = `li_${seq}`;
      this.db.exec(`CREATE TABLE ${table} (id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL, guid TEXT NOT NULL,
        created TEXT NOT NULL, modified TEXT NOT NULL, author_id INTEGER NOT NULL, editor_id INTEGER NOT NULL,
        version INTEGER NOT NULL, data TEXT NOT NULL)`);
      // Item-level security (ReadSecurity=2) filters on the author.
      this.db.exec(`CREATE INDEX ${table}_author ON ${table} (author_id)`);
      this.stmt('INSERT INTO lists (id, site_id, seq, def) VALUES (?, ?, ?, ?)').run(id, siteId, seq, JSON.stringify(def));
      for (const f of fields) this.stmt('INSERT INTO fields (list_id, id, def) VALUES (?, ?, ?)').run(id, f.id, JSON.stringify(f));
      const rec: ListRec = { id, siteId, seq, table, def, fields, itemCount: 0, lastItemModified: def.created };
      this.logChange(siteId, 'list', 1, id);
      this.listsOf(siteId).set(id, rec);
      return rec;
    });
  }

  saveList(list: ListRec): void {
    this.stmt('UPDATE lists SET def = ? WHERE id = ?').run(JSON.stringify(list.def), list.id);
    this.logChange(list.siteId, 'list', 2, list.id);
  }

  deleteList(list: ListRec): void {
    this.transaction(() => {
      this.db.exec(`DROP TABLE IF EXISTS ${list.table}`);
      this.stmt('DELETE FROM fields WHERE list_id = ?').run(list.id);
      this.stmt('DELETE FROM lists WHERE id = ?').run(list.id);
      this.logChange(list.siteId, 'list', 3, list.id);
    });
    this.listsOf(list.siteId).delete(list.id);
    this.stmts.clear();
    this.composites.delete(list.table);
    this.analyzedAt.delete(list.table);
  }

  saveField(list: ListRec, f: FieldDef): void {
    this.stmt('INSERT INTO fields (list_id, id, def) VALUES (?, ?, ?) ON CONFLICT (list_id, id) DO UPDATE SET def = excluded.def')
      .run(list.id, f.id, JSON.stringify(f));
    this.syncIndex(list, f);
  }

  deleteField(list: ListRec, f: FieldDef): void {
    this.stmt('DELETE FROM fields WHERE list_id = ? AND id = ?').run(list.id, f.id);
    this.db.exec(`DROP INDEX IF EXISTS ${this.indexName(list, f)}`);
    this.dropCompositesOf(list, f);
    list.fields = list.fields.filter((x) => x.id !== f.id);
  }

  private indexName(list: ListRec, f: FieldDef): string {
    return `${list.table}_ix_${f.id.replace(/-/g, '')}`;
  }

  /** Indexed → real SQLite expression index (same expression the query compiler emits), else drop it. */
  private syncIndex(list: ListRec, f: FieldDef): void {
    const name = this.indexName(list, f);
    if (f.indexed && f.builtin !== 'ID') this.db.exec(`CREATE INDEX IF NOT EXISTS ${name} ON ${list.table} (${indexSql(f)})`);
    else {
      this.db.exec(`DROP INDEX IF EXISTS ${name}`);
      this.dropCompositesOf(list, f);
    }
  }

  // ------------------------------------------------------------ composite indexes and planner statistics

  private compositeName(list: ListRec, fields: FieldDef[]): string {
    return `${list.table}_cx_${fields.map((f) => f.id.replace(/-/g, '')).join('_')}`;
  }

  private compositesOf(list: ListRec): Set<string> {
    let set = this.composites.get(list.table);
    if (!set) {
      const rows = this.stmt("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?").all(list.table) as { name: string }[];
      set = new Set(rows.map((r) => r.name).filter((n) => n.startsWith(`${list.table}_cx_`)));
      this.composites.set(list.table, set);
    }
    return set;
  }

  /**
   * A composite expression index over `fields` (in that order; SQLite appends the row id, so the index is also
   * ordered by ID within equal keys, which is the service's tie-break). Created once, when a query first needs it,
   * then ANALYZEd so the planner knows what it is worth. Returns true when it was created now.
   */
  ensureCompositeIndex(list: ListRec, fields: FieldDef[]): boolean {
    const name = this.compositeName(list, fields);
    const known = this.compositesOf(list);
    if (known.has(name)) return false;
    this.db.exec(`CREATE INDEX IF NOT EXISTS ${name} ON ${list.table} (${fields.map(indexSql).join(', ')})`);
    known.add(name);
    this.analyze(list);
    return true;
  }

  private dropCompositesOf(list: ListRec, f: FieldDef): void {
    const id = f.id.replace(/-/g, '');
    const known = this.compositesOf(list);
    for (const name of [...known]) {
      if (!name.slice(`${list.table}_cx_`.length).split('_').includes(id)) continue;
      this.db.exec(`DROP INDEX IF EXISTS ${name}`);
      known.delete(name);
    }
  }

  /**
   * Planner statistics for one item table (sampled, so it stays fast on large tables). Called after a composite
   * index appears and whenever a list has doubled since its last ANALYZE (bulk loads), so SQLite keeps choosing
   * the index that seeks.
   */
  analyze(list: ListRec): void {
    this.db.pragma('analysis_limit = 1000');
    this.db.exec(`ANALYZE ${list.table}`);
    this.analyzedAt.set(list.table, list.itemCount);
  }

  /** ANALYZE when a list of at least `minItems` has never been analyzed by this process or has doubled since. */
  analyzeIfGrown(list: ListRec, minItems: number): void {
    if (list.itemCount < minItems) return;
    const at = this.analyzedAt.get(list.table);
    if (at === undefined || list.itemCount >= 2 * at) this.analyze(list);
  }

  // ------------------------------------------------------------ change log

  /** SP.ChangeType: 1 Add, 2 Update, 3 DeleteObject. `object` is 'item', 'list', 'field' or 'web'. */
  logChange(siteId: number, object: ChangeObject, type: number, listId: string | null = null, itemId: number | null = null, uid: string | null = null): void {
    this.stmt('INSERT INTO changes (site_id, object, type, list_id, item_id, uid, time) VALUES (?,?,?,?,?,?,?)').run(siteId, object, type, listId, itemId, uid, nowUtc());
  }

  changesSince(siteId: number, afterSeq: number, limit: number): ChangeRow[] {
    return this.stmt('SELECT * FROM changes WHERE site_id = ? AND seq > ? ORDER BY seq LIMIT ?').all(siteId, afterSeq, limit) as ChangeRow[];
  }

  lastChange(siteId: number): ChangeRow | undefined {
    return this.stmt('SELECT * FROM changes WHERE site_id = ? ORDER BY seq DESC LIMIT 1').get(siteId) as ChangeRow | undefined;
  }

  // ------------------------------------------------------------ site columns

  webFields(siteId: number): FieldDef[] {
    return (this.stmt('SELECT def FROM web_fields WHERE site_id = ?').all(siteId) as { def: string }[]).map((r) => JSON.parse(r.def) as FieldDef).sort((a, b) => a.order - b.order);
  }

  saveWebField(siteId: number, f: FieldDef): void {
    this.stmt('INSERT INTO web_fields (site_id, id, def) VALUES (?, ?, ?) ON CONFLICT (site_id, id) DO UPDATE SET def = excluded.def').run(siteId, f.id, JSON.stringify(f));
  }

  deleteWebField(siteId: number, id: string): void {
    this.stmt('DELETE FROM web_fields WHERE site_id = ? AND id = ?').run(siteId, id);
  }

  /** Advances a list's id counter without an item (reserveListItemId); the next add gets the id after it. */
  reserveItemId(list: ListRec): number {
    const row = this.stmt('SELECT seq FROM sqlite_sequence WHERE name = ?').get(list.table) as { seq: number } | undefined;
    const next = (row?.seq ?? 0) + 1;
    if (row) this.stmt('UPDATE sqlite_sequence SET seq = ? WHERE name = ?').run(next, list.table);
    else this.stmt('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(list.table, next);
    return next;
  }

  // ------------------------------------------------------------ items

  getItem(list: ListRec, id: number): ItemRow | undefined {
    return this.stmt(`SELECT ${ITEM_COLUMNS} FROM ${list.table} t WHERE t.id = ?`).get(id) as ItemRow | undefined;
  }

  insertItem(list: ListRec, row: Omit<ItemRow, 'id'>): number {
    const r = this.stmt(`INSERT INTO ${list.table} (uid, guid, created, modified, author_id, editor_id, version, data) VALUES (?,?,?,?,?,?,?,?)`)
      .run(row.uid, row.guid, row.created, row.modified, row.author_id, row.editor_id, row.version, row.data);
    list.itemCount++;
    list.lastItemModified = row.modified;
    const id = Number(r.lastInsertRowid);
    this.logChange(list.siteId, 'item', 1, list.id, id, row.uid);
    return id;
  }

  updateItem(list: ListRec, row: ItemRow): void {
    this.stmt(`UPDATE ${list.table} SET modified = ?, editor_id = ?, version = ?, data = ? WHERE id = ?`).run(row.modified, row.editor_id, row.version, row.data, row.id);
    list.lastItemModified = row.modified;
    this.logChange(list.siteId, 'item', 2, list.id, row.id, row.uid);
  }

  deleteItem(list: ListRec, row: ItemRow, recycle: boolean): string {
    const binId = newGuid();
    if (recycle) {
      this.stmt('INSERT INTO recycle_bin (id, site_id, list_id, item_id, payload, deleted) VALUES (?,?,?,?,?,?)')
        .run(binId, list.siteId, list.id, row.id, JSON.stringify(row), nowUtc());
    }
    this.stmt(`DELETE FROM ${list.table} WHERE id = ?`).run(row.id);
    this.logChange(list.siteId, 'item', 3, list.id, row.id, row.uid);
    list.itemCount--;
    list.lastItemModified = nowUtc();
    return binId;
  }
}
