/**
 * @jest-environment node
 *
 * Care tiers against the local SharePoint service with the demo organisations: the tier view reads segments,
 * templates and accounts in one `$batch`; only a site owner saves a tier, and a tier without a clock template is
 * refused with nothing written; moving an ORK account to a tier of another template leaves its done and past items
 * alone, removes the old template's open items ahead, creates the new template's from today on, and a second run
 * changes nothing; a move over someone else's change is a conflict that writes nothing.
 */
import '@pnp/sp/batching';
import { DataError } from '../../src/data/errors';
import { f } from '../../src/data/odata';
import type { Services } from '../../src/data/ports';
import { loadCareTiers, moveAccountToSegment, saveSegment, TierValidationError } from '../../src/data/queries/careTiers';
import { saveClockTask } from '../../src/data/queries/clockTemplate';
import { compareIsoDates, todayInHelsinki } from '../../src/domain/dates';
import type { Account, ClockOccurrence, ClockTask, Segment } from '../../src/domain/types';
import { useDemoWorkbench } from './helpers';

jest.setTimeout(300_000);

const wb = useDemoWorkbench('careTiers');
const { as, apiCalls } = wb;
const OWNER = 'johan.westerberg';
const MANAGER = 'aino.virtanen';
const COLLEAGUE = 'mikko.korhonen';

const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

async function occurrencesOf(services: Services, accountId: number): Promise<ClockOccurrence[]> {
  return services.repos.clockCompletions.all({ filter: f.eq('accountId', accountId) });
}

async function segmentCount(services: Services): Promise<number> {
  return (await services.repos.segments.find({ top: 500 })).length;
}

describe('the tier view and saving a tier', () => {
  it('reads segments, live templates and the accounts of each segment in one $batch', async () => {
    const owner = as(OWNER);
    wb.server.sp.requestLog.clear();
    const data = await loadCareTiers(owner);
    expect(apiCalls()).toEqual([wb.batchPost()]);
    expect(data.segments.map((s) => s.name)).toEqual(expect.arrayContaining(['Laaja-alainen virasto', 'Pieni yksikkö', 'Muut asiakkuudet']));
    expect(data.templates).toContain('ork');
    const laaja = data.segments.find((s) => s.name === 'Laaja-alainen virasto')!;
    expect(laaja.careTier?.meetings).toContainEqual({ meetingType: 'operational', perYear: 12 });
    expect(data.accountsBySegment[laaja.id].length).toBeGreaterThan(2);
    expect(data.accountsBySegment[laaja.id][0]).toMatchObject({ name: expect.any(String), etag: expect.any(String), segmentId: laaja.id });
    expect(data.canEdit).toBe(true);
    expect((await loadCareTiers(as(COLLEAGUE))).canEdit).toBe(false);
  });

  it('HEPA’s segments load too, with their own template', async () => {
    const data = await loadCareTiers(as(OWNER, 'hepa'));
    expect(data.templates).toContain('hepa');
    expect(data.segments.length).toBeGreaterThan(0);
    expect(data.segments.every((s) => data.templates.includes(s.clockTemplate!))).toBe(true);
    expect(data.segments.reduce((n, s) => n + data.accountsBySegment[s.id].length, 0)).toBeGreaterThan(0);
  });

  it('an account manager cannot save a tier: SharePoint refuses, nothing changes', async () => {
    const mikko = as(COLLEAGUE);
    const before = await segmentCount(mikko);
    const create = saveSegment(mikko, { clientKey: 'test:tier:mikko', name: 'Mikon malli', clockTemplate: 'ork', careTier: { meetings: [{ meetingType: 'visit', perYear: 2 }] } });
    await expect(create).rejects.toBeInstanceOf(DataError);
    await expect(create).rejects.toMatchObject({ kind: 'accessDenied' });
    const [laaja] = (await mikko.repos.segments.find({ top: 500 })).filter((s) => s.name === 'Laaja-alainen virasto');
    await expect(
      saveSegment(mikko, { id: laaja.id, name: laaja.name, clockTemplate: 'ork', careTier: { meetings: [{ meetingType: 'visit', perYear: 1 }] } }, laaja.etag),
    ).rejects.toMatchObject({ kind: 'accessDenied' });
    expect(await segmentCount(mikko)).toBe(before);
    expect(await mikko.repos.segments.get(laaja.id)).toMatchObject({ etag: laaja.etag, careTier: laaja.careTier });
  });

  it('the owner changes a seeded ORK tier with its etag; its code stays', async () => {
    const owner = as(OWNER);
    const [pieni] = (await owner.repos.segments.find({ top: 500 })).filter((s) => s.name === 'Pieni yksikkö');
    expect(pieni.code).toBe('pieni');
    const meetings = [...pieni.careTier!.meetings, { meetingType: 'strategic' as const, perYear: 1, level: 'strategic' as const }];
    await saveSegment(owner, { id: pieni.id, name: pieni.name, description: pieni.description, clockTemplate: pieni.clockTemplate, careTier: { ...pieni.careTier!, meetings } }, pieni.etag);
    expect(await owner.repos.segments.get(pieni.id)).toMatchObject({ code: 'pieni', careTier: { meetings, survey: 'quarterly' } });
  });

  it('the owner saves a tier; a retry adds no twin; a stale etag is a conflict', async () => {
    const owner = as(OWNER);
    const before = await segmentCount(owner);
    const input = {
      clientKey: 'test:tier:kaupunki',
      name: 'Kaupungin toimiala',
      description: 'Kolmitasoinen malli: operatiivinen, taktinen ja strateginen.',
      clockTemplate: 'ork',
      careTier: {
        meetings: [
          { meetingType: 'operational' as const, perYear: 12, level: 'operational' as const },
          { meetingType: 'tactical' as const, perYear: 4, level: 'tactical' as const },
          { meetingType: 'strategic' as const, perYear: 1, level: 'strategic' as const },
        ],
        survey: 'annualCustomer' as const,
      },
    };
    const saved = await saveSegment(owner, input);
    const again = await saveSegment(owner, input);
    expect(again.id).toBe(saved.id);
    expect(await segmentCount(owner)).toBe(before + 1);
    const stored = await owner.repos.segments.get(saved.id);
    expect(stored).toMatchObject({ name: 'Kaupungin toimiala', clockTemplate: 'ork', careTier: input.careTier });

    const changed = await saveSegment(owner, { ...input, id: saved.id, careTier: { ...input.careTier, meetings: input.careTier.meetings.slice(0, 2) } }, stored.etag);
    expect((await owner.repos.segments.get(saved.id)).careTier?.meetings).toHaveLength(2);
    await expect(saveSegment(owner, { ...input, id: saved.id, name: 'Myöhässä' }, stored.etag)).rejects.toMatchObject({ kind: 'conflict' });
    expect((await owner.repos.segments.get(saved.id)).name).toBe('Kaupungin toimiala');
    expect(changed.etag).not.toBe(stored.etag);
  });

  it('refuses a tier without a clock template, or with one that does not exist, and writes nothing', async () => {
    const owner = as(OWNER);
    const before = await segmentCount(owner);
    wb.server.sp.requestLog.clear();
    const none = saveSegment(owner, { clientKey: 'test:tier:none', name: 'Ilman kelloa', careTier: { meetings: [{ meetingType: 'visit', perYear: 2 }] } });
    await expect(none).rejects.toBeInstanceOf(TierValidationError);
    await expect(none).rejects.toMatchObject({ tierProblems: [{ field: 'clockTemplate', code: 'noClockTemplate' }], problems: [{ field: 'clockTemplate', code: 'required' }] });
    await expect(
      saveSegment(owner, { clientKey: 'test:tier:ghost', name: 'Haamu', clockTemplate: 'vantaa', careTier: { meetings: [{ meetingType: 'visit', perYear: 60 }] } }),
    ).rejects.toMatchObject({
      tierProblems: [
        { field: 'clockTemplate', code: 'unknownTemplate', detail: 'vantaa' },
        { field: 'meetings.0.perYear', code: 'perYearRange', detail: '60' },
      ],
    });
    // Only reads were sent.
    expect(apiCalls().every((c) => c.startsWith('GET') || c === wb.batchPost())).toBe(true);
    expect(await segmentCount(owner)).toBe(before);
  });
});

describe('moving an account to another tier', () => {
  const today = todayInHelsinki();
  let tiivis: Segment;
  let tasks: ClockTask[];

  beforeAll(async () => {
    const owner = as(OWNER);
    // A second template on the ORK site: a monthly check-in on the month's last day (always one still ahead),
    // a quarterly review, and an organisation-wide task that no account move may create.
    tasks = [];
    tasks.push(await saveClockTask(owner, { title: 'Kuukausikatsaus', template: 'tiivis', category: 'meetings', month: 1, perAccount: true, code: 'kk', rule: { kind: 'date', months: ALL_MONTHS, day: 'last', adjust: 'none' } }));
    tasks.push(await saveClockTask(owner, { title: 'Neljännesvuosikatsaus', template: 'tiivis', category: 'followUp', month: 3, perAccount: true, code: 'q', rule: { kind: 'date', months: [3, 6, 9, 12], day: 'last', adjust: 'none' } }));
    tasks.push(await saveClockTask(owner, { title: 'Mallin arviointi', template: 'tiivis', category: 'team', month: 12, perAccount: false, code: 'arvio', rule: { kind: 'date', months: [12], day: 'last', adjust: 'none' } }));
    tiivis = await saveSegment(owner, {
      clientKey: 'test:tier:tiivis',
      name: 'Tiivis hoitomalli',
      clockTemplate: 'tiivis',
      careTier: { meetings: [{ meetingType: 'accountTeam', perYear: 12, level: 'operational' }, { meetingType: 'steeringGroup', perYear: 2, level: 'strategic' }] },
    });
  });

  it('keeps done and past items, removes the old template’s open items ahead, adds the new one’s from today; a second run is a no-op', async () => {
    const aino = as(MANAGER);
    const data = await loadCareTiers(aino);
    expect(data.templates).toEqual(expect.arrayContaining(['ork', 'tiivis']));
    const laaja = data.segments.find((s) => s.name === 'Laaja-alainen virasto')!;
    const account: Account = data.accountsBySegment[laaja.id][0];
    const allTasks = await aino.repos.clockTasks.all();
    const orkIds = new Set(allTasks.filter((t) => t.template === 'ork').map((t) => t.id));
    const tiivisIds = new Set(tasks.map((t) => t.id));

    const before = await occurrencesOf(aino, account.id);
    const history = before.filter((o) => o.done || compareIsoDates(o.dueDate, today) < 0);
    const openAhead = before.filter((o) => orkIds.has(o.taskId) && !o.done && compareIsoDates(o.dueDate, today) >= 0);
    expect(history.some((o) => o.done)).toBe(true);
    expect(openAhead.length).toBeGreaterThan(0);

    const report = await moveAccountToSegment(aino, account, tiivis.id, today);
    expect(report).toMatchObject({ segmentChanged: true, template: 'tiivis', removed: openAhead.length });
    expect(report.created).toBeGreaterThan(0);

    const after = await occurrencesOf(aino, account.id);
    expect((await aino.repos.accounts.get(account.id)).segmentId).toBe(tiivis.id);
    // Done history and past items exactly as they were.
    const byId = new Map(after.map((o) => [o.id, o]));
    for (const o of history) expect(byId.get(o.id)).toEqual(o);
    // Nothing of the old template is left open ahead.
    expect(after.filter((o) => orkIds.has(o.taskId) && !o.done && compareIsoDates(o.dueDate, today) >= 0)).toEqual([]);
    // The new template's per-account items, from today on only; the organisation-wide task is not the account's.
    const added = after.filter((o) => tiivisIds.has(o.taskId));
    expect(added).toHaveLength(report.created);
    expect(added.every((o) => compareIsoDates(o.dueDate, today) >= 0 && !o.done)).toBe(true);
    expect(added.some((o) => o.taskId === tasks[2].id)).toBe(false);
    expect(added.filter((o) => o.taskId === tasks[0].id).length).toBeGreaterThanOrEqual(1);
    if (Number(today.slice(5, 7)) >= 10) expect(added.some((o) => o.dueDate.startsWith(String(Number(today.slice(0, 4)) + 1)))).toBe(true);

    // Again, with the same (now stale) account: nothing more changes.
    const second = await moveAccountToSegment(aino, account, tiivis.id, today);
    expect(second).toEqual({ segmentChanged: false, template: 'tiivis', removed: 0, created: 0, updated: 0 });
    const third = await occurrencesOf(aino, account.id);
    expect(third.map((o) => [o.id, o.etag]).sort()).toEqual(after.map((o) => [o.id, o.etag]).sort());
  });

  it('a move over someone else’s change to the account is a conflict and writes nothing', async () => {
    const aino = as(MANAGER);
    const data = await loadCareTiers(aino);
    const pieni = data.segments.find((s) => s.name === 'Pieni yksikkö')!;
    const account = data.accountsBySegment[pieni.id][0];
    // Mikko changes the account after Aino's view read it.
    const fresh = await as(COLLEAGUE).repos.accounts.get(account.id);
    await as(COLLEAGUE).repos.accounts.update(account.id, { workingAgreements: `${fresh.workingAgreements ?? ''} Päivitetty.` }, fresh.etag);
    const before = await occurrencesOf(aino, account.id);

    await expect(moveAccountToSegment(aino, account, tiivis.id, today)).rejects.toMatchObject({ kind: 'conflict' });
    expect((await aino.repos.accounts.get(account.id)).segmentId).toBe(pieni.id);
    const after = await occurrencesOf(aino, account.id);
    expect(after.map((o) => [o.id, o.etag]).sort()).toEqual(before.map((o) => [o.id, o.etag]).sort());
  });

  it('refuses a segment that does not exist', async () => {
    const aino = as(MANAGER);
    const data = await loadCareTiers(aino);
    const account = data.unassigned[0] ?? Object.values(data.accountsBySegment).flat()[0];
    await expect(moveAccountToSegment(aino, account, 987654, today)).rejects.toMatchObject({ kind: 'validation', problems: [{ field: 'segmentId', code: 'invalidChoice' }] });
  });
});
