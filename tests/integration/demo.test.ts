/**
 * The demo data, seeded into a temp database through the local SharePoint service and the product's own
 * provisioning and repositories, checked for what a user would notice.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startStandalone, type Standalone } from '../../workbench/sp-service/standalone';
import { CITY_SITE, DEMO_PEOPLE, HEPA_SITE, ORK_SITE } from '../../workbench/demo/people';
import { DEMO_MARKER_KEY, DEMO_VERSION, SITE_OWNER_UPN, seedDemo, spForSite } from '../../workbench/demo/seed';
import { generateAbsenceVolume, generateFeedbackVolume } from '../../workbench/demo/volume';
import { easterSunday, isWorkingDay } from '../../workbench/demo/calendar';
import { christmasDeadline, CITY_PARTNERSHIP_FLOW, flowById, isValidDiaryNumber, ORK_FLOW, replay, signatoriesInOrder } from '../../src/domain/agreementFlow';
import { deadlineState } from '../../src/domain/agreements';
import { createServices } from '../../src/data/sp/createServices';
import type { Services } from '../../src/data/ports';
import { LISTS, listDef } from '../../src/data/schema/lists';
import { AGREEMENT_STAGES, FEEDBACK_KINDS, FEEDBACK_REASONS, FEEDBACK_STATUSES, SITUATION_CATEGORIES } from '../../src/domain/vocabulary';
import { RETENTION_DEFAULT_MONTHS, retentionCutoff } from '../../src/domain/retention';
import { planPurge } from '../../src/data/queries/retention';
import type { ListKey } from '../../src/data/schema/types';
import { addDays, compareIsoDates, toHelsinkiDate, todayInHelsinki } from '../../src/domain/dates';
import { accountsCoveredBy, coverOnDay, coverSpans } from '../../src/domain/cover';
import { absenceLength, needsCover } from '../../src/domain/substitution';
import { coverOptions } from '../../src/data/queries/coverSettings';
import { f } from '../../src/data/odata';
import type { Absence, Account } from '../../src/domain/types';
import { occurrenceKey, planYear } from '../../src/domain/clockRules';
import { generateOccurrences } from '../../src/data/queries/clockTemplate';
import { respondentKeyOf, responseClientKey } from '../../src/domain/surveys';
import { MIN_DROP, Z } from '../../src/domain/satisfactionResults';
import { replay as replayGate } from '../../src/domain/ideaGate';
import { analyse9E, lowScoreProposals } from '../../src/domain/partnership9E';

jest.setTimeout(120_000);

const SITES = [
  { serverRelativeUrl: ORK_SITE, title: 'Oikeusrekisterikeskus – asiakkuudenhoito' },
  { serverRelativeUrl: HEPA_SITE, title: 'Vantaan Henkilöstöpalvelut – asiakkuudenhoito' },
  { serverRelativeUrl: CITY_SITE, title: 'Kaupungin ICT-palvelut – kumppanuudet' },
];

/**
 * Every list has demo items on every site (Vantaa's agreements are partnership agreements on the city flow), but
 * HEPA's gate decisions: none of its ideas has been to the idea gate.
 */
const LEGITIMATELY_EMPTY: Record<'ork' | 'hepa' | 'city', ListKey[]> = { ork: [], hepa: ['ideaDecisions'], city: [] };

/** A Monday in late November: next year's agreements are mid-process, the Q4 groups still ahead. */
const TODAY = new Date('2026-11-23T08:00:00Z');

function tempDb(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ac-demo-'));
  return path.join(dir, `${name}.db`);
}

describe('demo data (seedDemo)', () => {
  let sp: Standalone;
  let ork: Services;
  let hepa: Services;
  let city: Services;
  let counts: Awaited<ReturnType<typeof seedDemo>>;
  let seconds = 0;
  const logs: string[] = [];

  beforeAll(async () => {
    sp = await startStandalone({ port: 0, dbFile: tempDb('demo'), directory: DEMO_PEOPLE, sites: SITES });
    const started = Date.now();
    counts = await seedDemo({ origin: sp.origin, today: TODAY, log: (m) => logs.push(m) });
    seconds = (Date.now() - started) / 1000;
    ork = createServices(spForSite(`${sp.origin}${ORK_SITE}`, SITE_OWNER_UPN));
    hepa = createServices(spForSite(`${sp.origin}${HEPA_SITE}`, SITE_OWNER_UPN));
    city = createServices(spForSite(`${sp.origin}${CITY_SITE}`, SITE_OWNER_UPN));
  });

  afterAll(async () => {
    await sp?.close();
  });

  it('seeds the three organisations quickly', () => {
    // Printed for the record (seeding time and counts per list).
    console.log(`demo seeded in ${seconds.toFixed(1)} s`, JSON.stringify(counts));
    expect(seconds).toBeLessThan(30);
  });

  it.each([
    ['ork', () => ork],
    ['hepa', () => hepa],
    ['city', () => city],
  ] as const)('provisions every list of the schema on %s, each with items unless legitimately empty', async (org, services) => {
    const status = await services().site.schemaStatus();
    expect(status.upToDate).toBe(true);
    for (const list of LISTS) {
      const s = status.lists.find((x) => x.key === list.key);
      expect(s && s.exists).toBe(true);
      const empty = LEGITIMATELY_EMPTY[org].includes(list.key);
      // The list key in the expectation names the culprit when it fails.
      expect({ list: list.key, hasItems: counts[org][list.key] > 0 }).toEqual({ list: list.key, hasItems: !empty });
    }
  });

  it('gives ORK its eight sector accounts with working agreements and crosswise backups', async () => {
    const accounts = await ork.repos.accounts.all();
    const sector = accounts.filter((a) => a.accountType === 'sector');
    expect(sector.map((a) => a.abbreviation).sort()).toEqual(['KHO', 'KKO', 'OEV', 'OPV', 'RISE', 'SY', 'TIV', 'UO']);
    for (const a of sector) {
      expect(a.workingAgreements?.length).toBeGreaterThan(40);
      expect(a.accountManager?.id).toBeDefined();
      expect(a.backup?.id).toBeDefined();
      expect(a.backup?.id).not.toBe(a.accountManager?.id);
      expect(a.planGeneral && a.planRelationship && a.planResponsibilities).toBeTruthy();
    }
    expect(accounts.filter((a) => a.accountType === 'other').map((a) => a.abbreviation).sort()).toEqual(['HYP', 'ORK', 'VAALIT']);
    const rise = sector.find((a) => a.abbreviation === 'RISE')!;
    expect(rise.workingAgreements).toMatch(/tietohallintopäällikön/);
    expect(rise.teamsChannelId).toBe('19:rise@thread.tacv2');
    expect(rise.teamsChannelName).toBe('RISE');
    // Most accounts live in a Teams channel; some are deliberately unmapped.
    const unmapped = accounts.filter((a) => !a.teamsChannelId);
    expect(unmapped.length).toBeGreaterThanOrEqual(1);
    expect(unmapped.length).toBeLessThanOrEqual(2);
    // Managers cover each other crosswise: everyone who manages an account is someone's backup too.
    const managers = new Set(sector.map((a) => a.accountManager!.id));
    const backups = new Set(sector.map((a) => a.backup!.id));
    for (const m of managers) expect(backups.has(m)).toBe(true);
  });

  it("spreads next year's agreements over every stage of the ORK flow, each history replaying to its stage", async () => {
    const today = todayInHelsinki(TODAY);
    const year = Number(today.slice(0, 4));
    const accounts = await ork.repos.accounts.all();
    const abbr = new Map(accounts.map((a) => [a.id, a.abbreviation]));
    const next = await ork.repos.agreements.find({ filter: { op: 'eq', prop: 'year', value: year + 1 } });
    const byAbbr = new Map(next.map((a) => [abbr.get(a.accountId)!, a]));
    expect(new Set(next.map((a) => a.stage))).toEqual(new Set(ORK_FLOW.stages));
    expect(new Set(byAbbr.keys())).toEqual(new Set(accounts.map((a) => a.abbreviation)));
    // Due before this Christmas: the last working day before Christmas Eve.
    expect(christmasDeadline(year)).toBe('2026-12-23');
    expect(next.filter((a) => a.deadline !== christmasDeadline(year)).map((a) => abbr.get(a.accountId))).toEqual(['HYP']);

    // RISE is in planning with only the basics, for a browser test to take from planning to stored.
    const rise = byAbbr.get('RISE')!;
    expect(rise).toMatchObject({ stage: 'planning', kind: 'serviceAgreement', flow: 'ork', year: year + 1, deadline: christmasDeadline(year) });
    for (const field of ['diaryNumber', 'checklist', 'signatures', 'transferredBudget', 'budgetAllocation', 'services', 'appendices', 'documentUrl', 'caseSystemUrl', 'workspaceUrl', 'signedOn', 'templateVersions', 'developmentPlans', 'notes'] as const) {
      expect({ field, value: rise[field] }).toEqual({ field, value: undefined });
    }

    // One late: HYP's deadline was brought forward and has passed while it is still being drafted.
    const late = next.filter((a) => deadlineState(a, today) === 'late');
    expect(late.map((a) => abbr.get(a.accountId))).toEqual(['HYP']);
    expect(late[0]).toMatchObject({ stage: 'drafting' });
    expect(compareIsoDates(late[0].deadline!, today)).toBeLessThan(0);
    expect(compareIsoDates(late[0].deadline!, christmasDeadline(year))).toBeLessThan(0);

    // Fields as their stage has them: a valid Dnro from the case on, the appendices carrying it from review on,
    // signatories in order, the case-system and workspace links once stored.
    const order = (s: string): number => ORK_FLOW.stages.indexOf(s as never);
    for (const a of next) {
      if (order(a.stage) >= order('caseOpened')) expect(isValidDiaryNumber(a.diaryNumber ?? '')).toBe(true);
      if (order(a.stage) >= order('customerReview')) {
        expect(a.appendices?.every((x) => x.diaryNumber === a.diaryNumber)).toBe(true);
        expect(a.checklist).toEqual({ templateChecked: true, dataCollected: true, draftComplete: true });
        expect(a.services?.verifiedBy && a.services.verifiedOn).toBeTruthy();
        expect(a.budgetAllocation?.reduce((n, l) => n + l.amount, 0)).toBe(a.transferredBudget);
      }
      if (order(a.stage) >= order('inSignature')) expect(signatoriesInOrder(a).map((x) => x.role)).toEqual(['customerDirector', 'directorGeneral', 'customerRepresentative']);
      if (a.stage === 'stored') expect(a.caseSystemUrl?.url && a.workspaceUrl?.url).toBeTruthy();
    }
    // In signature: the provider's two have signed in order, the customer not yet.
    const opv = byAbbr.get('OPV')!;
    expect(opv.stage).toBe('inSignature');
    expect(signatoriesInOrder(opv).map((x) => !!x.signedOn)).toEqual([true, true, false]);

    // Every history (next year's and this year's) replays to its agreement's stage, first entry its creation.
    const current = await ork.repos.agreements.find({ filter: { op: 'eq', prop: 'year', value: year } });
    expect(current).toHaveLength(11);
    expect(current.every((a) => a.stage === 'stored' && !!a.signedOn && isValidDiaryNumber(a.diaryNumber ?? '') && a.signatures?.length === 3)).toBe(true);
    const history = await ork.repos.agreementHistory.all();
    for (const a of [...next, ...current]) {
      const entries = history.filter((h) => h.agreementId === a.id).sort((x, y) => x.changedAt.localeCompare(y.changedAt));
      expect(entries[0]).toMatchObject({ toStage: 'planning' });
      expect(entries[0].fromStage).toBeUndefined();
      expect({ title: a.title, replays: replay(flowById(a.flow), entries) }).toEqual({ title: a.title, replays: a.stage });
      // Written by the account's manager, as the product records the one who moved it.
      const manager = accounts.find((x) => x.id === a.accountId)!.accountManager!.id;
      expect(entries.every((h) => h.changedBy?.id === manager)).toBe(true);
    }

    // One refused step: OPV's signing round could not start without signatories, then started once they were set.
    const opvHistory = history.filter((h) => h.agreementId === opv.id).sort((x, y) => x.changedAt.localeCompare(y.changedAt));
    const refused = opvHistory.findIndex((h) => /ei voitu aloittaa: allekirjoittajat puuttuivat/.test(h.comment ?? ''));
    expect(refused).toBeGreaterThan(0);
    expect(opvHistory[refused]).toMatchObject({ fromStage: 'approved', toStage: 'approved' });
    expect(opvHistory[refused + 1]).toMatchObject({ fromStage: 'approved', toStage: 'inSignature' });
    expect(history.filter((h) => /ei voitu/.test(h.comment ?? ''))).toHaveLength(1);
  });

  it("gives Vantaa partnership agreements on the city flow: no diary number, no Director General", async () => {
    const agreements = await hepa.repos.agreements.all();
    expect(agreements.length).toBeGreaterThanOrEqual(4);
    expect(agreements.every((a) => a.flow === 'cityPartnership' && a.kind === 'partnershipAgreement' && !a.diaryNumber)).toBe(true);
    expect(new Set(agreements.map((a) => a.stage)).size).toBeGreaterThanOrEqual(3);
    for (const a of agreements) {
      expect(CITY_PARTNERSHIP_FLOW.stages).toContain(a.stage);
      expect((a.signatures ?? []).some((s) => s.role === 'directorGeneral')).toBe(false);
      // Appendices tagged by who must read them (the partnership model).
      expect((a.appendices ?? []).every((x) => !!x.audience)).toBe(true);
    }
    const history = await hepa.repos.agreementHistory.all();
    for (const a of agreements) {
      const entries = history.filter((h) => h.agreementId === a.id);
      expect(entries.some((h) => h.toStage === 'caseOpened')).toBe(false);
      expect({ title: a.title, replays: replay(CITY_PARTNERSHIP_FLOW, entries) }).toEqual({ title: a.title, replays: a.stage });
    }
  });

  it('reads dates back as the same Helsinki day they were written', async () => {
    const year = 2026;
    const [a] = await ork.repos.agreements.find({ filter: { op: 'and', items: [{ op: 'eq', prop: 'year', value: year + 1 }, { op: 'eq', prop: 'stage', value: 'customerReview' }] }, top: 1 });
    expect(a.deadline).toBe('2026-12-23');
    // On the wire it is Helsinki midnight in UTC: the day before at 22:00Z (winter time).
    const res = await fetch(`${sp.origin}${ORK_SITE}/_api/web/lists/getByTitle('${listDef('agreements').title}')/items(${a.id})?$select=ACDeadline`, {
      headers: { Accept: 'application/json', 'X-AC-User': SITE_OWNER_UPN },
    });
    const row = (await res.json()) as { ACDeadline: string };
    expect(row.ACDeadline).toBe('2026-12-22T22:00:00Z');
    // A summer date (UTC+3) too: Aino's July holiday starts on the first Monday of July.
    const absences = await ork.repos.absences.all();
    const summer = absences.find((x) => x.start.slice(5, 7) === '07');
    expect(summer?.start).toBe('2026-07-06');
  });

  it('has this year\u2019s follow-up groups with the standard agenda, held ones with minutes', async () => {
    const meetings = await ork.repos.meetings.find({ filter: { op: 'eq', prop: 'meetingType', value: 'followUpGroup' } });
    expect(meetings).toHaveLength(32);
    for (const m of meetings) {
      expect(m.agenda?.map((x) => x.title)).toHaveLength(9);
      expect(m.agenda?.[5].title).toBe('Tilaajatyytyväisyyskysely');
      // The survey link opens the product's answering page for the account and the meeting's quarter.
      expect(m.surveyUrl?.url).toMatch(new RegExp(`^${sp.origin.replace(/[.]/g, '\\.')}/\\?site=ork&view=surveyAnswer&account=[A-Z]+&quarter=2026-Q${m.quarter}$`));
      expect(m.materialsReadyOn).toBeDefined();
    }
    const held = meetings.filter((m) => m.status === 'held');
    const planned = meetings.filter((m) => m.status === 'planned');
    expect(held).toHaveLength(24); // Q1–Q3
    expect(planned).toHaveLength(8); // Q4 in December
    expect(held.every((m) => !!m.minutes && !!m.decisions)).toBe(true);
    expect(planned.every((m) => m.quarter === 4 && m.startsAt.startsWith('2026-12'))).toBe(true);
  });

  it('gives the two organisations different annual clocks, with done and overdue occurrences', async () => {
    const orkTasks = await ork.repos.clockTasks.all();
    const hepaTasks = await hepa.repos.clockTasks.all();
    expect(new Set(orkTasks.map((t) => t.template))).toEqual(new Set(['ork']));
    expect(new Set(hepaTasks.map((t) => t.template))).toEqual(new Set(['hepa']));
    const orkTitles = new Set(orkTasks.map((t) => t.title));
    expect(hepaTasks.filter((t) => orkTitles.has(t.title))).toEqual([]);
    expect(orkTasks.find((t) => /TAE B1/.test(t.title))).toMatchObject({ month: 3, category: 'economy', dueDate: '2026-03-13' });
    expect(orkTasks.find((t) => /ennen joulua/.test(t.title))).toMatchObject({ month: 12, dueDate: '2026-12-23' });
    expect(orkTasks.filter((t) => /^seurantaryhma-q/.test(t.code ?? '')).map((t) => t.month).sort((a, b) => a - b)).toEqual([3, 6, 9, 12]);
    expect(hepaTasks.some((t) => /Palkka-ajo/.test(t.title) && t.recurrence === 'monthly')).toBe(true);
    expect(hepaTasks.some((t) => /Asiakasohjausryhmä/.test(t.title))).toBe(true);

    const today = todayInHelsinki(TODAY);
    const occ = await ork.repos.clockCompletions.all();
    const overdue = occ.filter((o) => !o.done && compareIsoDates(o.dueDate, today) < 0);
    expect(occ.filter((o) => o.done).length).toBeGreaterThan(100);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(occ.filter((o) => compareIsoDates(o.dueDate, today) >= 0 && !o.done).length).toBeGreaterThan(10);
  });

  it("reminds every ORK account of next year's agreement in the annual clock: its deadline, and three weeks before it", async () => {
    const today = todayInHelsinki(TODAY);
    const year = Number(today.slice(0, 4));
    const [accounts, tasks, occ, agreements] = await Promise.all([
      ork.repos.accounts.all(),
      ork.repos.clockTasks.all(),
      ork.repos.clockCompletions.all(),
      ork.repos.agreements.find({ filter: { op: 'eq', prop: 'year', value: year + 1 } }),
    ]);
    const taskId = (code: string): number => tasks.find((t) => t.code === code)!.id;
    const ofTask = (code: string, y: number) => occ.filter((o) => o.taskId === taskId(code) && o.dueDate.startsWith(String(y)));
    for (const y of [year, year + 1]) {
      const deadlines = ofTask('allekirjoitukset', y);
      const reminders = ofTask('allekirjoitukset-muistutus', y);
      expect(new Set(deadlines.map((o) => o.accountId))).toEqual(new Set(accounts.map((a) => a.id)));
      expect(new Set(reminders.map((o) => o.accountId))).toEqual(new Set(accounts.map((a) => a.id)));
      // On the agreements' own deadline, the reminder two to four weeks before it.
      expect(new Set(deadlines.map((o) => o.dueDate))).toEqual(new Set([christmasDeadline(y)]));
      for (const o of reminders) {
        const days = (Date.parse(christmasDeadline(y)) - Date.parse(o.dueDate)) / 86_400_000;
        expect(days).toBeGreaterThanOrEqual(14);
        expect(days).toBeLessThanOrEqual(28);
      }
    }
    // This year's deadline item is done for the agreements signed already, open for the rest.
    for (const a of agreements) {
      const item = ofTask('allekirjoitukset', year).find((o) => o.accountId === a.accountId)!;
      expect({ stage: a.stage, done: item.done }).toEqual({ stage: a.stage, done: a.stage === 'signed' || a.stage === 'stored' });
    }
  });

  it("carries the ORK clock for this year and next: every task for every account it applies to, on its rule's day, as the generator would", async () => {
    const today = todayInHelsinki(TODAY);
    const tasks = await ork.repos.clockTasks.all();
    const accounts = await ork.repos.accounts.all();
    expect(tasks.every((t) => !!t.code && !!t.rule && t.retired === false)).toBe(true);
    const expected = new Map<string, string>();
    for (const year of [2026, 2027]) {
      for (const p of planYear(tasks.map((t) => ({ code: t.code!, rule: t.rule!, overrides: t.overrides, retired: t.retired })), year)) {
        const t = tasks.find((x) => x.code === p.code)!;
        if (!t.perAccount) expected.set(occurrenceKey('ork', p.code, p.period), p.dueDate);
        else for (const a of accounts) if (!t.accountTypes?.length || t.accountTypes.includes(a.accountType)) expected.set(occurrenceKey('ork', p.code, p.period, a.id), p.dueDate);
      }
    }
    const occ = await ork.repos.clockCompletions.all();
    // Every item carries the template's day; a sector account's follow-up group (and its materials and survey) sits
    // on the account's own meeting day.
    expect(new Map(occ.map((o) => [o.clientKey!, o.plannedDate]))).toEqual(expected);
    const moved = occ.filter((o) => o.dueDate !== o.plannedDate);
    expect(moved.length).toBeGreaterThan(0);
    const codeOf = (o: { clientKey?: string }): string => o.clientKey!.split(':')[2];
    expect(moved.every((o) => /^(seurantaryhma|materiaalit|kysely)-q\d$/.test(codeOf(o)))).toBe(true);
    const kho = accounts.find((a) => a.abbreviation === 'KHO')!;
    const meetings = (await ork.repos.meetings.all()).filter((m) => m.accountId === kho.id && m.meetingType === 'followUpGroup' && m.startsAt.startsWith('2026'));
    for (const m of meetings) {
      const q = Number(m.quarter);
      const item = occ.find((o) => o.clientKey === occurrenceKey('ork', `seurantaryhma-q${q}`, `2026-${String(q * 3).padStart(2, '0')}`, kho.id))!;
      expect({ q, due: item.dueDate }).toEqual({ q, due: toHelsinkiDate(m.startsAt) });
    }
    expect(meetings.length).toBeGreaterThanOrEqual(4);
    expect(occ.some((o) => o.dueDate.startsWith('2027-12'))).toBe(true);
    // Leadership's view has all three: done on time, done late, overdue.
    const past = occ.filter((o) => o.dueDate.startsWith('2026') && compareIsoDates(o.dueDate, today) < 0);
    expect(past.filter((o) => o.done && compareIsoDates(o.doneOn!, o.dueDate) <= 0).length).toBeGreaterThan(100);
    expect(past.filter((o) => o.done && compareIsoDates(o.doneOn!, o.dueDate) > 0).length).toBeGreaterThanOrEqual(5);
    expect(past.filter((o) => !o.done).length).toBeGreaterThanOrEqual(5);
    expect(occ.filter((o) => o.dueDate.startsWith('2027')).every((o) => !o.done)).toBe(true);
    // Generating either year on the demo site finds everything already there.
    for (const year of [2026, 2027]) {
      const report = await generateOccurrences(ork, { template: 'ork', year, today });
      expect({ year, created: report.created, updated: report.updated }).toEqual({ year, created: 0, updated: 0 });
    }
    // The HR centre's clock too (its own template on its own site).
    const hepaReport = await generateOccurrences(hepa, { template: 'hepa', year: 2026, today });
    expect({ created: hepaReport.created, updated: hepaReport.updated }).toEqual({ created: 0, updated: 0 });
    expect(hepaReport.unchanged).toBeGreaterThan(0);
  });

  describe('tuuraus (cover) in ORK, read with the site\'s cover settings', () => {
    let accounts: Account[];
    let absences: Absence[];
    let opts: ReturnType<typeof coverOptions>;
    const today = todayInHelsinki(TODAY);
    const abbr = (id: number): string | undefined => accounts.find((a) => a.id === id)?.abbreviation;
    const absence = (key: string): Absence => absences.find((a) => a.clientKey === `demo:ork:absence:${key}`)!;
    const coverOf = (day: string) => {
      const { resolutions, warnings } = coverOnDay(accounts, absences, day, opts);
      return { who: Object.fromEntries(resolutions.map((r) => [r.account.abbreviation, r.cover?.title ?? null])), resolutions, warnings };
    };

    beforeAll(async () => {
      [accounts, absences, opts] = await Promise.all([ork.repos.accounts.all(), ork.repos.absences.all(), ork.repos.settings.all().then(coverOptions)]);
    });

    it('reads the cover settings the site owner set', () => {
      expect(opts).toEqual({ shortAbsenceMaxDays: 2, maxCoveredAccounts: 3 });
    });

    it('on the first morning of Elina\'s holiday Juha covers her accounts but TIV, which the override gives to Aino', () => {
      const elina = absence('elina-loma');
      expect({ start: elina.start, end: elina.end, days: absenceLength(elina), needsCover: needsCover(elina, opts.shortAbsenceMaxDays) }).toEqual({ start: today, end: addDays(today, 13), days: 14, needsCover: true });
      const { who, resolutions } = coverOf(today);
      expect(who).toEqual({ OPV: 'Juha Nieminen', TIV: 'Aino Virtanen', HYP: 'Juha Nieminen', KKO: 'Aino Virtanen', RISE: 'Aino Virtanen', UO: 'Aino Virtanen' });
      expect(resolutions.find((r) => r.account.abbreviation === 'TIV')?.source).toBe('override');
      expect(accountsCoveredBy(elina.substitute!.id, accounts, absences, today, opts).map((a) => a.abbreviation).sort()).toEqual(['HYP', 'OPV']);
    });

    it('warns that Aino covers more accounts than the limit while Mikko and Elina are both away', () => {
      const overloaded = coverOf(today).warnings.filter((w) => w.kind === 'overloaded');
      expect(overloaded.map((w) => w.kind === 'overloaded' && { person: w.person.title, accounts: w.accountIds.map(abbr).sort(), limit: w.limit })).toEqual([
        { person: 'Aino Virtanen', accounts: ['KKO', 'RISE', 'TIV', 'UO'], limit: 3 },
      ]);
    });

    it('on Aino\'s training day (not covered itself) the accounts she covers pass on to her substitute Juha', () => {
      const training = absence('aino-koulutus');
      expect(training.start).toBe(training.end);
      expect(needsCover(training, opts.shortAbsenceMaxDays)).toBe(false);
      expect(compareIsoDates(training.start, today)).toBeGreaterThan(0);
      const { who, resolutions, warnings } = coverOf(training.start);
      // Her own accounts are not covered that day; Mikko's and TIV go down the chain.
      expect(who.KHO).toBeUndefined();
      expect(who).toMatchObject({ KKO: 'Juha Nieminen', RISE: 'Juha Nieminen', UO: 'Juha Nieminen', TIV: 'Juha Nieminen' });
      expect(resolutions.find((r) => r.account.abbreviation === 'KKO')?.chain.map((s) => [s.person.title, s.source, !!s.away])).toEqual([
        ['Aino Virtanen', 'substitute', true],
        ['Juha Nieminen', 'chained', false],
      ]);
      expect(warnings.some((w) => w.kind === 'substituteAway' && w.person.title === 'Aino Virtanen' && w.next?.title === 'Juha Nieminen')).toBe(true);
    });

    it('on Juha\'s two days off (not covered) Elina\'s accounts pass on, and his own stay uncovered', () => {
      const off = absence('juha-vapaa');
      expect(absenceLength(off)).toBe(2);
      expect(off.coverShort).toBeFalsy();
      expect(compareIsoDates(off.start, today) > 0 && compareIsoDates(off.end, absence('elina-loma').end) <= 0).toBe(true);
      const { who, warnings } = coverOf(off.start);
      expect(who).toMatchObject({ OPV: 'Mikko Korhonen', HYP: 'Mikko Korhonen', TIV: 'Aino Virtanen' });
      expect(['OEV', 'ORK', 'VAALIT'].filter((x) => x in who)).toEqual([]);
      expect(warnings.some((w) => w.kind === 'substituteAway' && w.person.title === 'Juha Nieminen')).toBe(true);
    });

    it('VAALIT, with no backup, has nobody while Juha is on holiday, within the Substitutes view\'s four weeks', () => {
      const { warnings, spans } = coverSpans(accounts, absences, today, addDays(today, 27), opts);
      const noCover = warnings.filter((w) => w.kind === 'noCover');
      expect(noCover.map((w) => w.kind === 'noCover' && { account: abbr(w.accountId), manager: w.manager.title, since: w.since, to: w.to })).toEqual([
        { account: 'VAALIT', manager: 'Juha Nieminen', since: addDays(today, 21), to: addDays(today, 27) },
      ]);
      // His other accounts go to their backups.
      const holiday = spans.filter((s) => s.absence.clientKey === 'demo:ork:absence:juha-loma');
      expect(holiday.map((s) => [s.account.abbreviation, s.cover?.title ?? null, s.source ?? null]).sort()).toEqual([
        ['OEV', 'Elina Lindqvist', 'backup'],
        ['ORK', 'Aino Virtanen', 'backup'],
        ['VAALIT', null, null],
      ]);
    });
  });

  describe('tuuraus (cover) in HEPA', () => {
    let accounts: Account[];
    let absences: Absence[];
    let opts: ReturnType<typeof coverOptions>;
    const today = todayInHelsinki(TODAY);
    const absence = (key: string): Absence => absences.find((a) => a.clientKey === `demo:hepa:absence:${key}`)!;
    const coverOf = (day: string) => {
      const { resolutions, warnings } = coverOnDay(accounts, absences, day, opts);
      return { who: Object.fromEntries(resolutions.map((r) => [r.account.abbreviation, r.cover?.title ?? null])), resolutions, warnings };
    };

    beforeAll(async () => {
      [accounts, absences, opts] = await Promise.all([hepa.repos.accounts.all(), hepa.repos.absences.all(), hepa.repos.settings.all().then(coverOptions)]);
    });

    it('today Anna\'s two-day sick leave is not covered, and SIV has nobody while Liisa is on holiday; VAPA goes to Timo by override', () => {
      const sick = absence('anna-sairaus');
      expect({ start: sick.start, days: absenceLength(sick), needsCover: needsCover(sick, opts.shortAbsenceMaxDays), substitute: sick.substitute }).toEqual({ start: today, days: 2, needsCover: false, substitute: undefined });
      const { who, resolutions, warnings } = coverOf(today);
      expect(who).toEqual({ SIV: null, VAPA: 'Timo Hämäläinen' });
      expect(resolutions.find((r) => r.account.abbreviation === 'VAPA')?.source).toBe('override');
      expect(warnings.filter((w) => w.kind === 'noCover').map((w) => w.kind === 'noCover' && [w.manager.title, accounts.find((a) => a.id === w.accountId)?.abbreviation])).toEqual([['Liisa Laine', 'SIV']]);
      // Two days later Anna is back and covers SIV as its backup.
      expect(coverOf(addDays(today, 2)).who).toEqual({ SIV: 'Anna Sjöberg', VAPA: 'Timo Hämäläinen' });
    });

    it('Minna\'s long holiday is covered by Sofia, and on Sofia\'s training day by Liisa, next in the chain', () => {
      const minna = absence('minna-loma');
      expect(absenceLength(minna)).toBeGreaterThan(10);
      expect(coverOf(minna.start).who).toEqual({ TILA: 'Sofia Nyström', MAY: 'Sofia Nyström' });
      const training = absence('sofia-koulutus');
      expect(compareIsoDates(training.start, minna.start) > 0 && compareIsoDates(training.end, minna.end) < 0).toBe(true);
      const { who, warnings } = coverOf(training.start);
      expect(who).toEqual({ TILA: 'Liisa Laine', MAY: 'Liisa Laine' });
      expect(warnings.some((w) => w.kind === 'substituteAway' && w.person.title === 'Sofia Nyström' && w.next?.title === 'Liisa Laine')).toBe(true);
    });
  });

  it('has surveys with a trend, ideas in many stages and feedback in every status', async () => {
    const surveys = await ork.repos.surveys.all();
    const quarterly = surveys.filter((s) => s.kind === 'quarterly');
    // Eight quarters ending with the current one, open now; the rest closed.
    expect(quarterly.map((s) => `${s.year}-Q${s.quarter}:${s.status}`).sort()).toEqual([
      '2025-Q1:closed', '2025-Q2:closed', '2025-Q3:closed', '2025-Q4:closed', '2026-Q1:closed', '2026-Q2:closed', '2026-Q3:closed', '2026-Q4:open',
    ]);
    expect(quarterly[0].definition.questions.every((q) => q.scale.min === 4 && q.scale.max === 10)).toBe(true);
    const responses = await ork.repos.surveyResponses.all();
    const rise = (await ork.repos.accounts.all()).find((a) => a.abbreviation === 'RISE')!;
    const avg = (surveyTitle: string): number => {
      const sid = surveys.find((s) => s.title === surveyTitle)!.id;
      const rs = responses.filter((r) => r.surveyId === sid && r.accountId === rise.id);
      return rs.reduce((x, r) => x + (r.overall ?? 0), 0) / rs.length;
    };
    expect(avg('Tilaajatyytyväisyyskysely Q3/2026')).toBeGreaterThan(avg('Tilaajatyytyväisyyskysely Q4/2025'));
    const ideas = await ork.repos.ideas.all();
    expect(new Set(ideas.map((i) => i.stage)).size).toBeGreaterThanOrEqual(8);
    const feedback = [...(await ork.repos.feedback.all()), ...(await hepa.repos.feedback.all())];
    expect(new Set(feedback.map((f) => f.status))).toEqual(new Set(['new', 'inProgress', 'answered', 'closed']));
    const situations = await hepa.repos.situationRecords.all();
    expect(situations.filter((s) => s.category === 'conflict').every((s) => s.supervisorNotified)).toBe(true);
    expect(situations.some((s) => s.reviewed)).toBe(true);
    expect(situations.some((s) => !s.reviewed)).toBe(true);
  });

  it('tells the survey story: one significant drop, one account under the threshold, Kaisa still to answer', async () => {
    const surveys = (await ork.repos.surveys.all()).filter((s) => s.kind === 'quarterly');
    const responses = await ork.repos.surveyResponses.all();
    const accounts = await ork.repos.accounts.all();
    const contacts = await ork.repos.contacts.all();
    const idOf = (abbr: string): number => accounts.find((a) => a.abbreviation === abbr)!.id;
    const survey = (quarter: string) => surveys.find((s) => `${s.year}-Q${s.quarter}` === quarter)!;
    const of = (abbr: string, quarter: string) => responses.filter((r) => r.accountId === idOf(abbr) && r.surveyId === survey(quarter).id);
    // Every response is one respondent's, keyed as the product keys them, from an invited contact of the account.
    for (const r of responses.filter((x) => surveys.some((s) => s.id === x.surveyId))) {
      expect(r.clientKey).toBe(responseClientKey(r.surveyId, r.accountId, r.respondentKey!));
      const invited = contacts.filter((c) => c.accountId === r.accountId && c.side === 'customer' && c.roles?.includes('followUpMember'));
      expect(invited.map((c) => respondentKeyOf({ email: c.email }))).toContain(r.respondentKey);
    }
    for (const abbr of ['KHO', 'OEV', 'OPV', 'RISE', 'SY', 'TIV', 'UO', 'KKO']) {
      const invited = contacts.filter((c) => c.accountId === idOf(abbr) && c.side === 'customer' && c.roles?.includes('followUpMember') && c.email);
      expect({ abbr, enough: invited.length >= 3 }).toEqual({ abbr, enough: true });
    }
    // TIV financial management: about 8 → about 5.5, at least four answers each, beyond 1.96 standard errors.
    const fm = (q: string): number[] => of('TIV', q).map((r) => r.answers.financialManagement);
    const [before, after] = [fm('2026-Q3'), fm('2026-Q4')];
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = (xs: number[]): number => xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1);
    expect(before.length).toBeGreaterThanOrEqual(4);
    expect(after.length).toBeGreaterThanOrEqual(4);
    expect(mean(before)).toBeGreaterThanOrEqual(7.5);
    expect(mean(after)).toBeLessThanOrEqual(6);
    const se = Math.sqrt(variance(before) / before.length + variance(after) / after.length);
    expect(mean(before) - mean(after)).toBeGreaterThan(Math.max(MIN_DROP, Z * se));
    // No other account moves that much in any area.
    for (const abbr of ['KHO', 'OEV', 'OPV', 'RISE', 'SY', 'UO']) {
      for (const area of ['continuousServices', 'financialManagement', 'projectServices', 'jointDevelopment', 'expertServices']) {
        const d = mean(of(abbr, '2026-Q3').map((r) => r.answers[area])) - mean(of(abbr, '2026-Q4').map((r) => r.answers[area]));
        expect({ abbr, area, big: d >= 1.5 }).toEqual({ abbr, area, big: false });
      }
    }
    // KKO stays under the threshold every quarter; the others mostly reach it.
    for (const s of surveys) expect(of('KKO', `${s.year}-Q${s.quarter}`).length).toBeLessThanOrEqual(2);
    expect(of('SY', '2026-Q4').length).toBeGreaterThanOrEqual(3);
    // The current quarter already has most of its answers, a Swedish comment among the open answers.
    expect(responses.filter((r) => r.surveyId === survey('2026-Q4').id).length).toBeGreaterThanOrEqual(20);
    expect(responses.some((r) => /Samarbetet/.test(r.comment ?? ''))).toBe(true);
    // Kaisa Ojala is RISE's invited head of IT with her own address; she has answered before, not this quarter.
    const kaisa = contacts.find((c) => c.accountId === idOf('RISE') && c.name === 'Kaisa Ojala')!;
    expect(kaisa.email).toBe('kaisa.ojala@asiakkuus.example');
    expect(kaisa.roles).toContain('followUpMember');
    expect(of('RISE', '2026-Q3').some((r) => r.respondentKey === 'kaisa.ojala@asiakkuus.example')).toBe(true);
    expect(of('RISE', '2026-Q4').some((r) => r.respondentKey === 'kaisa.ojala@asiakkuus.example')).toBe(false);
    // ReadSecurity 2: Kaisa reads her own answers only.
    const asKaisa = createServices(spForSite(`${sp.origin}${ORK_SITE}`, 'kaisa.ojala@asiakkuus.example'));
    const hers = await asKaisa.repos.surveyResponses.all();
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.every((r) => r.respondentKey === 'kaisa.ojala@asiakkuus.example')).toBe(true);
    // Open survey actions exist for TIV, but none for the dropped area (leadership creates that from the drop).
    const actions = (await ork.repos.actions.all()).filter((a) => a.accountId === idOf('TIV') && a.source === 'survey');
    expect(actions.some((a) => a.status === 'open')).toBe(true);
    expect(actions.filter((a) => a.status === 'open' || a.status === 'inProgress').some((a) => /talou/i.test(`${a.title} ${a.goal}`))).toBe(false);
  });

  describe('the city ICT unit', () => {
    it('has divisions, companies, foundations and agencies, both sides of the team, and one manager with a single form', async () => {
      const accounts = await city.repos.accounts.all();
      expect(accounts.length).toBeGreaterThanOrEqual(10);
      expect(new Set(accounts.map((a) => a.organisationForm))).toEqual(new Set(['sector', 'company', 'foundation', 'agency']));
      for (const a of accounts) {
        expect(a.accountManager?.id).toBeDefined();
        expect(a.backup?.id).toBeDefined();
        expect(a.backup?.id).not.toBe(a.accountManager?.id);
      }
      const divisions = accounts.filter((a) => a.organisationForm === 'sector');
      expect(divisions.every((a) => a.itCoordinator?.title === 'Riina Peltola' && a.itManager?.title === 'Marja Toivola')).toBe(true);
      expect(accounts.some((a) => a.serviceOwner?.title === 'Tuomo Kallio')).toBe(true);
      // Forms per manager: every manager but one has several; Jonas Bergqvist's accounts are all companies.
      const formsOf = new Map<string, Set<string>>();
      for (const a of accounts) formsOf.set(a.accountManager!.title!, new Set([...(formsOf.get(a.accountManager!.title!) ?? []), a.organisationForm!]));
      expect([...formsOf.entries()].filter(([, forms]) => forms.size === 1).map(([name, forms]) => [name, [...forms]])).toEqual([['Jonas Bergqvist', ['company']]]);
      // Every account has its customer-side counterpart and contract contact.
      const contacts = await city.repos.contacts.all();
      for (const a of accounts) {
        const mine = contacts.filter((c) => c.accountId === a.id && c.side === 'customer');
        expect({ abbr: a.abbreviation, counterpart: mine.some((c) => c.roles?.includes('counterpart')), contract: mine.some((c) => c.roles?.includes('contractContact')) }).toEqual({ abbr: a.abbreviation, counterpart: true, contract: true });
      }
    });

    it('has two care tiers with their meetings, survey and clock template, and this year\u2019s clock with done and overdue items', async () => {
      const segments = await city.repos.segments.all();
      expect(segments.map((s) => s.name).sort()).toEqual(['Peruskumppanuus', 'Strateginen kumppanuus']);
      const strategic = segments.find((s) => s.name === 'Strateginen kumppanuus')!;
      expect(new Set(strategic.careTier!.meetings.map((m) => m.level))).toEqual(new Set(['operational', 'tactical', 'strategic']));
      expect(segments.map((s) => s.clockTemplate).sort()).toEqual(['kaupunki-perus', 'kaupunki-strateginen']);
      const meetings = await city.repos.meetings.all();
      expect(new Set(meetings.map((m) => m.meetingType))).toEqual(new Set(['operational', 'tactical', 'strategic']));
      expect(meetings.some((m) => m.status === 'held') && meetings.some((m) => m.status === 'planned')).toBe(true);
      const today = toHelsinkiDate(TODAY);
      const occurrences = await city.repos.clockCompletions.all();
      expect(occurrences.some((o) => o.done)).toBe(true);
      expect(occurrences.filter((o) => !o.done && compareIsoDates(o.dueDate, today) < 0).length).toBeGreaterThanOrEqual(1);
    });

    it("spreads next year's partnership agreements on the city flow over its stages, due 31 December but one late", async () => {
      const today = toHelsinkiDate(TODAY);
      const next = await city.repos.agreements.find({ filter: { op: 'eq', prop: 'year', value: 2027 } });
      expect(next.every((a) => a.flow === CITY_PARTNERSHIP_FLOW.id && a.kind === 'partnershipAgreement')).toBe(true);
      expect(new Set(next.map((a) => a.stage)).size).toBeGreaterThanOrEqual(6);
      expect(next.filter((a) => a.deadline !== '2026-12-31')).toHaveLength(1);
      expect(next.filter((a) => deadlineState(a, today) === 'late')).toHaveLength(1);
      const history = await city.repos.agreementHistory.all();
      for (const a of next) expect(replay(CITY_PARTNERSHIP_FLOW, history.filter((h) => h.agreementId === a.id))).toBe(a.stage);
    });

    it('has two 9E periods over the privacy threshold for most accounts, one weak dimension made an action before the next tactical meeting', async () => {
      const surveys = (await city.repos.surveys.all()).filter((s) => s.kind === 'partnership9E');
      expect(surveys.map((s) => s.title).sort()).toEqual(['Kumppanuusarvio 9E – kevät 2026', 'Kumppanuusarvio 9E – syksy 2026']);
      const responses = await city.repos.surveyResponses.all();
      const accounts = await city.repos.accounts.all();
      const abbr = new Map(accounts.map((a) => [a.id, a.abbreviation]));
      const latest = surveys.find((s) => /syksy/.test(s.title))!;
      const perAccount = (surveyId: number): Map<string, number> => {
        const m = new Map<string, number>();
        for (const r of responses.filter((x) => x.surveyId === surveyId)) m.set(abbr.get(r.accountId)!, (m.get(abbr.get(r.accountId)!) ?? 0) + 1);
        return m;
      };
      for (const s of surveys) {
        const counts = perAccount(s.id);
        expect([...counts.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(5);
        expect([...counts.entries()].filter(([, n]) => n < 3).map(([a]) => a)).toEqual(['PELA']);
      }
      expect(responses.filter((r) => surveys.some((s) => s.id === r.surveyId)).every((r) => r.respondentLevel === 'contract' || r.respondentLevel === 'operational')).toBe(true);
      // The product's own analysis proposes exactly one development item, KUVA's aesthetics, and it is an open action.
      const kuva = accounts.find((a) => a.abbreviation === 'KUVA')!;
      const periods = [...surveys].sort((a, b) => a.opensOn!.localeCompare(b.opensOn!)).map((s) => ({ id: s.id, label: s.title }));
      const result = analyse9E({ periods, threshold: 3, responses: responses.filter((r) => r.accountId === kuva.id && surveys.some((s) => s.id === r.surveyId)) });
      expect(lowScoreProposals(result).map((p) => p.sourceRef)).toEqual([`9e:${latest.id}:aesthetics`]);
      const action = (await city.repos.actions.all()).find((a) => a.source === 'assessment')!;
      expect(action).toMatchObject({ accountId: kuva.id, sourceRef: `9e:${latest.id}:aesthetics`, status: 'open', title: '9E-kehityskohde: Estetiikka' });
      expect(action.owner?.id).toBe(kuva.accountManager?.id);
      const nextTactical = (await city.repos.meetings.all())
        .filter((m) => m.accountId === kuva.id && m.meetingType === 'tactical' && m.status === 'planned')
        .map((m) => toHelsinkiDate(m.startsAt))
        .sort()[0];
      expect(action.dueDate).toBe(addDays(nextTactical, -1));
      // The November survey: most accounts over the threshold, one under.
      const november = (await city.repos.surveys.all()).find((s) => s.kind === 'annualCustomer')!;
      const counts = perAccount(november.id);
      expect([...counts.values()].filter((n) => n >= 3).length).toBeGreaterThanOrEqual(8);
      expect([...counts.entries()].filter(([, n]) => n < 3).map(([a]) => a)).toEqual(['NUORET']);
    });

    it('takes ideas through the gate: need, solution analysis, waiting at the gate, and a GO with its decision and follow-up action', async () => {
      const ideas = await city.repos.ideas.all();
      expect(ideas.map((i) => i.stage).sort()).toEqual(['awaitingGate', 'go', 'need', 'solutionAnalysis']);
      for (const i of ideas) expect([i.description, i.goals, i.estimatedCost, i.risks, i.schedule, i.benefitAnalysis].every((x) => x !== undefined && x !== '')).toBe(true);
      const go = ideas.find((i) => i.stage === 'go')!;
      expect(replayGate(go.gateHistory!)).toBe('go');
      expect(go.decisionReason).toBe(go.gateHistory![1].reason);
      expect(go.decisionOn).toBe(go.gateHistory![1].decidedOn);
      const waiting = ideas.find((i) => i.stage === 'awaitingGate')!;
      expect(replayGate(waiting.gateHistory!, 'solutionAnalysis')).toBe('awaitingGate');
      const decisions = await city.repos.ideaDecisions.all();
      expect(decisions).toHaveLength(1);
      expect(decisions[0]).toMatchObject({ ideaId: go.id, decision: 'go', reason: go.decisionReason, round: go.gateHistory![0].at });
      const followUp = (await city.repos.actions.all()).find((a) => a.source === 'idea')!;
      expect(followUp.sourceRef).toBe(`idea:${go.id}`);
    });
  });

  it('gives ORK organisation forms, ideas for the gate (one complete, one incomplete) and an open 9E period RISE has not answered', async () => {
    const accounts = await ork.repos.accounts.all();
    expect(accounts.every((a) => a.organisationForm === 'agency' || a.organisationForm === 'sector')).toBe(true);
    expect(accounts.some((a) => a.itCoordinator) && accounts.some((a) => a.serviceOwner)).toBe(true);
    const contacts = await ork.repos.contacts.all();
    expect(contacts.some((c) => c.roles?.includes('counterpart')) && contacts.some((c) => c.roles?.includes('contractContact'))).toBe(true);
    const ideas = await ork.repos.ideas.all();
    const waiting = ideas.filter((i) => i.stage === 'awaitingGate');
    expect(waiting.some((i) => i.benefitAnalysis && i.risks && i.schedule && i.estimatedCost !== undefined && replayGate(i.gateHistory ?? []) === 'awaitingGate')).toBe(true);
    expect(ideas.some((i) => i.stage === 'need' && !i.benefitAnalysis)).toBe(true);
    const decided = ideas.filter((i) => ['go', 'rejected', 'returned'].includes(i.stage));
    for (const i of decided) expect(replayGate(i.gateHistory ?? [])).toBe(i.stage);
    expect((await ork.repos.ideaDecisions.all()).map((d) => d.ideaId).sort()).toEqual(decided.map((i) => i.id).sort());
    const nineE = (await ork.repos.surveys.all()).filter((s) => s.kind === 'partnership9E');
    expect(nineE.map((s) => s.status).sort()).toEqual(['closed', 'open']);
    const open = nineE.find((s) => s.status === 'open')!;
    const rise = accounts.find((a) => a.abbreviation === 'RISE')!;
    const answers = (await ork.repos.surveyResponses.all()).filter((r) => r.surveyId === open.id);
    expect(answers.length).toBeGreaterThanOrEqual(9);
    expect(answers.some((r) => r.accountId === rise.id)).toBe(false);
  });

  describe.each([['ork'], ['hepa']])('%s: a year of situation records and feedback', (org) => {
    const svc = (): Services => (org === 'ork' ? ork : hepa);
    const today = toHelsinkiDate(TODAY);
    const yearAgo = addDays(today, -366);
    const cutoff = retentionCutoff(today, RETENTION_DEFAULT_MONTHS);
    /** Who may file on the site: its service staff and account managers (the groups with Contribute or Edit there). */
    const filers = (site: string, groups: string[]): Set<string> =>
      new Set(DEMO_PEOPLE.filter((p) => (p.groups[site] ?? []).some((g) => groups.includes(g))).map((p) => p.upn.toLowerCase()));

    it('every category, filed over the last twelve months by people who may file, with work waiting for the team meeting', async () => {
      const records = await svc().repos.situationRecords.all();
      const recent = records.filter((r) => r.date >= yearAgo);
      expect(new Set(recent.map((r) => r.category))).toEqual(new Set(SITUATION_CATEGORIES));
      expect(recent.every((r) => r.date <= today)).toBe(true);
      // Spread over the year: records in at least ten of the last twelve months.
      expect(new Set(recent.map((r) => r.date.slice(0, 7))).size).toBeGreaterThanOrEqual(10);
      expect(records.some((r) => r.forReview && !r.reviewed)).toBe(true);
      expect(records.some((r) => r.category === 'conflict' && r.supervisorNotified)).toBe(true);
      const allowed = filers(org === 'ork' ? ORK_SITE : HEPA_SITE, ['staff', 'managers']);
      expect(records.every((r) => allowed.has(String(r.recorder.email).toLowerCase()))).toBe(true);
      // Older than the 24-month retention: the privacy preview has something to show.
      expect(records.filter((r) => r.date < cutoff).length).toBeGreaterThanOrEqual(3);
      expect(records.every((r) => r.date >= yearAgo || r.date < cutoff)).toBe(true);
    });

    it('every kind with every reason, every status, reactions on what was answered, and some waiting for review', async () => {
      const feedback = await svc().repos.feedback.all();
      const recent = feedback.filter((x) => x.date >= yearAgo);
      const pairs = new Set(recent.map((x) => `${x.kind}/${x.reason}`));
      for (const kind of FEEDBACK_KINDS) for (const reason of FEEDBACK_REASONS) expect(pairs).toContain(`${kind}/${reason}`);
      expect(new Set(recent.map((x) => x.status))).toEqual(new Set(FEEDBACK_STATUSES));
      const handled = feedback.filter((x) => x.status === 'answered' || x.status === 'closed');
      expect(handled.length).toBeGreaterThan(0);
      for (const x of handled) {
        expect(x.reaction).toBeTruthy();
        expect(x.respondentInformed).toBe(true);
        expect(x.reactedOn! >= x.date && x.reactedOn! <= today).toBe(true);
      }
      expect(feedback.filter((x) => x.reason === 'other').every((x) => !!x.reasonOther)).toBe(true);
      expect(feedback.some((x) => x.forReview && !x.reviewed)).toBe(true);
      expect(feedback.some((x) => x.forReview && x.reviewed)).toBe(true);
      expect(feedback.filter((x) => x.date < cutoff).length).toBeGreaterThanOrEqual(3);
    });

    it('the owner’s privacy preview lists exactly the records older than 24 months', async () => {
      const plan = await planPurge(svc(), today);
      const records = await svc().repos.situationRecords.all();
      const feedback = await svc().repos.feedback.all();
      expect(plan.lists[0].items.map((x) => x.id).sort()).toEqual(records.filter((r) => r.date < cutoff).map((r) => r.id).sort());
      expect(plan.lists[1].items.map((x) => x.id).sort()).toEqual(feedback.filter((r) => r.date < cutoff).map((r) => r.id).sort());
    });
  });

  it('does not duplicate anything when seeded again, even without the marker', async () => {
    const again = await seedDemo({ origin: sp.origin, today: TODAY });
    expect(again).toEqual(counts);
    // Remove the ORK marker: the second run then goes item by item and finds every twin by its client key.
    const marker = (await ork.repos.settings.all()).find((s) => s.key === DEMO_MARKER_KEY)!;
    await ork.repos.settings.remove(marker.id, marker.etag);
    const third = await seedDemo({ origin: sp.origin, today: TODAY, log: (m) => logs.push(m) });
    expect(third).toEqual(counts);
    expect(logs.some((m) => m.startsWith('[ork] added 0 items'))).toBe(true);
    // A site seeded by an older demo version is topped up for the day it was seeded: nothing is added twice, and
    // nothing already there is rewritten (the same day's drafts match it field for field).
    const hepaMarker = (await hepa.repos.settings.all()).find((s) => s.key === DEMO_MARKER_KEY)!;
    await hepa.repos.settings.update(hepaMarker.id, { value: JSON.stringify({ ...JSON.parse(hepaMarker.value!), version: 1 }) }, hepaMarker.etag);
    const fourth = await seedDemo({ origin: sp.origin, today: new Date('2026-12-01T08:00:00Z'), log: (m) => logs.push(m) });
    expect(fourth).toEqual(counts);
    expect(logs.filter((m) => /filled in/.test(m))).toEqual([]);
    expect(logs.filter((m) => m.startsWith('[hepa] topped up to version'))).toEqual([expect.stringMatching(/^\[hepa\] topped up to version \d+: added 0 items \(\d+ were already there\) in/)]);
    expect(JSON.parse((await hepa.repos.settings.all()).find((s) => s.key === DEMO_MARKER_KEY)!.value!)).toMatchObject({ version: DEMO_VERSION, today: '2026-11-23' });
  });

  it('generates a feedback volume through the repository in batches', async () => {
    const siteUrl = `${sp.origin}${HEPA_SITE}`;
    const accountIds = (await hepa.repos.accounts.all()).map((a) => a.id);
    const before = (await hepa.site.schemaStatus()).lists.find((l) => l.key === 'feedback')!.itemCount;
    const started = Date.now();
    await generateFeedbackVolume({ siteUrl, upn: SITE_OWNER_UPN, count: 1200, accountIds });
    console.log(`1,200 feedback items in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const after = (await hepa.site.schemaStatus()).lists.find((l) => l.key === 'feedback')!.itemCount;
    expect(after - before).toBe(1200);
    const page = await hepa.repos.feedback.find({ filter: { op: 'eq', prop: 'accountId', value: accountIds[0] }, top: 5000 });
    expect(page.length).toBeGreaterThanOrEqual(200);
  });

  it('generates years of absences for 300 accounts: no one away twice on a day, holidays mostly covered, idempotent', async () => {
    const siteUrl = `${sp.origin}${HEPA_SITE}`;
    const vol = await generateAbsenceVolume({ siteUrl, upn: SITE_OWNER_UPN, sitePath: HEPA_SITE, accounts: 300, absences: 2000 });
    expect({ accounts: vol.accountIds.length, absences: vol.absences }).toEqual({ accounts: 300, absences: 2000 });
    const absences = (await hepa.repos.absences.all({ filter: f.startsWith('clientKey', 'vol:cover:') })).sort((a, b) => a.start.localeCompare(b.start));
    expect(absences).toHaveLength(2000);
    const byPerson = new Map<number, typeof absences>();
    for (const a of absences) byPerson.set(a.person.id, [...(byPerson.get(a.person.id) ?? []), a]);
    for (const list of byPerson.values()) list.forEach((a, i) => i > 0 && expect(compareIsoDates(list[i - 1].end, a.start)).toBeLessThan(0));
    expect(new Set(absences.map((a) => a.kind))).toEqual(new Set(['holiday', 'sickLeave', 'training', 'other']));
    const holidays = absences.filter((a) => a.kind === 'holiday');
    expect(holidays.filter((a) => a.substitute).length / holidays.length).toBeGreaterThan(0.6);
    // Spread over years, some ahead of today.
    expect(Number(absences[absences.length - 1].end.slice(0, 4)) - Number(absences[0].start.slice(0, 4))).toBeGreaterThanOrEqual(3);
    expect(absences.some((a) => compareIsoDates(a.start, todayInHelsinki()) > 0)).toBe(true);
    const again = await generateAbsenceVolume({ siteUrl, upn: SITE_OWNER_UPN, sitePath: HEPA_SITE, accounts: 300, absences: 2000 });
    expect(again.accountIds).toEqual(vol.accountIds);
    expect(await hepa.repos.absences.all({ filter: f.startsWith('clientKey', 'vol:cover:') })).toHaveLength(2000);
  });
});

describe('demo data relative to the real date', () => {
  it('is current: an absence covers today and next year\u2019s agreements cover every stage', async () => {
    const sp = await startStandalone({ port: 0, dbFile: tempDb('now'), directory: DEMO_PEOPLE, sites: SITES });
    try {
      await seedDemo({ origin: sp.origin });
      const services = createServices(spForSite(`${sp.origin}${ORK_SITE}`, SITE_OWNER_UPN));
      const today = todayInHelsinki();
      const absences = await services.repos.absences.all();
      expect(absences.some((a) => compareIsoDates(a.start, today) <= 0 && compareIsoDates(today, a.end) <= 0 && !!a.substitute)).toBe(true);
      const year = Number(today.slice(0, 4));
      const next = await services.repos.agreements.find({ filter: { op: 'eq', prop: 'year', value: year + 1 } });
      expect(new Set(next.map((a) => a.stage))).toEqual(new Set(AGREEMENT_STAGES));
      // All due before this Christmas, but the late one, whose earlier deadline has passed by today.
      expect(next.filter((a) => a.deadline !== christmasDeadline(year))).toHaveLength(1);
      expect(next.filter((a) => deadlineState(a, today) === 'late').length).toBeGreaterThanOrEqual(1);
    } finally {
      await sp.close();
    }
  });
});

describe('demo calendar', () => {
  it('puts the "signed before Christmas" target on the last working day before Christmas Eve', () => {
    expect(christmasDeadline(2025)).toBe('2025-12-23');
    expect(christmasDeadline(2026)).toBe('2026-12-23');
    expect(christmasDeadline(2028)).toBe('2028-12-22');
  });

  it('knows Finnish holidays', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(isWorkingDay('2026-04-03')).toBe(false); // pitkäperjantai
    expect(isWorkingDay('2026-06-19')).toBe(false); // juhannusaatto
    expect(isWorkingDay('2026-12-07')).toBe(true);
    expect(isWorkingDay('2026-12-24')).toBe(false);
  });
});
