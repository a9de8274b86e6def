// Authorization endpoints: site groups and their users, role definitions, role assignments at web and list
// scope, breaking and resetting inheritance, EffectiveBasePermissions.
//
//   web/sitegroups                       GET, POST {Title, Description}
//   web/sitegroups(id) | /getbyid(id) | /getbyname('t')                      GET, MERGE
//   web/sitegroups(...)/users            GET, POST {LoginName}; users/removebyid(n), removebyloginname(@v) POST
//   web/associatedownergroup | associatedmembergroup | associatedvisitorgroup GET
//   web/roledefinitions                  GET; /getbytype(n) /getbyid(n) /getbyname('n') /(n) GET
//   <scope>/roleassignments              GET ($expand=Member,RoleDefinitionBindings)
//   <scope>/roleassignments/addroleassignment(principalid=…,roledefid=…)     POST (also removeroleassignment)
//   <scope>/roleassignments/getbyprincipalid(n) | roleassignments(n)         GET
//   <list>/breakroleinheritance(copyroleassignments=…,clearsubscopes=…)      POST; <list>/resetroleinheritance POST
//   <scope>/effectivebasepermissions     GET
import { ApiRequest, apiUrl, isVerboseBody, parseJsonBody, wantsVerbose } from '../context';
import { collectionResponse, Entity, entityResponse, metadataUrl, queryCollection, userEntity } from '../entities';
import { errors, SpError } from '../errors';
import { ApiResponse, emptyResponse, jsonResponse, Segment, segmentArg } from '../http-util';
import { Assignment, assignmentsAt, directPermission, EMPTY, GroupRec, Mask, RoleDefinition, ROLE_DEFINITIONS, roleById, roleByName, roleByType, scopeOf, toHighLow } from '../roles';
import type { ListRec } from '../schema';
import { canEnumeratePermissions, effectiveBasePermissions, requireManagePermissions, resolveCaller } from '../security';
import type { SiteUserRec } from '../store';
import { directoryUser, siteUserFor } from './users';

const stripClaims = (s: string) => s.replace(/^i:0#\.f\|membership\|/i, '');

// ------------------------------------------------------------ entities

function groupEntity(r: ApiRequest, g: GroupRec): Entity {
  return {
    'odata.type': 'SP.Group',
    'odata.id': `${apiUrl(r)}/Web/SiteGroups/GetById(${g.id})`,
    'odata.editLink': `Web/SiteGroups/GetById(${g.id})`,
    Id: g.id,
    IsHiddenInUI: false,
    LoginName: g.title,
    Title: g.title,
    PrincipalType: 8,
    AllowMembersEditMembership: false,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: g.description || null,
    OnlyAllowMembersViewMembership: false,
    OwnerTitle: g.ownerTitle,
    RequestToJoinLeaveEmailSetting: null,
  };
}

function roleDefinitionEntity(r: ApiRequest, d: RoleDefinition): Entity {
  return {
    'odata.type': 'SP.RoleDefinition',
    'odata.id': `${apiUrl(r)}/Web/RoleDefinitions(${d.id})`,
    'odata.editLink': `Web/RoleDefinitions(${d.id})`,
    BasePermissions: { 'odata.type': 'SP.BasePermissions', ...toHighLow(d.mask) },
    Description: d.description,
    Hidden: d.hidden,
    Id: d.id,
    Name: d.name,
    Order: d.order,
    RoleTypeKind: d.roleTypeKind,
  };
}

function principalEntity(r: ApiRequest, id: number): Entity {
  const g = r.svc.roles.group(r.site.id, id);
  if (g) return groupEntity(r, g);
  const u = r.svc.store.userById(r.site.id, id);
  if (!u) throw errors.badRequest(`The principal with id ${id} does not exist in this site.`);
  return userEntity(r, u, directPermission(directoryUser(r, u.upn), r.site.url));
}

/** `$select` over top-level names (and `Nav/Prop` of expanded navigation properties), `$expand` of the given names. */
function project(e: Entity, nav: Record<string, () => unknown>, select: string | undefined, expand: string | undefined): Entity {
  const out: Entity = {};
  const expanded = (expand ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of expanded) {
    const key = Object.keys(nav).find((k) => k.toLowerCase() === name.toLowerCase());
    if (!key) throw errors.selectMissing(name);
  }
  const names = (select ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const all = names.length === 0 || names.includes('*');
  for (const [k, v] of Object.entries(e)) if (k.startsWith('odata.') || all || names.some((n) => n.toLowerCase() === k.toLowerCase())) out[k] = v;
  for (const n of names) {
    const head = n.split('/')[0].toLowerCase();
    if (n === '*' || Object.keys(e).some((k) => k.toLowerCase() === head)) continue;
    if (!Object.keys(nav).some((k) => k.toLowerCase() === head)) throw errors.selectMissing(n);
    if (!expanded.some((x) => x.toLowerCase() === head)) throw errors.badRequest(`The navigation property '${n}' must be expanded to be selected.`);
  }
  for (const key of Object.keys(nav)) if (expanded.some((x) => x.toLowerCase() === key.toLowerCase())) out[key] = nav[key]();
  return out;
}

// ------------------------------------------------------------ site groups

function findGroup(r: ApiRequest, seg: Segment, rest: Segment[]): { group: GroupRec; rest: Segment[] } {
  const roles = r.svc.roles;
  let g: GroupRec | undefined;
  let after = rest;
  if (seg.arg !== null) g = roles.group(r.site.id, Number(segmentArg(seg.arg)));
  else {
    const [sub, ...more] = rest;
    after = more;
    if (sub?.name === 'getbyid') g = roles.group(r.site.id, Number(segmentArg(sub.arg)));
    else if (sub?.name === 'getbyname') g = roles.groupByTitle(r.site.id, segmentArg(sub.arg));
    else throw errors.notFound(`sitegroups/${rest.map((s) => s.name).join('/')}`);
  }
  if (!g) throw new SpError(404, errors.code.userNotFound, 'Group cannot be found.');
  return { group: g, rest: after };
}

function groupPropsFrom(r: ApiRequest): { title?: string; description?: string } {
  const body = parseJsonBody(r);
  const out: { title?: string; description?: string } = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '__metadata') {
      if (!isVerboseBody(r)) throw errors.unknownProperty(k, 'SP.Group');
      continue;
    }
    if (k === 'Title') {
      if (typeof v !== 'string' || !v.trim()) throw errors.badRequest('The group name must not be empty.');
      if (/["/\\[\]:|<>+=;,?*'@]/.test(v)) throw errors.badRequest(`The group name '${v}' contains characters SharePoint does not allow in group names.`);
      out.title = v.trim();
    } else if (k === 'Description') out.description = String(v ?? '');
    else if (['AllowMembersEditMembership', 'AllowRequestToJoinLeave', 'AutoAcceptRequestToJoinLeave', 'OnlyAllowMembersViewMembership', 'RequestToJoinLeaveEmailSetting'].includes(k)) continue;
    else throw errors.unknownProperty(k, 'SP.Group');
  }
  return out;
}

export function handleSiteGroups(r: ApiRequest, seg: Segment, rest: Segment[]): ApiResponse {
  const roles = r.svc.roles;
  const verbose = wantsVerbose(r);
  if (seg.arg === null && rest.length === 0) {
    if (r.method === 'GET') {
      const rows = queryCollection(r, roles.groups(r.site.id).map((g) => groupEntity(r, g))).map((e) => project(e, {}, r.query.get('$select'), undefined));
      return collectionResponse(r, rows, 'SP.ApiData.Groups', verbose);
    }
    if (r.method === 'POST') {
      requireManagePermissions(r.caller);
      const props = groupPropsFrom(r);
      if (!props.title) throw errors.badRequest('The group name must not be empty.');
      if (roles.groupByTitle(r.site.id, props.title))
        throw errors.badRequest(`The specified name is already in use.`, '-2130575293, Microsoft.SharePoint.SPException');
      const g = roles.createGroup(r.site.id, props.title, props.description ?? '', null, r.caller.user.title);
      return entityResponse(r, 201, groupEntity(r, g), 'SP.ApiData.Groups/@Element', verbose);
    }
    throw errors.methodNotAllowed(r.method, 'sitegroups');
  }
  const { group, rest: after } = findGroup(r, seg, rest);
  return handleGroup(r, group, after);
}

function handleGroup(r: ApiRequest, g: GroupRec, rest: Segment[]): ApiResponse {
  const roles = r.svc.roles;
  const verbose = wantsVerbose(r);
  if (rest.length === 0) {
    if (r.method === 'GET') return entityResponse(r, 200, project(groupEntity(r, g), {}, r.query.get('$select'), undefined), 'SP.ApiData.Groups/@Element', verbose);
    if (r.method === 'MERGE' || r.method === 'PATCH') {
      requireManagePermissions(r.caller);
      const props = groupPropsFrom(r);
      if (props.title && props.title.toLowerCase() !== g.title.toLowerCase() && roles.groupByTitle(r.site.id, props.title))
        throw errors.badRequest(`The specified name is already in use.`, '-2130575293, Microsoft.SharePoint.SPException');
      roles.updateGroup({ ...g, title: props.title ?? g.title, description: props.description ?? g.description });
      return emptyResponse(204);
    }
    throw errors.methodNotAllowed(r.method, 'a site group');
  }
  const [seg, ...after] = rest;
  if (seg.name !== 'users') throw errors.notFound(`sitegroups(${g.id})/${rest.map((s) => s.name).join('/')}`);
  const memberUsers = (): SiteUserRec[] => roles.members(r.site.id, g.id).map((id) => r.svc.store.userById(r.site.id, id)!).filter(Boolean);
  const one = (u: SiteUserRec | undefined): ApiResponse => {
    if (!u) throw errors.userByIdMissing();
    return entityResponse(r, 200, userEntity(r, u, directPermission(directoryUser(r, u.upn), r.site.url)), 'SP.ApiData.Users/@Element', verbose);
  };
  if (seg.arg === null && after.length === 0) {
    if (r.method === 'GET') {
      const rows = queryCollection(r, memberUsers().map((u) => userEntity(r, u, directPermission(directoryUser(r, u.upn), r.site.url))))
        .map((e) => project(e, {}, r.query.get('$select'), undefined));
      return collectionResponse(r, rows, 'SP.ApiData.Users', verbose);
    }
    if (r.method === 'POST') {
      requireManagePermissions(r.caller);
      const body = parseJsonBody(r);
      const login = String(body.LoginName ?? '');
      const dir = directoryUser(r, stripClaims(login));
      if (!dir) throw errors.userNotFound(login);
      const u = siteUserFor(r.svc.store, r.site.id, dir);
      roles.addMember(r.site.id, g.id, u.id);
      return entityResponse(r, 201, userEntity(r, u, directPermission(dir, r.site.url)), 'SP.ApiData.Users/@Element', verbose);
    }
    throw errors.methodNotAllowed(r.method, 'a group’s users');
  }
  if (seg.arg !== null && after.length === 0 && r.method === 'GET') {
    // PnPjs getByLoginName: users('!@v::i:0#.f|membership|upn')
    const arg = segmentArg(seg.arg).replace(/^!@v::/, '');
    const users = memberUsers();
    return one(/^\d+$/.test(arg) ? users.find((u) => u.id === Number(arg)) : users.find((u) => u.upn.toLowerCase() === stripClaims(arg).toLowerCase()));
  }
  const [sub] = after;
  if (seg.arg === null && after.length === 1) {
    const users = memberUsers();
    if (r.method === 'GET' && sub.name === 'getbyid') return one(users.find((u) => u.id === Number(segmentArg(sub.arg))));
    if (r.method === 'GET' && sub.name === 'getbyemail') return one(users.find((u) => u.email.toLowerCase() === segmentArg(sub.arg).toLowerCase()));
    if (r.method === 'POST' && (sub.name === 'removebyid' || sub.name === 'removebyloginname')) {
      requireManagePermissions(r.caller);
      const raw = sub.name === 'removebyloginname' && /^@\w+$/.test((sub.arg ?? '').trim()) ? r.query.get((sub.arg ?? '').trim().toLowerCase()) ?? '' : sub.arg;
      const arg = segmentArg(raw);
      const u = sub.name === 'removebyid' ? users.find((x) => x.id === Number(arg)) : users.find((x) => x.upn.toLowerCase() === stripClaims(arg).toLowerCase());
      if (!u) throw errors.userByIdMissing();
      roles.removeMember(r.site.id, g.id, u.id);
      return emptyResponse(200);
    }
  }
  throw errors.notFound(`sitegroups(${g.id})/users/${after.map((s) => s.name).join('/')}`);
}

export function handleAssociatedGroup(r: ApiRequest, kind: 'owner' | 'member' | 'visitor', rest: Segment[]): ApiResponse {
  const g = r.svc.roles.associatedGroup(r.site.id, kind);
  if (!g) {
    if (rest.length === 0 && r.method === 'GET') return jsonResponse(200, { 'odata.null': true });
    throw errors.notFound(`associated${kind}group (the site has none)`);
  }
  return handleGroup(r, g, rest);
}

// ------------------------------------------------------------ role definitions

export function handleRoleDefinitions(r: ApiRequest, seg: Segment, rest: Segment[]): ApiResponse {
  const verbose = wantsVerbose(r);
  const one = (d: RoleDefinition | undefined): ApiResponse => {
    if (!d) throw new SpError(404, errors.code.userNotFound, 'Permission level cannot be found.');
    return entityResponse(r, 200, project(roleDefinitionEntity(r, d), {}, r.query.get('$select'), undefined), 'SP.ApiData.RoleDefinitions/@Element', verbose);
  };
  if (r.method !== 'GET') {
    if (r.method === 'POST' && seg.arg === null && rest.length === 0) throw errors.notFound('roledefinitions POST (custom permission levels)');
    throw errors.methodNotAllowed(r.method, 'role definitions (custom permission levels are not emulated)');
  }
  if (seg.arg !== null && rest.length === 0) return one(roleById(Number(segmentArg(seg.arg))));
  if (rest.length === 0) {
    const rows = queryCollection(r, ROLE_DEFINITIONS.map((d) => roleDefinitionEntity(r, d))).map((e) => project(e, {}, r.query.get('$select'), undefined));
    return collectionResponse(r, rows, 'SP.ApiData.RoleDefinitions', verbose);
  }
  const [sub, ...after] = rest;
  if (after.length === 0) {
    const arg = segmentArg(sub.arg);
    if (sub.name === 'getbytype') return one(roleByType(Number(arg)));
    if (sub.name === 'getbyid') return one(roleById(Number(arg)));
    if (sub.name === 'getbyname') return one(roleByName(arg));
  }
  throw errors.notFound(`roledefinitions/${rest.map((s) => s.name).join('/')}`);
}

// ------------------------------------------------------------ role assignments and inheritance

/** `principalid=7, roledefid=1073741827` → a map of lower-cased names to values. */
function namedArgs(arg: string | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (arg ?? '').split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq).trim().toLowerCase(), segmentArg(part.slice(eq + 1)));
  }
  return out;
}

function assignmentEntity(r: ApiRequest, base: string, principalId: number, roleIds: number[]): { entity: Entity; nav: Record<string, () => unknown> } {
  return {
    entity: {
      'odata.type': 'SP.RoleAssignment',
      'odata.id': `${apiUrl(r)}/${base}/RoleAssignments/GetByPrincipalId(${principalId})`,
      'odata.editLink': `${base}/RoleAssignments/GetByPrincipalId(${principalId})`,
      PrincipalId: principalId,
    },
    nav: {
      Member: () => principalEntity(r, principalId),
      RoleDefinitionBindings: () => roleIds.map((id) => roleDefinitionEntity(r, roleById(id)!)),
    },
  };
}

function grouped(assignments: Assignment[]): Map<number, number[]> {
  const by = new Map<number, number[]>();
  for (const a of assignments) by.set(a.principalId, [...(by.get(a.principalId) ?? []), a.roleId]);
  return by;
}

/** `web/…` or `lists(…)/…` security segments; returns null when `seg` is not one of them. */
export function handleSecurable(r: ApiRequest, list: ListRec | null, seg: Segment, rest: Segment[]): ApiResponse | null {
  const roles = r.svc.roles;
  const site = r.site;
  const own = scopeOf(list);
  const base = list ? `Web/Lists(guid'${list.id}')` : 'Web';
  const verbose = wantsVerbose(r);
  switch (seg.name) {
    case 'effectivebasepermissions':
    case 'effectivebasepermissionsforui': {
      if (r.method !== 'GET' || rest.length) break;
      return basePermissionsResponse(r, effectiveBasePermissions(r.caller, list ?? undefined));
    }
    case 'doesuserhavepermissions': {
      if (r.method !== 'GET' || rest.length) break;
      return jsonResponse(200, { 'odata.metadata': metadataUrl(r, 'Edm.Boolean'), value: holds(list ? r.caller.on(list) : r.caller.mask, permissionsArg(r, seg.arg)) });
    }
    case 'getusereffectivepermissions': {
      if (r.method !== 'GET' || rest.length) break;
      return basePermissionsResponse(r, toHighLow(permissionsOfUser(r, aliasArg(r, seg.arg), list)));
    }
    case 'hasuniqueroleassignments': {
      if (r.method !== 'GET' || rest.length) break;
      return jsonResponse(200, { 'odata.metadata': metadataUrl(r, 'Edm.Boolean'), value: roles.hasUniqueRoleAssignments(site.id, own) });
    }
    case 'breakroleinheritance': {
      if (!list) throw errors.badRequest('The root web of a site collection always has unique role assignments.');
      if (r.method !== 'POST' || rest.length) break;
      requireManagePermissions(r.caller);
      const args = namedArgs(seg.arg);
      const copy = (args.get('copyroleassignments') ?? 'false').toLowerCase() === 'true';
      const parent = assignmentsAt(roles, r.svc.store, site, r.svc.directory, roles.effectiveScope(site.id, list));
      roles.breakInheritance(site.id, list.id, copy ? parent : null);
      return emptyResponse(200);
    }
    case 'resetroleinheritance': {
      if (!list) throw errors.badRequest('The root web of a site collection cannot inherit role assignments.');
      if (r.method !== 'POST' || rest.length) break;
      requireManagePermissions(r.caller);
      roles.resetInheritance(site.id, list.id);
      return emptyResponse(200);
    }
    case 'roleassignments': {
      const scope = roles.effectiveScope(site.id, list);
      if (seg.arg === null && rest.length === 0) {
        if (r.method !== 'GET') throw errors.methodNotAllowed(r.method, 'roleassignments (use addroleassignment)');
        if (!canEnumeratePermissions(r.caller)) throw errors.accessDenied();
        const rows = [...grouped(assignmentsAt(roles, r.svc.store, site, r.svc.directory, scope))].map(([pid, ids]) => {
          const a = assignmentEntity(r, base, pid, ids);
          return project(a.entity, a.nav, r.query.get('$select'), r.query.get('$expand'));
        });
        return collectionResponse(r, queryCollection(r, rows), 'SP.ApiData.RoleAssignments', verbose);
      }
      const [sub, ...after] = seg.arg !== null ? [{ name: 'getbyprincipalid', arg: seg.arg }, ...rest] : rest;
      if (after.length) break;
      if (sub.name === 'getbyprincipalid' && r.method === 'GET') {
        if (!canEnumeratePermissions(r.caller)) throw errors.accessDenied();
        const pid = Number(segmentArg(sub.arg));
        const ids = grouped(assignmentsAt(roles, r.svc.store, site, r.svc.directory, scope)).get(pid);
        if (!ids) throw new SpError(404, errors.code.userNotFound, `Can not find the principal with id: ${pid}.`);
        const a = assignmentEntity(r, base, pid, ids);
        return entityResponse(r, 200, project(a.entity, a.nav, r.query.get('$select'), r.query.get('$expand')), 'SP.ApiData.RoleAssignments/@Element', verbose);
      }
      if ((sub.name === 'addroleassignment' || sub.name === 'removeroleassignment') && r.method === 'POST') {
        requireManagePermissions(r.caller);
        // SharePoint refuses to change the assignments of a scope that inherits them.
        if (!roles.hasUniqueRoleAssignments(site.id, own))
          throw errors.badRequest('This operation is not allowed on an object that inherits permissions.', '-2146232832, Microsoft.SharePoint.SPException');
        const args = namedArgs(sub.arg);
        const pid = Number(args.get('principalid'));
        const role = roleById(Number(args.get('roledefid')));
        if (!role || role.roleTypeKind === 1) throw errors.badRequest(`The role definition ${args.get('roledefid')} does not exist or cannot be assigned.`);
        if (!roles.group(site.id, pid) && !r.svc.store.userById(site.id, pid)) throw errors.badRequest(`The principal with id ${pid} does not exist in this site.`);
        if (sub.name === 'addroleassignment') roles.addAssignment(site.id, own, pid, role.id);
        else roles.removeAssignment(site.id, own, pid, role.id);
        return emptyResponse(200);
      }
      break;
    }
    default:
      return null;
  }
  throw errors.notFound(`${list ? 'lists(...)' : 'web'}/${[seg, ...rest].map((s) => s.name).join('/')}`);
}

export function basePermissionsResponse(r: ApiRequest, hl: { High: string; Low: string }): ApiResponse {
  return jsonResponse(200, { 'odata.metadata': metadataUrl(r, 'SP.ApiData.BasePermissions'), 'odata.type': 'SP.BasePermissions', ...hl });
}

/** `f(@v)?@v='…'` (PnPjs) or an inline literal: the argument's text. */
export function aliasArg(r: ApiRequest, arg: string | null): string {
  const a = (arg ?? '').trim();
  return segmentArg(/^@\w+$/.test(a) ? r.query.get(a.toLowerCase()) ?? '' : a);
}

/** `doesUserHavePermissions(@v)?@v={"High":"…","Low":"…"}` → the mask asked about. */
export function permissionsArg(r: ApiRequest, arg: string | null): Mask {
  const text = aliasArg(r, arg);
  const high = /["']?High["']?\s*:\s*["']?(\d+)/i.exec(text);
  const low = /["']?Low["']?\s*:\s*["']?(\d+)/i.exec(text);
  if (!high || !low) throw errors.invalidQuery(`The value '${text}' is not a valid SP.BasePermissions.`);
  return (BigInt(high[1]) << BigInt(32)) | BigInt(low[1]);
}

export const holds = (have: Mask, want: Mask): boolean => (have & want) === want;

/** Another user's effective permissions at web or list scope, from the same role model that decides access. */
export function permissionsOfUser(r: ApiRequest, login: string, list: ListRec | null): Mask {
  requireManagePermissions(r.caller);
  const dir = directoryUser(r, stripClaims(login));
  const user = dir ? r.svc.store.userByUpn(r.site.id, dir.upn) : undefined;
  if (!dir || !user) throw errors.userNotFound(login);
  const c = resolveCaller(r.svc.roles, r.site, dir, user);
  if (!c) return EMPTY;
  return list ? c.on(list) : c.mask;
}

/** Properties of a securable a `$select` may ask for on web or list entities. */
export function securableProperties(r: ApiRequest, list: ListRec | null): Entity {
  return {
    HasUniqueRoleAssignments: r.svc.roles.hasUniqueRoleAssignments(r.site.id, scopeOf(list)),
    EffectiveBasePermissions: { 'odata.type': 'SP.BasePermissions', ...effectiveBasePermissions(r.caller, list ?? undefined) },
  };
}

