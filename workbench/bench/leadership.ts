/**
 * The leadership situation picture at scale: the demo's ORK site plus 300 accounts with a year of data in every list
 * (workbench/bench/leadershipVolume.ts: the clock items and the survey responses each past 5,000), then the first
 * screen's read (`loadSituationPicture`) as leadership at 200 ms injected latency with the request log: `$batch`
 * POSTs (budget: one; two when a slice is over the threshold), the requests inside them, the sequential round trips,
 * the time to data, the aggregation time on what was read, and every row's overdue clock items checked against an
 * independent count by ID pages.
 */
import { createServices } from '../../src/data/sp/createServices';
import { loadSituationPicture, SituationData } from '../../src/data/queries/leadership';
import { buildSituationPicture } from '../../src/domain/situationPicture';
import { todayInHelsinki } from '../../src/domain/dates';
import type { ClockOccurrence } from '../../src/domain/types';
import { DEMO_PEOPLE, hasSiteAccess, ORK_SITE } from '../demo/people';
import { spForSite } from '../demo/seed';
import type { WorkbenchServer } from '../server';
import { generateLeadershipVolume } from './leadershipVolume';

export interface LeadershipScaleFigure {
  accounts: number;
  /** Items the volume added per list. */
  volume: Record<string, number>;
  generateMs: number;
  /** Items on the two lists past the threshold, counted by ID pages. */
  occurrencesOnList: number;
  responsesOnList: number;
  rows: number;
  /** Items the read returned per list. */
  read: SituationData['read'];
  batchPosts: number;
  batchParts: number;
  roundTrips: number;
  latencyMs: number;
  /** From the call to the data, at `latencyMs` on every SharePoint request. */
  readMs: number;
  /** buildSituationPicture on what was read: the first run, and the median of the later ones. */
  aggregateMs: number;
  aggregateWarmMs: number;
  /** Rows whose overdue clock count differs from the independent count. */
  mismatches: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureLeadershipAtScale(
  server: WorkbenchServer,
  writerUpn: string,
  readerUpn: string,
  sequentialRoundTrips: (t: { start: number; end: number; digest: boolean }[]) => number,
  opts: { accounts?: number; latencyMs?: number } = {},
): Promise<LeadershipScaleFigure> {
  const siteUrl = server.siteUrls.ork;
  const today = todayInHelsinki();
  const year = Number(today.slice(0, 4));
  const latencyMs = opts.latencyMs ?? 200;
  const managers = DEMO_PEOPLE.filter((p) => (p.role === 'accountManager' || p.role === 'workPair') && hasSiteAccess(p, ORK_SITE)).map((p) => p.upn);
  const vol = await generateLeadershipVolume({ siteUrl, upn: writerUpn, managers, today, accounts: opts.accounts ?? 300 });

  // The independent count: every clock item and response, paged by ID (which SharePoint always allows).
  const writer = createServices(spForSite(siteUrl, writerUpn));
  const occurrences: ClockOccurrence[] = [];
  for await (const page of writer.repos.clockCompletions.pages({ select: ['accountId', 'dueDate', 'done'] }, 5000)) occurrences.push(...page);
  let responsesOnList = 0;
  for await (const page of writer.repos.surveyResponses.pages({ select: ['accountId'] }, 5000)) responsesOnList += page.length;
  const overdue = new Map<number, number>();
  for (const o of occurrences) if (o.accountId && !o.done && o.dueDate >= `${year}-01-01` && o.dueDate < today) overdue.set(o.accountId, (overdue.get(o.accountId) ?? 0) + 1);

  const reader = createServices(spForSite(siteUrl, readerUpn));
  await loadSituationPicture(reader, today); // warm: digest and user
  server.sp.faults.latencyMs = latencyMs;
  server.sp.requestLog.clear();
  const r0 = Date.now();
  let data: SituationData;
  try {
    data = await loadSituationPicture(reader, today);
  } finally {
    server.sp.faults.latencyMs = 0;
  }
  const readMs = Date.now() - r0;
  const log = server.sp.requestLog.entries().filter((e) => /\/_api\//.test(e.url));
  const timed = log.map((e) => ({ start: Date.parse(e.at), end: Date.parse(e.at) + e.ms, digest: /\/_api\/contextinfo/i.test(e.url) }));
  const runs: number[] = [];
  for (let i = 0; i < 4; i++) {
    const a0 = performance.now();
    buildSituationPicture(data.input);
    runs.push(Math.round(performance.now() - a0));
  }
  return {
    accounts: vol.accountIds.length,
    volume: vol.counts,
    generateMs: vol.generateMs,
    occurrencesOnList: occurrences.length,
    responsesOnList,
    rows: data.picture.rows.length,
    read: data.read,
    batchPosts: log.filter((e) => /\$batch/.test(e.url)).length,
    batchParts: log.reduce((n, e) => n + (e.batchParts?.length ?? 0), 0),
    roundTrips: sequentialRoundTrips(timed.filter((t) => !t.digest)),
    latencyMs,
    readMs,
    aggregateMs: runs[0],
    aggregateWarmMs: median(runs.slice(1)),
    mismatches: data.picture.rows.filter((row) => row.clock.overdue !== (overdue.get(row.account.id) ?? 0)).length,
  };
}

export function printLeadershipAtScale(f: LeadershipScaleFigure): void {
  const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  console.log(`\n## Situation picture (leadership; ${f.latencyMs} ms latency)\n`);
  console.log(
    `- ${f.accounts} more accounts with a year of data through the repositories in ${(f.generateMs / 1000).toFixed(1)} s (${Object.entries(f.volume).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}); the lists hold ${f.occurrencesOnList.toLocaleString('en')} clock items and ${f.responsesOnList.toLocaleString('en')} survey responses (past the 5,000 threshold: ${met(f.occurrencesOnList > 5000 && f.responsesOnList > 5000)})`,
  );
  console.log(`- the first screen (loadSituationPicture): ${f.batchPosts} $batch POST(s) with ${f.batchParts} requests inside, ${f.roundTrips} sequential round trip(s) under SPFx, ${f.readMs} ms to data → at most two: ${met(f.batchPosts <= 2)}`);
  console.log(`- read: ${Object.entries(f.read).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}; ${f.rows} rows`);
  console.log(`- aggregation (buildSituationPicture) on what was read: first run ${f.aggregateMs} ms, again ${f.aggregateWarmMs} ms`);
  console.log(`- correct: ${f.mismatches} rows whose overdue clock items differ from an independent count by ID pages → ${met(f.mismatches === 0)}`);
}
