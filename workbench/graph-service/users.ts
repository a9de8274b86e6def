/**
 * Users, presence and out-of-office: `/me`, `/users`, `/users/{id|upn}`, their `/presence`, and
 * `POST /communications/getPresencesByUserId`, answered from the demo directory in Graph's v1.0 shapes.
 */
import type { DemoPerson } from '../demo/people';
import { GraphError } from './errors';
import { evaluate, parseFilter } from './filter';
import type { GraphRequest, GraphResult } from './router';

export interface GraphPresence {
  availability: string;
  activity: string;
  /** An out-of-office message; presence with one is reported as `isOutOfOffice: true`. */
  outOfOffice?: { message: string };
}

export type PresenceOverride = (person: DemoPerson) => GraphPresence | undefined | Promise<GraphPresence | undefined>;

/** Graph's v1.0 user properties this service knows, in Graph's order. */
export const USER_PROPERTIES = [
  'id',
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'department',
  'accountEnabled',
  'usageLocation',
  'companyName',
] as const;

/** What Graph returns for a user without `$select`. */
const DEFAULT_USER_SELECT = ['businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'preferredLanguage', 'surname', 'userPrincipalName', 'id'];

/** Graph's own ceiling for `getPresencesByUserId`. */
const MAX_PRESENCE_IDS = 650;
const MAX_TOP = 999;
const DEFAULT_PAGE = 100;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function userResource(p: DemoPerson): Record<string, unknown> {
  const parts = p.displayName.split(' ');
  return {
    id: p.id,
    businessPhones: [],
    displayName: p.displayName,
    givenName: parts[0] ?? null,
    jobTitle: p.jobTitle ?? null,
    mail: p.mail ?? null,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: p.preferredLanguage ?? null,
    surname: parts.length > 1 ? parts.slice(1).join(' ') : null,
    userPrincipalName: p.upn,
    department: p.department ?? null,
    accountEnabled: true,
    usageLocation: 'FI',
    companyName: null,
  };
}

function parseSelect(select: string | null): string[] | undefined {
  if (select === null || select.trim() === '') return undefined;
  return select.split(',').map((s) => {
    const name = s.trim();
    const key = USER_PROPERTIES.find((p) => p.toLowerCase() === name.toLowerCase());
    if (!key) throw new GraphError(400, 'BadRequest', `Could not find a property named '${name}' on type 'microsoft.graph.user'.`);
    return key;
  });
}

function project(user: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of select ?? DEFAULT_USER_SELECT) out[k] = user[k];
  return out;
}

export interface UserRoutes {
  /** A person by object id or UPN (case-insensitive). */
  byIdOrUpn(key: string): DemoPerson | undefined;
  /** Answers the users/presence endpoints; undefined when the path is not one of them. */
  route(r: GraphRequest): Promise<GraphResult | undefined>;
}

export function createUserRoutes(people: DemoPerson[], presenceFor?: PresenceOverride): UserRoutes {
  const byIdOrUpn = (key: string): DemoPerson | undefined => {
    const k = key.toLowerCase();
    return people.find((p) => p.id.toLowerCase() === k || p.upn.toLowerCase() === k);
  };

  const presenceOf = async (p: DemoPerson): Promise<Record<string, unknown>> => {
    const pr = (presenceFor && (await presenceFor(p))) || p.presence;
    const message = pr.outOfOffice?.message;
    return {
      id: p.id,
      availability: pr.availability,
      activity: pr.activity,
      statusMessage: null,
      outOfOfficeSettings: { message: message ?? null, isOutOfOffice: !!message },
    };
  };

  async function route(r: GraphRequest): Promise<GraphResult | undefined> {
    const { method, segs, lower, url, caller, base, body, q } = r;
    const ctx = `${base}/$metadata`;
    const onlyGet = (): void => {
      if (method !== 'GET') throw new GraphError(405, 'Request_BadRequest', `The HTTP method '${method}' is not allowed for this resource.`);
    };
    const single = (p: DemoPerson, contextPath: string): GraphResult => {
      const select = parseSelect(q('$select'));
      const sel = select ? `(${select.join(',')})` : '';
      return { status: 200, body: { '@odata.context': `${ctx}#${contextPath.replace('{sel}', sel)}/$entity`, ...project(userResource(p), select) } };
    };
    const presence = async (p: DemoPerson): Promise<GraphResult> => ({
      status: 200,
      body: { '@odata.context': `${ctx}#users('${p.id}')/presence/$entity`, ...(await presenceOf(p)) },
    });

    // /me, /me/presence
    if (lower[0] === 'me') {
      onlyGet();
      if (segs.length === 1) return single(caller, 'users{sel}');
      if (segs.length === 2 && lower[1] === 'presence') return presence(caller);
    }

    // /users, /users/{id|upn}, /users/{id}/presence
    if (lower[0] === 'users') {
      onlyGet();
      if (segs.length === 1) {
        const select = parseSelect(q('$select'));
        const filterSrc = q('$filter');
        const filter = filterSrc ? parseFilter(filterSrc) : undefined;
        const topSrc = q('$top');
        let top = DEFAULT_PAGE;
        if (topSrc !== null) {
          top = Number(topSrc);
          if (!Number.isInteger(top) || top < 1 || top > MAX_TOP)
            throw new GraphError(400, 'Request_UnsupportedQuery', `Invalid page size specified: '${topSrc}'. Must be between 1 and ${MAX_TOP} inclusive.`);
        }
        const skipSrc = q('$skiptoken');
        const skip = skipSrc ? Number(Buffer.from(skipSrc, 'base64url').toString('utf8')) || 0 : 0;
        const matched = people.map(userResource).filter((u) => !filter || evaluate(filter, u, USER_PROPERTIES));
        const page = matched.slice(skip, skip + top);
        const result: Record<string, unknown> = {
          '@odata.context': `${ctx}#users${select ? `(${select.join(',')})` : ''}`,
        };
        if (skip + top < matched.length) {
          const next = new URL(url.toString());
          next.searchParams.set('$skiptoken', Buffer.from(String(skip + top)).toString('base64url'));
          result['@odata.nextLink'] = `${base}/users${next.search}`;
        }
        result.value = page.map((u) => project(u, select));
        return { status: 200, body: result };
      }
      const target = byIdOrUpn(segs[1]);
      if (!target)
        throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${segs[1]}' does not exist or one of its queried reference-property objects are not present.`);
      if (segs.length === 2) return single(target, 'users{sel}');
      if (segs.length === 3 && lower[2] === 'presence') return presence(target);
    }

    // POST /communications/getPresencesByUserId {ids}
    if (lower[0] === 'communications' && lower[1] === 'getpresencesbyuserid' && segs.length === 2) {
      if (method !== 'POST') throw new GraphError(405, 'Request_BadRequest', `The HTTP method '${method}' is not allowed for this resource.`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(body || '{}');
      } catch {
        throw new GraphError(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
      }
      const ids = (parsed as { ids?: unknown }).ids;
      if (!Array.isArray(ids) || ids.some((x) => typeof x !== 'string'))
        throw new GraphError(400, 'BadRequest', "The request body must contain 'ids', an array of user object ids.");
      if (ids.length > MAX_PRESENCE_IDS) throw new GraphError(400, 'BadRequest', `The number of ids must not exceed ${MAX_PRESENCE_IDS}.`);
      const bad = (ids as string[]).find((x) => !GUID.test(x));
      if (bad !== undefined) throw new GraphError(400, 'BadRequest', `Invalid user id '${bad}'. User ids must be GUIDs.`);
      const value: Record<string, unknown>[] = [];
      const seen = new Set<string>();
      for (const id of ids as string[]) {
        const key = id.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        const p = people.find((x) => x.id.toLowerCase() === key);
        value.push(
          p
            ? await presenceOf(p)
            : { id, availability: 'PresenceUnknown', activity: 'PresenceUnknown', statusMessage: null, outOfOfficeSettings: { message: null, isOutOfOffice: false } },
        );
      }
      return { status: 200, body: { '@odata.context': `${ctx}#Collection(microsoft.graph.presence)`, value } };
    }

    return undefined;
  }

  return { byIdOrUpn, route };
}
