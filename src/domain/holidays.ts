/**
 * Finnish working days: weekends, public holidays (computed for any year, Easter-based ones included) and the two
 * eves that are days off in practice (Midsummer Eve, Christmas Eve). A clock deadline that falls on a day off
 * moves to a working day (clockRules.ts). New Year's Eve is a working day; Saturday holidays (All Saints' Day,
 * Midsummer Day) are weekend days anyway.
 */
import { addDays, IsoDate } from './dates';

export function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))).getUTCDay();
}

/** Days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Easter Sunday (the anonymous Gregorian algorithm). */
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

/** The first date on or after `from` that falls on `wd` (0 = Sunday … 6 = Saturday). */
function onOrAfter(from: IsoDate, wd: number): IsoDate {
  return addDays(from, (wd - weekday(from) + 7) % 7);
}

const holidayCache = new Map<number, Set<IsoDate>>();

/** The year's days off other than weekends' own: public holidays and Midsummer/Christmas Eve. */
export function finnishHolidays(year: number): Set<IsoDate> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const days = new Set<IsoDate>([
    iso(year, 1, 1), // uudenvuodenpäivä
    iso(year, 1, 6), // loppiainen
    addDays(easter, -2), // pitkäperjantai
    easter, // pääsiäispäivä
    addDays(easter, 1), // 2. pääsiäispäivä
    iso(year, 5, 1), // vappu
    addDays(easter, 39), // helatorstai
    addDays(easter, 49), // helluntaipäivä
    onOrAfter(iso(year, 6, 19), 5), // juhannusaatto (Friday 19–25 June)
    onOrAfter(iso(year, 6, 20), 6), // juhannuspäivä
    onOrAfter(iso(year, 10, 31), 6), // pyhäinpäivä (Saturday 31 Oct – 6 Nov)
    iso(year, 12, 6), // itsenäisyyspäivä
    iso(year, 12, 24), // jouluaatto
    iso(year, 12, 25), // joulupäivä
    iso(year, 12, 26), // tapaninpäivä
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

/** Adds working days (negative goes back); the start day itself is not counted. */
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

export function lastWorkingDayOfMonth(year: number, month: number): IsoDate {
  return workingDayOnOrBefore(iso(year, month, daysInMonth(year, month)));
}
