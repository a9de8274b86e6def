/**
 * Everything the account tab shows, read in ONE `$batch` round trip (PnPjs sends ≤ 20 requests per POST; this is
 * 15). Every query opens with the indexed account lookup (or reads a small reference list), so it stays within the
 * 5,000-item threshold. Parts settle on their own: a list the site has not provisioned empties only its section
 * and is reported, by name, in `problems`.
 */
import { DataError, classifyError } from '../../data/errors';
import { f } from '../../data/odata';
import type { Services, Settled } from '../../data/ports';

/** The window read, date first, when a year of an account's items exceeds the threshold. */
export const RECENT_FALLBACK_DAYS = 30;
import { addDays, IsoDate } from '../../domain/dates';
import type {
  Absence,
  Account,
  Action,
  Agreement,
  ClockOccurrence,
  ClockTask,
  Contact,
  Feedback,
  Idea,
  Meeting,
  Segment,
  SituationRecord,
  Survey,
  SurveyResponse,
} from '../../domain/types';

export interface AccountTabData {
  account: Account;
  segments: Segment[];
  contacts: Contact[];
  meetings: Meeting[];
  agreements: Agreement[];
  occurrences: ClockOccurrence[];
  tasks: ClockTask[];
  ideas: Idea[];
  actions: Action[];
  situations: SituationRecord[];
  feedback: Feedback[];
  surveys: Survey[];
  responses: SurveyResponse[];
  /** Absences going on today (who is away, who covers). */
  absences: Absence[];
  /**
   * Set when a list was too large to read a year of this account's items within the list view threshold, so
   * only the last RECENT_FALLBACK_DAYS are shown (see `recentOf`).
   */
  recentLimitedToDays?: number;
  /** Whether the current user may edit the account (EffectiveBasePermissions on the accounts list). */
  canEditAccount: boolean;
  /** Sections that could not be read, with the reason (e.g. a list missing on this site). */
  problems: DataError[];
}

export async function loadAccountTab(services: Services, accountId: number, today: IsoDate): Promise<AccountTabData> {
  const year = Number(today.slice(0, 4));
  const byAccount = f.eq('accountId', accountId);
  const r = await services.batch((repos) => ({
    account: repos.accounts.get(accountId),
    canEditAccount: repos.accounts.canEdit(),
    segments: repos.segments.find({ top: 200 }),
    contacts: repos.contacts.find({ filter: byAccount, top: 500 }),
    meetings: repos.meetings.find({ filter: f.and(byAccount, f.ge('year', year - 1)), orderBy: [{ prop: 'startsAt' }], top: 500 }),
    agreements: repos.agreements.find({ filter: byAccount, orderBy: [{ prop: 'year', descending: true }], top: 20 }),
    occurrences: repos.clockCompletions.find({ filter: f.and(byAccount, f.ge('dueDate', `${year}-01-01`)), orderBy: [{ prop: 'dueDate' }], top: 1000 }),
    tasks: repos.clockTasks.find({ top: 1000 }),
    ideas: repos.ideas.find({ filter: byAccount, top: 500 }),
    actions: repos.actions.find({ filter: byAccount, top: 500 }),
    situations: repos.situationRecords.find({ filter: f.and(byAccount, f.ge('date', addDays(today, -365))), orderBy: [{ prop: 'date', descending: true }], top: 20 }),
    feedback: repos.feedback.find({ filter: f.and(byAccount, f.ge('date', addDays(today, -365))), orderBy: [{ prop: 'date', descending: true }], top: 20 }),
    surveys: repos.surveys.find({ filter: f.ge('year', year - 2), top: 100 }),
    responses: repos.surveyResponses.find({ filter: byAccount, orderBy: [{ prop: 'submittedAt', descending: true }], top: 1000 }),
    // end ≥ today first: indexed and narrow (only current and future absences).
    absences: repos.absences.find({ filter: f.and(f.ge('end', today), f.le('start', today)), top: 500 }),
  }));
  if (!r.account.ok) throw r.account.error;
  // A very large list (tens of thousands of items for one account) can exceed the threshold for a year's window;
  // then read a short window, date first, instead of leaving the section empty.
  let recentLimitedToDays: number | undefined;
  const fallback = async <T>(part: Settled<T[]>, read: (since: string) => Promise<T[]>): Promise<Settled<T[]>> => {
    if (part.ok || part.error.kind !== 'threshold') return part;
    recentLimitedToDays = RECENT_FALLBACK_DAYS;
    try {
      return { ok: true, value: await read(addDays(today, -RECENT_FALLBACK_DAYS)) };
    } catch (error) {
      return { ok: false, error: classifyError(error) };
    }
  };
  const recent = (since: string) => ({ filter: f.and(f.ge('date', since), byAccount), orderBy: [{ prop: 'date', descending: true }], top: 20 });
  const [situations, feedback] = await Promise.all([
    fallback(r.situations, (since) => services.repos.situationRecords.find(recent(since))),
    fallback(r.feedback, (since) => services.repos.feedback.find(recent(since))),
  ]);
  const problems: DataError[] = [];
  const value = <T>(x: { ok: true; value: T } | { ok: false; error: DataError }, empty: T): T => {
    if (x.ok) return x.value;
    problems.push(x.error);
    return empty;
  };
  return {
    account: r.account.value,
    // Unknown rights: offer editing; SharePoint refuses with a clear message if the user may not.
    canEditAccount: r.canEditAccount.ok ? r.canEditAccount.value : true,
    segments: value(r.segments, []),
    contacts: value(r.contacts, []),
    meetings: value(r.meetings, []),
    agreements: value(r.agreements, []),
    occurrences: value(r.occurrences, []),
    tasks: value(r.tasks, []),
    ideas: value(r.ideas, []),
    actions: value(r.actions, []),
    situations: value(situations, []),
    feedback: value(feedback, []),
    recentLimitedToDays,
    surveys: value(r.surveys, []),
    responses: value(r.responses, []),
    absences: value(r.absences, []),
    problems,
  };
}

/** The account a Teams channel belongs to (first clause on the indexed channel id). */
export async function accountForChannel(services: Services, teamId: string, channelId: string): Promise<Account | undefined> {
  const found = await services.repos.accounts.find({ filter: f.and(f.eq('teamsChannelId', channelId), f.eq('teamsGroupId', teamId)), top: 2 });
  return found[0];
}
