/**
 * Everything the account tab shows, read in ONE `$batch` round trip. Every query opens with an indexed column (the
 * account lookup, or the date for the short recent window) or reads a small reference list, so it stays within the
 * 5,000-item threshold. Parts settle on their own: a list the site has not provisioned empties only its section
 * and is reported, by name, in `problems`.
 */
import type { DataError } from '../errors';
import { f } from '../odata';
import type { Repositories, Services, Settled } from '../ports';
import { addDays, IsoDate } from '../../domain/dates';
import { accountForChannel, channelFilter } from './accounts';
import { LIST_ROLES } from '../schema/permissions';
import { listDef } from '../schema/lists';
import { privacyThresholdOf } from '../../domain/satisfaction';
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
  Setting,
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
  /** The site's cover settings (`cover.*` rows of ACSettings), for who covers while the manager is away. */
  settings: Setting[];
  /** The privacy threshold of survey results, from the same settings read (`privacyThresholdOf`). */
  privacyThreshold: number;
  /**
   * The survey responses list is closed to this user (staff and supervisors): the tab says there is nothing to
   * show rather than "no answers yet".
   */
  responsesHidden: boolean;
  /**
   * Set when a list was too large to read a year of this account's items within the list view threshold, so
   * only the last RECENT_FALLBACK_DAYS are shown (read in the same batch).
   */
  recentLimitedToDays?: number;
  /** The account the channel asked about is linked to, when the load checked one (undefined: none). */
  channelAccountId?: number;
  /** Whether the current user may edit the account (EffectiveBasePermissions on the accounts list). */
  canEditAccount: boolean;
  /** Sections that could not be read, with the reason (e.g. a list missing on this site). */
  problems: DataError[];
}

/** Titles of the lists that break permission inheritance: not every group can see them. */
const CLOSED_LISTS = new Set(Object.entries(LIST_ROLES).filter(([, roles]) => roles !== 'inherit').map(([key]) => listDef(key as keyof typeof LIST_ROLES).title));

/** The window read, date first, beside the year's read; shown when a year of an account's items exceeds the threshold. */
export const RECENT_FALLBACK_DAYS = 30;

/** Where the account comes from: an id (page property, a pick, My accounts), or a Teams channel. */
export interface AccountTabTarget {
  accountId?: number;
  channel?: { teamId: string; channelId: string };
  /** The account this channel showed last time on this device: lets the first screen be one round trip. */
  rememberedAccountId?: number;
}

export type AccountTabStart = { kind: 'account'; data: AccountTabData } | { kind: 'unmappedChannel' } | { kind: 'choose' };

/**
 * The account tab's first screen. With an account id (or a channel whose account this device remembers) it is ONE
 * `$batch`: the channel lookup rides along and is checked against the remembered id; only a channel seen for the
 * first time, or one whose link moved, costs a second round trip.
 */
export async function startAccountTab(services: Services, target: AccountTabTarget, today: IsoDate): Promise<AccountTabStart> {
  const channel = target.channel;
  if (target.accountId) return { kind: 'account', data: await loadAccountTab(services, target.accountId, today) };
  if (!channel) return { kind: 'choose' };
  if (target.rememberedAccountId) {
    const data = await loadAccountTab(services, target.rememberedAccountId, today, channel);
    if (data.channelAccountId === target.rememberedAccountId) return { kind: 'account', data };
    if (data.channelAccountId === undefined) return { kind: 'unmappedChannel' };
    return { kind: 'account', data: await loadAccountTab(services, data.channelAccountId, today) };
  }
  const account = await accountForChannel(services, channel.teamId, channel.channelId);
  return account ? { kind: 'account', data: await loadAccountTab(services, account.id, today) } : { kind: 'unmappedChannel' };
}

/** The account-scoped reads of the tab, started on `repos` (a batch). */
function startReads(repos: Repositories, accountId: number, today: IsoDate) {
  const year = Number(today.slice(0, 4));
  const byAccount = f.eq('accountId', accountId);
  const lastYear = f.and(byAccount, f.ge('date', addDays(today, -365)));
  // Date first, a short window: always within the list view threshold, however many items one account has.
  const recent = { filter: f.and(f.ge('date', addDays(today, -RECENT_FALLBACK_DAYS)), byAccount), orderBy: [{ prop: 'date', descending: true }], top: 20 };
  return {
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
    situations: repos.situationRecords.find({ filter: lastYear, orderBy: [{ prop: 'date', descending: true }], top: 20 }),
    situationsRecent: repos.situationRecords.find(recent),
    feedback: repos.feedback.find({ filter: lastYear, orderBy: [{ prop: 'date', descending: true }], top: 20 }),
    feedbackRecent: repos.feedback.find(recent),
    surveys: repos.surveys.find({ filter: f.ge('year', year - 2), top: 100 }),
    responses: repos.surveyResponses.find({ filter: byAccount, orderBy: [{ prop: 'submittedAt', descending: true }], top: 1000 }),
    // end ≥ today first: indexed and narrow (only current and future absences).
    absences: repos.absences.find({ filter: f.and(f.ge('end', today), f.le('start', today)), top: 500 }),
    // Cover settings and the survey privacy threshold: the list is small, so read whole.
    settings: repos.settings.find({ top: 500 }),
  };
}

/**
 * Everything the tab shows about one account, in one `$batch` (PnPjs sends ≤ 20 requests per POST; this is 18, 19
 * with the channel lookup).
 */
export async function loadAccountTab(services: Services, accountId: number, today: IsoDate, channel?: { teamId: string; channelId: string }): Promise<AccountTabData> {
  const r = await services.batch((repos) => ({
    ...startReads(repos, accountId, today),
    channelAccounts: channel ? repos.accounts.find({ filter: channelFilter(channel.teamId, channel.channelId), top: 2 }) : Promise.resolve([]),
  }));
  if (!r.account.ok) throw r.account.error;
  // A very large list (tens of thousands of items for one account) can exceed the threshold for a year's window;
  // then the short date-first window read in the same batch stands in, and the section says so.
  let recentLimitedToDays: number | undefined;
  const yearOrRecent = <T>(year: Settled<T[]>, recent: Settled<T[]>): Settled<T[]> => {
    if (year.ok || year.error.kind !== 'threshold') return year;
    recentLimitedToDays = RECENT_FALLBACK_DAYS;
    return recent;
  };
  const situations = yearOrRecent(r.situations, r.situationsRecent);
  const feedback = yearOrRecent(r.feedback, r.feedbackRecent);
  const problems: DataError[] = [];
  const canEditAccount = r.canEditAccount.ok ? r.canEditAccount.value : true;
  const value = <T>(x: Settled<T>, empty: T): T => {
    if (x.ok) return x.value;
    // SharePoint answers "no such list" for a list closed to the user (situation records, absences and feedback
    // are closed to customer respondents): for someone who may not edit the account that is not a problem to
    // report, just a section that stays empty. Account managers and owners reach those lists, so for them it is.
    if (!(x.error.kind === 'listMissing' && !canEditAccount && CLOSED_LISTS.has(x.error.list ?? ''))) problems.push(x.error);
    return empty;
  };
  const settings = value(r.settings, []);
  return {
    account: r.account.value,
    channelAccountId: r.channelAccounts.ok ? r.channelAccounts.value[0]?.id : accountId,
    // Unknown rights: offer editing; SharePoint refuses with a clear message if the user may not.
    canEditAccount,
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
    settings,
    privacyThreshold: privacyThresholdOf(settings),
    responsesHidden: !r.responses.ok && r.responses.error.kind === 'listMissing' && !canEditAccount,
    problems,
  };
}
