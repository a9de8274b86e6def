// Site users (WIRE.md §11.2): currentUser, siteUsers (+ getById / getByEmail / getByLoginName),
// getUserById, ensureuser.
import { ApiRequest, parseJsonBody, wantsVerbose } from '../context';
import { collectionResponse, entityResponse, projectEntity, queryCollection, userEntity } from '../entities';
import { errors } from '../errors';
import { ApiResponse, Segment, segmentArg } from '../http-util';
import { directPermission } from '../roles';
import { canWriteItems } from '../security';
import type { SiteUserRec } from '../store';
import type { DirectoryUser, Permission } from '../types';

const ELEMENT = 'SP.ApiData.Users/@Element';

/** The user's direct web-scope role on a site (from the directory); group roles come on top (roles.ts). */
export function permissionOf(dir: DirectoryUser | undefined, siteUrl: string): Permission {
  return directPermission(dir, siteUrl);
}

export function directoryUser(r: { svc: { directory: DirectoryUser[] } }, upnOrMail: string): DirectoryUser | undefined {
  const key = upnOrMail.toLowerCase();
  return r.svc.directory.find((d) => d.upn.toLowerCase() === key) ?? r.svc.directory.find((d) => d.mail.toLowerCase() === key);
}

export function siteUserFor(store: ApiRequest['svc']['store'], siteId: number, dir: DirectoryUser): SiteUserRec {
  return store.upsertUser(siteId, {
    upn: dir.upn, directoryId: dir.id, title: dir.displayName, email: dir.mail, jobTitle: dir.jobTitle ?? null, department: dir.department ?? null,
  });
}

function one(r: ApiRequest, u: SiteUserRec | undefined): ApiResponse {
  if (!u) throw errors.userByIdMissing();
  const e = userEntity(r, u, permissionOf(directoryUser(r, u.upn), r.site.url));
  return entityResponse(r, 200, projectEntity(e, r.query.get('$select')), ELEMENT, wantsVerbose(r));
}

const stripClaims = (s: string) => s.replace(/^i:0#\.f\|membership\|/i, '');

export function handleCurrentUser(r: ApiRequest, rest: Segment[]): ApiResponse {
  if (rest.length || r.method !== 'GET') throw errors.notFound(`currentUser/${rest.map((s) => s.name).join('/')}`);
  return one(r, r.caller.user);
}

export function handleGetUserById(r: ApiRequest, seg: Segment, rest: Segment[]): ApiResponse {
  if (rest.length || r.method !== 'GET') throw errors.notFound(`getUserById(...)/${rest.map((s) => s.name).join('/')}`);
  return one(r, r.svc.store.userById(r.site.id, Number(segmentArg(seg.arg))));
}

export function handleSiteUsers(r: ApiRequest, seg: Segment, rest: Segment[]): ApiResponse {
  const store = r.svc.store;
  if (seg.arg !== null && rest.length === 0) {
    // PnPjs getByLoginName sends a parameter alias: `siteUsers(@v)?@v='i:0#.f|membership|upn'`.
    const raw = /^@\w+$/.test(seg.arg.trim()) ? r.query.get(seg.arg.trim().toLowerCase()) ?? '' : seg.arg;
    const arg = segmentArg(raw);
    if (/^\d+$/.test(arg)) return one(r, store.userById(r.site.id, Number(arg)));
    return one(r, store.users(r.site.id).find((u) => u.upn.toLowerCase() === stripClaims(arg).toLowerCase()));
  }
  if (rest.length === 0) {
    if (r.method !== 'GET') throw errors.methodNotAllowed(r.method, 'siteUsers');
    const all = store.users(r.site.id).map((u) => userEntity(r, u, permissionOf(directoryUser(r, u.upn), r.site.url)));
    const rows = queryCollection(r, all).map((e) => projectEntity(e, r.query.get('$select')));
    return collectionResponse(r, rows, 'SP.ApiData.Users', wantsVerbose(r));
  }
  const [sub, ...after] = rest;
  if (after.length || r.method !== 'GET') throw errors.notFound(`siteUsers/${rest.map((s) => s.name).join('/')}`);
  const arg = segmentArg(sub.arg);
  const users = store.users(r.site.id);
  switch (sub.name) {
    case 'getbyid': return one(r, store.userById(r.site.id, Number(arg)));
    case 'getbyemail': return one(r, users.find((u) => u.email.toLowerCase() === arg.toLowerCase()));
    case 'getbyloginname': return one(r, users.find((u) => u.upn.toLowerCase() === stripClaims(arg).toLowerCase()));
    default: throw errors.notFound(`siteUsers/${sub.name}`);
  }
}

/** POST web/ensureuser {"logonName": "i:0#.f|membership|upn"} (also a plain UPN or mail). */
export function handleEnsureUser(r: ApiRequest): ApiResponse {
  if (r.method !== 'POST') throw errors.methodNotAllowed(r.method, 'ensureuser');
  const body = parseJsonBody(r);
  const logon = String(body.logonName ?? body.logonname ?? '');
  const dir = directoryUser(r, stripClaims(logon));
  if (!dir) throw errors.userNotFound(logon);
  const existing = r.svc.store.userByUpn(r.site.id, dir.upn);
  // Adding a new principal to the site needs write access; resolving an existing one does not.
  if (!existing && !canWriteItems(r.caller)) throw errors.accessDenied();
  const u = siteUserFor(r.svc.store, r.site.id, dir);
  return entityResponse(r, 200, userEntity(r, u, permissionOf(dir, r.site.url)), ELEMENT, wantsVerbose(r));
}
