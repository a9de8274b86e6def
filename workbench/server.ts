/**
 * The workbench server: ONE node:http server on the loopback interface serving, from one origin (so CORS never
 * comes up), the local SharePoint service (`<site>/_api/**`, `/_local/**`), the local Graph service
 * (`/graph/v1.0/**`) and the built workbench page (`/`, static files from workbench/page/dist/).
 *
 * mode 'empty': the three sites exist, nothing provisioned. mode 'demo': after listening, a fresh database is filled
 * through the product's own repositories (workbench/demo/seed.ts); an already seeded database is reused.
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { createSpService } from './sp-service';
import type { SpService } from './sp-service';
import { createGraphService } from './graph-service';
import { DEMO_PEOPLE } from './demo/people';
import { WORKBENCH_SITES, type SiteKey } from './page/sites';
import { createServices } from '../src/data/sp/createServices';
import { todayInHelsinki } from '../src/domain/dates';

export type WorkbenchMode = 'empty' | 'demo';

export interface WorkbenchServerOptions {
  /** 0 picks a free port. */
  port: number;
  dbFile: string;
  mode: WorkbenchMode;
  /** Serve the built page from workbench/page/dist/ (default true). */
  servePage?: boolean;
  log?: (message: string) => void;
}

export interface WorkbenchServer {
  /** e.g. http://127.0.0.1:4400 */
  origin: string;
  /** Each demo site's absolute URL: ork, hepa and city. */
  siteUrls: Record<SiteKey, string>;
  sp: SpService;
  /** True when this start filled the demo data (false: empty mode, or an existing demo database was reused). */
  seeded: boolean;
  close(): Promise<void>;
}

export const PAGE_DIST = path.join(__dirname, 'page', 'dist');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * What a SharePoint page carries for the scripts on it and the workbench page emulates: per site, the form digest
 * (SPFx's `legacyPageContext.formDigestValue`), so the first write needs no `contextinfo` round trip.
 */
export const PAGE_CONTEXT_GLOBAL = '__ACCOUNT_CARE_PAGE__';

function pageContextScript(sp: SpService): string {
  const digests = Object.fromEntries(WORKBENCH_SITES.map((s) => [s.serverRelativeUrl, sp.pageDigest(s.serverRelativeUrl)]));
  // JSON inside <script>: escape '<' so no value can close the element.
  const json = JSON.stringify({ digests }).replace(/</g, '\\u003c');
  return `<script>window.${PAGE_CONTEXT_GLOBAL} = ${json};</script>`;
}

function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, sp: SpService): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = new URL(req.url || '/', 'http://local');
  let rel: string;
  try {
    rel = decodeURIComponent(url.pathname);
  } catch {
    return false;
  }
  if (rel === '/' || rel === '') rel = '/index.html';
  const file = path.normalize(path.join(PAGE_DIST, rel));
  if (!file.startsWith(PAGE_DIST + path.sep)) return false;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    if (rel === '/index.html') {
      const text = 'The workbench page is not built. Run: npm run build:page\nTyöpöytäsivua ei ole koottu. Aja: npm run build:page\n';
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
      return true;
    }
    return false;
  }
  if (!stat.isFile()) return false;
  if (rel === '/index.html') {
    const html = fs.readFileSync(file, 'utf8').replace('<script type="module"', `${pageContextScript(sp)}\n<script type="module"`);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(html), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.end(req.method === 'HEAD' ? undefined : html);
    return true;
  }
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
  return true;
}

/** Opening a site URL (SITE_URL) in a browser shows that site in the workbench page. */
function redirectSiteRoot(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  if (req.method !== 'GET') return false;
  const pathname = new URL(req.url || '/', 'http://local').pathname.replace(/\/$/, '').toLowerCase();
  const site = WORKBENCH_SITES.find((s) => s.serverRelativeUrl.toLowerCase() === pathname);
  if (!site) return false;
  res.writeHead(302, { Location: `/?site=${site.key}` });
  res.end();
  return true;
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * A demo database counts as seeded when every site carries the current version's seed marker (the settings item
 * seedDemo writes last; an older version's marker means the site is topped up). Asked over HTTP through the
 * product's repositories, as the site owner. A half-seeded site (a crash mid-seed) has no marker, so seedDemo runs
 * again and, being idempotent, adds only what is missing.
 */
async function isDemoSeeded(origin: string): Promise<boolean> {
  const { spForSite, hasDemo, SITE_OWNER_UPN } = await import('./demo/seed');
  for (const site of WORKBENCH_SITES) {
    const services = createServices(spForSite(`${origin}${site.serverRelativeUrl}`, SITE_OWNER_UPN));
    // A site never provisioned has no settings list: that lookup fails, which also means "not seeded".
    if (!(await hasDemo(services).catch(() => false))) return false;
  }
  return true;
}

/** The Helsinki day the demo was seeded for (from the ORK site's marker), if known. */
async function demoSeededFor(origin: string): Promise<string | undefined> {
  const { spForSite, demoMarker, SITE_OWNER_UPN } = await import('./demo/seed');
  const marker = await demoMarker(createServices(spForSite(`${origin}${WORKBENCH_SITES[0].serverRelativeUrl}`, SITE_OWNER_UPN))).catch(() => undefined);
  try {
    return marker?.value ? (JSON.parse(marker.value) as { today?: string }).today : undefined;
  } catch {
    return undefined;
  }
}

export async function startWorkbenchServer(options: WorkbenchServerOptions): Promise<WorkbenchServer> {
  const log = options.log ?? (() => undefined);
  const servePage = options.servePage ?? true;
  fs.mkdirSync(path.dirname(path.resolve(options.dbFile)), { recursive: true });
  const freshDb = !fs.existsSync(options.dbFile);

  const sp = createSpService({
    dbFile: options.dbFile,
    directory: DEMO_PEOPLE,
    sites: WORKBENCH_SITES.map((s) => ({ serverRelativeUrl: s.serverRelativeUrl, title: s.title })),
  });
  const graph = createGraphService({ people: DEMO_PEOPLE });

  const server = http.createServer((req, res) => {
    (async () => {
      if (await graph.handle(req, res)) return;
      if (await sp.handle(req, res)) return;
      if (servePage && (serveStatic(req, res, sp) || redirectSiteRoot(req, res))) return;
      sendText(res, 404, `Not found: ${req.method} ${req.url}`);
    })().catch((e: unknown) => {
      log(`Request failed: ${req.method} ${req.url}: ${e instanceof Error ? e.stack || e.message : String(e)}`);
      sendText(res, 500, 'Internal error in the workbench server.');
    });
  });
  server.keepAliveTimeout = 5000;

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (e) {
    sp.close();
    throw e;
  }

  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // sp.origin stays unset: the service answers with the Host header's origin, so a browser that opened
  // http://localhost:<port>/ gets odata.id / nextLink URLs on its own origin (no cross-origin paging).
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    sp.close();
  };

  let seeded = false;
  if (options.mode === 'demo') {
    try {
      if (freshDb || !(await isDemoSeeded(origin))) {
        if (!freshDb) log('A site in the database has no demo data yet, or data of an older demo version: seeding it (nothing already there is duplicated).');
        const started = Date.now();
        log('Seeding the demo organisations (first start only)…');
        const { seedDemo } = await import('./demo/seed');
        await seedDemo({ origin, log });
        seeded = true;
        log(`Demo data ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      } else {
        log('Reusing the existing demo database.');
        const seededFor = await demoSeededFor(origin);
        if (seededFor && seededFor !== todayInHelsinki()) {
          // The demo's "away today", overdue and next-meeting states are relative to the day it was seeded.
          log(`Note: the demo data was created for ${seededFor}; "today" in it is that day. Run with --reset to recreate it for today.`);
        }
      }
    } catch (e) {
      await close();
      throw e;
    }
  }

  return {
    origin,
    siteUrls: Object.fromEntries(WORKBENCH_SITES.map((s) => [s.key, `${origin}${s.serverRelativeUrl}`])) as Record<SiteKey, string>,
    sp,
    seeded,
    close,
  };
}
