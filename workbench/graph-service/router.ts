/**
 * The Graph service's HTTP side: `<prefix>/v1.0/**` → identity (the `ac-user` cookie or `X-AC-User` header),
 * the endpoint modules, Graph's JSON response headers and `{error:{code,message,innerError}}` bodies, and a
 * request log.
 */
import type * as http from 'http';
import { randomUUID } from 'crypto';
import type { DemoPerson } from '../demo/people';
import { GraphError } from './errors';
import { createUserRoutes, PresenceOverride } from './users';

export interface CreateGraphServiceOptions {
  people: DemoPerson[];
  /**
   * Optional override of a person's presence (e.g. later: absences recorded on the site make the person out of
   * office). Return undefined to fall back to `DemoPerson.presence`.
   */
  presenceFor?: PresenceOverride;
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

/** One authenticated request below `v1.0/`, as the endpoint modules see it. */
export interface GraphRequest {
  method: string;
  /** Decoded path segments after `v1.0`, and the same lower-cased. */
  segs: string[];
  lower: string[];
  url: URL;
  caller: DemoPerson;
  /** `<origin><prefix>/v1.0` */
  base: string;
  body: string;
  /** A query option by name, `$` optional and case-insensitive; null when absent. */
  q(name: string): string | null;
}

export interface GraphResult {
  status: number;
  body: unknown;
}

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

export function createGraphService(options: CreateGraphServiceOptions): GraphService {
  const prefix = (options.prefix ?? '/graph').replace(/\/$/, '');
  const log: GraphRequestLogEntry[] = [];
  const users = createUserRoutes(options.people, options.presenceFor);

  const callerOf = (req: http.IncomingMessage): DemoPerson | undefined => {
    const header = req.headers['x-ac-user'];
    const upn = (Array.isArray(header) ? header[0] : header) || parseCookies(req.headers.cookie).get('ac-user');
    if (!upn) return undefined;
    return users.byIdOrUpn(upn.trim());
  };

  async function route(method: string, segs: string[], url: URL, caller: DemoPerson, base: string, body: string): Promise<GraphResult> {
    const q = (name: string): string | null => {
      for (const [k, v] of url.searchParams) if (k.toLowerCase() === name || k.toLowerCase() === name.slice(1)) return v;
      return null;
    };
    const request: GraphRequest = { method, segs, lower: segs.map((s) => s.toLowerCase()), url, caller, base, body, q };
    const answer = await users.route(request);
    if (answer) return answer;
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
