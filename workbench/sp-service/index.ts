// Local SharePoint service: a SharePoint-REST-compatible HTTP handler over SQLite for the real PnPjs code
// (wire formats: WIRE.md). Handles `<site>/_api/**` and `/_local/**`.
import type * as http from 'http';
import { formatBatchResponse, parseBatch } from './batch';
import { ApiRequest, ServiceContext } from './context';
import { errors, SpError } from './errors';
import { Faults, RequestLog } from './faults';
import { ApiResponse, errorResponse, lowerHeaders, readBody, writeResponse } from './http-util';
import { dispatch, toErrorResponse, urlParts } from './router';
import { Roles } from './roles';
import { ensureDefaultLists } from './routes/lists';
import { siteUserFor } from './routes/users';
import { Caller, DIGEST_TIMEOUT_SECONDS, digestValid, issueDigest, resolveCaller } from './security';
import { SiteRec, Store } from './store';
import type { CreateSpServiceOptions, DirectoryUser, FaultSpec, RequestLogEntry, SpService } from './types';

export type { CreateSpServiceOptions, DirectoryUser, FaultSpec, Permission, RequestLogEntry, SiteConfig, SpService } from './types';

const normalizeSiteUrl = (u: string): string => {
  const s = `/${u.trim().replace(/^\/+/, '').replace(/\/+$/, '')}`;
  return s === '/' ? '/' : s;
};

const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));

function callerName(headers: Record<string, string>): string | null {
  const h = headers['x-ac-user'];
  if (h && h.trim()) return h.trim();
  const cookie = headers.cookie ?? '';
  for (const part of cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === 'ac-user') {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim()) || null;
      } catch {
        return part.slice(eq + 1).trim() || null;
      }
    }
  }
  return null;
}

export function createSpService(opts: CreateSpServiceOptions): SpService {
  const store = new Store(opts.dbFile);
  const sites: SiteRec[] = opts.sites.map((s) => store.ensureSite(normalizeSiteUrl(s.serverRelativeUrl), s.title, s.lcid ?? 1035));
  const roles = new Roles(store);
  for (const s of sites) {
    roles.ensureSiteDefaults(s);
    ensureDefaultLists(store, s);
  }
  const ctx: ServiceContext = {
    store,
    roles,
    directory: opts.directory,
    threshold: opts.listViewThreshold ?? 5000,
    enforceRequired: opts.enforceRequired ?? true,
    secret: store.secret(),
  };
  const faults = new Faults();
  const log = new RequestLog();

  /** Longest matching site whose `<site>/_api` prefixes the path. */
  const siteFor = (pathname: string): SiteRec | undefined =>
    sites
      .filter((s) => urlParts(new URL(`http://x${pathname}`), s.url) !== null)
      .sort((a, b) => b.url.length - a.url.length)[0];

  function identify(headers: Record<string, string>, site: SiteRec): Caller {
    const name = callerName(headers);
    const dir = name ? ctx.directory.find((d) => d.upn.toLowerCase() === name.toLowerCase()) : undefined;
    if (!dir) throw errors.unauthenticated();
    // Known principals are resolved without writing; a user with access becomes a site user on the first request.
    const known = store.userByUpn(site.id, dir.upn);
    const probe = known ?? { siteId: site.id, id: -1, upn: dir.upn, directoryId: dir.id, title: dir.displayName, email: dir.mail, jobTitle: null, department: null, created: '' };
    if (!resolveCaller(roles, site, dir, probe)) throw errors.accessDenied();
    return resolveCaller(roles, site, dir, known ?? siteUserFor(store, site.id, dir))!;
  }

  /** Runs one request; writes commit together, a failed request rolls back whatever it did. */
  function run(r: ApiRequest): ApiResponse {
    if (r.method === 'GET') return dispatch(r);
    let out: ApiResponse | undefined;
    try {
      store.transaction(() => {
        out = dispatch(r);
        if (out.status >= 400) throw out;
      });
    } catch (e) {
      if (e !== out) throw e;
    }
    return out!;
  }

  function runBatch(outer: ApiRequest, parts: ReturnType<typeof parseBatch>): ApiResponse[] {
    // One SQLite transaction for speed; each part runs in its own savepoint, so parts still succeed or fail
    // independently (SharePoint batches are not transactional, WIRE.md §10.1).
    return store.transaction(() =>
      parts.map((p) => {
        try {
          const url = new URL(p.url, `${outer.origin}${outer.site.url === '/' ? '' : outer.site.url}/_api/`);
          const up = urlParts(url, outer.site.url);
          if (!up || siteFor(url.pathname)?.id !== outer.site.id) throw errors.badRequest(`The $batch part URL '${p.url}' must target the same site as the $batch request.`);
          if (up.segments[0]?.name === '$batch') throw errors.badRequest('A $batch cannot contain another $batch.');
          const method = (p.headers['x-http-method'] ?? p.method).toUpperCase();
          return run({ ...outer, method, url, headers: { ...p.headers }, body: p.body, segments: up.segments, query: up.query, inBatch: true });
        } catch (e) {
          return toErrorResponse(e);
        }
      }),
    );
  }

  async function handleLocal(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): Promise<void> {
    const body = await readBody(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const route = pathname.replace(/\/+$/, '').toLowerCase();
    const json = (status: number, value: unknown) => writeResponse(res, { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) });
    try {
      if (route === '/_local/faults' && method === 'POST') {
        const spec = body.trim() ? (JSON.parse(body) as FaultSpec | null) : null;
        faults.set(spec);
        return json(200, { fault: faults.current });
      }
      if (route === '/_local/faults' && method === 'GET') return json(200, { fault: faults.current });
      if (route === '/_local/latency' && method === 'POST') {
        const ms = Number((JSON.parse(body || '{}') as { ms?: number }).ms ?? 0);
        faults.latencyMs = Number.isFinite(ms) && ms > 0 ? ms : 0;
        return json(200, { ms: faults.latencyMs });
      }
      if (route === '/_local/requests' && method === 'GET') return json(200, log.entries());
      if (route === '/_local/requests' && method === 'DELETE') { log.clear(); return json(200, { cleared: true }); }
      if (route === '/_local/users' && method === 'GET') {
        return json(200, ctx.directory.map((d: DirectoryUser) => ({
          id: d.id, upn: d.upn, displayName: d.displayName, mail: d.mail, jobTitle: d.jobTitle, department: d.department,
          preferredLanguage: d.preferredLanguage, sitePermissions: d.sitePermissions,
        })));
      }
      if (route === '/_local/sites' && method === 'GET') return json(200, sites.map((s) => ({ serverRelativeUrl: s.url, title: s.title, lcid: s.lcid })));
      return json(404, { error: `Local SharePoint service: no control endpoint ${method} ${pathname}` });
    } catch (e) {
      return json(400, { error: e instanceof Error ? e.message : String(e) });
    }
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
    const url0 = new URL(req.url ?? '/', 'http://local');
    if (/^\/_local(\/|$)/i.test(url0.pathname)) {
      await handleLocal(req, res, url0.pathname);
      return true;
    }
    const site = siteFor(url0.pathname);
    if (!site) return false;
    const started = Date.now();
    const origin = service.origin ?? `http://${req.headers.host ?? '127.0.0.1'}`;
    const url = new URL(req.url ?? '/', origin);
    const headers = lowerHeaders(req.headers);
    const body = await readBody(req);
    const rawMethod = (req.method ?? 'GET').toUpperCase();
    const method = (rawMethod === 'POST' && headers['x-http-method'] ? headers['x-http-method'] : rawMethod).toUpperCase();
    const entry: RequestLogEntry = { method: method === rawMethod ? rawMethod : `${rawMethod} (${method})`, url: url.pathname + url.search, status: 0, ms: 0, user: callerName(headers), at: new Date(started).toISOString() };
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);

    const fault = faults.take([rawMethod, method], url.pathname);
    const faultResponse = (status: number, retryAfter: number | undefined): ApiResponse => {
      const err = new SpError(status, '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
        `The request has been throttled by the local SharePoint service fault injection (${status}).`,
        { 'Retry-After': String(retryAfter ?? 1) });
      return errorResponse(err);
    };

    let response: ApiResponse;
    if (fault && fault.phase === 'before') {
      response = faultResponse(fault.status, fault.retryAfter);
      entry.fault = fault.status;
    } else {
      const up = urlParts(url, site.url)!;
      try {
        const caller = identify(headers, site);
        const r: ApiRequest = { method, url, headers, body, site, caller, segments: up.segments, query: up.query, origin, inBatch: false, svc: ctx };
        const isContextInfo = up.segments.length === 1 && up.segments[0].name === 'contextinfo';
        if (method !== 'GET' && !isContextInfo && !digestValid(ctx.secret, site, headers['x-requestdigest'])) throw errors.digest();
        if (up.segments.length === 1 && up.segments[0].name === '$batch') {
          if (method !== 'POST') throw errors.methodNotAllowed(method, '$batch');
          const parts = parseBatch(body, headers['content-type']);
          entry.batchParts = parts.map((p) => `${p.method} ${p.url}`);
          const out = formatBatchResponse(runBatch(r, parts));
          response = { status: 200, headers: { 'Content-Type': out.contentType }, body: out.body };
        } else {
          response = run(r);
        }
      } catch (e) {
        response = toErrorResponse(e, /odata=verbose/i.test(headers.accept ?? ''));
      }
      if (fault) {
        // 'after': the work is done, the client sees a failure anyway (the duplicate-POST case).
        response = faultResponse(fault.status, fault.retryAfter);
        entry.fault = fault.status;
      }
    }
    response.headers = { ...response.headers, SPRequestGuid: globalThis.crypto?.randomUUID?.() ?? '', 'X-SharePointHealthScore': '0' };
    writeResponse(res, response);
    entry.status = response.status;
    entry.ms = Date.now() - started;
    log.add(entry);
    return true;
  }

  const service: SpService = {
    origin: opts.origin,
    handle,
    faults: {
      set: (f) => faults.set(f),
      get latencyMs() { return faults.latencyMs; },
      set latencyMs(ms: number) { faults.latencyMs = ms; },
    },
    requestLog: { entries: () => log.entries(), clear: () => log.clear() },
    pageDigest(serverRelativeUrl) {
      const site = sites.find((s) => s.url.toLowerCase() === normalizeSiteUrl(serverRelativeUrl).toLowerCase());
      return site ? { value: issueDigest(ctx.secret, site), timeoutSeconds: DIGEST_TIMEOUT_SECONDS } : undefined;
    },
    close: () => store.close(),
  };
  return service;
}

/** The server sets this once its port is known: odata.id / nextLink need `http://127.0.0.1:<port>`. */
export function setOrigin(svc: SpService, origin: string): void {
  svc.origin = origin.replace(/\/+$/, '');
}

