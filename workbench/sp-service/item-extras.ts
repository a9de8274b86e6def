// What an item has besides its field values: the standard properties SharePoint answers for every item of a
// generic list when `$select` names them (FileRef, UniqueId …), its navigation properties (ParentList,
// FieldValuesAsText, FieldValuesAsHtml, FieldValuesForEdit) and the text forms of its values.
import { ApiRequest, apiUrl } from './context';
import { Entity, listEntity, rootFolderUrl, withNav } from './entities';
import { rawValue } from './item-query';
import { FieldDef, FieldKind, ListRec, findField } from './schema';
import { effectiveBasePermissions } from './security';
import type { ItemRow } from './store';
import { SITE_TIME_ZONE } from './time';

export const ITEM_NAVS = ['ParentList', 'FieldValuesAsText', 'FieldValuesAsHtml', 'FieldValuesForEdit'];
export const ITEM_SELECTABLE = ['FileRef', 'FileDirRef', 'FileLeafRef', 'FSObjType', 'UniqueId', 'EncodedAbsUrl', 'OData__ModerationStatus',
  '_ModerationStatus', 'EffectiveBasePermissions', 'EffectiveBasePermissionsForUI', 'HasUniqueRoleAssignments'];

const isIn = (names: string[], name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
export const isItemNav = (name: string) => isIn(ITEM_NAVS, name.split('/')[0]);
export const isItemSelectable = (name: string) => isIn(ITEM_SELECTABLE, name);

/** An item's pseudo entity carrying its navigation and select-only properties (see projectLevel). */
export function itemExtras(r: ApiRequest, list: ListRec, row: ItemRow): Entity {
  const dir = rootFolderUrl(r, list);
  // A list item's "file" is `<id>_.000` in the list's root folder (SharePoint's own naming for list items).
  const leaf = `${row.id}_.000`;
  const perms = () => ({ 'odata.type': 'SP.BasePermissions', ...effectiveBasePermissions(r.caller, list) });
  const values = (kind: ValuesKind) => () => fieldValuesEntity(r, list, row, kind);
  return withNav({}, {
    ParentList: () => listEntity(r, list),
    FieldValuesAsText: values('text'),
    FieldValuesAsHtml: values('html'),
    FieldValuesForEdit: values('edit'),
  }, {
    FileRef: () => `${dir}/${leaf}`,
    FileDirRef: () => dir,
    FileLeafRef: () => leaf,
    FSObjType: () => 0,
    UniqueId: () => row.uid,
    EncodedAbsUrl: () => `${r.origin}${encodeURI(`${dir}/${leaf}`)}`,
    OData__ModerationStatus: () => 0,
    _ModerationStatus: () => 0,
    EffectiveBasePermissions: perms,
    EffectiveBasePermissionsForUI: perms,
    HasUniqueRoleAssignments: () => false,
  });
}

export type ValuesKind = 'text' | 'html' | 'edit';

const LOCALES: Record<number, string> = { 1033: 'en-US', 1035: 'fi-FI', 1053: 'sv-SE' };
const YES_NO: Record<number, [string, string]> = { 1035: ['Kyllä', 'Ei'], 1053: ['Ja', 'Nej'] };
const htmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Property names in SP.FieldStringValues: the internal name with `_` written as `_x005f_` (`_UIVersionString` → `OData__x005f_UIVersionString`). */
export const stringValuesName = (internalName: string): string => {
  const n = internalName.replace(/_/g, '_x005f_');
  return n.startsWith('_') ? `OData_${n}` : n;
};

/** FieldValuesAsText / AsHtml / ForEdit: every field's value as the site shows it (site time zone and language). */
export function fieldValuesEntity(r: ApiRequest, list: ListRec, row: ItemRow, kind: ValuesKind): Entity {
  const nav = { text: 'FieldValuesAsText', html: 'FieldValuesAsHtml', edit: 'FieldValuesForEdit' }[kind];
  const base = `Web/Lists(guid'${list.id}')/Items(${row.id})/${nav}`;
  const e: Entity = { 'odata.type': 'SP.FieldStringValues', 'odata.id': `${apiUrl(r)}/${base}`, 'odata.editLink': base };
  const data = JSON.parse(row.data) as Record<string, unknown>;
  const locale = LOCALES[r.site.lcid] ?? 'en-US';
  for (const f of list.fields) {
    if (f.kind === FieldKind.Computed || f.extra.PrimaryFieldId) continue;
    const text = valueText(r, f, rawValue(f, row, data), locale, kind);
    e[stringValuesName(f.internalName)] = kind === 'html' ? htmlEsc(text) : text;
  }
  return e;
}

function valueText(r: ApiRequest, f: FieldDef, v: unknown, locale: string, kind: ValuesKind): string {
  if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return '';
  switch (f.kind) {
    case FieldKind.DateTime: {
      const opts: Intl.DateTimeFormatOptions = f.displayFormat === 0
        ? { timeZone: SITE_TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' }
        : { timeZone: SITE_TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit' };
      return new Intl.DateTimeFormat(locale, opts).format(new Date(String(v)));
    }
    case FieldKind.Boolean: case FieldKind.Attachments: {
      const [yes, no] = YES_NO[r.site.lcid] ?? ['Yes', 'No'];
      return v ? yes : no;
    }
    case FieldKind.Number: case FieldKind.Currency: case FieldKind.Integer:
      return kind === 'edit' ? String(v) : new Intl.NumberFormat(locale, { maximumFractionDigits: 10 }).format(Number(v));
    case FieldKind.Counter: return String(v);
    case FieldKind.MultiChoice: return (v as string[]).join('; ');
    case FieldKind.URL: { const u = v as { Url: string; Description: string }; return `${u.Url}, ${u.Description}`; }
    case FieldKind.User: case FieldKind.Lookup: {
      const ids = Array.isArray(v) ? (v as number[]) : [v as number];
      if (kind === 'edit') return ids.join(';#');
      return ids.map((id) => lookupText(r, f, id)).join('; ');
    }
    default: return String(v);
  }
}

function lookupText(r: ApiRequest, f: FieldDef, id: number): string {
  if (f.kind === FieldKind.User) return r.svc.store.userById(r.site.id, id)?.title ?? '';
  const target = f.lookupListId ? r.svc.store.listsOf(r.site.id).get(f.lookupListId) : undefined;
  const tf = target ? findField(target, f.lookupField ?? 'Title') : undefined;
  const row = target ? r.svc.store.getItem(target, id) : undefined;
  if (!target || !tf || !row) return '';
  const v = rawValue(tf, row, JSON.parse(row.data) as Record<string, unknown>);
  return v === null || v === undefined ? '' : String(v);
}
