/**
 * Unsent form drafts kept in sessionStorage ("bad input loses nothing"): a panel closed by accident, a reload or
 * a failed save gives the user their typing back. Per browser tab, gone when the tab closes; never sent anywhere.
 * Storage can be unavailable (blocked in an iframe, full): then drafts simply live as long as the component.
 */
import { safeStorage } from '../webStorage';

const PREFIX = 'accountCare:draft:';

const storage = safeStorage('session');

export function readDraft<T>(key: string): T | undefined {
  const raw = storage.get(PREFIX + key);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

/** Quota or blocked storage: the draft stays in component state only. */
export function writeDraft(key: string, value: unknown): void {
  storage.set(PREFIX + key, JSON.stringify(value));
}

export function clearDraft(key: string): void {
  storage.remove(PREFIX + key);
}

export { newClientKey } from '../../data/clientKey';

/** The key of an in-place text edit's draft: one per list, item and field (e.g. `text:accounts:7:workingAgreements`). */
export function fieldDraftKey(list: string, itemId: number, field: string): string {
  return `text:${list}:${itemId}:${field}`;
}
