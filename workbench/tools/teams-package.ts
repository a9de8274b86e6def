/**
 * `tsx workbench/tools/teams-package.ts` (run by `npm run ship` before gulp): builds teams/TeamsSPFxApp.zip, the
 * Teams app package that "Sync to Teams" deploys instead of generating one (package-solution packs everything in
 * teams/ into the .sppkg). The zip holds teams/manifest/*.json and the two icons, flat (no folder inside).
 *
 * It checks before it zips, and fails the build on any problem: manifest.json and every localization file are valid
 * against Microsoft's published JSON schema for the manifest's `manifestVersion` (read offline from the
 * `@microsoft/app-manifest` package, which ships them; Teams refuses an upload that breaks its schema, e.g. a
 * property the version does not define), the Teams app id and the componentId in every URL equal the AccountTab
 * web part's id, the app version follows package-solution.json, every localization file has every key within
 * Teams' length limits, and the icons exist. The manifest that goes into the zip is validated again as zipped.
 *
 * The personal apps ("My accounts", "Annual clock") run on the site its contentUrl names. By default that is the tenant root site
 * (`dest=/_layouts/15/...`); when the account-care lists live on another site, set
 * ACCOUNT_CARE_SITE_PATH=/sites/<site> and the zipped manifest points the personal app there.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';

export const ROOT = path.resolve(__dirname, '..', '..');
export const ZIP_NAME = 'TeamsSPFxApp.zip';
const WEB_PART_MANIFEST = 'src/webparts/accountTab/AccountTabWebPart.manifest.json';

/** Keys every localization file must have (the manifest's own strings are the default language). */
export const LOCALIZED_KEYS = ['name.short', 'name.full', 'description.short', 'description.full', 'staticTabs[0].name', 'staticTabs[1].name', 'staticTabs[2].name'] as const;
const MAX_LENGTH: Record<(typeof LOCALIZED_KEYS)[number], number> = {
  'name.short': 30,
  'name.full': 100,
  'description.short': 80,
  'description.full': 4000,
  'staticTabs[0].name': 128,
  'staticTabs[1].name': 128,
  'staticTabs[2].name': 128,
};

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The Teams JSON schemas shipped by `@microsoft/app-manifest` (build/json-schemas/teams/v<version>/…). */
const APP_MANIFEST_PACKAGE = '@microsoft/app-manifest';
export type SchemaKind = 'manifest' | 'localization';
const SCHEMA_FILE: Record<SchemaKind, string> = { manifest: 'MicrosoftTeams.schema.json', localization: 'MicrosoftTeams.Localization.schema.json' };

function appManifestDir(): string {
  return path.dirname(require.resolve(`${APP_MANIFEST_PACKAGE}/package.json`));
}

/** Path of Microsoft's schema for a manifest version, e.g. `1.17`; throws when the package has no such version. */
export function schemaPath(kind: SchemaKind, manifestVersion: string): string {
  if (!/^\d+\.\d+$/.test(manifestVersion)) throw new Error(`manifestVersion must look like 1.17, got ${JSON.stringify(manifestVersion)}`);
  const file = path.join(appManifestDir(), 'build', 'json-schemas', 'teams', `v${manifestVersion}`, SCHEMA_FILE[kind]);
  if (!fs.existsSync(file)) throw new Error(`${APP_MANIFEST_PACKAGE} has no ${kind} schema for manifestVersion ${manifestVersion}`);
  return file;
}

type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string; params?: unknown }[] | null };
const compiled = new Map<string, Validate>();

/**
 * Compiles a Teams schema the way `@microsoft/app-manifest` does (Ajv 8 for draft-04, or for 2020-12, with the uri,
 * email and regex formats), using the validator packages it depends on. `unicodeRegExp: false`: the schemas'
 * patterns are ECMAScript patterns without the `u` flag (the localization schema's `\[…]` does not compile with it).
 */
function validatorFor(file: string): Validate {
  const cached = compiled.get(file);
  if (cached) return cached;
  const schema = readJson(file);
  const from = { paths: [appManifestDir()] };
  const is2020 = String(schema.$schema).includes('2020-12');
  const AjvModule = require(require.resolve(is2020 ? 'ajv/dist/2020' : 'ajv-draft-04', from)); // eslint-disable-line @typescript-eslint/no-var-requires
  const formatsModule = require(require.resolve('ajv-formats', from)); // eslint-disable-line @typescript-eslint/no-var-requires
  const Ajv = AjvModule.default ?? AjvModule;
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  (formatsModule.default ?? formatsModule)(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema) as Validate;
  compiled.set(file, validate);
  return validate;
}

/** Schema errors of one JSON document, in words (`manifest.json: /packageName must NOT have …`); empty when valid. */
export function schemaProblems(label: string, json: unknown, kind: SchemaKind, manifestVersion: string): string[] {
  let validate: Validate;
  try {
    validate = validatorFor(schemaPath(kind, manifestVersion));
  } catch (e) {
    return [`${label}: ${e instanceof Error ? e.message : String(e)}`];
  }
  if (validate(json)) return [];
  return (validate.errors ?? []).map((err) => {
    const params = (err.params ?? {}) as Record<string, unknown>;
    const detail = params.additionalProperty !== undefined ? ` (${String(params.additionalProperty)})` : params.allowedValues ? ` (${JSON.stringify(params.allowedValues)})` : '';
    return `${label}: ${err.instancePath || '/'} ${err.message ?? 'is invalid'}${detail} [schema v${manifestVersion}]`;
  });
}

export interface TeamsApp {
  manifest: any;
  /** file name → its JSON, for each localizationInfo.additionalLanguages entry */
  localized: Record<string, any>;
}

const readJson = (file: string): any => JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));

export function readTeamsApp(root = ROOT): TeamsApp {
  const dir = path.join(root, 'teams', 'manifest');
  const manifest = readJson(path.join(dir, 'manifest.json'));
  const localized: Record<string, any> = {};
  for (const lang of manifest.localizationInfo?.additionalLanguages ?? []) {
    const file = path.join(dir, lang.file);
    localized[lang.file] = fs.existsSync(file) ? readJson(file) : undefined;
  }
  return { manifest, localized };
}

/** The manifest's own (default-language) strings, keyed like a localization file. */
export function defaultStrings(manifest: any): Record<string, string | undefined> {
  return {
    'name.short': manifest.name?.short,
    'name.full': manifest.name?.full,
    'description.short': manifest.description?.short,
    'description.full': manifest.description?.full,
    'staticTabs[0].name': manifest.staticTabs?.[0]?.name,
    'staticTabs[1].name': manifest.staticTabs?.[1]?.name,
    'staticTabs[2].name': manifest.staticTabs?.[2]?.name,
  };
}

/** The web parts bundled by config/config.json: id (lower case), alias and supportedHosts. */
export function bundledWebParts(root = ROOT): { id: string; alias: string; supportedHosts: string[] }[] {
  const config = readJson(path.join(root, 'config', 'config.json'));
  const manifests = Object.values(config.bundles ?? {}).flatMap((b: any) => (b.components ?? []).map((c: any) => String(c.manifest)));
  return manifests
    .filter((file) => fs.existsSync(path.join(root, file)))
    .map((file) => readJson(path.join(root, file)))
    .filter((wp) => wp.componentType === 'WebPart')
    .map((wp) => ({ id: String(wp.id).toLowerCase(), alias: String(wp.alias), supportedHosts: (wp.supportedHosts ?? []) as string[] }));
}

/** Everything wrong with the package, in words; empty when it can ship. */
export function checkTeamsApp(app: TeamsApp, root = ROOT): string[] {
  const problems: string[] = [];
  const m = app.manifest;
  problems.push(...schemaProblems('manifest.json', m, 'manifest', String(m.manifestVersion)));
  for (const [file, json] of Object.entries(app.localized)) {
    if (json) problems.push(...schemaProblems(file, json, 'localization', String(m.manifestVersion)));
  }
  const webPartId = String(readJson(path.join(root, WEB_PART_MANIFEST)).id).toLowerCase();
  const solutionVersion = String(readJson(path.join(root, 'config', 'package-solution.json')).solution.version);

  if (String(m.id).toLowerCase() !== webPartId) problems.push(`manifest id ${m.id} is not the AccountTab web part id ${webPartId}`);
  // Each tab must load a web part of this solution that declares the tab's Teams host.
  const webParts = bundledWebParts(root);
  const tabs: { url: string; host: 'TeamsTab' | 'TeamsPersonalApp' }[] = [
    ...(m.configurableTabs ?? []).map((t: any) => ({ url: String(t.configurationUrl), host: 'TeamsTab' as const })),
    ...(m.staticTabs ?? []).map((t: any) => ({ url: String(t.contentUrl), host: 'TeamsPersonalApp' as const })),
  ];
  if (tabs.length === 0) problems.push('no configurable or static tab');
  for (const { url, host } of tabs) {
    const componentId = /componentId=([0-9a-fA-F-]{36})%26/.exec(url)?.[1]?.toLowerCase();
    const target = webParts.find((w) => w.id === componentId);
    const candidates = webParts.filter((w) => w.supportedHosts.includes(host)).map((w) => `${w.id} (${w.alias})`).join(', ') || 'none';
    if (!target) problems.push(`URL does not load a web part of this solution (componentId=${componentId ?? '?'}%26); ${host} web parts: ${candidates}: ${url}`);
    else if (!target.supportedHosts.includes(host)) problems.push(`${target.alias} does not declare ${host} in supportedHosts; ${host} web parts: ${candidates}: ${url}`);
    if (!url.includes('forceLocale={locale}')) problems.push(`URL does not pass forceLocale={locale}: ${url}`);
  }
  const expectedVersion = solutionVersion.split('.').slice(0, 3).join('.');
  if (m.version !== expectedVersion) problems.push(`manifest version ${m.version} should be ${expectedVersion} (package-solution ${solutionVersion})`);
  const schemaVersion = /\/v(\d+\.\d+)\//.exec(String(m.$schema))?.[1];
  if (schemaVersion !== m.manifestVersion) problems.push(`$schema v${schemaVersion} does not match manifestVersion ${m.manifestVersion}`);
  for (const kind of ['color', 'outline']) {
    const icon = m.icons?.[kind];
    if (!icon || !fs.existsSync(path.join(root, 'teams', icon))) problems.push(`icon ${kind} missing: teams/${icon}`);
  }
  for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
    if (!/^https:\/\//.test(String(m.developer?.[key]))) problems.push(`developer.${key} must be an https URL`);
  }

  const check = (label: string, strings: Record<string, unknown>): void => {
    for (const key of LOCALIZED_KEYS) {
      const value = strings[key];
      if (typeof value !== 'string' || value.trim() === '') problems.push(`${label}: "${key}" is missing`);
      else if (value.length > MAX_LENGTH[key]) problems.push(`${label}: "${key}" is ${value.length} characters (max ${MAX_LENGTH[key]})`);
    }
  };
  check(`manifest.json (${m.localizationInfo?.defaultLanguageTag})`, defaultStrings(m));
  for (const [file, json] of Object.entries(app.localized)) {
    if (!json) {
      problems.push(`${file} is listed in localizationInfo but missing`);
      continue;
    }
    check(file, json);
    const locSchema = /\/v(\d+\.\d+)\//.exec(String(json.$schema))?.[1];
    if (locSchema !== m.manifestVersion) problems.push(`${file}: $schema v${locSchema} must match manifestVersion ${m.manifestVersion}`);
  }
  return problems;
}

/** Points the personal app (static tabs) at the site that holds the lists, e.g. `/sites/asiakkuudenhoito`. */
export function withSitePath(manifest: any, sitePath: string | undefined): any {
  if (!sitePath) return manifest;
  if (!/^\/(sites|teams)\/[A-Za-z0-9._-]+$/.test(sitePath)) throw new Error(`ACCOUNT_CARE_SITE_PATH must look like /sites/name, got ${sitePath}`);
  const copy = JSON.parse(JSON.stringify(manifest));
  for (const tab of copy.staticTabs ?? []) {
    tab.contentUrl = String(tab.contentUrl).replace('&dest=/_layouts/', `&dest=${sitePath}/_layouts/`);
    if (tab.websiteUrl) tab.websiteUrl = String(tab.websiteUrl).replace('{teamSiteDomain}/_layouts/', `{teamSiteDomain}${sitePath}/_layouts/`);
  }
  return copy;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** A fixed timestamp keeps the zip byte-for-byte the same for the same input. */
const FIXED_DATE = new Date('2025-01-01T00:00:00Z');

export async function buildTeamsPackage(options: { root?: string; sitePath?: string } = {}): Promise<{ zip: Buffer; entries: string[] }> {
  const root = options.root ?? ROOT;
  const app = readTeamsApp(root);
  const problems = checkTeamsApp(app, root);
  if (problems.length) throw new Error(`Teams app package not built:\n  - ${problems.join('\n  - ')}`);
  const zip = new JSZip();
  const add = (name: string, data: string | Buffer): void => {
    zip.file(name, data, { date: FIXED_DATE });
  };
  const zipped = withSitePath(app.manifest, options.sitePath);
  const zippedProblems = schemaProblems('manifest.json (as zipped)', zipped, 'manifest', String(zipped.manifestVersion));
  if (zippedProblems.length) throw new Error(`Teams app package not built:\n  - ${zippedProblems.join('\n  - ')}`);
  add('manifest.json', JSON.stringify(zipped, null, 2) + '\n');
  for (const file of Object.keys(app.localized)) add(file, fs.readFileSync(path.join(root, 'teams', 'manifest', file)));
  add(app.manifest.icons.color, fs.readFileSync(path.join(root, 'teams', app.manifest.icons.color)));
  add(app.manifest.icons.outline, fs.readFileSync(path.join(root, 'teams', app.manifest.icons.outline)));
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  return { zip: buffer, entries: Object.keys(zip.files) };
}

async function main(): Promise<void> {
  const sitePath = process.env.ACCOUNT_CARE_SITE_PATH || undefined;
  const { zip, entries } = await buildTeamsPackage({ sitePath });
  const out = path.join(ROOT, 'teams', ZIP_NAME);
  fs.writeFileSync(out, zip);
  process.stdout.write(`teams/${ZIP_NAME} (${zip.length} bytes): ${entries.join(', ')}\n`);
  process.stdout.write(sitePath ? `Personal app site: ${sitePath}\n` : 'Personal app site: tenant root (set ACCOUNT_CARE_SITE_PATH=/sites/<site> to change)\n');
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
