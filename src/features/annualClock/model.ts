/**
 * The annual clock's view model, pure (no React): occurrences joined to their task and account, the filters, and
 * the marks the wheel and the month list show. One mark is one task on one day: for one account it names the
 * account; for many (leadership's "everyone" over 300 accounts) it carries them all with a count, so 9,000
 * occurrences a year become a few hundred marks.
 */
import { occurrenceState, OccurrenceState } from '../../domain/clock';
import type { IsoDate } from '../../domain/dates';
import type { AnnualClockData } from '../../data/queries/annualClock';
import type { Account, ClockCategory, ClockOccurrence, ClockTask, PersonRef } from '../../domain/types';
import { CLOCK_CATEGORIES } from '../../domain/vocabulary';

export const STATES: readonly OccurrenceState[] = ['overdue', 'dueSoon', 'upcoming', 'done'];

/** What the view reads from the clock's first read. */
export type ClockSource = Pick<AnnualClockData, 'year' | 'today' | 'me' | 'accounts' | 'tasks' | 'occurrences'>;

export interface ClockItem {
  occurrence: ClockOccurrence;
  task?: ClockTask;
  account?: Account;
  title: string;
  category: ClockCategory;
  dueDate: IsoDate;
  state: OccurrenceState;
}

export type OwnerFilter = 'me' | 'myAccounts' | 'everyone';

export interface ClockFilters {
  /** One account, or every account the data holds. */
  accountId?: number;
  /** Empty: every category. */
  categories: ClockCategory[];
  owner: OwnerFilter;
  /** Empty: every state. */
  states: OccurrenceState[];
}

export const DEFAULT_FILTERS: ClockFilters = { categories: [], owner: 'myAccounts', states: [] };

/** Occurrences with their task, account and state, in date order (then task, then account). */
export function buildItems(source: Pick<ClockSource, 'accounts' | 'tasks' | 'occurrences' | 'today'>, collator?: Intl.Collator): ClockItem[] {
  const tasks = new Map(source.tasks.map((t) => [t.id, t]));
  const accounts = new Map(source.accounts.map((a) => [a.id, a]));
  const compare = collator ? collator.compare : (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const items = source.occurrences.map((o): ClockItem => {
    const task = tasks.get(o.taskId);
    return {
      occurrence: o,
      task,
      account: o.accountId !== undefined ? accounts.get(o.accountId) : undefined,
      title: task?.title ?? '—',
      category: task?.category ?? 'other',
      dueDate: o.dueDate,
      state: occurrenceState(o, source.today),
    };
  });
  return items.sort(
    (a, b) =>
      (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0) ||
      (a.task?.sortOrder ?? 0) - (b.task?.sortOrder ?? 0) ||
      compare(a.title, b.title) ||
      compare(a.account?.abbreviation ?? '', b.account?.abbreviation ?? '') ||
      a.occurrence.id - b.occurrence.id,
  );
}

const isMe = (p: PersonRef | undefined, me: PersonRef): boolean => p?.id !== undefined && p.id === me.id;

/** "My accounts": the accounts where I am the account manager or the backup. */
export function myAccountIds(accounts: Account[], me: PersonRef): Set<number> {
  return new Set(accounts.filter((a) => isMe(a.accountManager, me) || isMe(a.backup, me)).map((a) => a.id));
}

export function applyFilters(items: ClockItem[], filters: ClockFilters, me: PersonRef, mine: Set<number>): ClockItem[] {
  const categories = new Set(filters.categories);
  const states = new Set(filters.states);
  return items.filter((i) => {
    if (filters.accountId !== undefined && i.occurrence.accountId !== filters.accountId) return false;
    if (categories.size && !categories.has(i.category)) return false;
    if (states.size && !states.has(i.state)) return false;
    if (filters.owner === 'me') return isMe(i.occurrence.owner, me);
    if (filters.owner === 'myAccounts') {
      // Organisation-wide items (no account) count as mine when I own them.
      return i.occurrence.accountId !== undefined ? mine.has(i.occurrence.accountId) : isMe(i.occurrence.owner, me);
    }
    return true;
  });
}

/** The most urgent state of several: overdue, then due soon, upcoming, done. */
export function worstState(states: Iterable<OccurrenceState>): OccurrenceState {
  let best = 3;
  for (const s of states) best = Math.min(best, STATES.indexOf(s));
  return STATES[best];
}

export function countStates(items: Pick<ClockItem, 'state'>[]): Record<OccurrenceState, number> {
  const c: Record<OccurrenceState, number> = { overdue: 0, dueSoon: 0, upcoming: 0, done: 0 };
  for (const i of items) c[i.state]++;
  return c;
}

/** One task on one day: one account's occurrence, or many accounts' with a count. */
export interface ClockMark {
  key: string;
  dueDate: IsoDate;
  category: ClockCategory;
  title: string;
  items: ClockItem[];
  state: OccurrenceState;
}

/** Marks in date order (the order the arrow keys follow): the items grouped by task and day. */
export function buildMarks(items: ClockItem[]): ClockMark[] {
  const byKey = new Map<string, ClockMark>();
  const marks: ClockMark[] = [];
  for (const i of items) {
    const key = `${i.dueDate}|${i.occurrence.taskId}`;
    let m = byKey.get(key);
    if (!m) {
      m = { key, dueDate: i.dueDate, category: i.category, title: i.title, items: [], state: 'done' };
      byKey.set(key, m);
      marks.push(m); // items are in date order, so marks are too
    }
    m.items.push(i);
  }
  for (const m of marks) m.state = worstState(m.items.map((i) => i.state));
  return marks;
}

/** The categories the template uses, in the vocabulary's order (one ring each). */
export function ringCategories(tasks: Pick<ClockTask, 'category'>[], only: ClockCategory[] = []): ClockCategory[] {
  const used = new Set(tasks.map((t) => t.category));
  const wanted = new Set(only);
  return CLOCK_CATEGORIES.filter((c) => used.has(c) && (wanted.size === 0 || wanted.has(c)));
}

/** Replaces one occurrence (after mark done / undo / a reload of it) in the source, keeping everything else. */
export function withOccurrence<T extends Pick<ClockSource, 'occurrences'>>(source: T, next: ClockOccurrence): T {
  return { ...source, occurrences: source.occurrences.map((o) => (o.id === next.id ? next : o)) };
}
