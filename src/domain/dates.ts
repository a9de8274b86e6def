/**
 * Europe/Helsinki date logic. SharePoint stores a date-only column as midnight of the *site* time zone
 * converted to UTC, so on a Helsinki site 1 September comes back as `…-08-31T21:00:00Z`. Never slice the
 * ISO string: convert the instant to Helsinki wall time first. All care-model dates are Helsinki dates.
 */

/** A calendar date without time, `YYYY-MM-DD`, meaning a day in Helsinki. */
export type IsoDate = string;

export const HELSINKI = 'Europe/Helsinki';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: HELSINKI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface WallTime { year: number; month: number; day: number; hour: number; minute: number; second: number }

function helsinkiWallTime(instant: Date): WallTime {
  const parts: Record<string, number> = {};
  for (const p of partsFormatter.formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** Helsinki's offset from UTC in minutes at the given instant (120 in winter, 180 in summer). */
export function helsinkiOffsetMinutes(instant: Date): number {
  const w = helsinkiWallTime(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The Helsinki calendar day of an instant. */
export function toHelsinkiDate(instant: Date | string): IsoDate {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (isNaN(d.getTime())) throw new RangeError(`Not a date: ${String(instant)}`);
  const w = helsinkiWallTime(d);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/**
 * The UTC instant of Helsinki local wall time. Resolves the offset at that wall time (two passes cover the
 * DST switch: last Sunday of March 03:00→04:00, last Sunday of October 04:00→03:00).
 */
export function helsinkiWallTimeToUtc(date: IsoDate, hour = 0, minute = 0): Date {
  const m = ISO_DATE.exec(date);
  if (!m || !isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  const naive = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), hour, minute);
  let guess = new Date(naive - helsinkiOffsetMinutes(new Date(naive)) * 60000);
  guess = new Date(naive - helsinkiOffsetMinutes(guess) * 60000);
  return guess;
}

/** The value SharePoint stores for a date-only column on a Helsinki site: local midnight in UTC with `Z`. */
export function dateOnlyToSharePoint(date: IsoDate): string {
  return helsinkiWallTimeToUtc(date).toISOString().replace('.000Z', 'Z');
}

/** Reads a SharePoint date-only value (UTC instant of Helsinki midnight) back into the Helsinki day. */
export function dateOnlyFromSharePoint(value: string | null | undefined): IsoDate | undefined {
  if (!value) return undefined;
  return toHelsinkiDate(value);
}

/** Today in Helsinki. `now` is injectable so that rules stay pure and testable. */
export function todayInHelsinki(now: Date = new Date()): IsoDate {
  return toHelsinkiDate(now);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Not an ISO date: ${date}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const toUtc = (x: IsoDate): number => {
    const m = ISO_DATE.exec(x);
    if (!m) throw new RangeError(`Not an ISO date: ${x}`);
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  };
  return Math.round((toUtc(b) - toUtc(a)) / 86400000);
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The formatting locale for a UI language. Our users are in Finland: Swedish uses Finland Swedish conventions
 * (1.9.2026, not 2026-09-01) and English uses en-FI (01/09/2026, day before month), never the US order.
 */
export function intlLocale(locale: string): string {
  const lang = locale.slice(0, 2).toLowerCase();
  return lang === 'sv' ? 'sv-FI' : lang === 'en' ? 'en-FI' : 'fi-FI';
}

/** Formats a Helsinki day for the user's locale (`fi-FI` → 1.9.2026). */
export function formatDate(date: IsoDate, locale: string, options: Intl.DateTimeFormatOptions = {}): string {
  // Noon avoids any edge of the day when formatting in Helsinki.
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: HELSINKI, ...options }).format(helsinkiWallTimeToUtc(date, 12));
}

/** Formats an instant as Helsinki date and time for the user's locale. */
export function formatDateTime(instant: string | Date, locale: string): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: HELSINKI, dateStyle: 'short', timeStyle: 'short' }).format(d);
}

/** The calendar year of a Helsinki day. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
