// JSON shapes of non-item entities in minimal metadata (WIRE.md §2, §3, §4, §11).
import { createHash } from 'crypto';
import { ApiRequest, apiUrl, webUrl } from './context';
import { errors } from './errors';
import { evaluateFilter, parseFilter, parseOrderBy } from './odata-filter';
import { FieldDef, FieldKind, ListRec, fieldClass, fieldEntityName, typeAsString } from './schema';
import { effectiveBasePermissions, isSiteAdmin } from './security';
import type { SiteUserRec } from './store';
import type { Permission } from './types';
import { toVerbose, jsonResponse, ApiResponse, JSON_VERBOSE } from './http-util';

export type Entity = Record<string, unknown>;

export const metadataUrl = (r: ApiRequest, suffix: string): string => `${apiUrl(r)}/$metadata#${suffix}`;

const siteBase = (r: ApiRequest): string => (r.site.url === '/' ? '' : r.site.url);

/** Server-relative URL of a list's root folder: libraries sit at the web's root, lists under /Lists. */
export const rootFolderUrl = (r: ApiRequest, list: ListRec): string =>
  `${siteBase(r)}${list.def.baseTemplate === 101 ? '' : '/Lists'}/${list.def.urlName}`;

const resourcePath = (url: string) => ({ DecodedUrl: url });

/** A change token: `1;<scope>;<object id>;<ticks>;<change number>` (scope 1 site, 2 web, 3 list). */
export function changeToken(scope: number, objectId: string, seq: number, time = new Date()): { 'odata.type': string; StringValue: string } {
  const ticks = BigInt(time.getTime()) * BigInt(10000) + BigInt('621355968000000000');
  return { 'odata.type': 'SP.ChangeToken', StringValue: `1;${scope};${objectId};${ticks};${seq}` };
}

export function webEntity(r: ApiRequest): Entity {
  const s = r.site;
  const e: Entity = {
    'odata.type': 'SP.Web',
    'odata.id': `${apiUrl(r)}/Web`,
    'odata.editLink': 'Web',
    AllowRssFeeds: true,
    Configuration: 0,
    Created: s.created,
    CurrentChangeToken: changeToken(2, s.webId, r.svc.store.lastChange(s.id)?.seq ?? 0),
    Description: '',
    Id: s.webId,
    Language: s.lcid,
    LastItemModifiedDate: s.created,
    QuickLaunchEnabled: true,
    RecycleBinEnabled: true,
    ServerRelativePath: resourcePath(s.url),
    ServerRelativeUrl: s.url,
    SiteLogoUrl: null,
    Title: s.title,
    Url: webUrl(r),
    WebTemplate: 'STS',
    WelcomePage: 'SitePages/Home.aspx',
  };
  // A site collection's root web has no parent web.
  return withNav(e, { ParentWeb: () => null });
}

export function listEntity(r: ApiRequest, list: ListRec): Entity {
  const d = list.def;
  const base = `Web/Lists(guid'${list.id}')`;
  const root = rootFolderUrl(r, list);
  const forms = d.baseTemplate === 101 ? `${root}/Forms` : root;
  const e: Entity = {
    'odata.type': 'SP.List',
    'odata.id': `${apiUrl(r)}/${base}`,
    'odata.etag': '"1"',
    'odata.editLink': base,
    AllowContentTypes: d.allowContentTypes,
    BaseTemplate: d.baseTemplate,
    BaseType: d.baseTemplate === 101 ? 1 : 0,
    ContentTypesEnabled: d.contentTypesEnabled,
    Created: d.created,
    Description: d.description,
    EnableAttachments: d.enableAttachments,
    EnableFolderCreation: false,
    EnableVersioning: d.enableVersioning,
    EffectiveBasePermissions: { 'odata.type': 'SP.BasePermissions', ...effectiveBasePermissions(r.caller, list) },
    EntityTypeName: d.entityTypeName,
    Hidden: d.hidden,
    Id: list.id,
    ItemCount: list.itemCount,
    LastItemModifiedDate: list.lastItemModified,
    ListItemEntityTypeFullName: `SP.Data.${d.entityTypeName}Item`,
    NoCrawl: false,
    OnQuickLaunch: d.onQuickLaunch,
    ParentWebUrl: r.site.url,
    ReadSecurity: d.readSecurity,
    Title: d.title,
    WriteSecurity: d.writeSecurity,
    ...d.extra,
  };
  return withNav(e, listNavigation(r, list), {
    DefaultViewUrl: () => `${forms}/AllItems.aspx`,
    DefaultDisplayFormUrl: () => `${forms}/DispForm.aspx`,
    DefaultEditFormUrl: () => `${forms}/EditForm.aspx`,
    DefaultNewFormUrl: () => `${forms}/NewForm.aspx`,
    ParentWebPath: () => resourcePath(r.site.url),
    EffectiveBasePermissionsForUI: () => ({ 'odata.type': 'SP.BasePermissions', ...effectiveBasePermissions(r.caller, list) }),
    CurrentChangeToken: () => changeToken(3, list.id, r.svc.store.lastChange(r.site.id)?.seq ?? 0),
  });
}

/** Navigation properties a list can `$expand`. */
export function listNavigation(r: ApiRequest, list: ListRec): Record<string, () => Entity> {
  const rootUrl = rootFolderUrl(r, list);
  return {
    RootFolder: () => ({
      'odata.type': 'SP.Folder', 'odata.id': `${apiUrl(r)}/Web/Lists(guid'${list.id}')/RootFolder`, 'odata.editLink': `Web/Lists(guid'${list.id}')/RootFolder`,
      Exists: true, IsWOPIEnabled: false, ItemCount: list.itemCount, Name: list.def.urlName, ProgID: null, ServerRelativePath: resourcePath(rootUrl),
      ServerRelativeUrl: rootUrl, TimeCreated: list.def.created, TimeLastModified: list.lastItemModified, UniqueId: list.id, WelcomePage: '',
    }),
    ParentWeb: () => webEntity(r),
  };
}

/** Built-in site columns come from SharePoint's own field schema. */
const V3_SOURCE = 'http://schemas.microsoft.com/sharepoint/v3';

function schemaXml(f: FieldDef, list: ListRec | null, webId: string): string {
  const source = list ? `{${list.id}}` : f.builtin ? V3_SOURCE : `{${webId}}`;
  const attrs: [string, string][] = [['Type', typeAsString(f)], ['DisplayName', f.title], ['Required', f.required ? 'TRUE' : 'FALSE'],
    ['ID', `{${f.id}}`], ['SourceID', source], ['StaticName', f.staticName], ['Name', f.internalName]];
  if (f.group && !list) attrs.push(['Group', f.group]);
  if (f.indexed) attrs.push(['Indexed', 'TRUE']);
  if (f.unique) attrs.push(['EnforceUniqueValues', 'TRUE']);
  if (f.lookupListId) attrs.push(['List', `{${f.lookupListId}}`], ['ShowField', f.lookupField ?? 'Title']);
  if (f.multi) attrs.push(['Mult', 'TRUE']);
  if (f.kind === FieldKind.DateTime) attrs.push(['Format', f.displayFormat === 0 ? 'DateOnly' : 'DateTime']);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const head = `<Field ${attrs.map(([k, v]) => `${k}="${esc(v)}"`).join(' ')}`;
  if (f.choices) return `${head}><CHOICES>${f.choices.map((c) => `<CHOICE>${esc(c)}</CHOICE>`).join('')}</CHOICES></Field>`;
  return `${head} />`;
}

/** A list's field, or a site column when `list` is null. */
export function fieldEntity(r: ApiRequest, list: ListRec | null, f: FieldDef): Entity {
  const base = list ? `Web/Lists(guid'${list.id}')/Fields(guid'${f.id}')` : `Web/Fields(guid'${f.id}')`;
  const e: Entity = {
    'odata.type': fieldClass(f.kind),
    'odata.id': `${apiUrl(r)}/${base}`,
    'odata.editLink': base,
    AutoIndexed: false,
    CanBeDeleted: !f.builtin,
    DefaultValue: f.defaultValue ?? null,
    Description: f.description,
    Direction: 'none',
    EnforceUniqueValues: f.unique,
    EntityPropertyName: fieldEntityName(f),
    Filterable: true,
    FromBaseType: !!f.builtin,
    Group: f.group,
    Hidden: f.hidden,
    Id: f.id,
    Indexed: f.indexed || f.builtin === 'ID',
    IndexStatus: 0,
    InternalName: f.internalName,
    ReadOnlyField: f.readOnly,
    Required: f.required,
    SchemaXml: schemaXml(f, list, r.site.webId),
    Scope: list ? rootFolderUrl(r, list) : r.site.url,
    Sealed: !!f.builtin,
    Sortable: true,
    StaticName: f.staticName,
    Title: f.title,
    FieldTypeKind: f.kind,
    TypeAsString: typeAsString(f),
    TypeDisplayName: typeAsString(f),
    ValidationFormula: null,
    ValidationMessage: null,
  };
  if (f.kind === FieldKind.Text) e.MaxLength = f.maxLength ?? 255;
  if (f.kind === FieldKind.Choice || f.kind === FieldKind.MultiChoice) {
    e.Choices = f.choices ?? [];
    e.FillInChoice = !!f.fillIn;
    e.Mappings = null;
    if (f.kind === FieldKind.Choice) e.EditFormat = (f.extra.EditFormat as number) ?? 0;
  }
  if (f.kind === FieldKind.DateTime) {
    e.DisplayFormat = f.displayFormat ?? 1;
    e.DateTimeCalendarType = 1;
    e.FriendlyDisplayFormat = 0;
  }
  if (f.kind === FieldKind.URL) e.DisplayFormat = f.displayFormat ?? 0;
  if (f.kind === FieldKind.Lookup || f.kind === FieldKind.User) {
    e.AllowMultipleValues = f.multi;
    e.LookupField = f.lookupField ?? 'Title';
    e.LookupList = f.kind === FieldKind.User ? 'UserInfo' : `{${f.lookupListId}}`;
    e.LookupWebId = r.site.webId;
    e.IsRelationship = f.kind === FieldKind.Lookup;
    e.RelationshipDeleteBehavior = 0;
    e.PrimaryFieldId = null;
    if (f.kind === FieldKind.User) {
      e.SelectionMode = (f.extra.SelectionMode as number) ?? 1;
      e.SelectionGroup = (f.extra.SelectionGroup as number) ?? 0;
      e.Presence = true;
    }
  }
  return { ...e, ...f.extra };
}

/** Stable 16-hex NameId derived from the Entra object id (SP.User.UserId). */
const nameId = (directoryId: string) => createHash('sha1').update(directoryId).digest('hex').slice(0, 16);

export const loginName = (upn: string) => `i:0#.f|membership|${upn.toLowerCase()}`;

export function userEntity(r: ApiRequest, u: SiteUserRec, perm: Permission): Entity {
  return {
    'odata.type': 'SP.User',
    'odata.id': `${apiUrl(r)}/Web/GetUserById(${u.id})`,
    'odata.editLink': `Web/GetUserById(${u.id})`,
    Id: u.id,
    IsHiddenInUI: false,
    LoginName: loginName(u.upn),
    Title: u.title,
    PrincipalType: 1,
    Email: u.email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: isSiteAdmin(perm),
    UserId: { NameId: nameId(u.directoryId), NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: u.upn,
  };
}

// ------------------------------------------------------------ $select / $filter / $orderby / $top for small collections

/** Navigation properties an entity can `$expand` (kept off the JSON: symbol keys are not serialized). */
export const NAV = Symbol('nav');
/** Properties SharePoint returns only when `$select` names them (DefaultViewUrl, FileRef …). */
export const SELECTABLE = Symbol('selectable');
type NavTarget = Entity | Entity[] | null;
type WithExtras = Entity & { [NAV]?: Record<string, () => NavTarget>; [SELECTABLE]?: Record<string, () => unknown> };

export const withNav = (e: Entity, nav: Record<string, () => NavTarget>, selectable: Record<string, () => unknown> = {}): Entity =>
  Object.assign(e, { [NAV]: nav, [SELECTABLE]: selectable });

const splitList = (s: string | undefined): string[] => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);

/**
 * Applies `$select`/`$expand` to an entity, keeping the odata.* annotations; nested paths (`ParentList/RootFolder/
 * ServerRelativeUrl` with `$expand=ParentList,ParentList/RootFolder`) go as deep as the navigation does. Unknown
 * names → 400 (WIRE.md §12.3).
 */
export function projectEntity(entity: Entity, select: string | undefined, nav: Record<string, () => NavTarget> = {}, expand?: string): Entity {
  return projectLevel(entity, nav, splitList(select), splitList(expand));
}

export function projectLevel(entity: Entity, navExtra: Record<string, () => NavTarget>, selects: string[], expands: string[]): Entity {
  const w = entity as WithExtras;
  const nav = { ...(w[NAV] ?? {}), ...navExtra };
  const selectable = w[SELECTABLE] ?? {};
  const keyIn = (o: object, name: string) => Object.keys(o).find((k) => k.toLowerCase() === name.toLowerCase());
  const subExpands = new Map<string, string[]>();
  for (const e of expands) {
    const [head, ...rest] = e.split('/');
    const key = keyIn(nav, head);
    if (!key) throw errors.selectMissing(e);
    const list = subExpands.get(key) ?? [];
    if (rest.length) list.push(rest.join('/'));
    subExpands.set(key, list);
  }
  const out: Entity = {};
  const all = selects.length === 0 || selects.includes('*');
  for (const [k, v] of Object.entries(entity)) if (k.startsWith('odata.') || all) out[k] = v;
  const subSelects = new Map<string, string[]>();
  const whole = new Set<string>();
  for (const name of selects) {
    if (name === '*') continue;
    const [head, ...rest] = name.split('/');
    if (rest.length) {
      const key = keyIn(nav, head);
      if (!key || !subExpands.has(key)) throw errors.selectMissing(name);
      subSelects.set(key, [...(subSelects.get(key) ?? []), rest.join('/')]);
      continue;
    }
    const key = keyIn(entity, name);
    if (key) { out[key] = entity[key]; continue; }
    const sel = keyIn(selectable, name);
    if (sel) { out[sel] = selectable[sel](); continue; }
    const navKey = keyIn(nav, name);
    if (!navKey) throw errors.selectMissing(name);
    if (subExpands.has(navKey)) whole.add(navKey);
  }
  for (const [key, subExp] of subExpands) {
    if (!all && !whole.has(key) && !subSelects.has(key)) continue;
    const sub = whole.has(key) || all ? [] : subSelects.get(key) ?? [];
    const target = nav[key]();
    out[key] = target === null ? null : Array.isArray(target) ? target.map((t) => projectLevel(t, {}, sub, subExp)) : projectLevel(target, {}, sub, subExp);
  }
  return out;
}

export function queryCollection(r: ApiRequest, entities: Entity[]): Entity[] {
  let rows = entities;
  const filter = r.query.get('$filter');
  if (filter) {
    const ast = parseFilter(filter);
    rows = rows.filter((e) => evaluateFilter(ast, e));
  }
  const orderby = r.query.get('$orderby');
  if (orderby) {
    const keys = parseOrderBy(orderby);
    rows = [...rows].sort((a, b) => {
      for (const k of keys) {
        const av = a[k.path[0]] as string | number;
        const bv = b[k.path[0]] as string | number;
        const c = av === bv ? 0 : av === null || av === undefined ? -1 : bv === null || bv === undefined ? 1 : av < bv ? -1 : 1;
        if (c) return k.desc ? -c : c;
      }
      return 0;
    });
  }
  const top = r.query.get('$top');
  if (top) rows = rows.slice(0, Number(top));
  return rows;
}

/** One entity: minimal (WIRE.md §2.1) or verbose (`{"d":…}`) depending on Accept. */
export function entityResponse(r: ApiRequest, status: number, entity: Entity, metadata: string, verbose: boolean, headers: Record<string, string> = {}): ApiResponse {
  if (verbose) return jsonResponse(status, { d: toVerbose(entity, apiUrl(r)) }, { 'Content-Type': JSON_VERBOSE, ...headers });
  return jsonResponse(status, { 'odata.metadata': metadataUrl(r, metadata), ...entity }, headers);
}

export function collectionResponse(r: ApiRequest, entities: Entity[], metadata: string, verbose: boolean, extra: Entity = {}): ApiResponse {
  if (verbose) {
    const d: Entity = { results: entities.map((e) => toVerbose(e, apiUrl(r))) };
    if (extra['odata.nextLink']) d.__next = extra['odata.nextLink'];
    return jsonResponse(200, { d }, { 'Content-Type': JSON_VERBOSE });
  }
  return jsonResponse(200, { 'odata.metadata': metadataUrl(r, metadata), value: entities, ...extra });
}
