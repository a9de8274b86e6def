/**
 * String bundles, loaded one language at a time. Each bundle keeps its interface in `<name>.ts` and one module per
 * language (`<name>.fi.ts`, `.sv.ts`, `.en.ts`) that the bundler emits as its own chunk, so a Finnish user never
 * downloads the Swedish and English texts. A view loads its bundles before it renders (`loadBundles`); components
 * then read them synchronously (`bundle.get(lang)`, or `useBundle` in React). A unit test loads every bundle in every
 * language and checks keys, emptiness and placeholders.
 */
import { Lang, Locale, langOf } from './locale';

export type { Lang };
export { langOf };

export interface Bundle<T> {
  readonly name: string;
  /** Fetches one language (a chunk of its own) once; later calls share the same promise. */
  load(lang: Lang): Promise<T>;
  /** The strings of a language already loaded; throws when `load` has not finished (a programming error). */
  get(lang: Lang): T;
}

type Loader<T> = () => Promise<{ default: T }>;

export function defineBundle<T>(name: string, loaders: Record<Lang, Loader<T>>): Bundle<T> {
  const loaded = new Map<Lang, T>();
  const pending = new Map<Lang, Promise<T>>();
  return {
    name,
    load(lang) {
      let p = pending.get(lang);
      if (!p) {
        p = loaders[lang]().then((m) => {
          loaded.set(lang, m.default);
          return m.default;
        });
        // A failed chunk load (network) may be retried by the next call.
        p.catch(() => pending.delete(lang));
        pending.set(lang, p);
      }
      return p;
    },
    get(lang) {
      const value = loaded.get(lang);
      if (value === undefined) throw new Error(`Strings '${name}' (${lang}) used before they were loaded`);
      return value;
    },
  };
}

/** Loads the given bundles in the user's language, in parallel. */
export async function loadBundles(bundles: readonly Bundle<unknown>[], locale: Locale): Promise<void> {
  const lang = langOf(locale);
  await Promise.all(bundles.map((b) => b.load(lang)));
}
