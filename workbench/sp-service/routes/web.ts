// Web-level routes: contextinfo (WIRE.md §11.1), web, site, regional settings and time zone (§11.3), and the dispatch into
// lists, users, site groups, role definitions and role assignments.
import { ApiRequest, apiUrl, webUrl, wantsVerbose } from '../context';
import { collectionResponse, entityResponse, metadataUrl, projectEntity, webEntity } from '../entities';
import { errors } from '../errors';
import { ApiResponse, jsonResponse, Segment, segmentArg } from '../http-util';
import { DIGEST_TIMEOUT_SECONDS, issueDigest } from '../security';
import { formatLocal, formatUtc, parseDateInput } from '../time';
import { handleGetChanges } from '../changes';
import { createHash } from 'crypto';
import { handleFields } from './fields';
import { handleGetList, handleLists } from './lists';
import { handleAssociatedGroup, handleRoleDefinitions, handleSecurable, handleSiteGroups, securableProperties } from './roles';
import { handleCurrentUser, handleEnsureUser, handleGetUserById, handleSiteUsers } from './users';

export function handleContextInfo(r: ApiRequest): ApiResponse {
  if (r.method !== 'POST') throw errors.methodNotAllowed(r.method, 'contextinfo');
  return jsonResponse(200, {
    'odata.metadata': metadataUrl(r, 'SP.ContextWebInformation'),
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: issueDigest(r.svc.secret, r.site),
    LibraryVersion: '16.0.0.0',
    SiteFullUrl: webUrl(r),
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: webUrl(r),
  });
}

const TIME_ZONE = {
  'odata.type': 'SP.TimeZone',
  Description: '(UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius',
  Id: 59,
  Information: { Bias: -120, DaylightBias: -60, StandardBias: 0 },
};

function regionalSettings(r: ApiRequest): Record<string, unknown> {
  return {
    'odata.type': 'SP.RegionalSettings',
    'odata.id': `${apiUrl(r)}/web/regionalsettings`,
    'odata.editLink': 'web/regionalsettings',
    AdjustHijriDays: 0, AlternateCalendarType: 0, AM: 'ap.', CalendarType: 1, Collation: 25, CollationLCID: 1035, DateFormat: 1,
    DateSeparator: '.', DecimalSeparator: ',', DigitGrouping: '3;0', FirstDayOfWeek: 1, FirstWeekOfYear: 2, IsEastAsia: false,
    IsRightToLeft: false, IsUIRightToLeft: false, ListSeparator: ';', LocaleId: r.site.lcid, NegativeSign: '-', NegNumberMode: 1,
    PM: 'ip.', PositiveSign: '', ShowWeeks: false, ThousandSeparator: '\u00a0', Time24: true, TimeMarkerPosition: 0, TimeSeparator: ':',
    WorkDayEndHour: 1020, WorkDays: 62, WorkDayStartHour: 480,
  };
}

function handleRegionalSettings(r: ApiRequest, rest: Segment[]): ApiResponse {
  const verbose = wantsVerbose(r);
  if (rest.length === 0 && r.method === 'GET') {
    return entityResponse(r, 200, projectEntity(regionalSettings(r), r.query.get('$select')), 'SP.ApiData.RegionalSettings/@Element', verbose);
  }
  const [seg, ...after] = rest;
  if (seg.name !== 'timezone') throw errors.notFound(`regionalSettings/${seg.name}`);
  if (after.length === 0 && r.method === 'GET') {
    const tz = { ...TIME_ZONE, 'odata.id': `${apiUrl(r)}/web/regionalsettings/timezone`, 'odata.editLink': 'web/regionalsettings/timezone' };
    return entityResponse(r, 200, projectEntity(tz, r.query.get('$select')), 'SP.ApiData.TimeZones/@Element', verbose);
  }
  const [fn] = after;
  if (after.length === 1 && (fn.name === 'utctolocaltime' || fn.name === 'localtimetoutc')) {
    const input = segmentArg(fn.arg);
    // utcToLocalTime: zone-less input is UTC; localTimeToUTC: zone-less input is site-local.
    const ms = parseDateInput(fn.name === 'utctolocaltime' && !/(Z|[+-]\d{2}:?\d{2})$/i.test(input) ? `${input}Z` : input);
    if (ms === null) throw errors.invalidQuery(`The date '${input}' is not valid.`);
    const value = fn.name === 'utctolocaltime' ? formatLocal(ms) : formatUtc(ms);
    return jsonResponse(200, { 'odata.metadata': metadataUrl(r, 'Edm.DateTime'), value });
  }
  throw errors.notFound(`regionalSettings/timezone/${after.map((s) => s.name).join('/')}`);
}

/** `_api/web/…` — `rest` starts after `web`. */
export function handleWeb(r: ApiRequest, rest: Segment[]): ApiResponse {
  if (rest.length === 0) {
    if (r.method !== 'GET') throw errors.methodNotAllowed(r.method, 'web (web properties are not writable here)');
    // HasUniqueRoleAssignments and EffectiveBasePermissions only when asked for by $select (as SharePoint does).
    const select = r.query.get('$select') ?? '';
    const extra = /effectivebasepermissions|hasuniqueroleassignments/i.test(select) ? securableProperties(r, null) : {};
    const web = Object.assign(webEntity(r), extra);
    return entityResponse(r, 200, projectEntity(web, select || undefined, {}, r.query.get('$expand')), 'SP.ApiData.Webs/@Element', wantsVerbose(r));
  }
  const [seg, ...after] = rest;
  const security = handleSecurable(r, null, seg, after);
  if (security) return security;
  switch (seg.name) {
    case 'sitegroups': return handleSiteGroups(r, seg, after);
    case 'associatedownergroup': return handleAssociatedGroup(r, 'owner', after);
    case 'associatedmembergroup': return handleAssociatedGroup(r, 'member', after);
    case 'associatedvisitorgroup': return handleAssociatedGroup(r, 'visitor', after);
    case 'roledefinitions': return handleRoleDefinitions(r, seg, after);
    case 'lists': return handleLists(r, seg, after);
    case 'getlist': return handleGetList(r, seg, after);
    case 'currentuser': return handleCurrentUser(r, after);
    case 'siteusers': return handleSiteUsers(r, seg, after);
    case 'getuserbyid': return handleGetUserById(r, seg, after);
    case 'ensureuser': return handleEnsureUser(r);
    case 'regionalsettings': return handleRegionalSettings(r, after);
    case 'fields': return handleFields(r, null, after, seg);
    case 'availablefields':
      // The root web of a site collection has no parent: its available fields are its own site columns.
      if (r.method !== 'GET') throw errors.methodNotAllowed(r.method, 'availablefields');
      return handleFields(r, null, after, seg);
    case 'getchanges': if (!after.length) return handleGetChanges(r, null); break;
    case 'webs': case 'webinfos': case 'getsubwebsfilteredforcurrentuser': return handleSubwebs(r, seg, after);
    case 'siteuserinfolist': return handleUserInfoList(r, after);
    case 'allproperties': return handleAllProperties(r, after);
    case 'getcustomlisttemplates': case 'eventreceivers':
      // A site without saved list templates or remote event receivers: an empty collection, anything else is not emulated.
      if (r.method !== 'GET' || after.length || seg.arg) throw errors.notEmulated(`web/${seg.name} beyond an empty collection`);
      return collectionResponse(r, [], seg.name === 'eventreceivers' ? 'SP.ApiData.EventReceiverDefinitions' : 'SP.ApiData.ListTemplates', wantsVerbose(r));
    case 'navigation': case 'features': case 'hubsitedata': case 'synchubsitetheme': case 'getavailablewebtemplates': case 'folders': case 'rootfolder':
    case 'getfolderbyserverrelativepath': case 'getfilebyserverrelativepath': case 'getfilebyserverrelativeurl': case 'getfolderbyserverrelativeurl':
    case 'contenttypes': case 'usercustomactions': case 'defaultdocumentlibrary': case 'getcatalog': case 'recyclebin':
      throw errors.notEmulated(`web/${seg.name}`);
    default: break;
  }
  throw errors.notFound(`web/${rest.map((s) => s.name + (s.arg !== null ? `(${s.arg})` : '')).join('/')}`);
}

/** Every emulated site is a site collection with one web: no sub-webs, so these collections are empty. */
function handleSubwebs(r: ApiRequest, seg: Segment, rest: Segment[]): ApiResponse {
  if (r.method !== 'GET' || rest.length) throw errors.notEmulated('sub-webs (creating or addressing a web below the site)');
  return collectionResponse(r, [], seg.name === 'webinfos' ? 'SP.ApiData.WebInformations' : 'SP.ApiData.Webs', wantsVerbose(r));
}

/** The hidden "User Information List" (template 112) that holds the site's users; its items are the site users. */
function handleUserInfoList(r: ApiRequest, rest: Segment[]): ApiResponse {
  if (r.method !== 'GET' || rest.length) throw errors.notEmulated(`siteUserInfoList/${rest.map((s) => s.name).join('/')} (read the users through siteUsers)`);
  const h = createHash('sha1').update(`userinfo|${r.site.webId}`).digest('hex');
  const id = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
  const e = {
    'odata.type': 'SP.List', 'odata.id': `${apiUrl(r)}/Web/Lists(guid'${id}')`, 'odata.etag': '"1"', 'odata.editLink': `Web/Lists(guid'${id}')`,
    AllowContentTypes: true, BaseTemplate: 112, BaseType: 0, ContentTypesEnabled: true, Created: r.site.created, Description: 'All people.',
    EnableAttachments: false, EnableVersioning: false, EntityTypeName: 'UserInfo', Hidden: true, Id: id, ItemCount: r.svc.store.users(r.site.id).length,
    LastItemModifiedDate: r.site.created, ListItemEntityTypeFullName: 'SP.Data.UserInfoItem', NoCrawl: true, OnQuickLaunch: false,
    ParentWebUrl: r.site.url, Title: 'User Information List',
  };
  return entityResponse(r, 200, projectEntity(e, r.query.get('$select')), 'SP.ApiData.Lists/@Element', wantsVerbose(r));
}

/** The web's property bag: the values SharePoint keeps there that this service knows (language, associated groups). */
function handleAllProperties(r: ApiRequest, rest: Segment[]): ApiResponse {
  if (r.method !== 'GET' || rest.length) throw errors.notEmulated('writing the property bag');
  const group = (kind: 'owner' | 'member' | 'visitor') => String(r.svc.roles.associatedGroup(r.site.id, kind)?.id ?? '');
  const culture = ({ 1033: 'en-us', 1035: 'fi-fi', 1053: 'sv-se' } as Record<number, string>)[r.site.lcid] ?? 'en-us';
  const e = {
    'odata.type': 'SP.PropertyValues', 'odata.id': `${apiUrl(r)}/Web/allproperties`, 'odata.editLink': 'Web/allproperties',
    vti_x005f_associatemembergroup: group('member'),
    vti_x005f_associateownergroup: group('owner'),
    vti_x005f_associatevisitorgroup: group('visitor'),
    vti_x005f_createdassociategroups: [group('owner'), group('member'), group('visitor')].filter(Boolean).join(';'),
    vti_x005f_defaultlanguage: culture,
    vti_x005f_extenderversion: '16.0.0.0',
  };
  return entityResponse(r, 200, projectEntity(e, r.query.get('$select')), 'SP.ApiData.PropertyValues/@Element', wantsVerbose(r));
}

export function handleSite(r: ApiRequest, rest: Segment[]): ApiResponse {
  // Each emulated site is a site collection whose root web is the web itself.
  if (rest[0]?.name === 'rootweb') return handleWeb(r, rest.slice(1));
  if (rest.length || r.method !== 'GET') throw errors.notFound(`site/${rest.map((s) => s.name).join('/')}`);
  const e = {
    'odata.type': 'SP.Site', 'odata.id': `${apiUrl(r)}/site`, 'odata.editLink': 'site',
    Id: r.site.siteId, ServerRelativeUrl: r.site.url, Url: webUrl(r),
  };
  return entityResponse(r, 200, projectEntity(e, r.query.get('$select')), 'SP.ApiData.Sites/@Element', wantsVerbose(r));
}
