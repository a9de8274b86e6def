/** Starts the local SharePoint service on a free loopback port with a temporary SQLite file. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { startStandalone } from '../../workbench/sp-service/standalone';
import { CITY_SITE, DEMO_PEOPLE, HEPA_SITE, ORK_SITE } from '../../workbench/demo/people';
import { startWorkbenchServer, WorkbenchServer } from '../../workbench/server';
import { spForSite } from '../../workbench/demo/seed';
import { createServices } from '../../src/data/sp/createServices';
import type { Services } from '../../src/data/ports';

export type Standalone = Awaited<ReturnType<typeof startStandalone>>;

export async function startLocalSharePoint(): Promise<{ server: Standalone; orkUrl: string; hepaUrl: string; cityUrl: string; dbFile: string; stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ac-int-'));
  const dbFile = path.join(dir, 'sp.db');
  const server = await startStandalone({
    port: 0,
    dbFile,
    directory: DEMO_PEOPLE,
    sites: [
      { serverRelativeUrl: ORK_SITE, title: 'Oikeusrekisterikeskus – asiakkuudenhoito' },
      { serverRelativeUrl: HEPA_SITE, title: 'Vantaan Henkilöstöpalvelut – asiakkuudenhoito' },
      { serverRelativeUrl: CITY_SITE, title: 'Kaupungin ICT-palvelut – kumppanuudet' },
    ],
  });
  return {
    server,
    dbFile,
    orkUrl: `${server.origin}${ORK_SITE}`,
    hepaUrl: `${server.origin}${HEPA_SITE}`,
    cityUrl: `${server.origin}${CITY_SITE}`,
    stop: async () => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** PnPjs exactly as the workbench page builds it, with the user passed as a header instead of a cookie. */
export function spAs(siteUrl: string, upn: string): SPFI {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-AC-User': upn }));
}

export const OWNER = 'johan.westerberg@asiakkuus.example';
export const MANAGER = 'aino.virtanen@asiakkuus.example';
export const COLLEAGUE = 'mikko.korhonen@asiakkuus.example';
export const RESPONDENT = 'kaisa.ojala@asiakkuus.example';
export const LEADER = 'sari.heikkinen@asiakkuus.example';

export type DemoSite = 'ork' | 'hepa' | 'city';

export interface DemoWorkbench {
  /** Throws if read before the helper's beforeAll has run (e.g. at module level). */
  readonly server: WorkbenchServer;
  /** The services as `${alias}@asiakkuus.example` sees them on the site (ork unless told). */
  as(alias: string, site?: DemoSite): Services;
  /** The SharePoint API calls since the request log was last cleared, "METHOD /path" without the query. */
  apiCalls(): string[];
  /** "POST <site path>/_api/$batch", what one batched read looks like in apiCalls(). */
  batchPost(site?: DemoSite): string;
}

/** Starts a demo workbench (no page) for the calling test file and stops it after; the name labels its temp dir. */
export function useDemoWorkbench(name: string): DemoWorkbench {
  let server: WorkbenchServer | undefined;
  let dir: string | undefined;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), `ac-${name}-`));
    server = await startWorkbenchServer({ port: 0, dbFile: path.join(dir, `${name}.db`), mode: 'demo', servePage: false });
  });

  afterAll(async () => {
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const started = (): WorkbenchServer => {
    if (!server) throw new Error(`useDemoWorkbench('${name}'): the server is not running; use it inside a test or a later beforeAll`);
    return server;
  };
  const sitePath = (url: string): string => url.replace(/^https?:\/\/[^/]+/, '');

  return {
    get server() {
      return started();
    },
    as: (alias, site = 'ork') => createServices(spForSite(started().siteUrls[site], `${alias}@asiakkuus.example`)),
    apiCalls: () =>
      started()
        .sp.requestLog.entries()
        .filter((e) => /_api/.test(e.url) && !/contextinfo/.test(e.url))
        .map((e) => `${e.method} ${sitePath(e.url).replace(/\?.*/, '')}`),
    batchPost: (site = 'ork') => `POST ${sitePath(started().siteUrls[site])}/_api/$batch`,
  };
}
