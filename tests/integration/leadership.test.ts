/**
 * @jest-environment node
 *
 * The leadership situation picture against the local SharePoint service: the demo's ORK site plus 300 accounts with
 * a year of data in every list (workbench/bench/leadershipVolume.ts; the clock items and the survey responses each
 * past 5,000). The first screen is at most two `$batch` POSTs, and its figures match independent counts made by
 * reading every item in ID pages (which SharePoint always allows). A customer's respondent gets no picture; staff
 * get it without any satisfaction figure.
 */
import { loadSituationPicture, SituationData } from '../../src/data/queries/leadership';
import { DataError } from '../../src/data/errors';
import { todayInHelsinki } from '../../src/domain/dates';
import { quarterId, quarterStart, quarterWindow } from '../../src/domain/satisfactionResults';
import type { Action, ClockOccurrence, Feedback, Survey, SurveyResponse } from '../../src/domain/types';
import type { Services } from '../../src/data/ports';
import { generateLeadershipVolume, LeadershipVolume } from '../../workbench/bench/leadershipVolume';
import { SITE_OWNER_UPN } from '../../workbench/demo/seed';
import { useDemoWorkbench } from './helpers';

jest.setTimeout(300_000);

const wb = useDemoWorkbench('leadership');
const today = todayInHelsinki();
const year = Number(today.slice(0, 4));
const MANAGERS = ['aino.virtanen', 'mikko.korhonen', 'elina.lindqvist', 'juha.nieminen'].map((a) => `${a}@asiakkuus.example`);

let volume: LeadershipVolume;
let data: SituationData;
let posts: number;
let parts: number;
let calls: string[];

async function everything<T>(services: Services, key: 'clockCompletions' | 'surveyResponses' | 'actions' | 'feedback', select: string[]): Promise<T[]> {
  const out: T[] = [];
  for await (const page of services.repos[key].pages({ select }, 5000)) out.push(...(page as unknown as T[]));
  return out;
}

beforeAll(async () => {
  volume = await generateLeadershipVolume({ siteUrl: wb.server.siteUrls.ork, upn: SITE_OWNER_UPN, managers: MANAGERS, today, log: (m) => console.log(m) });
  const leader = wb.as('sari.heikkinen');
  await leader.site.currentUser(); // the digest and the user, as a page has them before its first read
  wb.server.sp.requestLog.clear();
  data = await loadSituationPicture(leader, today);
  const log = wb.server.sp.requestLog.entries().filter((e) => /\/_api\/\$batch/.test(e.url));
  posts = log.length;
  calls = wb.apiCalls();
  parts = log.reduce((n, e) => n + (e.batchParts?.length ?? 0), 0);
});

it('reads the first screen of 300 more accounts in at most two $batch POSTs, with the lists past the threshold', async () => {
  const owner = wb.as('johan.westerberg');
  const occurrences = await everything<ClockOccurrence>(owner, 'clockCompletions', ['accountId']);
  const responses = await everything<SurveyResponse>(owner, 'surveyResponses', ['accountId']);
  expect(occurrences.length).toBeGreaterThan(5000);
  expect(responses.length).toBeGreaterThan(5000);
  expect(posts).toBeGreaterThanOrEqual(1);
  expect(posts).toBeLessThanOrEqual(2);
  expect(calls.every((c) => c === wb.batchPost())).toBe(true);
  expect(parts).toBeGreaterThan(30);
  expect(data.problems).toEqual([]);
  expect(data.picture.responsesAccess).toBe('all');
  const ids = new Set(data.picture.rows.map((r) => r.account.id));
  for (const id of volume.accountIds) expect(ids.has(id)).toBe(true);
  console.log(`situation picture: ${posts} $batch POST(s), ${parts} requests inside; ${data.picture.rows.length} rows; read ${JSON.stringify(data.read)}; volume ${JSON.stringify(volume.counts)} in ${volume.generateMs} ms`);
});

it('counts overdue clock items, open and overdue actions and negative feedback per account as ID-paged reads do', async () => {
  const owner = wb.as('johan.westerberg');
  const occurrences = await everything<ClockOccurrence>(owner, 'clockCompletions', ['accountId', 'dueDate', 'done']);
  const overdue = new Map<number, number>();
  for (const o of occurrences) if (o.accountId && !o.done && o.dueDate >= `${year}-01-01` && o.dueDate < today) overdue.set(o.accountId, (overdue.get(o.accountId) ?? 0) + 1);
  const actions = await everything<Action>(owner, 'actions', ['accountId', 'status', 'dueDate']);
  const feedback = await everything<Feedback>(owner, 'feedback', ['accountId', 'date', 'kind']);
  const qStart = quarterStart(quarterWindow(today, 1)[0]);
  let withOverdue = 0;
  for (const row of data.picture.rows) {
    const id = row.account.id;
    expect({ id, overdue: row.clock.overdue }).toEqual({ id, overdue: overdue.get(id) ?? 0 });
    if (row.clock.overdue) withOverdue++;
    const open = actions.filter((a) => a.accountId === id && (a.status === 'open' || a.status === 'inProgress'));
    expect({ id, open: row.actions.open, overdue: row.actions.overdue }).toEqual({ id, open: open.length, overdue: open.filter((a) => a.dueDate !== undefined && a.dueDate < today).length });
    const fb = feedback.filter((x) => x.accountId === id && x.date >= qStart && x.date <= today);
    expect({ id, feedback: row.feedback }).toEqual({ id, feedback: { total: fb.length, negative: fb.filter((x) => x.kind === 'negative').length } });
  }
  // The volume leaves half of the accounts' past items open: a real share of the rows is overdue, not all.
  expect(withOverdue).toBeGreaterThan(100);
  expect(withOverdue).toBeLessThan(data.picture.rows.length);
});

it('shows a satisfaction figure exactly for the accounts and quarters at the threshold, and a 9E world only from three answers', async () => {
  const owner = wb.as('johan.westerberg');
  const responses = await everything<SurveyResponse>(owner, 'surveyResponses', ['accountId', 'surveyId']);
  const surveys: Survey[] = await owner.repos.surveys.find({ top: 500 });
  const quarters = quarterWindow(today, 4);
  const byQuarter = new Map(surveys.filter((s) => s.kind === 'quarterly' && s.quarter).map((s) => [s.id, quarterId({ year: s.year, quarter: s.quarter! })]));
  const nineE = new Set(surveys.filter((s) => s.kind === 'partnership9E').map((s) => s.id));
  let shown = 0;
  let hidden = 0;
  for (const row of data.picture.rows.filter((r) => volume.accountIds.includes(r.account.id))) {
    const mine = responses.filter((r) => r.accountId === row.account.id);
    quarters.forEach((q, i) => {
      const n = mine.filter((r) => byQuarter.get(r.surveyId) === quarterId(q)).length;
      const cell = row.satisfaction.trend[i];
      expect({ account: row.account.id, q: quarterId(q), shown: cell.shown }).toEqual({ account: row.account.id, q: quarterId(q), shown: n >= 3 });
      if (cell.shown) shown++;
      else {
        hidden++;
        expect(cell).not.toHaveProperty('overall');
      }
    });
    const assessments = mine.filter((r) => nineE.has(r.surveyId)).length;
    if (assessments === 0) expect(row.nineE).toBeUndefined();
    else for (const w of Object.values(row.nineE!.worlds)) expect(w.shown).toBe(assessments >= 3);
  }
  expect(shown).toBeGreaterThan(100);
  expect(hidden).toBeGreaterThan(50);
});

it('names the cover gaps (an away manager’s accounts without a backup), and next year’s agreement stages', async () => {
  const owner = wb.as('johan.westerberg');
  const aino = await owner.site.ensureUser(MANAGERS[0]);
  const volumeRows = data.picture.rows.filter((r) => volume.accountIds.includes(r.account.id));
  const gaps = volumeRows.filter((r) => r.coverGaps.some((g) => g.now));
  // Aino is away from two days ago without a substitute: her accounts without a backup have nobody now.
  const uncovered = volumeRows.filter((r) => r.manager?.id === aino.id && !r.account.backup);
  expect(uncovered.length).toBeGreaterThan(10);
  for (const r of uncovered) expect(gaps).toContain(r);
  // A gap is the manager's absence: the absent one is the account's manager.
  for (const r of gaps) for (const g of r.coverGaps) expect(g.manager.id).toBe(r.manager?.id);
  // Accounts with a backup who is not away are covered: the gaps are a minority.
  expect(volumeRows.filter((r) => r.coverGaps.length).length).toBeLessThan(volumeRows.length / 2);
  const agreements = await owner.repos.agreements.find({ filter: { op: 'eq', prop: 'year', value: year + 1 }, top: 5000 });
  for (const r of volumeRows) {
    const a = agreements.find((x) => x.accountId === r.account.id);
    expect({ id: r.account.id, stage: r.agreement.stage }).toEqual({ id: r.account.id, stage: a?.stage });
  }
});

it('refuses a customer’s respondent in plain terms, and shows staff the picture without satisfaction figures', async () => {
  const refused = await loadSituationPicture(wb.as('kaisa.ojala'), today).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(DataError);
  expect((refused as DataError).kind).toBe('accessDenied');

  const staff = await loadSituationPicture(wb.as('pekka.makinen'), today);
  expect(staff.picture.responsesAccess).toBe('none');
  expect(staff.picture.rows.length).toBeGreaterThan(300);
  expect(staff.picture.rows.every((r) => !r.satisfaction.latest && r.satisfaction.trend.length === 0 && !r.nineE)).toBe(true);
});
