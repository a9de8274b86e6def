/** @jest-environment node */
// $batch (PnPjs batching and a raw multipart request), fault injection and latency.
import type { IList } from '@pnp/sp/lists';
import { startEnv, TestEnv, USERS } from './sp-service.helpers';

jest.setTimeout(60_000);

let env: TestEnv;
let list: IList;

beforeAll(async () => {
  env = await startEnv();
  const sp = env.sp(USERS.owner.upn);
  await sp.web.lists.add('Notes');
  list = sp.web.lists.getByTitle('Notes');
  for (const t of ['a', 'b', 'c']) await list.items.add({ Title: t });
});
afterAll(() => env?.close());
afterEach(() => { env.server.svc.faults.set(null); env.server.svc.faults.latencyMs = 0; });

describe('$batch', () => {
  test('reads and writes in one batch; a 412 part rejects only that part', async () => {
    const [batched, execute] = env.sp(USERS.owner.upn).batched();
    const b = batched.web.lists.getByTitle('Notes');
    const results: Record<string, unknown> = {};
    b.items.select('Id', 'Title').orderBy('Id')().then((v) => { results.read = v; });
    b.items.getById(1).update({ Title: 'a2' }, '"1"').then((v) => { results.merge = v; });
    b.items.getById(2).update({ Title: 'b2' }, '"7"').then(() => { results.stale = 'resolved'; }, (e) => { results.stale = e.status; });
    b.items.add({ Title: 'd' }).then((v) => { results.add = v; });
    b.items.getById(3).delete().then(() => { results.deleted = true; });
    b.items.getById(1)().then((v) => { results.readAfter = v; });
    await execute();
    expect((results.read as { Title: string }[]).map((i) => i.Title)).toEqual(['a', 'b', 'c']);
    expect(results.merge).toEqual({ etag: '"2"' });
    expect(results.stale).toBe(412);
    expect(results.add).toMatchObject({ Title: 'd', 'odata.etag': '"1"' });
    expect(results.deleted).toBe(true);
    expect(results.readAfter).toMatchObject({ Title: 'a2' });
    const now = await list.items.select('Title').orderBy('Id')();
    expect(now.map((i) => i.Title)).toEqual(['a2', 'b', 'd']);
    const log = env.server.svc.requestLog.entries().filter((e) => e.url.endsWith('/_api/$batch'));
    expect(log[log.length - 1].batchParts).toHaveLength(6);
    expect(log[log.length - 1].batchParts![1]).toMatch(/^MERGE http:\/\/127\.0\.0\.1:\d+\/sites\/ork\/_api\/web\/lists\/getByTitle\('Notes'\)\/items\(1\)$/);
  });

  test('a raw CRLF multipart batch with a changeset gets flat batchresponse parts', async () => {
    const digest = await env.digest();
    const api = `${env.url}/_api`;
    const body = [
      '--batch_x', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `GET ${api}/web/lists/getByTitle('Notes')/items?$select=Title&$top=1 HTTP/1.1`, 'Accept: application/json', '', '',
      '--batch_x', 'Content-Type: multipart/mixed; boundary="changeset_y"', '',
      '--changeset_y', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `POST ${api}/web/lists/getByTitle('Notes')/items HTTP/1.1`, 'Content-Type: application/json', '', '{"Title":"raw"}', '',
      '--changeset_y', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
      `GET http://elsewhere.example/sites/other/_api/web HTTP/1.1`, '', '',
      '--changeset_y--', '',
      '--batch_x--', '',
    ].join('\r\n');
    const r = await env.raw('/_api/$batch', { method: 'POST', body, headers: { 'Content-Type': 'multipart/mixed; boundary=batch_x', 'X-RequestDigest': digest } });
    expect(r.status).toBe(200);
    const boundary = /boundary=(batchresponse_[0-9a-f-]+)/.exec(r.headers.get('content-type') ?? '')![1];
    const text = await r.text();
    expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
    expect(text).not.toContain('changesetresponse');
    const statuses = [...text.matchAll(/^HTTP\/1\.1 (\d+) /gm)].map((m) => Number(m[1]));
    expect(statuses).toEqual([200, 201, 400]);
    expect(text).toMatch(/Content-Transfer-Encoding: binary\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
  });

  test('a batch without a digest is refused as a whole', async () => {
    const r = await env.raw('/_api/$batch', { method: 'POST', body: '--b\r\n--b--\r\n', headers: { 'Content-Type': 'multipart/mixed; boundary=b' } });
    expect(r.status).toBe(403);
  });
});

describe('faults and latency', () => {
  test('PnPjs rides out a 429 storm honouring Retry-After', async () => {
    await fetch(`${env.server.origin}/_local/faults`, { method: 'POST', body: JSON.stringify({ status: 429, count: 2, retryAfterSeconds: 1, match: 'GET .*/items$' }) });
    env.server.svc.requestLog.clear();
    const started = Date.now();
    const items = await list.items.select('Title')();
    expect(items.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    const log = env.server.svc.requestLog.entries().filter((e) => /\/items\?/.test(e.url));
    expect(log.map((e) => e.status)).toEqual([429, 429, 200]);
  });

  test("phase 'after' performs the POST and fails it, so the retry duplicates the item", async () => {
    env.server.svc.faults.set({ status: 503, count: 1, retryAfterSeconds: 0, phase: 'after', match: '/POST .*\\/items$/i' });
    const added = await list.items.add({ Title: 'duplicate-me' });
    expect(added.Title).toBe('duplicate-me');
    const copies = await list.items.select('Id').filter("Title eq 'duplicate-me'")();
    expect(copies).toHaveLength(2);
  });

  test('a fault that outlasts the retries surfaces; the count is used up', async () => {
    env.server.svc.faults.set({ status: 503, count: 4, retryAfterSeconds: 0 });
    await expect(list.items()).rejects.toThrow(/Retry count exceeded/);
    expect((await list.items.top(1)()).length).toBe(1);
  });

  test('latency delays every API request', async () => {
    await fetch(`${env.server.origin}/_local/latency`, { method: 'POST', body: JSON.stringify({ ms: 150 }) });
    const started = Date.now();
    await list.select('Title')();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    const log = (await (await fetch(`${env.server.origin}/_local/requests`)).json()) as { url: string }[];
    expect(log.length).toBeGreaterThan(0);
    expect((await fetch(`${env.server.origin}/_local/requests`, { method: 'DELETE' })).status).toBe(200);
    expect(env.server.svc.requestLog.entries()).toHaveLength(0);
  });
});
