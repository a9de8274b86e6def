/**
 * The workbench page in a real browser (Debian chromium via playwright-core) against the real workbench server
 * with the demo organisations: the same PnPjs and Graph code as in SharePoint, over HTTP, with cookie identity.
 */
import type { Browser, Page } from 'playwright-core';
import { DEMO_PEOPLE } from '../../workbench/demo/people';
import { spForSite, SITE_OWNER_UPN } from '../../workbench/demo/seed';
import { siteByKey, WORKBENCH_SITES } from '../../workbench/page/sites';
import { createServices } from '../../src/data/sp/createServices';
import { accountForChannel } from '../../src/data/queries/accounts';
import { choose, htmlLang, launchBrowser, openPage, screenshot, startTestWorkbench, TestWorkbench, waitForTestIdText } from './helpers';

jest.setTimeout(180_000);

const aino = DEMO_PEOPLE.find((p) => p.upn.startsWith('aino.'))!;
const sari = DEMO_PEOPLE.find((p) => p.upn.startsWith('sari.'))!;
const ORK_TITLE = siteByKey('ork').title;
const HEPA_TITLE = siteByKey('hepa').title;

let wb: TestWorkbench;
let browser: Browser;
let page: Page;
let pageErrors: string[];

/** "1 234" (fi, narrow no-break space) / "1,234" (en) → 1234 */
const count = (text: string | null): number => Number((text ?? '').replace(/[^\d]/g, ''));

beforeAll(async () => {
  wb = await startTestWorkbench('demo');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await wb?.close();
});

describe('workbench page', () => {
  it('shows the ORK site contents in Finnish with real item counts', async () => {
    ({ page, errors: pageErrors } = await openPage(browser, `${wb.server.origin}/?user=${encodeURIComponent(aino.upn)}&site=ork&lang=fi-FI&host=sharepoint&view=siteContents`));
    expect(await htmlLang(page)).toBe('fi');
    await page.getByRole('heading', { name: 'Sivuston sisältö' }).waitFor();
    await waitForTestIdText(page, 'site-title', ORK_TITLE);
    await waitForTestIdText(page, 'signed-in-as', aino.displayName);
    const total = count(await page.getByTestId('total-items').textContent());
    expect(total).toBeGreaterThan(0);
    // The accounts list holds items, and the table says so in Finnish.
    const accountsRow = page.getByRole('row', { name: /Asiakkuudet/ }).first();
    expect(await accountsRow.textContent()).toContain('ACAccounts');
    expect(count(await accountsRow.getByRole('cell').nth(1).textContent())).toBeGreaterThan(0);
    await screenshot(page, 'workbench-fi-ork');
  });

  it('switching the user reaches SharePoint: the signed-in name comes from the service', async () => {
    await choose(page, 'wb-user', new RegExp(sari.displayName));
    await waitForTestIdText(page, 'signed-in-as', sari.displayName);
    expect(page.url()).toContain('user=sari.heikkinen');
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'ac-user')?.value).toBe(sari.upn);
    await screenshot(page, 'workbench-fi-user-switched');
  });

  it('switches the language to Swedish and to English', async () => {
    await choose(page, 'wb-lang', 'Svenska');
    await page.getByRole('heading', { name: 'Webbplatsens innehåll' }).waitFor();
    expect(await htmlLang(page)).toBe('sv');
    await waitForTestIdText(page, 'signed-in-as', sari.displayName);
    expect(page.url()).toContain('lang=sv-SE');
    await screenshot(page, 'workbench-sv');

    await choose(page, 'wb-lang', 'English');
    await page.getByRole('heading', { name: 'Site contents' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    await screenshot(page, 'workbench-en');
  });

  it('switches the organisation and opens a precise state from the URL (Teams tab, dark theme)', async () => {
    await choose(page, 'wb-site', 'Vantaa HEPA');
    await waitForTestIdText(page, 'site-title', HEPA_TITLE);
    expect(count(await page.getByTestId('total-items').textContent())).toBeGreaterThan(0);

    const { page: teams, errors } = await openPage(
      browser,
      `${wb.server.origin}/?user=aino.virtanen&site=ork&lang=fi-FI&theme=dark&host=teams&view=siteContents&channel=${encodeURIComponent('19:kho@thread.tacv2')}`,
    );
    await waitForTestIdText(teams, 'site-title', ORK_TITLE);
    await teams.getByText('ORK Asiakkuudet › KHO').waitFor();
    expect(await teams.locator('[data-theme="dark"]').count()).toBe(1);
    await screenshot(teams, 'workbench-teams-dark');
    expect(errors).toEqual([]);
    await teams.close();
  });

  it('opens the account tab of a Teams channel linked to an account', async () => {
    wb.server.sp.requestLog.clear();
    const { page: tab, errors } = await openPage(
      browser,
      `${wb.server.origin}/?user=aino.virtanen&site=ork&lang=fi-FI&host=teams&view=accountTab&channel=${encodeURIComponent('19:kho@thread.tacv2')}`,
    );
    await tab.getByRole('heading', { name: /Korkein hallinto-oikeus/ }).first().waitFor();
    // As on a SharePoint page, the page carries its form digest: the first screen never asks contextinfo.
    const calls = wb.server.sp.requestLog.entries().filter((e) => /\/_api\//.test(e.url));
    expect(calls.filter((e) => /contextinfo/i.test(e.url))).toEqual([]);
    expect(calls.filter((e) => /\$batch/.test(e.url)).length).toBeGreaterThan(0);
    await screenshot(tab, 'workbench-account-tab-fi');
    expect(errors).toEqual([]);
    await tab.close();
  });

  it('opens on the main job: the account tab in a linked Teams channel', async () => {
    const { page: start, errors } = await openPage(browser, `${wb.server.origin}/`);
    await start.getByRole('heading', { name: /Korkein hallinto-oikeus/ }).first().waitFor();
    await start.getByText('ORK Asiakkuudet › KHO').waitFor();
    const url = new URL(start.url());
    expect([url.searchParams.get('view'), url.searchParams.get('host'), url.searchParams.get('channel')]).toEqual(['accountTab', 'teams', '19:kho@thread.tacv2']);
    expect(errors).toEqual([]);
    await start.close();
  });

  it('says so when the URL names a user the demo directory does not have, instead of signing in as someone else', async () => {
    const { page: wrong, errors } = await openPage(browser, `${wb.server.origin}/?user=aino.virtane&lang=fi-FI`);
    const alert = wrong.getByTestId('unknown-user');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Käyttäjää "aino.virtane" ei ole demohakemistossa');
    expect(await wrong.getByTestId('account-tab').count()).toBe(0);
    expect(new URL(wrong.url()).searchParams.get('user')).toBe('aino.virtane');
    expect(errors).toEqual([]);
    await wrong.close();
  });

  it("the channel picker's channels are the ones the demo accounts are linked to (plus one unlinked)", async () => {
    for (const site of WORKBENCH_SITES) {
      const services = createServices(spForSite(`${wb.server.origin}${site.serverRelativeUrl}`, SITE_OWNER_UPN));
      const linked: string[] = [];
      for (const c of site.channels) if (await accountForChannel(services, c.teamId, c.channelId)) linked.push(c.channelName);
      expect(linked).toEqual(site.channels.filter((c) => c.channelName !== 'Yleinen').map((c) => c.channelName));
    }
  });

  it('logged no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
