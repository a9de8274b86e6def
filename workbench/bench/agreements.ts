/**
 * The agreement portfolio at scale: 300 accounts × 10 years of agreements with their histories (tens of thousands of
 * history items, far past the 5,000-item threshold) written through the product's repositories, then leadership's
 * portfolio of next year (`loadPortfolio`) at 200 ms latency with the request log: `$batch` POSTs, sequential round
 * trips (budget: one `$batch`), time, and every row checked against an independent count by ID pages.
 */
import { createServices } from '../../src/data/sp/createServices';
import { loadPortfolio } from '../../src/data/queries/agreements';
import { todayInHelsinki } from '../../src/domain/dates';
import type { Account, Agreement } from '../../src/domain/types';
import { generateAgreementVolume } from '../demo/volume';
import { spForSite } from '../demo/seed';
import type { WorkbenchServer } from '../server';

export interface PortfolioScaleFigure {
  accounts: number;
  agreements: number;
  history: number;
  /** History items on the list, counted by ID pages (the demo's and the volume's). */
  historyOnList: number;
  generateMs: number;
  year: number;
  /** Active accounts and next year's agreements counted independently, and as the portfolio returned them. */
  expectedRows: number;
  rows: number;
  expectedAgreements: number;
  withAgreement: number;
  /** Rows whose agreement (id and stage) differs from the independent read. */
  mismatches: number;
  batchPosts: number;
  batchParts: number;
  roundTrips: number;
  readMs: number;
}

export async function measurePortfolioAtScale(
  server: WorkbenchServer,
  writerUpn: string,
  readerUpn: string,
  sequentialRoundTrips: (t: { start: number; end: number; digest: boolean }[]) => number,
  opts: { accounts?: number; years?: number } = {},
): Promise<PortfolioScaleFigure> {
  const siteUrl = server.siteUrls.ork;
  const today = todayInHelsinki();
  const year = Number(today.slice(0, 4)) + 1;
  const t0 = Date.now();
  const vol = await generateAgreementVolume({ siteUrl, upn: writerUpn, accounts: opts.accounts ?? 300, years: opts.years ?? 10, lastYear: year });
  const generateMs = Date.now() - t0;

  // The independent count: every account, agreement and history item, paged by ID (which SharePoint always allows).
  const writer = createServices(spForSite(siteUrl, writerUpn));
  const accounts: Account[] = [];
  for await (const page of writer.repos.accounts.pages({}, 5000)) accounts.push(...page.filter((a) => a.active));
  const ofYear = new Map<number, Agreement>();
  for await (const page of writer.repos.agreements.pages({}, 5000)) {
    for (const a of page) if (a.year === year && (!ofYear.has(a.accountId) || a.id > ofYear.get(a.accountId)!.id)) ofYear.set(a.accountId, a);
  }
  let historyOnList = 0;
  for await (const page of writer.repos.agreementHistory.pages({ select: ['toStage'] }, 5000)) historyOnList += page.length;

  const reader = createServices(spForSite(siteUrl, readerUpn));
  await loadPortfolio(reader, year, today); // warm: digest and user
  server.sp.faults.latencyMs = 200;
  server.sp.requestLog.clear();
  const r0 = Date.now();
  let data: Awaited<ReturnType<typeof loadPortfolio>>;
  try {
    data = await loadPortfolio(reader, year, today);
  } finally {
    server.sp.faults.latencyMs = 0;
  }
  const readMs = Date.now() - r0;
  const log = server.sp.requestLog.entries().filter((e) => /\/_api\//.test(e.url));
  const timed = log.map((e) => ({ start: Date.parse(e.at), end: Date.parse(e.at) + e.ms, digest: /\/_api\/contextinfo/i.test(e.url) }));
  const active = new Set(accounts.map((a) => a.id));
  const mismatches = data.rows.filter((row) => {
    const expected = ofYear.get(row.account.id);
    return expected?.id !== row.agreement?.id || expected?.stage !== row.agreement?.stage;
  }).length;
  return {
    accounts: vol.accountIds.length,
    agreements: vol.agreements,
    history: vol.history,
    historyOnList,
    generateMs,
    year,
    expectedRows: accounts.length,
    rows: data.rows.length,
    expectedAgreements: [...ofYear.keys()].filter((id) => active.has(id)).length,
    withAgreement: data.rows.filter((row) => row.agreement).length,
    mismatches,
    batchPosts: log.filter((e) => /\$batch/.test(e.url)).length,
    batchParts: log.reduce((n, e) => n + (e.batchParts?.length ?? 0), 0),
    roundTrips: sequentialRoundTrips(timed.filter((t) => !t.digest)),
    readMs,
  };
}

export function printPortfolioAtScale(f: PortfolioScaleFigure): void {
  const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  console.log(`\n## Agreement portfolio (leadership, next year ${f.year}; 200 ms latency)\n`);
  console.log(
    `- created ${f.accounts} accounts × ${Math.round(f.agreements / Math.max(f.accounts, 1))} years = ${f.agreements.toLocaleString('en')} agreements and ${f.history.toLocaleString('en')} history items through the repositories in ${(f.generateMs / 1000).toFixed(1)} s; the history list holds ${f.historyOnList.toLocaleString('en')} (past the 5,000 threshold: ${met(f.historyOnList > 5000)})`,
  );
  console.log(`- the portfolio's read (loadPortfolio): ${f.batchPosts} $batch POST(s) with ${f.batchParts} requests inside, ${f.roundTrips} sequential round trip(s) under SPFx, ${f.readMs} ms → one batch: ${met(f.batchPosts === 1 && f.roundTrips === 1)}`);
  console.log(
    `- correct: ${f.rows} rows for ${f.expectedRows} active accounts, ${f.withAgreement} with an agreement of ${f.year} against ${f.expectedAgreements} counted by ID pages, ${f.mismatches} rows whose agreement or stage differs → ${met(f.rows === f.expectedRows && f.withAgreement === f.expectedAgreements && f.mismatches === 0)}`,
  );
}
