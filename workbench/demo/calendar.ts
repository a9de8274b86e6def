/**
 * Calendar helpers for the demo data: Finnish working days (re-exported from the domain's holidays.ts; the "signed
 * before Christmas" deadline is the domain's christmasDeadline in agreementFlow.ts), n-th weekday of a month,
 * Helsinki wall times as ISO instants, and a seeded PRNG so that every run produces the same demo (stable content
 * next to stable client keys).
 */
import { IsoDate, addDays, helsinkiWallTimeToUtc } from '../../src/domain/dates';
import {
  addWorkingDays,
  easterSunday,
  finnishHolidays,
  iso,
  isWorkingDay,
  lastWorkingDayOfMonth,
  weekday,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
} from '../../src/domain/holidays';

export { addWorkingDays, easterSunday, finnishHolidays, iso, isWorkingDay, lastWorkingDayOfMonth, weekday, workingDayOnOrAfter, workingDayOnOrBefore };

/** The n-th (1-based) given weekday (1 = Monday … 5 = Friday) of a month, moved to a working day. */
export function nthWeekday(year: number, month: number, wd: number, n: number): IsoDate {
  let d = iso(year, month, 1);
  while (weekday(d) !== wd) d = addDays(d, 1);
  return workingDayOnOrAfter(addDays(d, 7 * (n - 1)));
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
