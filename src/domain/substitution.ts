/**
 * Tuuraus basics: how long an absence is, whether it is on today, and whether the absent person's accounts are
 * covered. The Vantaa HR rule (docs/care-model.md §5): absences of 1–2 days are not covered unless marked; annual
 * holidays and longer sick leaves are. Days are Helsinki calendar days (`IsoDate`), both ends included; lengths count
 * calendar days, so weekends and holidays inside an absence count (a Friday–Monday absence is four days and is
 * covered, a Saturday–Sunday one is two and is not). Who covers whom is cover.ts.
 */
import { compareIsoDates, daysBetween, IsoDate } from './dates';
import type { Absence } from './types';

/** Absences of at most this many calendar days are not covered unless marked (the default of the site setting). */
export const SHORT_ABSENCE_MAX_DAYS = 2;

/** Length in calendar days, both ends included (weekends and holidays inside count). */
export function absenceLength(a: Pick<Absence, 'start' | 'end'>): number {
  return daysBetween(a.start, a.end) + 1;
}

export function isActive(a: Pick<Absence, 'start' | 'end'>, today: IsoDate): boolean {
  return compareIsoDates(a.start, today) <= 0 && compareIsoDates(today, a.end) <= 0;
}

/** Whether the absent person's accounts are covered: marked for cover, or longer than the threshold (calendar days). */
export function needsCover(a: Pick<Absence, 'start' | 'end' | 'coverShort'>, shortAbsenceMaxDays: number = SHORT_ABSENCE_MAX_DAYS): boolean {
  return !!a.coverShort || absenceLength(a) > shortAbsenceMaxDays;
}

/** Two date ranges share at least one day (both ends included: one ending on the day the other starts overlaps; the next day does not). */
export function absencesOverlap(a: Pick<Absence, 'start' | 'end'>, b: Pick<Absence, 'start' | 'end'>): boolean {
  return compareIsoDates(a.start, b.end) <= 0 && compareIsoDates(b.start, a.end) <= 0;
}
