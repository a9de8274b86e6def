/**
 * Benchmarks (figures for the closing notes; timings live here, never in unit tests):
 *  1. requests per view: what one page load of each view sends to SharePoint and Graph (from the local
 *     service's request log, $batch parts counted separately), and the time until the view shows content;
 *  2. bundle sizes: the SPFx bundles in dist/ (after `npm run ship`) and the workbench page, raw and gzip;
 *  3. large lists: 100,000 feedback items, then an indexed query, a full async-iterator walk, the threshold
 *     refusing a non-indexed filter, and the account tab's render time with that list behind it.
 *
 *   npm run bench [-- --volume 100000] [--keep]
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { chromium, Browser } from 'playwright-core';
import { startWorkbenchServer, WorkbenchServer } from '../server';
import { createServices } from '../../src/data/sp/createServices';
import { f } from '../../src/data/odata';
import { addDays, todayInHelsinki } from '../../src/domain/dates';
import { generateFeedbackVolume } from '../demo/volume';
import { loadAccountTab } from '../../src/data/queries/accountTab';
import { spForSite } from '../demo/seed';
import { DEMO_PEOPLE } from '../demo/people';

const ROOT = path.join(__dirname, '..', '..');
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const VOLUME = Number(arg('volume', '100000'));
const OWNER = DEMO_PEOPLE.find((p) => p.role === 'siteOwner')!.upn;
const MANAGER = DEMO_PEOPLE.find((p) => p.role === 'accountManager')!.upn;

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

interface ViewFigure {
  view: string;
  /** The request lines as the service logged them (batch parts indented). */
  requests: string[];
  httpRequests: number;
  batchPosts: number;
  batchParts: number;
  graphRequests: number;
  msToContent: number;
}

async function measureView(browser: Browser, server: WorkbenchServer, label: string, query: string, ready: string): Promise<ViewFigure> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Load the shell once (static files, fonts), then measure a fresh app start on the same page.
  server.sp.requestLog.clear();
  const started = Date.now();
  await page.goto(`${server.origin}/?${query}`);
  await page.waitForSelector(ready, { timeout: 60_000 });
  const msToContent = Date.now() - started;
  await page.waitForTimeout(500); // let non-blocking calls (presence) finish so they are counted
  const log = server.sp.requestLog.entries().filter((e) => /\/_api\//.test(e.url));
  const graph = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /\/graph\//.test(r.name)).length);
  await page.close();
  const requests = log.flatMap((e) => [`${e.method} ${decodeURIComponent(e.url.replace(server.origin, ''))} → ${e.status}`, ...(e.batchParts ?? []).map((p) => `    ${decodeURIComponent(p.replace(server.origin, ''))}`)]);
  return {
    view: label,
    requests,
    httpRequests: log.length,
    batchPosts: log.filter((e) => /\$batch/.test(e.url)).length,
    batchParts: log.reduce((n, e) => n + (e.batchParts?.length ?? 0), 0),
    graphRequests: graph,
    msToContent,
  };
}

/** The newest file of each bundle (dist/ keeps older hashed builds until `gulp clean`); locale files left out. */
function sizes(dir: string, filter: RegExp): { file: string; kb: number; gzipKb: number }[] {
  if (!fs.existsSync(dir)) return [];
  const newest = new Map<string, { file: string; mtime: number }>();
  for (const file of fs.readdirSync(dir).filter((f) => filter.test(f) && !/Strings_/.test(f))) {
    const name = file.replace(/_[0-9a-f]{20}\.js$/, '');
    const mtime = fs.statSync(path.join(dir, file)).mtimeMs;
    if (!newest.has(name) || newest.get(name)!.mtime < mtime) newest.set(name, { file, mtime });
  }
  return [...newest.values()]
    .map(({ file }) => file)
    .map((file) => {
      const buf = fs.readFileSync(path.join(dir, file));
      return { file, kb: Math.round(buf.length / 1024), gzipKb: Math.round(zlib.gzipSync(buf).length / 1024) };
    });
}

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = Date.now();
  const value = await fn();
  return { ms: Date.now() - t, value };
}

async function median(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(fn)).ms);
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ac-bench-'));
  const server = await startWorkbenchServer({ port: 0, dbFile: path.join(dir, 'bench.db'), mode: 'demo', servePage: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const views: [string, string, string][] = [
      ['site contents (ORK, owner)', `view=siteContents&site=ork&user=${OWNER}&lang=fi-FI`, '[data-testid="total-items"]'],
      ['account tab in Teams channel KHO (manager)', `view=accountTab&site=ork&user=${MANAGER}&lang=fi-FI&host=teams&channel=${encodeURIComponent('19:kho@thread.tacv2')}`, '[data-testid="account-tab"]'],
      ['my accounts (personal app)', `view=myAccounts&site=ork&user=${MANAGER}&lang=fi-FI&host=personal`, 'main'],
    ];
    const before: ViewFigure[] = [];
    for (const [label, q, ready] of views) before.push(await measureView(browser, server, label, q, ready));

    const bundles = [...sizes(path.join(ROOT, 'dist'), /\.js$/), ...sizes(path.join(ROOT, 'workbench', 'page', 'dist'), /\.js$/).map((b) => ({ ...b, file: `workbench page: ${b.file}` }))];

    // Large list.
    const sp = spForSite(server.siteUrls.ork, OWNER);
    const services = createServices(sp);
    const accounts = await services.repos.accounts.find({ filter: f.eq('active', true), top: 100 });
    const gen = await timed(() => generateFeedbackVolume({ siteUrl: server.siteUrls.ork, upn: OWNER, count: VOLUME, accountIds: accounts.map((a) => a.id) }));
    const kho = accounts.find((a) => a.abbreviation === 'KHO')!;
    const today = todayInHelsinki();
    const indexedMs = await median(() =>
      services.repos.feedback.find({ filter: f.and(f.ge('date', addDays(today, -30)), f.eq('accountId', kho.id)), orderBy: [{ prop: 'date', descending: true }], top: 20 }),
    );
    let limited: number | undefined;
    const tabMs = await median(async () => {
      limited = (await loadAccountTab(services, kho.id, today)).recentLimitedToDays;
    });
    let walked = 0;
    const walk = await timed(async () => {
      for await (const page of services.repos.feedback.pages({}, 5000)) walked += page.length;
    });
    const threshold = await sp.web.lists
      .getByTitle('ACFeedback')
      .items.filter("ACReasonOther eq 'x'")
      .top(10)()
      .then(
        () => (walked > 5000 ? 'NOT refused (wrong: SharePoint refuses this over 5,000 items)' : `answered (the list holds ${walked} items, under the threshold)`),
        (e: { status?: number }) => `refused with HTTP ${e.status} (SPQueryThrottledException), as SharePoint does over 5,000 items`,
      );
    const after = await measureView(browser, server, `account tab KHO with ${VOLUME.toLocaleString('en')} feedback items`, views[1][1], views[1][2]);

    console.log('\n## Requests per view (one page load)\n');
    console.log('| view | HTTP requests to SharePoint | of which $batch POSTs | requests inside batches | Graph requests | ms to content |');
    console.log('|---|---|---|---|---|---|');
    for (const v of [...before, after]) console.log(`| ${v.view} | ${v.httpRequests} | ${v.batchPosts} | ${v.batchParts} | ${v.graphRequests} | ${v.msToContent} |`);
    console.log(`\n## Request log of one page load: ${before[1].view}\n`);
    console.log('```');
    for (const line of before[1].requests) console.log(line);
    console.log('```');
    console.log('\n## Bundles\n');
    console.log('| file | KiB | gzip KiB |');
    console.log('|---|---|---|');
    for (const b of bundles) console.log(`| ${b.file} | ${b.kb} | ${b.gzipKb} |`);
    if (!fs.existsSync(path.join(ROOT, 'dist'))) console.log('(run `npm run ship` first for the SPFx bundle sizes)');
    console.log('\n## Large list\n');
    console.log(`- created ${VOLUME.toLocaleString('en')} feedback items through the repository in ${(gen.ms / 1000).toFixed(1)} s`);
    console.log(`- latest 20 feedback of one account in the last 30 days (indexed date first, then account): median ${indexedMs} ms`);
    console.log(`- the account tab's whole data load for KHO: median ${tabMs} ms${limited ? ` (a year of feedback exceeds the threshold: shows the last ${limited} days)` : ''}`);
    console.log(`- walked all ${walked.toLocaleString('en')} feedback items with the async iterator (pages of 5,000): ${(walk.ms / 1000).toFixed(1)} s`);
    console.log(`- a filter on a non-indexed column: ${threshold}`);
  } finally {
    await browser.close();
    await server.close();
    if (!process.argv.includes('--keep')) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
