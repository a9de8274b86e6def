/**
 * The follow-up group's meeting kit (docs/care-model.md §3): which of the account's data goes to which item of the
 * standard agenda, the materials-ready state, and the invitation text. Pure functions: no React, no I/O. The UI
 * localizes labels; the invitation takes its sentences as a strings object.
 */
import { IDEA_STAGES } from './vocabulary';
import { deadlineState, DeadlineState } from './agreements';
import { occurrenceState, OccurrenceState } from './clock';
import { addDays, daysBetween, formatDate, HELSINKI, intlLocale, IsoDate, toHelsinkiDate } from './dates';
import { AgendaKey, materialsReadyDate, previousMeeting, quarterOf, STANDARD_AGENDA } from './followUp';
import { isOpenAction, isOpenIdea } from './openItems';
import { PeriodResult, trend, withheld } from './satisfaction';
import { DEFAULT_PRIVACY_THRESHOLD } from './surveys';
import type {
  Account,
  Action,
  Agreement,
  AgreementAppendix,
  ClockOccurrence,
  ClockTask,
  Idea,
  KeyDocument,
  Link,
  Meeting,
  Survey,
  SurveyResponse,
} from './types';

export type KitLang = 'fi' | 'sv' | 'en';

/** An agenda item with the standard item it corresponds to (when it does), so the kit can attach data to it. */
export interface KitAgendaItem {
  number: number;
  title: string;
  notes?: string;
  key?: AgendaKey;
}

const normalize = (title: string): string =>
  title
    .toLowerCase()
    .replace(/^\s*\d+\s*[.)]?\s*/, '')
    .replace(/[\s.:;]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();

const TITLE_TO_KEY = new Map<string, AgendaKey>();
for (const item of STANDARD_AGENDA) for (const lang of ['fi', 'sv', 'en'] as const) TITLE_TO_KEY.set(normalize(item[lang]), item.key);

const STANDARD_BY_KEY = new Map(STANDARD_AGENDA.map((a) => [a.key as AgendaKey, a]));

/**
 * The meeting's own agenda when it has one, else the standard nine items in `lang`. Items of a stored agenda are
 * matched to the standard items by title (any language); a nine-item agenda with unrecognised titles by position.
 * A stored heading that is a standard heading (in any language, numbered or not) is shown in `lang`: the agenda
 * is stored in the language it was written in, and a Swedish reader should not get Finnish headings. A heading
 * edited to anything else is shown as written.
 */
export function agendaFor(meeting: Pick<Meeting, 'agenda'>, lang: KitLang): KitAgendaItem[] {
  if (!meeting.agenda?.length) return STANDARD_AGENDA.map((a, i) => ({ number: i + 1, title: a[lang], key: a.key }));
  const items = [...meeting.agenda].sort((a, b) => a.number - b.number);
  const used = new Set<AgendaKey>();
  const out: KitAgendaItem[] = items.map((a) => {
    const key = TITLE_TO_KEY.get(normalize(a.title));
    if (!key || used.has(key)) return { number: a.number, title: a.title, notes: a.notes };
    used.add(key);
    return { number: a.number, title: STANDARD_BY_KEY.get(key)![lang], notes: a.notes, key };
  });
  if (used.size === 0 && out.length === STANDARD_AGENDA.length) return out.map((a, i) => ({ ...a, key: STANDARD_AGENDA[i].key }));
  return out;
}

export const meetingDate = (m: Pick<Meeting, 'startsAt'>): IsoDate => toHelsinkiDate(m.startsAt);
export const meetingYear = (m: Pick<Meeting, 'startsAt' | 'year'>): number => m.year ?? Number(meetingDate(m).slice(0, 4));
export const meetingQuarter = (m: Pick<Meeting, 'startsAt' | 'quarter'>): number => m.quarter ?? quarterOf(meetingDate(m));

/** "Q4/2025" */
export const periodLabel = (year: number, quarter?: number): string => (quarter ? `Q${quarter}/${year}` : String(year));

/** The meeting after `meeting` (same list), the one agreed at item 8. */
export function followingMeeting(meetings: Meeting[], meeting: Meeting): Meeting | undefined {
  return [...meetings]
    .filter((m) => m.id !== meeting.id && m.startsAt > meeting.startsAt && m.status !== 'cancelled')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
}

/** The usual rhythm: March, June, September, December (docs/care-model.md §3). */
export const FOLLOW_UP_MONTHS = [3, 6, 9, 12] as const;

/** The next usual follow-up month strictly after `date`'s month. */
export function nextUsualMonth(date: IsoDate): { year: number; month: number } {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const next = FOLLOW_UP_MONTHS.find((m) => m > month);
  return next ? { year, month: next } : { year: year + 1, month: FOLLOW_UP_MONTHS[0] };
}

// --- Materials ---------------------------------------------------------------------------------------------------

export type MaterialsState = 'upcoming' | 'today' | 'overdue' | 'past';

export interface MaterialsInfo {
  date: IsoDate;
  /** Days from today to the materials date (negative when passed). */
  days: number;
  state: MaterialsState;
}

/** Materials one week before; "overdue" only while the meeting is still ahead, "past" once it has been held. */
export function materialsInfo(meeting: Meeting, today: IsoDate, now: Date): MaterialsInfo {
  const date = materialsReadyDate(meeting);
  const days = daysBetween(today, date);
  const held = meeting.status === 'held' || meeting.startsAt <= now.toISOString();
  const state: MaterialsState = held ? 'past' : days > 0 ? 'upcoming' : days === 0 ? 'today' : 'overdue';
  return { date, days, state };
}

// --- Item 3: economy ---------------------------------------------------------------------------------------------

export interface EconomyTask {
  occurrence: ClockOccurrence;
  task?: ClockTask;
  state: OccurrenceState;
}

/** Next year's agreement as item 3 names it in the year's last group: where it is against its deadline. */
export interface NextAgreementInfo {
  agreement: Agreement;
  stage: Agreement['stage'];
  deadline?: IsoDate;
  /** Against the deadline on the day the kit is made (done, on track, at risk, late). */
  state: DeadlineState;
}

export interface EconomyKit {
  year: number;
  /** This year's agreement: the budget the group follows comes from it. */
  agreement?: Agreement;
  /** The ICT budget transferred to ORK for the year (siirretty määräraha), from the agreement. */
  budget?: number;
  /**
   * In Q4 only: next year's agreement, due before Christmas (care-model §2), so the December group sees its stage
   * and deadline beside this year's figures.
   */
  next?: NextAgreementInfo;
  /** The finance-clock items between the previous and the following meeting. */
  from: IsoDate;
  to: IsoDate;
  tasks: EconomyTask[];
}

/** Without a neighbouring meeting the window is a quarter either side. */
const QUARTER_DAYS = 92;

export function economyKit(args: {
  meeting: Meeting;
  previous?: Meeting;
  following?: Meeting;
  agreements: Agreement[];
  occurrences: ClockOccurrence[];
  tasks: ClockTask[];
  today: IsoDate;
}): EconomyKit {
  const year = meetingYear(args.meeting);
  const day = meetingDate(args.meeting);
  const from = args.previous ? meetingDate(args.previous) : addDays(day, -QUARTER_DAYS);
  const to = args.following ? meetingDate(args.following) : addDays(day, QUARTER_DAYS);
  const agreement = agreementOf(args.agreements, year);
  const upcoming = meetingQuarter(args.meeting) === 4 ? agreementOf(args.agreements, year + 1) : undefined;
  const next = upcoming ? { agreement: upcoming, stage: upcoming.stage, deadline: upcoming.deadline, state: deadlineState(upcoming, args.today) } : undefined;
  const tasks = new Map(args.tasks.map((t) => [t.id, t]));
  const economy = args.occurrences
    .filter((o) => tasks.get(o.taskId)?.category === 'economy' && o.dueDate >= from && o.dueDate <= to)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((o) => ({ occurrence: o, task: tasks.get(o.taskId), state: occurrenceState(o, args.today) }));
  return { year, agreement, budget: agreement?.transferredBudget, ...(next ? { next } : {}), from, to, tasks: economy };
}

/** An account's agreement of a year: the service agreement when there is one (a partnership agreement otherwise). */
function agreementOf(agreements: Agreement[], year: number): Agreement | undefined {
  const ofYear = agreements.filter((a) => a.year === year);
  return ofYear.find((a) => a.kind === 'serviceAgreement') ?? ofYear[0];
}

// --- Item 4: services status -------------------------------------------------------------------------------------

export interface ServicesKit {
  appendices: AgreementAppendix[];
  agreementDocument?: Link;
  keyDocuments: KeyDocument[];
  workspace?: Link;
}

export function servicesKit(account: Account, agreement?: Agreement): ServicesKit {
  return {
    appendices: agreement?.appendices ?? [],
    agreementDocument: agreement?.documentUrl,
    keyDocuments: account.keyDocuments ?? [],
    workspace: account.workspaceUrl,
  };
}

// --- Item 5: development ------------------------------------------------------------------------------------------

export interface DevelopmentKit {
  /** Ideas and needs still in the portfolio (not done or rejected), in the order of the flow, furthest first. */
  ideas: Idea[];
  /** Actions under way. */
  inProgress: Action[];
}

export function developmentKit(ideas: Idea[], actions: Action[]): DevelopmentKit {
  const order = (i: Idea): number => IDEA_STAGES.indexOf(i.stage);
  return {
    ideas: ideas.filter(isOpenIdea).sort((a, b) => order(b) - order(a) || a.title.localeCompare(b.title)),
    inProgress: actions.filter((a) => a.status === 'inProgress').sort(byDue),
  };
}

// --- Item 6: satisfaction -----------------------------------------------------------------------------------------

export interface SatisfactionChange {
  overall?: number;
  nps?: number;
  /** area → change of the average */
  areas: Record<string, number>;
}

export interface SatisfactionKit {
  /** The period reviewed; under the privacy threshold it carries `belowThreshold` and no figures. */
  latest?: PeriodResult;
  /** The period compared with; only one with enough answers (a change against a hidden period would reveal it). */
  previous?: PeriodResult;
  change?: SatisfactionChange;
  /** A survey of a later period still open when the kit is made, with the answers so far. */
  open?: { year: number; quarter?: number; responses: number };
  /** The account's open actions that came from the survey: results go through the group into action tracking. */
  actions: Action[];
  /**
   * The account's open development actions from the partnership assessment (9E, source 'assessment'): the customer's
   * own assessment of the partnership is reviewed under the same item as the survey, each weak score with its action.
   */
  assessmentActions: Action[];
  /** The answers could not be read by this user (the responses list is closed to them): nothing to show. */
  hidden?: boolean;
}

const periodKey = (year: number, quarter?: number): number => year * 10 + (quarter ?? 0);
const delta = (a?: number, b?: number): number | undefined => (a === undefined || b === undefined ? undefined : Math.round((a - b) * 10) / 10);

export interface SatisfactionKitOptions {
  /** The privacy threshold (privacyThresholdOf the site's settings); the default when not given. */
  threshold?: number;
  /** The account's actions; item 6 lists the open ones whose source is the survey, and those from the 9E assessment. */
  actions?: Action[];
  hidden?: boolean;
}

/**
 * The quarterly survey results the meeting reviews: periods up to the meeting's own quarter, counting answers
 * given before the meeting started. The latest closed period is "the results"; the change is against the period
 * before it. A later survey that is still open is reported separately with its answers so far. A period with
 * fewer answers than the privacy threshold shows no figures, and is never compared with or against.
 */
export function satisfactionKit(meeting: Meeting, surveys: Survey[], responses: SurveyResponse[], opts: SatisfactionKitOptions = {}): SatisfactionKit {
  const threshold = opts.threshold ?? DEFAULT_PRIVACY_THRESHOLD;
  const pending = openActions(opts.actions ?? []);
  const actions = pending.filter((a) => a.source === 'survey');
  const assessmentActions = pending.filter((a) => a.source === 'assessment');
  const base: SatisfactionKit = { actions, assessmentActions, ...(opts.hidden ? { hidden: true } : {}) };
  const limit = periodKey(meetingYear(meeting), meetingQuarter(meeting));
  const quarterly = surveys.filter((s) => s.kind === 'quarterly' && periodKey(s.year, s.quarter) <= limit);
  const before = responses.filter((r) => r.submittedAt < meeting.startsAt);
  const periods = trend(quarterly, before);
  const status = new Map(quarterly.map((s) => [s.id, s.status]));
  const closed = periods.filter((p) => status.get(p.surveyId) !== 'open');
  const found = closed.length ? closed[closed.length - 1] : periods[periods.length - 1];
  if (!found) return base;
  const after = periods.slice(periods.indexOf(found) + 1).pop();
  const open = after ? { year: after.year, quarter: after.quarter, responses: after.responses } : undefined;
  const latest = withheld(found, threshold);
  const prior = periods[periods.indexOf(found) - 1];
  const previous = latest.belowThreshold || !prior || prior.responses < threshold ? undefined : prior;
  const change: SatisfactionChange | undefined = previous
    ? {
        overall: delta(latest.overall, previous.overall),
        nps: latest.nps !== undefined && previous.nps !== undefined ? latest.nps - previous.nps : undefined,
        areas: Object.fromEntries(
          latest.areas.flatMap((a) => {
            const p = previous.areas.find((x) => x.area === a.area);
            return p ? [[a.area, delta(a.average, p.average)!]] : [];
          }),
        ),
      }
    : undefined;
  return { ...base, latest, previous, change, open };
}

// --- Actions ----------------------------------------------------------------------------------------------------

function byDue(a: Action, b: Action): number {
  return (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.title.localeCompare(b.title);
}

/** Open and in-progress actions, the earliest due first (no due date last). */
export function openActions(actions: Action[]): Action[] {
  return actions.filter(isOpenAction).sort(byDue);
}

// The due date of an action made from a result, for the kit's callers (its own module keeps other views light).
export { DEFAULT_ACTION_DAYS, dueBeforeNextFollowUp, nextFollowUpGroup } from './actionDue';

export const isOverdue = (a: Pick<Action, 'dueDate' | 'status'>, today: IsoDate): boolean =>
  !!a.dueDate && a.dueDate < today && a.status !== 'done' && a.status !== 'cancelled';

// --- The whole kit ------------------------------------------------------------------------------------------------

export interface KitInput {
  meeting: Meeting;
  /** All meetings of the account (any type); the kit uses the follow-up groups. */
  meetings: Meeting[];
  account: Account;
  agreements: Agreement[];
  occurrences: ClockOccurrence[];
  tasks: ClockTask[];
  ideas: Idea[];
  actions: Action[];
  surveys: Survey[];
  responses: SurveyResponse[];
  /** The privacy threshold for survey results (default DEFAULT_PRIVACY_THRESHOLD). */
  privacyThreshold?: number;
  /** The user may not read the responses (the list is closed to them). */
  responsesHidden?: boolean;
  today: IsoDate;
  now: Date;
  lang: KitLang;
}

export interface MeetingKit {
  agenda: KitAgendaItem[];
  /** Item 2: the meeting whose minutes and decisions are reviewed. */
  previous?: Meeting;
  economy: EconomyKit;
  services: ServicesKit;
  development: DevelopmentKit;
  satisfaction: SatisfactionKit;
  /** Item 8: the following meeting, or the usual month to suggest. */
  following?: Meeting;
  suggestedNext: { year: number; month: number };
  openActions: Action[];
  materials: MaterialsInfo;
  /** Where the invitation points for materials: the meeting's folder, else the account workspace. */
  materialsLink?: Link;
  surveyLink?: Link;
}

export function meetingKit(input: KitInput): MeetingKit {
  const { meeting } = input;
  const sameType = input.meetings.filter((m) => m.meetingType === meeting.meetingType);
  const previous = previousMeeting(sameType, meeting);
  const following = followingMeeting(sameType, meeting);
  const economy = economyKit({ ...input, previous, following });
  return {
    agenda: agendaFor(meeting, input.lang),
    previous,
    economy,
    services: servicesKit(input.account, economy.agreement),
    development: developmentKit(input.ideas, input.actions),
    satisfaction: satisfactionKit(meeting, input.surveys, input.responses, { threshold: input.privacyThreshold, actions: input.actions, hidden: input.responsesHidden }),
    following,
    suggestedNext: nextUsualMonth(meetingDate(meeting)),
    openActions: openActions(input.actions),
    materials: materialsInfo(meeting, input.today, input.now),
    materialsLink: meeting.materialsUrl?.url ? meeting.materialsUrl : input.account.workspaceUrl?.url ? input.account.workspaceUrl : undefined,
    surveyLink: meeting.surveyUrl?.url ? meeting.surveyUrl : undefined,
  };
}

// --- Time and invitation ------------------------------------------------------------------------------------------

/** Date (with weekday) and start–end time of a meeting, in Helsinki time, for the user's locale. */
export function meetingTime(meeting: Pick<Meeting, 'startsAt' | 'durationMinutes'>, locale: string): { date: string; start: string; end?: string; time: string } {
  const date = formatDate(meetingDate(meeting), locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const clock = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: HELSINKI, hour: 'numeric', minute: '2-digit' });
  const start = clock.format(new Date(meeting.startsAt));
  const end = meeting.durationMinutes ? clock.format(new Date(new Date(meeting.startsAt).getTime() + meeting.durationMinutes * 60000)) : undefined;
  return { date, start, end, time: end ? `${start}–${end}` : start };
}

/** The sentences of the invitation; placeholders in {braces}. */
export interface InvitationStrings {
  subject: string; // {account} {period}
  greeting: string;
  intro: string;
  when: string; // {date} {time}
  where: string; // {place}
  chair: string; // {chair}
  agendaTitle: string;
  materials: string; // {date} {url}
  materialsLater: string; // {date}
  survey: string; // {url}
  closing: string;
}

const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

export interface InvitationInput {
  meeting: Meeting;
  accountName: string;
  agenda: KitAgendaItem[];
  locale: string;
  /** The localized mode ("Teams", "Lähitapaaminen"); combined with the location when that says more. */
  modeLabel?: string;
  materialsDate: IsoDate;
  materialsLink?: Link;
  surveyLink?: Link;
  sender?: string;
}

export function invitationText(input: InvitationInput, s: InvitationStrings): { subject: string; body: string } {
  const m = input.meeting;
  const t = meetingTime(m, input.locale);
  const place = [input.modeLabel, m.location && m.location !== input.modeLabel ? m.location : undefined].filter(Boolean).join(', ');
  const lines: string[] = [s.greeting, '', s.intro, ''];
  lines.push(fill(s.when, { date: t.date, time: t.time }));
  if (place) lines.push(fill(s.where, { place }));
  if (m.chair) lines.push(fill(s.chair, { chair: m.chair }));
  lines.push('', s.agendaTitle, ...input.agenda.map((a) => `${a.number}. ${a.title}`), '');
  const materialsDate = formatDate(input.materialsDate, input.locale);
  lines.push(input.materialsLink ? fill(s.materials, { date: materialsDate, url: input.materialsLink.url }) : fill(s.materialsLater, { date: materialsDate }));
  if (input.surveyLink) lines.push(fill(s.survey, { url: input.surveyLink.url }));
  lines.push('', s.closing);
  if (input.sender) lines.push(input.sender);
  return {
    subject: fill(s.subject, { account: input.accountName, period: periodLabel(meetingYear(m), meetingQuarter(m)) }),
    body: lines.join('\n'),
  };
}
