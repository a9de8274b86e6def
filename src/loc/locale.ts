/** The languages the product speaks, Finnish first, and how a host's culture name maps onto them. */
export type Locale = 'fi-FI' | 'sv-SE' | 'en-US';
export type Lang = 'fi' | 'sv' | 'en';

export const SUPPORTED_LOCALES: Locale[] = ['fi-FI', 'sv-SE', 'en-US'];

/** Maps any culture name (fi, fi-fi, sv-FI, en-GB, …) to a supported locale; Finnish first. */
export function resolveLocale(culture: string | undefined): Locale {
  const c = (culture || '').toLowerCase();
  if (c.startsWith('sv')) return 'sv-SE';
  if (c.startsWith('en')) return 'en-US';
  return 'fi-FI';
}

export function langOf(locale: Locale): Lang {
  return locale.slice(0, 2) as Lang;
}
