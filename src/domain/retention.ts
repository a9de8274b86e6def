/**
 * Retention of situation records and feedback: how long a record is kept, the day before which it counts as
 * older, and the month slices a purge reads in. A record's age is its own date (the day the situation happened or
 * the feedback was given, ACDate), not when it was typed in, so a record filed late is not kept longer.
 */
import { IsoDate, isIsoDate } from './dates';

/** Months a record is kept when the site sets nothing (two years: two rounds of the annual review). */
export const RETENTION_DEFAULT_MONTHS = 24;
export const RETENTION_MIN_MONTHS = 1;
export const RETENTION_MAX_MONTHS = 120;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The same day `months` months earlier (a day the earlier month lacks becomes its last day: 31 March less one
 * month is 28 or 29 February). Both are Helsinki calendar days, so no clock time or DST enters.
 */
export function monthsBefore(date: IsoDate, months: number): IsoDate {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/**
 * The first day that is still kept: a record dated before it is older than the retention. Kept for `months`
 * months means a record of 2 March 2024 is still kept on 2 March 2026 (24 months) and older from 3 March.
 */
export function retentionCutoff(today: IsoDate, months: number): IsoDate {
  if (!isValidRetention(months)) throw new RangeError(`Retention must be ${RETENTION_MIN_MONTHS}–${RETENTION_MAX_MONTHS} whole months, not ${months}`);
  return monthsBefore(today, months);
}

export function isOlderThanRetention(date: IsoDate, cutoff: IsoDate): boolean {
  return date < cutoff;
}

export function isValidRetention(months: number): boolean {
  return Number.isInteger(months) && months >= RETENTION_MIN_MONTHS && months <= RETENTION_MAX_MONTHS;
}

/** A typed or stored value as months, or undefined when it is not a whole number of 1–120 months. */
export function parseRetentionMonths(value: string | undefined): number | undefined {
  const raw = value?.trim();
  if (!raw || !/^\d{1,3}$/.test(raw)) return undefined;
  const n = Number(raw);
  return isValidRetention(n) ? n : undefined;
}

/** One calendar month of dates, `from` inclusive, `to` exclusive. */
export interface DateSlice {
  from: IsoDate;
  to: IsoDate;
}

/**
 * Calendar-month slices covering [from, to): each one a range on the date column that stays well under the list
 * view threshold for a team's records. The first starts at `from`, the last ends at `to`.
 */
export function monthSlices(from: IsoDate, to: IsoDate): DateSlice[] {
  const out: DateSlice[] = [];
  let start = from;
  while (start < to) {
    const [y, m] = start.split('-').map(Number);
    const next = m === 12 ? `${pad(y + 1, 4)}-01-01` : `${pad(y, 4)}-${pad(m + 1)}-01`;
    const end = next < to ? next : to;
    out.push({ from: start, to: end });
    start = end;
  }
  return out;
}
