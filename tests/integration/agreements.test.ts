/**
 * @jest-environment node
 *
 * The agreement process against the local SharePoint service with the demo organisations: a manager moves an
 * agreement from planning to stored; a refused step sends nothing; two users moving it at once leave one winner, a
 * conflict for the other and a history that replays to the item's stage; a retried run adds no twin; staff are
 * refused by SharePoint; the portfolio of a year is one `$batch` with 300 accounts and over 5,000 history items.
 */
import '@pnp/sp/batching';
import { SITE_OWNER_UPN, spForSite } from '../../workbench/demo/seed';
import { createRepositories, createServices } from '../../src/data/sp/createServices';
import { FLOWS_SETTING, loadAgreement, loadPortfolio, transition } from '../../src/data/queries/agreements';
import { AgreementRuleError, CITY_PARTNERSHIP_FLOW, ORK_FLOW, replay } from '../../src/domain/agreementFlow';
import { DataError } from '../../src/data/errors';
import { f } from '../../src/data/odata';
import type { Services } from '../../src/data/ports';
import type { Agreement, AgreementStage, Draft } from '../../src/domain/types';
import { useDemoWorkbench } from './helpers';

jest.setTimeout(300_000);

const wb = useDemoWorkbench('agreements');
const { as, apiCalls } = wb;
const DNRO = 'ORK/4321/00.01.02/2030';

let seq = 0;
/** A new agreement for one of the demo's ORK accounts, in a year of its own. */
async function newAgreement(services: Services, stage: AgreementStage = 'planning', over: Partial<Draft<Agreement>> = {}): Promise<Agreement> {
  const [account] = await services.repos.accounts.find({ filter: f.eq('active', true), top: 1 });
  seq++;
  return services.repos.agreements.add({ title: `Palvelusopimus ${2030 + seq}`, accountId: account.id, year: 2030 + seq, kind: 'serviceAgreement', stage, ...over });
}

async function edit(services: Services, agreement: Agreement, patch: Partial<Draft<Agreement>>): Promise<Agreement> {
  await services.repos.agreements.update(agreement.id, patch, agreement.etag);
  return services.repos.agreements.get(agreement.id);
}

const signatories = [
  { role: 'customerDirector' as const, name: 'Sari Asiakkuusjohtaja' },
  { role: 'directorGeneral' as const, name: 'Jukka Pääjohtaja' },
  { role: 'customerRepresentative' as const, name: 'Kaisa Korkein' },
];

it('a manager moves an agreement from planning to stored; the history replays to its stage', async () => {
  const aino = as('aino.virtanen');
  let a = await newAgreement(aino);
  a = await edit(aino, a, { diaryNumber: DNRO });
  a = (await transition(aino, a, 'openCase')).agreement;
  a = (await transition(aino, a, 'startDrafting')).agreement;
  a = await edit(aino, a, {
    checklist: { templateChecked: true, dataCollected: true, draftComplete: true },
    templateVersions: { agreement: '2030.1', appendices: '2030.1' },
    services: { services: ['Asianhallinta'], systems: ['Hilda'], projects: ['Vankilaverkko'], verifiedBy: 'Pekka Mäkinen', verifiedOn: '2029-11-25' },
    budgetAllocation: [{ item: 'Jatkuvat palvelut', amount: 150000 }],
    appendices: [{ title: 'Liite 1: Talousliite', url: 'https://tiimeri.example/l1.pdf', diaryNumber: DNRO }],
  });
  a = (await transition(aino, a, 'sendForReview')).agreement;
  a = (await transition(aino, a, 'requestChanges', { comment: 'Talousliitteen budjettijako tarkennettava' })).agreement;
  a = (await transition(aino, a, 'submitRevision')).agreement;
  a = (await transition(aino, a, 'approve')).agreement;
  a = await edit(aino, a, { signatures: signatories });
  a = (await transition(aino, a, 'startSigning')).agreement;
  a = (await transition(aino, a, 'recordSignature', { signature: { role: 'accountManager', name: 'Aino Virtanen', signedOn: '2029-12-14' } })).agreement;
  a = (await transition(aino, a, 'recordSignature', { signature: { role: 'directorGeneral', name: 'Jukka Pääjohtaja', signedOn: '2029-12-15' } })).agreement;
  const signed = await transition(aino, a, 'recordSignature', { signature: { role: 'customerRepresentative', name: 'Kaisa Korkein', signedOn: '2029-12-16' } });
  a = signed.agreement;
  expect(a).toMatchObject({ stage: 'signed', signedOn: '2029-12-16' });
  expect(a.signatures?.map((s) => [s.role, s.signedOn])).toEqual([
    ['accountManager', '2029-12-14'],
    ['directorGeneral', '2029-12-15'],
    ['customerRepresentative', '2029-12-16'],
  ]);
  a = await edit(aino, a, { caseSystemUrl: { url: 'https://hilda.example/asia/4321' }, workspaceUrl: { url: 'https://tiimeri.example/sopimukset/2030' } });
  const stored = await transition(aino, a, 'store');
  expect(stored.agreement.stage).toBe('stored');
  expect(stored.history.map((h) => h.toStage)).toEqual([
    'caseOpened', 'drafting', 'customerReview', 'changesRequested', 'customerReview', 'approved', 'inSignature', 'inSignature', 'inSignature', 'signed', 'stored',
  ]);
  expect(stored.history[3]).toMatchObject({ comment: 'Talousliitteen budjettijako tarkennettava', changedBy: { title: 'Aino Virtanen' } });
  expect(replay(ORK_FLOW, stored.history)).toBe('stored');
  expect(stored.agreement.lastTransition).toBe(stored.history[stored.history.length - 1].clientKey);

  // The view's read: one $batch with the account, contacts, flows and rights.
  wb.server.sp.requestLog.clear();
  const data = await loadAgreement(aino, a.id, a.accountId);
  expect(apiCalls()).toHaveLength(1);
  expect(data).toMatchObject({ agreement: { id: a.id, stage: 'stored' }, account: { id: a.accountId }, flow: { id: 'ork' }, rights: { edit: true }, problems: [] });
  expect(data.history).toHaveLength(11);
  expect(data.contacts.length).toBeGreaterThan(0);
});

it('refuses a wrong step with what is missing, and sends nothing', async () => {
  const aino = as('aino.virtanen');
  const a = await newAgreement(aino);
  wb.server.sp.requestLog.clear();
  const refused = await transition(aino, a, 'openCase').catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(AgreementRuleError);
  expect((refused as AgreementRuleError).check).toEqual({ allowed: false, reason: 'missing', missing: [{ requirement: 'diaryNumber' }] });
  const wrong = await transition(aino, a, 'store').catch((e: unknown) => e);
  expect((wrong as AgreementRuleError).check.reason).toBe('wrongStage');
  expect(apiCalls()).toEqual([]);
  expect(await aino.repos.agreementHistory.find({ filter: f.eq('agreementId', a.id) })).toEqual([]);
  expect((await aino.repos.agreements.get(a.id)).etag).toBe(a.etag);
});

it('two users moving the same agreement at once: one wins, the other gets a conflict, the history replays to the stage', async () => {
  const aino = as('aino.virtanen');
  const mikko = as('mikko.korhonen');
  // Different moves from the same version.
  const a = await newAgreement(aino, 'customerReview', { diaryNumber: DNRO });
  const [x, y] = await Promise.allSettled([transition(aino, a, 'approve'), transition(mikko, a, 'requestChanges', { comment: 'Hinta auki' })]);
  const outcomes = [x, y].map((r) => r.status);
  expect(outcomes.sort()).toEqual(['fulfilled', 'rejected']);
  const lost = (x.status === 'rejected' ? x : y) as PromiseRejectedResult;
  expect(lost.reason).toBeInstanceOf(DataError);
  expect((lost.reason as DataError).kind).toBe('conflict');
  let data = await loadAgreement(aino, a.id, a.accountId);
  expect(data.history).toHaveLength(1);
  expect(replay(ORK_FLOW, data.history, 'customerReview')).toBe(data.agreement.stage);

  // The same move by both: still one entry, and the second is told.
  const b = await newAgreement(aino, 'approved', { diaryNumber: DNRO, signatures: signatories });
  const same = await Promise.allSettled([transition(aino, b, 'startSigning'), transition(mikko, b, 'startSigning')]);
  expect(same.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  expect(((same.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as DataError).kind).toBe('conflict');
  data = await loadAgreement(aino, b.id, b.accountId);
  expect(data.history.map((h) => [h.fromStage, h.toStage])).toEqual([['approved', 'inSignature']]);
  expect(replay(ORK_FLOW, data.history, 'approved')).toBe('inSignature');
});

it('a run retried with the same version finds its history entry instead of adding a twin', async () => {
  const aino = as('aino.virtanen');
  const a = await newAgreement(aino, 'approved', { diaryNumber: DNRO, signatures: signatories });
  const first = await transition(aino, a, 'startSigning');
  // The same call again, as after a lost answer: the entry is found by its key, the update seen as landed.
  const again = await transition(aino, a, 'startSigning');
  expect(again.agreement.stage).toBe('inSignature');
  expect(again.history).toHaveLength(1);
  expect(again.history[0].id).toBe(first.history[0].id);
});

it('staff may read but not move an agreement: SharePoint refuses, nothing is written', async () => {
  const aino = as('aino.virtanen');
  const a = await newAgreement(aino, 'planning', { diaryNumber: DNRO });
  const pekka = as('pekka.makinen');
  const data = await loadAgreement(pekka, a.id);
  expect(data.rights.edit).toBe(false);
  const refused = await transition(pekka, data.agreement, 'openCase').catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(DataError);
  expect((refused as DataError).kind).toBe('accessDenied');
  expect(await aino.repos.agreementHistory.find({ filter: f.eq('agreementId', a.id) })).toEqual([]);
  expect((await aino.repos.agreements.get(a.id)).stage).toBe('planning');
});

it('a flow from the site settings: the city partnership without a case step', async () => {
  const owner = createServices(spForSite(wb.server.siteUrls.ork, SITE_OWNER_UPN));
  const hepaFlow = { ...CITY_PARTNERSHIP_FLOW, id: 'hepa', name: { fi: 'HEPA', sv: 'HEPA', en: 'HEPA' } };
  await owner.repos.settings.add({ key: FLOWS_SETTING, value: JSON.stringify([hepaFlow]) });
  const aino = as('aino.virtanen');
  const a = await newAgreement(aino, 'planning', { flow: 'hepa', kind: 'partnershipAgreement' });
  const data = await loadAgreement(aino, a.id, a.accountId);
  expect(data.flow.id).toBe('hepa');
  const moved = await transition(aino, a, 'startDrafting');
  expect(moved.agreement.stage).toBe('drafting');
  await expect(transition(aino, moved.agreement, 'openCase')).rejects.toMatchObject({ check: { reason: 'notInFlow' } });
});

describe('the portfolio', () => {
  const YEARS = 10;
  const ACCOUNTS = 300;
  const FIRST_YEAR = 2040;

  /** Adds in `sp.batched()` chunks as the owner, through the product's repositories. */
  async function addAll<T>(drafts: T[], add: (repos: ReturnType<typeof createRepositories>, d: T) => Promise<{ id: number }>): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < drafts.length; i += 1000) {
      const [batched, execute] = spForSite(wb.server.siteUrls.ork, SITE_OWNER_UPN).batched();
      const repos = createRepositories(batched);
      const started = drafts.slice(i, i + 1000).map((d) => add(repos, d));
      await execute();
      ids.push(...(await Promise.all(started)).map((x) => x.id));
    }
    return ids;
  }

  it('reads every account’s agreement of a year in one $batch with 300 accounts × 10 years and over 5,000 history items', async () => {
    const accountIds = await addAll(
      Array.from({ length: ACCOUNTS }, (_, i) => i),
      (repos, i) => repos.accounts.add({ name: `Volyymivirasto ${i}`, abbreviation: `VOL${String(i).padStart(3, '0')}`, accountType: 'sector', active: true }),
    );
    const stages: AgreementStage[] = ['planning', 'caseOpened', 'drafting', 'customerReview', 'approved', 'inSignature', 'signed', 'stored'];
    const drafts = accountIds.flatMap((accountId, i) =>
      Array.from({ length: YEARS }, (_, y): Draft<Agreement> => {
        const year = FIRST_YEAR + y;
        const stage = y < YEARS - 1 ? 'stored' : stages[i % stages.length];
        return { title: `Palvelusopimus ${year}`, accountId, year, kind: 'serviceAgreement', stage, diaryNumber: stage === 'planning' ? undefined : `ORK/${i + 1}/${year - 1}` };
      }),
    );
    const agreementIds = await addAll(drafts, (repos, d) => repos.agreements.add(d));
    const history = agreementIds.flatMap((agreementId, k) => [
      { agreementId, fromStage: undefined, toStage: 'planning' as const, changedAt: '2039-11-20T08:00:00.000Z' },
      ...(k % 10 < 8 ? [{ agreementId, fromStage: 'planning' as const, toStage: drafts[k].stage, changedAt: '2039-12-18T08:00:00.000Z' }] : []),
    ]);
    expect(history.length).toBeGreaterThan(5000);
    await addAll(history, (repos, d) => repos.agreementHistory.add(d));

    const aino = as('aino.virtanen');
    const year = FIRST_YEAR + YEARS - 1;
    wb.server.sp.requestLog.clear();
    const p = await loadPortfolio(aino, year, '2048-12-01');
    expect(apiCalls()).toHaveLength(1);
    expect(p.problems).toEqual([]);
    const vol = p.rows.filter((r) => r.account.abbreviation.startsWith('VOL'));
    expect(vol).toHaveLength(ACCOUNTS);
    expect(vol.every((r) => r.agreement?.year === year)).toBe(true);
    // What blocks it, from the agreement's own fields: no diary number in planning, no checklist in drafting…
    const planning = vol.find((r) => r.agreement?.stage === 'planning');
    expect(planning).toMatchObject({ nextAction: 'openCase', blockers: [{ action: 'openCase', requirement: 'diaryNumber' }], deadline: '2048-12-23', deadlineState: 'atRisk' });
    const drafting = vol.find((r) => r.agreement?.stage === 'drafting');
    expect(drafting?.blockers.map((b) => b.requirement)).toEqual(['checklistComplete', 'checklistComplete', 'checklistComplete', 'servicesVerified']);
    expect(vol.find((r) => r.agreement?.stage === 'stored')).toMatchObject({ deadlineState: 'done', blockers: [], nextAction: undefined });
    // One agreement's history is still a threshold-safe read on the big list.
    const one = await loadAgreement(aino, agreementIds[0]);
    expect(one.history.length).toBeGreaterThan(0);
  });
});
