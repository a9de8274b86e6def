/**
 * @jest-environment node
 *
 * The 9E partnership assessment against the local SharePoint service with the demo organisations: the first screen
 * in one $batch, an assessment saved (refused whole when a score is missing or outside 1–5, retry-safe, a twin of
 * the same person refused, a stale etag a conflict), the weak dimensions' development actions made once per
 * proposal and due the day before the next follow-up group, and what SharePoint lets each user read: staff get
 * "no access" for the assessments, not an error. The period and the answers are made here (the demo's are its own).
 */
import { actionOfProposal, assessmentClientKey, loadAccountAssessment, loadAssessment, saveAssessment, createAssessmentAction } from '../../src/data/queries/assessment';
import { DataError, ValidationError } from '../../src/data/errors';
import { addDays, helsinkiWallTimeToUtc, todayInHelsinki } from '../../src/domain/dates';
import { analyse9E, lowScoreProposals, NINE_E_DIMENSIONS, nineEDefinition } from '../../src/domain/partnership9E';
import type { Account, Survey } from '../../src/domain/types';
import { f } from '../../src/data/odata';
import { useDemoWorkbench } from './helpers';

const f9e = (surveyId: number) => f.eq('surveyId', surveyId);

jest.setTimeout(300_000);

const TODAY = todayInHelsinki();
const YEAR = Number(TODAY.slice(0, 4));
const wb = useDemoWorkbench('assessment');
const { as, apiCalls } = wb;
const OWNER = 'johan.westerberg';
const MANAGER = 'aino.virtanen';
const LEADER = 'sari.heikkinen';
const STAFF = 'pekka.makinen';

let account: Account;
let period: Survey;
let previous: Survey;
const scores = (score: number, over: Record<string, number> = {}): Record<string, number> => ({ ...Object.fromEntries(NINE_E_DIMENSIONS.map((d) => [d.id, score])), ...over });
const nextGroupDay = addDays(TODAY, 20);

beforeAll(async () => {
  const owner = as(OWNER);
  const aino = await owner.site.ensureUser(`${MANAGER}@asiakkuus.example`);
  account = await owner.repos.accounts.add({ name: 'Arviointivirasto', abbreviation: 'ARV9E', accountType: 'sector', active: true, accountManager: aino });
  previous = await owner.repos.surveys.add({ title: `Kumppanuusarvio 9E – syksy ${YEAR - 1}`, kind: 'partnership9E', year: YEAR - 1, definition: nineEDefinition(), status: 'closed', opensOn: `${YEAR - 1}-09-01`, closesOn: `${YEAR - 1}-10-31` });
  period = await owner.repos.surveys.add({ title: `Kumppanuusarvio 9E – syksy ${YEAR}`, kind: 'partnership9E', year: YEAR, definition: nineEDefinition(), status: 'open', opensOn: `${YEAR}-01-01`, closesOn: `${YEAR}-12-31` });
  await owner.repos.meetings.add({ title: 'Seurantaryhmä', accountId: account.id, meetingType: 'followUpGroup', startsAt: helsinkiWallTimeToUtc(nextGroupDay, 9).toISOString(), status: 'planned' });
  // Last year's three assessments, at the threshold.
  for (const [i, name] of ['Kaisa Korkein', 'Olli Operatiivinen', 'Sanna Sopimus'].entries()) {
    await saveAssessment(owner, { period: previous, accountId: account.id, respondentLevel: i === 1 ? 'operational' : 'contract', respondentName: name, answers: scores(4), now: new Date(`${YEAR - 1}-09-1${i}T10:00:00Z`) });
  }
});

it('reads the first screen in one $batch by the account id, with the periods, threshold and next follow-up group', async () => {
  wb.server.sp.requestLog.clear();
  const data = await loadAssessment(as(MANAGER), { today: TODAY, account: String(account.id) });
  expect(apiCalls()).toEqual([wb.batchPost()]);
  expect(data.account?.abbreviation).toBe('ARV9E');
  expect(data.periods.map((p) => p.id)).toEqual(expect.arrayContaining([previous.id, period.id]));
  expect(data.periods.every((p) => p.kind === 'partnership9E')).toBe(true);
  expect(data.threshold).toBe(3);
  expect(data.detail?.access).toBe('all');
  expect(data.detail?.responses).toHaveLength(3);
  expect(data.detail?.meetings.map((m) => m.meetingType)).toContain('followUpGroup');
  expect(data.rights).toMatchObject({ addResponses: true, addActions: true });
  // By abbreviation the account's reads follow the accounts: two batches, the same data.
  wb.server.sp.requestLog.clear();
  const byName = await loadAssessment(as(MANAGER), { today: TODAY, account: 'arv9e' });
  expect(apiCalls()).toEqual([wb.batchPost(), wb.batchPost()]);
  expect(byName.detail?.responses).toHaveLength(3);
  expect((await loadAssessment(as(MANAGER), { today: TODAY, account: 'EIOLE' })).unknownAccount).toBe('EIOLE');
});

it('refuses a missing or out-of-scale score with the fields named, and writes nothing', async () => {
  const aino = as(MANAGER);
  const nine = scores(3);
  delete nine.economy;
  const tries = [
    { answers: nine, field: 'answers.economy', code: 'required' },
    { answers: scores(3, { ethics: 6 }), field: 'answers.ethics', code: 'outOfRange' },
    { answers: scores(3, { epic: 0 }), field: 'answers.epic', code: 'outOfRange' },
  ];
  for (const t of tries) {
    const err = await saveAssessment(aino, { period, accountId: account.id, respondentLevel: 'contract', respondentName: 'Kaisa Korkein', answers: t.answers }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).problems).toEqual(expect.arrayContaining([expect.objectContaining({ field: t.field, code: t.code })]));
  }
  const noName = await saveAssessment(aino, { period, accountId: account.id, respondentLevel: 'strategic', respondentName: ' ', answers: scores(3) }).catch((e: unknown) => e);
  expect((noName as ValidationError).problems.map((p) => p.field)).toEqual(['respondentLevel', 'respondentName']);
  const stored = await aino.repos.surveyResponses.find({ filter: f9e(period.id), top: 100 });
  expect(stored).toHaveLength(0);
});

it("saves a manager's assessment once under its key, refuses the same person's twin and turns a stale etag into a conflict", async () => {
  const aino = as(MANAGER);
  const input = { period, accountId: account.id, respondentLevel: 'contract', respondentName: 'Kaisa Korkein', answers: scores(4, { economy: 2, ethics: 1 }), comment: 'Laskutus on epäselvää.', now: new Date() };
  const first = await saveAssessment(aino, input);
  expect(first.kind).toBe('saved');
  if (first.kind !== 'saved') return;
  expect(first.response).toMatchObject({ surveyId: period.id, accountId: account.id, respondentLevel: 'contract', respondentName: 'Kaisa Korkein', source: 'product', comment: 'Laskutus on epäselvää.' });
  expect(first.response.clientKey).toBe(assessmentClientKey(period.id, account.id, 'Kaisa Korkein'));
  // A retry of the same save returns the stored one.
  const retry = await saveAssessment(aino, input);
  expect(retry).toMatchObject({ kind: 'saved', response: { id: first.response.id } });
  // The same person again, with other scores, from a second tab: not a second row, not an overwrite.
  const twin = await saveAssessment(as(LEADER), { ...input, respondentName: ' kaisa  korkein ', answers: scores(5), now: new Date(Date.now() + 1000) });
  expect(twin).toMatchObject({ kind: 'exists', theirs: { id: first.response.id } });
  expect(await aino.repos.surveyResponses.find({ filter: f9e(period.id), top: 100 })).toHaveLength(1);

  // Leadership changes it; the manager's save with the old etag is a conflict with theirs returned.
  const changed = await saveAssessment(as(LEADER), { ...input, existing: first.response, answers: scores(4, { economy: 2, ethics: 2 }) });
  expect(changed.kind).toBe('saved');
  const stale = await saveAssessment(aino, { ...input, existing: first.response, answers: scores(3) });
  expect(stale.kind).toBe('conflict');
  if (stale.kind !== 'conflict') return;
  expect(stale.error).toBeInstanceOf(DataError);
  expect(stale.theirs?.answers.ethics).toBe(2);
});

it('makes one development action per weak dimension, owned by the manager and due the day before the next follow-up group', async () => {
  const aino = as(MANAGER);
  // Two more assessments this period so the results show (threshold 3).
  await saveAssessment(aino, { period, accountId: account.id, respondentLevel: 'operational', respondentName: 'Olli Operatiivinen', answers: scores(4) });
  await saveAssessment(aino, { period, accountId: account.id, respondentLevel: 'operational', respondentName: 'Outi Operatiivinen', answers: scores(3) });
  const data = await loadAssessment(aino, { today: TODAY, account: String(account.id) });
  const detail = data.detail!;
  const result = analyse9E({ responses: detail.responses, periods: data.periods.map((p) => ({ id: p.id, label: p.title })), threshold: data.threshold });
  const proposals = lowScoreProposals(result);
  expect(proposals.map((p) => p.dimension).sort()).toEqual(['economy', 'ethics']);
  const economy = proposals.find((p) => p.dimension === 'economy')!;
  expect(economy.sourceRef).toBe(`9e:${period.id}:economy`);

  const made = await createAssessmentAction(aino, economy, data.account!, detail.meetings, { today: TODAY, lang: 'fi' });
  expect(made.created).toBe(true);
  expect(made.action).toMatchObject({ source: 'assessment', sourceRef: economy.sourceRef, status: 'open', title: '9E-kehityskohde: Talous', dueDate: addDays(nextGroupDay, -1), accountId: account.id });
  expect(made.action.owner?.id).toBe(account.accountManager!.id);
  // A second click, or leadership at the same time: the same action.
  const again = await createAssessmentAction(as(LEADER), economy, data.account!, detail.meetings, { today: TODAY });
  expect(again).toMatchObject({ created: false, action: { id: made.action.id } });
  const after = await loadAccountAssessment(aino, account.id, data.periods, TODAY);
  expect(after.actions.filter((a) => a.sourceRef === economy.sourceRef)).toHaveLength(1);
  expect(actionOfProposal(after.actions, economy, account.id)?.id).toBe(made.action.id);
});

it('a staff member gets "no access" for the assessments, not an error, and may not record one', async () => {
  const data = await loadAssessment(as(STAFF), { today: TODAY, account: String(account.id) });
  expect(data.detail?.access).toBe('none');
  expect(data.detail?.responses).toEqual([]);
  expect(data.rights.addResponses).toBe(false);
  expect(data.accounts.length).toBeGreaterThan(0);
  const err = await saveAssessment(as(STAFF), { period, accountId: account.id, respondentLevel: 'contract', respondentName: 'Pekka Testi', answers: scores(3) }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DataError);
  expect((err as DataError).kind).not.toBe('validation');
});

it('a customer respondent reads only their own items, so no results are given to them', async () => {
  const data = await loadAssessment(as('kaisa.ojala'), { today: TODAY, account: String(account.id) });
  expect(data.detail?.access).toBe('ownOnly');
  // The manager's and leadership's assessments of the account are not among what SharePoint returns to her.
  expect(data.detail?.responses.filter((r) => r.respondentName === 'Olli Operatiivinen')).toEqual([]);
});
