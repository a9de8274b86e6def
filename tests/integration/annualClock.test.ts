/**
 * The annual clock's data layer against the local SharePoint service: the first screen in one `$batch`, marking
 * done etag-safe and only for those who may, saving a template task only when the template stays valid, and
 * generating a year idempotently — twice, through faults, after a template edit, for a new account, and at
 * 300 accounts × 30 tasks = 9,000 occurrences on a list past the 5,000-item threshold.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createServices } from '../../src/data/sp/createServices';
import { f } from '../../src/data/odata';
import type { Services } from '../../src/data/ports';
import { DataError } from '../../src/data/errors';
import { setOccurrenceDone, startAnnualClock } from '../../src/data/queries/annualClock';
import { generateOccurrences, saveClockTask, TemplateValidationError } from '../../src/data/queries/clockTemplate';
import { occurrenceKey, planYear } from '../../src/domain/clockRules';
import type { Account, ClockOccurrence, ClockTask, Draft } from '../../src/domain/types';
import { grantDemoAccess } from '../../workbench/demo/permissions';
import { DEMO_PEOPLE, HEPA_SITE, ORK_SITE } from '../../workbench/demo/people';
import { startStandalone } from '../../workbench/sp-service/standalone';
import { generateClockVolume } from '../../workbench/demo/volume';
import { COLLEAGUE, LEADER, MANAGER, OWNER, RESPONDENT, spAs, startLocalSharePoint } from './helpers';
import { applyFilters, buildItems, DEFAULT_FILTERS, myAccountIds } from '../../src/features/annualClock/model';
import { COVER_SETTINGS } from '../../src/data/queries/coverSettings';

jest.setTimeout(600_000);

const STAFF = 'pekka.makinen@asiakkuus.example';

let env: Awaited<ReturnType<typeof startLocalSharePoint>>;
let owner: Services;
let manager: Services;
let accounts: Account[];
let tasks: ClockTask[];

const YEAR = 2027;
/** "Today" inside the generated year: some items past, some ahead. */
const MIDYEAR = '2027-06-15';

/** The ORK-like test template: yearly, quarterly, relative, monthly and one organisation-wide task. */
const TEMPLATE: Array<Draft<ClockTask>> = [
  { title: 'TAE B1', template: 'ork', category: 'economy', month: 3, perAccount: true, code: 'tae-b1', rule: { kind: 'date', months: [3], day: 13, adjust: 'previous' } },
  {
    title: 'Seurantaryhmä',
    template: 'ork',
    category: 'followUp',
    month: 3,
    perAccount: true,
    accountTypes: ['sector'],
    code: 'seuranta',
    rule: { kind: 'date', months: [3, 6, 9, 12], day: 'last', adjust: 'previous' },
  },
  {
    title: 'Kysely ennen seurantaryhmää',
    template: 'ork',
    category: 'satisfaction',
    month: 3,
    perAccount: true,
    accountTypes: ['sector'],
    code: 'kysely',
    rule: { kind: 'relative', anchor: 'seuranta', offsetDays: -14, adjust: 'previous' },
  },
  {
    title: 'Kuukausitapaaminen',
    template: 'ork',
    category: 'meetings',
    month: 1,
    perAccount: true,
    accountTypes: ['sector'],
    code: 'kk',
    rule: { kind: 'nthWeekday', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], weekday: 3, n: 2 },
  },
  { title: 'Käyttäjäkysely', template: 'ork', category: 'satisfaction', month: 10, perAccount: false, code: 'kayttajakysely', rule: { kind: 'date', months: [10], day: 31, adjust: 'previous' } },
];

function apiRequests(): { method: string; url: string }[] {
  return env.server.svc.requestLog.entries().filter((e) => /_api/.test(e.url) && !/contextinfo/.test(e.url));
}

/** Every occurrence the template should give the accounts in a year (the engine's plan × the accountTypes filter). */
function expectedKeys(template: ClockTask[], accs: Account[], year: number, from?: string): Map<string, string> {
  const out = new Map<string, string>();
  const rule = template.map((t) => ({ code: t.code!, rule: t.rule!, overrides: t.overrides, retired: t.retired }));
  for (const p of planYear(rule, year)) {
    if (from && p.dueDate < from) continue;
    const t = template.find((x) => x.code === p.code)!;
    if (!t.perAccount) {
      if (!from) out.set(occurrenceKey('ork', p.code, p.period), p.dueDate);
      continue;
    }
    for (const a of accs) if (!t.accountTypes?.length || t.accountTypes.includes(a.accountType)) out.set(occurrenceKey('ork', p.code, p.period, a.id), p.dueDate);
  }
  return out;
}

async function yearOccurrences(services: Services, year: number): Promise<ClockOccurrence[]> {
  const out: ClockOccurrence[] = [];
  for (let m = 1; m <= 12; m++) {
    const from = `${year}-${String(m).padStart(2, '0')}-01`;
    const to = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
    out.push(...(await services.repos.clockCompletions.all({ filter: f.and(f.ge('dueDate', from), f.lt('dueDate', to)) })));
  }
  return out;
}

beforeAll(async () => {
  env = await startLocalSharePoint();
  owner = createServices(spAs(env.orkUrl, OWNER));
  manager = createServices(spAs(env.orkUrl, MANAGER));
  await owner.site.ensureSchema();
  await grantDemoAccess(spAs(env.orkUrl, OWNER), ORK_SITE);
  const aino = await owner.site.ensureUser(MANAGER);
  const segment = await owner.repos.segments.add({ name: 'Laaja asiakkuus', code: 'laaja', clockTemplate: 'ork' });
  const other = await owner.repos.segments.add({ name: 'Muu', code: 'muu' });
  accounts = [];
  for (const [abbreviation, accountType, segmentId] of [
    ['KHO', 'sector', segment.id],
    ['RISE', 'sector', segment.id],
    ['ORK', 'other', other.id],
  ] as const) {
    accounts.push(await owner.repos.accounts.add({ name: `Asiakkuus ${abbreviation}`, abbreviation, accountType, segmentId, accountManager: aino, active: true }));
  }
  // An inactive account gets nothing.
  await owner.repos.accounts.add({ name: 'Lopetettu', abbreviation: 'OLD', accountType: 'sector', segmentId: segment.id, accountManager: aino, active: false });
  tasks = [];
  for (const t of TEMPLATE) tasks.push(await saveClockTask(owner, t));
});

afterAll(async () => {
  env.server.svc.faults.set(null);
  await env?.stop();
});

describe('generation', () => {
  it('creates every occurrence of the year once: per-account tasks for the matching accounts, owner = account manager', async () => {
    const expected = expectedKeys(tasks, accounts, YEAR);
    const report = await generateOccurrences(owner, { template: 'ork', year: YEAR, today: MIDYEAR });
    expect(report).toEqual({ created: expected.size, updated: 0, unchanged: 0 });
    const stored = await yearOccurrences(owner, YEAR);
    expect(new Map(stored.map((o) => [o.clientKey!, o.dueDate]))).toEqual(expected);
    // The 'other' account gets only the task without an accountTypes filter; the org task has no account.
    const orkAccount = accounts.find((a) => a.abbreviation === 'ORK')!;
    expect(stored.filter((o) => o.accountId === orkAccount.id).map((o) => o.clientKey)).toEqual([occurrenceKey('ork', 'tae-b1', `${YEAR}-03`, orkAccount.id)]);
    expect(stored.filter((o) => o.accountId === undefined).map((o) => o.clientKey)).toEqual([occurrenceKey('ork', 'kayttajakysely', `${YEAR}-10`)]);
    expect(stored.filter((o) => o.accountId !== undefined).every((o) => o.owner?.email === MANAGER && o.done === false)).toBe(true);
    // The survey two weeks before each follow-up group (relative rule).
    const kho = accounts[0];
    const survey = stored.find((o) => o.clientKey === occurrenceKey('ork', 'kysely', `${YEAR}-09`, kho.id))!;
    expect(survey.dueDate < stored.find((o) => o.clientKey === occurrenceKey('ork', 'seuranta', `${YEAR}-09`, kho.id))!.dueDate).toBe(true);
  });

  it('running it again creates nothing', async () => {
    const before = (await yearOccurrences(owner, YEAR)).length;
    const report = await generateOccurrences(owner, { template: 'ork', year: YEAR, today: MIDYEAR });
    expect(report).toEqual({ created: 0, updated: 0, unchanged: before });
    expect(await yearOccurrences(owner, YEAR)).toHaveLength(before);
  });

  it('a template edit moves only open occurrences still ahead; done and past items keep their dates', async () => {
    const kho = accounts[0];
    const rise = accounts[1];
    const byKey = async (): Promise<Map<string, ClockOccurrence>> => new Map((await yearOccurrences(owner, YEAR)).map((o) => [o.clientKey!, o]));
    const before = await byKey();
    // KHO's September follow-up group is already done (early); a past one stays as it was.
    const doneSept = before.get(occurrenceKey('ork', 'seuranta', `${YEAR}-09`, kho.id))!;
    await setOccurrenceDone(manager, doneSept, true, MIDYEAR);
    // KHO's December group was moved by hand to its own meeting day: a template edit leaves it there.
    const handKey = occurrenceKey('ork', 'seuranta', `${YEAR}-12`, kho.id);
    const hand = before.get(handKey)!;
    const handDay = `${YEAR}-12-08`;
    await manager.repos.clockCompletions.update(hand.id, { dueDate: handDay }, hand.etag);
    before.set(handKey, await owner.repos.clockCompletions.get(hand.id));

    const seuranta = tasks.find((t) => t.code === 'seuranta')!;
    const fresh = await owner.repos.clockTasks.get(seuranta.id);
    const saved = await saveClockTask(owner, { id: seuranta.id, rule: { kind: 'date', months: [3, 6, 9, 12], day: 15, adjust: 'previous' } }, fresh.etag);
    tasks = tasks.map((t) => (t.id === saved.id ? saved : t));
    const planned = expectedKeys(tasks, accounts, YEAR);

    const report = await generateOccurrences(owner, { template: 'ork', year: YEAR, today: MIDYEAR });
    const after = await byKey();
    let moved = 0;
    for (const [key, old] of before) {
      const now = after.get(key)!;
      const target = planned.get(key)!;
      const shouldMove = old.dueDate !== target && key !== doneSept.clientKey && key !== handKey && old.dueDate >= MIDYEAR && target >= MIDYEAR;
      if (shouldMove) moved++;
      expect({ key, due: now.dueDate }).toEqual({ key, due: shouldMove ? target : old.dueDate });
    }
    expect(moved).toBeGreaterThanOrEqual(5);
    expect(report).toEqual({ created: 0, updated: moved, unchanged: before.size - moved });
    // Concretely: March (past) stays on the last working day; RISE's September moves to the 15th; KHO's done one stays.
    expect(after.get(occurrenceKey('ork', 'seuranta', `${YEAR}-03`, rise.id))!.dueDate).toBe(before.get(occurrenceKey('ork', 'seuranta', `${YEAR}-03`, rise.id))!.dueDate);
    expect(after.get(occurrenceKey('ork', 'seuranta', `${YEAR}-09`, rise.id))!.dueDate).toBe(`${YEAR}-09-15`);
    expect(after.get(doneSept.clientKey!)).toMatchObject({ done: true, doneOn: MIDYEAR, dueDate: doneSept.dueDate });
    expect(after.get(handKey)).toMatchObject({ dueDate: handDay, plannedDate: hand.plannedDate });
    // Items the generator moved carry their new template day as plannedDate, so the next edit moves them again.
    expect(after.get(occurrenceKey('ork', 'seuranta', `${YEAR}-09`, rise.id))!.plannedDate).toBe(`${YEAR}-09-15`);
  });

  it('a new account gets its occurrences for the rest of the year only', async () => {
    const aino = await owner.site.ensureUser(MANAGER);
    const [segment] = await owner.repos.segments.find({ filter: f.eq('code', 'laaja') });
    const uusi = await owner.repos.accounts.add({ name: 'Uusi asiakkuus', abbreviation: 'UUSI', accountType: 'sector', segmentId: segment.id, accountManager: aino, active: true });
    const expected = expectedKeys(tasks, [uusi], YEAR, MIDYEAR);
    const total = (await yearOccurrences(owner, YEAR)).length;
    const report = await generateOccurrences(owner, { template: 'ork', year: YEAR, today: MIDYEAR, accountIds: [uusi.id] });
    expect(report).toEqual({ created: expected.size, updated: 0, unchanged: 0 });
    const stored = await yearOccurrences(owner, YEAR);
    expect(stored).toHaveLength(total + expected.size);
    const mine = stored.filter((o) => o.accountId === uusi.id);
    expect(new Map(mine.map((o) => [o.clientKey!, o.dueDate]))).toEqual(expected);
    expect(mine.every((o) => o.dueDate >= MIDYEAR)).toBe(true);
    accounts.push(uusi);
  });

  it('survives a storm: applied-but-failed POSTs are not duplicated, a run that fails half-way is completed by a rerun without gaps', async () => {
    const year = YEAR + 1;
    const expected = expectedKeys(tasks, accounts, year);
    const services = createServices(spAs(env.orkUrl, OWNER));
    const repo = services.repos.clockCompletions;
    const add = repo.add.bind(repo);
    let calls = 0;
    repo.add = (draft) => {
      calls++;
      // Early on, three POSTs land and then fail with 503 (PnPjs retries them: the client key finds the twins).
      if (calls === 5) env.server.svc.faults.set({ status: 503, count: 3, retryAfterSeconds: 0, phase: 'after', match: 'POST .*/items$' });
      // Later a 429 storm that outlasts PnPjs's retries.
      if (calls === 40) env.server.svc.faults.set({ status: 429, count: 400, retryAfterSeconds: 0, match: 'POST .*/items$' });
      return add(draft);
    };
    env.server.svc.requestLog.clear();
    let failure: unknown;
    try {
      await generateOccurrences(services, { template: 'ork', year, today: `${year}-01-01` });
    } catch (e) {
      failure = e;
    }
    env.server.svc.faults.set(null);
    const posts = env.server.svc.requestLog.entries().filter((e) => e.method === 'POST' && /\/items$/.test(e.url));
    expect(posts.filter((e) => e.status === 503)).toHaveLength(3);
    expect(posts.filter((e) => e.status === 429).length).toBeGreaterThan(3);
    expect(failure).toBeInstanceOf(DataError);
    expect((failure as DataError).kind).toBe('throttled');
    const half = await yearOccurrences(owner, year);
    expect(half.length).toBeGreaterThanOrEqual(30);
    expect(half.length).toBeLessThan(expected.size);
    expect(new Set(half.map((o) => o.clientKey)).size).toBe(half.length);

    const rerun = await generateOccurrences(owner, { template: 'ork', year, today: `${year}-01-01` });
    expect(rerun).toEqual({ created: expected.size - half.length, updated: 0, unchanged: half.length });
    const all = await yearOccurrences(owner, year);
    expect(all).toHaveLength(expected.size);
    expect(new Map(all.map((o) => [o.clientKey!, o.dueDate]))).toEqual(expected);
  });
});

describe('the first screen', () => {
  it('is one $batch: user, accounts, template, the whole year and both edit rights', async () => {
    env.server.svc.requestLog.clear();
    const data = await startAnnualClock(manager, { year: YEAR, today: MIDYEAR });
    expect(apiRequests().map((e) => e.method + ' ' + e.url.replace(/\?.*/, ''))).toEqual([`POST ${ORK_SITE}/_api/$batch`]);
    expect(data.me.email).toBe(MANAGER);
    expect(data.accounts.map((a) => a.abbreviation).sort()).toEqual(['KHO', 'ORK', 'RISE', 'UUSI']);
    expect(data.tasks.map((t) => t.code).sort()).toEqual(['kayttajakysely', 'kk', 'kysely', 'seuranta', 'tae-b1']);
    expect(data.occurrences).toHaveLength((await yearOccurrences(owner, YEAR)).length);
    expect(data.occurrences.every((o, i, all) => i === 0 || all[i - 1].dueDate <= o.dueDate)).toBe(true);
    expect(data.occurrences.every((o) => o.dueDate.startsWith(`${YEAR}-`))).toBe(true);
    // The template is the site owners' (ACClockTasks breaks inheritance: everyone else reads); managers mark done.
    expect(data).toMatchObject({ year: YEAR, today: MIDYEAR, canEditTemplate: false, canMarkDone: true });
    expect((await startAnnualClock(owner, { year: YEAR, today: MIDYEAR })).canEditTemplate).toBe(true);
  });

  it("one account's clock is one $batch too", async () => {
    const kho = accounts[0];
    env.server.svc.requestLog.clear();
    const data = await startAnnualClock(manager, { year: YEAR, today: MIDYEAR, accountId: kho.id });
    expect(apiRequests()).toHaveLength(1);
    expect(data.occurrences.length).toBeGreaterThan(15);
    expect(data.occurrences.every((o) => o.accountId === kho.id)).toBe(true);
  });

  it('tells a reader that they may neither edit the template nor mark items done', async () => {
    for (const upn of [RESPONDENT, LEADER, STAFF]) {
      const data = await startAnnualClock(createServices(spAs(env.orkUrl, upn)), { year: YEAR, today: MIDYEAR });
      expect({ upn, canEditTemplate: data.canEditTemplate, canMarkDone: data.canMarkDone, read: data.occurrences.length > 0 }).toEqual({
        upn,
        canEditTemplate: false,
        canMarkDone: false,
        read: true,
      });
    }
  });
});

describe('who acts for an absent manager (tuuraus)', () => {
  it('reads the absences in the same $batch; Mikko, covering Aino\'s holiday, has her open items due then (and those overdue) as his', async () => {
    const aino = await owner.site.ensureUser(MANAGER);
    const mikko = await owner.site.ensureUser(COLLEAGUE);
    // Aino's spring break is over (not read); her summer holiday starts a week after "today".
    await owner.repos.absences.add({ person: aino, start: `${YEAR}-03-01`, end: `${YEAR}-03-10`, kind: 'holiday', substitute: mikko });
    const holiday = await owner.repos.absences.add({ person: aino, start: `${YEAR}-06-22`, end: `${YEAR}-07-16`, kind: 'holiday', substitute: mikko, notes: 'Kesäloma.' });
    await owner.repos.settings.add({ key: COVER_SETTINGS.shortAbsenceMaxDays, value: '2' });

    const asMikko = createServices(spAs(env.orkUrl, COLLEAGUE));
    env.server.svc.requestLog.clear();
    const data = await startAnnualClock(asMikko, { year: YEAR, today: MIDYEAR });
    expect(apiRequests()).toHaveLength(1);
    expect(data.absences?.map((a) => a.id)).toEqual([holiday.id]);
    expect(data.cover?.shortAbsenceMaxDays).toBe(2);

    const items = buildItems(data);
    const mine = applyFilters(items, { ...DEFAULT_FILTERS, owner: 'me' }, data.me, myAccountIds(data.accounts, data.me));
    expect(mine.length).toBeGreaterThan(0);
    // Every one of them is Aino's and open: due during her holiday, or overdue while she is away.
    for (const i of mine) {
      expect(i.occurrence.owner?.id).toBe(aino.id);
      expect(i.occurrence.done).toBeFalsy();
      expect(i.acting).toMatchObject({ person: { id: mikko.id }, until: `${YEAR}-07-16`, manager: { id: aino.id } });
      expect(i.dueDate >= `${YEAR}-06-22` && i.dueDate <= `${YEAR}-07-16`).toBe(true);
    }
    // Items due after she is back stay hers alone.
    expect(items.filter((i) => i.dueDate > `${YEAR}-07-16`).every((i) => !i.acting)).toBe(true);
    // On the first day of the holiday, her items already overdue pass to Mikko too.
    const firstDay = buildItems({ ...data, today: `${YEAR}-06-22` });
    expect(firstDay.some((i) => i.state === 'overdue' && i.acting?.person.id === mikko.id)).toBe(true);
  });
});

describe('marking done', () => {
  it('marks done and undoes with one write each, etag-safe: a stale copy is a conflict', async () => {
    const data = await startAnnualClock(manager, { year: YEAR, today: MIDYEAR });
    const item = data.occurrences.find((o) => !o.done && o.dueDate < MIDYEAR)!;
    env.server.svc.requestLog.clear();
    const done = await setOccurrenceDone(manager, item, true, MIDYEAR);
    expect(apiRequests()).toHaveLength(1);
    expect(done).toMatchObject({ id: item.id, done: true, doneOn: MIDYEAR });
    expect(done.etag).not.toBe(item.etag);
    expect(await manager.repos.clockCompletions.get(item.id)).toMatchObject({ done: true, doneOn: MIDYEAR, etag: done.etag });

    // Someone else undid it meanwhile: the copy read before is stale.
    const colleague = createServices(spAs(env.orkUrl, 'mikko.korhonen@asiakkuus.example'));
    await setOccurrenceDone(colleague, done, false, MIDYEAR);
    await expect(setOccurrenceDone(manager, item, true, MIDYEAR)).rejects.toMatchObject({ kind: 'conflict' });
    await expect(setOccurrenceDone(manager, done, true, MIDYEAR)).rejects.toMatchObject({ kind: 'conflict' });
    const fresh = await manager.repos.clockCompletions.get(item.id);
    expect(fresh).toMatchObject({ done: false });
    expect(fresh.doneOn).toBeUndefined();
    const again = await setOccurrenceDone(manager, fresh, true, MIDYEAR);
    const undone = await setOccurrenceDone(manager, again, false, MIDYEAR);
    expect(undone.done).toBe(false);
    expect(undone.doneOn).toBeUndefined();
  });

  it('a customer respondent, staff or leadership cannot mark an item done: SharePoint refuses', async () => {
    const [item] = (await startAnnualClock(manager, { year: YEAR, today: MIDYEAR })).occurrences;
    for (const upn of [RESPONDENT, STAFF, LEADER]) {
      await expect(setOccurrenceDone(createServices(spAs(env.orkUrl, upn)), item, true, MIDYEAR)).rejects.toMatchObject({ kind: 'accessDenied' });
    }
    expect((await owner.repos.clockCompletions.get(item.id)).etag).toBe(item.etag);
  });
});

describe('saving template tasks', () => {
  it('only the site owners change the template: an account manager is refused by SharePoint, and nothing changes', async () => {
    const [task] = await owner.repos.clockTasks.find({ filter: f.eq('code', 'tae-b1') });
    await expect(saveClockTask(manager, { id: task.id, title: 'Managerin muutos' }, task.etag)).rejects.toMatchObject({ kind: 'accessDenied' });
    await expect(
      saveClockTask(manager, { title: 'Managerin tehtävä', template: 'ork', category: 'other', month: 5, perAccount: false, code: 'oma', rule: { kind: 'date', months: [5], day: 5 } }),
    ).rejects.toMatchObject({ kind: 'accessDenied' });
    expect(await owner.repos.clockTasks.get(task.id)).toMatchObject({ title: task.title, etag: task.etag });
    expect((await owner.repos.clockTasks.all()).some((t) => t.code === 'oma')).toBe(false);
  });

  it('refuses an impossible date, a cycle and retiring an anchor, and saves nothing', async () => {
    const count = (await owner.repos.clockTasks.all()).length;
    const feb31 = saveClockTask(owner, { title: 'Mahdoton', template: 'ork', category: 'economy', month: 2, perAccount: false, code: 'mahdoton', rule: { kind: 'date', months: [2], day: 31 } });
    await expect(feb31).rejects.toBeInstanceOf(TemplateValidationError);
    await expect(feb31).rejects.toMatchObject({ ruleProblems: [{ code: 'mahdoton', kind: 'impossibleDate', month: 2, day: 31 }] });

    const seuranta = await owner.repos.clockTasks.get(tasks.find((t) => t.code === 'seuranta')!.id);
    // seuranta → kysely → seuranta
    const cycle = saveClockTask(owner, { id: seuranta.id, rule: { kind: 'relative', anchor: 'kysely', offsetDays: 7 } }, seuranta.etag);
    await expect(cycle).rejects.toMatchObject({ kind: 'validation', ruleProblems: expect.arrayContaining([expect.objectContaining({ kind: 'cycle' })]) });
    const retire = saveClockTask(owner, { id: seuranta.id, retired: true }, seuranta.etag);
    await expect(retire).rejects.toMatchObject({ ruleProblems: [{ code: 'kysely', kind: 'retiredAnchor', anchor: 'seuranta' }] });

    expect(await owner.repos.clockTasks.all()).toHaveLength(count);
    expect(await owner.repos.clockTasks.get(seuranta.id)).toMatchObject({ etag: seuranta.etag, retired: false, rule: seuranta.rule });
  });

  it('files a new task under its rule month, and a stale etag is a conflict', async () => {
    const created = await saveClockTask(owner, {
      title: 'Materiaalit',
      template: 'ork',
      category: 'followUp',
      perAccount: true,
      accountTypes: ['sector'],
      code: 'materiaalit',
      rule: { kind: 'relative', anchor: 'seuranta', offsetDays: -7, workingDays: true },
    } as Draft<ClockTask>);
    expect(created).toMatchObject({ code: 'materiaalit', month: 3, accountTypes: ['sector'], retired: false });
    const renamed = await saveClockTask(owner, { id: created.id, title: 'Materiaalit valmiina' }, created.etag);
    expect(renamed.etag).not.toBe(created.etag);
    await expect(saveClockTask(owner, { id: created.id, title: 'Toinen nimi' }, created.etag)).rejects.toMatchObject({ kind: 'conflict' });
    // Retiring it is fine: nothing anchors on it.
    const retired = await saveClockTask(owner, { id: created.id, retired: true }, renamed.etag);
    expect(retired.retired).toBe(true);
  });
});

describe('at scale', () => {
  it('300 accounts × 30 tasks: 9,000 occurrences generated and read in one $batch without a threshold error', async () => {
    const url = env.hepaUrl;
    const site = createServices(spAs(url, OWNER));
    await site.site.ensureSchema();
    await grantDemoAccess(spAs(url, OWNER), HEPA_SITE);
    // 300 accounts and 30 tasks in batches, the occurrences through generateOccurrences (workbench/demo/volume.ts).
    const { report, accountIds } = await generateClockVolume({ siteUrl: url, upn: OWNER, accounts: 300, tasks: 30, year: YEAR, template: 'vol' });
    expect(accountIds).toHaveLength(300);
    expect(report).toEqual({ created: 9000, updated: 0, unchanged: 0 });
    // The list is past the threshold: a query driven by the whole year is refused…
    await expect(
      site.repos.clockCompletions.find({ filter: f.and(f.ge('dueDate', `${YEAR}-01-01`), f.lt('dueDate', `${YEAR + 1}-01-01`)), top: 10 }),
    ).rejects.toMatchObject({ kind: 'threshold' });

    // …the clock's month slices are not, and they ride in one $batch.
    env.server.svc.requestLog.clear();
    const data = await startAnnualClock(site, { year: YEAR, today: `${YEAR}-01-01` });
    expect(apiRequests()).toHaveLength(1);
    expect(data.occurrences).toHaveLength(9000);
    expect(new Set(data.occurrences.map((o) => o.clientKey)).size).toBe(9000);
    expect(data.accounts).toHaveLength(300);

    const again = await generateClockVolume({ siteUrl: url, upn: OWNER, accounts: 300, tasks: 30, year: YEAR, template: 'vol' });
    expect(again.report).toEqual({ created: 0, updated: 0, unchanged: 9000 });
    expect((await site.repos.accounts.all()).length).toBe(300);
  });
});

it('a month that alone holds more items than the threshold is read in smaller ranges, not refused', async () => {
  // A service whose threshold is 20: one month of 10 accounts × 3 tasks (30 items) is over it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ac-clock-'));
  const small = await startStandalone({ port: 0, dbFile: path.join(dir, 'sp.db'), directory: DEMO_PEOPLE, sites: [{ serverRelativeUrl: ORK_SITE, title: 'ORK' }], listViewThreshold: 20 });
  try {
    const url = small.siteUrls[0];
    const site = createServices(spAs(url, OWNER));
    await site.site.ensureSchema();
    const me = await site.site.currentUser();
    const segment = await site.repos.segments.add({ name: 'Kaikki', code: 'kaikki', clockTemplate: 'ork' });
    for (let i = 0; i < 10; i++) {
      await site.repos.accounts.add({ name: `Asiakkuus ${i}`, abbreviation: `S${i}`, accountType: 'sector', segmentId: segment.id, accountManager: { id: me.id }, active: true });
    }
    for (const day of [4, 11, 18]) {
      await saveClockTask(site, { title: `Maaliskuu ${day}`, template: 'ork', category: 'other', month: 3, perAccount: true, code: `m${day}`, rule: { kind: 'date', months: [3], day, adjust: 'next' } });
    }
    expect(await generateOccurrences(site, { template: 'ork', year: YEAR, today: `${YEAR}-01-01` })).toEqual({ created: 30, updated: 0, unchanged: 0 });
    expect(await generateOccurrences(site, { template: 'ork', year: YEAR, today: `${YEAR}-01-01` })).toEqual({ created: 0, updated: 0, unchanged: 30 });
    await expect(
      site.repos.clockCompletions.find({ filter: f.and(f.ge('dueDate', `${YEAR}-03-01`), f.lt('dueDate', `${YEAR}-04-01`)) }),
    ).rejects.toMatchObject({ kind: 'threshold' });
    const data = await startAnnualClock(site, { year: YEAR, today: `${YEAR}-01-01` });
    expect(data.occurrences).toHaveLength(30);
    expect(data.occurrences.every((o) => o.dueDate.startsWith(`${YEAR}-03-`))).toBe(true);
  } finally {
    await small.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
