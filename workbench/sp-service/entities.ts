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

export function webEntity(r: ApiRequest): Entity {
  const s = r.site;
  return {
    'odata.type': 'SP.Web',
    'odata.id': `${apiUrl(r)}/Web`,
    'odata.editLink': 'Web',
    AllowRssFeeds: true,
    Configuration: 0,
    Created: s.created,
    Description: '',
    Id: s.webId,
    Language: s.lcid,
    LastItemModifiedDate: s.created,
    ServerRelativeUrl: s.url,
    Title: s.title,
    Url: webUrl(r),
    WebTemplate: 'STS',
  };
}

export function listEntity(r: ApiRequest, list: ListRec): Entity {
  const d = list.def;
  const base = `Web/Lists(guid'${list.id}')`;
  return {
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
}

/** Navigation properties a list can `$expand`. */
export function listNavigation(r: ApiRequest, list: ListRec): Record<string, () => Entity> {
  const rootUrl = `${r.site.url === '/' ? '' : r.site.url}/Lists/${list.def.urlName}`;
  return {
    RootFolder: () => ({ 'odata.type': 'SP.Folder', 'odata.id': `${apiUrl(r)}/Web/Lists(guid'${list.id}')/RootFolder`, Name: list.def.urlName, ServerRelativeUrl: rootUrl, UniqueId: list.id, ItemCount: list.itemCount }),
    ParentWeb: () => webEntity(r),
  };
}

function schemaXml(f: FieldDef, list: ListRec): string {
  const attrs: [string, string][] = [['Type', typeAsString(f)], ['DisplayName', f.title], ['Required', f.required ? 'TRUE' : 'FALSE'],
    ['ID', `{${f.id}}`], ['SourceID', `{${list.id}}`], ['StaticName', f.staticName], ['Name', f.internalName]];
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

export function fieldEntity(r: ApiRequest, list: ListRec, f: FieldDef): Entity {
  const base = `Web/Lists(guid'${list.id}')/Fields(guid'${f.id}')`;
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
    SchemaXml: schemaXml(f, list),
    Scope: `${r.site.url === '/' ? '' : r.site.url}/Lists/${list.def.urlName}`,
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

/** Applies `$select` to an entity, keeping the odata.* annotations; unknown names → 400 (WIRE.md §12.3). */
export function projectEntity(entity: Entity, select: string | undefined, nav: Record<string, () => Entity> = {}, expand?: string): Entity {
  const expanded = new Map<string, Entity>();
  for (const name of (expand ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const key = Object.keys(nav).find((k) => k.toLowerCase() === name.toLowerCase());
    if (!key) throw errors.selectMissing(name);
    expanded.set(key, nav[key]());
  }
  const out: Entity = {};
  const names = (select ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const all = names.length === 0 || names.includes('*');
  for (const [k, v] of Object.entries(entity)) if (k.startsWith('odata.') || all) out[k] = v;
  for (const name of names) {
    if (name === '*') continue;
    const [head, sub] = name.split('/');
    if (sub !== undefined) {
      const key = [...expanded.keys()].find((k) => k.toLowerCase() === head.toLowerCase());
      if (!key) throw errors.selectMissing(name);
      const target = expanded.get(key)!;
      const subKey = Object.keys(target).find((k) => k.toLowerCase() === sub.toLowerCase());
      if (!subKey) throw errors.selectMissing(name);
      const holder = (out[key] as Entity) ?? { 'odata.type': target['odata.type'], 'odata.id': target['odata.id'] };
      holder[subKey] = target[subKey];
      out[key] = holder;
      continue;
    }
    const key = Object.keys(entity).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key) out[key] = entity[key];
    else if (expanded.has(name)) continue;
    else if (!Object.keys(nav).some((k) => k.toLowerCase() === name.toLowerCase())) throw errors.selectMissing(name);
  }
  for (const [k, v] of expanded) if (all || names.some((n) => n.toLowerCase() === k.toLowerCase())) out[k] = v;
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
