/**
 * Typed data errors. The UI turns each kind into a clear localized message; nothing above the data layer
 * needs to know HTTP status codes or SharePoint exception names.
 */

import type { FieldProblem } from '../domain/validation';

export type { FieldProblem };

export type DataErrorKind =
  | 'conflict' // 412: someone else changed the item since it was read
  | 'notFound' // the item does not exist (deleted by someone else?)
  | 'listMissing' // the list is not provisioned on this site
  | 'accessDenied' // 401/403
  | 'throttled' // 429/503 after PnPjs's own retries
  | 'threshold' // the list view threshold: the query must filter on an indexed column first
  | 'validation' // the server refused the values (400)
  | 'duplicate' // EnforceUniqueValues hit
  | 'network'
  | 'unknown';

export class DataError extends Error {
  public readonly kind: DataErrorKind;
  public readonly status?: number;
  /** The SharePoint list involved, when known (a missing list tells the site owner what to provision). */
  public list?: string;
  public readonly serverMessage?: string;

  public constructor(kind: DataErrorKind, message: string, opts: { status?: number; list?: string; serverMessage?: string } = {}) {
    super(message);
    this.name = 'DataError';
    this.kind = kind;
    this.status = opts.status;
    this.list = opts.list;
    this.serverMessage = opts.serverMessage;
  }
}

export class ValidationError extends DataError {
  public readonly problems: FieldProblem[];

  public constructor(problems: FieldProblem[]) {
    super('validation', `Invalid values: ${problems.map((p) => `${p.field} (${p.code})`).join(', ')}`);
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

interface HttpLikeError {
  status?: number;
  message?: string;
  isHttpRequestError?: boolean;
}

/** SharePoint's JSON-light error body, which PnPjs puts after `::>` in the message. */
function serverMessageOf(message: string): { code?: string; text?: string } {
  const at = message.indexOf('::>');
  if (at < 0) return {};
  const raw = message.slice(at + 3).trim();
  try {
    const body = JSON.parse(raw) as { 'odata.error'?: { code?: string; message?: { value?: string } }; error?: { code?: string; message?: { value?: string } } };
    const err = body['odata.error'] || body.error;
    return { code: err?.code, text: err?.message?.value };
  } catch {
    return { text: raw };
  }
}

/** Maps whatever PnPjs (or fetch) threw into a DataError. */
export function classifyError(error: unknown, list?: string): DataError {
  if (error instanceof DataError) {
    if (list && !error.list) error.list = list;
    return error;
  }
  const e = (error || {}) as HttpLikeError;
  const message = String(e.message || error);
  const status = typeof e.status === 'number' ? e.status : undefined;
  const server = serverMessageOf(message);
  const opts = { status, list, serverMessage: server.text };
  const code = server.code || '';
  if (status === 412) return new DataError('conflict', 'The item was changed by someone else.', opts);
  if (status === 401 || status === 403) return new DataError('accessDenied', 'Access denied.', opts);
  if (status === 429 || status === 503 || status === 504 || /Retry count exceeded/i.test(message)) {
    return new DataError('throttled', 'SharePoint is busy (throttled).', opts);
  }
  if (/SPQueryThrottledException/.test(code) || /list view threshold/i.test(server.text || '')) {
    return new DataError('threshold', 'The query exceeds the list view threshold.', opts);
  }
  if (/SPDuplicateValuesFoundException/.test(code) || /duplicate values/i.test(server.text || '')) {
    return new DataError('duplicate', 'A unique value already exists.', opts);
  }
  if (status === 404) {
    if (/^List '/.test(server.text || '') || /does not exist at site/i.test(server.text || '')) {
      return new DataError('listMissing', `List ${list ?? ''} is missing.`, opts);
    }
    return new DataError('notFound', 'The item does not exist.', opts);
  }
  if (status === 400) return new DataError('validation', server.text || 'SharePoint refused the values.', opts);
  if (status === undefined && /fetch|network|ECONNREFUSED/i.test(message)) return new DataError('network', message, opts);
  return new DataError('unknown', server.text || message, opts);
}
