/**
 * What the clock remembers per user on this device: the layout (wheel or month list) and the filters. Kept in
 * local storage under the site and the user's login, never in the URL; storage may be blocked (then defaults).
 */
import type { OccurrenceState } from '../../domain/clock';
import type { ClockCategory } from '../../domain/types';
import { CLOCK_CATEGORIES } from '../../domain/vocabulary';
import { safeStorage } from '../../ui/webStorage';
import { ClockFilters, DEFAULT_FILTERS, OwnerFilter, STATES } from './model';

export type ClockLayout = 'wheel' | 'list';

export interface ClockPrefs {
  layout: ClockLayout;
  filters: ClockFilters;
}

const PREFIX = 'accountCare:annualClock:';
const storage = safeStorage('local');
const keyOf = (siteUrl: string, login: string): string => `${PREFIX}${siteUrl}|${login}`;

const OWNERS: OwnerFilter[] = ['me', 'myAccounts', 'everyone'];

/** Whatever was stored, checked value by value: an old or foreign value falls back to the default. */
export function parsePrefs(raw: string | undefined): ClockPrefs {
  const fallback: ClockPrefs = { layout: 'wheel', filters: { ...DEFAULT_FILTERS } };
  if (!raw) return fallback;
  try {
    const v = JSON.parse(raw) as { layout?: unknown; filters?: Partial<Record<keyof ClockFilters, unknown>> };
    const f = v.filters ?? {};
    const accountId = typeof f.accountId === 'number' && Number.isInteger(f.accountId) && f.accountId > 0 ? f.accountId : undefined;
    return {
      layout: v.layout === 'list' ? 'list' : 'wheel',
      filters: {
        accountId,
        categories: Array.isArray(f.categories) ? (f.categories.filter((c) => (CLOCK_CATEGORIES as readonly unknown[]).includes(c)) as ClockCategory[]) : [],
        owner: OWNERS.includes(f.owner as OwnerFilter) ? (f.owner as OwnerFilter) : DEFAULT_FILTERS.owner,
        states: Array.isArray(f.states) ? (f.states.filter((s) => (STATES as readonly unknown[]).includes(s)) as OccurrenceState[]) : [],
      },
    };
  } catch {
    return fallback;
  }
}

export function loadPrefs(siteUrl: string, login: string): ClockPrefs {
  return parsePrefs(storage.get(keyOf(siteUrl, login)));
}

export function savePrefs(siteUrl: string, login: string, prefs: ClockPrefs): void {
  storage.set(keyOf(siteUrl, login), JSON.stringify(prefs));
}
