/**
 * Calendar helpers for the demo data: Finnish working days (weekends and public holidays), the "signed before
 * Christmas" deadline, n-th weekday of a month, Helsinki wall times as ISO instants, and a seeded PRNG so that
 * every run produces the same demo (stable content next to stable client keys).
 */
import { IsoDate, addDays, helsinkiWallTimeToUtc } from '../../src/domain/dates';

function parts(date: IsoDate): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

export function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

const holidayCache = new Map<number, Set<IsoDate>>();

/** Finnish public holidays and the de-facto days off (Christmas Eve, Midsummer Eve) that fall on weekdays. */
export function finnishHolidays(year: number): Set<IsoDate> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  let midsummerEve = iso(year, 6, 19);
  while (weekday(midsummerEve) !== 5) midsummerEve = addDays(midsummerEve, 1);
  const days = new Set<IsoDate>([
    iso(year, 1, 1), // uudenvuodenpäivä
    iso(year, 1, 6), // loppiainen
    addDays(easter, -2), // pitkäperjantai
    addDays(easter, 1), // 2. pääsiäispäivä
    iso(year, 5, 1), // vappu
    addDays(easter, 39), // helatorstai
    midsummerEve, // juhannusaatto
    iso(year, 12, 6), // itsenäisyyspäivä
    iso(year, 12, 24), // jouluaatto
    iso(year, 12, 25),
    iso(year, 12, 26),
  ]);
  holidayCache.set(year, days);
  return days;
}

export function isWorkingDay(date: IsoDate): boolean {
  const wd = weekday(date);
  if (wd === 0 || wd === 6) return false;
  return !finnishHolidays(Number(date.slice(0, 4))).has(date);
}

/** The date itself when it is a working day, else the previous working day. */
export function workingDayOnOrBefore(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/** The date itself when it is a working day, else the next working day. */
export function workingDayOnOrAfter(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}

/** Adds working days (negative goes back). */
export function addWorkingDays(date: IsoDate, n: number): IsoDate {
  let d = date;
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  while (left > 0) {
    d = addDays(d, step);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/**
 * The "signed before Christmas" target: the last working day before the Christmas week, i.e.
 * the Friday before the week of Christmas Eve (2025 → 19.12., 2026 → 18.12.); when Christmas Eve falls on a
 * weekend, the last working day before it (2028 → 22.12.).
 */
export function christmasDeadline(year: number): IsoDate {
  const eve = iso(year, 12, 24);
  const wd = weekday(eve);
  if (wd === 0 || wd === 6) return workingDayOnOrBefore(addDays(eve, -1));
  const monday = addDays(eve, -(wd - 1));
  return workingDayOnOrBefore(addDays(monday, -3));
}

/** The n-th (1-based) given weekday (1 = Monday … 5 = Friday) of a month, moved to a working day. */
export function nthWeekday(year: number, month: number, wd: number, n: number): IsoDate {
  let d = iso(year, month, 1);
  while (weekday(d) !== wd) d = addDays(d, 1);
  return workingDayOnOrAfter(addDays(d, 7 * (n - 1)));
}

export function lastWorkingDayOfMonth(year: number, month: number): IsoDate {
  const first = month === 12 ? iso(year + 1, 1, 1) : iso(year, month + 1, 1);
  return workingDayOnOrBefore(addDays(first, -1));
}

/** ISO instant (UTC, `Z`) of a Helsinki wall time. */
export function at(date: IsoDate, hour: number, minute = 0): string {
  return helsinkiWallTimeToUtc(date, hour, minute).toISOString();
}

/** Deterministic PRNG (mulberry32) seeded from a string. */
export function rng(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)];
}

export function intBetween(r: () => number, min: number, max: number): number {
  return min + Math.floor(r() * (max - min + 1));
}

export function clamp(v: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, v));
}

/** ASCII e-mail local part from a Finnish/Swedish name: "Kaisa Ojala" → kaisa.ojala. */
export function emailLocal(name: string): string {
  return name
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/é/g, 'e')
    .replace(/[^a-z\s-]/g, '')
    .trim()
    .replace(/\s+/g, '.');
}
