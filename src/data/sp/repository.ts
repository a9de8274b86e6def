/**
 * One PnPjs v4 repository per list, driven by the schema. What every list gets for free:
 * - reads with an explicit `$select`, people expanded, threshold-safe filters (first clause on an indexed column);
 * - the async iterator for paging (v4 has no getAll);
 * - validation before any write;
 * - the etag on every update and delete (never "*"), a 412 surfacing as DataError('conflict') — unless the item
 *   already holds exactly what was sent (our own write landed and only its answer was lost: see landedEtag);
 * - a client key on creates: PnPjs retries a throttled POST, and if the first attempt had landed the retry
 *   hits the unique key, so we return the twin instead of creating a duplicate.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { SPFI } from '@pnp/sp';
import type { IItems } from '@pnp/sp/items';
import { Draft, Entity } from '../../domain/types';
import { newClientKey } from '../clientKey';
import { DataError, ValidationError, classifyError } from '../errors';
import { Filter, OrderBy, columnFor, f, toODataFilter, toODataOrderBy } from '../odata';
import { validateValues } from '../schema/validate';
import { ListDef } from '../schema/types';
import { Row, entityToRow, rowToEntity, selectFor } from './mapper';
import type { ListRights, Query, Repository } from '../ports';

/** SP.PermissionKind bits of EffectiveBasePermissions.Low: AddListItems (2), EditListItems (3), CancelCheckout (9, "Override List Behaviors"). */
const ADD_LIST_ITEMS = 1 << 1;
const EDIT_LIST_ITEMS = 1 << 2;
const OVERRIDE_LIST_BEHAVIORS = 1 << 8;

/** SharePoint's page size limit for one `$top`. */
export const MAX_PAGE = 5000;


function firstLeaf(filter: Filter): Filter[] {
  if (filter.op === 'and') return firstLeaf(filter.items[0]);
  if (filter.op === 'or') return filter.items.flatMap(firstLeaf);
  return [filter];
}

function isIndexedProp(list: ListDef, prop: string): boolean {
  if (prop === 'id') return true;
  const col = columnFor(list, prop);
  return !!col.field?.indexed;
}

/**
 * Guards the 5,000-item list view threshold at the source: a query must open with a clause on an indexed
 * column and sort only on indexed columns. A violation is a programming error, caught in tests, not in
 * production when the list grows.
 */
export function assertThresholdSafe(list: ListDef, query: Query): void {
  if (query.filter) {
    for (const leaf of firstLeaf(query.filter)) {
      if ('prop' in leaf && !isIndexedProp(list, leaf.prop)) {
        throw new Error(`${list.title}: the first filter clause must use an indexed column, not '${leaf.prop}'`);
      }
    }
  }
  for (const o of query.orderBy ?? []) {
    if (!isIndexedProp(list, o.prop)) throw new Error(`${list.title}: cannot sort on non-indexed '${o.prop}'`);
  }
}

export class ListRepository<T extends Entity> implements Repository<T> {
  public readonly list: ListDef;
  private readonly sp: SPFI;
  private readonly projection: { select: string[]; expand: string[] };

  public constructor(sp: SPFI, list: ListDef) {
    this.sp = sp;
    this.list = list;
    this.projection = selectFor(list);
  }

  private items(): IItems {
    return this.sp.web.lists.getByTitle(this.list.title).items;
  }

  private shaped(query: Query, top: number): IItems {
    assertThresholdSafe(this.list, query);
    // A narrow read names its columns (people as their ids, nothing expanded); every other read gets the full shape.
    const projection = query.select ? { select: ['Id', ...query.select.map((p) => columnFor(this.list, p).path)], expand: [] } : this.projection;
    let items = this.items()
      .select(...projection.select)
      .expand(...projection.expand)
      .top(top);
    if (query.filter) items = items.filter(toODataFilter(this.list, query.filter));
    for (const o of query.orderBy ?? []) items = items.orderBy(...toODataOrderBy(this.list, o as OrderBy));
    return items;
  }

  private fail(e: unknown): never {
    throw classifyError(e, this.list.title);
  }

  // Reads start their request synchronously (no await before the call), so they can join a $batch.
  public get(id: number): Promise<T> {
    return this.items()
      .getById(id)
      .select(...this.projection.select)
      .expand(...this.projection.expand)()
      .then((row: Row) => rowToEntity<T>(this.list, row))
      .catch((e) => this.fail(e));
  }

  public find(query: Query = {}): Promise<T[]> {
    const top = Math.min(query.top ?? 500, MAX_PAGE);
    return this.shaped(query, top)()
      .then((rows: Row[]) => rows.map((r) => rowToEntity<T>(this.list, r)))
      .catch((e) => this.fail(e));
  }

  public async *pages(query: Query = {}, pageSize = 1000): AsyncIterable<T[]> {
    try {
      for await (const rows of this.shaped(query, Math.min(pageSize, MAX_PAGE))) {
        yield (rows as Row[]).map((r) => rowToEntity<T>(this.list, r));
      }
    } catch (e) {
      this.fail(e);
    }
  }

  public async all(query: Query = {}): Promise<T[]> {
    const out: T[] = [];
    for await (const page of this.pages(query)) out.push(...page);
    return out;
  }

  public canEdit(): Promise<boolean> {
    return this.rights().then((r) => r.edit);
  }

  public rights(): Promise<ListRights> {
    return this.sp.web.lists
      .getByTitle(this.list.title)
      .select('EffectiveBasePermissions')()
      .then((l: { EffectiveBasePermissions?: { Low?: string | number } }) => {
        const low = Number(l.EffectiveBasePermissions?.Low ?? 0);
        const edit = (low & EDIT_LIST_ITEMS) !== 0;
        return { add: (low & ADD_LIST_ITEMS) !== 0, edit, editOthers: edit && (low & OVERRIDE_LIST_BEHAVIORS) !== 0 };
      })
      .catch((e) => this.fail(e));
  }

  public async findByClientKey(key: string): Promise<T | undefined> {
    const found = await this.find({ filter: f.eq('clientKey', key), top: 1 });
    return found[0];
  }

  public validate(values: Record<string, unknown>, partial = false): void {
    const problems = validateValues(this.list, values, partial);
    if (problems.length) throw new ValidationError(problems);
  }

  public async add(draft: Draft<T>): Promise<T> {
    const values = { ...(draft as Record<string, unknown>) };
    if (this.list.fields.some((x) => x.prop === 'clientKey') && !values.clientKey) values.clientKey = newClientKey();
    this.validate(values);
    const body = entityToRow(this.list, values);
    try {
      const row = (await this.items().add(body)) as Row;
      return rowToEntity<T>(this.list, row);
    } catch (e) {
      const err = classifyError(e, this.list.title);
      if (err.kind === 'duplicate' && typeof values.clientKey === 'string') {
        // The same create already landed (a retried POST, or the user pressed save twice): return it.
        const twin = await this.findByClientKey(values.clientKey);
        if (twin) return twin;
      }
      throw err;
    }
  }

  public async update(id: number, patch: Partial<Draft<T>>, etag: string): Promise<string> {
    if (!etag || etag === '*') throw new DataError('unknown', `${this.list.title}: an update needs the etag it was read with`);
    this.validate(patch as Record<string, unknown>, true);
    const body = entityToRow(this.list, patch as Record<string, unknown>);
    try {
      const result = await this.items().getById(id).update(body, etag);
      return (result as { etag?: string }).etag || etag;
    } catch (e) {
      const err = classifyError(e, this.list.title);
      if (err.kind === 'conflict') {
        const landed = await this.landedEtag(id, patch as Record<string, unknown>, body);
        if (landed) return landed;
      }
      throw err;
    }
  }

  /**
   * A 412 is not always someone else's edit: when the answer to a MERGE that had landed is lost (a 503 or a
   * dropped connection after the write), PnPjs retries it with the old etag and SharePoint answers 412. Read the
   * item again: when it holds exactly the values this update sent, the write is ours and the save succeeded
   * (returns the fresh etag). Anything else, or a failed read, stays a conflict.
   */
  private async landedEtag(id: number, patch: Record<string, unknown>, sent: Row): Promise<string | undefined> {
    let fresh: T;
    try {
      fresh = await this.get(id);
    } catch {
      return undefined;
    }
    const now = fresh as unknown as Record<string, unknown>;
    const stored = entityToRow(this.list, Object.fromEntries(Object.keys(patch).map((k) => [k, now[k]])));
    const same = Object.keys(sent).every((k) => JSON.stringify(stored[k] ?? null) === JSON.stringify(sent[k] ?? null));
    return same && fresh.etag ? fresh.etag : undefined;
  }

  public async remove(id: number, etag: string): Promise<void> {
    if (!etag || etag === '*') throw new DataError('unknown', `${this.list.title}: a delete needs the etag it was read with`);
    try {
      await this.items().getById(id).delete(etag);
    } catch (e) {
      this.fail(e);
    }
  }
}
