/**
 * Unsent form drafts kept in sessionStorage ("bad input loses nothing"): a panel closed by accident, a reload or
 * a failed save gives the user their typing back. Per browser tab, gone when the tab closes; never sent anywhere.
 * Storage can be unavailable (blocked in an iframe, full): then drafts simply live as long as the component.
 */

const PREFIX = 'accountCare:draft:';

function storage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.sessionStorage : undefined;
  } catch {
    return undefined;
  }
}

export function readDraft<T>(key: string): T | undefined {
  try {
    const raw = storage()?.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Quota or blocked storage: the draft stays in component state only.
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // ignore
  }
}

export { newClientKey } from '../../data/clientKey';

/** The key of an in-place text edit's draft: one per list, item and field (e.g. `text:accounts:7:workingAgreements`). */
export function fieldDraftKey(list: string, itemId: number, field: string): string {
  return `text:${list}:${itemId}:${field}`;
}
