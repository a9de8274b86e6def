/**
 * @jest-environment node
 *
 * The team meeting's data against the local SharePoint service with the demo organisations: the first screen in
 * one $batch, SharePoint's own-records rule, marking reviewed with the etag (412 → re-read), and the feedback
 * summary counted date-first in month slices, also past the 5,000-item threshold.
 */
import { generateFeedbackVolume } from '../../workbench/demo/volume';
import { loadFeedbackSummary, loadPreviousCounts, loadTeamReview, markReviewed } from '../../src/data/queries/teamReview';
import { periodOf, previousPeriod } from '../../src/domain/feedbackSummary';
import { todayInHelsinki } from '../../src/domain/dates';
import type { Services } from '../../src/data/ports';
import type { Feedback } from '../../src/domain/types';
import { useDemoWorkbench } from './helpers';

jest.setTimeout(300_000);

const TODAY = todayInHelsinki();
const wb = useDemoWorkbench('review');
// Site first here, as these tests move between the two sites.
const as = (site: 'ork' | 'hepa', alias: string): Services => wb.as(alias, site);
const { apiCalls } = wb;

/** An independent count: every item walked by id (no filter), counted here. */
async function allFeedback(services: Services): Promise<Feedback[]> {
  const out: Feedback[] = [];
  for await (const page of services.repos.feedback.pages({}, 5000)) out.push(...page);
  return out;
}

it('reads the first screen in one $batch; the supervisor gets every unreviewed conflict contact', async () => {
  const timo = as('hepa', 'timo.hamalainen');
  wb.server.sp.requestLog.clear();
  const data = await loadTeamReview(timo, TODAY);
  expect(apiCalls()).toEqual([wb.batchPost('hepa')]);
  expect(data.ownRecordsOnly).toBe(false);
  expect(data.recordRights.edit).toBe(true);
  expect(data.records.length).toBeGreaterThan(0);
  expect(data.records.every((r) => !r.reviewed && (r.forReview || r.category === 'conflict'))).toBe(true);
  expect(new Set(data.records.map((r) => r.recorder.id)).size).toBeGreaterThan(1);
});

it('a staff member reads only the records she filed, and the view knows it', async () => {
  const liisa = await loadTeamReview(as('hepa', 'liisa.laine'), TODAY);
  expect(liisa.ownRecordsOnly).toBe(true);
  expect(liisa.records.every((r) => r.recorder.title === 'Liisa Laine')).toBe(true);
});

it('marks a record reviewed with its etag; a second, stale mark counts as done; a change in between is kept', async () => {
  const timo = as('hepa', 'timo.hamalainen');
  const [first, second] = (await loadTeamReview(timo, TODAY)).records;
  const done = await markReviewed(timo, 'situationRecords', first);
  expect(done.kind).toBe('reviewed');
  expect((await timo.repos.situationRecords.get(first.id)).reviewed).toBe(true);
  // The same item from the old read (its etag is stale): someone else already marked it.
  expect((await markReviewed(timo, 'situationRecords', first)).kind).toBe('alreadyReviewed');
  // Someone adds a solution after the read: the mark goes on the fresh version and keeps their text.
  await timo.repos.situationRecords.update(second.id, { solution: 'Lisätty palaverin aikana.' }, second.etag);
  const after = await markReviewed(timo, 'situationRecords', second);
  expect(after.kind).toBe('reviewed');
  const stored = await timo.repos.situationRecords.get(second.id);
  expect(stored).toMatchObject({ reviewed: true, solution: 'Lisätty palaverin aikana.' });
  expect((await loadTeamReview(timo, TODAY)).records.map((r) => r.id)).not.toContain(second.id);
});

it('feedback brought to the meeting is listed until reviewed', async () => {
  const timo = as('hepa', 'timo.hamalainen');
  const [f] = await timo.repos.feedback.find({ filter: undefined, top: 1 });
  await timo.repos.feedback.update(f.id, { forReview: true }, f.etag);
  const data = await loadTeamReview(timo, TODAY);
  const listed = data.feedback.find((x) => x.id === f.id)!;
  expect(listed).toBeDefined();
  expect((await markReviewed(timo, 'feedback', listed)).kind).toBe('reviewed');
  expect((await loadTeamReview(timo, TODAY)).feedback.map((x) => x.id)).not.toContain(f.id);
});

it('the quarter’s summary matches an independent count of the demo, and so does the previous quarter', async () => {
  const sari = as('ork', 'sari.heikkinen');
  const quarter = periodOf('quarter', TODAY);
  const all = await allFeedback(sari);
  const inQuarter = all.filter((x) => x.date >= quarter.start && x.date < quarter.end);
  const sum = await loadFeedbackSummary(sari, quarter);
  expect(sum.total).toBe(inQuarter.length);
  expect(sum.byKind.negative).toBe(inQuarter.filter((x) => x.kind === 'negative').length);
  expect(sum.byReason.serviceQuality).toBe(inQuarter.filter((x) => x.reason === 'serviceQuality').length);
  const before = previousPeriod(quarter);
  expect((await loadPreviousCounts(sari, quarter)).total).toBe(all.filter((x) => x.date >= before.start && x.date < before.end).length);
});

it('past the threshold (6,000 items in one month) the summary is still read and right', async () => {
  const hepa = wb.server.siteUrls.hepa;
  const timo = as('hepa', 'timo.hamalainen');
  const accounts = await timo.repos.accounts.find({ top: 50 });
  await generateFeedbackVolume({ siteUrl: hepa, upn: 'timo.hamalainen@asiakkuus.example', count: 6000, days: 20, accountIds: accounts.map((a) => a.id) });
  const all = await allFeedback(timo);
  expect(all.length).toBeGreaterThan(6000);
  const month = periodOf('month', TODAY);
  const year = periodOf('year', TODAY);
  for (const p of [month, year]) {
    const want = all.filter((x) => x.date >= p.start && x.date < p.end);
    const sum = await loadFeedbackSummary(timo, p);
    expect(sum.total).toBe(want.length);
    expect(sum.byStatus.closed).toBe(want.filter((x) => x.status === 'closed').length);
    expect(sum.trend.reduce((n, t) => n + t.total, 0)).toBe(want.length);
  }
});
