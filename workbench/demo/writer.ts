/**
 * Writes demo items through the product's own repositories, idempotently and in `$batch` chunks.
 *
 * Every demo item carries a stable client key (`demo:<org>:<list>:<name>`). Before adding, the writer reads the
 * keys already on the list (one threshold-safe query on the indexed, unique ACClientKey column) and adds only
 * the missing ones, so a re-run, or a run resumed after a crash, never duplicates anything and still returns
 * the ids that later lookups need.
 */
import '@pnp/sp/batching';
import type { SPFI } from '@pnp/sp';
import type { ClockOccurrence, Draft } from '../../src/domain/types';
import { f } from '../../src/data/odata';
import type { EntityByList, Services } from '../../src/data/ports';
import { createRepositories } from '../../src/data/sp/createServices';
import type { ListKey } from '../../src/data/schema/types';

export type DemoDraft<K extends ListKey> = Draft<EntityByList[K]> & { clientKey: string };

export interface WriterOptions {
  /** Items per `sp.batched()` (PnPjs sends them as ≤ 20-request `$batch` POSTs). */
  chunkSize?: number;
  log?: (m: string) => void;
  /**
   * The site as another user, for items whose author matters: SharePoint's "own items only" rules (ReadSecurity /
   * WriteSecurity 2) key on the author, so a manager's absence entered by the site owner could not be changed by
   * the manager, nor a recorder's situation record read by the recorder.
   */
  asUser?: (upn: string) => SPFI;
  /**
   * Topping up a site seeded by an older demo version: an item already there gets the draft's fields that it lacks
   * (undefined on the item), written with its etag; fields it has are left as they are.
   */
  fillMissingFields?: boolean;
}

/** Who enters a draft (their sign-in name); undefined: the site owner who runs the seed. */
export type AuthorOf<K extends ListKey> = (draft: DemoDraft<K>) => string | undefined;

export class DemoWriter {
  public added = 0;
  public skipped = 0;
  /** Items already there that got the fields they lacked (fillMissingFields). */
  public filled = 0;
  private readonly chunkSize: number;
  private readonly log: (m: string) => void;
  private readonly asUser?: (upn: string) => SPFI;
  private readonly fillMissingFields: boolean;

  public constructor(
    private readonly sp: SPFI,
    public readonly services: Services,
    /** Client-key prefix of this organisation's demo items, e.g. `demo:ork:`. */
    public readonly prefix: string,
    opts: WriterOptions = {},
  ) {
    this.chunkSize = opts.chunkSize ?? 200;
    this.log = opts.log ?? (() => undefined);
    this.asUser = opts.asUser;
    this.fillMissingFields = opts.fillMissingFields ?? false;
  }

  /** The demo items already on a list, by client key. */
  public async existing<K extends ListKey>(key: K, prefix = this.prefix): Promise<Map<string, EntityByList[K]>> {
    const repo = this.services.repos[key];
    const items = (await repo.all({ filter: f.startsWith('clientKey', prefix) })) as EntityByList[K][];
    const out = new Map<string, EntityByList[K]>();
    for (const item of items) if (item.clientKey) out.set(item.clientKey, item);
    return out;
  }

  /**
   * Adds the drafts whose client key is not on the list yet. Returns every draft's item (existing or new) by
   * client key. Validation runs in the repository for each draft before anything is sent.
   */
  /**
   * `prefix` (default the organisation's) is for items whose client key the product itself defines, e.g. survey
   * responses (`resp:<survey>:<account>:<respondent>`, one per respondent): the demo's answers keep the same keys.
   */
  public async addAll<K extends ListKey>(key: K, drafts: DemoDraft<K>[], authorOf?: AuthorOf<K>, prefix = this.prefix): Promise<Map<string, EntityByList[K]>> {
    const seen = new Set<string>();
    for (const d of drafts) {
      if (!d.clientKey.startsWith(prefix)) throw new Error(`${key}: client key ${d.clientKey} lacks the prefix ${prefix}`);
      if (seen.has(d.clientKey)) throw new Error(`${key}: duplicate client key ${d.clientKey} in the demo data`);
      seen.add(d.clientKey);
    }
    const result = await this.existing(key, prefix);
    const missing = drafts.filter((d) => !result.has(d.clientKey));
    this.skipped += drafts.length - missing.length;
    if (this.fillMissingFields) await this.fillIn(key, drafts, result);
    // One run of chunks per author, each author's items written as that user (undefined: the site owner).
    const byAuthor = new Map<string | undefined, DemoDraft<K>[]>();
    for (const d of missing) {
      const upn = authorOf?.(d);
      byAuthor.set(upn, [...(byAuthor.get(upn) ?? []), d]);
    }
    for (const [upn, drafts] of byAuthor) {
      if (upn && !this.asUser) throw new Error(`${key}: items authored by ${upn} need the writer's asUser option`);
      await this.addChunks(key, drafts, upn ? this.asUser!(upn) : this.sp, result);
    }
    if (missing.length) this.log(`${key}: added ${missing.length}${drafts.length > missing.length ? `, ${drafts.length - missing.length} already there` : ''}`);
    return result;
  }

  private async fillIn<K extends ListKey>(key: K, drafts: DemoDraft<K>[], have: Map<string, EntityByList[K]>): Promise<void> {
    const repo = this.services.repos[key] as unknown as { update(id: number, patch: Record<string, unknown>, etag: string): Promise<string> };
    const fields = new Set<string>();
    let n = 0;
    for (const d of drafts) {
      const item = have.get(d.clientKey) as unknown as (Record<string, unknown> & { id: number; etag: string }) | undefined;
      if (!item) continue;
      const patch = Object.fromEntries(Object.entries(d).filter(([k, v]) => v !== undefined && item[k] === undefined && k !== 'clientKey'));
      if (!Object.keys(patch).length) continue;
      const etag = await repo.update(item.id, patch, item.etag);
      // Later steps look items up in the result: they see the item as it is now.
      have.set(d.clientKey, { ...item, ...patch, etag } as unknown as EntityByList[K]);
      Object.keys(patch).forEach((k) => fields.add(k));
      n++;
    }
    this.filled += n;
    if (n) this.log(`${key}: filled in ${[...fields].join(', ')} on ${n} items`);
  }

  private async addChunks<K extends ListKey>(key: K, missing: DemoDraft<K>[], sp: SPFI, result: Map<string, EntityByList[K]>): Promise<void> {
    for (let i = 0; i < missing.length; i += this.chunkSize) {
      const chunk = missing.slice(i, i + this.chunkSize);
      // Validate the whole chunk first: a bad draft must fail before the batch is sent, not half-way through it.
      for (const d of chunk) this.services.repos[key].validate(d as unknown as Record<string, unknown>);
      const [batched, execute] = sp.batched();
      const repo = createRepositories(batched)[key];
      const started = chunk.map((d) =>
        (repo.add as (draft: DemoDraft<K>) => Promise<EntityByList[K]>)(d).then(
          (item) => ({ ok: true as const, item }),
          (error: unknown) => ({ ok: false as const, error, clientKey: d.clientKey }),
        ),
      );
      await execute();
      const settled = await Promise.all(started);
      const failed = settled.filter((s) => !s.ok) as { ok: false; error: unknown; clientKey: string }[];
      for (const s of settled) if (s.ok) result.set(s.item.clientKey as string, s.item);
      if (failed.length) {
        const first = failed[0];
        const msg = first.error instanceof Error ? first.error.message : String(first.error);
        throw new Error(`${key}: ${failed.length} of ${chunk.length} adds failed; first ${first.clientKey}: ${msg}`);
      }
      this.added += chunk.length;
    }
  }
}

/** Looks a client key up in an addAll result; throws with a clear message when the demo data is inconsistent. */
export function idOf(map: Map<string, { id: number }>, clientKey: string): number {
  const item = map.get(clientKey);
  if (!item) throw new Error(`Demo data refers to ${clientKey}, which was not created`);
  return item.id;
}

/** What the steps of a seed have written so far: each list's items by client key. */
export type Written = { [K in ListKey]?: Map<string, EntityByList[K]> };

/** One list's demo items, built from what earlier phases wrote. */
export interface SeedStep {
  list: ListKey;
  build: (written: Written) => DemoDraft<ListKey>[];
  author?: AuthorOf<ListKey>;
  /** The client-key prefix, when not the organisation's (see `DemoWriter.addAll`). */
  prefix?: string;
}

/** A step writing `list` (typed here; kept in a plain array by `runSteps`). */
export function step<K extends ListKey>(list: K, build: (written: Written) => DemoDraft<K>[], opts: { author?: AuthorOf<K>; prefix?: string } = {}): SeedStep {
  return { list, build: build as unknown as SeedStep['build'], author: opts.author as unknown as AuthorOf<ListKey> | undefined, prefix: opts.prefix };
}

/**
 * Runs a seed's steps phase by phase. Within a phase the drafts are built in the order given (so a seeded random
 * sequence is drawn in the same order on every run), then the phase's lists are written in parallel; the next
 * phase sees their items (for lookups) in `written`.
 */
export async function runSteps(w: DemoWriter, phases: SeedStep[][]): Promise<Written> {
  const written: Written = {};
  for (const phase of phases) {
    const built = phase.map((s) => ({ list: s.list, drafts: s.build(written), author: s.author, prefix: s.prefix }));
    const results = await Promise.all(built.map((b) => w.addAll(b.list, b.drafts, b.author, b.prefix)));
    built.forEach((b, i) => ((written as Record<string, unknown>)[b.list] = results[i]));
  }
  return written;
}

/** The id of an item an earlier phase wrote (see `idOf`). */
export function writtenId(written: Written, list: ListKey, clientKey: string): number {
  const map = written[list];
  if (!map) throw new Error(`Demo step needs ${list}, which no earlier phase wrote`);
  return idOf(map as Map<string, { id: number }>, clientKey);
}

/**
 * Writes a clock's generated occurrences through the repository (validation and all) in `$batch` chunks. Their client
 * keys are the generator's (`clock:<template>:…`, see `occurrenceKey`), not the demo writer's prefix, so generating
 * the same year on the demo site finds them. The keys already on the list are read first (one query on the indexed,
 * unique ACClientKey) and only the missing ones are added: a re-run never duplicates anything.
 */
export async function writeClockOccurrences(
  ctx: { w: DemoWriter; log: (m: string) => void },
  template: string,
  drafts: Array<Draft<ClockOccurrence> & { clientKey: string }>,
): Promise<void> {
  const services = ctx.w.services;
  const have = new Set((await services.repos.clockCompletions.all({ filter: f.startsWith('clientKey', `clock:${template}:`) })).map((o) => o.clientKey));
  const missing = drafts.filter((d) => !have.has(d.clientKey));
  for (const d of missing) services.repos.clockCompletions.validate(d as unknown as Record<string, unknown>);
  for (let i = 0; i < missing.length; i += 200) {
    const chunk = missing.slice(i, i + 200);
    const results = await services.batch((repos) => Object.fromEntries(chunk.map((d, k) => [String(k), repos.clockCompletions.add(d)])));
    const failed = Object.values(results).filter((x) => !x.ok);
    if (failed.length) throw new Error(`clockCompletions: ${failed.length} of ${chunk.length} adds failed: ${(failed[0] as { error: Error }).error.message}`);
  }
  ctx.w.added += missing.length;
  ctx.w.skipped += drafts.length - missing.length;
  if (missing.length) ctx.log(`clockCompletions (${template}): added ${missing.length}`);
}
