/**
 * Answering the quarterly survey (docs/care-model.md §4): the first screen in ONE `$batch`, and saving the response.
 *
 * The batch reads the user, the survey (by id, or this year's surveys on the indexed year), the active accounts, the
 * user's own customer-contact rows (which accounts they answer for), the user's own responses (the indexed
 * respondent key; SharePoint shows a respondent only their own anyway) and the rights on the responses list. The
 * response for the chosen survey and account is then the one whose client key is
 * `responseClientKey(survey, account, respondent)`: one per respondent, survey and account.
 */
import { acceptsAnswers, overallOf, parseQuarter, respondentKeyOf, responseClientKey } from '../../domain/surveys';
import type { IsoDate } from '../../domain/dates';
import type { Account, Contact, Draft, Survey, SurveyResponse } from '../../domain/types';
import { DataError } from '../errors';
import { f } from '../odata';
import type { ListRights, Services, SiteUser } from '../ports';
import { accountByRef } from './records';

export interface SurveyLink {
  account?: string;
  /** `yyyy-Qn`. */
  quarter?: { year: number; quarter: number };
  surveyId?: number;
}

/** Reads `account=`, `quarter=yyyy-Qn` and `survey=<id>`; unknown values are ignored. */
export function parseSurveyLink(query: Readonly<Record<string, string>> | undefined): SurveyLink {
  const q = query ?? {};
  const out: SurveyLink = {};
  const account = (q.account ?? '').trim();
  if (account && account.length <= 40) out.account = account;
  const quarter = parseQuarter(q.quarter);
  if (quarter) out.quarter = quarter;
  const id = Number(q.survey);
  if (Number.isInteger(id) && id > 0) out.surveyId = id;
  return out;
}

export interface SurveyAnswerData {
  today: IsoDate;
  me: SiteUser;
  respondentKey?: string;
  /** The survey the link names (or the quarterly survey open today); undefined when there is none. */
  survey?: Survey;
  /** The accounts the user may answer for: the link's, else those where they are a customer contact, else all. */
  accounts: Account[];
  /** The account the page opens with (the link's, or the only one). */
  preset?: Account;
  /** A link's account that names no active account (said, not ignored). */
  unknownAccount?: string;
  /** Whether the accounts are the user's own as a customer contact (else a chooser of every active account). */
  ownAccounts: boolean;
  /** The user's own responses to `survey`, by account id. */
  mine: Record<number, SurveyResponse>;
  rights: ListRights;
  /** Whether the rights could not be read (the form then offers answering and SharePoint decides). */
  rightsUnknown?: boolean;
}

export interface SurveyAnswerRequest {
  today: IsoDate;
  link: SurveyLink;
  user: { email?: string; login?: string };
  collator: Intl.Collator;
}

/** The quarterly survey for a quarter: the one that accepts answers today first, else the latest by id. */
function pickSurvey(surveys: readonly Survey[], link: SurveyLink, today: IsoDate): Survey | undefined {
  const year = link.quarter?.year ?? Number(today.slice(0, 4));
  const candidates = surveys.filter((s) => s.kind === 'quarterly' && s.year === year && (!link.quarter || s.quarter === link.quarter.quarter));
  const open = candidates.filter((s) => acceptsAnswers(s, today));
  if (open.length) return open.sort((a, b) => b.id - a.id)[0];
  // Without a quarter only an open survey will do; with one, its survey even when closed (read-only answers).
  return link.quarter ? candidates.sort((a, b) => b.id - a.id)[0] : undefined;
}

export async function loadSurveyAnswer(services: Services, req: SurveyAnswerRequest): Promise<SurveyAnswerData> {
  const { link, today } = req;
  const respondentKey = respondentKeyOf(req.user);
  const email = req.user.email?.trim();
  const year = link.quarter?.year ?? Number(today.slice(0, 4));
  const r = await services.batch((repos, site) => ({
    me: site.currentUser(),
    survey: link.surveyId ? repos.surveys.get(link.surveyId) : Promise.resolve(undefined),
    surveys: link.surveyId ? Promise.resolve([] as Survey[]) : repos.surveys.find({ filter: f.eq('year', year), top: 100 }),
    accounts: repos.accounts.find({ filter: f.eq('active', true), top: 500 }),
    contacts: email ? repos.contacts.find({ filter: f.and(f.gt('accountId', 0), f.eq('email', email)), top: 100 }) : Promise.resolve([] as Contact[]),
    mine: respondentKey ? repos.surveyResponses.find({ filter: f.eq('respondentKey', respondentKey), top: 500 }) : Promise.resolve([] as SurveyResponse[]),
    rights: repos.surveyResponses.rights(),
  }));
  if (!r.me.ok) throw r.me.error;
  if (!r.accounts.ok) throw r.accounts.error;
  if (!r.survey.ok && r.survey.error.kind !== 'notFound') throw r.survey.error;
  if (!r.surveys.ok) throw r.surveys.error;
  const survey = link.surveyId ? (r.survey.ok ? r.survey.value : undefined) : pickSurvey(r.surveys.value, link, today);
  const byName = (a: Account, b: Account): number => req.collator.compare(a.name, b.name);
  const all = [...r.accounts.value].sort(byName);
  const fromLink = accountByRef(all, link.account);
  // A respondent's contact rows are optional: a list they cannot read leaves the chooser of every account.
  const contactIds = new Set(r.contacts.ok ? r.contacts.value.filter((c) => c.side === 'customer' && c.email?.trim().toLowerCase() === email?.toLowerCase()).map((c) => c.accountId) : []);
  const own = all.filter((a) => contactIds.has(a.id));
  const accounts = fromLink ? [fromLink] : own.length ? own : all;
  const mine: Record<number, SurveyResponse> = {};
  if (survey && respondentKey && r.mine.ok) {
    for (const a of accounts) {
      const key = responseClientKey(survey.id, a.id, respondentKey);
      const found = r.mine.value.find((x) => x.clientKey === key);
      if (found) mine[a.id] = found;
    }
  }
  const rightsUnknown = !r.rights.ok && r.rights.error.kind !== 'listMissing';
  const rights: ListRights = r.rights.ok ? r.rights.value : rightsUnknown ? { add: true, edit: true, editOthers: false } : { add: false, edit: false, editOthers: false };
  return {
    today,
    me: r.me.value,
    respondentKey,
    survey,
    accounts,
    preset: fromLink ?? (accounts.length === 1 ? accounts[0] : undefined),
    unknownAccount: link.account && !fromLink ? link.account : undefined,
    ownAccounts: !fromLink && own.length > 0,
    mine,
    rights,
    ...(rightsUnknown ? { rightsUnknown } : {}),
  };
}

/** What the form sends: scores per question (undefined = not answered, "can't say"), the recommendation, the comment. */
export interface AnswerValues {
  answers: Record<string, number | undefined>;
  nps?: number;
  comment?: string;
}

/** The stored fields of a response from the form's values; answers without a score are left out. */
export function responseFields(survey: Survey, values: AnswerValues): Pick<SurveyResponse, 'answers' | 'nps' | 'overall' | 'comment'> {
  const answers: Record<string, number> = {};
  for (const q of survey.definition.questions) {
    const v = values.answers[q.id];
    if (typeof v === 'number') answers[q.id] = v;
  }
  const comment = survey.definition.openFeedback ? values.comment?.trim() || undefined : undefined;
  return { answers, nps: survey.definition.nps ? values.nps : undefined, overall: overallOf(survey.definition, answers), comment };
}

export type SaveResponseResult = { kind: 'saved'; response: SurveyResponse } | { kind: 'conflict'; error: DataError; theirs?: SurveyResponse };

/**
 * Stores the user's response: a create under the response's client key (a retry, a second press or a second tab
 * returns the one already stored), or an update of `existing` with its etag (a 412 is returned as a conflict).
 */
export async function saveResponse(
  services: Services,
  req: { survey: Survey; accountId: number; respondentKey: string; respondentName?: string; values: AnswerValues; now: Date; existing?: SurveyResponse },
): Promise<SaveResponseResult> {
  const fields = responseFields(req.survey, req.values);
  const submittedAt = req.now.toISOString();
  const repo = services.repos.surveyResponses;
  if (req.existing) {
    // Clearing a value must clear the column too: send null rather than leaving the old value in place.
    const patch = { ...fields, nps: fields.nps ?? null, overall: fields.overall ?? null, comment: fields.comment ?? null, submittedAt } as unknown as Partial<Draft<SurveyResponse>>;
    try {
      const etag = await repo.update(req.existing.id, patch, req.existing.etag);
      return { kind: 'saved', response: { ...req.existing, ...fields, submittedAt, etag } };
    } catch (e) {
      if (!(e instanceof DataError) || e.kind !== 'conflict') throw e;
      const theirs = await repo.get(req.existing.id).catch(() => undefined);
      return { kind: 'conflict', error: e, theirs };
    }
  }
  const draft: Draft<SurveyResponse> = {
    surveyId: req.survey.id,
    accountId: req.accountId,
    respondentName: req.respondentName,
    respondentKey: req.respondentKey,
    ...fields,
    submittedAt,
    source: 'product',
    clientKey: responseClientKey(req.survey.id, req.accountId, req.respondentKey),
  };
  return { kind: 'saved', response: await repo.add(draft) };
}
