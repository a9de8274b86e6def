// Who the caller is and what they may do (brief: identity; sharepoint-wire.md §10 item-level security).
import { createHmac, timingSafeEqual } from 'crypto';
import type { DirectoryUser, Permission } from './types';
import { errors } from './errors';
import type { ListRec } from './schema';
import type { SiteRec, SiteUserRec } from './store';
import { digestDate } from './time';

export interface Caller {
  dir: DirectoryUser;
  user: SiteUserRec;
  perm: Permission;
}

const RANK: Record<Permission, number> = { none: 0, read: 1, contribute: 2, edit: 3, design: 4, full: 5 };

export const canRead = (c: Caller) => RANK[c.perm] >= RANK.read;
export const canWriteItems = (c: Caller) => RANK[c.perm] >= RANK.contribute;
/** Edit (Members), Design and Full Control can create and change lists and fields. */
export const canManageLists = (c: Caller) => RANK[c.perm] >= RANK.edit;
/** "Override List Behaviors" is part of Design and Full Control (§10). */
export const overridesListBehaviors = (c: Caller) => RANK[c.perm] >= RANK.design;
export const isSiteAdmin = (perm: Permission) => perm === 'full';

export function requireManageLists(c: Caller): void {
  if (!canManageLists(c)) throw errors.accessDenied();
}

/** ReadSecurity=2: restricted callers only see items they created. Returns the author id to filter on, or null. */
export function readRestriction(list: ListRec, c: Caller): number | null {
  return list.def.readSecurity === 2 && !overridesListBehaviors(c) ? c.user.id : null;
}

export function checkCreateItem(list: ListRec, c: Caller): void {
  if (!canWriteItems(c)) throw errors.accessDenied();
  if (list.def.writeSecurity === 4 && !overridesListBehaviors(c)) throw errors.accessDenied();
}

export function checkChangeItem(list: ListRec, c: Caller, authorId: number): void {
  checkCreateItem(list, c);
  if (list.def.writeSecurity === 2 && !overridesListBehaviors(c) && authorId !== c.user.id) throw errors.accessDenied();
}

// ------------------------------------------------------------ form digest (§6.1)

export const DIGEST_TIMEOUT_SECONDS = 1800;

/** `0x<HMAC>,<date>`: verifiable without server state, so digests survive a restart of the workbench. */
export function issueDigest(secret: string, site: SiteRec, now = Date.now()): string {
  const date = digestDate(now);
  const mac = createHmac('sha256', secret).update(`${site.webId}|${date}`).digest('hex').toUpperCase();
  return `0x${mac},${date}`;
}

export function digestValid(secret: string, site: SiteRec, value: string | undefined, now = Date.now()): boolean {
  if (!value) return false;
  const m = /^0x([0-9A-F]+),(.+)$/i.exec(value.trim());
  if (!m) return false;
  const issued = Date.parse(m[2].replace(' -0000', ' GMT'));
  if (Number.isNaN(issued) || now - issued > DIGEST_TIMEOUT_SECONDS * 1000 || issued - now > 60_000) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${site.webId}|${m[2]}`).digest('hex').toUpperCase());
  const got = Buffer.from(m[1].toUpperCase());
  return expected.length === got.length && timingSafeEqual(expected, got);
}

/**
 * SP.BasePermissions of the default permission levels, as SharePoint reports them in a list's
 * EffectiveBasePermissions (64-bit masks split into High/Low, serialised as strings). Read lacks EditListItems.
 */
const BASE_PERMISSIONS: Record<Permission, { High: string; Low: string }> = {
  none: { High: '0', Low: '0' },
  read: { High: '176', Low: '138612833' },
  contribute: { High: '432', Low: '1011028719' },
  edit: { High: '432', Low: '1011030015' },
  design: { High: '432', Low: '1012866047' },
  full: { High: '2147483647', Low: '4294967295' },
};

export function effectiveBasePermissions(c: Caller): { High: string; Low: string } {
  return BASE_PERMISSIONS[c.perm];
}
