// Web-level routes: contextinfo (WIRE.md §11.1), web, site, regional settings and time zone (§11.3), and the dispatch into
// lists, users, site groups, role definitions and role assignments.
import { ApiRequest, apiUrl, webUrl, wantsVerbose } from '../context';
import { entityResponse, metadataUrl, projectEntity, webEntity } from '../entities';
import { errors } from '../errors';
import { ApiResponse, jsonResponse, Segment, segmentArg } from '../http-util';
import { DIGEST_TIMEOUT_SECONDS, issueDigest } from '../security';
import { formatLocal, formatUtc, parseDateInput } from '../time';
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
    return entityResponse(r, 200, projectEntity({ ...webEntity(r), ...extra }, select || undefined), 'SP.ApiData.Webs/@Element', wantsVerbose(r));
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
    default: throw errors.notFound(`web/${rest.map((s) => s.name + (s.arg !== null ? `(${s.arg})` : '')).join('/')}`);
  }
}

export function handleSite(r: ApiRequest, rest: Segment[]): ApiResponse {
  if (rest.length || r.method !== 'GET') throw errors.notFound(`site/${rest.map((s) => s.name).join('/')}`);
  const e = {
    'odata.type': 'SP.Site', 'odata.id': `${apiUrl(r)}/site`, 'odata.editLink': 'site',
    Id: r.site.siteId, ServerRelativeUrl: r.site.url, Url: webUrl(r),
  };
  return entityResponse(r, 200, projectEntity(e, r.query.get('$select')), 'SP.ApiData.Sites/@Element', wantsVerbose(r));
}
