/**
 * "Ensure schema": creates the missing lists, fields and indexes, sets list security, provisions the site groups
 * and the lists' role assignments (schema/permissions.ts), and records the schema version. Idempotent and additive: re-running changes nothing; running it on an older version adds what is
 * new without touching items. Tenant-wide deployment (needed for Teams) ignores feature XML, so provisioning
 * is code run once by a site owner (the setup web part, or `npm run provision` against a site).
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import { classifyError } from '../errors';
import type { ListStatus, SchemaReport, SchemaStatus } from '../ports';
import { LISTS, SCHEMA_VERSION, listDef } from '../schema/lists';
import { GROUPS, GroupKey, LIST_ROLES, ListRoles, OWNERS_ROLE, ROLE_TYPE, RoleLevel, groupByTitle } from '../schema/permissions';
import { FieldDef, ListDef, LocalizedText } from '../schema/types';
import { f, toODataFilter } from '../odata';

export type SiteLanguage = keyof LocalizedText;

/** AddFieldOptions.AddFieldInternalNameHint: take the internal name from the XML's Name, not DisplayName. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;

function xmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const TYPE_ATTRS: Record<FieldDef['kind'], string> = {
  text: 'Type="Text"',
  note: 'Type="Note" RichText="FALSE" NumLines="6"',
  json: 'Type="Note" RichText="FALSE" NumLines="6" Hidden="FALSE"',
  number: 'Type="Number"',
  currency: 'Type="Currency" LCID="1035"',
  boolean: 'Type="Boolean"',
  choice: 'Type="Choice" Format="Dropdown"',
  multiChoice: 'Type="MultiChoice"',
  dateOnly: 'Type="DateTime" Format="DateOnly"',
  dateTime: 'Type="DateTime" Format="DateTime"',
  lookup: 'Type="Lookup" ShowField="Title"',
  user: 'Type="User" UserSelectionMode="PeopleOnly"',
  userMulti: 'Type="UserMulti" Mult="TRUE" UserSelectionMode="PeopleOnly"',
  url: 'Type="URL" Format="Hyperlink"',
};

/** The CAML `<Field>` for a schema field. `lookupListId` is the target list's GUID for lookups. */
export function fieldXml(field: FieldDef, language: SiteLanguage, lookupListId?: string): string {
  const attrs = [
    TYPE_ATTRS[field.kind],
    `DisplayName="${xmlAttr(field.title[language])}"`,
    `Name="${field.name}"`,
    `StaticName="${field.name}"`,
    `Required="${field.required ? 'TRUE' : 'FALSE'}"`,
  ];
  if (field.indexed) attrs.push('Indexed="TRUE"');
  if (field.unique) attrs.push('EnforceUniqueValues="TRUE"');
  if (field.kind === 'text') attrs.push(`MaxLength="${field.maxLength ?? 255}"`);
  if (field.kind === 'lookup') {
    if (!lookupListId) throw new Error(`Lookup ${field.name} needs the id of list ${field.lookupList}`);
    attrs.push(`List="{${lookupListId}}"`);
  }
  let inner = '';
  if ((field.kind === 'choice' || field.kind === 'multiChoice') && field.choices) {
    inner = `<CHOICES>${field.choices.map((c) => `<CHOICE>${xmlAttr(c)}</CHOICE>`).join('')}</CHOICES>`;
  }
  if (field.kind === 'boolean') inner = '<Default>0</Default>';
  return inner ? `<Field ${attrs.join(' ')}>${inner}</Field>` : `<Field ${attrs.join(' ')} />`;
}

/** The filter for one key of the settings list (escaped like every filter value). */
export function settingsKeyFilter(key: string): string {
  return toODataFilter(listDef('settings'), f.eq('key', key));
}

interface ExistingList {
  Id: string;
  Title: string;
  ItemCount: number;
  ReadSecurity?: number;
  WriteSecurity?: number;
}

interface ExistingField {
  InternalName: string;
  Indexed: boolean;
}

/** A choice field's `Choices`: a plain array in JSON light, `{ results }` in verbose. */
type ChoicesValue = string[] | { results?: string[] } | undefined;
const choicesOf = (c: ChoicesValue): string[] => (!c ? [] : Array.isArray(c) ? c : c.results ?? []);

/**
 * The current choices of the list's existing choice fields, one `$batch`. `Choices` belongs to SP.FieldChoice,
 * not SP.Field, so it cannot be selected on the fields collection: each field is read by its name.
 */
async function existingChoices(sp: SPFI, list: ListDef, fields: ReadonlyMap<string, ExistingField>): Promise<Map<string, string[]>> {
  const wanted = list.fields.filter((x) => (x.kind === 'choice' || x.kind === 'multiChoice') && fields.has(x.name));
  if (!wanted.length) return new Map();
  const [batched, execute] = sp.batched();
  const reads = wanted.map((x) =>
    (batched.web.lists.getByTitle(list.title).fields.getByInternalNameOrTitle(x.name).select('Choices')() as Promise<{ Choices?: ChoicesValue }>).then((r) => choicesOf(r.Choices)),
  );
  await execute();
  const out = new Map<string, string[]>();
  for (let i = 0; i < wanted.length; i++) out.set(wanted[i].name, await reads[i]);
  return out;
}

async function existingLists(sp: SPFI): Promise<Map<string, ExistingList>> {
  const titles = LISTS.map((l) => l.title);
  const rows = (await sp.web.lists.select('Id', 'Title', 'ItemCount', 'ReadSecurity', 'WriteSecurity')()) as ExistingList[];
  return new Map(rows.filter((r) => titles.includes(r.Title)).map((r) => [r.Title, r]));
}

async function existingFields(sp: SPFI, list: ListDef): Promise<Map<string, ExistingField>> {
  const rows = (await sp.web.lists
    .getByTitle(list.title)
    .fields.select('InternalName', 'Indexed')
    .filter("startswith(InternalName,'AC') or InternalName eq 'Title'")()) as ExistingField[];
  return new Map(rows.map((r) => [r.InternalName, r]));
}

async function readSchemaVersion(sp: SPFI): Promise<number | undefined> {
  const settings = listDef('settings');
  try {
    const rows = (await sp.web.lists
      .getByTitle(settings.title)
      .items.select('Id', 'Title', 'ACValue')
      .filter(settingsKeyFilter('schemaVersion'))
      .top(1)()) as { ACValue?: string }[];
    return rows[0] ? Number(rows[0].ACValue) : undefined;
  } catch (e) {
    if (classifyError(e).kind === 'listMissing') return undefined;
    throw e;
  }
}

async function writeSchemaVersion(sp: SPFI, version: number): Promise<void> {
  const items = sp.web.lists.getByTitle(listDef('settings').title).items;
  const rows = (await items.select('Id').filter(settingsKeyFilter('schemaVersion')).top(1)()) as { Id: number; 'odata.etag': string }[];
  if (rows[0]) await items.getById(rows[0].Id).update({ ACValue: String(version) }, rows[0]['odata.etag']);
  else await items.add({ Title: 'schemaVersion', ACValue: String(version), ACClientKey: 'settings:schemaVersion' });
}

export interface EnsureSchemaOptions {
  /**
   * Provision only what versions up to this one define (lists and fields whose `since` is higher are left out) and
   * record this version. Default SCHEMA_VERSION. Used to build an older site, e.g. a v1 site in the upgrade test.
   */
  upToVersion?: number;
}

/** Whether a list or field of the schema belongs to the given version (no `since` = version 1). */
const inVersion = (x: { since?: number }, version: number): boolean => (x.since ?? 1) <= version;

/**
 * Creates what is missing and records the version. On an older site this is the in-place upgrade: the lists and
 * fields a later version added are created beside the existing ones (nothing is removed, renamed or retyped, so
 * every item stays as it was; a new boolean reads false, a new JSON or choice column empty). A site that
 * records a newer version than `upToVersion` keeps its record.
 */
export async function ensureSchema(
  sp: SPFI,
  language: SiteLanguage = 'fi',
  onProgress: (m: string) => void = () => undefined,
  options: EnsureSchemaOptions = {},
): Promise<SchemaReport> {
  const target = options.upToVersion ?? SCHEMA_VERSION;
  if (!Number.isInteger(target) || target < 1 || target > SCHEMA_VERSION) throw new RangeError(`ensureSchema: no schema version ${target}`);
  const report: SchemaReport = { createdLists: [], addedFields: [], addedIndexes: [], updatedChoices: [], toVersion: target };
  report.fromVersion = await readSchemaVersion(sp);
  const lists = await existingLists(sp);
  const listIds = new Map<string, string>();
  for (const [title, info] of lists) listIds.set(title, info.Id);

  for (const list of LISTS.filter((l) => inVersion(l, target))) {
    const security = { ReadSecurity: list.readSecurity ?? 1, WriteSecurity: list.writeSecurity ?? 1 };
    const existing = lists.get(list.title);
    if (!existing) {
      onProgress(`+ list ${list.title}`);
      const created = (await sp.web.lists.add(list.title, list.description[language], 100, false, { ...security, OnQuickLaunch: false })) as { Id: string };
      listIds.set(list.title, created.Id);
      report.createdLists.push(list.title);
    } else if (existing.ReadSecurity !== security.ReadSecurity || existing.WriteSecurity !== security.WriteSecurity) {
      // Schema objects, not user data: provisioning is the only writer, so no etag is needed here.
      await sp.web.lists.getByTitle(list.title).update(security);
    }

    const fields = await existingFields(sp, list);
    const choicesNow = await existingChoices(sp, list, fields);
    const spList = sp.web.lists.getByTitle(list.title);
    const title = fields.get('Title');
    if (title && report.createdLists.includes(list.title)) {
      // The built-in Title holds the list's name-like property, or a generated summary that nobody types.
      await spList.fields.getByInternalNameOrTitle('Title').update({
        Required: !!list.titleProp,
        Title: (list.titleLabel ?? { fi: 'Otsikko', sv: 'Rubrik', en: 'Title' })[language],
      });
    }
    for (const field of list.fields.filter((x) => inVersion(x, target))) {
      const have = fields.get(field.name);
      if (!have) {
        const lookupId = field.lookupList ? listIds.get(listDef(field.lookupList).title) : undefined;
        onProgress(`+ field ${list.title}.${field.name}`);
        await spList.fields.createFieldAsXml({ SchemaXml: fieldXml(field, language, lookupId), Options: ADD_FIELD_INTERNAL_NAME_HINT });
        report.addedFields.push(`${list.title}.${field.name}`);
      } else {
        if (field.indexed && !have.Indexed) {
          onProgress(`+ index ${list.title}.${field.name}`);
          await spList.fields.getByInternalNameOrTitle(field.name).update({ Indexed: true });
          report.addedIndexes.push(`${list.title}.${field.name}`);
        }
        const choices = missingChoices(field, choicesNow.get(field.name) ?? []);
        if (choices) {
          onProgress(`+ choices ${list.title}.${field.name}`);
          await spList.fields.getByInternalNameOrTitle(field.name).update({ Choices: choices }, field.kind === 'choice' ? 'SP.FieldChoice' : 'SP.FieldMultiChoice');
          report.updatedChoices!.push(`${list.title}.${field.name}`);
        }
      }
    }
  }
  await ensurePermissions(sp, language, report, onProgress, target);
  if (report.fromVersion === undefined || report.fromVersion < target) {
    onProgress(`schema version ${report.fromVersion ?? '-'} → ${target}`);
    await writeSchemaVersion(sp, target);
  }
  return report;
}

/**
 * The choices a choice field must end up with when the site lacks some the schema declares (a value added in a
 * later version, e.g. the feedback kind 'question' in v4), else undefined. Choices the site has that the schema no
 * longer declares stay, after the declared ones: old items keep a valid value and the field's edit form shows it.
 */
export function missingChoices(field: FieldDef, current: readonly string[]): string[] | undefined {
  if ((field.kind !== 'choice' && field.kind !== 'multiChoice') || !field.choices) return undefined;
  if (field.choices.every((c) => current.includes(c))) return undefined;
  return [...field.choices, ...current.filter((c) => !field.choices!.includes(c))];
}

interface RoleAssignmentRow {
  PrincipalId: number;
  RoleDefinitionBindings?: { Id: number }[];
}

const assignmentKey = (principalId: number, roleDefId: number): string => `${principalId}:${roleDefId}`;

function assignmentKeys(rows: RoleAssignmentRow[]): Set<string> {
  return new Set(rows.flatMap((r) => (r.RoleDefinitionBindings ?? []).map((b) => assignmentKey(r.PrincipalId, b.Id))));
}

/**
 * The site groups and role assignments of permissions.ts: ensures the groups (found by their name in any of the
 * three languages), gives each its level on the web, breaks inheritance on the lists that have their own roles
 * (nothing copied: only those groups and the site's owners get in) and adds each such list's assignments. Additive and
 * idempotent: what exists is left as it is, so a re-run sends reads only.
 */
export async function ensurePermissions(
  sp: SPFI,
  language: SiteLanguage,
  report: SchemaReport,
  onProgress: (m: string) => void = () => undefined,
  /** Lists newer than this version are not on the site yet, so they get no assignments. */
  version: number = SCHEMA_VERSION,
): Promise<void> {
  report.createdGroups = [];
  report.brokenInheritance = [];
  report.addedRoleAssignments = [];

  const groups = (await sp.web.siteGroups.select('Id', 'Title')()) as { Id: number; Title: string }[];
  const groupIds = new Map<GroupKey, { id: number; title: string }>();
  for (const g of GROUPS) {
    const found = groups.find((x) => groupByTitle(x.Title)?.key === g.key);
    if (found) {
      groupIds.set(g.key, { id: found.Id, title: found.Title });
      continue;
    }
    onProgress(`+ group ${g.title[language]}`);
    const created = (await sp.web.siteGroups.add({ Title: g.title[language], Description: g.description[language] })) as { Id: number; Title: string };
    groupIds.set(g.key, { id: created.Id, title: created.Title });
    report.createdGroups.push(created.Title);
  }
  // The team site's owners group; a site without one keeps only the site collection administrators on the lists.
  const owners = (await sp.web.associatedOwnerGroup.select('Id', 'Title')().catch(() => undefined)) as { Id?: number; Title?: string } | undefined;

  // Permission levels by type (their ids and names differ per site and language), the web's assignments, and each
  // list's inheritance and assignments: one $batch of reads.
  const levels = Object.keys(ROLE_TYPE) as RoleLevel[];
  const [batched, execute] = sp.batched();
  const defReads = levels.map((l) => batched.web.roleDefinitions.getByType(ROLE_TYPE[l]).select('Id')() as Promise<{ Id: number }>);
  const assignmentQuery = (q: { roleAssignments: SPFI['web']['roleAssignments'] }): Promise<RoleAssignmentRow[]> =>
    q.roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Id').expand('RoleDefinitionBindings')() as Promise<RoleAssignmentRow[]>;
  const webRead = assignmentQuery(batched.web);
  const listReads = LISTS.filter((l) => inVersion(l, version))
    .map((l) => ({ def: l, roles: LIST_ROLES[l.key] }))
    .filter((x): x is { def: ListDef; roles: ListRoles } => x.roles !== 'inherit')
    .map((x) => {
      const list = batched.web.lists.getByTitle(x.def.title);
      return { ...x, unique: list.select('HasUniqueRoleAssignments')() as Promise<{ HasUniqueRoleAssignments: boolean }>, assigned: assignmentQuery(list) };
    });
  await execute();
  const roleDefIds = new Map<RoleLevel, number>();
  for (let i = 0; i < levels.length; i++) roleDefIds.set(levels[i], (await defReads[i]).Id);

  const webAssigned = assignmentKeys(await webRead);
  for (const g of GROUPS) {
    const principal = groupIds.get(g.key)!;
    const roleDefId = roleDefIds.get(g.web)!;
    if (webAssigned.has(assignmentKey(principal.id, roleDefId))) continue;
    onProgress(`+ web: ${principal.title} → ${g.web}`);
    await sp.web.roleAssignments.add(principal.id, roleDefId);
    report.addedRoleAssignments.push(`web: ${principal.title} → ${g.web}`);
  }

  for (const read of listReads) {
    const list = sp.web.lists.getByTitle(read.def.title);
    let assigned: Set<string>;
    if ((await read.unique).HasUniqueRoleAssignments) assigned = assignmentKeys(await read.assigned);
    else {
      onProgress(`+ unique permissions ${read.def.title}`);
      // Nothing copied and child scopes cleared: exactly the assignments below, whatever the web grants.
      await list.breakRoleInheritance(false, true);
      report.brokenInheritance.push(read.def.title);
      assigned = new Set();
    }
    const wanted: { id: number; title: string; level: RoleLevel }[] = Object.entries(read.roles).map(([key, level]) => ({
      ...groupIds.get(key as GroupKey)!,
      level: level as RoleLevel,
    }));
    if (owners?.Id !== undefined) wanted.unshift({ id: owners.Id, title: owners.Title ?? 'Owners', level: OWNERS_ROLE });
    for (const w of wanted) {
      const roleDefId = roleDefIds.get(w.level)!;
      if (assigned.has(assignmentKey(w.id, roleDefId))) continue;
      await list.roleAssignments.add(w.id, roleDefId);
      report.addedRoleAssignments.push(`${read.def.title}: ${w.title} → ${w.level}`);
    }
  }
}

export async function schemaStatus(sp: SPFI): Promise<SchemaStatus> {
  const lists = await existingLists(sp);
  const settingsExists = lists.has(listDef('settings').title);
  // One $batch for the version and every existing list's fields (17 reads, one round trip).
  const [batched, execute] = sp.batched();
  const version = settingsExists ? readSchemaVersion(batched) : Promise.resolve(undefined);
  const fieldReads = new Map(LISTS.filter((l) => lists.has(l.title)).map((l) => [l.key, existingFields(batched, l)]));
  await execute();
  const siteVersion = await version;
  const statuses: ListStatus[] = [];
  for (const list of LISTS) {
    const info = lists.get(list.title);
    const read = fieldReads.get(list.key);
    if (!info || !read) {
      statuses.push({ key: list.key, title: list.title, exists: false, itemCount: 0, missingFields: list.fields.map((x) => x.name), missingIndexes: [] });
      continue;
    }
    const fields = await read;
    statuses.push({
      key: list.key,
      title: list.title,
      exists: true,
      itemCount: info.ItemCount,
      missingFields: list.fields.filter((x) => !fields.has(x.name)).map((x) => x.name),
      missingIndexes: list.fields.filter((x) => x.indexed && fields.has(x.name) && !fields.get(x.name)!.Indexed).map((x) => x.name),
    });
  }
  return {
    siteVersion,
    codeVersion: SCHEMA_VERSION,
    lists: statuses,
    upToDate: siteVersion === SCHEMA_VERSION && statuses.every((x) => x.exists && !x.missingFields.length && !x.missingIndexes.length),
  };
}
