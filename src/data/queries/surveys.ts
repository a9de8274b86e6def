/**
 * The survey administration (docs/care-model.md §4): the surveys by year with their response counts, the customer
 * contacts the over-survey guard looks at, and saving a survey (client key on create, etag on update).
 *
 * Counting responses reads only the survey column of each survey's responses (indexed lookup); a reader whom
 * SharePoint shows only their own responses gets no count rather than a wrong one (`counts` is then undefined).
 */
import { answeredQuestionIds } from '../../domain/surveys';
import type { Account, Contact, Draft, Survey } from '../../domain/types';
import { DataError } from '../errors';
import { f } from '../odata';
import type { ListRights, Services } from '../ports';

export interface SurveyAdminData {
  surveys: Survey[];
  /** Responses per survey id; undefined when the responses cannot be read in full. */
  counts?: Record<number, number>;
  accounts: Account[];
  /** Customer contacts (for the over-survey guard); empty when the list cannot be read. */
  contacts: Contact[];
  rights: ListRights;
}

const NO_RIGHTS: ListRights = { add: false, edit: false, editOthers: false };

export async function loadSurveyAdmin(services: Services): Promise<SurveyAdminData> {
  const r = await services.batch((repos) => ({
    surveys: repos.surveys.find({ filter: f.ge('year', 2000), top: 500 }),
    accounts: repos.accounts.find({ filter: f.eq('active', true), top: 500 }),
    contacts: repos.contacts.all({ filter: f.gt('accountId', 0), select: ['name', 'email', 'accountId', 'side', 'roles'] }),
    rights: repos.surveys.rights(),
    responseRights: repos.surveyResponses.rights(),
  }));
  if (!r.surveys.ok) throw r.surveys.error;
  if (!r.accounts.ok) throw r.accounts.error;
  const surveys = [...r.surveys.value].sort((a, b) => b.year - a.year || (b.quarter ?? 0) - (a.quarter ?? 0) || b.id - a.id);
  let counts: Record<number, number> | undefined;
  // Only someone who reads everyone's responses (Override List Behaviors) gets a count that means something.
  if (surveys.length && r.responseRights.ok && r.responseRights.value.editOthers) {
    const c = await services.batch((repos) =>
      Object.fromEntries(surveys.map((s) => [String(s.id), repos.surveyResponses.all({ filter: f.eq('surveyId', s.id), select: ['surveyId'] })])),
    );
    counts = {};
    for (const s of surveys) {
      const got = c[String(s.id)];
      if (got?.ok) counts[s.id] = got.value.length;
    }
  }
  return {
    surveys,
    counts,
    accounts: r.accounts.value,
    contacts: r.contacts.ok ? r.contacts.value.filter((x) => x.side === 'customer') : [],
    rights: r.rights.ok ? r.rights.value : NO_RIGHTS,
  };
}

/** Which questions of a survey have answers (and whether the recommendation has), read fresh before an edit is saved. */
export async function answeredOf(services: Services, surveyId: number): Promise<{ questions: Set<string>; nps: boolean; count: number }> {
  const responses = await services.repos.surveyResponses.all({ filter: f.eq('surveyId', surveyId), select: ['answers', 'nps'] });
  return { questions: answeredQuestionIds(responses), nps: responses.some((x) => typeof x.nps === 'number'), count: responses.length };
}

export type SaveSurveyResult = { kind: 'saved'; survey: Survey } | { kind: 'conflict'; error: DataError; theirs?: Survey };

/** Creates (with its client key) or updates (with its etag) a survey; a 412 is returned as a conflict. */
export async function saveSurvey(services: Services, values: Draft<Survey>, existing?: Survey): Promise<SaveSurveyResult> {
  const repo = services.repos.surveys;
  if (!existing) return { kind: 'saved', survey: await repo.add(values) };
  try {
    const etag = await repo.update(existing.id, values, existing.etag);
    return { kind: 'saved', survey: { ...existing, ...values, etag } };
  } catch (e) {
    if (!(e instanceof DataError) || e.kind !== 'conflict') throw e;
    const theirs = await repo.get(existing.id).catch(() => undefined);
    return { kind: 'conflict', error: e, theirs };
  }
}
