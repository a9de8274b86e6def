/**
 * The annual clock for leadership: per account and quarter, how many items are overdue, were done late, were done
 * on time, or are still open (not yet due). Pure derivation over the year's occurrences; the organisation view
 * renders it as a table. "Behind" means at least one overdue item.
 */
import type { IsoDate } from './dates';
import { occurrenceState } from './clock';
import type { Account, ClockOccurrence } from './types';

export interface QuarterCounts {
  /** Not done and the due date has passed. */
  overdue: number;
  /** Done, but marked done after the due date (doneOn > dueDate). */
  doneLate: number;
  /** Done on or before the due date (or done with no date recorded). */
  doneOnTime: number;
  /** Not done and not yet due (due soon or upcoming). */
  open: number;
  total: number;
}

export interface ClockSummaryRow {
  /** The account, or undefined for the organisation's own items (no account). */
  accountId?: number;
  name: string;
  /** Q1 … Q4 of the year (by due date). */
  quarters: [QuarterCounts, QuarterCounts, QuarterCounts, QuarterCounts];
  total: QuarterCounts;
}

export interface ClockSummary {
  /** Accounts, most behind first: most overdue, then most done late, then fewest done on time, then by name. */
  rows: ClockSummaryRow[];
  /** The organisation's own items (no account), when there are any. */
  organisation?: ClockSummaryRow;
  /** How many accounts have at least one overdue item. */
  behind: number;
}

export const emptyCounts = (): QuarterCounts => ({ overdue: 0, doneLate: 0, doneOnTime: 0, open: 0, total: 0 });

function newRow(name: string, accountId?: number): ClockSummaryRow {
  return { accountId, name, quarters: [emptyCounts(), emptyCounts(), emptyCounts(), emptyCounts()], total: emptyCounts() };
}

/** The quarter (1–4) of a date's month. */
export function quarterOf(date: IsoDate): 1 | 2 | 3 | 4 {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

export type SummaryBucket = Exclude<keyof QuarterCounts, 'total'>;

/** Which count an occurrence adds to, as of `today`. */
export function summaryBucket(o: Pick<ClockOccurrence, 'done' | 'dueDate' | 'doneOn'>, today: IsoDate): SummaryBucket {
  const state = occurrenceState(o, today);
  if (state === 'done') return o.doneOn && o.doneOn > o.dueDate ? 'doneLate' : 'doneOnTime';
  return state === 'overdue' ? 'overdue' : 'open';
}

function add(c: QuarterCounts, bucket: SummaryBucket): void {
  c[bucket] += 1;
  c.total += 1;
}

/** Most behind first; ties by name (Finnish collation). */
function compareRows(a: ClockSummaryRow, b: ClockSummaryRow): number {
  return b.total.overdue - a.total.overdue || b.total.doneLate - a.total.doneLate || a.total.doneOnTime - b.total.doneOnTime || a.name.localeCompare(b.name, 'fi');
}

/**
 * Counts the year's occurrences per account and quarter. Every given account gets a row (zeros when it has no
 * items); occurrences of accounts not given (inactive ones) are left out; occurrences outside `year` are ignored.
 */
export function summarizeClock(
  accounts: Pick<Account, 'id' | 'name'>[],
  occurrences: Pick<ClockOccurrence, 'accountId' | 'done' | 'dueDate' | 'doneOn'>[],
  today: IsoDate,
  year: number,
  organisationName = '',
): ClockSummary {
  const rows = new Map<number, ClockSummaryRow>(accounts.map((a) => [a.id, newRow(a.name, a.id)]));
  let organisation: ClockSummaryRow | undefined;
  const prefix = `${year}-`;
  for (const o of occurrences) {
    if (!o.dueDate.startsWith(prefix)) continue;
    let row: ClockSummaryRow | undefined;
    if (o.accountId === undefined || o.accountId === null) row = organisation ??= newRow(organisationName);
    else row = rows.get(o.accountId);
    if (!row) continue;
    const bucket = summaryBucket(o, today);
    add(row.quarters[quarterOf(o.dueDate) - 1], bucket);
    add(row.total, bucket);
  }
  const sorted = [...rows.values()].sort(compareRows);
  return { rows: sorted, organisation, behind: sorted.filter((r) => r.total.overdue > 0).length };
}
