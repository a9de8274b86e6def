/**
 * The product's PnPjs repositories and provisioning against the local SharePoint service over HTTP: the same
 * code that runs in SharePoint Online.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import { createServices } from '../../src/data/sp/createServices';
import { DataError, ValidationError } from '../../src/data/errors';
import { f } from '../../src/data/odata';
import { LISTS, SCHEMA_VERSION, listDef } from '../../src/data/schema/lists';
import type { Services } from '../../src/data/ports';
import { COLLEAGUE, LEADER, MANAGER, OWNER, RESPONDENT, spAs, startLocalSharePoint } from './helpers';
import { grantDemoAccess } from '../../workbench/demo/permissions';
import { ORK_SITE } from '../../workbench/demo/people';

jest.setTimeout(120_000);

let env: Awaited<ReturnType<typeof startLocalSharePoint>>;
let owner: Services;
let manager: Services;

beforeAll(async () => {
  env = await startLocalSharePoint();
  owner = createServices(spAs(env.orkUrl, OWNER));
  manager = createServices(spAs(env.orkUrl, MANAGER));
  await owner.site.ensureSchema();
  // People reach the site through the Account Care groups provisioning created (README "Permissions").
  await grantDemoAccess(spAs(env.orkUrl, OWNER), ORK_SITE);
});

afterAll(async () => {
  await env?.stop();
});

async function newAccount(services: Services, abbreviation: string, extra: Record<string, unknown> = {}) {
  const me = await services.site.currentUser();
  return services.repos.accounts.add({ name: `Asiakkuus ${abbreviation}`, abbreviation, accountType: 'sector', accountManager: { id: me.id }, active: true, ...extra });
}

describe('provisioning', () => {
  it('creates every list, field and index, and records the schema version', async () => {
    const status = await owner.site.schemaStatus();
    expect(status.siteVersion).toBe(SCHEMA_VERSION);
    expect(status.upToDate).toBe(true);
    expect(status.lists.map((l) => l.title).sort()).toEqual(LISTS.map((l) => l.title).sort());
    const fields = (await spAs(env.orkUrl, OWNER).web.lists.getByTitle('ACAccounts').fields.select('InternalName', 'Indexed', 'EnforceUniqueValues')()) as {
      InternalName: string;
      Indexed: boolean;
      EnforceUniqueValues: boolean;
    }[];
    const byName = new Map(fields.map((x) => [x.InternalName, x]));
    for (const field of listDef('accounts').fields) {
      expect({ name: field.name, exists: byName.has(field.name), indexed: !!byName.get(field.name)?.Indexed }).toEqual({
        name: field.name,
        exists: true,
        indexed: !!field.indexed,
      });
    }
    expect(byName.get('ACClientKey')?.EnforceUniqueValues).toBe(true);
  });

  it('is safe to re-run: nothing is added twice', async () => {
    const report = await owner.site.ensureSchema();
    expect(report).toMatchObject({ createdLists: [], addedFields: [], addedIndexes: [], fromVersion: SCHEMA_VERSION });
  });

  it('upgrades an older schema in place without losing items', async () => {
    const kept = await newAccount(owner, 'UPG');
    const sp = spAs(env.orkUrl, OWNER);
    // An older site: one index missing and an older version recorded.
    await sp.web.lists.getByTitle('ACAccounts').fields.getByInternalNameOrTitle('ACTeamsChannelId').update({ Indexed: false });
    const settings = sp.web.lists.getByTitle('ACSettings').items;
    const [row] = (await settings.select('Id').filter("Title eq 'schemaVersion'")()) as { Id: number; 'odata.etag': string }[];
    await settings.getById(row.Id).update({ ACValue: '0' }, row['odata.etag']);
    expect((await owner.site.schemaStatus()).upToDate).toBe(false);

    const report = await owner.site.ensureSchema();
    expect(report.fromVersion).toBe(0);
    expect(report.addedIndexes).toEqual(['ACAccounts.ACTeamsChannelId']);
    expect((await owner.site.schemaStatus()).upToDate).toBe(true);
    expect((await owner.repos.accounts.get(kept.id)).abbreviation).toBe('UPG');
  });

  it('refuses provisioning to someone without the right to manage lists', async () => {
    // Sari only reads the HEPA site: hiding the button is not authorization, SharePoint says no.
    const reader = createServices(spAs(env.hepaUrl, LEADER));
    await expect(reader.site.ensureSchema()).rejects.toMatchObject({ kind: 'accessDenied' });
  });
});

describe('repositories', () => {
  it('writes and reads an account with people resolved through ensureUser', async () => {
    const backup = await owner.site.ensureUser(COLLEAGUE);
    const created = await newAccount(manager, 'KHO', {
      backup,
      workingAgreements: 'Kaikki yhteydenotot asiakkaan tietohallintopäällikön kautta.',
      workspaceUrl: { url: 'https://tiimeri.example/kho', description: 'Tiimeri' },
      keyDocuments: [{ title: 'Strategia 2030', url: 'https://kho.example/strategia' }],
      engagementLevel: 4,
    });
    const read = await manager.repos.accounts.get(created.id);
    expect(read).toMatchObject({
      abbreviation: 'KHO',
      backup: { id: backup.id, title: 'Mikko Korhonen', email: COLLEAGUE },
      accountManager: { title: 'Aino Virtanen' },
      workingAgreements: 'Kaikki yhteydenotot asiakkaan tietohallintopäällikön kautta.',
      keyDocuments: [{ title: 'Strategia 2030', url: 'https://kho.example/strategia' }],
      engagementLevel: 4,
    });
    expect(read.etag).toBe('"1"');
  });

  it('validates before sending and names every bad field', async () => {
    const error = await manager.repos.accounts.add({ name: '', abbreviation: 'X', accountType: 'sector', engagementLevel: 9 }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.map((p) => p.field).sort()).toEqual(['engagementLevel', 'name']);
  });

  it('saves with the etag and refuses a stale one: the other person’s change survives', async () => {
    const account = await newAccount(manager, 'KKO');
    const colleague = createServices(spAs(env.orkUrl, COLLEAGUE));
    const theirCopy = await colleague.repos.accounts.get(account.id);

    const newEtag = await manager.repos.accounts.update(account.id, { workingAgreements: 'Yhteys suoraan yksiköihin.' }, account.etag);
    expect(newEtag).toBe('"2"');
    const conflict = await colleague.repos.accounts.update(account.id, { workingAgreements: 'Kaikki tietohallinnon kautta.' }, theirCopy.etag).catch((e) => e);
    expect(conflict).toBeInstanceOf(DataError);
    expect((conflict as DataError).kind).toBe('conflict');
    expect((await manager.repos.accounts.get(account.id)).workingAgreements).toBe('Yhteys suoraan yksiköihin.');
    await expect(manager.repos.accounts.update(account.id, { name: 'x' }, '*')).rejects.toThrow(/etag/);
  });

  it('keeps a Helsinki date the same day, and escapes quotes in filters', async () => {
    const me = await manager.site.currentUser();
    const absence = await manager.repos.absences.add({ person: { id: me.id }, start: '2026-09-01', end: '2026-09-04', kind: 'holiday' });
    const raw = (await spAs(env.orkUrl, MANAGER).web.lists.getByTitle('ACAbsences').items.getById(absence.id).select('ACStart')()) as { ACStart: string };
    expect(raw.ACStart).toBe('2026-08-31T21:00:00Z');
    const found = await manager.repos.absences.find({ filter: f.and(f.eq('person', me.id), f.le('start', '2026-09-01'), f.ge('end', '2026-09-01')) });
    expect(found.map((a) => [a.start, a.end])).toEqual([['2026-09-01', '2026-09-04']]);

    await newAccount(manager, "O'B");
    const quoted = await manager.repos.accounts.find({ filter: f.eq('abbreviation', "O'B") });
    expect(quoted.map((a) => a.abbreviation)).toEqual(["O'B"]);
  });

  it('does not duplicate a create when the first attempt landed but the answer was lost (503, retried)', async () => {
    const account = await newAccount(manager, 'RISE');
    env.server.svc.requestLog.clear();
    env.server.svc.faults.set({ status: 503, count: 1, retryAfterSeconds: 1, phase: 'after', match: 'POST .*ACFeedback.*items$' });
    const me = await manager.site.currentUser();
    const draft = { recorder: { id: me.id }, date: '2026-11-02', accountId: account.id, kind: 'negative' as const, reason: 'serviceQuality' as const, text: 'Palkkalaskelma myöhästyi.', status: 'new' as const, clientKey: 'feedback-test-1' };
    const saved = await manager.repos.feedback.add(draft);
    env.server.svc.faults.set(null);
    // The first POST created the item and answered 503; PnPjs retried it.
    const posts = env.server.svc.requestLog.entries().filter((e) => e.method === 'POST' && /ACFeedback/.test(e.url));
    expect(posts.map((e) => e.status).slice(0, 2)).toEqual([503, 400]);
    const twins = await manager.repos.feedback.find({ filter: f.eq('clientKey', 'feedback-test-1') });
    expect(twins).toHaveLength(1);
    expect(saved.id).toBe(twins[0].id);
    // And a plain resubmit of the same draft (the user pressed save twice) returns the same item.
    expect((await manager.repos.feedback.add(draft)).id).toBe(saved.id);
  });

  it('rides out a 429 storm with Retry-After', async () => {
    env.server.svc.requestLog.clear();
    env.server.svc.faults.set({ status: 429, count: 2, retryAfterSeconds: 1, phase: 'before' });
    const account = await newAccount(manager, 'SY');
    env.server.svc.faults.set(null);
    expect(env.server.svc.requestLog.entries().filter((e) => e.status === 429)).toHaveLength(2);
    expect((await manager.repos.accounts.find({ filter: f.eq('abbreviation', 'SY') })).map((a) => a.id)).toEqual([account.id]);
  });

  it('pages through more items than one request returns', async () => {
    const account = await newAccount(manager, 'TIV');
    const me = await manager.site.currentUser();
    const [batched, execute] = spAs(env.orkUrl, MANAGER).batched();
    const repos = createServices(batched).repos;
    const adds: Promise<unknown>[] = [];
    for (let i = 0; i < 1200; i++) {
      adds.push(repos.situationRecords.add({ recorder: { id: me.id }, date: '2026-10-01', accountId: account.id, category: 'adviceRequest', situation: `Neuvontapyyntö ${i}` }));
    }
    await execute();
    await Promise.all(adds);
    let pages = 0;
    const ids = new Set<number>();
    for await (const page of manager.repos.situationRecords.pages({ filter: f.eq('accountId', account.id) }, 500)) {
      pages++;
      page.forEach((r) => ids.add(r.id));
    }
    expect(pages).toBe(3);
    expect(ids.size).toBe(1200);
  });

  it('reads several lists in one $batch round trip; a missing list fails only its own part', async () => {
    const account = await newAccount(manager, 'UO');
    env.server.svc.requestLog.clear();
    const result = await manager.batch((r) => ({
      account: r.accounts.get(account.id),
      contacts: r.contacts.find({ filter: f.eq('accountId', account.id) }),
      meetings: r.meetings.find({ filter: f.eq('accountId', account.id) }),
    }));
    expect(result.account.ok && result.account.value.abbreviation).toBe('UO');
    expect(result.contacts.ok && result.contacts.value).toEqual([]);
    const posts = env.server.svc.requestLog.entries().filter((e) => /\$batch/.test(e.url));
    expect(posts).toHaveLength(1);

    const hepa = createServices(spAs(env.hepaUrl, OWNER));
    const partial = await hepa.batch((r) => ({ accounts: r.accounts.find(), feedback: r.feedback.find() }));
    expect(partial.accounts.ok).toBe(false);
    expect(!partial.accounts.ok && partial.accounts.error).toMatchObject({ kind: 'listMissing', list: 'ACAccounts' });
  });

  it('tells the UI who may edit a list (EffectiveBasePermissions), while SharePoint still enforces it', async () => {
    expect(await manager.repos.accounts.canEdit()).toBe(true);
    const reader = createServices(spAs(env.hepaUrl, LEADER)); // Sari only reads the HEPA site
    expect(await reader.repos.accounts.canEdit().catch((e) => e.kind)).toBe('listMissing');
    await owner.site.ensureUser(LEADER);
    const hepaOwner = createServices(spAs(env.hepaUrl, OWNER));
    await hepaOwner.site.ensureSchema();
    expect(await reader.repos.accounts.canEdit()).toBe(false);
    await expect(reader.repos.accounts.add({ name: 'Sivistystoimi', abbreviation: 'SIV', accountType: 'sector' })).rejects.toMatchObject({ kind: 'accessDenied' });
  });

  it('enforces item-level security on survey responses: respondents read and edit only their own answers', async () => {
    const account = await newAccount(manager, 'OEV');
    const survey = await owner.repos.surveys.add({ title: 'Q4/2026', kind: 'quarterly', year: 2026, quarter: 4, status: 'open', definition: { questions: [] } });
    const respondent = createServices(spAs(env.orkUrl, RESPONDENT));
    const mine = await respondent.repos.surveyResponses.add({ surveyId: survey.id, accountId: account.id, answers: { overall: 8 }, submittedAt: new Date().toISOString() });
    const leaderAnswer = await createServices(spAs(env.orkUrl, LEADER)).repos.surveyResponses.add({
      surveyId: survey.id,
      accountId: account.id,
      answers: { overall: 9 },
      submittedAt: new Date().toISOString(),
    });
    await expect(respondent.repos.surveyResponses.update(mine.id, { comment: 'Lisäys' }, mine.etag)).resolves.toBe('"2"');
    // ReadSecurity 2: another's answer does not exist for the respondent, so changing it is "not found".
    await expect(respondent.repos.surveyResponses.get(leaderAnswer.id)).rejects.toMatchObject({ kind: 'notFound' });
    await expect(respondent.repos.surveyResponses.update(leaderAnswer.id, { comment: 'x' }, leaderAnswer.etag)).rejects.toMatchObject({ kind: 'notFound' });
    expect((await respondent.repos.surveyResponses.find({ filter: f.eq('surveyId', survey.id), top: 50 })).map((r) => r.id)).toEqual([mine.id]);
  });
});
