/**
 * @jest-environment node
 *
 * Answering the quarterly survey against the local SharePoint, as the customer respondent: one response per
 * respondent, survey and account however often it is sent (the unique client key), a change with the etag, and
 * item-level security — another respondent neither reads nor changes it, a manager reads it.
 */
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import { createServices } from '../../src/data/sp/createServices';
import { loadSurveyAnswer, saveResponse } from '../../src/data/queries/surveyAnswer';
import { groupByTitle } from '../../src/data/schema/permissions';
import type { Services } from '../../src/data/ports';
import { defaultQuarterlyDefinition } from '../../src/domain/surveys';
import type { Survey } from '../../src/domain/types';
import { grantDemoAccess } from '../../workbench/demo/permissions';
import { ORK_SITE } from '../../workbench/demo/people';
import { MANAGER, OWNER, RESPONDENT, spAs, startLocalSharePoint } from './helpers';

jest.setTimeout(120_000);

/** A second customer respondent, added to the respondents group in the test as a site owner would. */
const OTHER = 'liisa.laine@asiakkuus.example';

let env: Awaited<ReturnType<typeof startLocalSharePoint>>;
let survey: Survey;
let accountId: number;

const ork = (upn: string): SPFI => spAs(env.orkUrl, upn);
const services = (upn: string): Services => createServices(ork(upn));

async function status(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (e) {
    const s = (e as { status?: number }).status ?? (e as { cause?: { status?: number } }).cause?.status;
    if (typeof s !== 'number') throw e;
    return s;
  }
}

/** A raw MERGE with the caller's identity and a fresh digest: the status exactly as SharePoint sends it. */
async function merge(upn: string, id: number, etag: string, body: Record<string, unknown>): Promise<Response> {
  const base = { Accept: 'application/json;odata=nometadata', 'X-AC-User': upn };
  const ctx = await fetch(`${env.orkUrl}/_api/contextinfo`, { method: 'POST', headers: base });
  const digest = ((await ctx.json()) as { FormDigestValue: string }).FormDigestValue;
  return fetch(`${env.orkUrl}/_api/web/lists/getbytitle('ACSurveyResponses')/items(${id})`, {
    method: 'POST',
    headers: { ...base, 'X-RequestDigest': digest, 'Content-Type': 'application/json;odata=nometadata', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': etag },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  env = await startLocalSharePoint();
  await services(OWNER).site.ensureSchema();
  await grantDemoAccess(ork(OWNER), ORK_SITE);
  const groups = (await ork(OWNER).web.siteGroups.select('Id', 'Title')()) as { Id: number; Title: string }[];
  const respondents = groups.find((g) => groupByTitle(g.Title)?.key === 'respondents')!;
  await ork(OWNER).web.siteGroups.getById(respondents.Id).users.add(`i:0#.f|membership|${OTHER}`);
  const aino = services(MANAGER);
  accountId = (await aino.repos.accounts.add({ name: 'Korkein hallinto-oikeus', abbreviation: 'KHO', accountType: 'sector', active: true })).id;
  await aino.repos.contacts.add({ name: 'Kaisa Ojala', accountId, side: 'customer', roles: ['followUpMember'], email: RESPONDENT });
  survey = await aino.repos.surveys.add({ title: 'Kysely Q1/2026', kind: 'quarterly', year: 2026, quarter: 1, status: 'open', opensOn: '2026-02-16', closesOn: '2026-03-13', definition: defaultQuarterlyDefinition() });
});

afterAll(async () => {
  await env?.stop();
});

const ANSWERS = { continuousServices: 8, jointDevelopment: 7, projectServices: 8, financialManagement: 9, expertServices: 8, proactivity: 9, expertise: 8, customerService: 10 };
const request = { today: '2026-03-02', link: { account: 'KHO', quarter: { year: 2026, quarter: 1 } }, user: { email: RESPONDENT }, collator: new Intl.Collator('fi') };

it('the respondent sends once however often it is sent, finds it again and changes it with the etag', async () => {
  const kaisa = services(RESPONDENT);
  const first = await loadSurveyAnswer(kaisa, request);
  expect(first.survey?.id).toBe(survey.id);
  expect(first.preset?.id).toBe(accountId);
  expect(first.rights.add).toBe(true);
  expect(first.mine).toEqual({});

  const send = () => saveResponse(kaisa, { survey, accountId, respondentKey: first.respondentKey!, respondentName: 'Kaisa Ojala', values: { answers: ANSWERS, nps: 9, comment: 'Hyvä yhteistyö' }, now: new Date('2026-03-02T09:00:00Z') });
  const a = await send();
  const b = await send();
  expect(a.kind).toBe('saved');
  expect(b.kind === 'saved' && a.kind === 'saved' && b.response.id).toBe(a.kind === 'saved' && a.response.id);
  const all = await services(MANAGER).repos.surveyResponses.all();
  expect(all).toHaveLength(1);
  expect(all[0]).toMatchObject({ surveyId: survey.id, accountId, respondentKey: RESPONDENT, source: 'product', overall: 9, nps: 9 });

  // Coming back: the own response is found by its client key and changed with its etag.
  const again = await loadSurveyAnswer(kaisa, request);
  const mine = again.mine[accountId];
  expect(mine.answers).toEqual(ANSWERS);
  const changed = await saveResponse(kaisa, { survey, accountId, respondentKey: again.respondentKey!, values: { answers: { ...ANSWERS, expertise: 10 }, nps: 10 }, now: new Date('2026-03-03T09:00:00Z'), existing: mine });
  expect(changed.kind).toBe('saved');
  // The etag it was read with is stale now: a 412 becomes a conflict, not an overwrite.
  const stale = await saveResponse(kaisa, { survey, accountId, respondentKey: again.respondentKey!, values: { answers: ANSWERS }, now: new Date(), existing: mine });
  expect(stale.kind).toBe('conflict');
  const stored = await kaisa.repos.surveyResponses.get(mine.id);
  expect(stored.answers.expertise).toBe(10);
  expect(stored.comment).toBeUndefined();
  expect(stored.overall).toBe(9.7);
});

it('another respondent neither reads nor changes it; a manager reads it', async () => {
  const [mine] = await services(MANAGER).repos.surveyResponses.all();
  const other = services(OTHER);
  expect(await other.repos.surveyResponses.find({ filter: undefined })).toEqual([]);
  expect(await status(other.repos.surveyResponses.get(mine.id))).toBe(404);
  expect(await status(other.repos.surveyResponses.update(mine.id, { comment: 'Ei minun' }, mine.etag))).not.toBe(200);
  // An item hidden by read security is not found for them at all (404), which refuses the write as surely as 403.
  expect([403, 404]).toContain((await merge(OTHER, mine.id, mine.etag, { ACComment: 'Ei minun' })).status);
  expect((await services(MANAGER).repos.surveyResponses.get(mine.id)).comment).toBeUndefined();
  const read = await services(MANAGER).repos.surveyResponses.get(mine.id);
  expect(read.respondentKey).toBe(RESPONDENT);
  // The other respondent's own answer is theirs alone and does not collide with Kaisa's key.
  const theirs = await saveResponse(other, { survey, accountId, respondentKey: OTHER, values: { answers: ANSWERS }, now: new Date() });
  expect(theirs.kind).toBe('saved');
  expect((await services(MANAGER).repos.surveyResponses.all()).length).toBe(2);
});
