/**
 * The leadership situation picture (tilannekuva): every account on one screen before a management meeting, and the
 * account managers' goals a city ICT unit names. Pure: built from the raw lists the first read returns and today
 * (a Helsinki day); the view and the CSV show what this says.
 *
 * Per account: next year's agreement against its deadline (agreements.ts, agreementFlow.ts), this year's clock items
 * overdue (clock.ts), the satisfaction trend of the last quarters and the latest 9E assessment's three worlds (both
 * under the privacy threshold: satisfactionResults.ts, partnership9E.ts), open and overdue actions, open ideas and
 * those awaiting the gate, this quarter's feedback and the negative ones, cover gaps (cover.ts: nobody covers the
 * account while its manager is away now or in the coming weeks), the tier (the segment and its care tier) and the
 * manager.
 *
 * Privacy: a satisfaction or 9E figure below the threshold is never computed into a row (the domain modules withhold
 * it); totals and a manager's satisfaction pool only accounts whose figure is shown, so a hidden one cannot be worked
 * out by subtraction.
 */
import { christmasDeadline, flowById, AgreementFlow } from './agreementFlow';
import { deadlineState, DeadlineState, stageProgress } from './agreements';
import { plannedMeetingsPerYear } from './careTiers';
import { coverSpans, CoverOptions } from './cover';
import { addDays, daysBetween, IsoDate, toHelsinkiDate } from './dates';
import { analyse9E, NINE_E_WORLDS, NineEWorld, NineESuppressed } from './partnership9E';
import { analyseSatisfaction, dropsOf, quarterId, QuarterRef, quarterWindow, SuppressedCategory, effectiveThreshold } from './satisfactionResults';
import type { Absence, Account, Action, Agreement, AgreementStage, ClockOccurrence, Feedback, Idea, IdeaStage, Meeting, PersonRef, Segment, Survey, SurveyResponse } from './types';

/** Quarters of the satisfaction trend (the latest is the one today falls in). */
export const TREND_QUARTERS = 4;
/** "Soon" for cover gaps: absences starting within this many days (the Substitutes view's four weeks). */
export const COVER_SOON_DAYS = 27;
/** Open ideas: every stage but these. */
export const CLOSED_IDEA_STAGES: readonly IdeaStage[] = ['done', 'rejected'];
/** Ideas that are projects under way: a GO at the gate, or in development. */
export const ONGOING_IDEA_STAGES: readonly IdeaStage[] = ['go', 'inDevelopment'];

export type ResponsesAccess = 'all' | 'none';

export interface SituationInput {
  today: IsoDate;
  /** The active accounts. */
  accounts: readonly Account[];
  segments: readonly Segment[];
  /** Next year's agreements (year = today's + 1). */
  agreementsNext: readonly Agreement[];
  /** This year's agreements. */
  agreementsThis: readonly Agreement[];
  /** The site's own agreement flows (settings), for progress in each agreement's flow. */
  flows?: AgreementFlow[];
  /** This year's clock occurrences. */
  occurrences: readonly ClockOccurrence[];
  /** Surveys (quarterly and 9E); others are ignored. */
  surveys: readonly Survey[];
  /** Responses of the trend's quarters (and the 9E assessments in them). */
  responses: readonly SurveyResponse[];
  /** 'none': the reader may not read the responses (staff); no satisfaction or 9E figure then. */
  responsesAccess?: ResponsesAccess;
  /** Open actions (open, in progress) and the actions due this year, in any order; duplicates by id are merged. */
  actions: readonly Action[];
  /** Open ideas and the done ones. */
  ideas: readonly Idea[];
  /** This quarter's feedback. */
  feedback: readonly Feedback[];
  /** Absences that end today or later and start within the cover window. */
  absences: readonly Absence[];
  /** This year's meetings. */
  meetings: readonly Meeting[];
  threshold: number;
  cover?: CoverOptions;
}

/** One quarter of an account's satisfaction trend: the overall average, or why nothing shows. */
export type TrendCell = { quarter: QuarterRef; shown: true; overall?: number } | { quarter: QuarterRef; shown: false; category: SuppressedCategory };

export interface SatisfactionSummary {
  /** TREND_QUARTERS cells, oldest first (empty without access). */
  trend: TrendCell[];
  /** The latest quarter shown, with its overall average. */
  latest?: { quarter: QuarterRef; overall: number };
  /** Change of the overall average against the shown quarter before the latest one. */
  change?: number;
  /** The latest shown quarter has a significant drop in some area. */
  drop: boolean;
  /** Why nothing shows for the latest quarter of the window (when it does not). */
  latestCategory?: SuppressedCategory;
}

export type WorldCell = { shown: true; average: number } | { shown: false; category: NineESuppressed };

export interface NineESummary {
  /** The latest 9E assessment the account has answers in. */
  survey: { id: number; title: string; year: number; quarter?: number };
  worlds: Record<NineEWorld, WorldCell>;
}

export interface CoverGap {
  manager: PersonRef;
  /** The days nobody covers the account (within the absence). */
  since: IsoDate;
  until: IsoDate;
  /** The gap is going on today. */
  now: boolean;
}

export interface AgreementSummary {
  year: number;
  agreement?: Agreement;
  stage?: AgreementStage;
  progress: { step: number; of: number };
  deadline: IsoDate;
  state: DeadlineState;
  /** Days to the deadline (negative: late); undefined when done. */
  daysLeft?: number;
}

export interface SituationRow {
  account: Account;
  manager?: PersonRef;
  tier?: { segmentId: number; name: string; meetingsPerYear: number };
  agreement: AgreementSummary;
  /** This year's agreement's stage, when there is one. */
  currentStage?: AgreementStage;
  clock: { overdue: number; open: number; done: number; total: number };
  satisfaction: SatisfactionSummary;
  nineE?: NineESummary;
  actions: { open: number; overdue: number; dueThisYear: number; doneThisYear: number; fromIdeas: number; fromIdeasDone: number };
  ideas: { open: number; awaitingGate: number; ongoing: number; doneThisYear: number };
  feedback: { total: number; negative: number };
  coverGaps: CoverGap[];
  meetings: { held: number; plannedPerYear: number; plannedToDate: number };
}

export interface SituationPicture {
  today: IsoDate;
  year: number;
  quarters: QuarterRef[];
  threshold: number;
  responsesAccess: ResponsesAccess;
  /** Sorted by abbreviation. */
  rows: SituationRow[];
}

// ---------------------------------------------------------------------------------------------------------------

const byAccount = <T extends { accountId?: number }>(items: readonly T[]): Map<number, T[]> => {
  const m = new Map<number, T[]>();
  for (const x of items) {
    if (x.accountId === undefined || x.accountId === null) continue;
    const list = m.get(x.accountId);
    if (list) list.push(x);
    else m.set(x.accountId, [x]);
  }
  return m;
};

const uniqueById = <T extends { id: number }>(items: readonly T[]): T[] => [...new Map(items.map((x) => [x.id, x])).values()];

/** The share of the year gone by today (1 Jan → 1/365 … 31 Dec → 1). */
export function yearFraction(today: IsoDate): number {
  const year = Number(today.slice(0, 4));
  const days = daysBetween(`${year}-01-01`, `${year + 1}-01-01`);
  return (daysBetween(`${year}-01-01`, today) + 1) / days;
}

/** A meeting counts as held when marked held; one without a status counts once its day has passed. Cancelled never. */
export function isHeld(m: Pick<Meeting, 'status' | 'startsAt'>, today: IsoDate): boolean {
  return heldOn(m.status, toHelsinkiDate(m.startsAt), today);
}

function heldOn(status: Meeting['status'], day: IsoDate, today: IsoDate): boolean {
  if (status === 'held') return true;
  if (status) return false;
  return day < today;
}

const isOpenAction = (a: Pick<Action, 'status'>): boolean => a.status === 'open' || a.status === 'inProgress';

/** The day an idea was marked done: its gate history's entry, else its last change. */
function doneOn(idea: Idea): IsoDate | undefined {
  const entry = [...(idea.gateHistory ?? [])].reverse().find((h) => h.to === 'done');
  const at = entry?.at ?? idea.modified;
  return at ? toHelsinkiDate(at) : undefined;
}

function agreementOf(list: readonly Agreement[] | undefined): Agreement | undefined {
  // Two of a year for one account would be a data error; the later one is the one being worked on.
  return list?.reduce<Agreement | undefined>((a, b) => (!a || b.id > a.id ? b : a), undefined);
}

function satisfactionOf(result: ReturnType<typeof analyseSatisfaction> | undefined, accountId: number): SatisfactionSummary {
  const row = result?.rows.find((r) => r.account?.id === accountId);
  if (!result || !row) return { trend: [], drop: false };
  const first = result.quarters.length - TREND_QUARTERS;
  const trend: TrendCell[] = row.cells.slice(first).map((c) => (c.shown ? { quarter: c.quarter, shown: true, overall: c.figures.overall } : { quarter: c.quarter, shown: false, category: c.category }));
  let latestIndex = -1;
  for (let i = row.cells.length - 1; i >= first; i--) {
    const c = row.cells[i];
    if (c.shown && c.figures.overall !== undefined) {
      latestIndex = i;
      break;
    }
  }
  const last = trend[trend.length - 1];
  const latestCategory = last && !last.shown ? last.category : undefined;
  if (latestIndex < 0) return { trend, drop: false, latestCategory };
  const latestCell = row.cells[latestIndex];
  const overall = latestCell.shown ? (latestCell.figures.overall as number) : 0;
  let change: number | undefined;
  for (let i = latestIndex - 1; i >= first; i--) {
    const c = row.cells[i];
    if (c.shown && c.figures.overall !== undefined) {
      change = overall - c.figures.overall;
      break;
    }
  }
  return { trend, latest: { quarter: latestCell.quarter, overall }, change, drop: dropsOf(row, latestIndex).length > 0, latestCategory };
}

const surveyOrder = (a: Survey, b: Survey): number =>
  a.year - b.year || (a.quarter ?? 0) - (b.quarter ?? 0) || (a.opensOn ?? '').localeCompare(b.opensOn ?? '') || a.id - b.id;

function nineEOf(surveys: readonly Survey[], responses: readonly SurveyResponse[] | undefined, threshold: number): NineESummary | undefined {
  if (!responses?.length) return undefined;
  const answered = new Set(responses.map((r) => r.surveyId));
  const latest = surveys.filter((s) => answered.has(s.id)).sort(surveyOrder).pop();
  if (!latest) return undefined;
  const survey = { id: latest.id, title: latest.title, year: latest.year, quarter: latest.quarter };
  const answers = responses.filter((r) => r.surveyId === latest.id);
  // Fewer answers than the threshold: nothing to compute, every world is withheld (analyse9E would say the same).
  if (answers.length < threshold) return { survey, worlds: { economic: FEW, human: FEW, value: FEW } };
  const result = analyse9E({ responses: answers, periods: [{ id: latest.id, label: latest.title }], threshold });
  const worlds = {} as Record<NineEWorld, WorldCell>;
  for (const w of NINE_E_WORLDS) {
    const cell = result.worlds.find((r) => r.id === w)?.cells[0];
    worlds[w] = cell && cell.shown ? { shown: true, average: cell.average } : { shown: false, category: cell && !cell.shown ? cell.category : 'none' };
  }
  return { survey, worlds };
}

const FEW: WorldCell = { shown: false, category: 'few' };

/** Every active account's row (by abbreviation). */
export function buildSituationPicture(input: SituationInput): SituationPicture {
  const { today } = input;
  const year = Number(today.slice(0, 4));
  const threshold = effectiveThreshold(input.threshold);
  const access: ResponsesAccess = input.responsesAccess ?? 'all';
  const quarters = quarterWindow(today, TREND_QUARTERS);
  const trendIds = new Set(quarters.map(quarterId));
  const fraction = yearFraction(today);

  // Satisfaction: the satisfaction view's own analysis, with the trend's quarterly surveys only.
  const quarterly = input.surveys.filter((s) => s.kind === 'quarterly' && s.quarter !== undefined && trendIds.has(quarterId({ year: s.year, quarter: s.quarter })));
  const satisfaction = access === 'all' ? analyseSatisfaction({ surveys: quarterly, responses: input.responses, accounts: input.accounts, contacts: [], threshold, today }) : undefined;
  const nineESurveys = input.surveys.filter((s) => s.kind === 'partnership9E');
  const nineEIds = new Set(nineESurveys.map((s) => s.id));
  const nineEResponses = byAccount(access === 'all' ? input.responses.filter((r) => nineEIds.has(r.surveyId)) : []);

  const nextByAccount = byAccount(input.agreementsNext.filter((a) => a.year === year + 1));
  const thisByAccount = byAccount(input.agreementsThis.filter((a) => a.year === year));
  const occurrences = byAccount(input.occurrences);
  const actions = byAccount(uniqueById(input.actions));
  const ideas = byAccount(uniqueById(input.ideas));
  const quarterStart = `${year}-${String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const feedback = byAccount(input.feedback.filter((x) => x.date >= quarterStart && x.date <= today));
  // The Helsinki day of each meeting once (a time-zone conversion is the costly part of counting them).
  const meetings = byAccount(
    input.meetings.map((m) => ({ accountId: m.accountId, day: toHelsinkiDate(m.startsAt), status: m.status })).filter((m) => m.day.startsWith(`${year}-`)),
  );
  const fallbackDeadline = christmasDeadline(year);

  // Cover gaps: the cover rules over today … the coming weeks; a span with nobody covering is a gap.
  const gaps = new Map<number, CoverGap[]>();
  const soon = addDays(today, COVER_SOON_DAYS);
  for (const span of coverSpans(input.accounts, input.absences, today, soon, input.cover ?? {}).spans) {
    if (span.cover) continue;
    const list = gaps.get(span.account.id) ?? [];
    list.push({ manager: span.absence.person, since: span.since, until: span.until, now: span.since <= today && today <= span.until });
    gaps.set(span.account.id, list);
  }

  const rows = input.accounts.map((account): SituationRow => {
    const segment = account.segmentId === undefined ? undefined : input.segments.find((s) => s.id === account.segmentId);
    const meetingsPerYear = segment ? plannedMeetingsPerYear(segment.careTier).total : 0;

    const next = agreementOf(nextByAccount.get(account.id));
    const flow = flowById(next?.flow, input.flows ?? []);
    const deadline = next?.deadline ?? fallbackDeadline;
    const state = deadlineState({ stage: next?.stage ?? 'planning', deadline }, today);
    const agreement: AgreementSummary = {
      year: year + 1,
      agreement: next,
      stage: next?.stage,
      progress: next ? stageProgress(next.stage, flow) : { step: 0, of: stageProgress('stored', flow).of },
      deadline,
      state,
      daysLeft: state === 'done' ? undefined : daysBetween(today, deadline),
    };

    const occ = occurrences.get(account.id) ?? [];
    let overdue = 0;
    let done = 0;
    for (const o of occ) {
      if (o.done) done++;
      else if (o.dueDate < today) overdue++;
    }

    const acts = actions.get(account.id) ?? [];
    const open = acts.filter(isOpenAction);
    const dueThisYear = acts.filter((a) => a.status !== 'cancelled' && a.dueDate?.startsWith(`${year}-`));
    const fromIdeas = dueThisYear.filter((a) => a.source === 'idea');

    const its = ideas.get(account.id) ?? [];
    const openIdeas = its.filter((i) => !CLOSED_IDEA_STAGES.includes(i.stage));

    const fb = feedback.get(account.id) ?? [];
    const ms = meetings.get(account.id) ?? [];

    return {
      account,
      manager: account.accountManager,
      tier: segment ? { segmentId: segment.id, name: segment.name, meetingsPerYear } : undefined,
      agreement,
      currentStage: agreementOf(thisByAccount.get(account.id))?.stage,
      clock: { overdue, open: occ.length - done, done, total: occ.length },
      satisfaction: satisfactionOf(satisfaction, account.id),
      nineE: nineEOf(nineESurveys, nineEResponses.get(account.id), threshold),
      actions: {
        open: open.length,
        overdue: open.filter((a) => a.dueDate !== undefined && a.dueDate < today).length,
        dueThisYear: dueThisYear.length,
        doneThisYear: dueThisYear.filter((a) => a.status === 'done').length,
        fromIdeas: fromIdeas.length,
        fromIdeasDone: fromIdeas.filter((a) => a.status === 'done').length,
      },
      ideas: {
        open: openIdeas.length,
        awaitingGate: openIdeas.filter((i) => i.stage === 'awaitingGate').length,
        ongoing: openIdeas.filter((i) => ONGOING_IDEA_STAGES.includes(i.stage)).length,
        doneThisYear: its.filter((i) => i.stage === 'done' && doneOn(i)?.startsWith(`${year}-`)).length,
      },
      feedback: { total: fb.length, negative: fb.filter((x) => x.kind === 'negative').length },
      coverGaps: (gaps.get(account.id) ?? []).sort((a, b) => a.since.localeCompare(b.since)),
      meetings: { held: ms.filter((m) => heldOn(m.status, m.day, today)).length, plannedPerYear: meetingsPerYear, plannedToDate: meetingsPerYear * fraction },
    };
  });
  rows.sort((a, b) => (a.account.abbreviation || a.account.name).localeCompare(b.account.abbreviation || b.account.name, 'fi') || a.account.id - b.account.id);
  return { today, year, quarters, threshold, responsesAccess: access, rows };
}

// ---------------------------------------------------------------------------------------------------------------
// Filtering and totals

/** 'none': rows without a tier (segment) or without a manager. */
export interface SituationFilters {
  tier?: number | 'none';
  manager?: number | 'none';
  text?: string;
}

export function filterSituation(rows: readonly SituationRow[], filters: SituationFilters): SituationRow[] {
  const q = (filters.text ?? '').trim().toLocaleLowerCase('fi');
  return rows.filter(
    (r) =>
      (filters.tier === undefined || (filters.tier === 'none' ? !r.tier : r.tier?.segmentId === filters.tier)) &&
      (filters.manager === undefined || (filters.manager === 'none' ? r.manager?.id === undefined : r.manager?.id === filters.manager)) &&
      (!q || [r.account.name, r.account.abbreviation, r.manager?.title, r.tier?.name].some((t) => t?.toLocaleLowerCase('fi').includes(q))),
  );
}

const mean = (xs: readonly number[]): number | undefined => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);

/** A pooled satisfaction figure: the mean of the shown accounts' latest quarter; hidden accounts only counted. */
export interface PooledSatisfaction {
  mean?: number;
  /** Accounts whose latest shown quarter is pooled. */
  shown: number;
  /** Accounts with no shown quarter in the trend (below the threshold or no answers): left out. */
  leftOut: number;
}

export function pooledSatisfaction(rows: readonly SituationRow[]): PooledSatisfaction {
  const shown = rows.filter((r) => r.satisfaction.latest).map((r) => (r.satisfaction.latest as { overall: number }).overall);
  return { mean: mean(shown), shown: shown.length, leftOut: rows.length - shown.length };
}

export interface SituationTotals {
  accounts: number;
  agreementsLate: number;
  agreementsAtRisk: number;
  agreementsNotStarted: number;
  clockOverdue: number;
  accountsWithOverdue: number;
  actionsOpen: number;
  actionsOverdue: number;
  ideasOpen: number;
  ideasAwaitingGate: number;
  feedback: number;
  feedbackNegative: number;
  accountsWithCoverGap: number;
  satisfaction: PooledSatisfaction;
  satisfactionDrops: number;
}

export function situationTotals(rows: readonly SituationRow[]): SituationTotals {
  const sum = (f: (r: SituationRow) => number): number => rows.reduce((n, r) => n + f(r), 0);
  return {
    accounts: rows.length,
    agreementsLate: rows.filter((r) => r.agreement.state === 'late').length,
    agreementsAtRisk: rows.filter((r) => r.agreement.state === 'atRisk').length,
    agreementsNotStarted: rows.filter((r) => !r.agreement.agreement).length,
    clockOverdue: sum((r) => r.clock.overdue),
    accountsWithOverdue: rows.filter((r) => r.clock.overdue > 0).length,
    actionsOpen: sum((r) => r.actions.open),
    actionsOverdue: sum((r) => r.actions.overdue),
    ideasOpen: sum((r) => r.ideas.open),
    ideasAwaitingGate: sum((r) => r.ideas.awaitingGate),
    feedback: sum((r) => r.feedback.total),
    feedbackNegative: sum((r) => r.feedback.negative),
    accountsWithCoverGap: rows.filter((r) => r.coverGaps.length > 0).length,
    satisfaction: pooledSatisfaction(rows),
    satisfactionDrops: rows.filter((r) => r.satisfaction.drop).length,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The account managers' goals

/** A ratio goal: `done` of `of` (share undefined when `of` is 0). */
export interface Ratio {
  done: number;
  of: number;
  share?: number;
}

const ratio = (done: number, of: number): Ratio => ({ done, of, share: of > 0 ? done / of : undefined });

export interface ManagerGoals {
  /** undefined: the accounts without a manager. */
  manager?: PersonRef;
  accounts: number;
  /** Customer satisfaction: the mean of the accounts' latest shown quarter (only shown accounts pooled). */
  satisfaction: PooledSatisfaction;
  /** Events held: meetings held this year against the tiers' meetings a year, pro rata to today. */
  events: { held: number; plannedToDate: number; plannedPerYear: number; share?: number };
  /** Development items: actions due this year that are done, of all due this year (cancelled left out). */
  development: Ratio;
  /** Project progress: ideas done this year of those done this year or under way (GO, in development). */
  projects: Ratio;
  /** Actions made from ideas (GO) due this year: done of all. */
  ideaActions: Ratio;
}

/** One entry per manager (by name), the accounts without a manager last. */
export function managerGoals(rows: readonly SituationRow[]): ManagerGoals[] {
  const groups = new Map<number | 'none', SituationRow[]>();
  for (const r of rows) {
    const key = r.manager?.id ?? 'none';
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const out = [...groups].map(([key, rs]): ManagerGoals => {
    const sum = (f: (r: SituationRow) => number): number => rs.reduce((n, r) => n + f(r), 0);
    const plannedToDate = sum((r) => r.meetings.plannedToDate);
    const held = sum((r) => r.meetings.held);
    const doneIdeas = sum((r) => r.ideas.doneThisYear);
    return {
      manager: key === 'none' ? undefined : rs[0].manager,
      accounts: rs.length,
      satisfaction: pooledSatisfaction(rs),
      events: { held, plannedToDate, plannedPerYear: sum((r) => r.meetings.plannedPerYear), share: plannedToDate > 0 ? held / plannedToDate : undefined },
      development: ratio(sum((r) => r.actions.doneThisYear), sum((r) => r.actions.dueThisYear)),
      projects: ratio(doneIdeas, doneIdeas + sum((r) => r.ideas.ongoing)),
      ideaActions: ratio(sum((r) => r.actions.fromIdeasDone), sum((r) => r.actions.fromIdeas)),
    };
  });
  const name = (g: ManagerGoals): string => g.manager?.title ?? '';
  return out.sort((a, b) => (a.manager ? 0 : 1) - (b.manager ? 0 : 1) || name(a).localeCompare(name(b), 'fi') || (a.manager?.id ?? 0) - (b.manager?.id ?? 0));
}
