// SharePoint's authorization model for the local service: site groups with members, the standard role
// definitions (permission levels) with their BasePermissions masks, role assignments at web and list scope,
// broken inheritance (HasUniqueRoleAssignments), and a caller's effective permissions on a scope.
//
// Principals (users and groups) share one id space per site, as in a site collection. A directory user's
// `sitePermissions` entry is a direct web-scope role assignment (not stored: it follows the directory), and
// 'full' also makes the user a site collection administrator, who passes every check.
import type { ListRec } from './schema';
import type { SiteRec, SiteUserRec, Store } from './store';
import type { DirectoryUser, Permission } from './types';
import { nowUtc } from './time';

// ------------------------------------------------------------ BasePermissions (SP.PermissionKind bit n → 1 << (n-1))

export type Mask = bigint;

export const PERM = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  /** Shown as "Override List Behaviors": bypasses ReadSecurity/WriteSecurity (read or edit only own items). */
  CancelCheckout: 9,
  ManageLists: 12,
  Open: 17,
  CreateGroups: 25,
  ManagePermissions: 26,
  EnumeratePermissions: 63,
} as const;

export const bit = (kind: number): Mask => BigInt(1) << BigInt(kind - 1);
export const has = (mask: Mask, kind: number): boolean => (mask & bit(kind)) !== BigInt(0);
const mask = (high: number, low: number): Mask => (BigInt(high) << BigInt(32)) | BigInt(low);
export const EMPTY: Mask = BigInt(0);
export const toHighLow = (m: Mask): { High: string; Low: string } => ({
  High: String(Number((m >> BigInt(32)) & BigInt(0xffffffff))),
  Low: String(Number(m & BigInt(0xffffffff))),
});

export interface RoleDefinition {
  id: number;
  name: string;
  description: string;
  /** SP.RoleType: Guest=1 (Limited Access), Reader=2, Contributor=3, WebDesigner=4, Administrator=5, Editor=6 */
  roleTypeKind: number;
  order: number;
  hidden: boolean;
  mask: Mask;
}

/** The default permission levels of a SharePoint Online team site, with SharePoint's ids and masks. */
export const ROLE_DEFINITIONS: RoleDefinition[] = [
  { id: 1073741829, name: 'Full Control', description: 'Has full control.', roleTypeKind: 5, order: 1, hidden: false, mask: mask(2147483647, 4294967295) },
  { id: 1073741828, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', roleTypeKind: 4, order: 32, hidden: false, mask: mask(432, 1012866047) },
  { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', roleTypeKind: 6, order: 48, hidden: false, mask: mask(432, 1011030767) },
  { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', roleTypeKind: 3, order: 64, hidden: false, mask: mask(432, 1011028719) },
  { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', roleTypeKind: 2, order: 128, hidden: false, mask: mask(176, 138612833) },
  { id: 1073741825, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', roleTypeKind: 1, order: 160, hidden: true, mask: mask(48, 134418465) },
];

const ROLE_OF_PERMISSION: Record<Exclude<Permission, 'none'>, number> = { full: 5, design: 4, edit: 6, contribute: 3, read: 2 };

export const roleByType = (kind: number): RoleDefinition | undefined => ROLE_DEFINITIONS.find((d) => d.roleTypeKind === kind);
export const roleById = (id: number): RoleDefinition | undefined => ROLE_DEFINITIONS.find((d) => d.id === id);
export const roleByName = (name: string): RoleDefinition | undefined => ROLE_DEFINITIONS.find((d) => d.name.toLowerCase() === name.toLowerCase());
export const roleOfPermission = (p: Permission): RoleDefinition | undefined => (p === 'none' ? undefined : roleByType(ROLE_OF_PERMISSION[p]));

// ------------------------------------------------------------ persistence

export interface GroupRec {
  siteId: number;
  id: number;
  title: string;
  description: string;
  ownerTitle: string;
  created: string;
  /** 'owner' | 'member' | 'visitor' for the site's associated groups, else null */
  associated: string | null;
}

export interface Assignment {
  principalId: number;
  roleId: number;
  /** true for the assignment that comes from the directory's `sitePermissions` (web scope only) */
  direct?: boolean;
}

export const WEB_SCOPE = 'web';
export const scopeOf = (list: ListRec | null): string => (list ? list.id : WEB_SCOPE);

/** Tables live next to the store's own (created in store.ts); this class only reads and writes them. */
export class Roles {
  constructor(readonly store: Store) {}

  /** A new site gets SharePoint's three associated groups: Owners (Full Control), Members (Edit), Visitors (Read). */
  ensureSiteDefaults(site: SiteRec): void {
    if (this.groups(site.id).some((g) => g.associated)) return;
    this.store.transaction(() => {
      // SharePoint gives them principal ids 3, 4 and 5 (below the first user, 7).
      const defaults: [string, string, number, number][] = [['owner', 'Owners', 5, 3], ['member', 'Members', 6, 4], ['visitor', 'Visitors', 2, 5]];
      for (const [assoc, suffix, roleType, id] of defaults) {
        const g = this.createGroup(site.id, `${site.title} ${suffix}`, '', assoc, '', id);
        this.addAssignment(site.id, WEB_SCOPE, g.id, roleByType(roleType)!.id);
      }
    });
  }

  private toGroup(r: Record<string, unknown>): GroupRec {
    return {
      siteId: r.site_id as number, id: r.id as number, title: r.title as string, description: r.description as string,
      ownerTitle: r.owner_title as string, created: r.created as string, associated: (r.associated as string) ?? null,
    };
  }

  groups(siteId: number): GroupRec[] {
    return (this.store.stmt('SELECT * FROM site_groups WHERE site_id = ? ORDER BY id').all(siteId) as Record<string, unknown>[]).map((r) => this.toGroup(r));
  }

  group(siteId: number, id: number): GroupRec | undefined {
    const r = this.store.stmt('SELECT * FROM site_groups WHERE site_id = ? AND id = ?').get(siteId, id) as Record<string, unknown> | undefined;
    return r ? this.toGroup(r) : undefined;
  }

  groupByTitle(siteId: number, title: string): GroupRec | undefined {
    const r = this.store.stmt('SELECT * FROM site_groups WHERE site_id = ? AND title = ?').get(siteId, title) as Record<string, unknown> | undefined;
    return r ? this.toGroup(r) : undefined;
  }

  associatedGroup(siteId: number, kind: string): GroupRec | undefined {
    return this.groups(siteId).find((g) => g.associated === kind);
  }

  /** Users and groups share the principal id space of the site. */
  private nextPrincipalId(siteId: number): number {
    const m = (this.store.stmt('SELECT MAX(id) AS m FROM (SELECT id FROM site_users WHERE site_id = ? UNION ALL SELECT id FROM site_groups WHERE site_id = ?)')
      .get(siteId, siteId) as { m: number | null }).m;
    return Math.max(m ?? 0, 6) + 1;
  }

  createGroup(siteId: number, title: string, description: string, associated: string | null = null, ownerTitle = '', fixedId?: number): GroupRec {
    const id = fixedId ?? this.nextPrincipalId(siteId);
    this.store.stmt('INSERT INTO site_groups (site_id, id, title, description, owner_title, created, associated) VALUES (?,?,?,?,?,?,?)')
      .run(siteId, id, title, description, ownerTitle || title, nowUtc(), associated);
    return this.group(siteId, id)!;
  }

  updateGroup(g: GroupRec): void {
    this.store.stmt('UPDATE site_groups SET title = ?, description = ? WHERE site_id = ? AND id = ?').run(g.title, g.description, g.siteId, g.id);
  }

  members(siteId: number, groupId: number): number[] {
    return (this.store.stmt('SELECT user_id FROM group_members WHERE site_id = ? AND group_id = ? ORDER BY user_id').all(siteId, groupId) as { user_id: number }[]).map((r) => r.user_id);
  }

  groupsOf(siteId: number, userId: number): number[] {
    return (this.store.stmt('SELECT group_id FROM group_members WHERE site_id = ? AND user_id = ?').all(siteId, userId) as { group_id: number }[]).map((r) => r.group_id);
  }

  addMember(siteId: number, groupId: number, userId: number): void {
    this.store.stmt('INSERT OR IGNORE INTO group_members (site_id, group_id, user_id) VALUES (?,?,?)').run(siteId, groupId, userId);
  }

  removeMember(siteId: number, groupId: number, userId: number): void {
    this.store.stmt('DELETE FROM group_members WHERE site_id = ? AND group_id = ? AND user_id = ?').run(siteId, groupId, userId);
  }

  hasUniqueRoleAssignments(siteId: number, scope: string): boolean {
    if (scope === WEB_SCOPE) return true; // the root web of a site collection
    return !!this.store.stmt('SELECT 1 FROM unique_scopes WHERE site_id = ? AND scope = ?').get(siteId, scope);
  }

  /** The scope whose assignments apply: the list's own if it broke inheritance, else the web's. */
  effectiveScope(siteId: number, list: ListRec | null): string {
    return list && this.hasUniqueRoleAssignments(siteId, list.id) ? list.id : WEB_SCOPE;
  }

  /** Stored assignments of a scope (the directory's direct web roles are added by `assignmentsAt`). */
  storedAssignments(siteId: number, scope: string): Assignment[] {
    return (this.store.stmt('SELECT principal_id, role_id FROM role_assignments WHERE site_id = ? AND scope = ? ORDER BY principal_id, role_id').all(siteId, scope) as { principal_id: number; role_id: number }[])
      .map((r) => ({ principalId: r.principal_id, roleId: r.role_id }));
  }

  addAssignment(siteId: number, scope: string, principalId: number, roleId: number): void {
    this.store.stmt('INSERT OR IGNORE INTO role_assignments (site_id, scope, principal_id, role_id) VALUES (?,?,?,?)').run(siteId, scope, principalId, roleId);
  }

  removeAssignment(siteId: number, scope: string, principalId: number, roleId: number): void {
    this.store.stmt('DELETE FROM role_assignments WHERE site_id = ? AND scope = ? AND principal_id = ? AND role_id = ?').run(siteId, scope, principalId, roleId);
  }

  /** breakRoleInheritance: the scope gets its own assignments, copied from the parent or empty. */
  breakInheritance(siteId: number, scope: string, copy: Assignment[] | null): void {
    if (this.hasUniqueRoleAssignments(siteId, scope)) return; // SharePoint: a no-op on an already unique scope
    this.store.stmt('INSERT INTO unique_scopes (site_id, scope) VALUES (?, ?)').run(siteId, scope);
    this.store.stmt('DELETE FROM role_assignments WHERE site_id = ? AND scope = ?').run(siteId, scope);
    for (const a of copy ?? []) this.addAssignment(siteId, scope, a.principalId, a.roleId);
  }

  resetInheritance(siteId: number, scope: string): void {
    this.store.stmt('DELETE FROM unique_scopes WHERE site_id = ? AND scope = ?').run(siteId, scope);
    this.store.stmt('DELETE FROM role_assignments WHERE site_id = ? AND scope = ?').run(siteId, scope);
  }

  /** Forget a deleted list's scope. */
  dropScope(siteId: number, scope: string): void {
    this.resetInheritance(siteId, scope);
  }
}

// ------------------------------------------------------------ effective permissions

export function directPermission(dir: DirectoryUser | undefined, siteUrl: string): Permission {
  if (!dir) return 'none';
  const key = Object.keys(dir.sitePermissions).find((k) => k.toLowerCase() === siteUrl.toLowerCase());
  return key ? dir.sitePermissions[key] : 'none';
}

/** Every assignment of a scope as SharePoint lists it: the stored ones plus the direct web roles of site users. */
export function assignmentsAt(roles: Roles, store: Store, site: SiteRec, directory: DirectoryUser[], scope: string): Assignment[] {
  const out = roles.storedAssignments(site.id, scope);
  if (scope !== WEB_SCOPE) return out;
  for (const u of store.users(site.id)) {
    const dir = directory.find((d) => d.upn.toLowerCase() === u.upn.toLowerCase());
    const role = roleOfPermission(directPermission(dir, site.url));
    if (role && !out.some((a) => a.principalId === u.id && a.roleId === role.id)) out.push({ principalId: u.id, roleId: role.id, direct: true });
  }
  return out;
}

/** Union of the roles the user holds at a scope, directly or through groups. */
export function maskAt(roles: Roles, site: SiteRec, user: SiteUserRec, direct: Permission, scope: string): Mask {
  const principals = new Set([user.id, ...roles.groupsOf(site.id, user.id)]);
  let m = EMPTY;
  for (const a of roles.storedAssignments(site.id, scope)) if (principals.has(a.principalId)) m |= roleById(a.roleId)?.mask ?? EMPTY;
  if (scope === WEB_SCOPE) m |= roleOfPermission(direct)?.mask ?? EMPTY;
  return m;
}

/** True when the user holds a role on some list of the site (SharePoint then gives "Limited Access" to the web). */
export function hasAnyListRole(roles: Roles, site: SiteRec, user: SiteUserRec): boolean {
  const principals = [user.id, ...roles.groupsOf(site.id, user.id)];
  const placeholders = principals.map(() => '?').join(',');
  return !!roles.store.stmt(`SELECT 1 FROM role_assignments WHERE site_id = ? AND scope <> 'web' AND principal_id IN (${placeholders}) LIMIT 1`).get(site.id, ...principals);
}
