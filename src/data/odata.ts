/**
 * OData `$filter` building from the schema. Every value that reaches a filter passes through `literal`, so a
 * name like O'Brien cannot break (or inject into) a query. PnPjs does not escape `$filter` strings itself.
 */
import { dateOnlyToSharePoint, isIsoDate } from '../domain/dates';
import { FieldDef, ListDef } from './schema/types';

export type FilterValue = string | number | boolean | null;

export type Filter =
  | { op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; prop: string; value: FilterValue }
  | { op: 'startswith'; prop: string; value: string }
  | { op: 'and' | 'or'; items: Filter[] };

export const f = {
  eq: (prop: string, value: FilterValue): Filter => ({ op: 'eq', prop, value }),
  ne: (prop: string, value: FilterValue): Filter => ({ op: 'ne', prop, value }),
  gt: (prop: string, value: FilterValue): Filter => ({ op: 'gt', prop, value }),
  ge: (prop: string, value: FilterValue): Filter => ({ op: 'ge', prop, value }),
  lt: (prop: string, value: FilterValue): Filter => ({ op: 'lt', prop, value }),
  le: (prop: string, value: FilterValue): Filter => ({ op: 'le', prop, value }),
  startsWith: (prop: string, value: string): Filter => ({ op: 'startswith', prop, value }),
  and: (...items: Filter[]): Filter => ({ op: 'and', items }),
  or: (...items: Filter[]): Filter => ({ op: 'or', items }),
};

/** `'O''Brien'`: the OData string literal, quotes doubled. */
export function escapeODataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Built-in columns every list has, addressable by these domain properties. */
const BUILT_IN: Record<string, { path: string; kind: 'number' | 'dateTime' | 'text' }> = {
  id: { path: 'Id', kind: 'number' },
  created: { path: 'Created', kind: 'dateTime' },
  modified: { path: 'Modified', kind: 'dateTime' },
  authorId: { path: 'AuthorId', kind: 'number' },
  editorId: { path: 'EditorId', kind: 'number' },
};

interface Column {
  path: string;
  field?: FieldDef;
  kind: string;
}

export function columnFor(list: ListDef, prop: string): Column {
  if (BUILT_IN[prop]) return BUILT_IN[prop];
  if (list.titleProp && prop === list.titleProp) return { path: 'Title', kind: 'text' };
  const field = list.fields.find((x) => x.prop === prop);
  if (!field) throw new Error(`List ${list.title} has no field for property '${prop}'`);
  const path = field.kind === 'lookup' || field.kind === 'user' ? `${field.name}Id` : field.name;
  return { path, field, kind: field.kind };
}

/** The OData literal for a value of a given column kind. */
export function literal(kind: string, value: FilterValue): string {
  if (value === null) return 'null';
  switch (kind) {
    case 'number':
    case 'currency':
    case 'lookup':
    case 'user':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`Expected a number, got ${String(value)}`);
      return String(value);
    case 'boolean':
      // SharePoint REST filters booleans reliably as 1/0.
      return value ? '1' : '0';
    case 'dateOnly':
      if (typeof value !== 'string' || !isIsoDate(value)) throw new TypeError(`Expected YYYY-MM-DD, got ${String(value)}`);
      return escapeODataString(dateOnlyToSharePoint(value));
    case 'dateTime': {
      const d = new Date(String(value));
      if (isNaN(d.getTime())) throw new TypeError(`Expected a date-time, got ${String(value)}`);
      return escapeODataString(d.toISOString().replace('.000Z', 'Z'));
    }
    default:
      return escapeODataString(String(value));
  }
}

export function toODataFilter(list: ListDef, filter: Filter): string {
  switch (filter.op) {
    case 'and':
    case 'or':
      if (filter.items.length === 0) throw new Error('Empty and/or filter');
      return filter.items.map((x) => (x.op === 'and' || x.op === 'or' ? `(${toODataFilter(list, x)})` : toODataFilter(list, x))).join(` ${filter.op} `);
    case 'startswith': {
      const col = columnFor(list, filter.prop);
      return `startswith(${col.path},${escapeODataString(filter.value)})`;
    }
    default: {
      const col = columnFor(list, filter.prop);
      return `${col.path} ${filter.op} ${literal(col.kind, filter.value)}`;
    }
  }
}

export interface OrderBy {
  prop: string;
  descending?: boolean;
}

export function toODataOrderBy(list: ListDef, order: OrderBy): [string, boolean] {
  return [columnFor(list, order.prop).path, !order.descending];
}
