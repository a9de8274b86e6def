/**
 * The annual clock's (vuosikello) recurrence rules: what a template task says about *when* it falls due.
 * Pure data and pure functions (no React, no PnPjs). A rule is stored as JSON in the task's ACRule column.
 *
 * Every rule produces one date per "period": the nominal month it belongs to, written `YYYY-MM`. The period is
 * what makes an occurrence's client key stable (`clock:<template>:<code>:<period>:<account or org>`), so
 * regenerating a year finds what exists instead of creating it twice, and a per-year override replaces the date
 * of one period without changing the rule.
 */
import { addDays, isIsoDate, IsoDate } from './dates';
import type { ClockTask } from './types';
import { addWorkingDays, daysInMonth, iso, isWorkingDay, weekday, workingDayOnOrAfter, workingDayOnOrBefore } from './holidays';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** What happens when the computed day is a weekend or a Finnish public holiday (or Midsummer/Christmas Eve). */
export type WorkingDayAdjust = 'previous' | 'next' | 'none';

/**
 * - `date`: on a day of each listed month (`'last'` = the month's last day). One month = yearly on a date,
 *   four = quarterly, all twelve = monthly. "Yearly in a month" is `{ months: [m], day: 'last' }`.
 * - `nthWeekday`: the n-th weekday of each listed month (`n: -1` = the last one), e.g. the 2nd Wednesday.
 * - `relative`: a number of days before (negative) or after another task of the same template, once for each
 *   of the anchor's occurrences ("survey 14 days before the follow-up group"). `workingDays` counts working days.
 */
export type ClockRule =
  | { kind: 'date'; months: number[]; day: number | 'last'; adjust?: WorkingDayAdjust }
  | { kind: 'nthWeekday'; months: number[]; weekday: IsoWeekday; n: 1 | 2 | 3 | 4 | 5 | -1; adjust?: WorkingDayAdjust }
  | { kind: 'relative'; anchor: string; offsetDays: number; workingDays?: boolean; adjust?: WorkingDayAdjust };

/** The part of a template task the engine needs. `code` is unique within a template. */
export interface RuleTask {
  code: string;
  rule: ClockRule;
  /** Dates the finance unit announces, by period (`YYYY-MM`): they replace the rule's date for that period. */
  overrides?: Record<string, IsoDate>;
  /** A retired task generates nothing from now on; its done history stays. */
  retired?: boolean;
}

/** One date the engine plans: task, period and due date. */
export interface PlannedOccurrence {
  code: string;
  period: string;
  dueDate: IsoDate;
}

/** Why a rule or a template is refused. `code` is the task it concerns; the UI words the message. */
export type RuleProblem =
  | { code: string; kind: 'noMonths' | 'badMonth' | 'badDay' | 'badOffset' | 'badWeekday' | 'badOverride' }
  /** e.g. 31 February, 31 April: the day never exists in (one of) the listed months. */
  | { code: string; kind: 'impossibleDate'; month: number; day: number }
  | { code: string; kind: 'missingAnchor'; anchor: string }
  | { code: string; kind: 'retiredAnchor'; anchor: string }
  | { code: string; kind: 'cycle'; path: string[] }
  | { code: string; kind: 'duplicateCode' };

// ---------------------------------------------------------------------------------------------------------------
// The engine

const MAX_OFFSET_DAYS = 366;
/** The most days a month can have in any year (February: a leap year's 29). */
const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

const isMonth = (m: unknown): m is number => Number.isInteger(m) && (m as number) >= 1 && (m as number) <= 12;

export function period(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The client key of a generated occurrence: the same task, period and account always give the same key. */
export function occurrenceKey(template: string, code: string, periodKey: string, accountId?: number): string {
  return `clock:${template}:${code}:${periodKey}:${accountId ?? 'org'}`;
}

function monthProblems(code: string, months: unknown): RuleProblem[] {
  if (!Array.isArray(months) || months.length === 0) return [{ code, kind: 'noMonths' }];
  return months.some((m) => !isMonth(m)) ? [{ code, kind: 'badMonth' }] : [];
}

function ruleProblems(task: RuleTask): RuleProblem[] {
  const { code, rule } = task;
  const problems: RuleProblem[] = [];
  if (rule.kind === 'date') {
    problems.push(...monthProblems(code, rule.months));
    if (rule.day !== 'last' && !(Number.isInteger(rule.day) && rule.day >= 1 && rule.day <= 31)) problems.push({ code, kind: 'badDay' });
    else if (rule.day !== 'last' && !problems.length) {
      const impossible = rule.months.find((m) => (rule.day as number) > MAX_DAYS[m - 1]);
      if (impossible) problems.push({ code, kind: 'impossibleDate', month: impossible, day: rule.day });
    }
  } else if (rule.kind === 'nthWeekday') {
    problems.push(...monthProblems(code, rule.months));
    if (!(Number.isInteger(rule.weekday) && rule.weekday >= 1 && rule.weekday <= 7)) problems.push({ code, kind: 'badWeekday' });
    if (![1, 2, 3, 4, 5, -1].includes(rule.n)) problems.push({ code, kind: 'badDay' });
  } else if (rule.kind === 'relative') {
    if (!Number.isInteger(rule.offsetDays) || Math.abs(rule.offsetDays) > MAX_OFFSET_DAYS) problems.push({ code, kind: 'badOffset' });
  } else {
    problems.push({ code, kind: 'noMonths' });
  }
  for (const [key, date] of Object.entries(task.overrides ?? {})) {
    if (!PERIOD.test(key) || !isIsoDate(date)) {
      problems.push({ code, kind: 'badOverride' });
      break;
    }
  }
  return problems;
}

/** Every problem of a template, in task order; an empty list means the template can be saved and planned. */
export function validateTemplate(tasks: RuleTask[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const byCode = new Map<string, RuleTask>();
  for (const t of tasks) {
    if (byCode.has(t.code)) problems.push({ code: t.code, kind: 'duplicateCode' });
    else byCode.set(t.code, t);
  }
  const live = tasks.filter((t) => !t.retired);
  for (const t of live) {
    problems.push(...ruleProblems(t));
    if (t.rule.kind !== 'relative') continue;
    const anchor = byCode.get(t.rule.anchor);
    if (!anchor) problems.push({ code: t.code, kind: 'missingAnchor', anchor: t.rule.anchor });
    else if (anchor.retired) problems.push({ code: t.code, kind: 'retiredAnchor', anchor: anchor.code });
  }
  // Cycles among relative tasks: follow each chain of anchors; report each cycle once, from its first task.
  const reported = new Set<string>();
  for (const start of live) {
    const path: string[] = [];
    let current: RuleTask | undefined = start;
    while (current && current.rule.kind === 'relative' && !path.includes(current.code)) {
      path.push(current.code);
      current = byCode.get(current.rule.anchor);
    }
    if (current && path.includes(current.code)) {
      const cycle = path.slice(path.indexOf(current.code));
      const id = [...cycle].sort().join('>');
      if (!reported.has(id)) {
        reported.add(id);
        problems.push({ code: cycle[0], kind: 'cycle', path: [...cycle, cycle[0]] });
      }
    }
  }
  return problems;
}

/** Moves a day off to a working day, but never out of its year (1 January → next, 31 December → previous). */
function adjustToWorkingDay(date: IsoDate, adjust: WorkingDayAdjust = 'previous'): IsoDate {
  if (adjust === 'none' || isWorkingDay(date)) return date;
  const year = date.slice(0, 4);
  const first = adjust === 'previous' ? workingDayOnOrBefore(date) : workingDayOnOrAfter(date);
  if (first.slice(0, 4) === year) return first;
  return adjust === 'previous' ? workingDayOnOrAfter(date) : workingDayOnOrBefore(date);
}

/** The n-th given weekday (1 = Monday … 7 = Sunday) of a month; n = -1 is the last, a missing 5th is the last. */
function nthWeekdayOf(year: number, month: number, isoWeekday: number, n: number): IsoDate {
  const wd = isoWeekday % 7; // 0 = Sunday, as Date.getUTCDay
  const first = iso(year, month, 1);
  const firstMatch = addDays(first, (wd - weekday(first) + 7) % 7);
  const last = addDays(firstMatch, 7 * Math.floor((daysInMonth(year, month) - Number(firstMatch.slice(8, 10))) / 7));
  if (n === -1) return last;
  const nth = addDays(firstMatch, 7 * (n - 1));
  return nth.slice(0, 7) === first.slice(0, 7) ? nth : last;
}

/** A fixed-date or weekday rule's dates in a year, by period, before overrides. */
function ownDates(rule: Exclude<ClockRule, { kind: 'relative' }>, year: number): Array<[string, IsoDate]> {
  return [...new Set(rule.months)].sort((a, b) => a - b).map((m) => {
    const raw =
      rule.kind === 'date'
        ? iso(year, m, rule.day === 'last' ? daysInMonth(year, m) : Math.min(rule.day, daysInMonth(year, m)))
        : nthWeekdayOf(year, m, rule.weekday, rule.n);
    return [period(year, m), adjustToWorkingDay(raw, rule.adjust)];
  });
}

/**
 * Every live task's dates in a year, sorted by date then code. Overrides (by period) win over the rule. A relative
 * task follows each of its anchor's actual dates (overrides included) and keeps the anchor's period; it belongs to
 * the year its date falls in, so "14 days before the January meeting" may land in the previous December.
 * Throws RangeError when the template has problems (validateTemplate says which).
 */
export function planYear(tasks: RuleTask[], year: number): PlannedOccurrence[] {
  const problems = validateTemplate(tasks);
  if (problems.length) throw new RangeError(`Invalid clock template: ${problems.map((p) => `${p.code}: ${p.kind}`).join(', ')}`);
  const byCode = new Map(tasks.map((t) => [t.code, t]));
  const memo = new Map<string, Array<[string, IsoDate]>>();

  /** A task's dates over the year and its neighbours (relative offsets may cross a new year). */
  const datesOf = (task: RuleTask): Array<[string, IsoDate]> => {
    const cached = memo.get(task.code);
    if (cached) return cached;
    const rule = task.rule;
    let dates: Array<[string, IsoDate]>;
    if (rule.kind === 'relative') {
      dates = datesOf(byCode.get(rule.anchor)!).map(([p, anchorDate]): [string, IsoDate] => {
        const moved = rule.workingDays ? addWorkingDays(anchorDate, rule.offsetDays) : addDays(anchorDate, rule.offsetDays);
        return [p, rule.workingDays ? moved : adjustToWorkingDay(moved, rule.adjust)];
      });
    } else {
      dates = [year - 1, year, year + 1].flatMap((y) => ownDates(rule, y));
    }
    dates = dates.map(([p, d]) => [p, task.overrides?.[p] ?? d]);
    memo.set(task.code, dates);
    return dates;
  };

  const prefix = String(year);
  return tasks
    .filter((t) => !t.retired)
    .flatMap((t) => datesOf(t).filter(([, d]) => d.startsWith(prefix)).map(([p, d]) => ({ code: t.code, period: p, dueDate: d })))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.code.localeCompare(b.code) || a.period.localeCompare(b.period));
}

/** The engine's view of stored template tasks: those with a code and a rule (v1 one-year tasks take no part). */
export function ruleTasks(tasks: Array<Pick<ClockTask, 'code' | 'rule' | 'overrides' | 'retired'>>): RuleTask[] {
  return tasks
    .filter((t): t is typeof t & { code: string; rule: ClockRule } => !!t.code && !!t.rule)
    .map((t) => ({ code: t.code, rule: t.rule, overrides: t.overrides, retired: t.retired }));
}

/** The month a task is filed under (ACMonth): its rule's first month, through the anchors for a relative one. */
export function filedMonth(rule: ClockRule, tasks: RuleTask[]): number {
  let current: ClockRule | undefined = rule;
  for (let hops = 0; current && hops <= tasks.length; hops++) {
    if (current.kind !== 'relative') return [...current.months].sort((a, b) => a - b)[0] ?? 1;
    const anchor: string = current.anchor;
    current = tasks.find((t) => t.code === anchor)?.rule;
  }
  return 1;
}
