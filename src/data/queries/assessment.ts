/**
 * The partnership assessment (9E, docs/care-model.md §9): the view's first read, saving an assessment and making a
 * development action of a weak score.
 *
 * Storage: a 9E period is an ACSurveys item of kind 'partnership9E' (its definition from nineEDefinition); one
 * assessment is an ACSurveyResponses item with the period as its survey, the account, the respondent level
 * ('contract' | 'operational'), the customer person who gave the scores, the scores 1–5 per dimension and a comment;
 * a development action is an ACActions item with source 'assessment' and sourceRef `9e:<periodId>:<dimension>`.
 *
 * The first read is ONE `$batch`: the settings (the privacy threshold), the active accounts, the surveys of the last
 * years on the indexed ACYear (kind is not indexed, so the 9E periods are picked from them here; the surveys list is
 * small), the rights on the responses and actions lists, and for the chosen account its responses on the indexed
 * ACAccount lookup and ACSubmittedAt (one account's answers over five years, quarterly ones included, stay far below
 * 5,000), its assessment actions (ACAccount, then the indexed ACSource) and its coming meetings (ACAccount, then
 * the indexed ACStartsAt). A link that names the account by its abbreviation needs the accounts first to know the
 * id: then the account's three reads are a second `$batch` (a link by id, and a pick from the list, are one).
 *
 * SharePoint decides who reads what: ACSurveyResponses breaks inheritance (managers and leadership hold Design),
 * so staff get 404 for it ("no access", not a crash) and a customer respondent reads only their own items.
 */
import { addDays, helsinkiWallTimeToUtc, IsoDate, todayInHelsinki } from '../../domain/dates';
import { dueBeforeNextFollowUp } from '../../domain/actionDue';
import { NineEProposal, RESPONDENT_LEVELS, RespondentLevel, validateAssessment } from '../../domain/partnership9E';
import { privacyThresholdOf } from '../../domain/satisfaction';
import { DEFAULT_PRIVACY_THRESHOLD, respondentKeyOf, responseClientKey } from '../../domain/surveys';
import type { Account, Action, Draft, Meeting, Survey, SurveyResponse } from '../../domain/types';
import type { FieldProblem } from '../../domain/validation';
import { DataError, ValidationError } from '../errors';
import { f } from '../odata';
import type { ListRights, Repositories, Services, Settled } from '../ports';
import { accountByRef } from './records';

const PAGE = 5000;
/** Periods of this many years back are read (the results show the latest periods as columns). */
export const ASSESSMENT_YEARS = 5;
export const ASSESSMENT_KIND = 'partnership9E';

export type AssessmentAccess = 'all' | 'ownOnly' | 'none';

export interface AssessmentRights {
  /** May record assessments (add to ACSurveyResponses). */
  addResponses: boolean;
  /** May change an assessment someone else recorded. */
  editResponses: boolean;
  /** May create development actions (ACActions). */
  addActions: boolean;
}

/** What one account's part of the view holds. */
export interface AccountAssessment {
  accountId: number;
  /** The account's assessments in the periods read (empty unless access is 'all' or 'ownOnly'). */
  responses: SurveyResponse[];
  /** The account's actions with source 'assessment', any status (a proposal already acted on shows as created). */
  actions: Action[];
  /** The account's meetings from the day after tomorrow on: the next follow-up group sets the actions' due date. */
  meetings: Meeting[];
  access: AssessmentAccess;
  /** The responses could not be read for another reason than access (the rest still shows). */
  responsesError?: DataError;
}

export interface AssessmentData {
  today: IsoDate;
  threshold: number;
  /** Active accounts, by name. */
  accounts: Account[];
  /** The 9E periods, oldest first (year, opening day, id). */
  periods: Survey[];
  rights: AssessmentRights;
  /** The account the page names (or was picked), with its part. */
  account?: Account;
  detail?: AccountAssessment;
  /** The page's `account=` names no active account (said, not ignored). */
  unknownAccount?: string;
}

/** Staff get 404 for a list that breaks inheritance without them: that is "no access" here. */
const isNoAccess = (e: DataError): boolean => e.kind === 'accessDenied' || e.kind === 'listMissing' || e.kind === 'notFound';
const NO_RIGHTS: ListRights = { add: false, edit: false, editOthers: false };

/** From the first of January five years back (Helsinki), as ACSubmittedAt is a date-time. */
const windowStart = (today: IsoDate): string => helsinkiWallTimeToUtc(`${Number(today.slice(0, 4)) - ASSESSMENT_YEARS + 1}-01-01`).toISOString();

/** The 9E periods of a survey list, oldest first. */
export function assessmentPeriods(surveys: readonly Survey[]): Survey[] {
  return surveys
    .filter((s) => s.kind === ASSESSMENT_KIND)
    .sort((a, b) => a.year - b.year || (a.opensOn ?? '').localeCompare(b.opensOn ?? '') || a.id - b.id);
}

function accountReads(repos: Repositories, accountId: number, today: IsoDate) {
  return {
    responses: repos.surveyResponses.find({ filter: f.and(f.eq('accountId', accountId), f.ge('submittedAt', windowStart(today))), top: PAGE }),
    actions: repos.actions.find({ filter: f.and(f.eq('accountId', accountId), f.eq('source', 'assessment')), top: PAGE }),
    meetings: repos.meetings.find({
      filter: f.and(f.eq('accountId', accountId), f.ge('startsAt', helsinkiWallTimeToUtc(addDays(today, 2)).toISOString())),
      orderBy: [{ prop: 'startsAt' }],
      top: 100,
    }),
  };
}

function accountPart(
  accountId: number,
  periods: readonly Survey[],
  r: { responses: Settled<SurveyResponse[]>; actions: Settled<Action[]>; meetings: Settled<Meeting[]> },
  responseRights: Settled<ListRights>,
): AccountAssessment {
  const ids = new Set(periods.map((p) => p.id));
  let access: AssessmentAccess = 'all';
  let responsesError: DataError | undefined;
  let responses: SurveyResponse[] = [];
  if (!r.responses.ok) {
    if (isNoAccess(r.responses.error)) access = 'none';
    else responsesError = r.responses.error;
  } else {
    // ReadSecurity 2 without Override List Behaviors: only one's own answers come back.
    if (responseRights.ok && !responseRights.value.editOthers) access = 'ownOnly';
    responses = r.responses.value.filter((x) => ids.has(x.surveyId) && x.accountId === accountId);
  }
  return {
    accountId,
    responses,
    actions: r.actions.ok ? r.actions.value.filter((a) => a.source === 'assessment') : [],
    meetings: r.meetings.ok ? r.meetings.value : [],
    access,
    ...(responsesError ? { responsesError } : {}),
  };
}

/**
 * The view's first read: `account` is the page's `account=` (abbreviation or id), or undefined for the picker.
 * One `$batch`, or two when the link names the account by abbreviation (see above).
 */
export async function loadAssessment(services: Services, req: { today: IsoDate; account?: string; collator?: Intl.Collator }): Promise<AssessmentData> {
  const { today } = req;
  const ref = req.account?.trim() || undefined;
  const asId = ref !== undefined && /^\d+$/.test(ref) ? Number(ref) : undefined;
  const fromYear = Number(today.slice(0, 4)) - ASSESSMENT_YEARS + 1;
  const r = await services.batch((repos) => ({
    settings: repos.settings.find({ top: 500 }),
    accounts: repos.accounts.find({ filter: f.eq('active', true), top: PAGE }),
    surveys: repos.surveys.find({ filter: f.ge('year', fromYear), top: PAGE }),
    responseRights: repos.surveyResponses.rights(),
    actionRights: repos.actions.rights(),
    ...(asId ? accountReads(repos, asId, today) : {}),
  }));
  if (!r.accounts.ok) throw r.accounts.error;
  if (!r.surveys.ok) throw r.surveys.error;
  const collator = req.collator ?? new Intl.Collator('fi');
  const accounts = [...r.accounts.value].sort((a, b) => collator.compare(a.name, b.name));
  const periods = assessmentPeriods(r.surveys.value);
  const responseRights = r.responseRights.ok ? r.responseRights.value : NO_RIGHTS;
  const rights: AssessmentRights = {
    addResponses: responseRights.add,
    editResponses: responseRights.editOthers,
    addActions: (r.actionRights.ok ? r.actionRights.value : NO_RIGHTS).add,
  };
  const data: AssessmentData = {
    today,
    threshold: r.settings.ok ? privacyThresholdOf(r.settings.value) : DEFAULT_PRIVACY_THRESHOLD,
    accounts,
    periods,
    rights,
  };
  if (!ref) return data;
  const account = accountByRef(accounts, ref);
  if (!account) return { ...data, unknownAccount: ref };
  const rr = r as unknown as Partial<Record<'responses' | 'actions' | 'meetings', Settled<never>>>;
  const detail =
    asId && rr.responses && rr.actions && rr.meetings
      ? accountPart(account.id, periods, { responses: rr.responses, actions: rr.actions, meetings: rr.meetings }, r.responseRights)
      : await loadAccountAssessment(services, account.id, periods, today);
  if (detail.access === 'none') data.rights = { ...rights, addResponses: false, editResponses: false };
  return { ...data, account, detail };
}

/** One account's part in one `$batch` (the picker's choice, or a link by abbreviation; also after saving). */
export async function loadAccountAssessment(services: Services, accountId: number, periods: readonly Survey[], today: IsoDate): Promise<AccountAssessment> {
  const r = await services.batch((repos) => ({ ...accountReads(repos, accountId, today), responseRights: repos.surveyResponses.rights() }));
  return accountPart(accountId, periods, r, r.responseRights);
}

// --- Saving one assessment ------------------------------------------------------------------------------------------

export interface AssessmentInput {
  period: Survey;
  accountId: number;
  respondentLevel: RespondentLevel | string;
  /** The customer person who gave the scores. */
  respondentName: string;
  /** Dimension → score 1–5 (undefined: not given yet). */
  answers: Record<string, number | undefined>;
  comment?: string;
  now?: Date;
  /** The assessment being changed, with the etag it was read with. */
  existing?: SurveyResponse;
}

export type SaveAssessmentResult =
  | { kind: 'saved'; response: SurveyResponse }
  /** Someone else changed the assessment since it was read (412): the input is kept; `theirs` is the stored one. */
  | { kind: 'conflict'; error: DataError; theirs?: SurveyResponse }
  /** The same respondent already has an assessment of the period for the account (the unique key refused a twin). */
  | { kind: 'exists'; theirs: SurveyResponse };

/** `answers.<dimension>` is the field a score's problem names; the form maps it back to its radio group. */
export const answerField = (dimension: string): string => `answers.${dimension}`;

/** Every problem of an assessment before anything is sent: the scores against the period's definition, the level and the respondent. */
export function assessmentProblems(input: Pick<AssessmentInput, 'period' | 'respondentLevel' | 'respondentName' | 'answers'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.period.kind !== ASSESSMENT_KIND) problems.push({ field: 'surveyId', code: 'invalidChoice' });
  if (!(RESPONDENT_LEVELS as readonly string[]).includes(input.respondentLevel)) problems.push({ field: 'respondentLevel', code: 'required' });
  const name = input.respondentName?.trim() ?? '';
  if (!name) problems.push({ field: 'respondentName', code: 'required' });
  else if (name.length > 255) problems.push({ field: 'respondentName', code: 'tooLong', params: { max: 255 } });
  const given: Record<string, number> = {};
  for (const [k, v] of Object.entries(input.answers)) if (v !== undefined && v !== null) given[k] = v;
  const check = validateAssessment(given, input.period.definition);
  if (!check.ok) {
    for (const p of check.problems) {
      const field = answerField(p.dimension);
      if (p.code === 'missing') problems.push({ field, code: 'required' });
      else if (p.code === 'unknownDimension') problems.push({ field, code: 'invalidChoice' });
      else problems.push({ field, code: 'outOfRange', params: { min: 1, max: 5 } });
    }
  }
  return problems;
}

/** The respondent's key: one assessment per person, period and account. */
export const assessmentRespondentKey = (respondentName: string): string => respondentKeyOf({ name: respondentName }) ?? '';

/** The client key an assessment of this person, period and account is stored under. */
export const assessmentClientKey = (periodId: number, accountId: number, respondentName: string): string =>
  responseClientKey(periodId, accountId, assessmentRespondentKey(respondentName));

const sameScores = (a: Record<string, number>, b: Record<string, number>): boolean => {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
};

/**
 * Validates (a ValidationError with every field problem, nothing written), then creates the assessment under its
 * client key (a retried or double-pressed save returns the one stored; another assessment of the same person is
 * reported as 'exists', not overwritten) or updates `existing` with its etag (a 412 is a conflict; the caller keeps
 * the input).
 */
export async function saveAssessment(services: Services, input: AssessmentInput): Promise<SaveAssessmentResult> {
  const problems = assessmentProblems(input);
  if (problems.length) throw new ValidationError(problems);
  const answers: Record<string, number> = {};
  for (const q of input.period.definition.questions) {
    const v = input.answers[q.id];
    if (typeof v === 'number') answers[q.id] = v;
  }
  const respondentName = input.respondentName.trim();
  const comment = input.comment?.trim() || undefined;
  const submittedAt = (input.now ?? new Date()).toISOString();
  const repo = services.repos.surveyResponses;
  const fields = { respondentLevel: input.respondentLevel, respondentName, answers, comment, submittedAt };
  if (input.existing) {
    const patch = { ...fields, comment: comment ?? null } as unknown as Partial<Draft<SurveyResponse>>;
    try {
      const etag = await repo.update(input.existing.id, patch, input.existing.etag);
      return { kind: 'saved', response: { ...input.existing, ...fields, etag } };
    } catch (e) {
      if (!(e instanceof DataError) || e.kind !== 'conflict') throw e;
      const theirs = await repo.get(input.existing.id).catch(() => undefined);
      return { kind: 'conflict', error: e, theirs };
    }
  }
  const respondentKey = assessmentRespondentKey(respondentName);
  const draft: Draft<SurveyResponse> = {
    surveyId: input.period.id,
    accountId: input.accountId,
    ...fields,
    respondentKey,
    source: 'product',
    clientKey: responseClientKey(input.period.id, input.accountId, respondentKey),
  };
  const stored = await repo.add(draft);
  // The repository answers a duplicate key with the item already stored: ours when it holds what we sent (a
  // retried POST), else an earlier assessment of the same person that this one must not silently replace.
  const ours = stored.submittedAt === submittedAt || (sameScores(stored.answers ?? {}, answers) && (stored.comment ?? undefined) === comment && stored.respondentLevel === input.respondentLevel);
  return ours ? { kind: 'saved', response: stored } : { kind: 'exists', theirs: stored };
}

// --- Development actions --------------------------------------------------------------------------------------------

/** The client key of a proposal's action: the sourceRef and the account, so a retry or a second click files one. */
export const assessmentActionKey = (proposal: Pick<NineEProposal, 'sourceRef'>, accountId: number): string => `act:${proposal.sourceRef}:${accountId}`;

/** The action already made of a proposal for the account, if any (by its sourceRef, whoever made it). */
export function actionOfProposal(actions: readonly Action[], proposal: Pick<NineEProposal, 'sourceRef'>, accountId: number): Action | undefined {
  return actions.find((a) => a.accountId === accountId && a.source === 'assessment' && a.sourceRef === proposal.sourceRef);
}

export interface AssessmentActionOptions {
  today?: IsoDate;
  lang?: 'fi' | 'sv' | 'en';
}

/**
 * The development action of a weak dimension: owned by the account manager (or the backup), due the day before the
 * account's next follow-up group (else in 30 days), so it is on that group's agenda. One action per sourceRef and
 * account: an action already there (made here, or by anyone with the same sourceRef) is returned, not duplicated.
 */
export async function createAssessmentAction(
  services: Services,
  proposal: NineEProposal,
  account: Account,
  meetings: readonly Meeting[],
  options: AssessmentActionOptions = {},
): Promise<{ action: Action; created: boolean }> {
  const today = options.today ?? todayInHelsinki();
  const lang = options.lang ?? 'fi';
  const repo = services.repos.actions;
  const existing = await repo.find({ filter: f.and(f.eq('accountId', account.id), f.eq('source', 'assessment')), top: PAGE });
  const found = actionOfProposal(existing, proposal, account.id);
  if (found) return { action: found, created: false };
  const clientKey = assessmentActionKey(proposal, account.id);
  const { dueDate } = dueBeforeNextFollowUp(meetings.filter((m) => m.accountId === account.id), today);
  const action = await repo.add({
    title: proposal.title[lang] || proposal.title.fi,
    accountId: account.id,
    source: 'assessment',
    sourceRef: proposal.sourceRef,
    owner: account.accountManager ?? account.backup,
    dueDate,
    status: 'open',
    clientKey,
  });
  return { action, created: true };
}
