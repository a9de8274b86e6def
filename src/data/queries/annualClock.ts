/**
 * The annual clock (vuosikello): its first screen in ONE `$batch`, marking an item done, saving a template task and
 * generating a year's occurrences from the template.
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
import type { Account, ClockOccurrence, ClockTask, Draft, PersonRef, Segment, Setting } from '../../domain/types';
import { addDays, compareIsoDates, IsoDate, toHelsinkiDate } from '../../domain/dates';
import { filedMonth, occurrenceKey, planYear, RuleProblem, ruleTasks, validateTemplate } from '../../domain/clockRules';
import type { FieldProblem } from '../../domain/validation';
import { DataError, ValidationError } from '../errors';
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
}

export interface AnnualClockOptions {
  year: number;
  today: IsoDate;
  /** Only this account's occurrences (its clock in the account tab or a channel tab). */
  accountId?: number;
}

export interface GenerateOptions {
  template: string;
  year: number;
  today: IsoDate;
  /** New accounts: only their per-account occurrences, and only those due today or later. */
  accountIds?: number[];
}

export interface GenerationReport {
  created: number;
  updated: number;
  unchanged: number;
}

/** The settings key (ACSettings Title) naming the template of accounts whose segment names none. */
export const DEFAULT_TEMPLATE_SETTING = 'clock.defaultTemplate';

/** Parallel writes while generating: enough to keep SharePoint busy, few enough not to provoke throttling. */
const WRITE_CONCURRENCY = 6;
/** SharePoint's largest page, and the list view threshold. */
const PAGE = 5000;

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
async function joinSlices(services: Services, year: number, slices: Settled<ClockOccurrence[]>[]): Promise<ClockOccurrence[]> {
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
function startMonthSlices(repos: Repositories, year: number): Record<string, Promise<ClockOccurrence[]>> {
  const out: Record<string, Promise<ClockOccurrence[]>> = {};
  monthRanges(year).forEach(([from, to], i) => (out[`occ${i + 1}`] = readRange(repos, from, to)));
  return out;
}

const sliceResults = (r: Record<string, Settled<ClockOccurrence[]>>): Settled<ClockOccurrence[]>[] =>
  Array.from({ length: 12 }, (_, i) => r[`occ${i + 1}`]);

const valueOr = <T>(x: Settled<T>, empty: T): T => (x.ok ? x.value : empty);
const valueOf = <T>(x: Settled<T>): T => {
  if (!x.ok) throw x.error;
  return x.value;
};

// ---------------------------------------------------------------------------------------------------------------
// The first screen

/**
 * Everything the wheel, the month list and the organisation view show, in ONE `$batch` (19 requests: the user,
 * active accounts, segments, settings, every clock task, both lists' edit rights and the twelve month slices;
 * with an account, its year in one query instead of the slices).
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
  };
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

// ---------------------------------------------------------------------------------------------------------------
// Template tasks

/** A new task (no id) or a change to an existing one (id, and the etag it was read with). */
export type ClockTaskInput = Draft<ClockTask> | ({ id: number } & Partial<Draft<ClockTask>>);

/** A template that would be invalid after the save: every rule problem, and the same as field problems. */
export class TemplateValidationError extends ValidationError {
  public readonly ruleProblems: RuleProblem[];

  public constructor(ruleProblems: RuleProblem[]) {
    super(ruleProblems.map(toFieldProblem));
    this.name = 'TemplateValidationError';
    this.ruleProblems = ruleProblems;
  }
}

function toFieldProblem(p: RuleProblem): FieldProblem {
  const params = { task: p.code, problem: p.kind };
  switch (p.kind) {
    case 'duplicateCode':
      return { field: 'code', code: 'invalidChoice', params };
    case 'badOverride':
      return { field: 'overrides', code: 'invalidDate', params };
    case 'impossibleDate':
      return { field: 'rule', code: 'invalidDate', params: { ...params, month: p.month, day: p.day } };
    case 'missingAnchor':
    case 'retiredAnchor':
      return { field: 'rule', code: 'invalidChoice', params: { ...params, anchor: p.anchor } };
    case 'cycle':
      return { field: 'rule', code: 'invalidChoice', params: { ...params, path: p.path.join(' → ') } };
    default:
      return { field: 'rule', code: 'outOfRange', params };
  }
}

const sameProblem = (a: RuleProblem, b: RuleProblem): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Adds a template task or changes one (with its etag). The whole template is checked as it would be after the
 * save (validateTemplate: impossible dates, cycles, retired or missing anchors, duplicate codes …); a save that
 * would bring a problem is refused with a TemplateValidationError and nothing is written. (A template already broken
 * by a hand edit can be repaired one task at a time: only problems the save would add are refused.)
 */
export async function saveClockTask(services: Services, task: ClockTaskInput, etag?: string): Promise<ClockTask> {
  const repo = services.repos.clockTasks;
  const id = 'id' in task ? task.id : undefined;
  const values = { ...task } as Partial<Draft<ClockTask>> & { id?: number };
  delete values.id;
  if (id !== undefined && !etag) throw new DataError('unknown', 'saveClockTask: a change needs the etag the task was read with');
  const current = id !== undefined ? await repo.get(id) : undefined;
  const merged = { ...(current ?? {}), ...values } as Partial<ClockTask>;
  if (!merged.template) throw new ValidationError([{ field: 'template', code: 'required' }]);
  if (merged.rule && !merged.code) throw new ValidationError([{ field: 'code', code: 'required' }]);
  if (merged.code && !merged.rule) throw new ValidationError([{ field: 'rule', code: 'required' }]);

  const siblings = (await repo.find({ filter: f.eq('template', merged.template), top: PAGE })).filter((t) => t.id !== id);
  const before = ruleTasks([...siblings, ...(current ? [current] : [])]);
  const after = ruleTasks([...siblings, merged]);
  const known = validateTemplate(before);
  const added = validateTemplate(after).filter((p) => !known.some((k) => sameProblem(k, p)));
  if (added.length) throw new TemplateValidationError(added);

  const mine = ruleTasks([merged])[0];
  if (mine && merged.month === undefined) values.month = filedMonth(mine.rule, after);
  if (id === undefined) return repo.add({ ...(values as Draft<ClockTask>) });
  const newEtag = await repo.update(id, values, etag!);
  return { ...(current as ClockTask), ...values, etag: newEtag } as ClockTask;
}

// ---------------------------------------------------------------------------------------------------------------
// Generating a year

interface Wanted {
  key: string;
  taskId: number;
  accountId?: number;
  dueDate: IsoDate;
  owner?: PersonRef;
}

/** Runs `work` over `items` with at most `limit` in flight; stops starting new ones after the first failure. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (!failure && next < items.length) {
      const item = items[next++];
      try {
        await work(item);
      } catch (error) {
        failure = failure ?? { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
}

/**
 * Creates the year's missing occurrences of a template and moves open future ones whose planned date changed.
 * Idempotent by client key (`occurrenceKey(template, code, period, accountId)`): the year's items are read first,
 * only what is missing is created, and every create goes through the repository's `add` with that key, so a POST
 * retried after a throttled-but-applied attempt finds its twin instead of duplicating. A run that fails half-way
 * (a 429 storm that outlasts the retries) throws; running it again creates exactly what is still missing.
 *
 * - Per-account tasks: one occurrence per active account that follows the template (see the module comment) and
 *   whose type the task's accountTypes include (none listed = every account); owner = the account manager.
 *   Organisation-wide tasks: one occurrence without an account.
 * - A task applies from the day it was added to the template: its dates before that day are not generated.
 * - Template edits apply from the next occurrence on: an existing item's due date moves only when it is open, is due
 *   today or later, and the new date is today or later. Done items and past items are never rewritten.
 * - With `accountIds` (new accounts): only those accounts' per-account occurrences due today or later.
 */
export async function generateOccurrences(services: Services, options: GenerateOptions): Promise<GenerationReport> {
  const { template, year, today } = options;
  const r = await services.batch((repos) => ({
    accounts: repos.accounts.find({ filter: f.eq('active', true), top: PAGE }),
    segments: repos.segments.find({ top: 500 }),
    settings: repos.settings.find({ top: 500 }),
    allTasks: repos.clockTasks.find({ top: PAGE }),
    ...startMonthSlices(repos, year),
  }));
  const allTasks = valueOf(r.allTasks);
  const tasks = allTasks.filter((t) => t.template === template);
  const segments = valueOf(r.segments);
  const fallback = defaultTemplate(valueOr(r.settings, []), allTasks);
  const onlyIds = options.accountIds ? new Set(options.accountIds) : undefined;
  const accounts = valueOf(r.accounts).filter((a) => accountTemplate(a, segments, fallback) === template && (!onlyIds || onlyIds.has(a.id)));
  const existing = new Map<string, ClockOccurrence>();
  const rest = r as unknown as Record<string, Settled<ClockOccurrence[]>>;
  for (const o of await joinSlices(services, year, sliceResults(rest))) if (o.clientKey) existing.set(o.clientKey, o);

  const byCode = new Map(tasks.filter((t) => t.code).map((t) => [t.code!, t]));
  const wanted: Wanted[] = [];
  for (const p of planYear(ruleTasks(tasks), year)) {
    const task = byCode.get(p.code)!;
    // The task did not exist yet on that date (the template grew later in the year).
    if (task.created && compareIsoDates(p.dueDate, toHelsinkiDate(task.created)) < 0) continue;
    if (onlyIds && compareIsoDates(p.dueDate, today) < 0) continue;
    if (task.perAccount) {
      const types = task.accountTypes ?? [];
      for (const a of accounts) {
        if (types.length && !types.includes(a.accountType)) continue;
        wanted.push({ key: occurrenceKey(template, p.code, p.period, a.id), taskId: task.id, accountId: a.id, dueDate: p.dueDate, owner: a.accountManager });
      }
    } else if (!onlyIds) {
      wanted.push({ key: occurrenceKey(template, p.code, p.period), taskId: task.id, dueDate: p.dueDate });
    }
  }

  const report: GenerationReport = { created: 0, updated: 0, unchanged: 0 };
  const missing: Wanted[] = [];
  const moves: Array<{ item: ClockOccurrence; dueDate: IsoDate }> = [];
  /** Only an open item still ahead moves, and only to a date still ahead. */
  const shouldMove = (have: ClockOccurrence, dueDate: IsoDate): boolean =>
    !have.done && have.dueDate !== dueDate && compareIsoDates(have.dueDate, today) >= 0 && compareIsoDates(dueDate, today) >= 0;
  for (const w of wanted) {
    const have = existing.get(w.key);
    if (!have) missing.push(w);
    else if (shouldMove(have, w.dueDate)) moves.push({ item: have, dueDate: w.dueDate });
    else report.unchanged++;
  }

  const repo = services.repos.clockCompletions;
  await pool(missing, WRITE_CONCURRENCY, async (w) => {
    // The repository returns the twin when the key is already stored (a retried POST that had landed, or an item
    // whose date moved out of this year's window): never a second item for the same key.
    const item = await repo.add({ clientKey: w.key, taskId: w.taskId, accountId: w.accountId, dueDate: w.dueDate, owner: w.owner, done: false });
    if (item.dueDate === w.dueDate) report.created++;
    else if (shouldMove(item, w.dueDate)) {
      await repo.update(item.id, { dueDate: w.dueDate }, item.etag);
      report.updated++;
    } else report.unchanged++;
  });
  await pool(moves, WRITE_CONCURRENCY, async (m) => {
    await repo.update(m.item.id, { dueDate: m.dueDate }, m.item.etag);
    report.updated++;
  });
  return report;
}
