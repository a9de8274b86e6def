// The state one API request runs with, shared by every route module.
import type { Caller } from './security';
import type { Roles } from './roles';
import type { Segment } from './http-util';
import type { SiteRec, Store } from './store';
import type { DirectoryUser } from './types';
import { errors } from './errors';

export interface ServiceContext {
  store: Store;
  /** site groups, role definitions and assignments */
  roles: Roles;
  directory: DirectoryUser[];
  threshold: number;
  enforceRequired: boolean;
  secret: string;
}

export interface ApiRequest {
  /** effective method: GET, POST, MERGE, PATCH, PUT or DELETE (X-HTTP-Method resolved) */
  method: string;
  url: URL;
  /** lower-cased header names */
  headers: Record<string, string>;
  body: string;
  site: SiteRec;
  caller: Caller;
  /** segments after `/_api/` */
  segments: Segment[];
  /** lower-cased query option names (`$filter`, `$select` …), form-decoded values */
  query: Map<string, string>;
  /** e.g. `http://127.0.0.1:4321` */
  origin: string;
  inBatch: boolean;
  svc: ServiceContext;
}

/** `http://host/sites/x` */
export const webUrl = (r: ApiRequest): string => `${r.origin}${r.site.url === '/' ? '' : r.site.url}`;
/** `http://host/sites/x/_api` */
export const apiUrl = (r: ApiRequest): string => `${webUrl(r)}/_api`;

export function parseJsonBody(r: ApiRequest): Record<string, unknown> {
  if (!r.body.trim()) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(r.body);
  } catch {
    throw errors.invalidJson();
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw errors.invalidJson();
  return parsed as Record<string, unknown>;
}

export const isVerboseBody = (r: ApiRequest): boolean => /odata=verbose/i.test(r.headers['content-type'] ?? '');
export const wantsVerbose = (r: ApiRequest): boolean => /odata=verbose/i.test(r.headers.accept ?? '');
