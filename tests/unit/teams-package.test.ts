/**
 * @jest-environment node
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import {
  buildTeamsPackage,
  checkTeamsApp,
  defaultStrings,
  LOCALIZED_KEYS,
  readTeamsApp,
  ROOT,
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

  it('is the AccountTab web part: app id and every componentId are the web part id', () => {
    expect(webPart.supportedHosts).toEqual(expect.arrayContaining(['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp']));
    expect(m.id).toBe(webPart.id);
    expect(m.configurableTabs).toHaveLength(1);
    expect(m.configurableTabs[0]).toMatchObject({ canUpdateConfiguration: true, scopes: ['team'] });
    expect(m.configurableTabs[0].configurationUrl).toBe(
      `https://{teamSiteDomain}{teamSitePath}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest={teamSitePath}/_layouts/15/teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=${webPart.id}%26forceLocale={locale}`,
    );
    expect(m.staticTabs).toHaveLength(1);
    expect(m.staticTabs[0]).toMatchObject({ name: 'Omat asiakkuudet', scopes: ['personal'] });
    expect(m.staticTabs[0].contentUrl).toBe(
      `https://{teamSiteDomain}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=/_layouts/15/teamshostedapp.aspx%3Fteams%26personal%26componentId=${webPart.id}%26forceLocale={locale}`,
    );
    expect(m.webApplicationInfo).toEqual({ resource: 'https://{teamSiteDomain}', id: '00000003-0000-0ff1-ce00-000000000000' });
    expect(m.validDomains).toEqual(['*.login.microsoftonline.com', '*.sharepoint.com', 'resourceseng.blob.core.windows.net']);
    expect(m.accentColor).toBe('#0F5E9C');
  });

  it('has the web part bundle and its strings in config.json (and keeps the setup web part)', () => {
    const entries = Object.values(config.bundles as Record<string, { components: { manifest: string }[] }>).flatMap((b) => b.components.map((c) => c.manifest));
    expect(entries).toEqual(expect.arrayContaining(['./src/webparts/accountTab/AccountTabWebPart.manifest.json', './src/webparts/accountCareSetup/AccountCareSetupWebPart.manifest.json']));
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
