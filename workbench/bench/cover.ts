/**
 * Tuuraus at scale: the Substitutes view's team timeline over years of absences (2,000 of them, 300 accounts), and
 * the handover brief's first screen at 200 ms latency. The timeline is the view's read (one `$batch`: absences with
 * end ≥ today and start ≤ today + 27, and the active accounts) and the rules it runs (awayInWeeks, coverSpans,
 * coverMatrix); its rows are checked against the people away in the window counted independently from every absence.
 */
import type { WorkbenchServer } from '../server';
import { createServices } from '../../src/data/sp/createServices';
import { f } from '../../src/data/odata';
import { addDays, compareIsoDates, todayInHelsinki } from '../../src/domain/dates';
import { awayInWeeks, coverMatrix, coverSpans } from '../../src/domain/cover';
import { coverOptions } from '../../src/data/queries/coverSettings';
import { loadHandoverBrief } from '../../src/data/queries/handover';
import type { Absence } from '../../src/domain/types';
import { generateAbsenceVolume } from '../demo/volume';
import { DEMO_PEOPLE, ORK_SITE } from '../demo/people';
import { spForSite } from '../demo/seed';

export interface TimelineFigure {
  absences: number;
  people: number;
  accounts: number;
  years: string;
  /** Absences the window's query returned. */
  inWindow: number;
  rows: number;
  spans: number;
  warnings: number;
  matrixRows: number;
  readMs: number;
  computeMs: number;
  generateMs: number;
}

export interface BriefFigure {
  latencyMs: number;
  httpRequests: number;
  batchParts: number;
  roundTrips: number;
  ms: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** People for the volume: the local service knows only its directory, so the bench adds fictional managers to it. */
function volumePeople(count: number): string[] {
  const upns: string[] = [];
  for (let i = 1; i <= count; i++) {
    const upn = `tuuraaja.${i}@asiakkuus.example`;
    if (!DEMO_PEOPLE.some((p) => p.upn === upn)) {
      // The service reads the same array it was given (workbench/server.ts passes DEMO_PEOPLE): bench-only people.
      DEMO_PEOPLE.push({
        id: `0b6f1c2e-1a11-4c6e-9d02-${String(i).padStart(12, '0')}`,
        upn,
        mail: upn,
        displayName: `Tuuraaja ${i}`,
        jobTitle: 'Asiakaspäällikkö',
        department: 'Volyymi',
        preferredLanguage: 'fi-FI',
        sitePermissions: {},
        groups: {},
        role: 'accountManager',
        presence: { availability: 'Available', activity: 'Available' },
      });
    }
    upns.push(upn);
  }
  return upns;
}

export async function measureTeamTimeline(server: WorkbenchServer, owner: string, opts: { absences?: number; accounts?: number; people?: number; runs?: number } = {}): Promise<TimelineFigure> {
  const siteUrl = server.siteUrls.ork;
  const started = Date.now();
  const vol = await generateAbsenceVolume({ siteUrl, upn: owner, sitePath: ORK_SITE, accounts: opts.accounts ?? 300, absences: opts.absences ?? 2000, people: volumePeople(opts.people ?? 60) });
  const generateMs = Date.now() - started;
  const services = createServices(spForSite(siteUrl, owner));
  const today = todayInHelsinki();
  const last = addDays(today, 27);

  const read = () =>
    services.batch((repos) => ({
      // The indexed end date first: current and future absences only, then those starting in the four weeks.
      absences: repos.absences.find({ filter: f.and(f.ge('end', today), f.le('start', last)), top: 5000 }),
      accounts: repos.accounts.find({ filter: f.eq('active', true), top: 5000 }),
      settings: repos.settings.find({ top: 500 }),
    }));
  const readTimes: number[] = [];
  const computeTimes: number[] = [];
  let figure: Omit<TimelineFigure, 'readMs' | 'computeMs' | 'generateMs' | 'years'> | undefined;
  for (let i = 0; i < (opts.runs ?? 5); i++) {
    const t0 = Date.now();
    const r = await read();
    readTimes.push(Date.now() - t0);
    if (!r.absences.ok || !r.accounts.ok) throw new Error('the timeline read failed');
    const absences = r.absences.value;
    const accounts = r.accounts.value;
    const options = coverOptions(r.settings.ok ? r.settings.value : []);
    const t1 = Date.now();
    const rows = awayInWeeks(absences, today, 4);
    const cover = coverSpans(accounts, absences, today, last, options);
    const matrix = coverMatrix(accounts, absences);
    computeTimes.push(Date.now() - t1);
    figure = { absences: vol.absences, people: vol.people, accounts: accounts.length, inWindow: absences.length, rows: rows.length, spans: cover.spans.length, warnings: cover.warnings.length, matrixRows: matrix.rows.length };
  }

  // Independently: every absence (walked page by page), the people with one overlapping the window.
  const all: Absence[] = [];
  for await (const page of services.repos.absences.pages({}, 5000)) all.push(...page);
  const away = new Set(all.filter((a) => compareIsoDates(a.start, last) <= 0 && compareIsoDates(a.end, today) >= 0).map((a) => a.person.id));
  if (figure!.rows !== away.size) throw new Error(`team timeline: ${figure!.rows} rows, but ${away.size} people are away in the window`);
  if (all.filter((a) => a.clientKey?.startsWith('vol:cover:')).length !== vol.absences) throw new Error('team timeline: the volume is not all there');
  return { ...figure!, years: `${vol.from} … ${vol.to}`, readMs: median(readTimes), computeMs: median(computeTimes), generateMs };
}

/** The brief's data for one covered account of the demo (Elina's OPV while she is away), at `latencyMs` on every request. */
export async function measureHandoverBrief(server: WorkbenchServer, upn: string, latencyMs: number, sequentialRoundTrips: (t: { start: number; end: number; digest: boolean }[]) => number): Promise<BriefFigure> {
  const services = createServices(spForSite(server.siteUrls.ork, upn));
  const today = todayInHelsinki();
  const [accounts, absences] = await Promise.all([services.repos.accounts.all(), services.repos.absences.find({ filter: f.and(f.ge('end', today), f.le('start', today)), top: 500 })]);
  const opv = accounts.find((a) => a.abbreviation === 'OPV');
  const elina = absences.find((a) => a.clientKey === 'demo:ork:absence:elina-loma');
  if (!opv || !elina) throw new Error('handover brief: the demo has no OPV or no Elina holiday today');
  await loadHandoverBrief(services, { accountId: opv.id, absenceId: elina.id, today }); // warm (digest, user)
  server.sp.faults.latencyMs = latencyMs;
  server.sp.requestLog.clear();
  const t0 = Date.now();
  try {
    await loadHandoverBrief(services, { accountId: opv.id, absenceId: elina.id, today });
  } finally {
    server.sp.faults.latencyMs = 0;
  }
  const ms = Date.now() - t0;
  const log = server.sp.requestLog.entries().filter((e) => /\/_api\//.test(e.url));
  const timed = log.map((e) => ({ start: Date.parse(e.at), end: Date.parse(e.at) + e.ms, digest: /\/_api\/contextinfo/i.test(e.url) }));
  return { latencyMs, httpRequests: log.length, batchParts: log.reduce((n, e) => n + (e.batchParts?.length ?? 0), 0), roundTrips: sequentialRoundTrips(timed.filter((t) => !t.digest)), ms };
}
