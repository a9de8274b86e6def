// Shared setup for the local SharePoint service tests: a standalone server on a temp SQLite file, a directory of
// users with different permission levels, and real PnPjs clients per user.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spfi, SPBrowser, SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/regional-settings/web';
import { startStandalone, Standalone } from '../../workbench/sp-service/standalone';
import type { DirectoryUser } from '../../workbench/sp-service';

export const SITE = '/sites/ork';

let seq = 0;
const user = (name: string, perm: DirectoryUser['sitePermissions'][string], extra: Partial<DirectoryUser> = {}): DirectoryUser => ({
  id: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
  upn: `${name}@contoso.fi`,
  displayName: name[0].toUpperCase() + name.slice(1),
  mail: `${name}@contoso.fi`,
  sitePermissions: { [SITE]: perm },
  ...extra,
});

export const USERS = {
  owner: user('olli', 'full', { jobTitle: 'Owner' }),
  designer: user('dina', 'design'),
  editor: user('eero', 'edit'),
  member: user('maija', 'contribute'),
  member2: user('matti', 'contribute'),
  visitor: user('ville', 'read'),
  outsider: user('outi', 'none'),
};

export interface TestEnv {
  server: Standalone;
  url: string;
  dir: string;
  sp(upn: string): SPFI;
  /** raw fetch with the identity header */
  raw(pathAndQuery: string, init?: RequestInit & { user?: string }): Promise<Response>;
  digest(upn?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startEnv(opts: { listViewThreshold?: number } = {}): Promise<TestEnv> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sp-service-'));
  const server = await startStandalone({
    port: 0,
    dbFile: path.join(dir, 'sp.db'),
    directory: Object.values(USERS),
    sites: [{ serverRelativeUrl: SITE, title: 'Asiakkuudenhoito', lcid: 1035 }, { serverRelativeUrl: '/sites/other', title: 'Other' }],
    listViewThreshold: opts.listViewThreshold,
  });
  const url = server.siteUrls[0];
  const env: TestEnv = {
    server,
    url,
    dir,
    sp: (upn) => spfi(url).using(SPBrowser({ baseUrl: url }), InjectHeaders({ 'X-AC-User': upn })),
    raw: (p, init = {}) => {
      const headers = new Headers(init.headers);
      if (init.user !== undefined) headers.set('X-AC-User', init.user);
      else if (!headers.has('X-AC-User')) headers.set('X-AC-User', USERS.owner.upn);
      if (!headers.has('Accept')) headers.set('Accept', 'application/json');
      return fetch(p.startsWith('http') ? p : `${url}${p}`, { ...init, headers });
    },
    digest: async (upn = USERS.owner.upn) => {
      const r = await fetch(`${url}/_api/contextinfo`, { method: 'POST', headers: { 'X-AC-User': upn, Accept: 'application/json' } });
      return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
    },
    close: async () => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return env;
}

/** Status and SharePoint error body of a rejected PnPjs call. */
export async function failure(p: Promise<unknown>): Promise<{ status: number; code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; response?: Response; message: string };
    if (!err.response) throw e;
    const body = (await err.response.clone().json()) as { 'odata.error': { code: string; message: { value: string } } };
    return { status: err.status ?? 0, code: body['odata.error'].code, message: body['odata.error'].message.value };
  }
  throw new Error('expected the call to fail');
}
