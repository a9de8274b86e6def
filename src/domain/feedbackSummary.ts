/**
 * The feedback summary leadership reads (palautekooste): for a week, month, quarter or year, counts by kind and
 * reason, by status, the share reacted on and the median days to a reaction, and the trend per sub-period (the days
 * of a week, the ISO weeks of a month, the months of a quarter or year) beside the previous period. Periods are
 * Helsinki days; weeks start on Monday and carry ISO week numbers, as Finnish calendars do.
 */
import { addDays, daysBetween, IsoDate } from './dates';
import type { Feedback, FeedbackKind, FeedbackReason, FeedbackStatus } from './types';
import { FEEDBACK_KINDS, FEEDBACK_REASONS, FEEDBACK_STATUSES } from './vocabulary';

export const PERIOD_KINDS = ['week', 'month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** `[start, end)` in Helsinki days. */
export interface Period {
  kind: PeriodKind;
  start: IsoDate;
  /** The first day after the period. */
  end: IsoDate;
  year: number;
  /** ISO week (1–53), month (1–12), quarter (1–4); 1 for a year. */
  number: number;
}

export type BucketKind = 'day' | 'week' | 'month';

/** One step of the trend: a day, a week (clipped to the period) or a month. */
export interface Bucket {
  kind: BucketKind;
  start: IsoDate;
  end: IsoDate;
  /** ISO week number for a week; month 1–12; for a day its weekday 1 (Monday)–7. */
  number: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const monthStart = (year: number, month: number): IsoDate => (month > 12 ? `${year + 1}-01-01` : `${year}-${pad(month)}-01`);

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of the week `date` is in. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** ISO 8601 week: the week belongs to the year of its Thursday. */
export function isoWeek(date: IsoDate): { year: number; week: number } {
  const thursday = addDays(mondayOf(date), 3);
  const year = Number(thursday.slice(0, 4));
  return { year, week: Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1 };
}

/** The period of `kind` that holds `date`. */
export function periodOf(kind: PeriodKind, date: IsoDate): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (kind) {
    case 'week': {
      const start = mondayOf(date);
      const w = isoWeek(start);
      return { kind, start, end: addDays(start, 7), year: w.year, number: w.week };
    }
    case 'month':
      return { kind, start: monthStart(year, month), end: monthStart(year, month + 1), year, number: month };
    case 'quarter': {
      const q = Math.ceil(month / 3);
      return { kind, start: monthStart(year, q * 3 - 2), end: monthStart(year, q * 3 + 1), year, number: q };
    }
    default:
      return { kind, start: `${year}-01-01`, end: `${year + 1}-01-01`, year, number: 1 };
  }
}

export function previousPeriod(p: Period): Period {
  return periodOf(p.kind, addDays(p.start, -1));
}

export function nextPeriod(p: Period): Period {
  return periodOf(p.kind, p.end);
}

/** The trend's steps: days of a week, Monday-started weeks of a month (clipped to it), months of a quarter or year. */
export function bucketsOf(p: Period): Bucket[] {
  const out: Bucket[] = [];
  if (p.kind === 'week') {
    for (let i = 0; i < 7; i++) {
      const start = addDays(p.start, i);
      out.push({ kind: 'day', start, end: addDays(start, 1), number: i + 1 });
    }
  } else if (p.kind === 'month') {
    for (let start = p.start; start < p.end; ) {
      const next = addDays(mondayOf(start), 7);
      const end = next < p.end ? next : p.end;
      out.push({ kind: 'week', start, end, number: isoWeek(start).week });
      start = end;
    }
  } else {
    for (let start = p.start; start < p.end; ) {
      const month = Number(start.slice(5, 7));
      const end = monthStart(Number(start.slice(0, 4)), month + 1);
      out.push({ kind: 'month', start, end, number: month });
      start = end;
    }
  }
  return out;
}

/** What the summary reads of each feedback item. */
export type SummaryItem = Pick<Feedback, 'date' | 'kind' | 'reason' | 'status'> & Partial<Pick<Feedback, 'reactedOn'>>;

export type Counts<K extends string> = Record<K, number>;

export interface TrendStep extends Bucket {
  byKind: Counts<FeedbackKind>;
  total: number;
}

export interface PeriodCounts {
  period: Period;
  total: number;
  byKind: Counts<FeedbackKind>;
  byReason: Counts<FeedbackReason>;
  trend: TrendStep[];
}

export interface FeedbackSummary extends PeriodCounts {
  byKindReason: Record<FeedbackKind, Counts<FeedbackReason>>;
  byStatus: Counts<FeedbackStatus>;
  /** Reacted on (reagoitu): answered or closed. */
  reacted: number;
  /** reacted / total; undefined without feedback. */
  reactedShare?: number;
  /** Median whole days from the feedback to its reaction date, over the items that have one. */
  medianDaysToReaction?: number;
  /** The period before, for comparison; absent while it has not been counted. */
  previous?: PeriodCounts;
}

const zero = <K extends string>(keys: readonly K[]): Counts<K> => Object.fromEntries(keys.map((k) => [k, 0])) as Counts<K>;

export function median(values: readonly number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const within = (p: { start: IsoDate; end: IsoDate }, date: IsoDate): boolean => date >= p.start && date < p.end;

/** Counts of the items of `inPeriod` (already limited to the period). */
export function countPeriod(period: Period, inPeriod: readonly SummaryItem[]): PeriodCounts {
  const byKind = zero(FEEDBACK_KINDS);
  const byReason = zero(FEEDBACK_REASONS);
  const trend: TrendStep[] = bucketsOf(period).map((b) => ({ ...b, byKind: zero(FEEDBACK_KINDS), total: 0 }));
  for (const x of inPeriod) {
    if (x.kind in byKind) byKind[x.kind]++;
    if (x.reason in byReason) byReason[x.reason]++;
    const step = trend.find((t) => within(t, x.date));
    if (step) {
      step.total++;
      if (x.kind in step.byKind) step.byKind[x.kind]++;
    }
  }
  return { period, total: inPeriod.length, byKind, byReason, trend };
}

/**
 * The summary of `period` from items that may span more (those outside it and its previous period are ignored);
 * `withPrevious: false` leaves the comparison out (it is counted from a read of its own).
 */
export function summarizeFeedback(items: readonly SummaryItem[], period: Period, options: { withPrevious?: boolean } = {}): FeedbackSummary {
  const inPeriod = items.filter((x) => within(period, x.date));
  const current = countPeriod(period, inPeriod);
  const previous = options.withPrevious === false ? undefined : previousCounts(items, period);
  const byKindReason = Object.fromEntries(FEEDBACK_KINDS.map((k) => [k, zero(FEEDBACK_REASONS)])) as Record<FeedbackKind, Counts<FeedbackReason>>;
  const byStatus = zero(FEEDBACK_STATUSES);
  const days: number[] = [];
  for (const x of inPeriod) {
    if (byKindReason[x.kind] && x.reason in byKindReason[x.kind]) byKindReason[x.kind][x.reason]++;
    if (x.status in byStatus) byStatus[x.status]++;
    if (x.reactedOn && x.reactedOn >= x.date) days.push(daysBetween(x.date, x.reactedOn));
  }
  const reacted = byStatus.answered + byStatus.closed;
  return {
    ...current,
    byKindReason,
    byStatus,
    reacted,
    reactedShare: current.total ? reacted / current.total : undefined,
    medianDaysToReaction: median(days),
    previous,
  };
}

/** The counts of the period before `period`, from items that may span more. */
export function previousCounts(items: readonly SummaryItem[], period: Period): PeriodCounts {
  const before = previousPeriod(period);
  return countPeriod(before, items.filter((x) => within(before, x.date)));
}

/** The month ranges `[start, end)` that cover `from … to` (to exclusive): the slices a threshold-safe read uses. */
export function monthSlices(from: IsoDate, to: IsoDate): Array<[IsoDate, IsoDate]> {
  const out: Array<[IsoDate, IsoDate]> = [];
  for (let start = from; start < to; ) {
    const next = monthStart(Number(start.slice(0, 4)), Number(start.slice(5, 7)) + 1);
    const end = next < to ? next : to;
    out.push([start, end]);
    start = end;
  }
  return out;
}
