/** Annual clock (vuosikello) occurrences: the state a user sees next to each due date. */
import { daysBetween, IsoDate } from './dates';
import type { ClockOccurrence } from './types';

export type OccurrenceState = 'done' | 'overdue' | 'dueSoon' | 'upcoming';

export const DUE_SOON_DAYS = 14;

export function occurrenceState(o: Pick<ClockOccurrence, 'done' | 'dueDate'>, today: IsoDate): OccurrenceState {
  if (o.done) return 'done';
  const left = daysBetween(today, o.dueDate);
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_DAYS ? 'dueSoon' : 'upcoming';
}

/** What the account tab shows "at a glance": everything overdue, then the next open items. */
export function glanceItems<T extends Pick<ClockOccurrence, 'done' | 'dueDate'>>(items: T[], today: IsoDate, upcoming = 5): T[] {
  const open = items.filter((o) => !o.done).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const overdue = open.filter((o) => o.dueDate < today);
  return [...overdue, ...open.filter((o) => o.dueDate >= today).slice(0, upcoming)];
}
