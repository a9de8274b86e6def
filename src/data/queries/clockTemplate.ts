/**
 * The annual clock's template side: saving a template task (the whole template checked first) and generating a
 * year's occurrences from it, idempotently. Loaded with the template editor and by the tools, never by the first
 * screen. Which template an account follows, and the threshold-safe month slices, are annualClock.ts's.
 */
import type { ClockOccurrence, ClockTask, Draft, PersonRef } from '../../domain/types';
import { compareIsoDates, IsoDate, toHelsinkiDate } from '../../domain/dates';
import { filedMonth, occurrenceKey, planYear, RuleProblem, ruleTasks, validateTemplate } from '../../domain/clockRules';
import type { FieldProblem } from '../../domain/validation';
import { DataError, ValidationError } from '../errors';
import { f } from '../odata';
import type { Services, Settled } from '../ports';
import { accountTemplate, defaultTemplate, joinSlices, PAGE, sliceResults, startMonthSlices, valueOf, valueOr } from './annualClock';

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

/** Parallel writes while generating: enough to keep SharePoint busy, few enough not to provoke throttling. */
const WRITE_CONCURRENCY = 6;

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
 *   today or later, and the new date is today or later. Done items, past items and items moved by hand (a due date
 *   that differs from the plannedDate they were generated with) are never rewritten.
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
  /**
   * Only an open item still ahead moves, only to a date still ahead, and only when it still sits on the date the
   * template gave it: one moved by hand (the account's own meeting day) keeps its date.
   */
  const shouldMove = (have: ClockOccurrence, dueDate: IsoDate): boolean =>
    !have.done &&
    have.dueDate !== dueDate &&
    (have.plannedDate === undefined || have.plannedDate === have.dueDate) &&
    compareIsoDates(have.dueDate, today) >= 0 &&
    compareIsoDates(dueDate, today) >= 0;
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
    const item = await repo.add({ clientKey: w.key, taskId: w.taskId, accountId: w.accountId, dueDate: w.dueDate, plannedDate: w.dueDate, owner: w.owner, done: false });
    if (item.dueDate === w.dueDate) report.created++;
    else if (shouldMove(item, w.dueDate)) {
      await repo.update(item.id, { dueDate: w.dueDate, plannedDate: w.dueDate }, item.etag);
      report.updated++;
    } else report.unchanged++;
  });
  await pool(moves, WRITE_CONCURRENCY, async (m) => {
    await repo.update(m.item.id, { dueDate: m.dueDate, plannedDate: m.dueDate }, m.item.etag);
    report.updated++;
  });
  return report;
}
