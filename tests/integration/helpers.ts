/** Starts the local SharePoint service on a free loopback port with a temporary SQLite file. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { startStandalone } from '../../workbench/sp-service/standalone';
import { DEMO_PEOPLE, HEPA_SITE, ORK_SITE } from '../../workbench/demo/people';

export type Standalone = Awaited<ReturnType<typeof startStandalone>>;

export async function startLocalSharePoint(): Promise<{ server: Standalone; orkUrl: string; hepaUrl: string; dbFile: string; stop: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ac-int-'));
  const dbFile = path.join(dir, 'sp.db');
  const server = await startStandalone({
    port: 0,
    dbFile,
    directory: DEMO_PEOPLE,
    sites: [
      { serverRelativeUrl: ORK_SITE, title: 'Oikeusrekisterikeskus – asiakkuudenhoito' },
      { serverRelativeUrl: HEPA_SITE, title: 'Vantaan Henkilöstöpalvelut – asiakkuudenhoito' },
    ],
  });
  return {
    server,
    dbFile,
    orkUrl: `${server.origin}${ORK_SITE}`,
    hepaUrl: `${server.origin}${HEPA_SITE}`,
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
