/**
 * @jest-environment node
 *
 * Retention and purge through the local SharePoint service: the dry run lists exactly the records older than each
 * list's retention (by their own date), the purge deletes or anonymises exactly those, an item changed since the
 * dry run fails alone, and only a site owner may purge.
 */
import type { SPFI } from '@pnp/sp';
import { createServices } from '../../src/data/sp/createServices';
import { ANONYMISED_MARKER, loadRetention, planPurge, purge, saveRetention } from '../../src/data/queries/retention';
import type { Services } from '../../src/data/ports';
import { grantDemoAccess } from '../../workbench/demo/permissions';
import { ORK_SITE } from '../../workbench/demo/people';
import { LEADER, MANAGER, OWNER, RESPONDENT, spAs, startLocalSharePoint } from './helpers';

jest.setTimeout(120_000);

const STAFF = 'pekka.makinen@asiakkuus.example';
const TODAY = '2026-03-02';

let env: Awaited<ReturnType<typeof startLocalSharePoint>>;
const ork = (upn: string): SPFI => spAs(env.orkUrl, upn);
const as = (upn: string): Services => createServices(ork(upn));
let owner: Services;
let accountId: number;
const ids: Record<string, number> = {};

async function status(call: Promise<unknown>): Promise<number | string> {
  try {
    await call;
    return 200;
  } catch (e) {
    return (e as { kind?: string }).kind ?? String(e);
  }
}

beforeAll(async () => {
  env = await startLocalSharePoint();
  owner = as(OWNER);
  await owner.site.ensureSchema();
  await grantDemoAccess(ork(OWNER), ORK_SITE);
  accountId = (await as(MANAGER).repos.accounts.add({ name: 'Korkein hallinto-oikeus', abbreviation: 'KHO', accountType: 'sector', active: true })).id;
  const pekka = as(STAFF);
  const me = await pekka.site.currentUser();
  const aino = as(MANAGER);
  const ainoMe = await aino.site.currentUser();
  const record = async (key: string, s: Services, who: number, date: string, situation: string, solution?: string): Promise<void> => {
    ids[key] = (await s.repos.situationRecords.add({ recorder: { id: who }, date, accountId, category: 'challenging', situation, solution })).id;
  };
  await record('r2023', pekka, me.id, '2023-05-10', 'Asiakas soitti Matti Meikäläisen tunnuksista', 'Ohjattu palvelupyyntöön');
  await record('r2024a', aino, ainoMe.id, '2024-03-01', 'Viimeinen päivä ennen rajaa');
  await record('r2024b', pekka, me.id, '2024-03-02', 'Rajan päivä: säilyy');
  await record('r2025', pekka, me.id, '2025-12-01', 'Tuore kirjaus');
  const feedback = async (key: string, date: string, text: string): Promise<void> => {
    ids[key] = (
      await pekka.repos.feedback.add({ recorder: { id: me.id }, date, accountId, kind: 'negative', reason: 'other', reasonOther: 'Viive', text, status: 'answered', reaction: 'Soitettu takaisin', handler: { id: ainoMe.id } })
    ).id;
  };
  await feedback('f2024', '2024-11-20', 'Liisa Esimerkki odotti vastausta viikon');
  await feedback('f2025a', '2025-03-01', 'Vuoden ja päivän takaa');
  await feedback('f2025b', '2025-03-02', 'Tasan vuosi: säilyy');
  // Feedback is kept 12 months on this site; situation records the default 24.
  await saveRetention(owner, 'feedback', 12, (await loadRetention(owner)).settings);
});

afterAll(async () => {
  await env?.stop();
});

it('reads each list’s retention from the settings, with 24 months as the default', async () => {
  expect((await loadRetention(owner)).months).toEqual({ situationRecords: 24, feedback: 12 });
});

it('the dry run lists exactly the items dated before each cut-off, and changes nothing', async () => {
  const plan = await planPurge(owner, TODAY);
  const [records, feedback] = plan.lists;
  expect(records).toMatchObject({ list: 'situationRecords', months: 24, cutoff: '2024-03-02' });
  expect(records.items.map((x) => x.id)).toEqual([ids.r2023, ids.r2024a]);
  expect(records.items[0]).toMatchObject({ date: '2023-05-10', account: 'KHO', preview: 'Asiakas soitti Matti Meikäläisen tunnuksista', anonymised: false });
  expect(feedback).toMatchObject({ list: 'feedback', months: 12, cutoff: '2025-03-02' });
  expect(feedback.items.map((x) => x.id)).toEqual([ids.f2024, ids.f2025a]);
  expect((await owner.repos.situationRecords.all()).length).toBe(4);
});

it('only a site owner may run it: the service says who is one, and SharePoint refuses the writes anyway', async () => {
  for (const upn of [MANAGER, STAFF, LEADER, 'timo.hamalainen@asiakkuus.example']) {
    expect(await status(planPurge(as(upn), TODAY))).toBe('accessDenied');
  }
  const plan = await planPurge(owner, TODAY);
  expect(await status(purge(as(MANAGER), plan, 'delete'))).toBe('accessDenied');
  // Below the product: leadership reads feedback but cannot delete it, a respondent cannot even find it.
  const f = await owner.repos.feedback.get(ids.f2024);
  expect(await status(as(LEADER).repos.feedback.remove(ids.f2024, f.etag!))).toBe('accessDenied');
  expect(await status(as(RESPONDENT).repos.feedback.remove(ids.f2024, f.etag!))).toBe('listMissing');
  expect((await owner.repos.feedback.all()).length).toBe(3);
});

it('anonymising blanks the free texts and the handler of exactly the old feedback; the rest stays', async () => {
  const plan = await planPurge(owner, TODAY);
  const report = await purge(owner, { ...plan, lists: plan.lists.filter((l) => l.list === 'feedback') }, 'anonymise');
  expect(report).toEqual({ mode: 'anonymise', done: { situationRecords: 0, feedback: 2 }, skipped: { situationRecords: 0, feedback: 0 }, failed: [] });
  const old = await owner.repos.feedback.get(ids.f2024);
  expect(old).toMatchObject({ text: ANONYMISED_MARKER, reaction: ANONYMISED_MARKER, reasonOther: ANONYMISED_MARKER, date: '2024-11-20', kind: 'negative', status: 'answered', accountId });
  expect(old.handler).toBeUndefined();
  // The recorder is required and SharePoint keeps the author: anonymising cannot remove who filed it.
  expect(old.recorder.id).toBeGreaterThan(0);
  expect(await owner.repos.feedback.get(ids.f2025b)).toMatchObject({ text: 'Tasan vuosi: säilyy', reaction: 'Soitettu takaisin' });

  // Listed again (still older), marked as anonymised; anonymising again leaves them.
  const again = await planPurge(owner, TODAY);
  expect(again.lists[1].items.map((x) => [x.id, x.anonymised])).toEqual([
    [ids.f2024, true],
    [ids.f2025a, true],
  ]);
  expect((await purge(owner, again, 'anonymise')).skipped.feedback).toBe(2);
});

it('deleting removes exactly the old records; one changed since the dry run fails alone', async () => {
  const plan = await planPurge(owner, TODAY);
  // Aino corrects her old record after the owner's dry run.
  const aino = as(MANAGER);
  const mine = await aino.repos.situationRecords.get(ids.r2024a);
  await aino.repos.situationRecords.update(ids.r2024a, { solution: 'Lisätty jälkikäteen' }, mine.etag!);

  const report = await purge(owner, { ...plan, lists: plan.lists.filter((l) => l.list === 'situationRecords') }, 'delete');
  expect(report.done.situationRecords).toBe(1);
  expect(report.failed).toEqual([{ list: 'situationRecords', id: ids.r2024a, kind: 'conflict' }]);
  const left = (await owner.repos.situationRecords.all()).map((x) => x.id).sort((a, b) => a - b);
  expect(left).toEqual([ids.r2024a, ids.r2024b, ids.r2025]);

  // A fresh dry run picks it up again, and the purge finishes.
  const retry = await planPurge(owner, TODAY);
  expect(retry.lists[0].items.map((x) => x.id)).toEqual([ids.r2024a]);
  expect((await purge(owner, retry, 'delete')).done).toEqual({ situationRecords: 1, feedback: 2 });
  expect((await owner.repos.situationRecords.all()).map((x) => x.date).sort()).toEqual(['2024-03-02', '2025-12-01']);
  expect((await owner.repos.feedback.all()).map((x) => x.date)).toEqual(['2025-03-02']);
});
