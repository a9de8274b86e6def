/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import {
  buildTeamsPackage,
  bundledWebParts,
  checkTeamsApp,
  defaultStrings,
  LOCALIZED_KEYS,
  readTeamsApp,
  ROOT,
  schemaPath,
  schemaProblems,
  withSitePath,
} from '../../workbench/tools/teams-package';

const webPart = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/webparts/accountTab/AccountTabWebPart.manifest.json'), 'utf8'));
const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'config/config.json'), 'utf8'));

describe('Teams app package (teams/manifest → teams/TeamsSPFxApp.zip)', () => {
  const app = readTeamsApp();
  const m = app.manifest;

  it('passes its own checks', () => {
    expect(checkTeamsApp(app)).toEqual([]);
  });

  it('is the AccountTab web part: app id and the channel tab are the web part; the personal app loads the web part that declares TeamsPersonalApp', () => {
    // Several web parts may declare TeamsPersonalApp (My accounts, the annual clock); the static tab names one of them.
    const personalApps = bundledWebParts().filter((w) => w.supportedHosts.includes('TeamsPersonalApp'));
    const personalAppWebPart = personalApps.find((w) => w.alias === 'MyAccountsWebPart')!;
    expect(personalAppWebPart).toBeDefined();
    expect(webPart.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab']));
    expect(m.id).toBe(webPart.id);
    expect(m.configurableTabs).toHaveLength(1);
    expect(m.configurableTabs[0]).toMatchObject({ canUpdateConfiguration: true, scopes: ['team'] });
    expect(m.configurableTabs[0].configurationUrl).toBe(
      `https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${webPart.id}%26forceLocale={locale}`,
    );
    expect(m.staticTabs).toHaveLength(3);
    expect(m.staticTabs[1]).toMatchObject({ entityId: 'annualClock', name: 'Vuosikello', scopes: ['personal'] });
    // Substitutes (tuuraus): the personal tab loads the web part that declares the personal app.
    const substitutes = personalApps.find((w) => w.alias === 'SubstitutesWebPart')!;
    expect(substitutes.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp']));
    expect(m.staticTabs[2]).toMatchObject({ entityId: 'substitutes', name: 'Tuuraukset', scopes: ['personal'] });
    expect(m.staticTabs[2].contentUrl).toContain(`componentId=${substitutes.id}%26forceLocale={locale}`);
    expect(m.staticTabs[0]).toMatchObject({ name: 'Omat asiakkuudet', scopes: ['personal'] });
    expect(m.staticTabs[0].contentUrl).toBe(
      `https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${personalAppWebPart.id}%26forceLocale={locale}`,
    );
    expect(m.webApplicationInfo).toEqual({ resource: 'https://{teamSiteDomain}', id: '00000003-0000-0ff1-ce00-000000000000' });
    expect(m.validDomains).toEqual(['*.login.microsoftonline.com', '*.sharepoint.com', 'resourceseng.blob.core.windows.net']);
    expect(m.accentColor).toBe('#0F5E9C');
  });

  it('has the web part bundle and its strings in config.json (and keeps the setup web part)', () => {
    const entries = Object.values(config.bundles as Record<string, { components: { manifest: string }[] }>).flatMap((b) => b.components.map((c) => c.manifest));
    expect(entries).toContain('./src/webparts/accountTab/AccountTabWebPart.manifest.json');
    // The setup web part (its folder name is not this test's business): every bundled manifest exists.
    expect(entries.filter((e) => /setup/i.test(e))).toHaveLength(1);
    for (const entry of entries) expect({ entry, exists: fs.existsSync(path.join(ROOT, entry)) }).toEqual({ entry, exists: true });
    expect(config.localizedResources.AccountTabWebPartStrings).toBe('lib/webparts/accountTab/loc/{locale}.js');
  });

  it('names the app in Finnish by default, and in Swedish and English in the localization files', () => {
    expect(m.localizationInfo.defaultLanguageTag).toBe('fi-fi');
    expect(m.name.short).toBe('Asiakkuudenhoito');
    expect(Object.keys(app.localized).sort()).toEqual(['en.json', 'sv.json']);
    for (const strings of [defaultStrings(m), ...Object.values(app.localized)]) {
      for (const key of LOCALIZED_KEYS) expect({ key, value: typeof strings[key] === 'string' && strings[key].trim() !== '' }).toEqual({ key, value: true });
    }
    expect(app.localized['sv.json']['staticTabs[0].name']).toBe('Mina kundrelationer');
    expect(app.localized['en.json']['staticTabs[0].name']).toBe('My accounts');
    expect(app.localized['sv.json']['staticTabs[1].name']).toBe('Årshjul');
    expect(app.localized['en.json']['staticTabs[1].name']).toBe('Annual clock');
    expect(app.localized['sv.json']['staticTabs[2].name']).toBe('Vikariat');
    expect(app.localized['en.json']['staticTabs[2].name']).toBe('Substitutes');
  });

  it('reports a missing key and a wrong id', () => {
    const broken = { manifest: { ...m, id: '00000000-0000-0000-0000-000000000000' }, localized: { ...app.localized, 'sv.json': { ...app.localized['sv.json'], 'name.full': '' } } };
    const problems = checkTeamsApp(broken);
    expect(problems.some((p) => p.includes('is not the AccountTab web part id'))).toBe(true);
    expect(problems).toContain('sv.json: "name.full" is missing');
  });

  it('zips manifest.json, the localization files and both icons at the top level', async () => {
    const { zip } = await buildTeamsPackage();
    const read = await JSZip.loadAsync(zip);
    const names = Object.keys(read.files).sort();
    expect(names).toEqual([`${m.id}_color.png`, `${m.id}_outline.png`, 'en.json', 'manifest.json', 'sv.json'].sort());
    const zipped = JSON.parse(await read.file('manifest.json')!.async('string'));
    expect(zipped.id).toBe(webPart.id);
    const icon = await read.file(m.icons.color)!.async('nodebuffer');
    expect(icon.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('can point the personal app at the account-care site', () => {
    const moved = withSitePath(m, '/sites/asiakkuudenhoito');
    expect(moved.staticTabs[0].contentUrl).toContain('&dest=/sites/asiakkuudenhoito/_layouts/15/teamshostedapp.aspx%3Fteams%26personal');
    expect(moved.configurableTabs[0].configurationUrl).toBe(m.configurableTabs[0].configurationUrl);
    expect(() => withSitePath(m, 'https://evil.example/x')).toThrow();
  });
});

/**
 * Teams refuses an app package whose manifest breaks Microsoft's JSON schema for its `manifestVersion` (e.g.
 * `packageName`, which v1.17 does not define: "must NOT have additional properties"). These tests validate against
 * the published schemas offline: `@microsoft/app-manifest` ships them.
 */
describe('Teams app package against Microsoft\'s JSON schema', () => {
  const app = readTeamsApp();
  const m = app.manifest;

  it('declares manifest version 1.17, with the matching schema shipped by @microsoft/app-manifest', () => {
    expect(m.manifestVersion).toBe('1.17');
    expect(m.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json');
    const schema = JSON.parse(fs.readFileSync(schemaPath('manifest', '1.17'), 'utf8'));
    expect(schema.properties.manifestVersion.const).toBe('1.17');
    expect(fs.existsSync(schemaPath('localization', '1.17'))).toBe(true);
  });

  it('manifest.json is valid against the manifest schema of its manifestVersion', () => {
    expect(schemaProblems('manifest.json', m, 'manifest', m.manifestVersion)).toEqual([]);
  });

  it.each(['sv.json', 'en.json'])('%s is valid against the localization schema of the manifestVersion', (file) => {
    expect(app.localized[file].$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.Localization.schema.json');
    expect(schemaProblems(file, app.localized[file], 'localization', m.manifestVersion)).toEqual([]);
  });

  it('the manifest inside teams/TeamsSPFxApp.zip is the validated one, also when pointed at a site', async () => {
    for (const sitePath of [undefined, '/sites/asiakkuudenhoito']) {
      const read = await JSZip.loadAsync((await buildTeamsPackage({ sitePath })).zip);
      const zipped = JSON.parse(await read.file('manifest.json')!.async('string'));
      expect(zipped).toEqual(withSitePath(m, sitePath));
      expect(schemaProblems('manifest.json (zipped)', zipped, 'manifest', zipped.manifestVersion)).toEqual([]);
      for (const file of ['sv.json', 'en.json']) {
        expect(JSON.parse(await read.file(file)!.async('string'))).toEqual(app.localized[file]);
      }
    }
  });

  it('reports what Teams would refuse, and the build check includes it', () => {
    const withPackageName = { ...m, packageName: 'fi.accountcare.accounttab' };
    expect(schemaProblems('manifest.json', withPackageName, 'manifest', '1.17')).toEqual([
      'manifest.json: / must NOT have additional properties (packageName) [schema v1.17]',
    ]);
    expect(checkTeamsApp({ ...app, manifest: withPackageName })).toContain('manifest.json: / must NOT have additional properties (packageName) [schema v1.17]');
    const badLocale = { ...app.localized['en.json'], 'name.short': 'x'.repeat(31), 'nameShort': 'typo' };
    const problems = schemaProblems('en.json', badLocale, 'localization', '1.17');
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('/name.short must NOT have more than 30 characters'), expect.stringContaining('(nameShort)')]));
    expect(schemaProblems('manifest.json', { ...m, manifestVersion: '9.99' }, 'manifest', '9.99')).toEqual(['manifest.json: @microsoft/app-manifest has no manifest schema for manifestVersion 9.99']);
  });
});
