// Who the caller is and what they may do: effective permissions from role assignments (roles.ts), item-level
// security (ReadSecurity / WriteSecurity), and the form digest.
import { createHmac, timingSafeEqual } from 'crypto';
import type { DirectoryUser, Permission } from './types';
import { errors } from './errors';
import { directPermission, EMPTY, has, hasAnyListRole, Mask, maskAt, PERM, ROLE_DEFINITIONS, Roles, toHighLow, WEB_SCOPE } from './roles';
import type { ListRec } from './schema';
import type { SiteRec, SiteUserRec } from './store';
import { digestDate } from './time';

export interface Caller {
  dir: DirectoryUser;
  user: SiteUserRec;
  /** The user's direct web-scope role from the directory (`sitePermissions`); 'full' = site collection admin. */
  perm: Permission;
  siteAdmin: boolean;
  /** Effective permissions at the scope the request addresses: the web, or a list once the route has found it. */
  mask: Mask;
  /** Effective permissions on a list: the roles of the user and their groups at the list's scope (or the web's if inherited). */
  on(list: ListRec): Mask;
  /** The same caller with `mask` scoped to a list. */
  at(list: ListRec): Caller;
}

const FULL: Mask = ROLE_DEFINITIONS.find((d) => d.roleTypeKind === 5)!.mask;
const LIMITED: Mask = ROLE_DEFINITIONS.find((d) => d.roleTypeKind === 1)!.mask;

/**
 * Who the caller is on a site and what they may do there, or null when they have no access at all (no role at
 * the web, none at any list). A role on some list only gives the web SharePoint's "Limited Access".
 */
export function resolveCaller(roles: Roles, site: SiteRec, dir: DirectoryUser, user: SiteUserRec): Caller | null {
  const perm = directPermission(dir, site.url);
  const siteAdmin = isSiteAdmin(perm);
  let webMask = siteAdmin ? FULL : maskAt(roles, site, user, perm, WEB_SCOPE);
  if (webMask === EMPTY && hasAnyListRole(roles, site, user)) webMask = LIMITED;
  if (webMask === EMPTY) return null;
  const on = (list: ListRec): Mask => (siteAdmin ? FULL : maskAt(roles, site, user, perm, roles.effectiveScope(site.id, list)));
  const make = (mask: Mask): Caller => ({ dir, user, perm, siteAdmin, mask, on, at: (list) => make(on(list)) });
  return make(webMask);
}

export const canWriteItems = (c: Caller) => has(c.mask, PERM.AddListItems);
/** Manage Lists: create lists, change their settings and fields (Edit, Design, Full Control). */
export const canManageLists = (c: Caller) => has(c.mask, PERM.ManageLists);
export const canManagePermissions = (c: Caller) => has(c.mask, PERM.ManagePermissions);
export const canEnumeratePermissions = (c: Caller) => has(c.mask, PERM.EnumeratePermissions);
/** A list is visible (enumerated, addressable) to users who may view its items. */
export const canSeeList = (c: Caller, list: ListRec) => has(c.on(list), PERM.ViewListItems);
/**
 * "Override List Behaviors" (SP.PermissionKind.CancelCheckout; in Design and Full Control, not in Edit): reads
 * and edits all items despite ReadSecurity/WriteSecurity "own items only".
 */
export const overridesListBehaviors = (c: Caller, list: ListRec) => has(c.on(list), PERM.CancelCheckout);
export const isSiteAdmin = (perm: Permission) => perm === 'full';

export function requireManageLists(c: Caller): void {
  if (!canManageLists(c)) throw errors.accessDenied();
}

export function requireManagePermissions(c: Caller): void {
  if (!canManagePermissions(c)) throw errors.accessDenied();
}

/** ReadSecurity=2: restricted callers only see items they created. Returns the author id to filter on, or null. */
export function readRestriction(list: ListRec, c: Caller): number | null {
  return list.def.readSecurity === 2 && !overridesListBehaviors(c, list) ? c.user.id : null;
}

export function checkCreateItem(list: ListRec, c: Caller): void {
  if (!has(c.on(list), PERM.AddListItems)) throw errors.accessDenied();
  if (list.def.writeSecurity === 4 && !overridesListBehaviors(c, list)) throw errors.accessDenied();
}

export function checkChangeItem(list: ListRec, c: Caller, authorId: number): void {
  if (!has(c.on(list), PERM.EditListItems)) throw errors.accessDenied();
  if (list.def.writeSecurity === 4 && !overridesListBehaviors(c, list)) throw errors.accessDenied();
  if (list.def.writeSecurity === 2 && !overridesListBehaviors(c, list) && authorId !== c.user.id) throw errors.accessDenied();
}

// ------------------------------------------------------------ form digest (WIRE.md §11.1)

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

/** SP.BasePermissions (High/Low as strings) of the caller on a list, or on the web without one. */
export function effectiveBasePermissions(c: Caller, list?: ListRec): { High: string; Low: string } {
  return toHighLow(list ? c.on(list) : c.mask);
}
