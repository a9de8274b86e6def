/**
 * Validation every write goes through, in the form and again in the repository: required values, choices,
 * lengths, dates, numbers. The same rules SharePoint enforces, checked before the round trip so the user gets
 * a localized message at the field instead of a server error.
 */
import { isIsoDate } from '../../domain/dates';
import { DOMAIN_RULES, FieldProblem } from '../../domain/validation';
import { ListDef } from './types';

/** SharePoint's limits: a single line of text holds 255 characters, a note without unlimited length 63,999. */
export const TEXT_MAX = 255;
export const NOTE_MAX = 63999;

/** The most characters a text or note field takes (the field's own maxLength, else SharePoint's limit). */
export function maxLengthOf(list: ListDef, prop: string): number | undefined {
  if (prop === list.titleProp) return TEXT_MAX;
  const field = list.fields.find((x) => x.prop === prop);
  if (field?.kind === 'text') return field.maxLength ?? TEXT_MAX;
  if (field?.kind === 'note') return field.maxLength ?? NOTE_MAX;
  return undefined;
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
}

/**
 * Checks `values` against the list's schema. `partial` (updates) checks only the properties present.
 */
export function validateAgainstSchema(list: ListDef, values: Record<string, unknown>, partial = false): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (list.titleProp && (!partial || list.titleProp in values)) {
    const title = values[list.titleProp];
    if (isEmpty(title)) problems.push({ field: list.titleProp, code: 'required' });
    else if (String(title).length > TEXT_MAX) problems.push({ field: list.titleProp, code: 'tooLong', params: { max: TEXT_MAX } });
  }
  for (const field of list.fields) {
    if (partial && !(field.prop in values)) continue;
    if (field.prop === 'clientKey') continue;
    const v = values[field.prop];
    if (isEmpty(v)) {
      if (field.required && field.kind !== 'boolean') problems.push({ field: field.prop, code: 'required' });
      continue;
    }
    switch (field.kind) {
      case 'text':
      case 'note': {
        const max = maxLengthOf(list, field.prop)!;
        if (String(v).length > max) problems.push({ field: field.prop, code: 'tooLong', params: { max } });
        break;
      }
      case 'choice':
        if (field.choices && !field.choices.includes(String(v))) problems.push({ field: field.prop, code: 'invalidChoice' });
        break;
      case 'multiChoice':
        if (!Array.isArray(v) || (field.choices && v.some((x) => !field.choices!.includes(String(x))))) {
          problems.push({ field: field.prop, code: 'invalidChoice' });
        }
        break;
      case 'number':
      case 'currency':
        if (typeof v !== 'number' || !Number.isFinite(v)) problems.push({ field: field.prop, code: 'invalidNumber' });
        break;
      case 'dateOnly':
        if (!isIsoDate(v)) problems.push({ field: field.prop, code: 'invalidDate' });
        break;
      case 'dateTime':
        if (isNaN(new Date(String(v)).getTime())) problems.push({ field: field.prop, code: 'invalidDate' });
        break;
      case 'url': {
        const url = (v as { url?: string }).url;
        if (!url || !/^https?:\/\/\S+$/i.test(url)) problems.push({ field: field.prop, code: 'invalidUrl' });
        break;
      }
      default:
        break;
    }
  }
  return problems;
}

/** Schema rules plus the list's domain rules: what the form shows and what the repository enforces. */
export function validateValues(list: ListDef, values: Record<string, unknown>, partial = false): FieldProblem[] {
  const rules = DOMAIN_RULES[list.key];
  return [...validateAgainstSchema(list, values, partial), ...(rules ? rules(values) : [])];
}
