/**
 * Seeds the three demo organisations through the product's own code: `ensureSchema` provisions the lists, the
 * site owner resolves people with `ensureUser`, and every item goes through `services.repos.<list>.add` (all
 * validation applies) in `$batch` chunks. Idempotent: a marker in the settings list skips a seeded site, and
 * stable client keys make a re-run (or a run resumed after a crash) add only what is missing.
 *
 *   ORK (the ORK model)       → `${origin}/sites/ork`
 *   Hepa (the Vantaa HR model) → `${origin}/sites/vantaa-hepa`
 *   City (a city ICT unit)     → `${origin}/sites/kaupunki-ict`
 */
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import { createServices } from '../../src/data/sp/createServices';
import type { Services } from '../../src/data/ports';
import { LISTS } from '../../src/data/schema/lists';
import type { IsoDate, PersonRef, Setting } from '../../src/domain/types';
import { todayInHelsinki, yearOf } from '../../src/domain/dates';
import type { OrgContext } from './context';
import { seedCity } from './city';
import { seedHepa } from './hepa';
import { seedOrk } from './ork';
import { CITY_SITE, DEMO_PEOPLE, HEPA_SITE, ORK_SITE, hasSiteAccess } from './people';
import { grantDemoAccess } from './permissions';
import { DemoWriter } from './writer';

/**
 * Bump when the demo data changes shape; a site seeded with an older version is topped up, never duplicated.
 * 2: organisation forms, both sides of the account team, 9E assessments and ideas through the gate (and the city site).
 */
export const DEMO_VERSION = 2;
export const SITE_OWNER_UPN = DEMO_PEOPLE.find((p) => p.role === 'siteOwner')!.upn;

/** An SPFI for a site as a given user (the local service reads the user from `X-AC-User`). */
export function spForSite(siteUrl: string, upn: string): SPFI {
  return spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }), InjectHeaders({ 'X-AC-User': upn }));
}

export type ItemCounts = Record<string, number>;

export interface SeedDemoOptions {
  origin: string;
  log?: (m: string) => void;
  /** "Today" of the demo (default now); dates are relative to it, in Europe/Helsinki. */
  today?: Date;
}

/**
 * The settings key that says a site has the demo. Its `key` is the unindexed Title, so the repository cannot
 * filter on it; the settings list is tiny, so it is read whole.
 */
export const DEMO_MARKER_KEY = 'demo.seeded';

export async function demoMarker(services: Services): Promise<Setting | undefined> {
  return (await services.repos.settings.all()).find((s) => s.key === DEMO_MARKER_KEY);
}

interface MarkerValue {
  version?: number;
  /** The demo's "today" (Helsinki) and "now" (ISO instant) the site was seeded for. */
  today?: IsoDate;
  now?: string;
  /** When the seed ran (wall clock). */
  seededAt?: string;
}

function markerValue(marker: Setting | undefined): MarkerValue {
  try {
    return marker?.value ? (JSON.parse(marker.value) as MarkerValue) : {};
  } catch {
    return {};
  }
}

/**
 * Whether a site carries the current demo (its marker is written last, so a half-seeded site says false; a site
 * seeded by an older DEMO_VERSION says false too, and the next seed tops it up).
 */
export async function hasDemo(services: Services): Promise<boolean> {
  const marker = await demoMarker(services);
  return !!marker && (markerValue(marker).version ?? 1) >= DEMO_VERSION;
}

async function resolvePeople(services: Services, siteRelativeUrl: string): Promise<Record<string, PersonRef>> {
  const members = DEMO_PEOPLE.filter((p) => hasSiteAccess(p, siteRelativeUrl));
  const refs = await Promise.all(members.map((p) => services.site.ensureUser(p.upn)));
  const out: Record<string, PersonRef> = {};
  members.forEach((p, i) => (out[p.upn.split('@')[0]] = refs[i]));
  return out;
}

async function itemCounts(services: Services): Promise<ItemCounts> {
  const status = await services.site.schemaStatus();
  const out: ItemCounts = {};
  for (const l of LISTS) out[l.key] = status.lists.find((s) => s.key === l.key)?.itemCount ?? 0;
  return out;
}

async function seedSite(
  org: 'ork' | 'hepa' | 'city',
  siteUrl: string,
  siteRelativeUrl: string,
  build: (ctx: OrgContext) => Promise<void>,
  now: Date,
  log: (m: string) => void,
): Promise<ItemCounts> {
  const started = Date.now();
  const say = (m: string): void => log(`[${org}] ${m}`);
  const sp = spForSite(siteUrl, SITE_OWNER_UPN);
  const services = createServices(sp);
  // Provisioning reports every field; the summary is enough here.
  const report = await services.site.ensureSchema();
  if (report.createdLists.length || report.addedFields.length) {
    say(`provisioned ${report.createdLists.length} lists, ${report.addedFields.length} fields (schema v${report.toVersion})`);
  }
  // People get access through the site groups provisioning created, as on a deployed site (permissions.ts).
  await grantDemoAccess(sp, siteRelativeUrl, say);

  const marker = await demoMarker(services);
  const old = markerValue(marker);
  if (marker && (old.version ?? 1) >= DEMO_VERSION) {
    say('demo data already present: skipped');
    return itemCounts(services);
  }

  // A site seeded by an older version is topped up for the day it was seeded: the same client keys find every
  // item already there, only what the newer version adds is written, and the fields it added are filled in on
  // the items that lack them (nothing already set is changed).
  const topUp = !!marker && !!old.today;
  const w = new DemoWriter(sp, services, `demo:${org}:`, { log: say, asUser: (upn) => spForSite(siteUrl, upn), fillMissingFields: topUp });
  const today = topUp ? (old.today as IsoDate) : todayInHelsinki(now);
  // The demo's "now" of the first run (a version-1 marker has only the wall-clock seededAt: used when it is that day).
  const then = !topUp
    ? now
    : old.now
      ? new Date(old.now)
      : old.seededAt && todayInHelsinki(new Date(old.seededAt)) === old.today
        ? new Date(old.seededAt)
        : new Date(`${old.today}T06:00:00Z`);
  const ctx: OrgContext = { w, people: await resolvePeople(services, siteRelativeUrl), today, now: then, year: yearOf(today), origin: new URL(siteUrl).origin, log: say };
  await build(ctx);
  const value = JSON.stringify({ version: DEMO_VERSION, organisation: org, today, now: then.toISOString(), seededAt: topUp ? old.seededAt : new Date().toISOString(), items: w.added });
  if (marker) await services.repos.settings.update(marker.id, { value }, marker.etag);
  else await services.repos.settings.add({ key: DEMO_MARKER_KEY, value });
  say(`${topUp ? `topped up to version ${DEMO_VERSION}: ` : ''}added ${w.added} items${w.skipped ? ` (${w.skipped} were already there)` : ''}${w.filled ? `, filled in ${w.filled}` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return itemCounts(services);
}

export async function seedDemo(opts: SeedDemoOptions): Promise<{ ork: ItemCounts; hepa: ItemCounts; city: ItemCounts }> {
  const log = opts.log ?? (() => undefined);
  const now = opts.today ?? new Date();
  const origin = opts.origin.replace(/\/+$/, '');
  const [ork, hepa, city] = await Promise.all([
    seedSite('ork', `${origin}${ORK_SITE}`, ORK_SITE, seedOrk, now, log),
    seedSite('hepa', `${origin}${HEPA_SITE}`, HEPA_SITE, seedHepa, now, log),
    seedSite('city', `${origin}${CITY_SITE}`, CITY_SITE, seedCity, now, log),
  ]);
  return { ork, hepa, city };
}
