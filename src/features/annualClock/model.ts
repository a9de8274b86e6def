/**
 * The annual clock's view model, pure (no React): occurrences joined to their task and account, the filters, and
 * the marks the wheel and the month list show. One mark is one task on one day: for one account it names the
 * account; for many (leadership's "everyone" over 300 accounts) it carries them all with a count, so 9,000
 * occurrences a year become a few hundred marks.
 */
import { occurrenceState, OccurrenceState } from '../../domain/clock';
import { coverSpans, CoverSpan } from '../../domain/cover';
import { addDays, compareIsoDates, IsoDate } from '../../domain/dates';
import type { AnnualClockData } from '../../data/queries/annualClock';
import type { Account, ClockCategory, ClockOccurrence, ClockTask, PersonRef } from '../../domain/types';
import { CLOCK_CATEGORIES } from '../../domain/vocabulary';

export const STATES: readonly OccurrenceState[] = ['overdue', 'dueSoon', 'upcoming', 'done'];

/** What the view reads from the clock's first read. */
export type ClockSource = Pick<AnnualClockData, 'year' | 'today' | 'me' | 'accounts' | 'tasks' | 'occurrences' | 'absences' | 'cover'>;

/** Who handles an item while its owner, the account's manager, is away (tuuraus), and until when. */
export interface ActingOwner {
  person: PersonRef;
  /** The last day of this person's cover of the account (the chain may hand it on earlier than the absence ends). */
  until: IsoDate;
  /** The absent manager (the item's owner). */
  manager: PersonRef;
}

export interface ClockItem {
  occurrence: ClockOccurrence;
  task?: ClockTask;
  account?: Account;
  title: string;
  category: ClockCategory;
  dueDate: IsoDate;
  state: OccurrenceState;
  /** Set when the item is open and its owner is away on the day that counts (see `actingOwners`). */
  acting?: ActingOwner;
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

/**
 * Who acts for the owner of each open item of a covered account: the item's owner is the account's manager, and the
 * manager is away on the day that counts (the due day; today for an item already overdue) on an absence that needs
 * cover. The substitute comes from the cover rules (override, substitute, backup, the chain when they are away too).
 * Absences ending before today are not read, so a holiday that is over hands everything back to the owner.
 */
export function actingOwners(source: Pick<ClockSource, 'accounts' | 'occurrences' | 'today' | 'absences' | 'cover'>): Map<number, ActingOwner> {
  const out = new Map<number, ActingOwner>();
  const absences = source.absences ?? [];
  if (!absences.length) return out;
  const open = source.occurrences.filter((o) => !o.done && o.accountId !== undefined);
  if (!open.length) return out;
  const last = open.reduce((d, o) => (compareIsoDates(o.dueDate, d) > 0 ? o.dueDate : d), source.today);
  const byAccount = new Map<number, CoverSpan[]>();
  for (const span of coverSpans(source.accounts, absences, source.today, last, source.cover).spans) {
    const list = byAccount.get(span.account.id);
    if (list) list.push(span);
    else byAccount.set(span.account.id, [span]);
  }
  if (!byAccount.size) return out;
  for (const o of open) {
    const spans = byAccount.get(o.accountId!);
    if (!spans) continue;
    const day = compareIsoDates(o.dueDate, source.today) < 0 ? source.today : o.dueDate;
    const i = spans.findIndex((x) => compareIsoDates(x.since, day) <= 0 && compareIsoDates(day, x.until) <= 0);
    const span = spans[i];
    if (!span?.cover) continue;
    const manager = span.absence.person;
    // Items someone else owns (a supervisor's, the system manager's) stay theirs.
    if (o.owner?.id !== undefined && o.owner.id !== manager.id) continue;
    // Until the last day of this person's unbroken cover (spans are by since, so later days follow).
    let until = span.until;
    for (const next of spans.slice(i + 1)) {
      if (next.absence.id !== span.absence.id || next.cover?.id !== span.cover.id || next.since !== addDays(until, 1)) break;
      until = next.until;
    }
    out.set(o.id, { person: span.cover, until, manager });
  }
  return out;
}

/** Occurrences with their task, account, state and acting owner, in date order (then task, then account). */
export function buildItems(
  source: Pick<ClockSource, 'accounts' | 'tasks' | 'occurrences' | 'today'> & Partial<Pick<ClockSource, 'absences' | 'cover'>>,
  collator?: Intl.Collator,
): ClockItem[] {
  const tasks = new Map(source.tasks.map((t) => [t.id, t]));
  const accounts = new Map(source.accounts.map((a) => [a.id, a]));
  const acting = actingOwners(source);
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
      acting: acting.get(o.id),
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
    // Items I handle for an absent owner are mine too.
    if (filters.owner === 'me') return isMe(i.occurrence.owner, me) || isMe(i.acting?.person, me);
    if (filters.owner === 'myAccounts') {
      // Organisation-wide items (no account) count as mine when I own them.
      return i.occurrence.accountId !== undefined ? mine.has(i.occurrence.accountId) || isMe(i.acting?.person, me) : isMe(i.occurrence.owner, me);
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
