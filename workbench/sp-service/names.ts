// Name derivations (WIRE.md §3, §4.3).
import { randomUUID } from 'crypto';

/**
 * InternalName from a display name: characters other than ASCII letters, digits and `_` (and a leading digit)
 * become `_xHHHH_` with lowercase hex, like SharePoint's XmlConvert-style encoding (`Project Number` →
 * `Project_x0020_Number`, `ä` → `_x00e4_`). Truncated to 32 characters (WIRE.md §4.3).
 */
export function encodeInternalName(title: string, maxLength = 32): string {
  let out = '';
  for (let i = 0; i < title.length; i++) {
    const ch = title[i];
    const keep = /[A-Za-z_]/.test(ch) || (/[0-9]/.test(ch) && i > 0);
    out += keep ? ch : `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`;
  }
  return out.slice(0, maxLength);
}

/** Entity names keep XML-encoded characters but no length limit (`Exchange Rate` → `Exchange_x0020_RateList`). */
export function entityTypeNameForList(title: string): string {
  return `${encodeInternalName(title, 1000)}List`;
}

/** WIRE.md §4.3: EntityPropertyName = InternalName, `OData_` prefix when it starts with an underscore. */
export function entityPropertyName(internalName: string): string {
  return internalName.startsWith('_') ? `OData_${internalName}` : internalName;
}

/** Root-folder URL segment for a new list (`Lists/<name>`): spaces and unsafe characters removed. */
export function listUrlName(title: string): string {
  const cleaned = title.replace(/[^A-Za-z0-9\-_ ]/g, '').replace(/\s+/g, '');
  return cleaned || 'List';
}

export const newGuid = (): string => randomUUID();

export function normalizeGuid(s: string): string {
  return s.replace(/^guid'/i, '').replace(/'$/, '').replace(/[{}]/g, '').toLowerCase();
}

export const isGuid = (s: string): boolean => /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i.test(s);
