/**
 * `npm run local-sp -- --port <p> --db <file> [--empty|--demo] [--reset] [--no-page]`
 *
 * Starts the workbench server (local SharePoint + Graph + page on one loopback origin). The FIRST line of stdout
 * is `SITE_URL=<absolute ORK site url>`; then HEPA_SITE_URL, CITY_SITE_URL, GRAPH_URL, PAGE_URL, ORIGIN. Progress goes to stderr.
 * Ctrl-C / SIGTERM close the server and the database cleanly.
 */
import * as fs from 'fs';
import * as path from 'path';
import { startWorkbenchServer, WorkbenchMode } from './server';

export const DEFAULT_DB = path.join('.data', 'account-care.db');

interface CliArgs {
  port: number;
  db: string;
  mode: WorkbenchMode;
  reset: boolean;
  servePage: boolean;
  quiet: boolean;
}

const USAGE = `Usage: npm run local-sp -- [--port <p>] [--db <file>] [--empty|--demo] [--reset] [--no-page] [--quiet]
  --port <p>   port on 127.0.0.1 (0 = a free one; default 0, or $PORT)
  --db <file>  SQLite database (default ${DEFAULT_DB})
  --empty      sites exist, nothing provisioned (default)
  --demo       seed the three demo organisations on first start; reuse them later
  --reset      delete the database first
  --no-page    do not serve the workbench page
  --quiet      no progress messages on stderr`;

function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { port: process.env.PORT ? Number(process.env.PORT) : 0, db: DEFAULT_DB, mode: 'empty', reset: false, servePage: true, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--port' || a.startsWith('--port=')) args.port = Number(value());
    else if (a === '--db' || a.startsWith('--db=')) args.db = value();
    else if (a === '--empty') args.mode = 'empty';
    else if (a === '--demo') args.mode = 'demo';
    else if (a === '--reset') args.reset = true;
    else if (a === '--no-page') args.servePage = false;
    else if (a === '--quiet') args.quiet = true;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`Unknown option: ${a}`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error(`Invalid port: ${args.port}`);
  return args;
}

export function deleteDatabase(db: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(db + suffix, { force: true });
}

async function main(): Promise<void> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const log = (m: string): void => {
    if (!args.quiet) process.stderr.write(`${m}\n`);
  };
  if (args.reset) {
    deleteDatabase(args.db);
    log(`Deleted ${args.db}`);
  }
  let server;
  try {
    server = await startWorkbenchServer({ port: args.port, dbFile: args.db, mode: args.mode, servePage: args.servePage, log });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') {
      process.stderr.write(
        `Port ${args.port} is already in use (another workbench running?). Stop it or choose another port: --port <p> / PORT=<p>.\n` +
          `Portti ${args.port} on jo käytössä (onko toinen työpöytä käynnissä?). Pysäytä se tai valitse toinen portti.\n`,
      );
      process.exit(3);
    }
    process.stderr.write(`${err.stack || err.message}\n`);
    if (args.mode === 'demo') process.stderr.write(`If the database is half-seeded, start again with --reset.\n`);
    process.exit(1);
  }
  const s = server;
  process.stdout.write(
    [
      `SITE_URL=${s.siteUrls.ork}`,
      `HEPA_SITE_URL=${s.siteUrls.hepa}`,
      `CITY_SITE_URL=${s.siteUrls.city}`,
      `GRAPH_URL=${s.origin}/graph/v1.0`,
      ...(args.servePage ? [`PAGE_URL=${s.origin}/`] : []),
      `ORIGIN=${s.origin}`,
      `DB=${path.resolve(args.db)}`,
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: closing the workbench server…`);
    s.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
    setTimeout(() => process.exit(1), 5000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main();
