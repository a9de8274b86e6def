// `_api` dispatcher shared by top-level requests and `$batch` parts (same code path, same checks).
import { ApiRequest, wantsVerbose } from './context';
import { errors, SpError } from './errors';
import { ApiResponse, errorResponse, parseQuery, parseSegments } from './http-util';
import { handleContextInfo, handleSite, handleWeb } from './routes/web';

export function dispatch(r: ApiRequest): ApiResponse {
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
