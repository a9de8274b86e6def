/**
 * Saving over HTTP against the local SharePoint service: an update whose write landed but whose answer was lost
 * (a 503 after the MERGE, PnPjs retrying it with the old etag and getting 412) is a success, not a false
 * conflict; a colleague's different value in between is still a conflict that keeps the user's text.
 */
import { createServices } from '../../src/data/sp/createServices';
import type { Services } from '../../src/data/ports';
import type { Account, Action } from '../../src/domain/types';
import { COLLEAGUE, OWNER, spAs, startLocalSharePoint } from './helpers';
import { grantDemoAccess } from '../../workbench/demo/permissions';
import { ORK_SITE } from '../../workbench/demo/people';

jest.setTimeout(120_000);

let env: Awaited<ReturnType<typeof startLocalSharePoint>>;
let owner: Services;
let colleague: Services;
let account: Account;

/** The local service's fault injection: the next MERGE of an item is performed, then answered with 503. */
async function loseTheAnswerToTheNextMerge(): Promise<void> {
  const r = await fetch(`${env.server.origin}/_local/faults`, {
    method: 'POST',
    body: JSON.stringify({ status: 503, count: 1, retryAfterSeconds: 0, phase: 'after', match: '/MERGE .*\\/items\\(\\d+\\)$/i' }),
  });
  expect(r.status).toBe(200);
}

const merges = (): { method: string; status: number }[] =>
  env.server.svc.requestLog
    .entries()
    .filter((e) => /\/items\(\d+\)$/.test(e.url) && e.method !== 'GET')
    .map((e) => ({ method: e.method, status: e.status }));

beforeAll(async () => {
  env = await startLocalSharePoint();
  owner = createServices(spAs(env.orkUrl, OWNER));
  colleague = createServices(spAs(env.orkUrl, COLLEAGUE));
  await owner.site.ensureSchema();
  await grantDemoAccess(spAs(env.orkUrl, OWNER), ORK_SITE);
  const me = await owner.site.currentUser();
  account = await owner.repos.accounts.add({ name: 'Korkein hallinto-oikeus', abbreviation: 'KHO', accountType: 'sector', accountManager: { id: me.id }, active: true });
});

afterAll(async () => {
  await env?.stop();
});

afterEach(() => env.server.svc.faults.set(null));

describe('an update whose answer was lost', () => {
  it('is a success with the fresh etag, not a conflict, when the write had landed', async () => {
    const before = await owner.repos.accounts.get(account.id);
    await loseTheAnswerToTheNextMerge();
    env.server.svc.requestLog.clear();
    const etag = await owner.repos.accounts.update(account.id, { workingAgreements: 'Kaikki yhteydenotot tietohallintopäällikön kautta.\n\nKuukausikokous.' }, before.etag);

    // The wire shows what happened: the MERGE landed and was answered 503, the retry with the old etag got 412.
    const log = merges();
    expect(log.map((x) => x.status).slice(0, 2)).toEqual([503, 412]);
    const after = await owner.repos.accounts.get(account.id);
    expect(after.workingAgreements).toBe('Kaikki yhteydenotot tietohallintopäällikön kautta.\n\nKuukausikokous.');
    expect(etag).toBe(after.etag);
    expect(etag).not.toBe(before.etag);
  });

  it('compares the values as stored: a person, a date and a choice that landed count as the same', async () => {
    const me = await owner.site.currentUser();
    const action = await owner.repos.actions.add({ title: 'Tiekartta', accountId: account.id, source: 'accountPlan', status: 'open' } as Action);
    await loseTheAnswerToTheNextMerge();
    const patch = { status: 'inProgress' as const, dueDate: '2026-12-15', owner: { id: me.id, title: me.title }, goal: 'Yhteinen näkemys', metric: undefined };
    const etag = await owner.repos.actions.update(action.id, patch, action.etag);
    const after = await owner.repos.actions.get(action.id);
    expect(after).toMatchObject({ status: 'inProgress', dueDate: '2026-12-15', owner: { id: me.id }, goal: 'Yhteinen näkemys', etag });
    expect(after.metric).toBeUndefined();
  });

  it('is still a conflict when someone else saved a different value in between', async () => {
    const mine = await owner.repos.accounts.get(account.id);
    const theirs = await colleague.repos.accounts.get(account.id);
    await colleague.repos.accounts.update(account.id, { workingAgreements: 'Kollegan versio.' }, theirs.etag);
    await expect(owner.repos.accounts.update(account.id, { workingAgreements: 'Oma versioni.' }, mine.etag)).rejects.toMatchObject({ kind: 'conflict' });
    expect((await owner.repos.accounts.get(account.id)).workingAgreements).toBe('Kollegan versio.');
  });

  it('is a conflict when only some of the sent values are already there', async () => {
    const mine = await owner.repos.accounts.get(account.id);
    const theirs = await colleague.repos.accounts.get(account.id);
    await colleague.repos.accounts.update(account.id, { planGeneral: 'Sama kuvaus.', planRelationship: 'Kollegan suhde.' }, theirs.etag);
    await expect(owner.repos.accounts.update(account.id, { planGeneral: 'Sama kuvaus.', planRelationship: 'Oma suhde.' }, mine.etag)).rejects.toMatchObject({ kind: 'conflict' });
    expect((await owner.repos.accounts.get(account.id)).planRelationship).toBe('Kollegan suhde.');
  });
});
