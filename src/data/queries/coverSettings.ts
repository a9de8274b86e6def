/**
 * The site settings the cover rules take (ACSettings rows, Title = key, ACValue = value): how long an absence may be
 * and still go without cover, and how many accounts one person may cover at once before a warning. A missing or
 * unreadable value falls back to the rule's default (no limit for the cover count).
 */
import type { CoverOptions } from '../../domain/cover';
import { SHORT_ABSENCE_MAX_DAYS } from '../../domain/substitution';
import type { Setting } from '../../domain/types';

export const COVER_SETTINGS = {
  /** Absences of at most this many calendar days are not covered unless marked (default 2). */
  shortAbsenceMaxDays: 'cover.shortAbsenceMaxDays',
  /** Warn when one person would cover more accounts than this at once (no warning when unset). */
  maxCoveredAccounts: 'cover.maxCoveredAccounts',
} as const;

function wholeNumber(settings: readonly Setting[], key: string, min: number): number | undefined {
  const raw = settings.find((s) => s.key === key)?.value?.trim();
  if (!raw || !/^\d{1,4}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= min ? n : undefined;
}

export function coverOptions(settings: readonly Setting[]): Required<Pick<CoverOptions, 'shortAbsenceMaxDays'>> & CoverOptions {
  return {
    shortAbsenceMaxDays: wholeNumber(settings, COVER_SETTINGS.shortAbsenceMaxDays, 0) ?? SHORT_ABSENCE_MAX_DAYS,
    maxCoveredAccounts: wholeNumber(settings, COVER_SETTINGS.maxCoveredAccounts, 1),
  };
}
