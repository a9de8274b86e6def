/**
 * The annual clock's (vuosikello) recurrence rules: what a template task says about *when* it falls due.
 * Pure data and pure functions (no React, no PnPjs). A rule is stored as JSON in the task's ACRule column.
 *
 * Every rule produces one date per "period": the nominal month it belongs to, written `YYYY-MM`. The period is
 * what makes an occurrence's client key stable (`clock:<template>:<code>:<period>:<account or org>`), so
 * regenerating a year finds what exists instead of creating it twice, and a per-year override replaces the date
 * of one period without changing the rule.
 */
import type { IsoDate } from './dates';

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
