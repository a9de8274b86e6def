/**
 * The team meeting (tiimipalaveri; seed 004: the monthly meeting goes through the situation records and feedback so
 * that leadership sees what customers struggle with): its first screen in ONE `$batch`, marking an item reviewed, and
 * the feedback summary.
 *
 * Threshold safety: the review lists open with the indexed ACForReview (`forReview eq true and reviewed eq false`:
 * only what someone brought to the meeting), the conflict contacts with the indexed ACDate (the last half-year);
 * the summary reads the period and the one before it in month slices on the indexed ACDate, each well under 5,000
 * items even at 100,000 feedback items, and a slice the threshold refuses is read again in halves.
 *
 * SharePoint decides what anyone reads: ACSituationRecords has ReadSecurity 2, so staff and managers get only the
 * records they filed, while supervisors and leadership (Design: Override List Behaviors) get all.
 */
import { addDays, compareIsoDates, IsoDate } from '../../domain/dates';
import { monthSlices, Period, PeriodCounts, previousCounts, previousPeriod, summarizeFeedback, FeedbackSummary } from '../../domain/feedbackSummary';
import type { Account, Feedback, SituationRecord } from '../../domain/types';
import { DataError } from '../errors';
import { f } from '../odata';
import type { ListRights, Repositories, Services, Settled, SiteUser } from '../ports';

/** Conflict contacts (ristiriitainen asiakaskontakti) are always on the agenda: those of the last half-year not yet reviewed. */
export const CONFLICT_DAYS = 183;
const PAGE = 5000;

export type ReviewList = 'situationRecords' | 'feedback';

export interface ReviewRights extends ListRights {
  /** The rights could not be read: the view offers marking and SharePoint answers. */
  unknown?: boolean;
}

export interface TeamReviewData {
  today: IsoDate;
  me: SiteUser;
  accounts: Account[];
  /** Records brought to the meeting and the conflict contacts, not yet reviewed, newest first. */
  records: SituationRecord[];
  feedback: Feedback[];
  /** A list the user cannot read (no access, not provisioned): that part says so, the rest shows. */
  recordsError?: DataError;
  feedbackError?: DataError;
  recordRights: ReviewRights;
  feedbackRights: ReviewRights;
  /** The user reads only the situation records they filed (SharePoint's ReadSecurity without Override List Behaviors). */
  ownRecordsOnly: boolean;
}

const newestFirst = <T extends { date: IsoDate; id: number }>(a: T, b: T): number => compareIsoDates(b.date, a.date) || b.id - a.id;
const rightsOf = (r: Settled<ListRights>): ReviewRights => (r.ok ? r.value : { add: true, edit: true, editOthers: true, unknown: true });

export async function loadTeamReview(services: Services, today: IsoDate): Promise<TeamReviewData> {
  const forReview = f.and(f.eq('forReview', true), f.eq('reviewed', false));
  const r = await services.batch((repos, site) => ({
    me: site.currentUser(),
    accounts: repos.accounts.find({ filter: f.eq('active', true), top: PAGE }),
    records: repos.situationRecords.find({ filter: forReview, top: PAGE }),
    conflicts: repos.situationRecords.find({
      filter: f.and(f.ge('date', addDays(today, -CONFLICT_DAYS)), f.eq('category', 'conflict'), f.eq('reviewed', false)),
      top: PAGE,
    }),
    feedback: repos.feedback.find({ filter: forReview, top: PAGE }),
    recordRights: repos.situationRecords.rights(),
    feedbackRights: repos.feedback.rights(),
  }));
  if (!r.me.ok) throw r.me.error;
  if (!r.accounts.ok) throw r.accounts.error;
  let records: SituationRecord[] = [];
  let recordsError: DataError | undefined;
  if (r.records.ok && r.conflicts.ok) {
    const byId = new Map<number, SituationRecord>();
    for (const x of [...r.records.value, ...r.conflicts.value]) byId.set(x.id, x);
    records = [...byId.values()].sort(newestFirst);
  } else recordsError = !r.records.ok ? r.records.error : !r.conflicts.ok ? r.conflicts.error : undefined;
  const recordRights = rightsOf(r.recordRights);
  return {
    today,
    me: r.me.value,
    accounts: r.accounts.value,
    records,
    recordsError,
    feedback: r.feedback.ok ? [...r.feedback.value].sort(newestFirst) : [],
    feedbackError: r.feedback.ok ? undefined : r.feedback.error,
    recordRights,
    feedbackRights: rightsOf(r.feedbackRights),
    ownRecordsOnly: !recordRights.unknown && !recordRights.editOthers,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Marking reviewed

export type MarkResult<T> =
  /** Marked now; `item` holds what SharePoint has (their other changes included when the etag had moved on). */
  | { kind: 'reviewed'; item: T }
  /** Someone else marked it first: done all the same. */
  | { kind: 'alreadyReviewed'; item: T };

/**
 * Marks a record or feedback reviewed. The item is read first: one someone else already marked counts as done and
 * says so (a stale etag alone cannot tell: the repository takes a 412 on an item that already holds what was sent
 * for its own landed retry). The mark goes with the fresh etag and touches only `reviewed`, so it never overwrites
 * another change; a 412 in between reads again and decides the same way.
 */
export async function markReviewed<T extends SituationRecord | Feedback>(services: Services, list: ReviewList, item: T): Promise<MarkResult<T>> {
  const repo = services.repos[list] as unknown as Repositories['feedback'];
  const attempt = async (retry: boolean): Promise<MarkResult<T>> => {
    const fresh = (await repo.get(item.id)) as unknown as T;
    if (fresh.reviewed) return { kind: 'alreadyReviewed', item: fresh };
    try {
      const etag = await repo.update(fresh.id, { reviewed: true }, fresh.etag);
      return { kind: 'reviewed', item: { ...fresh, reviewed: true, etag } };
    } catch (e) {
      if (retry && e instanceof DataError && e.kind === 'conflict') return attempt(false);
      throw e;
    }
  };
  return attempt(true);
}

// ---------------------------------------------------------------------------------------------------------------
// The feedback summary

type Slice = [IsoDate, IsoDate];

const inRange = ([from, to]: Slice) => f.and(f.ge('date', from), f.lt('date', to));

/** What the summary reads of each item: a year of 100,000 items stays a few megabytes. */
export const SUMMARY_FIELDS = ['date', 'kind', 'reason', 'status', 'reactedOn'];

function readSlice(repos: Repositories, slice: Slice, select?: string[]): Promise<Feedback[]> {
  return repos.feedback.find({ filter: inRange(slice), top: PAGE, select });
}

/** A slice the threshold refused (over 5,000 items in it): read again in halves, down to single days. */
async function readSplit(services: Services, [from, to]: Slice, select?: string[]): Promise<Feedback[]> {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
  if (days <= 1) throw new DataError('threshold', `More than ${PAGE} feedback items on ${from}.`);
  const mid = addDays(from, Math.floor(days / 2));
  const halves: Slice[] = [
    [from, mid],
    [mid, to],
  ];
  const r = await services.batch((repos) => ({ a: readSlice(repos, halves[0], select), b: readSlice(repos, halves[1], select) }));
  const part = (x: Settled<Feedback[]>, s: Slice): Promise<Feedback[]> | Feedback[] => {
    if (x.ok) return x.value;
    if (x.error.kind === 'threshold') return readSplit(services, s, select);
    throw x.error;
  };
  return [...(await part(r.a, halves[0])), ...(await part(r.b, halves[1]))];
}

/**
 * Every feedback item of `[from, to)`, read in month slices in ONE `$batch` (plus a follow-up for a refused slice);
 * `select` narrows each item to those properties.
 */
export async function readFeedbackRange(services: Services, from: IsoDate, to: IsoDate, select?: string[]): Promise<Feedback[]> {
  const slices = monthSlices(from, to);
  const r = await services.batch((repos) => Object.fromEntries(slices.map((s, i) => [`s${i}`, readSlice(repos, s, select)])) as Record<string, Promise<Feedback[]>>);
  const out: Feedback[] = [];
  for (let i = 0; i < slices.length; i++) {
    const x = r[`s${i}`];
    if (x.ok) out.push(...x.value);
    else if (x.error.kind === 'threshold') out.push(...(await readSplit(services, slices[i], select)));
    else throw x.error;
  }
  return out;
}

/**
 * The summary of `period`, read date-first in month slices with only the fields it counts. The previous period
 * (the comparison) is a read of its own, `loadPreviousCounts`, so the period asked for shows first.
 */
export async function loadFeedbackSummary(services: Services, period: Period): Promise<FeedbackSummary> {
  const read = await readFeedbackRange(services, period.start, period.end, SUMMARY_FIELDS);
  return summarizeFeedback(read, period, { withPrevious: false });
}

/** The counts of the period before `period`, for the comparison. */
export async function loadPreviousCounts(services: Services, period: Period): Promise<PeriodCounts> {
  const before = previousPeriod(period);
  return previousCounts(await readFeedbackRange(services, before.start, before.end, SUMMARY_FIELDS), period);
}

/** The period's feedback in full (for the export), newest first. */
export async function loadPeriodFeedback(services: Services, period: Period): Promise<Feedback[]> {
  return (await readFeedbackRange(services, period.start, period.end)).sort(newestFirst);
}
