/**
 * Feature string bundles: each feature keeps its own fi/sv/en strings in src/loc/<feature>.ts as
 * `export const bundle: Bundle<XStrings>`, so features don't collide in one file. The unit test
 * tests/unit/strings.test.ts loads every bundle here and checks keys, emptiness and placeholders.
 */
import * as React from 'react';
import type { Locale } from '../app/host';

export type Lang = 'fi' | 'sv' | 'en';
export type Bundle<T> = Record<Lang, T>;

export function langOf(locale: Locale): Lang {
  return locale.slice(0, 2) as Lang;
}

export function pick<T>(bundle: Bundle<T>, locale: Locale): T {
  return bundle[langOf(locale)] ?? bundle.fi;
}

/** For components: `const s = useBundle(followUpStrings)` with the locale from the app context. */
export function makeUseBundle(useLocale: () => Locale) {
  return function useBundle<T>(bundle: Bundle<T>): T {
    const locale = useLocale();
    return React.useMemo(() => pick(bundle, locale), [bundle, locale]);
  };
}
