/**
 * The quarterly satisfaction view (docs/care-model.md §4): its first screen in ONE `$batch` — the privacy threshold
 * setting, the accounts, the quarterly surveys of the last eight quarters, the customer contacts (who was invited),
 * the open actions made from survey results, the rights that decide which buttons show, and the responses.
 *
 * Threshold safety: the responses are read date-first on the indexed ACSubmittedAt in month slices (the services'
 * `$batch` takes up to 100 requests in one POST, so 24 or 25 slices beside the eight other reads stay one round
 * trip). At 50,000 responses over eight quarters a month holds about 2,100, and the current quarter's months up to
 * 3,100; a slice the threshold refuses anyway (answers bunched before a follow-up group) is read again in halves,
 * down to single days. Each response is read with only
 * the fields the analysis uses (Query.select).
 *
 * SharePoint decides what anyone reads: ACSurveyResponses breaks inheritance, so staff get 404 for the list (told
 * as "no access", never a crash), and respondents read only their own answers (ReadSecurity 2); the view shows a
 * respondent no aggregate at all, as their own answers alone would be mistaken for the account's.
 */
import { addDays, helsinkiWallTimeToUtc, IsoDate, toHelsinkiDate } from '../../domain/dates';
import { nextQuarter, quarterStart, quarterWindow, QuarterRef } from '../../domain/satisfactionResults';
import { privacyThresholdOf } from '../../domain/satisfaction';
import { DEFAULT_PRIVACY_THRESHOLD } from '../../domain/surveys';
import type { Account, Action, Contact, Draft, Meeting, Survey, SurveyResponse } from '../../domain/types';
import { DataError } from '../errors';
import { f } from '../odata';
import type { ListRights, Repositories, Services, Settled } from '../ports';
import { nextFollowUpGroup } from '../../domain/actionDue';

const PAGE = 5000;
/** Months per response slice (see above). */
export const SLICE_MONTHS = 1;

/** What the analysis reads of each response. */
export const RESPONSE_FIELDS = ['surveyId', 'accountId', 'answers', 'nps', 'comment', 'respondentKey', 'submittedAt'];
const CONTACT_FIELDS = ['name', 'accountId', 'side', 'roles', 'email'];

/** Whose answers the user reads: everyone's (managers, leadership), only their own (respondents), or none (staff). */
export type ResponsesAccess = 'all' | 'ownOnly' | 'none';

export interface SatisfactionRights {
  /** May create actions (ACActions). */
  addActions: boolean;
  /** May import responses (ACSurveyResponses). */
  addResponses: boolean;
  /** May create and change surveys (ACSurveys). */
  addSurveys: boolean;
}

export interface SatisfactionData {
  today: IsoDate;
  quarters: QuarterRef[];
  threshold: number;
  accounts: Account[];
  surveys: Survey[];
  contacts: Contact[];
  /** Open actions with source 'survey'. */
  actions: Action[];
  /** Empty unless `access` is 'all'. */
  responses: SurveyResponse[];
  access: ResponsesAccess;
  rights: SatisfactionRights;
  /** A part that could not be read for another reason than access (the rest still shows). */
  responsesError?: DataError;
}

type Slice = [IsoDate, IsoDate];

/** The slices `[from, to)` in steps of `months` calendar months. */
export function responseSlices(from: IsoDate, to: IsoDate, months = SLICE_MONTHS): Slice[] {
  const out: Slice[] = [];
  for (let start = from; start < to; ) {
    const y = Number(start.slice(0, 4));
    const m = Number(start.slice(5, 7)) - 1 + months;
    const next = `${y + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
    const end = next < to ? next : to;
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** The instants a slice covers: Helsinki midnights, as ACSubmittedAt is a date-time. */
const inSlice = ([from, to]: Slice) => f.and(f.ge('submittedAt', helsinkiWallTimeToUtc(from).toISOString()), f.lt('submittedAt', helsinkiWallTimeToUtc(to).toISOString()));

function readSlice(repos: Repositories, slice: Slice): Promise<SurveyResponse[]> {
  return repos.surveyResponses.find({ filter: inSlice(slice), top: PAGE, select: RESPONSE_FIELDS });
}

/** A slice the threshold refused: read again in halves, down to single days. */
async function readSplit(services: Services, [from, to]: Slice): Promise<SurveyResponse[]> {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86400000);
  if (days <= 1) throw new DataError('threshold', `More than ${PAGE} survey responses on ${from}.`);
  const mid = addDays(from, Math.floor(days / 2));
  const halves: Slice[] = [
    [from, mid],
    [mid, to],
  ];
  const r = await services.batch((repos) => ({ a: readSlice(repos, halves[0]), b: readSlice(repos, halves[1]) }));
  const part = (x: Settled<SurveyResponse[]>, s: Slice): Promise<SurveyResponse[]> | SurveyResponse[] => {
    if (x.ok) return x.value;
    if (x.error.kind === 'threshold') return readSplit(services, s);
    throw x.error;
  };
  return [...(await part(r.a, halves[0])), ...(await part(r.b, halves[1]))];
}

/** Staff get 404 for a list that breaks inheritance without them: for this view that is "no access". */
const isNoAccess = (e: DataError): boolean => e.kind === 'accessDenied' || e.kind === 'listMissing' || e.kind === 'notFound';
const NO_RIGHTS: ListRights = { add: false, edit: false, editOthers: false };

export async function loadSatisfaction(services: Services, today: IsoDate): Promise<SatisfactionData> {
  const quarters = quarterWindow(today);
  const from = quarterStart(quarters[0]);
  // Up to tomorrow at least: an import for an older quarter may carry today's time.
  const end = quarterStart(nextQuarter(quarters[quarters.length - 1]));
  const to = end > addDays(today, 1) ? end : addDays(today, 1);
  const slices = responseSlices(from, to);
  const r = await services.batch((repos) => {
    const reads = {
      settings: repos.settings.find({ top: 500 }),
      accounts: repos.accounts.find({ filter: f.eq('active', true), top: PAGE }),
      surveys: repos.surveys.find({ filter: f.ge('year', quarters[0].year), top: PAGE }),
      contacts: repos.contacts.find({ top: PAGE, select: CONTACT_FIELDS }),
      actions: repos.actions.find({ filter: f.and(f.eq('source', 'survey'), f.eq('status', 'open')), top: PAGE }),
      actionRights: repos.actions.rights(),
      responseRights: repos.surveyResponses.rights(),
      surveyRights: repos.surveys.rights(),
    };
    const responses = Object.fromEntries(slices.map((s, i) => [`s${i}`, readSlice(repos, s)])) as Record<string, Promise<SurveyResponse[]>>;
    return { ...reads, ...responses };
  });
  if (!r.accounts.ok) throw r.accounts.error;
  const settled = r as unknown as Record<string, Settled<SurveyResponse[]>>;
  const rightsOf = (x: Settled<ListRights>): ListRights => (x.ok ? x.value : NO_RIGHTS);
  const responseRights = rightsOf(r.responseRights);

  let access: ResponsesAccess = 'all';
  let responsesError: DataError | undefined;
  let responses: SurveyResponse[] = [];
  const failed = slices.map((_, i) => settled[`s${i}`]).find((x) => !x.ok && x.error.kind !== 'threshold');
  if (failed && !failed.ok) {
    if (isNoAccess(failed.error)) access = 'none';
    else responsesError = failed.error;
  } else if (r.responseRights.ok && !responseRights.editOthers) {
    // ReadSecurity 2 without Override List Behaviors: only one's own answers come back; show no aggregate of them.
    access = 'ownOnly';
  } else {
    for (let i = 0; i < slices.length; i++) {
      const x = settled[`s${i}`];
      if (x.ok) responses.push(...x.value);
      else responses.push(...(await readSplit(services, slices[i])));
    }
  }
  if (access !== 'all') responses = [];

  return {
    today,
    quarters,
    threshold: r.settings.ok ? privacyThresholdOf(r.settings.value) : DEFAULT_PRIVACY_THRESHOLD,
    accounts: r.accounts.value,
    surveys: r.surveys.ok ? r.surveys.value.filter((s) => s.kind === 'quarterly') : [],
    contacts: r.contacts.ok ? r.contacts.value.filter((c) => c.side === 'customer') : [],
    actions: r.actions.ok ? r.actions.value : [],
    responses,
    access,
    rights: { addActions: rightsOf(r.actionRights).add, addResponses: responseRights.add && access === 'all', addSurveys: rightsOf(r.surveyRights).add },
    responsesError,
  };
}

/**
 * The day before the account's next follow-up group meeting, if one is planned after today; else undefined (the
 * form falls back to today + 30 days). Read when the action form opens, not on the first screen.
 */
export async function nextFollowUpDue(services: Services, accountId: number, today: IsoDate): Promise<IsoDate | undefined> {
  const meetings: Meeting[] = await services.repos.meetings.find({
    filter: f.and(f.eq('accountId', accountId), f.ge('startsAt', helsinkiWallTimeToUtc(addDays(today, 2)).toISOString())),
    orderBy: [{ prop: 'startsAt' }],
    top: 50,
  });
  // The rule every action made from a result follows (domain/actionDue.ts); this read only narrows the meetings.
  const next = nextFollowUpGroup(meetings, today);
  return next ? addDays(toHelsinkiDate(next.startsAt), -1) : undefined;
}

/** Saves an action made from a survey result; the client key makes a retried save return the first one. */
export function createSurveyAction(services: Services, draft: Draft<Action> & { clientKey: string }): Promise<Action> {
  return services.repos.actions.add({ ...draft, source: 'survey', status: 'open' });
}
