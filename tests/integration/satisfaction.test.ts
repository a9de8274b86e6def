/**
 * @jest-environment node
 *
 * The satisfaction view's data against the local SharePoint service with the demo organisations: the first screen
 * in one $batch, figures from items built here (the demo's survey data is its own), and what SharePoint lets each
 * user read: staff get 404 for the responses list (reported as no access), a respondent only their own answers
 * (no aggregate shown), leadership everything.
 */
import { loadSatisfaction } from '../../src/data/queries/satisfaction';
import { analyseSatisfaction, quarterWindow } from '../../src/domain/satisfactionResults';
import { defaultQuarterlyDefinition, responseClientKey } from '../../src/domain/surveys';
import { todayInHelsinki } from '../../src/domain/dates';
import type { Account, Survey } from '../../src/domain/types';
import { useDemoWorkbench } from './helpers';

jest.setTimeout(300_000);

const TODAY = todayInHelsinki();
const wb = useDemoWorkbench('satisfaction');
const { as, apiCalls } = wb;
const OWNER = 'johan.westerberg';
const LEADER = 'sari.heikkinen';
let account: Account;
let small: Account;
let survey: Survey;

// Declared after useDemoWorkbench, so it runs once the server is up.
beforeAll(async () => {
  // Items of our own for exact figures: a survey this quarter, one account with four answers, one with two.
  const owner = as(OWNER);
  const current = quarterWindow(TODAY)[7];
  survey = await owner.repos.surveys.add({ title: 'Testikysely', kind: 'quarterly', year: current.year, quarter: current.quarter, definition: defaultQuarterlyDefinition(), status: 'closed' });
  account = await owner.repos.accounts.add({ name: 'Testivirasto', abbreviation: 'TST', accountType: 'sector', active: true });
  small = await owner.repos.accounts.add({ name: 'Pieni virasto', abbreviation: 'PNV', accountType: 'sector', active: true });
  const add = (a: Account, k: number, score: number, nps: number, comment?: string) =>
    owner.repos.surveyResponses.add({
      surveyId: survey.id,
      accountId: a.id,
      answers: Object.fromEntries(defaultQuarterlyDefinition().questions.map((q) => [q.id, score])),
      nps,
      comment,
      submittedAt: new Date().toISOString(),
      source: 'product',
      respondentKey: `v${k}@${a.abbreviation.toLowerCase()}.example`,
      clientKey: responseClientKey(survey.id, a.id, `v${k}@${a.abbreviation.toLowerCase()}.example`),
    });
  await add(account, 1, 8, 10, 'Hyvää työtä');
  await add(account, 2, 9, 9);
  await add(account, 3, 7, 5);
  await add(account, 4, 8, 8);
  await add(small, 1, 4, 0, 'Pienen viraston kommentti');
  await add(small, 2, 5, 3);
});

it('reads the first screen in one $batch, and the figures match what was answered', async () => {
  const leader = as(LEADER);
  wb.server.sp.requestLog.clear();
  const data = await loadSatisfaction(leader, TODAY);
  expect(apiCalls()).toEqual([wb.batchPost()]);
  expect(data.access).toBe('all');
  const result = analyseSatisfaction({ ...data, today: TODAY });
  const row = result.rows.find((r) => r.account!.id === account.id)!;
  const cell = row.cells[7];
  if (!cell.shown) throw new Error('four answers should show');
  expect(cell.figures.responses).toBe(4);
  expect(cell.figures.overall).toBeCloseTo(8, 5);
  expect(cell.figures.nps).toEqual({ score: 25, promoters: 2, passives: 1, detractors: 1, answers: 4 });
  expect(cell.figures.comments).toEqual(['Hyvää työtä']);
  const few = result.rows.find((r) => r.account!.id === small.id)!.cells[7];
  expect(few).toEqual({ quarter: cell.quarter, shown: false, category: 'few', threshold: data.threshold });
  expect(JSON.stringify(result)).not.toContain('Pienen viraston kommentti');
});

it('a staff member gets "no access" for the responses, not an error, and no import button', async () => {
  const data = await loadSatisfaction(as('pekka.makinen'), TODAY);
  expect(data.access).toBe('none');
  expect(data.responses).toEqual([]);
  expect(data.rights.addResponses).toBe(false);
  expect(data.accounts.length).toBeGreaterThan(0);
});

it('a respondent reads only their own answers, so no aggregate is given to them', async () => {
  const data = await loadSatisfaction(as('kaisa.ojala'), TODAY);
  expect(data.access).toBe('ownOnly');
  expect(data.responses).toEqual([]);
  expect(data.rights.addActions).toBe(false);
});

it('the threshold setting raises N, and never lowers it below the default', async () => {
  const owner = as(OWNER);
  const setting = await owner.repos.settings.add({ key: 'satisfaction.privacyThreshold', value: '5' });
  expect((await loadSatisfaction(as(LEADER), TODAY)).threshold).toBe(5);
  await owner.repos.settings.update(setting.id, { value: '1' }, setting.etag);
  expect((await loadSatisfaction(as(LEADER), TODAY)).threshold).toBe(3);
});
