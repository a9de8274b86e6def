/**
 * Query throughput of the account tab's typical large-list read: the latest 20 feedback items of one account in
 * the last 30 days, date clause first (`ACDate ge … and ACAccountId eq …`, `$orderby=ACDate desc`, `$top=20`),
 * sent over HTTP through the product's own repository, as fast as a few concurrent clients can for a bounded time.
 *
 * Used by `npm run bench`; also runnable on its own against any running local service:
 *
 *   tsx workbench/bench/queryThroughput.ts --site <site url> --account <id> [--upn <upn>] [--seconds 5]
 *
 * Timings belong here, never in unit or integration tests.
 */
import { createServices } from '../../src/data/sp/createServices';
import { f } from '../../src/data/odata';
import { addDays, todayInHelsinki } from '../../src/domain/dates';
import { SITE_OWNER_UPN, spForSite } from '../demo/seed';

export interface QueryThroughputOptions {
  siteUrl: string;
  upn: string;
  accountId: number;
  /** How long to fire queries (default 5 s); a short warm-up runs before. */
  seconds?: number;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
}

export interface QueryThroughput {
  requestsPerSecond: number;
  medianMs: number;
}

export async function measureQueryThroughput(opts: QueryThroughputOptions): Promise<QueryThroughput> {
  const seconds = opts.seconds ?? 5;
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  const feedback = createServices(spForSite(opts.siteUrl, opts.upn)).repos.feedback;
  const since = addDays(todayInHelsinki(), -30);
  const query = () =>
    feedback.find({ filter: f.and(f.ge('date', since), f.eq('accountId', opts.accountId)), orderBy: [{ prop: 'date', descending: true }], top: 20 });

  // Warm-up: the first requests pay for the form digest, statement preparation and any index the service builds.
  for (let i = 0; i < 5; i++) await query();

  const times: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const t = performance.now();
      await query();
      times.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const medianMs = times.length ? times[Math.floor(times.length / 2)] : NaN;
  return { requestsPerSecond: Math.round((times.length / elapsed) * 10) / 10, medianMs: Math.round(medianMs * 100) / 100 };
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  const siteUrl = arg(argv, 'site');
  const accountId = Number(arg(argv, 'account'));
  if (!siteUrl || !Number.isInteger(accountId)) {
    console.error('usage: tsx workbench/bench/queryThroughput.ts --site <site url> --account <id> [--upn <upn>] [--seconds <s>] [--concurrency <n>]');
    process.exit(2);
  }
  const result = await measureQueryThroughput({
    siteUrl,
    accountId,
    upn: arg(argv, 'upn') ?? SITE_OWNER_UPN,
    seconds: arg(argv, 'seconds') ? Number(arg(argv, 'seconds')) : undefined,
    concurrency: arg(argv, 'concurrency') ? Number(arg(argv, 'concurrency')) : undefined,
  });
  console.log(JSON.stringify(result));
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.stack ?? e.message : e);
    process.exit(1);
  });
}
