/**
 * The local Microsoft Graph service: the few v1.0 endpoints Account Care calls (me, users, presence with
 * out-of-office settings), answering with Graph's JSON shapes (`@odata.context`, `value`, `{error:{code,message}}`).
 * Served under `/graph/v1.0/` on the workbench origin so the real `@microsoft/microsoft-graph-client` can talk to it
 * (`Client.init({ baseUrl: origin + '/graph/', defaultVersion: 'v1.0', ... })`).
 *
 * Identity is the workbench's: the `ac-user=<UPN>` cookie or the `X-AC-User` header (the bearer token the client
 * sends is ignored). No identity, or one not in the directory, is Graph's 401 `InvalidAuthenticationToken`.
 */
import type * as http from 'http';
import { randomUUID } from 'crypto';
import type { DemoPerson } from '../demo/people';

export interface GraphPresence {
  availability: string;
  activity: string;
  /** An out-of-office message; presence with one is reported as `isOutOfOffice: true`. */
  outOfOffice?: { message: string };
}

export interface CreateGraphServiceOptions {
  people: DemoPerson[];
  /**
   * Optional override of a person's presence (e.g. later: absences recorded on the site make the person out of
   * office). Return undefined to fall back to `DemoPerson.presence`.
   */
  presenceFor?: (person: DemoPerson) => GraphPresence | undefined | Promise<GraphPresence | undefined>;
  /** URL prefix; default '/graph' (so the client's baseUrl is `<origin>/graph/`). */
  prefix?: string;
}

export interface GraphRequestLogEntry {
  method: string;
  url: string;
  status: number;
  user: string | null;
  at: string;
}

export interface GraphService {
  /** Handles `<prefix>/v1.0/**`; returns false when the URL is not its business. */
  handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean>;
  requestLog: { entries(): GraphRequestLogEntry[]; clear(): void };
}

/** Graph's v1.0 user properties this service knows, in Graph's order. */
const USER_PROPERTIES = [
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

class GraphError extends Error {
  public constructor(public readonly status: number, public readonly code: string, message: string) {
    super(message);
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header || '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    out.set(part.slice(0, eq).trim(), safeDecode(part.slice(eq + 1).trim()));
  }
  return out;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

// ------------------------------------------------------------------------------------------ $filter

type Cond =
  | { kind: 'cmp'; op: 'eq' | 'ne'; prop: string; value: string | null }
  | { kind: 'startswith'; prop: string; value: string }
  | { kind: 'in'; prop: string; values: string[] }
  | { kind: 'and' | 'or'; left: Cond; right: Cond }
  | { kind: 'not'; inner: Cond };

type Token = { t: 'str'; v: string } | { t: 'word'; v: string } | { t: 'punct'; v: '(' | ')' | ',' };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new GraphError(400, 'BadRequest', `Invalid filter clause: unterminated string literal.`);
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += src[i++];
      }
      out.push({ t: 'str', v });
    } else if (ch === '(' || ch === ')' || ch === ',') {
      out.push({ t: 'punct', v: ch });
      i++;
    } else {
      let v = '';
      while (i < src.length && /[A-Za-z0-9_.\-/]/.test(src[i])) v += src[i++];
      if (!v) throw new GraphError(400, 'BadRequest', `Invalid filter clause: syntax error at position ${i} in '${src}'.`);
      out.push({ t: 'word', v });
    }
  }
  return out;
}

function parseFilter(src: string): Cond {
  const toks = tokenize(src);
  let pos = 0;
  const syntax = (): GraphError => new GraphError(400, 'BadRequest', `Invalid filter clause: syntax error at position ${pos} in '${src}'.`);
  const peekWord = (w: string): boolean => {
    const t = toks[pos];
    return !!t && t.t === 'word' && t.v.toLowerCase() === w;
  };
  const expectPunct = (p: string): void => {
    const t = toks[pos++];
    if (!t || t.t !== 'punct' || t.v !== p) throw syntax();
  };
  const property = (): string => {
    const t = toks[pos++];
    if (!t || t.t !== 'word') throw syntax();
    return t.v;
  };
  const literal = (): string | null => {
    const t = toks[pos++];
    if (!t) throw syntax();
    if (t.t === 'str') return t.v;
    if (t.t === 'word' && t.v === 'null') return null;
    if (t.t === 'word' && /^(true|false|-?\d+)$/.test(t.v)) return t.v;
    throw syntax();
  };
  const primary = (): Cond => {
    if (peekWord('not')) {
      pos++;
      return { kind: 'not', inner: primary() };
    }
    const t = toks[pos];
    if (t && t.t === 'punct' && t.v === '(') {
      pos++;
      const c = orExpr();
      expectPunct(')');
      return c;
    }
    if (peekWord('startswith')) {
      pos++;
      expectPunct('(');
      const prop = property();
      expectPunct(',');
      const value = literal();
      expectPunct(')');
      if (value === null) throw syntax();
      return { kind: 'startswith', prop, value };
    }
    const prop = property();
    const opTok = toks[pos++];
    if (!opTok || opTok.t !== 'word') throw syntax();
    const op = opTok.v.toLowerCase();
    if (op === 'eq' || op === 'ne') return { kind: 'cmp', op, prop, value: literal() };
    if (op === 'in') {
      expectPunct('(');
      const values: string[] = [];
      for (;;) {
        const v = literal();
        if (v !== null) values.push(v);
        const n = toks[pos++];
        if (n && n.t === 'punct' && n.v === ')') break;
        if (!n || n.t !== 'punct' || n.v !== ',') throw syntax();
      }
      return { kind: 'in', prop, values };
    }
    throw new GraphError(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified for property '${prop}' of resource 'User'.`);
  };
  const andExpr = (): Cond => {
    let left = primary();
    while (peekWord('and')) {
      pos++;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const orExpr = (): Cond => {
    let left = andExpr();
    while (peekWord('or')) {
      pos++;
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };
  const result = orExpr();
  if (pos !== toks.length) throw syntax();
  return result;
}

/** Directory string comparisons are case-insensitive. */
function evaluate(c: Cond, user: Record<string, unknown>): boolean {
  const text = (prop: string): string | null => {
    const key = USER_PROPERTIES.find((p) => p.toLowerCase() === prop.toLowerCase());
    if (!key) throw new GraphError(400, 'Request_UnsupportedQuery', `Could not find a property named '${prop}' on type 'microsoft.graph.user'.`);
    const v = user[key];
    return v === undefined || v === null ? null : String(v).toLowerCase();
  };
  switch (c.kind) {
    case 'cmp': {
      const v = text(c.prop);
      const want = c.value === null ? null : c.value.toLowerCase();
      return c.op === 'eq' ? v === want : v !== want;
    }
    case 'startswith': {
      const v = text(c.prop);
      return v !== null && v.startsWith(c.value.toLowerCase());
    }
    case 'in': {
      const v = text(c.prop);
      return v !== null && c.values.some((x) => x.toLowerCase() === v);
    }
    case 'and':
      return evaluate(c.left, user) && evaluate(c.right, user);
    case 'or':
      return evaluate(c.left, user) || evaluate(c.right, user);
    case 'not':
      return !evaluate(c.inner, user);
  }
}

// ------------------------------------------------------------------------------------------ the service

function userResource(p: DemoPerson): Record<string, unknown> {
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

export function createGraphService(options: CreateGraphServiceOptions): GraphService {
  const people = options.people;
  const prefix = (options.prefix ?? '/graph').replace(/\/$/, '');
  const log: GraphRequestLogEntry[] = [];

  const byIdOrUpn = (key: string): DemoPerson | undefined => {
    const k = key.toLowerCase();
    return people.find((p) => p.id.toLowerCase() === k || p.upn.toLowerCase() === k);
  };

  const callerOf = (req: http.IncomingMessage): DemoPerson | undefined => {
    const header = req.headers['x-ac-user'];
    const upn = (Array.isArray(header) ? header[0] : header) || parseCookies(req.headers.cookie).get('ac-user');
    if (!upn) return undefined;
    return byIdOrUpn(upn.trim());
  };

  const presenceOf = async (p: DemoPerson): Promise<Record<string, unknown>> => {
    const pr = (options.presenceFor && (await options.presenceFor(p))) || p.presence;
    const message = pr.outOfOffice?.message;
    return {
      id: p.id,
      availability: pr.availability,
      activity: pr.activity,
      statusMessage: null,
      outOfOfficeSettings: { message: message ?? null, isOutOfOffice: !!message },
    };
  };

  async function route(method: string, segs: string[], url: URL, caller: DemoPerson, base: string, body: string): Promise<{ status: number; body: unknown }> {
    const ctx = `${base}/$metadata`;
    const q = (name: string): string | null => {
      for (const [k, v] of url.searchParams) if (k.toLowerCase() === name || k.toLowerCase() === name.slice(1)) return v;
      return null;
    };
    const onlyGet = (): void => {
      if (method !== 'GET') throw new GraphError(405, 'Request_BadRequest', `The HTTP method '${method}' is not allowed for this resource.`);
    };
    const single = (p: DemoPerson, contextPath: string): { status: number; body: unknown } => {
      const select = parseSelect(q('$select'));
      const sel = select ? `(${select.join(',')})` : '';
      return { status: 200, body: { '@odata.context': `${ctx}#${contextPath.replace('{sel}', sel)}/$entity`, ...project(userResource(p), select) } };
    };
    const presence = async (p: DemoPerson): Promise<{ status: number; body: unknown }> => ({
      status: 200,
      body: { '@odata.context': `${ctx}#users('${p.id}')/presence/$entity`, ...(await presenceOf(p)) },
    });
    const lower = segs.map((s) => s.toLowerCase());

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
        const matched = people.map(userResource).filter((u) => !filter || evaluate(filter, u));
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

    throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${segs[segs.length - 1] ?? ''}'.`);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
    const url = new URL(req.url || '/', 'http://local');
    if (url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) return false;
    const method = (req.method || 'GET').toUpperCase();
    const host = req.headers.host || '127.0.0.1';
    const origin = `http://${host}`;
    const requestId = randomUUID();
    const clientRequestId = (req.headers['client-request-id'] as string | undefined) || requestId;
    const caller = callerOf(req);
    const body = method === 'POST' || method === 'PATCH' || method === 'PUT' ? await readBody(req) : '';
    const send = (status: number, payload: unknown): void => {
      const text = JSON.stringify(payload);
      res.writeHead(status, {
        'Content-Type': 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8',
        'Content-Length': String(Buffer.byteLength(text)),
        'request-id': requestId,
        'client-request-id': clientRequestId,
        'Cache-Control': 'no-store',
      });
      res.end(text);
      log.push({ method, url: req.url || '', status, user: caller?.upn ?? null, at: new Date().toISOString() });
      if (log.length > 2000) log.splice(0, log.length - 2000);
    };
    const fail = (e: GraphError): void =>
      send(e.status, {
        error: {
          code: e.code,
          message: e.message,
          innerError: { date: new Date().toISOString().replace(/\.\d+Z$/, ''), 'request-id': requestId, 'client-request-id': clientRequestId },
        },
      });
    try {
      const rest = url.pathname.slice(prefix.length).split('/').filter(Boolean).map(safeDecode);
      if (rest[0] !== 'v1.0') throw new GraphError(400, 'BadRequest', `Invalid version: ${rest[0] ?? ''}`);
      if (!caller) throw new GraphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
      const r = await route(method, rest.slice(1), url, caller, `${origin}${prefix}/v1.0`, body);
      send(r.status, r.body);
    } catch (e) {
      if (e instanceof GraphError) fail(e);
      else fail(new GraphError(500, 'InternalServerError', e instanceof Error ? e.message : String(e)));
    }
    return true;
  }

  return {
    handle,
    requestLog: { entries: () => log.slice(), clear: () => void log.splice(0, log.length) },
  };
}
