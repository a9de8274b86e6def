#!/usr/bin/env node
/**
 * `npm start`: builds the workbench page, then serves the demo organisations on http://127.0.0.1:4400/
 * (PORT overrides). The first start seeds the demo database (.data/account-care.db); later starts reuse it;
 * `npm start -- --reset` seeds it again. Ctrl-C stops.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const reset = args.includes('--reset');
const unknown = args.filter((a) => a !== '--reset');
if (unknown.length) {
  console.error(`Unknown option(s): ${unknown.join(' ')}\nUsage: npm start [-- --reset]   (PORT=<p> npm start to change the port)`);
  process.exit(2);
}
const port = process.env.PORT || '4400';
const db = process.env.AC_DB || join('.data', 'account-care.db');

function run(cmd, cmdArgs, opts = {}) {
  return spawn(cmd, cmdArgs, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], ...opts });
}

const tsx = ['--import', 'tsx'];

console.log('Kootaan työpöytäsivu… / Building the workbench page…');
const build = run(process.execPath, [...tsx, 'workbench/page/build.ts']);
build.on('exit', (code) => {
  if (code !== 0) {
    console.error('The page build failed. / Sivun kokoaminen epäonnistui.');
    process.exit(code ?? 1);
  }
  startServer();
});

function startServer() {
  console.log(
    reset
      ? 'Luodaan esittelytiedot alusta (--reset)… / Re-seeding the demo data (--reset)…'
      : 'Käynnistetään paikallinen SharePoint- ja Graph-palvelu… / Starting the local SharePoint and Graph service…',
  );
  const cliArgs = [...tsx, 'workbench/cli.ts', '--port', port, '--db', db, '--demo', ...(reset ? ['--reset'] : [])];
  const server = spawn(process.execPath, cliArgs, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  // Progress on stderr, without the per-list/per-field provisioning lines ("[ork] + field …").
  createInterface({ input: server.stderr }).on('line', (line) => {
    if (!/^\[\w+\] \+ /.test(line)) console.error(line);
  });
  const values = {};
  const lines = createInterface({ input: server.stdout });
  lines.on('line', (line) => {
    const m = /^([A-Z_]+)=(.*)$/.exec(line);
    if (!m) {
      console.log(line);
      return;
    }
    values[m[1]] = m[2];
    if (m[1] === 'DB') banner(values);
  });
  const forward = (signal) => () => server.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  server.on('exit', (code, signal) => {
    // Exit code 3: the port is busy (the CLI has said so); add the npm start way to pick another.
    if (code === 3) console.error(`→ PORT=${Number(port) + 1} npm start`);
    process.exit(code ?? (signal ? 0 : 1));
  });
}

function banner(v) {
  const url = v.PAGE_URL;
  const line = '═'.repeat(Math.max(60, url.length + 24));
  console.log(`
${line}
  Asiakkuudenhoito – paikallinen työpöytä on käynnissä:
  Account Care – the local workbench is running:

      ${url}

  Avaa osoite selaimessa. / Open the address in a browser.
  SharePoint (ORK):   ${v.SITE_URL}
  SharePoint (HEPA):  ${v.HEPA_SITE_URL}
  SharePoint (ICT):   ${v.CITY_SITE_URL}
  Graph:              ${v.GRAPH_URL}
  Tietokanta / DB:    ${v.DB}
  Pysäytä: Ctrl-C.  Esittelytiedot alusta: npm start -- --reset
  Stop: Ctrl-C.     Re-seed the demo data: npm start -- --reset
${line}
`);
}
