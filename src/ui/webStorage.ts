/**
 * The browser's local or session storage, or nothing: storage can be blocked (an iframe's settings, a privacy
 * mode) or full, and the product then simply keeps less between page loads. Never throws.
 */
export interface SafeStorage {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function safeStorage(kind: 'local' | 'session'): SafeStorage {
  const store = (): Storage | undefined => {
    try {
      return typeof window === 'undefined' ? undefined : kind === 'local' ? window.localStorage : window.sessionStorage;
    } catch {
      return undefined;
    }
  };
  const attempt = <T>(run: (s: Storage) => T): T | undefined => {
    try {
      const s = store();
      return s ? run(s) : undefined;
    } catch {
      return undefined; // quota exceeded or blocked: keep less, lose nothing else
    }
  };
  return {
    get: (key) => attempt((s) => s.getItem(key)) ?? undefined,
    set: (key, value) => void attempt((s) => s.setItem(key, value)),
    remove: (key) => void attempt((s) => s.removeItem(key)),
  };
}
