/**
 * Privacy: how long situation records and feedback are kept (ACSettings `retention.situationRecords.months` and
 * `retention.feedback.months`, default 24), the dry run that lists what is older, and the site owner's purge that
 * deletes or anonymises exactly those items.
 *
 * Reads are date-first: the oldest item by the indexed ACDate, then one calendar month at a time up to the cut-off,
 * so no query meets the list view threshold however long the lists grow. Writes go in `$batch` chunks, each item
 * with the etag it was read with: an item changed since the dry run fails alone and is reported, never overwritten.
 */
import { IsoDate } from '../../domain/dates';
import { RETENTION_DEFAULT_MONTHS, isOlderThanRetention, monthSlices, parseRetentionMonths, retentionCutoff } from '../../domain/retention';
import type { Feedback, Setting, SituationRecord } from '../../domain/types';
import { DataError, DataErrorKind } from '../errors';
import { f } from '../odata';
import type { Repository, Services } from '../ports';

export type RetentionList = 'situationRecords' | 'feedback';
export const RETENTION_LISTS: readonly RetentionList[] = ['situationRecords', 'feedback'];

export const RETENTION_SETTINGS: Readonly<Record<RetentionList, string>> = {
  situationRecords: 'retention.situationRecords.months',
  feedback: 'retention.feedback.months',
};

/**
 * What anonymising writes over a free text. Neutral and short; it also satisfies the required text columns, so the
 * item keeps its date, account, category or kind and status for the statistics.
 */
export const ANONYMISED_MARKER = '[anonymisoitu]';

/** The retention per list from the settings rows; a missing or invalid value is the default. */
export function retentionMonths(settings: readonly Setting[]): Record<RetentionList, number> {
  const read = (key: string): number => parseRetentionMonths(settings.find((s) => s.key === key)?.value) ?? RETENTION_DEFAULT_MONTHS;
  return { situationRecords: read(RETENTION_SETTINGS.situationRecords), feedback: read(RETENTION_SETTINGS.feedback) };
}

export async function loadRetention(services: Services): Promise<{ months: Record<RetentionList, number>; settings: Setting[] }> {
  const settings = await services.repos.settings.find({ top: 500 });
  return { months: retentionMonths(settings), settings };
}

/** Saves one list's retention (an owner's setting): updates its row with the etag it was read with, or adds it. */
export async function saveRetention(services: Services, list: RetentionList, months: number, settings: readonly Setting[]): Promise<void> {
  const value = parseRetentionMonths(String(months));
  if (value === undefined) throw new RangeError(`Retention must be 1–120 months, not ${months}`);
  const key = RETENTION_SETTINGS[list];
  const row = settings.find((s) => s.key === key);
  if (row) await services.repos.settings.update(row.id, { value: String(value) }, row.etag!);
  else await services.repos.settings.add({ key, value: String(value), clientKey: `settings:${key}` });
}

export interface PurgeCandidate {
  id: number;
  etag: string;
  date: IsoDate;
  accountId?: number;
  /** The account's abbreviation, when the item names one the reader can see. */
  account?: string;
  /** The first words of the free text, plain, for the owner to recognise the item. */
  preview: string;
  /** Its free texts already read as the marker: anonymising again has nothing to do. */
  anonymised: boolean;
  /** The free-text properties that hold something (anonymising marks these; an empty one stays empty). */
  filled: string[];
}

export interface PurgeListPlan {
  list: RetentionList;
  months: number;
  /** Items dated before this day are older than the retention. */
  cutoff: IsoDate;
  items: PurgeCandidate[];
}

export interface PurgePlan {
  today: IsoDate;
  lists: PurgeListPlan[];
}

const PREVIEW_LENGTH = 80;

export function preview(text: string | undefined): string {
  const plain = (text ?? '').replace(/\s+/g, ' ').trim();
  return plain.length <= PREVIEW_LENGTH ? plain : `${plain.slice(0, PREVIEW_LENGTH - 1).trimEnd()}…`;
}

type Record_ = SituationRecord | Feedback;
const freeTextOf = (list: RetentionList, item: Record_): string => (list === 'situationRecords' ? (item as SituationRecord).situation : (item as Feedback).text);

function repoOf(services: Services, list: RetentionList): Repository<Record_> {
  return services.repos[list] as unknown as Repository<Record_>;
}

/** Only the site's owners purge: SharePoint says who they are (site collection administrators). */
async function requireOwner(services: Services): Promise<void> {
  const me = await services.site.currentUser();
  if (!me.isSiteAdmin) throw new DataError('accessDenied', 'Only a site owner may purge records', { status: 403 });
}

/** Everything dated before `cutoff`: the oldest date first (indexed sort), then month by month. */
async function olderThan(repo: Repository<Record_>, cutoff: IsoDate): Promise<Record_[]> {
  const oldest = await repo.find({ filter: f.lt('date', cutoff), orderBy: [{ prop: 'date' }], top: 1 });
  if (!oldest.length) return [];
  const out: Record_[] = [];
  for (const slice of monthSlices(oldest[0].date, cutoff)) {
    out.push(...(await repo.all({ filter: f.and(f.ge('date', slice.from), f.lt('date', slice.to)) })));
  }
  return out;
}

/** The dry run: per list, exactly the items a purge on `today` would touch. Nothing is changed. */
export async function planPurge(services: Services, today: IsoDate): Promise<PurgePlan> {
  await requireOwner(services);
  const [{ months }, accounts] = await Promise.all([loadRetention(services), services.repos.accounts.find({ top: 500 })]);
  const abbreviation = new Map(accounts.map((a) => [a.id, a.abbreviation]));
  const lists: PurgeListPlan[] = [];
  for (const list of RETENTION_LISTS) {
    const cutoff = retentionCutoff(today, months[list]);
    const found = (await olderThan(repoOf(services, list), cutoff)).filter((x) => isOlderThanRetention(x.date, cutoff));
    found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
    lists.push({
      list,
      months: months[list],
      cutoff,
      items: found.map((x) => ({
        id: x.id,
        etag: x.etag!,
        date: x.date,
        accountId: x.accountId,
        account: x.accountId !== undefined ? abbreviation.get(x.accountId) : undefined,
        preview: preview(freeTextOf(list, x)),
        anonymised: isAnonymised(list, x),
        filled: FREE_TEXTS[list].filter((p) => !!(x as unknown as Record<string, unknown>)[p]),
      })),
    });
  }
  return { today, lists };
}

/** The free texts that may name people (the customer's, a colleague's); the rest are choices, dates and flags. */
const FREE_TEXTS: Readonly<Record<RetentionList, readonly string[]>> = {
  situationRecords: ['situation', 'solution'],
  feedback: ['text', 'reaction', 'reasonOther'],
};

function isAnonymised(list: RetentionList, item: Record_): boolean {
  const values = item as unknown as Record<string, unknown>;
  const handlerGone = list === 'situationRecords' || !(item as Feedback).handler;
  return handlerGone && FREE_TEXTS[list].every((p) => !values[p] || values[p] === ANONYMISED_MARKER);
}

/**
 * The anonymising patch: every free text that holds something becomes the marker and the handler is cleared.
 * The recorder stays: it is a required column, and SharePoint keeps the item's author (Created By, which the
 * own-items rule of situation records reads) whatever the columns say, so only deleting removes who filed it.
 */
function anonymisedPatch(list: RetentionList, item: PurgeCandidate): Record<string, unknown> {
  const patch: Record<string, unknown> = Object.fromEntries(item.filled.map((p) => [p, ANONYMISED_MARKER]));
  if (list === 'feedback') patch.handler = null;
  return patch;
}

export type PurgeMode = 'delete' | 'anonymise';

export interface PurgeFailure {
  list: RetentionList;
  id: number;
  kind: DataErrorKind;
}

export interface PurgeReport {
  mode: PurgeMode;
  /** Items deleted or anonymised, per list. */
  done: Record<RetentionList, number>;
  /** Already anonymised items an anonymising run left as they were. */
  skipped: Record<RetentionList, number>;
  /** Items that could not be changed (changed since the dry run: 'conflict'; already gone: 'notFound'; …). */
  failed: PurgeFailure[];
}

/** Writes per `$batch`: small enough that one slow batch does not hold the page for long. */
export const PURGE_CHUNK = 50;

/** Deletes or anonymises the items of a dry run. Each item goes with the etag it was listed with. */
export async function purge(services: Services, plan: PurgePlan, mode: PurgeMode): Promise<PurgeReport> {
  await requireOwner(services);
  const report: PurgeReport = { mode, done: { situationRecords: 0, feedback: 0 }, skipped: { situationRecords: 0, feedback: 0 }, failed: [] };
  for (const part of plan.lists) {
    const todo = part.items.filter((x) => mode === 'delete' || !x.anonymised);
    report.skipped[part.list] += part.items.length - todo.length;
    for (let i = 0; i < todo.length; i += PURGE_CHUNK) {
      const chunk = todo.slice(i, i + PURGE_CHUNK);
      const results = await services.batch((repos) => {
        const repo = repos[part.list] as unknown as Repository<Record_>;
        const started: Record<string, Promise<unknown>> = {};
        for (const item of chunk) {
          started[String(item.id)] = mode === 'delete' ? repo.remove(item.id, item.etag) : repo.update(item.id, anonymisedPatch(part.list, item) as never, item.etag);
        }
        return started;
      });
      for (const item of chunk) {
        const r = results[String(item.id)];
        if (r.ok) report.done[part.list]++;
        else report.failed.push({ list: part.list, id: item.id, kind: r.error.kind });
      }
    }
  }
  return report;
}
