// List routes (WIRE.md §3): collection GET/POST, getByTitle / (guid) / getById / web.getList,
// MERGE update (204), DELETE, recycle; then items, fields and role assignments beneath a list. Lists the caller
// may not view are neither enumerated nor found.
import { ApiRequest, apiUrl, isVerboseBody, parseJsonBody, wantsVerbose, webUrl } from '../context';
import { handleGetChanges, handleListItemChangesSinceToken } from '../changes';
import { collectionResponse, Entity, entityResponse, listEntity, listNavigation, metadataUrl, projectEntity, queryCollection, rootFolderUrl, webEntity } from '../entities';
import { errors } from '../errors';
import { ApiResponse, emptyResponse, jsonResponse, Segment, segmentArg } from '../http-util';
import { entityTypeNameForList, listUrlName, newGuid, normalizeGuid } from '../names';
import { FieldKind, ListDef, ListRec, builtinFields, libraryFields } from '../schema';
import { canSeeList, checkCreateItem, requireManageLists } from '../security';
import type { SiteRec, Store } from '../store';
import { nowUtc } from '../time';
import { handleFields } from './fields';
import { handleItems } from './items';
import { handleSecurable, securableProperties } from './roles';

type Setter = (d: ListDef, v: unknown) => void;
const bool = (key: keyof ListDef): Setter => (d, v) => { (d as unknown as Record<string, unknown>)[key] = !!v; };

function securityValue(name: string, allowed: number[]): Setter {
  return (d, v) => {
    if (typeof v !== 'number' || !allowed.includes(v)) throw errors.badRequest(`${name} must be one of ${allowed.join(', ')}.`);
    if (name === 'ReadSecurity') d.readSecurity = v;
    else d.writeSecurity = v;
  };
}

/** SharePoint refuses longer list titles (the title also names the list's URL). */
export const MAX_LIST_TITLE = 255;

const LIST_PROPS: Record<string, Setter> = {
  Title: (d, v) => {
    if (typeof v !== 'string' || !v.trim()) throw errors.badRequest('The list title must not be empty.');
    if (v.length > MAX_LIST_TITLE) throw errors.badRequest(`The list title is ${v.length} characters long; SharePoint allows at most ${MAX_LIST_TITLE}.`);
    d.title = v;
  },
  Description: (d, v) => { d.description = String(v ?? ''); },
  BaseTemplate: (d, v) => { d.baseTemplate = Number(v); },
  ReadSecurity: securityValue('ReadSecurity', [1, 2]),
  WriteSecurity: securityValue('WriteSecurity', [1, 2, 4]),
  EnableVersioning: bool('enableVersioning'),
  EnableAttachments: bool('enableAttachments'),
  ContentTypesEnabled: bool('contentTypesEnabled'),
  AllowContentTypes: bool('allowContentTypes'),
  Hidden: bool('hidden'),
  OnQuickLaunch: bool('onQuickLaunch'),
};

/** Accepted and echoed back, no behaviour behind them. */
const EXTRA_LIST_PROPS = new Set(['EnableFolderCreation', 'NoCrawl', 'EnableMinorVersions', 'MajorVersionLimit', 'MajorWithMinorVersionsLimit',
  'ForceCheckout', 'EnableModeration', 'DraftVersionVisibility', 'DisableGridEditing', 'IrmEnabled', 'DefaultContentApprovalWorkflowId',
  'Direction', 'ExcludeFromOfflineClient', 'DocumentTemplateUrl', 'ListExperienceOptions', 'DefaultDisplayFormUrl', 'ImageUrl']);

function applyListProps(r: ApiRequest, def: ListDef, body: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(body)) {
    if (k === '__metadata') {
      if (!isVerboseBody(r)) throw errors.invalidQuery("The property '__metadata' does not exist on type 'SP.List'.");
      continue;
    }
    const set = LIST_PROPS[k];
    if (set) set(def, v);
    else if (EXTRA_LIST_PROPS.has(k)) def.extra[k] = v;
    else throw errors.unknownProperty(k, 'SP.List');
  }
}

function createList(r: ApiRequest): ApiResponse {
  requireManageLists(r.caller);
  const body = parseJsonBody(r);
  const def: ListDef = {
    title: '', description: '', baseTemplate: 100, entityTypeName: '', urlName: '', created: nowUtc(), readSecurity: 1, writeSecurity: 1,
    enableVersioning: false, enableAttachments: true, contentTypesEnabled: false, allowContentTypes: true, hidden: false, onQuickLaunch: false, extra: {},
  };
  applyListProps(r, def, body);
  if (!def.title) throw errors.badRequest('The list title must not be empty.');
  // Only generic lists are emulated; a library or another template must fail loudly, not half-work.
  if (def.baseTemplate !== 100) throw errors.badRequest(`Local SharePoint service: BaseTemplate ${def.baseTemplate} is not emulated (only 100, the generic list).`);
  const lists = [...r.svc.store.listsOf(r.site.id).values()];
  if (lists.some((l) => l.def.title.toLowerCase() === def.title.toLowerCase())) throw errors.listExists();
  // Root folder and entity names are fixed at creation (WIRE.md §3); de-duplicate like SharePoint does with a digit.
  let urlName = listUrlName(def.title);
  for (let i = 1; lists.some((l) => l.def.urlName.toLowerCase() === urlName.toLowerCase()); i++) urlName = `${listUrlName(def.title)}${i}`;
  def.urlName = urlName;
  let entity = entityTypeNameForList(def.title);
  for (let i = 1; lists.some((l) => l.def.entityTypeName === entity); i++) entity = entityTypeNameForList(`${def.title}${i}`);
  def.entityTypeName = entity;
  const list = r.svc.store.createList(r.site.id, def, builtinFields());
  return entityResponse(r, 201, listEntity(r, list), 'SP.ApiData.Lists/@Element', wantsVerbose(r));
}

function findList(r: ApiRequest, seg: Segment): ListRec {
  const lists = [...r.svc.store.listsOf(r.site.id).values()];
  const arg = segmentArg(seg.arg);
  let list: ListRec | undefined;
  if (seg.name === 'getbytitle') list = lists.find((l) => l.def.title.toLowerCase() === arg.toLowerCase());
  else if (seg.name === 'getlist') {
    const path = arg.toLowerCase().replace(/\/$/, '');
    list = lists.find((l) => { const root = rootFolderUrl(r, l).toLowerCase(); return root === path || `${r.origin}${root}`.toLowerCase() === path; });
  } else list = lists.find((l) => l.id === normalizeGuid(arg));
  // A list the caller may not view does not exist for them (SharePoint answers the same 404).
  if (!list || !canSeeList(r.caller, list)) throw errors.listMissing(arg, webUrl(r));
  return list;
}

/** `web/lists…` — `rest` starts after `lists`. */
export function handleLists(r: ApiRequest, listsSeg: Segment, rest: Segment[]): ApiResponse {
  if (listsSeg.arg !== null) return handleList(r, findList(r, listsSeg), rest);
  if (rest.length === 0) {
    if (r.method === 'GET') {
      const all = [...r.svc.store.listsOf(r.site.id).values()].filter((l) => canSeeList(r.caller, l)).map((l) => listEntity(r, l));
      const rows = queryCollection(r, all).map((e) => projectEntity(e, r.query.get('$select'), {}, r.query.get('$expand')));
      return collectionResponse(r, rows, 'SP.ApiData.Lists', wantsVerbose(r));
    }
    if (r.method === 'POST') return createList(r);
    throw errors.methodNotAllowed(r.method, 'lists');
  }
  const [seg, ...after] = rest;
  if (seg.name === 'getbytitle' || seg.name === 'getbyid') return handleList(r, findList(r, seg), after);
  if (seg.name === 'ensuresiteassetslibrary' || seg.name === 'ensuresitepageslibrary') throw errors.notEmulated(`lists/${seg.name} (the Site Assets and Site Pages libraries)`);
  throw errors.notFound(`lists/${seg.name}`);
}

/** Lookup columns of the site's lists that point at this list (SP.RelatedField). */
function relatedFields(r: ApiRequest, list: ListRec): Entity[] {
  const out: Entity[] = [];
  for (const other of r.svc.store.listsOf(r.site.id).values()) {
    if (!canSeeList(r.caller, other)) continue;
    for (const f of other.fields) {
      if (f.kind !== FieldKind.Lookup || f.lookupListId !== list.id) continue;
      out.push({ 'odata.type': 'SP.RelatedField', FieldId: f.id, ListId: other.id, ListImageUrl: '/_layouts/15/images/itgen.png?rev=47', RelationshipDeleteBehavior: 0, WebId: r.site.webId });
    }
  }
  return out;
}

/** Information Rights Management is off on every emulated list: SharePoint's defaults for such a list. */
function irmSettings(r: ApiRequest, list: ListRec): Entity {
  const base = `Web/Lists(guid'${list.id}')/InformationRightsManagementSettings`;
  return {
    'odata.type': 'SP.InformationRightsManagementSettings', 'odata.id': `${apiUrl(r)}/${base}`, 'odata.editLink': base,
    AllowPrint: false, AllowScript: false, AllowWriteCopy: false, DisableDocumentBrowserView: false, DocumentAccessExpireDays: 90,
    DocumentLibraryProtectionExpireDate: '0001-01-01T00:00:00Z', EnableDocumentAccessExpire: false, EnableDocumentBrowserPublishingView: false,
    EnableGroupProtection: false, EnableLicenseCacheExpire: false, GroupName: null, LicenseCacheExpireDays: 30, PolicyDescription: null, PolicyTitle: null,
    TemplateId: null,
  };
}

const DEFAULT_LISTS_KEY = (site: SiteRec) => `defaultLists:${site.webId}`;

/**
 * A SharePoint team site comes with a "Documents" library (template 101, root folder "Shared Documents"). Created
 * once per site; a site whose owner deleted it keeps it deleted. Files in it are not emulated (501).
 */
export function ensureDefaultLists(store: Store, site: SiteRec): void {
  if (store.stmt('SELECT 1 FROM meta WHERE key = ?').get(DEFAULT_LISTS_KEY(site))) return;
  store.transaction(() => {
    const lists = [...store.listsOf(site.id).values()];
    if (!lists.some((l) => l.def.title.toLowerCase() === 'documents' || l.def.urlName.toLowerCase() === 'shared documents')) {
      store.createList(site.id, {
        title: 'Documents', description: '', baseTemplate: 101, entityTypeName: 'Shared_x0020_Documents', urlName: 'Shared Documents', created: site.created,
        readSecurity: 1, writeSecurity: 1, enableVersioning: true, enableAttachments: false, contentTypesEnabled: false, allowContentTypes: true,
        hidden: false, onQuickLaunch: true, extra: {},
      }, libraryFields());
    }
    store.stmt('INSERT INTO meta (key, value) VALUES (?, ?)').run(DEFAULT_LISTS_KEY(site), nowUtc());
  });
}

export function handleGetList(r: ApiRequest, seg: Segment, rest: Segment[]): ApiResponse {
  return handleList(r, findList(r, seg), rest);
}

function handleList(r0: ApiRequest, list: ListRec, rest: Segment[]): ApiResponse {
  // Below a list, the caller's permissions are those at the list's scope (its own if it broke inheritance).
  const r: ApiRequest = { ...r0, caller: r0.caller.at(list) };
  if (rest.length === 0) {
    if (r.method === 'GET') {
      const select = r.query.get('$select');
      const extra = /hasuniqueroleassignments/i.test(select ?? '') ? { HasUniqueRoleAssignments: securableProperties(r, list).HasUniqueRoleAssignments } : {};
      const e = projectEntity({ ...listEntity(r, list), ...extra }, select, listNavigation(r, list), r.query.get('$expand'));
      return entityResponse(r, 200, e, 'SP.ApiData.Lists/@Element', wantsVerbose(r));
    }
    if (r.method === 'MERGE' || r.method === 'PATCH') {
      requireManageLists(r.caller);
      const def: ListDef = { ...list.def, extra: { ...list.def.extra } };
      applyListProps(r, def, parseJsonBody(r));
      const clash = [...r.svc.store.listsOf(r.site.id).values()].some((l) => l.id !== list.id && l.def.title.toLowerCase() === def.title.toLowerCase());
      if (clash) throw errors.listExists();
      list.def = def;
      r.svc.store.saveList(list);
      return emptyResponse(204);
    }
    if (r.method === 'DELETE') {
      requireManageLists(r.caller);
      r.svc.store.deleteList(list);
      r.svc.roles.dropScope(r.site.id, list.id);
      return emptyResponse(200);
    }
    throw errors.methodNotAllowed(r.method, 'a list');
  }
  const [seg, ...after] = rest;
  const security = handleSecurable(r, list, seg, after);
  if (security) return security;
  switch (seg.name) {
    case 'items': return handleItems(r, list, after, seg);
    case 'fields': return handleFields(r, list, after, seg);
    case 'recycle':
      if (r.method !== 'POST' || after.length) break;
      requireManageLists(r.caller);
      r.svc.store.deleteList(list);
      r.svc.roles.dropScope(r.site.id, list.id);
      return jsonResponse(200, { 'odata.metadata': metadataUrl(r, 'Edm.Guid'), value: newGuid() });
    case 'rootfolder':
      if (r.method !== 'GET' || after.length) break;
      return entityResponse(r, 200, projectEntity(listNavigation(r, list).RootFolder(), r.query.get('$select')), 'SP.ApiData.Folders/@Element', wantsVerbose(r));
    case 'parentweb':
      if (r.method !== 'GET' || after.length) break;
      return entityResponse(r, 200, projectEntity(webEntity(r), r.query.get('$select')), 'SP.ApiData.Webs/@Element', wantsVerbose(r));
    case 'getchanges': if (!after.length) return handleGetChanges(r, list); break;
    case 'getlistitemchangessincetoken': if (!after.length) return handleListItemChangesSinceToken(r, list); break;
    case 'reservelistitemid':
      if (r.method !== 'POST' || after.length) break;
      checkCreateItem(list, r.caller);
      return jsonResponse(200, { 'odata.metadata': metadataUrl(r, 'Edm.Int32'), value: r.svc.store.reserveItemId(list) });
    case 'getrelatedfields':
      if (r.method !== 'GET' || after.length) break;
      return collectionResponse(r, relatedFields(r, list), 'SP.ApiData.RelatedFields', wantsVerbose(r));
    case 'informationrightsmanagementsettings':
      if (r.method !== 'GET' || after.length) break;
      return entityResponse(r, 200, projectEntity(irmSettings(r, list), r.query.get('$select')), 'SP.ApiData.InformationRightsManagementSettings/@Element', wantsVerbose(r));
    case 'eventreceivers': case 'subscriptions':
      // No remote event receivers or webhooks exist on an emulated list; registering one is not emulated.
      if (r.method !== 'GET' || after.length || seg.arg) throw errors.notEmulated(`lists(...)/${seg.name} beyond an empty collection`);
      return collectionResponse(r, [], seg.name === 'eventreceivers' ? 'SP.ApiData.EventReceiverDefinitions' : 'SP.ApiData.Subscriptions', wantsVerbose(r));
    case 'files': case 'folders': case 'getitems': case 'renderlistdataasstream': case 'renderlistdata': case 'renderlistformdata':
    case 'contenttypes': case 'views': case 'defaultview': case 'getview': case 'usercustomactions': case 'addvalidateupdateitemusingpath':
      throw errors.notEmulated(`lists(...)/${seg.name}`);
    default: break;
  }
  throw errors.notFound(`lists(...)/${rest.map((s) => s.name).join('/')}`);
}
