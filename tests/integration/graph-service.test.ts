/**
 * @jest-environment node
 *
 * The local Graph service through the real Graph JavaScript client and the product's GraphPeopleService: the same
 * calls the SPFx web parts make against graph.microsoft.com, answered in Graph's shapes.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import { Client } from '@microsoft/microsoft-graph-client';
import { GraphPeopleService } from '../../src/data/graph/people';
import { createGraphService } from '../../workbench/graph-service';
import { DEMO_PEOPLE } from '../../workbench/demo/people';

const aino = DEMO_PEOPLE.find((p) => p.upn.startsWith('aino.'))!;
const mikko = DEMO_PEOPLE.find((p) => p.upn.startsWith('mikko.'))!;
const elina = DEMO_PEOPLE.find((p) => p.upn.startsWith('elina.'))!;

let server: http.Server;
let origin: string;

beforeAll(async () => {
  const graph = createGraphService({ people: DEMO_PEOPLE });
  server = http.createServer((req, res) => {
    graph.handle(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(404);
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function client(upn?: string): Client {
  return Client.init({
    baseUrl: `${origin}/graph/`,
    defaultVersion: 'v1.0',
    authProvider: (done) => done(null, 'local'),
    fetchOptions: upn ? { headers: { 'X-AC-User': upn } } : {},
  });
}

describe('GraphPeopleService against the local Graph service', () => {
  it('me() is the signed-in user', async () => {
    const me = await new GraphPeopleService(client(aino.upn)).me();
    expect(me).toMatchObject({
      id: aino.id,
      displayName: 'Aino Virtanen',
      mail: aino.mail,
      userPrincipalName: aino.upn,
      jobTitle: aino.jobTitle,
      department: aino.department,
    });
  });

  it('findByEmail finds by mail or UPN, case-insensitively, and returns undefined for strangers', async () => {
    const people = new GraphPeopleService(client(aino.upn));
    expect((await people.findByEmail(elina.mail.toUpperCase()))?.id).toBe(elina.id);
    expect(await people.findByEmail('nobody@asiakkuus.example')).toBeUndefined();
    expect(await people.findByEmail("o'brien@asiakkuus.example")).toBeUndefined();
  });

  it('findByEmails finds several people in one request and skips strangers', async () => {
    const people = new GraphPeopleService(client(aino.upn));
    const found = await people.findByEmails([aino.mail, "o'brien@asiakkuus.example", mikko.mail]);
    expect(found.map((p) => p.id).sort()).toEqual([aino.id, mikko.id].sort());
  });

  it('presence() reports availability and out-of-office settings; unknown ids come back as PresenceUnknown', async () => {
    const unknown = '11111111-2222-3333-4444-555555555555';
    const map = await new GraphPeopleService(client(aino.upn)).presence([aino.id, mikko.id, elina.id, unknown]);
    expect(map.get(aino.id)).toEqual({ availability: 'Available', activity: 'Available', outOfOffice: { isOutOfOffice: false, message: undefined } });
    expect(map.get(mikko.id)).toEqual({
      availability: 'Away',
      activity: 'OutOfOffice',
      outOfOffice: { isOutOfOffice: true, message: mikko.presence.outOfOffice!.message },
    });
    expect(map.get(elina.id)?.availability).toBe('Busy');
    expect(map.get(unknown)?.availability).toBe('PresenceUnknown');
  });
});

describe('Graph wire shapes', () => {
  it('GET /me without $select returns Graph default properties with @odata.context', async () => {
    const me = await client(mikko.upn).api('/me').get();
    expect(me['@odata.context']).toBe(`${origin}/graph/v1.0/$metadata#users/$entity`);
    expect(Object.keys(me).sort()).toEqual(
      ['@odata.context', 'businessPhones', 'displayName', 'givenName', 'id', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName'].sort(),
    );
    expect(me).toMatchObject({ givenName: 'Mikko', surname: 'Korhonen', businessPhones: [] });
  });

  it('identity comes from the ac-user cookie as well as X-AC-User', async () => {
    const res = await fetch(`${origin}/graph/v1.0/me?$select=displayName`, { headers: { cookie: `ac-user=${encodeURIComponent(elina.upn)}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ '@odata.context': `${origin}/graph/v1.0/$metadata#users(displayName)/$entity`, displayName: 'Elina Lindqvist' });
  });

  it('no identity is a Graph 401 error', async () => {
    const res = await fetch(`${origin}/graph/v1.0/me`);
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(typeof body.error.message).toBe('string');
    await expect(client().api('/me').get()).rejects.toMatchObject({ statusCode: 401, code: 'InvalidAuthenticationToken' });
  });

  it('GET /users supports $select, $filter (eq, startswith, or) and $top with nextLink paging', async () => {
    const c = client(aino.upn);
    const starts = await c.api('/users').select('displayName').filter("startswith(displayName,'a')").get();
    expect(starts['@odata.context']).toBe(`${origin}/graph/v1.0/$metadata#users(displayName)`);
    expect(starts.value.map((u: { displayName: string }) => u.displayName).sort()).toEqual(['Aino Virtanen', 'Anna Sjöberg']);

    const either = await c
      .api('/users')
      .select(['id', 'mail'])
      .filter(`mail eq '${elina.mail}' or userPrincipalName eq '${mikko.upn}'`)
      .get();
    expect(either.value).toEqual([
      { id: mikko.id, mail: mikko.mail },
      { id: elina.id, mail: elina.mail },
    ]);

    const first = await c.api('/users').select('id').top(4).get();
    expect(first.value).toHaveLength(4);
    expect(first['@odata.nextLink']).toContain('/graph/v1.0/users?');
    const ids = first.value.map((u: { id: string }) => u.id);
    // The Graph client only strips https:// hosts from absolute URLs, so follow the (http) nextLink with fetch.
    let next: string | undefined = first['@odata.nextLink'];
    while (next) {
      const page = await (await fetch(next, { headers: { 'X-AC-User': aino.upn } })).json();
      ids.push(...page.value.map((u: { id: string }) => u.id));
      next = page['@odata.nextLink'];
    }
    expect(ids).toEqual(DEMO_PEOPLE.map((p) => p.id));
  });

  it('GET /users/{id|upn} and their presence; unknown users are 404 Request_ResourceNotFound', async () => {
    const c = client(aino.upn);
    expect((await c.api(`/users/${elina.id}`).select('displayName').get()).displayName).toBe('Elina Lindqvist');
    expect((await c.api(`/users/${elina.upn}`).select('id').get()).id).toBe(elina.id);
    const p = await c.api(`/users/${mikko.id}/presence`).get();
    expect(p).toMatchObject({
      '@odata.context': `${origin}/graph/v1.0/$metadata#users('${mikko.id}')/presence/$entity`,
      id: mikko.id,
      availability: 'Away',
      activity: 'OutOfOffice',
      outOfOfficeSettings: { isOutOfOffice: true, message: mikko.presence.outOfOffice!.message },
    });
    const mine = await client(elina.upn).api('/me/presence').get();
    expect(mine).toMatchObject({ id: elina.id, availability: 'Busy', activity: 'InAMeeting', outOfOfficeSettings: { isOutOfOffice: false, message: null } });
    await expect(c.api('/users/nobody@asiakkuus.example').get()).rejects.toMatchObject({ statusCode: 404, code: 'Request_ResourceNotFound' });
  });

  it('POST getPresencesByUserId answers in Graph shape and rejects bad input', async () => {
    const c = client(aino.upn);
    const res = await c.api('/communications/getPresencesByUserId').post({ ids: [aino.id] });
    expect(res).toEqual({
      '@odata.context': `${origin}/graph/v1.0/$metadata#Collection(microsoft.graph.presence)`,
      value: [{ id: aino.id, availability: 'Available', activity: 'Available', statusMessage: null, outOfOfficeSettings: { message: null, isOutOfOffice: false } }],
    });
    await expect(c.api('/communications/getPresencesByUserId').post({ ids: ['not-a-guid'] })).rejects.toMatchObject({ statusCode: 400 });
    await expect(c.api('/communications/getPresencesByUserId').post({})).rejects.toMatchObject({ statusCode: 400 });
  });

  it('bad queries and unknown segments are Graph 400 errors', async () => {
    const c = client(aino.upn);
    await expect(c.api('/users').select('nope').get()).rejects.toMatchObject({ statusCode: 400 });
    await expect(c.api('/users').filter("displayName gt 'a'").get()).rejects.toMatchObject({ statusCode: 400, code: 'Request_UnsupportedQuery' });
    await expect(c.api('/users').top(1000).get()).rejects.toMatchObject({ statusCode: 400 });
    await expect(c.api('/groups').get()).rejects.toMatchObject({ statusCode: 400, code: 'BadRequest' });
  });
});
