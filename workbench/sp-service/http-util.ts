// Request/response plumbing shared by the top-level handler and `$batch` parts.
import type * as http from 'http';
import { SpError } from './errors';

export const JSON_LIGHT = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
export const JSON_VERBOSE = 'application/json;odata=verbose;charset=utf-8';

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 409: 'Conflict', 412: 'Precondition Failed', 429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented',
  503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** Query strings are form-urlencoded (`+` = space, WIRE.md §1.3); option names are matched case-insensitively. */
export function parseQuery(search: string): Map<string, string> {
  const out = new Map<string, string>();
  const s = search.startsWith('?') ? search.slice(1) : search;
  if (!s) return out;
  for (const pair of s.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const k = eq < 0 ? pair : pair.slice(0, eq);
    const v = eq < 0 ? '' : pair.slice(eq + 1);
    out.set(safeDecode(k.replace(/\+/g, ' ')).toLowerCase(), safeDecode(v.replace(/\+/g, ' ')));
  }
  return out;
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export interface Segment {
  /** lower-cased name, e.g. `getbytitle`, `items`, `$batch` */
  name: string;
  /** decoded text between the parentheses, or null when there were none */
  arg: string | null;
}

/** Splits `web/lists/getByTitle('a/b')/items(5)` on `/` outside quotes and parentheses, then decodes. */
export function parseSegments(apiPath: string): Segment[] {
  const raw: string[] = [];
  let cur = '';
  let depth = 0;
  let quoted = false;
  for (const ch of apiPath) {
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    if (ch === '/' && depth === 0 && !quoted) { raw.push(cur); cur = ''; continue; }
    cur += ch;
  }
  raw.push(cur);
  return raw.filter((s) => s !== '').map((s) => {
    const decoded = safeDecode(s);
    const open = decoded.indexOf('(');
    if (open < 0 || !decoded.endsWith(')')) return { name: decoded.toLowerCase(), arg: null };
    return { name: decoded.slice(0, open).toLowerCase(), arg: decoded.slice(open + 1, -1) };
  });
}

/** `'O''Brien'` → `O'Brien`, `guid'x'` → `x`, `5` → `5`. */
export function segmentArg(arg: string | null): string {
  if (arg === null) return '';
  let a = arg.trim();
  const g = /^guid'(.*)'$/i.exec(a);
  if (g) return g[1];
  if (a.startsWith("'") && a.endsWith("'") && a.length >= 2) a = a.slice(1, -1).replace(/''/g, "'");
  return a;
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'Content-Type': JSON_LIGHT, ...headers }, body: JSON.stringify(body) };
}

export const emptyResponse = (status: number, headers: Record<string, string> = {}): ApiResponse => ({ status, headers, body: '' });

/** WIRE.md §12.1: JSON light error; verbose callers get `{"error":…}`. */
export function errorResponse(err: SpError, verbose = false): ApiResponse {
  const inner = { code: err.code, message: { lang: 'en-US', value: err.message } };
  return {
    status: err.status,
    headers: { 'Content-Type': verbose ? JSON_VERBOSE : JSON_LIGHT, ...err.headers },
    body: JSON.stringify(verbose ? { error: inner } : { 'odata.error': inner }),
  };
}

export function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function lowerHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export function writeResponse(res: http.ServerResponse, r: ApiResponse): void {
  const headers: Record<string, string> = { ...r.headers };
  if (r.status !== 204) headers['Content-Length'] = String(Buffer.byteLength(r.body));
  res.writeHead(r.status, STATUS_TEXT[r.status] ?? '', headers);
  res.end(r.status === 204 ? undefined : r.body);
}

/** Minimal → verbose (`{"d":…}`, `__metadata`, `{results:[…]}` collections) for callers that ask for verbose. */
export function toVerbose(entity: Record<string, unknown>, absoluteApi: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const id = entity['odata.id'];
  const edit = entity['odata.editLink'];
  const meta: Record<string, unknown> = {};
  if (id !== undefined) meta.id = id;
  if (edit !== undefined) meta.uri = `${absoluteApi}/${edit}`;
  if (entity['odata.etag'] !== undefined) meta.etag = entity['odata.etag'];
  if (entity['odata.type'] !== undefined) meta.type = entity['odata.type'];
  out.__metadata = meta;
  for (const [k, v] of Object.entries(entity)) {
    if (k.startsWith('odata.') || k.includes('@odata.')) continue;
    if (Array.isArray(v)) out[k] = { __metadata: { type: 'Collection(Edm.String)' }, results: v };
    else if (v && typeof v === 'object' && 'odata.type' in (v as object)) out[k] = toVerbose(v as Record<string, unknown>, absoluteApi);
    else out[k] = v;
  }
  return out;
}
