/**
 * Row ↔ domain mapping driven by the schema. SharePoint shapes (minimal metadata, see workbench/sp-service/WIRE.md):
 * lookups as `<Name>Id`, expanded users as `{Id, Title, EMail, Name}`, URLs as `{Url, Description}`,
 * date-only values as the UTC instant of Helsinki midnight.
 */
import { dateOnlyFromSharePoint, dateOnlyToSharePoint, isIsoDate } from '../../domain/dates';
import { Entity, Link, PersonRef } from '../../domain/types';
import { FieldDef, ListDef } from '../schema/types';

export type Row = Record<string, unknown>;

const AUDIT_SELECT = ['Id', 'Title', 'Created', 'Modified', 'AuthorId', 'EditorId'];
const PERSON_PARTS = ['Id', 'Title', 'EMail', 'Name'];

/** `$select` and `$expand` for a list: every schema field, people expanded to name and email. */
export function selectFor(list: ListDef): { select: string[]; expand: string[] } {
  const select = [...AUDIT_SELECT];
  const expand: string[] = [];
  for (const field of list.fields) {
    if (field.kind === 'user' || field.kind === 'userMulti') {
      expand.push(field.name);
      for (const part of PERSON_PARTS) select.push(`${field.name}/${part}`);
    } else if (field.kind === 'lookup') {
      select.push(`${field.name}Id`);
    } else {
      select.push(field.name);
    }
  }
  return { select, expand };
}

function toPerson(value: unknown): PersonRef | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.Id !== 'number') return undefined;
  return {
    id: v.Id,
    title: typeof v.Title === 'string' ? v.Title : undefined,
    email: typeof v.EMail === 'string' && v.EMail ? v.EMail : undefined,
    loginName: typeof v.Name === 'string' ? v.Name : undefined,
  };
}

function readField(field: FieldDef, row: Row): unknown {
  switch (field.kind) {
    case 'lookup': {
      const id = row[`${field.name}Id`];
      return typeof id === 'number' ? id : undefined;
    }
    case 'user': {
      const expanded = toPerson(row[field.name]);
      if (expanded) return expanded;
      const id = row[`${field.name}Id`];
      return typeof id === 'number' ? { id } : undefined;
    }
    case 'userMulti': {
      const v = row[field.name];
      if (Array.isArray(v)) return v.map(toPerson).filter((p): p is PersonRef => !!p);
      const ids = row[`${field.name}Id`];
      return Array.isArray(ids) ? ids.map((id) => ({ id: Number(id) })) : [];
    }
    case 'dateOnly':
      return dateOnlyFromSharePoint(row[field.name] as string | null);
    case 'url': {
      const v = row[field.name] as { Url?: string; Description?: string } | null;
      return v && v.Url ? ({ url: v.Url, description: v.Description || undefined } as Link) : undefined;
    }
    case 'json': {
      const v = row[field.name];
      if (typeof v !== 'string' || !v.trim()) return undefined;
      try {
        return JSON.parse(v);
      } catch {
        // A hand-edited cell must not take the whole view down; show it as missing.
        return undefined;
      }
    }
    case 'multiChoice': {
      const v = row[field.name];
      if (Array.isArray(v)) return v;
      if (v && typeof v === 'object' && Array.isArray((v as { results?: unknown[] }).results)) return (v as { results: unknown[] }).results;
      return [];
    }
    case 'boolean':
      return row[field.name] === true;
    default: {
      const v = row[field.name];
      return v === null ? undefined : v;
    }
  }
}

export function rowToEntity<T extends Entity>(list: ListDef, row: Row): T {
  const out: Record<string, unknown> = {
    id: row.Id as number,
    etag: (row['odata.etag'] as string) || '',
    created: row.Created as string | undefined,
    modified: row.Modified as string | undefined,
    authorId: row.AuthorId as number | undefined,
    editorId: row.EditorId as number | undefined,
  };
  if (list.titleProp) out[list.titleProp] = (row.Title as string | null) ?? '';
  for (const field of list.fields) {
    const value = readField(field, row);
    if (value !== undefined) out[field.prop] = value;
  }
  return out as T;
}

function writeField(field: FieldDef, value: unknown, body: Row): void {
  const empty = value === undefined || value === null || value === '';
  switch (field.kind) {
    case 'lookup':
      body[`${field.name}Id`] = empty ? null : Number(value);
      return;
    case 'user':
      body[`${field.name}Id`] = empty ? null : typeof value === 'object' ? (value as PersonRef).id : Number(value);
      return;
    case 'userMulti':
      body[`${field.name}Id`] = Array.isArray(value) ? value.map((p: PersonRef | number) => (typeof p === 'number' ? p : p.id)) : [];
      return;
    case 'dateOnly':
      if (!empty && !isIsoDate(value)) throw new TypeError(`${field.name}: expected YYYY-MM-DD, got ${String(value)}`);
      body[field.name] = empty ? null : dateOnlyToSharePoint(value as string);
      return;
    case 'dateTime':
      body[field.name] = empty ? null : new Date(value as string).toISOString();
      return;
    case 'url':
      body[field.name] = empty ? null : { Url: (value as Link).url, Description: (value as Link).description || (value as Link).url };
      return;
    case 'json':
      body[field.name] = empty ? null : JSON.stringify(value);
      return;
    case 'multiChoice':
      body[field.name] = Array.isArray(value) ? value : [];
      return;
    case 'boolean':
      body[field.name] = value === true;
      return;
    case 'number':
    case 'currency':
      body[field.name] = empty ? null : Number(value);
      return;
    default:
      body[field.name] = empty ? null : String(value);
  }
}

/** The JSON body for a create or update: only the properties present in `values`. */
export function entityToRow(list: ListDef, values: Record<string, unknown>): Row {
  const body: Row = {};
  if (list.titleProp && list.titleProp in values) body.Title = values[list.titleProp] ?? '';
  for (const field of list.fields) {
    if (field.prop in values) writeField(field, values[field.prop], body);
  }
  return body;
}
