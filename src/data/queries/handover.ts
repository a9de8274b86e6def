/**
 * Tuuraus (docs/care-model.md §5): the handover brief for one account of an absent manager, and the
 * hand-back list the manager reads on return.
 *
 * The brief is ONE `$batch`. The absence's days are not known before it answers, so the reads that depend on them
 * take a window around today wide enough for any absence being prepared or going on (ACCOUNT_WINDOW_DAYS back, the
 * rest of the list ahead for the clock) and the brief narrows it here. Every read opens with the indexed account
 * lookup (or the indexed end date for absences), so it stays within the list view threshold. Situation records are
 * read as the user: SharePoint's item-level security (ReadSecurity) decides which of them come back; nothing here
 * asks for more.
 *
 * The hand-back needs the absence first (whose accounts, which days), so it is the absence and the accounts, then
 * ONE `$batch` for everything that happened on those accounts during it.
 */
import type { DataError } from '../errors';
import { f, Filter } from '../odata';
import type { Services, Settled } from '../ports';
import { addDays, compareIsoDates, helsinkiWallTimeToUtc, IsoDate, toHelsinkiDate } from '../../domain/dates';
import { absenceCoversAccount, coverSpans, CoverSpan } from '../../domain/cover';
import { needsCover } from '../../domain/substitution';
import type {
  Absence,
  Account,
  Action,
  Agreement,
  ClockOccurrence,
  ClockTask,
  Contact,
  Entity,
  Feedback,
  Idea,
  Meeting,
  Setting,
  SituationRecord,
} from '../../domain/types';
import { coverOptions } from './coverSettings';
import { isFollowUpMeeting } from '../../domain/actionDue';

/** How far back the brief's windowed reads go: recent records, and the start of an absence already going on. */
export const ACCOUNT_WINDOW_DAYS = 92;

/** Ideas still on their way (not decided against, not finished). */
const CLOSED_IDEA_STAGES = new Set<Idea['stage']>(['rejected', 'done']);
const OPEN_ACTION = new Set<Action['status']>(['open', 'inProgress']);

export interface DueItem {
  occurrence: ClockOccurrence;
  task?: ClockTask;
}

export interface HandoverBriefData {
  account: Account;
  absence: Absence;
  /** Who covers the account during the absence, span by span (one span unless the chain changes on some day). */
  cover: CoverSpan[];
  /** Whether the absence needs cover by the site's rule (a short one does not, unless marked). */
  needsCover: boolean;
  contacts: Contact[];
  /** The agreement of the absence's year, else the latest. */
  agreement?: Agreement;
  /** Next year's agreement when it already exists: in the autumn it is the one being drafted and signed. */
  nextAgreement?: Agreement;
  /** Clock items due from the absence's first day to its last, by due date. */
  due: DueItem[];
  /** Customer meetings planned during the absence. */
  meetings: Meeting[];
  /** The last follow-up group held before the brief was opened. */
  lastFollowUp?: Meeting;
  openActions: Action[];
  openIdeas: Idea[];
  /** Recent situation records the user may read (newest first). */
  situations: SituationRecord[];
  feedback: Feedback[];
  /** Sections that could not be read, with the reason. */
  problems: DataError[];
}

function settled<T>(x: Settled<T>, empty: T, problems: DataError[]): T {
  if (x.ok) return x.value;
  problems.push(x.error);
  return empty;
}

/** The brief for one account and one absence of its manager, in one `$batch`. */
export async function loadHandoverBrief(services: Services, params: { accountId: number; absenceId: number; today: IsoDate }): Promise<HandoverBriefData> {
  const { accountId, absenceId, today } = params;
  const byAccount = f.eq('accountId', accountId);
  const since = addDays(today, -ACCOUNT_WINDOW_DAYS);
  const newest = (prop: string) => [{ prop, descending: true }];
  const r = await services.batch((repos) => ({
    account: repos.accounts.get(accountId),
    absence: repos.absences.get(absenceId),
    // Who else is away (the chain passes over an away substitute): end ≥ since first, indexed and narrow.
    absences: repos.absences.find({ filter: f.ge('end', since), top: 500 }),
    settings: repos.settings.find({ top: 500 }),
    contacts: repos.contacts.find({ filter: byAccount, top: 500 }),
    agreements: repos.agreements.find({ filter: byAccount, orderBy: newest('year'), top: 10 }),
    occurrences: repos.clockCompletions.find({ filter: f.and(byAccount, f.ge('dueDate', since)), orderBy: [{ prop: 'dueDate' }], top: 1000 }),
    tasks: repos.clockTasks.find({ top: 1000 }),
    meetings: repos.meetings.find({ filter: f.and(byAccount, f.ge('year', Number(today.slice(0, 4)) - 1)), orderBy: [{ prop: 'startsAt' }], top: 500 }),
    actions: repos.actions.find({ filter: byAccount, top: 500 }),
    ideas: repos.ideas.find({ filter: byAccount, top: 500 }),
    situations: repos.situationRecords.find({ filter: f.and(byAccount, f.ge('date', since)), orderBy: newest('date'), top: 10 }),
    feedback: repos.feedback.find({ filter: f.and(byAccount, f.ge('date', since)), orderBy: newest('date'), top: 10 }),
  }));
  if (!r.account.ok) throw r.account.error;
  if (!r.absence.ok) throw r.absence.error;
  const account = r.account.value;
  const absence = r.absence.value;
  const problems: DataError[] = [];
  const options = coverOptions(settled(r.settings, [] as Setting[], problems));
  // The absence itself is in the list unless it ended before the window; the rules need it either way.
  const absences = settled(r.absences, [] as Absence[], problems).filter((a) => a.id !== absence.id).concat(absence);
  const within = (day: IsoDate | undefined): boolean => !!day && compareIsoDates(day, absence.start) >= 0 && compareIsoDates(day, absence.end) <= 0;
  const tasks = new Map(settled(r.tasks, [] as ClockTask[], problems).map((t) => [t.id, t]));
  const meetings = settled(r.meetings, [] as Meeting[], problems);
  const agreements = settled(r.agreements, [] as Agreement[], problems);
  const year = Number(absence.start.slice(0, 4));
  const held = meetings.filter((m) => isFollowUpMeeting(m) && m.status !== 'cancelled' && compareIsoDates(toHelsinkiDate(m.startsAt), today) <= 0);

  return {
    account,
    absence,
    cover: coverSpans([account], absences, absence.start, absence.end, options).spans.filter((s) => s.absence.id === absence.id),
    needsCover: needsCover(absence, options.shortAbsenceMaxDays),
    contacts: settled(r.contacts, [] as Contact[], problems).sort(byContactImportance),
    agreement: agreements.find((a) => a.year === year) ?? agreements.find((a) => a.year < year),
    nextAgreement: agreements.find((a) => a.year === year + 1),
    due: settled(r.occurrences, [] as ClockOccurrence[], problems)
      .filter((o) => within(o.dueDate))
      .map((occurrence) => ({ occurrence, task: tasks.get(occurrence.taskId) })),
    meetings: meetings.filter((m) => m.status !== 'cancelled' && within(toHelsinkiDate(m.startsAt))),
    lastFollowUp: held.filter((m) => m.status === 'held' || m.minutes || m.minutesUrl).pop() ?? held.pop(),
    openActions: settled(r.actions, [] as Action[], problems)
      .filter((a) => OPEN_ACTION.has(a.status))
      .sort((a, b) => compareIsoDates(a.dueDate ?? '9999-12-31', b.dueDate ?? '9999-12-31') || a.id - b.id),
    openIdeas: settled(r.ideas, [] as Idea[], problems).filter((i) => !CLOSED_IDEA_STAGES.has(i.stage)),
    situations: settled(r.situations, [] as SituationRecord[], problems),
    feedback: settled(r.feedback, [] as Feedback[], problems),
    problems,
  };
}

/** The customer's people first, those with roles (head of IT, signatory…) before the rest, then by signing order and name. */
function byContactImportance(a: Contact, b: Contact): number {
  const side = (c: Contact): number => (c.side === 'customer' ? 0 : 1);
  const roles = (c: Contact): number => (c.roles?.length ? 0 : 1);
  return side(a) - side(b) || roles(a) - roles(b) || (a.signingOrder ?? 99) - (b.signingOrder ?? 99) || a.name.localeCompare(b.name, 'fi');
}

// ---------------------------------------------------------------------------------------------------------------
// Hand-back

/** The lists the hand-back reports on, in the order it shows them. */
export const HAND_BACK_LISTS = ['actions', 'meetings', 'feedback', 'situationRecords', 'contacts', 'agreements', 'ideas'] as const;
export type HandBackList = (typeof HAND_BACK_LISTS)[number];

export interface ChangedItem {
  list: HandBackList;
  id: number;
  /** What the item is called (a title, a name, the start of a text). */
  label: string;
  /** Created during the absence (else only changed). */
  created: boolean;
  /** When it was last changed (ISO date-time). */
  modified?: string;
}

export interface HandBackAccount {
  account: Account;
  /** Who covered it, span by span. */
  cover: CoverSpan[];
  /** Items created or changed during the absence, by list in HAND_BACK_LISTS order, newest first. */
  changed: ChangedItem[];
  /** Clock items marked done during the absence. */
  clockDone: DueItem[];
  /** Clock items due during the absence and still open. */
  clockMissed: DueItem[];
  /** Feedback that arrived during the absence. */
  newFeedback: Feedback[];
}

export interface HandBackData {
  absence: Absence;
  accounts: HandBackAccount[];
  problems: DataError[];
}

type Changed = Entity & Partial<{ title: string; name: string; text: string; situation: string; accountId: number }>;

function labelOf(item: Changed): string {
  const text = item.title ?? item.name ?? item.text ?? item.situation ?? '';
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}

/**
 * What happened on each account `absenceId` covered, from its first day to its last (or to today while it goes on).
 * Two round trips: the absence and the active accounts, then one `$batch` filtered on the covered accounts'
 * indexed lookup first.
 */
export async function loadHandBack(services: Services, params: { absenceId: number; today: IsoDate }): Promise<HandBackData> {
  const first = await services.batch((repos) => ({
    absence: repos.absences.get(params.absenceId),
    accounts: repos.accounts.find({ filter: f.eq('active', true), top: 5000 }),
  }));
  if (!first.absence.ok) throw first.absence.error;
  if (!first.accounts.ok) throw first.accounts.error;
  const absence = first.absence.value;
  const covered = first.accounts.value.filter((a) => absenceCoversAccount(absence, a)).sort((a, b) => a.name.localeCompare(b.name, 'fi'));
  if (covered.length === 0) return { absence, accounts: [], problems: [] };

  const last = compareIsoDates(absence.end, params.today) < 0 ? absence.end : params.today;
  const from = helsinkiWallTimeToUtc(absence.start).toISOString();
  const until = helsinkiWallTimeToUtc(addDays(last, 1)).getTime();
  const ids = covered.map((a) => a.id);
  const onAccounts: Filter = ids.length === 1 ? f.eq('accountId', ids[0]) : f.or(...ids.map((id) => f.eq('accountId', id)));
  // The covered accounts' lookup first (indexed; each branch narrow), then what changed since the absence began.
  const changedSince = { filter: f.and(onAccounts, f.ge('modified', from)), top: 500 };
  const r = await services.batch((repos) => ({
    absences: repos.absences.find({ filter: f.and(f.ge('end', absence.start), f.le('start', absence.end)), top: 500 }),
    settings: repos.settings.find({ top: 500 }),
    actions: repos.actions.find(changedSince),
    meetings: repos.meetings.find(changedSince),
    feedback: repos.feedback.find(changedSince),
    situationRecords: repos.situationRecords.find(changedSince),
    contacts: repos.contacts.find(changedSince),
    agreements: repos.agreements.find(changedSince),
    ideas: repos.ideas.find(changedSince),
    clockChanged: repos.clockCompletions.find(changedSince),
    clockDue: repos.clockCompletions.find({ filter: f.and(onAccounts, f.ge('dueDate', absence.start), f.le('dueDate', last)), orderBy: [{ prop: 'dueDate' }], top: 1000 }),
    tasks: repos.clockTasks.find({ top: 1000 }),
  }));
  const problems: DataError[] = [];
  const options = coverOptions(settled(r.settings, [] as Setting[], problems));
  const absences = settled(r.absences, [] as Absence[], problems).filter((a) => a.id !== absence.id).concat(absence);
  const tasks = new Map(settled(r.tasks, [] as ClockTask[], problems).map((t) => [t.id, t]));
  const inPeriod = (iso: string | undefined): boolean => !!iso && Date.parse(iso) >= Date.parse(from) && Date.parse(iso) < until;
  const withinDays = (day: IsoDate | undefined): boolean => !!day && compareIsoDates(day, absence.start) >= 0 && compareIsoDates(day, last) <= 0;

  const changed: { accountId?: number; item: ChangedItem }[] = [];
  for (const list of HAND_BACK_LISTS) {
    for (const item of settled(r[list] as Settled<Changed[]>, [], problems)) {
      if (!inPeriod(item.modified) && !inPeriod(item.created)) continue;
      changed.push({ accountId: item.accountId, item: { list, id: item.id, label: labelOf(item), created: inPeriod(item.created), modified: item.modified } });
    }
  }
  // Newest first within each list (Modified is not indexed, so the order is set here, not by the query).
  const listOrder = (l: HandBackList): number => HAND_BACK_LISTS.indexOf(l);
  changed.sort((a, b) => listOrder(a.item.list) - listOrder(b.item.list) || (b.item.modified ?? '').localeCompare(a.item.modified ?? ''));
  const clockChanged = settled(r.clockChanged, [] as ClockOccurrence[], problems);
  const clockDue = settled(r.clockDue, [] as ClockOccurrence[], problems);
  const feedback = r.feedback.ok ? r.feedback.value : [];
  const spans = coverSpans(covered, absences, absence.start, absence.end, options).spans.filter((s) => s.absence.id === absence.id);

  return {
    absence,
    problems,
    accounts: covered.map((account): HandBackAccount => ({
      account,
      cover: spans.filter((s) => s.account.id === account.id),
      changed: changed.filter((c) => c.accountId === account.id).map((c) => c.item),
      clockDone: clockChanged
        .filter((o) => o.accountId === account.id && o.done && withinDays(o.doneOn))
        .sort((a, b) => compareIsoDates(a.doneOn!, b.doneOn!))
        .map((occurrence) => ({ occurrence, task: tasks.get(occurrence.taskId) })),
      clockMissed: clockDue.filter((o) => o.accountId === account.id && !o.done).map((occurrence) => ({ occurrence, task: tasks.get(occurrence.taskId) })),
      newFeedback: feedback.filter((x) => x.accountId === account.id && (withinDays(x.date) || inPeriod(x.created))),
    })),
  };
}
