// Public types of the local SharePoint service (re-exported from index.ts).
import type * as http from 'http';

export type Permission = 'full' | 'design' | 'edit' | 'contribute' | 'read' | 'none';

export interface DirectoryUser {
  /** Entra object id (guid) */
  id: string;
  upn: string;
  displayName: string;
  mail: string;
  jobTitle?: string;
  department?: string;
  preferredLanguage?: string;
  /** permission per site server-relative URL, e.g. {'/sites/ork': 'full'}; missing = 'none' */
  sitePermissions: Record<string, Permission>;
}

export interface SiteConfig {
  /** '/sites/ork' */
  serverRelativeUrl: string;
  title: string;
  /** 1035 by default */
  lcid?: number;
}

export interface FaultSpec {
  status: 429 | 503 | 504;
  count: number;
  retryAfterSeconds?: number;
  /** 'before': reject without doing anything; 'after': perform the request, then answer with the fault */
  phase?: 'before' | 'after';
  /** only requests whose `METHOD path` matches: a RegExp literal text like `/POST .+items$/i` or a plain pattern */
  match?: string;
}

export interface RequestLogEntry {
  method: string;
  url: string;
  status: number;
  ms: number;
  /** inner `METHOD url` lines of a $batch */
  batchParts?: string[];
  user: string | null;
  at: string;
  fault?: number;
}

export interface SpService {
  /** handles /<site>/_api/** and /_local/**; returns false when the URL is not its business */
  handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean>;
  faults: { set(f: FaultSpec | null): void; latencyMs: number };
  requestLog: { entries(): RequestLogEntry[]; clear(): void };
  /**
   * The form digest a SharePoint page carries for its site (`legacyPageContext.formDigestValue`), so a page can
   * write without asking `contextinfo` first, as SPFx web parts do. Undefined for an unknown site.
   */
  pageDigest(serverRelativeUrl: string): { value: string; timeoutSeconds: number } | undefined;
  /** absolute origin used in odata.id / nextLink (e.g. http://127.0.0.1:4321); defaults to the Host header */
  origin: string | undefined;
  close(): void;
}

export interface CreateSpServiceOptions {
  dbFile: string;
  directory: DirectoryUser[];
  sites: SiteConfig[];
  origin?: string;
  /** default 5000 */
  listViewThreshold?: number;
  /**
   * SharePoint's REST API does not enforce Required on item writes (only forms do); the local service answers 400s on purpose (WIRE.md §6.5).
   * Default true (stricter than SharePoint).
   */
  enforceRequired?: boolean;
}
