/**
 * The account tab in a simulated Teams channel, in Chromium, against the workbench server with the demo data:
 * an account manager edits the working agreements and sees them after a reload; a colleague editing the same
 * account at the same time gets the conflict message and keeps their text.
 */
import type { Browser, Page } from 'playwright-core';
import { DEMO_PEOPLE } from '../../workbench/demo/people';
import { launchBrowser, openPage, screenshot, startTestWorkbench, TestWorkbench, waitForTestIdText } from './helpers';

jest.setTimeout(180_000);

const aino = DEMO_PEOPLE.find((p) => p.upn.startsWith('aino.'))!; // KHO's account manager
const mikko = DEMO_PEOPLE.find((p) => p.upn.startsWith('mikko.'))!; // KHO's work pair
const KHO_CHANNEL = encodeURIComponent('19:kho@thread.tacv2');

let wb: TestWorkbench;
let browser: Browser;
const errors: string[] = [];

const tabUrl = (upn: string, lang = 'fi-FI'): string =>
  `${wb.server.origin}/?view=accountTab&site=ork&host=teams&channel=${KHO_CHANNEL}&lang=${lang}&user=${encodeURIComponent(upn)}`;

async function openTab(upn: string, lang = 'fi-FI'): Promise<Page> {
  const opened = await openPage(browser, tabUrl(upn, lang));
  opened.page.on('pageerror', (e) => errors.push(e.message));
  await opened.page.waitForSelector('[data-testid="account-tab"]', { timeout: 60_000 });
  return opened.page;
}

async function editWorkingAgreements(page: Page, text: string, editName: string, fieldName: string, saveName: string): Promise<void> {
  await page.getByRole('button', { name: editName }).click();
  const field = page.getByRole('textbox', { name: fieldName });
  await field.fill(text);
  await page.getByRole('button', { name: saveName, exact: true }).click();
}

beforeAll(async () => {
  wb = await startTestWorkbench('demo');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await wb?.close();
});

describe('account tab in a Teams channel', () => {
  it('opens KHO in its channel: working agreements first, in Finnish', async () => {
    const page = await openTab(aino.upn);
    await page.getByRole('heading', { name: /Korkein hallinto-oikeus/ }).waitFor();
    await page.getByRole('heading', { name: 'Toimintatavat' }).waitFor();
    expect(await page.getByTestId('working-agreements-value').textContent()).toMatch(/tietohallintopäällikön kautta/);
    await page.getByRole('heading', { name: 'Tämä vuosi yhdellä silmäyksellä' }).waitFor();
    await screenshot(page, 'account-tab-fi');
    await page.context().close();
  });

  it('a manager edits the working agreements and sees the change after reload', async () => {
    const page = await openTab(aino.upn);
    const text = 'Kaikki yhteydenotot tietohallintopäällikkö Tuomas Lahtisen kautta. Kiireelliset asiat puhelimitse.';
    await editWorkingAgreements(page, text, 'Muokkaa: Toimintatavat', 'Toimintatavat', 'Tallenna');
    await waitForTestIdText(page, 'working-agreements-value', text);
    await page.reload();
    await page.waitForSelector('[data-testid="account-tab"]');
    await waitForTestIdText(page, 'working-agreements-value', text);
    await page.context().close();
  });

  it('a colleague saving the same account at the same time gets the conflict message and keeps their text', async () => {
    const first = await openTab(aino.upn);
    const second = await openTab(mikko.upn, 'sv-SE');
    // Both have the account open. Aino saves first.
    const ainoText = 'Yhteydet asiakkaan tietohallintoon; sopimusasiat asiakkuusjohtajan kautta.';
    await editWorkingAgreements(first, ainoText, 'Muokkaa: Toimintatavat', 'Toimintatavat', 'Tallenna');
    await waitForTestIdText(first, 'working-agreements-value', ainoText);

    // Mikko, on the page he loaded before Aino's save, saves his own text (in Swedish UI).
    const mikkoText = 'Mikon versio: kaikki yhteydenotot suoraan yksiköihin.';
    await editWorkingAgreements(second, mikkoText, 'Redigera: Arbetssätt', 'Arbetssätt', 'Spara');
    await second.getByText(/Någon annan har ändrat uppgifterna under tiden/).waitFor();
    expect(await second.getByRole('textbox', { name: 'Arbetssätt' }).inputValue()).toBe(mikkoText);
    await waitForTestIdText(second, 'working-agreements-theirs', ainoText);
    await screenshot(second, 'account-tab-conflict-sv');

    // Nothing was overwritten: a fresh load still shows Aino's text.
    const check = await openTab(aino.upn);
    await waitForTestIdText(check, 'working-agreements-value', ainoText);
    await Promise.all([first.context().close(), second.context().close(), check.context().close()]);
  });

  it('logged no page errors', () => {
    expect(errors).toEqual([]);
  });
});
