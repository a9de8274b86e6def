/**
 * The annual clock (vuosikello): its first screen in ONE `$batch` and marking an item done. Saving template tasks and
 * generating a year live in clockTemplate.ts, so the web parts' shared bundle (which starts this first read) does
 * not carry the recurrence engine.
 *
 * Which template applies (the rule every function here follows):
 * - an account follows the clock template of its segment (ACSegments.ACClockTemplate);
 * - an account without a segment, or whose segment names no template, follows the site's default template: the
 *   settings key `clock.defaultTemplate` (DEFAULT_TEMPLATE_SETTING) when set, else the template of the site's
 *   clock tasks when they all belong to one;
 * - the clock shows the tasks of every template an active account follows, plus the default template (its
 *   organisation-wide tasks apply even before any account exists); with an account, that account's template.
 *
 * At scale (300 accounts × 30 tasks = 9,000 occurrences a year, on a list far past the 5,000-item threshold)
 * every occurrence query opens with the indexed ACDueDate as a range of one month (or with the indexed account
 * lookup): each part stays under the threshold and all twelve ride in the same `$batch`. A month that alone
 * holds more than 5,000 items is split into smaller ranges in a follow-up request instead of failing.
 */
import type { Absence, Account, ClockOccurrence, ClockTask, Draft, PersonRef, Segment, Setting } from '../../domain/types';
import type { CoverOptions } from '../../domain/cover';
import { coverOptions } from './coverSettings';
import { addDays, compareIsoDates, IsoDate } from '../../domain/dates';
import { DataError } from '../errors';
import { f, Filter } from '../odata';
import type { Repositories, Services, Settled } from '../ports';

export interface AnnualClockData {
  year: number;
  today: IsoDate;
  me: PersonRef;
  /** Active accounts (name, abbreviation, accountManager, backup, accountType). */
  accounts: Account[];
  /** Template tasks (retired included, flagged). */
  tasks: ClockTask[];
  /** The year's occurrences the user may read, by due date. */
  occurrences: ClockOccurrence[];
  /** EditListItems on ACClockTasks. */
  canEditTemplate: boolean;
  /** EditListItems on ACClockOccurrences. */
  canMarkDone: boolean;
  /**
   * Absences that end today or later and start by the end of the year in view: who acts for an absent manager
   * (tuuraus). Undefined when the list could not be read; the clock then shows the owners only.
   */
  absences?: Absence[];
  /** The site's cover settings (short-absence threshold), read with the rest. */
  cover?: CoverOptions;
}

export interface AnnualClockOptions {
  year: number;
  today: IsoDate;
  /** Only this account's occurrences (its clock in the account tab or a channel tab). */
  accountId?: number;
}

/** The settings key (ACSettings Title) naming the template of accounts whose segment names none. */
export const DEFAULT_TEMPLATE_SETTING = 'clock.defaultTemplate';

/** SharePoint's largest page, and the list view threshold. */
export const PAGE = 5000;

// ---------------------------------------------------------------------------------------------------------------
// Which template applies

/** The site's default template (see the module comment), or undefined when the site has none and several exist. */
export function defaultTemplate(settings: Setting[], tasks: Pick<ClockTask, 'template'>[]): string | undefined {
  const set = settings.find((s) => s.key === DEFAULT_TEMPLATE_SETTING)?.value?.trim();
  if (set) return set;
  const templates = new Set(tasks.map((t) => t.template));
  return templates.size === 1 ? [...templates][0] : undefined;
}

/** The template an account follows: its segment's, else the default. */
export function accountTemplate(account: Pick<Account, 'segmentId'>, segments: Segment[], fallback: string | undefined): string | undefined {
  const segment = account.segmentId === undefined ? undefined : segments.find((s) => s.id === account.segmentId);
  return segment?.clockTemplate?.trim() || fallback;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading occurrences in threshold-safe slices

const monthStart = (year: number, month: number): IsoDate => `${year}-${String(month).padStart(2, '0')}-01`;

/** `[from, to)` by the indexed due date: the driving clause of every occurrence query. */
const dueBetween = (from: IsoDate, to: IsoDate): Filter => f.and(f.ge('dueDate', from), f.lt('dueDate', to));

/** The twelve month ranges of a year, `[first day, first day of the next month)`. */
function monthRanges(year: number): Array<[IsoDate, IsoDate]> {
  return Array.from({ length: 12 }, (_, i) => [monthStart(year, i + 1), i === 11 ? monthStart(year + 1, 1) : monthStart(year, i + 2)]);
}

function readRange(repos: Repositories, from: IsoDate, to: IsoDate): Promise<ClockOccurrence[]> {
  return repos.clockCompletions.find({ filter: dueBetween(from, to), orderBy: [{ prop: 'dueDate' }], top: PAGE });
}

/**
 * A range that the threshold refused (more than 5,000 items in it): read again in halves, down to single days.
 * Only a month of extraordinary volume gets here; it costs one extra round trip per level.
 */
async function readSplit(services: Services, from: IsoDate, to: IsoDate): Promise<ClockOccurrence[]> {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
  if (days <= 1) throw new DataError('threshold', `More than ${PAGE} annual clock items are due on ${from}.`);
  const mid = addDays(from, Math.floor(days / 2));
  const r = await services.batch((repos) => ({ a: readRange(repos, from, mid), b: readRange(repos, mid, to) }));
  const part = async (x: Settled<ClockOccurrence[]>, a: IsoDate, b: IsoDate): Promise<ClockOccurrence[]> => {
    if (x.ok) return x.value;
    if (x.error.kind === 'threshold') return readSplit(services, a, b);
    throw x.error;
  };
  return [...(await part(r.a, from, mid)), ...(await part(r.b, mid, to))];
}

/** The month slices' results (started in a batch), each refused slice re-read in smaller ranges. */
export async function joinSlices(services: Services, year: number, slices: Settled<ClockOccurrence[]>[]): Promise<ClockOccurrence[]> {
  const ranges = monthRanges(year);
  const out: ClockOccurrence[] = [];
  for (let i = 0; i < slices.length; i++) {
    const s = slices[i];
    if (s.ok) out.push(...s.value);
    else if (s.error.kind === 'threshold') out.push(...(await readSplit(services, ranges[i][0], ranges[i][1])));
    else throw s.error;
  }
  return out;
}

const byDueDate = (a: ClockOccurrence, b: ClockOccurrence): number => compareIsoDates(a.dueDate, b.dueDate) || a.id - b.id;

/** The month slices of a year's occurrences as batch parts `occ1` … `occ12`. */
export function startMonthSlices(repos: Repositories, year: number): Record<string, Promise<ClockOccurrence[]>> {
  const out: Record<string, Promise<ClockOccurrence[]>> = {};
  monthRanges(year).forEach(([from, to], i) => (out[`occ${i + 1}`] = readRange(repos, from, to)));
  return out;
}

export const sliceResults = (r: Record<string, Settled<ClockOccurrence[]>>): Settled<ClockOccurrence[]>[] =>
  Array.from({ length: 12 }, (_, i) => r[`occ${i + 1}`]);

export const valueOr = <T>(x: Settled<T>, empty: T): T => (x.ok ? x.value : empty);
export const valueOf = <T>(x: Settled<T>): T => {
  if (!x.ok) throw x.error;
  return x.value;
};

// ---------------------------------------------------------------------------------------------------------------
// The first screen

/**
 * Everything the wheel, the month list and the organisation view show, in ONE `$batch` (20 requests: the user,
 * active accounts, segments, settings, every clock task, both lists' edit rights, the absences that decide who
 * acts for an absent manager, and the twelve month slices; with an account, its year in one query instead of the
 * slices).
 */
export async function startAnnualClock(services: Services, options: AnnualClockOptions): Promise<AnnualClockData> {
  const { year, today, accountId } = options;
  const r = await services.batch((repos, site) => ({
    me: site.currentUser(),
    accounts: repos.accounts.find({ filter: f.eq('active', true), top: PAGE }),
    segments: repos.segments.find({ top: 500 }),
    settings: repos.settings.find({ top: 500 }),
    tasks: repos.clockTasks.find({ top: PAGE }),
    canEditTemplate: repos.clockTasks.canEdit(),
    canMarkDone: repos.clockCompletions.canEdit(),
    // The indexed end date first: only current and future absences, up to the end of the year in view (or today,
    // for last year's items still open). A team has a few a month; thousands over the years stay behind the filter.
    absences: repos.absences.find({ filter: f.and(f.ge('end', today), f.le('start', lastDay(year, today))), top: PAGE }),
    ...(accountId !== undefined
      ? {
          // The indexed account lookup first: one account's year is a few hundred items at most.
          account: repos.clockCompletions.find({
            filter: f.and(f.eq('accountId', accountId), dueBetween(monthStart(year, 1), monthStart(year + 1, 1))),
            orderBy: [{ prop: 'dueDate' }],
            top: PAGE,
          }),
        }
      : startMonthSlices(repos, year)),
  }));
  const me = valueOf(r.me);
  const accounts = valueOf(r.accounts);
  const allTasks = valueOf(r.tasks);
  const segments = valueOr(r.segments, []);
  const settings = valueOr(r.settings, []);
  const rest = r as unknown as Record<string, Settled<ClockOccurrence[]>>;
  const occurrences = accountId !== undefined ? valueOf(rest.account) : await joinSlices(services, year, sliceResults(rest));

  const fallback = defaultTemplate(settings, allTasks);
  const templates = new Set<string>();
  if (accountId !== undefined) {
    const account = accounts.find((a) => a.id === accountId);
    const t = account ? accountTemplate(account, segments, fallback) : fallback;
    if (t) templates.add(t);
  } else {
    if (fallback) templates.add(fallback);
    for (const a of accounts) {
      const t = accountTemplate(a, segments, fallback);
      if (t) templates.add(t);
    }
  }
  // No template known at all (no segment names one and the tasks belong to several): show every task.
  const tasks = templates.size ? allTasks.filter((t) => templates.has(t.template)) : allTasks;
  const taskIds = new Set(tasks.map((t) => t.id));
  return {
    year,
    today,
    me,
    accounts,
    tasks,
    occurrences: occurrences.filter((o) => taskIds.has(o.taskId)).sort(byDueDate),
    // Unknown rights: offer the action; SharePoint refuses with a clear message if the user may not.
    canEditTemplate: valueOr(r.canEditTemplate, true),
    canMarkDone: valueOr(r.canMarkDone, true),
    absences: r.absences.ok ? r.absences.value : undefined,
    cover: coverOptions(settings),
  };
}

/** The last day whose absences matter: the end of the year in view, or today when that is later. */
function lastDay(year: number, today: IsoDate): IsoDate {
  const end = `${year}-12-31`;
  return compareIsoDates(end, today) < 0 ? today : end;
}

// ---------------------------------------------------------------------------------------------------------------
// Mark done

/**
 * Marks an item done (today) or open again, with the etag it was read with. Someone else's change since then is a
 * DataError('conflict'); a user who may not edit the occurrences gets DataError('accessDenied').
 */
export async function setOccurrenceDone(services: Services, occurrence: ClockOccurrence, done: boolean, today: IsoDate): Promise<ClockOccurrence> {
  const patch: Partial<Draft<ClockOccurrence>> = { done, doneOn: done ? today : undefined };
  const etag = await services.repos.clockCompletions.update(occurrence.id, patch, occurrence.etag);
  const next: ClockOccurrence = { ...occurrence, done, etag };
  if (done) next.doneOn = today;
  else delete next.doneOn;
  return next;
}
