// `_api` dispatcher shared by top-level requests and `$batch` parts (same code path, same checks).
import { ApiRequest, wantsVerbose } from './context';
import { errors, SpError } from './errors';
import { ApiResponse, errorResponse, parseQuery, parseSegments } from './http-util';
import { handleContextInfo, handleSite, handleWeb } from './routes/web';

export function dispatch(r: ApiRequest): ApiResponse {
  const out = route(r);
  return /odata=nometadata/i.test(r.headers.accept ?? '') ? withoutMetadata(out) : out;
}

const NO_METADATA = 'application/json;odata=nometadata;streaming=true;charset=utf-8';

/** `Accept: application/json;odata=nometadata`: the same JSON without `odata.*` annotations (paging links stay). */
function withoutMetadata(res: ApiResponse): ApiResponse {
  if (res.status >= 400 || !res.body || !/^application\/json/i.test(res.headers['Content-Type'] ?? '') || /odata=verbose/i.test(res.headers['Content-Type'] ?? '')) return res;
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (!v || typeof v !== 'object') return v;
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (k === 'odata.nextLink' || (!k.startsWith('odata.') && !k.includes('@odata.'))) o[k] = strip(x);
    return o;
  };
  return { ...res, headers: { ...res.headers, 'Content-Type': NO_METADATA }, body: JSON.stringify(strip(JSON.parse(res.body))) };
}

function route(r: ApiRequest): ApiResponse {
  try {
    const [first, ...rest] = r.segments;
    if (!first) throw errors.notFound('the bare _api root');
    switch (first.name) {
      case 'contextinfo': return handleContextInfo(r);
      case 'web': return handleWeb(r, rest);
      case 'site': return handleSite(r, rest);
      default: throw errors.notFound(`_api/${r.segments.map((s) => s.name).join('/')}`);
    }
  } catch (e) {
    return toErrorResponse(e, wantsVerbose(r));
  }
}

export function toErrorResponse(e: unknown, verbose = false): ApiResponse {
  if (e instanceof SpError) return errorResponse(e, verbose);
  // A bug in the emulator must be loud, never a silent success.
  console.error('[sp-service] unexpected error', e);
  const message = e instanceof Error ? `${e.message}` : String(e);
  return errorResponse(new SpError(500, '-1, System.InvalidOperationException', `Local SharePoint service error: ${message}`), verbose);
}

/** Builds the per-request fields derived from the URL. */
export function urlParts(url: URL, siteUrl: string): { segments: ReturnType<typeof parseSegments>; query: Map<string, string> } | null {
  const base = siteUrl === '/' ? '' : siteUrl;
  const rawPath = url.pathname;
  const prefix = `${base}/_api`;
  if (rawPath.toLowerCase() !== prefix.toLowerCase() && !rawPath.toLowerCase().startsWith(`${prefix.toLowerCase()}/`)) return null;
  return { segments: parseSegments(rawPath.slice(prefix.length + 1)), query: parseQuery(url.search) };
}
