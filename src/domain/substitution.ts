/**
 * Tuuraus: who is away today and whose accounts I cover. The Vantaa HR rule (docs/care-model.md §5): absences of 1–2 days
 * are not covered unless marked; annual holidays and longer sick leaves are.
 */
import { compareIsoDates, daysBetween, IsoDate } from './dates';
import type { Absence, Account } from './types';

export const SHORT_ABSENCE_MAX_DAYS = 2;

export function absenceLength(a: Pick<Absence, 'start' | 'end'>): number {
  return daysBetween(a.start, a.end) + 1;
}

export function isActive(a: Pick<Absence, 'start' | 'end'>, today: IsoDate): boolean {
  return compareIsoDates(a.start, today) <= 0 && compareIsoDates(today, a.end) <= 0;
}

export function needsCover(a: Pick<Absence, 'start' | 'end' | 'coverShort'>): boolean {
  return !!a.coverShort || absenceLength(a) > SHORT_ABSENCE_MAX_DAYS;
}

/** The person covering an absent manager's account: the absence's named substitute, else the account's backup. */
export function coverFor(account: Account, absence: Absence): number | undefined {
  return absence.substitute?.id ?? account.backup?.id;
}

/** Accounts `userId` covers today because their manager is away on an absence that needs cover. */
export function accountsCoveredBy(userId: number, accounts: Account[], absences: Absence[], today: IsoDate): Account[] {
  const away = absences.filter((a) => isActive(a, today) && needsCover(a));
  return accounts.filter((acc) => {
    const absence = away.find((a) => a.person.id === acc.accountManager?.id);
    return !!absence && coverFor(acc, absence) === userId;
  });
}
