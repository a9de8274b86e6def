// `$batch` (WIRE.md §10): multipart/mixed request with nested changesets in, one flat
// `--batchresponse_` part per request out (PnPjs cannot parse changesetresponse parts).
import { randomUUID } from 'crypto';
import { errors } from './errors';
import { ApiResponse, STATUS_TEXT } from './http-util';

export interface BatchPart {
  method: string;
  url: string;
  /** lower-cased names */
  headers: Record<string, string>;
  body: string;
}

export function boundaryOf(contentType: string | undefined): string | null {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return m ? m[1] ?? m[2] : null;
}

function splitHeaders(block: string): { headers: Record<string, string>; rest: string } {
  const idx = block.indexOf('\n\n');
  const head = idx < 0 ? block : block.slice(0, idx);
  const rest = idx < 0 ? '' : block.slice(idx + 2);
  const headers: Record<string, string> = {};
  for (const line of head.split('\n')) {
    const c = line.indexOf(':');
    if (c > 0) headers[line.slice(0, c).trim().toLowerCase()] = line.slice(c + 1).trim();
  }
  return { headers, rest };
}

function splitMultipart(text: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const parts: string[] = [];
  const chunks = text.split(delimiter);
  // chunks[0] is the preamble; a chunk starting with `--` is the close delimiter.
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    parts.push(chunk.replace(/^[ \t]*\n/, ''));
  }
  return parts;
}

export function parseBatch(body: string, contentType: string | undefined): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw errors.badRequest('The $batch request has no multipart boundary.');
  return parseParts(body.replace(/\r\n/g, '\n'), boundary);
}

function parseParts(text: string, boundary: string): BatchPart[] {
  const out: BatchPart[] = [];
  for (const raw of splitMultipart(text, boundary)) {
    const { headers, rest } = splitHeaders(raw);
    const ct = headers['content-type'] ?? '';
    if (/^multipart\/mixed/i.test(ct)) {
      const inner = boundaryOf(ct);
      if (!inner) throw errors.badRequest('A $batch changeset has no boundary.');
      out.push(...parseParts(rest, inner));
      continue;
    }
    if (!/^application\/http/i.test(ct)) throw errors.badRequest(`Unsupported $batch part content type '${ct}'.`);
    const lineEnd = rest.indexOf('\n');
    const requestLine = (lineEnd < 0 ? rest : rest.slice(0, lineEnd)).trim();
    const m = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/[\d.]+)?$/i.exec(requestLine);
    if (!m) throw errors.badRequest(`Invalid request line in $batch: '${requestLine}'.`);
    const inner = splitHeaders(lineEnd < 0 ? '' : rest.slice(lineEnd + 1));
    out.push({ method: m[1].toUpperCase(), url: m[2], headers: inner.headers, body: inner.rest.replace(/\s+$/, '') });
  }
  return out;
}

/** WIRE.md §10.2: flat parts, one blank line before each status line, ETag on 204s, closing delimiter + newline. */
export function formatBatchResponse(responses: ApiResponse[]): { contentType: string; body: string } {
  const id = `batchresponse_${randomUUID()}`;
  const lines: string[] = [];
  for (const r of responses) {
    lines.push(`--${id}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    lines.push(`HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status] ?? 'Unknown'}`);
    for (const [k, v] of Object.entries(r.headers)) {
      if (k.toLowerCase() === 'content-length') continue;
      lines.push(`${k.toUpperCase()}: ${v}`);
    }
    lines.push('');
    lines.push(r.status === 204 ? '' : r.body);
  }
  lines.push(`--${id}--`, '');
  return { contentType: `multipart/mixed; boundary=${id}`, body: lines.join('\r\n') };
}
