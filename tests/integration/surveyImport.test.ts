/**
 * @jest-environment node
 *
 * The survey import against the local SharePoint service: a file is imported once; the same file again creates
 * nothing (every row "already imported"); a run that the service breaks half-way (answers lost, then every POST
 * failing) reports a partial import, and the next run completes it with each response in the list exactly once.
 */
import type { SPFI } from '@pnp/sp';
import { createServices } from '../../src/data/sp/createServices';
import { checkAgainstSite, importResponses, mayImport } from '../../src/data/queries/surveyImport';
import { DataError } from '../../src/data/errors';
import { DryRun, detectSource, dryRun, headersOf, suggestMapping } from '../../src/domain/surveyImport';
import { defaultQuarterlyDefinition } from '../../src/domain/surveys';
import type { Account, Survey } from '../../src/domain/types';
import type { Services } from '../../src/data/ports';
import { parseCsvText } from '../../src/features/satisfaction/import/parsers';
import { grantDemoAccess } from '../../workbench/demo/permissions';
import { ORK_SITE } from '../../workbench/demo/people';
import { LEADER, MANAGER, OWNER, RESPONDENT, spAs, startLocalSharePoint } from './helpers';

jest.setTimeout(180_000);

let env: Awaited<ReturnType<typeof startLocalSharePoint>>;
let accounts: Account[];
let surveys: Survey[];
const ork = (upn: string): SPFI => spAs(env.orkUrl, upn);
const services = (upn: string): Services => createServices(ork(upn));

beforeAll(async () => {
  env = await startLocalSharePoint();
  await services(OWNER).site.ensureSchema();
  await grantDemoAccess(ork(OWNER), ORK_SITE);
  const aino = services(MANAGER);
  accounts = [
    await aino.repos.accounts.add({ name: 'Korkein hallinto-oikeus', abbreviation: 'KHO', accountType: 'sector', active: true }),
    await aino.repos.accounts.add({ name: 'Tuomioistuinvirasto', abbreviation: 'TIO', accountType: 'sector', active: true }),
  ];
  surveys = [];
  for (const quarter of [1, 2]) {
    surveys.push(await aino.repos.surveys.add({ title: `Q${quarter}/2026`, kind: 'quarterly', year: 2026, quarter, status: 'open', definition: defaultQuarterlyDefinition() }));
  }
});

afterAll(async () => {
  env?.server.svc.faults.set(null);
  await env?.stop();
});

/** A Forms export of `count` respondents, half for each account, English headers. */
function formsCsv(survey: Survey, count: number): string {
  const qs = survey.definition.questions.map((q) => `"${q.text.en}"`);
  const lines = [['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Organisation', ...qs, 'How likely are you to recommend us?', 'Open feedback'].join(',')];
  for (let i = 0; i < count; i++) {
    const scores = survey.definition.questions.map((_, j) => 4 + ((i + j) % 7));
    lines.push([i + 1, '3/2/2026 9:00:00', '3/2/2026 9:05:00', `vastaaja${i}@asiakas.example`, `Vastaaja ${i}`, i % 2 ? 'TIO' : 'KHO', ...scores, i % 11, i === 3 ? '"=HYPERLINK(""http://x"",""y"")"' : `Palaute ${i}`].join(','));
  }
  return lines.join('\r\n');
}

async function plan(svc: Services, survey: Survey, text: string): Promise<DryRun> {
  const table = parseCsvText(text);
  const headers = headersOf(table);
  const local = dryRun({ table, mapping: suggestMapping(headers, survey), survey, accounts, source: detectSource(headers), now: new Date().toISOString() });
  expect(local.fileProblems).toEqual([]);
  return checkAgainstSite(svc, local);
}

async function stored(survey: Survey): Promise<string[]> {
  const rows = await services(MANAGER).repos.surveyResponses.all({ filter: { op: 'eq', prop: 'surveyId', value: survey.id } });
  return rows.map((r) => r.clientKey ?? '');
}

it('imports a file once; the same file again creates nothing and says every row was imported already', async () => {
  const aino = services(MANAGER);
  const text = formsCsv(surveys[0], 60);
  const first = await plan(aino, surveys[0], text);
  expect([first.accepted, first.rejected]).toEqual([60, 0]);
  const progress: number[] = [];
  const result = await importResponses(aino, first, (p) => progress.push(p.done));
  expect(result).toEqual({ created: 60, skipped: 0, remaining: 0 });
  expect(progress[progress.length - 1]).toBe(60);

  const keys = await stored(surveys[0]);
  expect(keys).toHaveLength(60);
  expect(new Set(keys).size).toBe(60);
  const one = (await aino.repos.surveyResponses.find({ filter: { op: 'eq', prop: 'clientKey', value: first.rows[3].response!.clientKey } }))[0];
  expect(one).toMatchObject({ respondentKey: 'vastaaja3@asiakas.example', source: 'formsImport', comment: '=HYPERLINK("http://x","y")', submittedAt: '2026-03-02T07:05:00Z' });

  env.server.svc.requestLog.clear();
  const again = await plan(aino, surveys[0], text);
  expect([again.accepted, again.rejected, again.alreadyImported]).toEqual([0, 60, 60]);
  expect(again.rows.every((r) => r.problems.map((p) => p.code).join() === 'alreadyImported')).toBe(true);
  // The 60 keys were asked in a few reads, in one $batch.
  const batches = env.server.svc.requestLog.entries().filter((e) => e.url.endsWith('/_api/$batch'));
  expect(batches).toHaveLength(1);
  expect(batches[0].batchParts!.length).toBeLessThanOrEqual(50);
  expect(await importResponses(aino, again)).toEqual({ created: 0, skipped: 0, remaining: 0 });
  expect(await stored(surveys[0])).toHaveLength(60);
});

it('a run the service breaks half-way reports a partial import; running it again completes it without duplicates', async () => {
  const aino = services(MANAGER);
  const survey = surveys[1];
  const text = formsCsv(survey, 30);
  const svc = env.server.svc;
  // The first create's answer is lost: PnPjs retries, the unique key refuses the twin, the repository finds it.
  svc.faults.set({ status: 503, count: 1, retryAfterSeconds: 0, phase: 'after', match: '/POST .*ACSurveyResponses.*\\/items$/i' });
  let broke = false;
  const first = await importResponses(aino, await plan(aino, survey, text), (p) => {
    // After ten, every create lands but its answer never arrives.
    if (p.done >= 10 && !broke) {
      broke = true;
      svc.faults.set({ status: 503, count: 10_000, retryAfterSeconds: 0, phase: 'after', match: '/POST .*ACSurveyResponses.*\\/items$/i' });
    }
  });
  svc.faults.set(null);
  expect(first.error).toBeInstanceOf(DataError);
  expect(first.created).toBeGreaterThanOrEqual(10);
  expect(first.created).toBeLessThan(30);
  expect(first.created + first.remaining).toBe(30);
  const landed = await stored(survey);
  expect(landed.length).toBeGreaterThanOrEqual(first.created);
  expect(new Set(landed).size).toBe(landed.length);

  const second = await plan(aino, survey, text);
  expect(second.alreadyImported).toBe(landed.length);
  const result = await importResponses(aino, second);
  expect(result).toEqual({ created: 30 - landed.length, skipped: 0, remaining: 0 });
  const keys = await stored(survey);
  expect(keys).toHaveLength(30);
  expect(new Set(keys).size).toBe(30);
});

it('only those who may add and change others’ responses import; the query refuses the others too', async () => {
  expect(await mayImport(services(MANAGER))).toBe(true);
  expect(await mayImport(services(LEADER))).toBe(true);
  const kaisa = services(RESPONDENT);
  expect(await mayImport(kaisa)).toBe(false);
  const run = dryRun({ table: parseCsvText(formsCsv(surveys[0], 2)), mapping: suggestMapping(headersOf(parseCsvText(formsCsv(surveys[0], 2))), surveys[0]), survey: surveys[0], accounts, source: 'formsImport', now: new Date().toISOString() });
  await expect(importResponses(kaisa, run)).rejects.toMatchObject({ kind: 'accessDenied' });
});
