/**
 * The leadership situation picture's first screen (view=leadership) in ONE `$batch` (services.batch sends up to 100
 * requests per POST; this one sends about fifty): the active accounts, segments (tiers), settings (privacy threshold,
 * cover rules, agreement flows), next year's and this year's agreements (indexed ACYear), the year's clock
 * occurrences, the satisfaction and 9E responses of the trend's quarters, the surveys, open actions (indexed
 * ACStatus) and those due this year (indexed ACDueDate), open and done ideas (indexed ACStage), this quarter's
 * feedback (indexed ACDate), current and coming absences (indexed ACEnd, ACStart) and this year's meetings (indexed
 * ACStartsAt). The picture itself is src/domain/situationPicture.ts.
 *
 * Threshold safety (as annualClock.ts and satisfaction.ts): the lists that grow past 5,000 items a year are read in
 * month slices on their indexed date (300 accounts × 30 clock tasks = 9,000 occurrences a year; the responses of a
 * year of quarters), every slice opening with the indexed column. A slice the threshold refuses, or one that comes
 * back full (5,000 rows: there may be more), is read again in halves — every such slice of every list together in
 * ONE follow-up `$batch`, so a first screen over the threshold costs two POSTs, not one per slice.
 *
 * Access: SharePoint decides. A customer's respondent gets 404 for feedback and absences (lists of the provider's
 * people): the picture is then refused as a whole (`accessDenied`), and the view says so in plain words. Staff and
 * supervisors get 404 for the survey responses: the picture shows, without any satisfaction or 9E figure.
 */
import { DataError } from '../errors';
import { f, Filter } from '../odata';
import type { Repositories, Services, Settled } from '../ports';
import { FLOWS_SETTING } from './agreements';
import { coverOptions } from './coverSettings';
import { RESPONSE_FIELDS } from './satisfaction';
import { parseFlows } from '../../domain/agreementFlow';
import { CLOSED_IDEA_STAGES, COVER_SOON_DAYS, buildSituationPicture, ResponsesAccess, SituationInput, SituationPicture, TREND_QUARTERS } from '../../domain/situationPicture';
import { addDays, helsinkiWallTimeToUtc, IsoDate } from '../../domain/dates';
import { privacyThresholdOf } from '../../domain/satisfaction';
import { nextQuarter, quarterStart, quarterWindow } from '../../domain/satisfactionResults';
import { DEFAULT_PRIVACY_THRESHOLD } from '../../domain/surveys';
import type { Absence, Action, Agreement, ClockOccurrence, Feedback, Idea, IdeaStage, Meeting, Segment, Setting, Survey, SurveyResponse } from '../../domain/types';
import { IDEA_STAGES } from '../../domain/vocabulary';

/** SharePoint's largest page, and the list view threshold. */
export const PAGE = 5000;

const OCCURRENCE_FIELDS = ['accountId', 'dueDate', 'done'];
const ACTION_FIELDS = ['accountId', 'status', 'dueDate', 'source'];
const IDEA_FIELDS = ['accountId', 'stage', 'gateHistory', 'modified'];
const FEEDBACK_FIELDS = ['accountId', 'date', 'kind'];
const MEETING_FIELDS = ['accountId', 'startsAt', 'status'];
const LEADERSHIP_RESPONSE_FIELDS = [...RESPONSE_FIELDS, 'respondentLevel'];

// ---------------------------------------------------------------------------------------------------------------
// Date slices: month ranges `[from, to)` on an indexed date, re-read in halves in one more batch when refused or full

type Range = [IsoDate, IsoDate];

interface SlicedList<T> {
  /** Prefix of the batch parts' keys. */
  name: string;
  ranges: Range[];
  read(repos: Repositories, range: Range): Promise<T[]>;
}

/** `[from, to)` in steps of calendar months (the last one ends at `to`). */
export function monthRanges(from: IsoDate, to: IsoDate): Range[] {
  const out: Range[] = [];
  for (let start = from; start < to; ) {
    const y = Number(start.slice(0, 4));
    const m = Number(start.slice(5, 7));
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    const end = next < to ? next : to;
    out.push([start, end]);
    start = end;
  }
  return out;
}

const onDates = (prop: string, [from, to]: Range): Filter => f.and(f.ge(prop, from), f.lt(prop, to));
/** A date-time column's range: Helsinki midnights. */
const onInstants = (prop: string, [from, to]: Range): Filter =>
  f.and(f.ge(prop, helsinkiWallTimeToUtc(from).toISOString()), f.lt(prop, helsinkiWallTimeToUtc(to).toISOString()));

function halves([from, to]: Range): Range[] | undefined {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
  if (days <= 1) return undefined;
  const mid = addDays(from, Math.floor(days / 2));
  return [
    [from, mid],
    [mid, to],
  ];
}

/** A slice to read again: refused by the threshold, or full (a page of 5,000 may have more behind it). */
const needsSplit = <T>(x: Settled<T[]>): boolean => (!x.ok && x.error.kind === 'threshold') || (x.ok && x.value.length >= PAGE);

/**
 * The slices a first batch left over (refused or full), read again in halves: all lists' leftovers in ONE batch a
 * level, down to single days. Returns the rows per list name.
 */
async function finishSlices(services: Services, lists: SlicedList<unknown>[], first: Record<string, Settled<unknown>>): Promise<Map<string, unknown[]>> {
  const out = new Map<string, unknown[]>(lists.map((l) => [l.name, []]));
  let pending: { list: SlicedList<unknown>; range: Range; result: Settled<unknown[]> }[] = [];
  for (const list of lists) list.ranges.forEach((range, i) => pending.push({ list, range, result: first[`${list.name}${i}`] as Settled<unknown[]> }));
  while (pending.length) {
    const again: { list: SlicedList<unknown>; range: Range }[] = [];
    for (const p of pending) {
      if (needsSplit(p.result)) {
        const parts = halves(p.range);
        if (!parts) throw new DataError('threshold', `More than ${PAGE} items of ${p.list.name} on ${p.range[0]}.`);
        for (const range of parts) again.push({ list: p.list, range });
      } else if (p.result.ok) (out.get(p.list.name) as unknown[]).push(...p.result.value);
      else throw p.result.error;
    }
    if (!again.length) break;
    const r = await services.batch((repos) => Object.fromEntries(again.map((a, i) => [`p${i}`, a.list.read(repos, a.range)])) as Record<string, Promise<unknown[]>>);
    pending = again.map((a, i) => ({ ...a, result: r[`p${i}`] as Settled<unknown[]> }));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------

export interface SituationData {
  picture: SituationPicture;
  /** What the picture was built from (the raw lists): the bench times the aggregation on it again. */
  input: SituationInput;
  /** Parts that could not be read (the rest still shows), e.g. ideas on a site without the list. */
  problems: DataError[];
  /** How many items of each kind were read (for the bench and the tests). */
  read: { accounts: number; occurrences: number; responses: number; actions: number; ideas: number; feedback: number; absences: number; meetings: number };
}

const isNoAccess = (e: DataError): boolean => e.kind === 'accessDenied' || e.kind === 'listMissing' || e.kind === 'notFound';

export async function loadSituationPicture(services: Services, today: IsoDate): Promise<SituationData> {
  const year = Number(today.slice(0, 4));
  const yearStart = `${year}-01-01`;
  const nextYearStart = `${year + 1}-01-01`;
  const quarters = quarterWindow(today, TREND_QUARTERS);
  const responsesTo = (() => {
    const end = quarterStart(nextQuarter(quarters[quarters.length - 1]));
    const tomorrow = addDays(today, 1);
    return end > tomorrow ? end : tomorrow;
  })();
  const quarterFrom = quarterStart(quarters[quarters.length - 1]);

  const sliced: SlicedList<unknown>[] = [
    {
      name: 'occ',
      ranges: monthRanges(yearStart, nextYearStart),
      read: (repos, range) => repos.clockCompletions.find({ filter: onDates('dueDate', range), top: PAGE, select: OCCURRENCE_FIELDS }),
    },
    {
      name: 'resp',
      ranges: monthRanges(quarterStart(quarters[0]), responsesTo),
      read: (repos, range) => repos.surveyResponses.find({ filter: onInstants('submittedAt', range), top: PAGE, select: LEADERSHIP_RESPONSE_FIELDS }),
    },
    {
      name: 'due',
      // Actions due this year: a few thousand at most, one request; halves if ever refused.
      ranges: [[yearStart, nextYearStart]],
      read: (repos, range) => repos.actions.find({ filter: onDates('dueDate', range), top: PAGE, select: ACTION_FIELDS }),
    },
    {
      name: 'fb',
      ranges: monthRanges(quarterFrom, addDays(today, 1)),
      read: (repos, range) => repos.feedback.find({ filter: onDates('date', range), top: PAGE, select: FEEDBACK_FIELDS }),
    },
    {
      name: 'meet',
      ranges: [0, 3, 6, 9].map((m): Range => [`${year}-${String(m + 1).padStart(2, '0')}-01`, m === 9 ? nextYearStart : `${year}-${String(m + 4).padStart(2, '0')}-01`]),
      read: (repos, range) => repos.meetings.find({ filter: onInstants('startsAt', range), top: PAGE, select: MEETING_FIELDS }),
    },
  ];
  const openIdeaStages = IDEA_STAGES.filter((s) => !CLOSED_IDEA_STAGES.includes(s));
  const ideaStages: IdeaStage[] = [...openIdeaStages, 'done'];

  const r = await services.batch((repos) => {
    const reads = {
      accounts: repos.accounts.find({ filter: f.eq('active', true), top: PAGE }),
      segments: repos.segments.find({ top: 500 }),
      settings: repos.settings.find({ top: 500 }),
      agreementsNext: repos.agreements.find({ filter: f.eq('year', year + 1), top: PAGE }),
      agreementsThis: repos.agreements.find({ filter: f.eq('year', year), top: PAGE }),
      surveys: repos.surveys.find({ filter: f.ge('year', quarters[0].year - 1), top: PAGE }),
      responseRights: repos.surveyResponses.rights(),
      openActions: repos.actions.find({ filter: f.or(f.eq('status', 'open'), f.eq('status', 'inProgress')), top: PAGE, select: ACTION_FIELDS }),
      // Every stage but rejected: an `or` of equalities on the indexed stage, each branch driving the query.
      ideas: repos.ideas.find({ filter: f.or(...ideaStages.map((s) => f.eq('stage', s))), top: PAGE, select: IDEA_FIELDS }),
      absences: repos.absences.find({ filter: f.and(f.ge('end', today), f.le('start', addDays(today, COVER_SOON_DAYS))), top: PAGE }),
    };
    const slices: Record<string, Promise<unknown[]>> = {};
    for (const list of sliced) list.ranges.forEach((range, i) => (slices[`${list.name}${i}`] = list.read(repos, range)));
    return { ...reads, ...slices };
  });

  if (!r.accounts.ok) throw r.accounts.error;
  const all = r as unknown as Record<string, Settled<unknown>>;
  // Feedback and absences are the provider's people's lists: a reader SharePoint hides them from (a customer's
  // respondent) gets no picture at all.
  const providerOnly = [r.absences, ...Object.keys(all).filter((k) => /^fb\d+$/.test(k)).map((k) => all[k])];
  const hidden = providerOnly.find((x) => !x.ok && isNoAccess(x.error));
  if (hidden && !hidden.ok) throw new DataError('accessDenied', 'The situation picture is for the provider’s people.', { status: hidden.error.status, list: hidden.error.list });

  const problems: DataError[] = [];
  const value = <T>(x: Settled<T>, empty: T): T => {
    if (x.ok) return x.value;
    problems.push(x.error);
    return empty;
  };

  // The responses: 'none' when SharePoint refuses them, or when only one's own answers would come back.
  const respSlices = sliced.find((l) => l.name === 'resp') as SlicedList<unknown>;
  const respRefused = respSlices.ranges.map((_, i) => all[`resp${i}`]).find((x) => !x.ok && isNoAccess(x.error));
  const ownOnly = r.responseRights.ok && !r.responseRights.value.editOthers;
  const responsesAccess: ResponsesAccess = respRefused || ownOnly ? 'none' : 'all';
  // A list that cannot be read for another reason leaves its part empty and says so; the rest still shows.
  const readable = sliced.filter((l) => {
    if (l.name === 'resp' && responsesAccess === 'none') return false;
    const failed = l.ranges.map((_, i) => all[`${l.name}${i}`]).find((x) => !x.ok && x.error.kind !== 'threshold');
    if (failed && !failed.ok) {
      problems.push(failed.error);
      return false;
    }
    return true;
  });
  const rows = await finishSlices(services, readable, all);
  const rowsOf = <T>(name: string): T[] => (rows.get(name) as T[] | undefined) ?? [];

  const settings = value(r.settings, [] as Setting[]);
  const accounts = r.accounts.value;
  const occurrences = rowsOf<ClockOccurrence>('occ');
  const responses = rowsOf<SurveyResponse>('resp');
  const actions = [...value(r.openActions, [] as Action[]), ...rowsOf<Action>('due')];
  const ideas = value(r.ideas, [] as Idea[]);
  const feedback = rowsOf<Feedback>('fb');
  const absences = value(r.absences, [] as Absence[]);
  const meetings = rowsOf<Meeting>('meet');

  const input: SituationInput = {
    today,
    accounts,
    segments: value(r.segments, [] as Segment[]),
    agreementsNext: value(r.agreementsNext, [] as Agreement[]),
    agreementsThis: value(r.agreementsThis, [] as Agreement[]),
    flows: parseFlows(settings.find((s) => s.key === FLOWS_SETTING)?.value),
    occurrences,
    surveys: value(r.surveys, [] as Survey[]),
    responses,
    responsesAccess,
    actions,
    ideas,
    feedback,
    absences,
    meetings,
    threshold: r.settings.ok ? privacyThresholdOf(settings) : DEFAULT_PRIVACY_THRESHOLD,
    cover: coverOptions(settings),
  };
  const picture = buildSituationPicture(input);
  return {
    picture,
    input,
    problems,
    read: {
      accounts: accounts.length,
      occurrences: occurrences.length,
      responses: responses.length,
      actions: actions.length,
      ideas: ideas.length,
      feedback: feedback.length,
      absences: absences.length,
      meetings: meetings.length,
    },
  };
}
