/**
 * "A staff member files a situation record from a quick link in under a minute": in Chromium against the demo,
 * staff open each form from a quick link (Finnish and Swedish), type the essentials, press Ctrl+Enter, and see the
 * confirmation; the draft survives a reload before that; the item is stored once.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot, startTestWorkbench, TestWorkbench } from './helpers';

jest.setTimeout(120_000);

const PEKKA = encodeURIComponent('pekka.makinen@asiakkuus.example');
let wb: TestWorkbench;
let browser: Browser;

beforeAll(async () => {
  wb = await startTestWorkbench('demo');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await wb?.close();
});

const stored = (list: string, text: string): Promise<number> =>
  fetch(`${wb.server.siteUrls.ork}/_api/web/lists/getbytitle('${list}')/items?$select=Id&$filter=ACDate ge '2000-01-01' and substringof('${text}', ${list === 'ACFeedback' ? 'ACText' : 'ACSituation'})&$top=50`, {
    headers: { Accept: 'application/json;odata=nometadata', Cookie: `ac-user=${decodeURIComponent(PEKKA)}` },
  })
    .then((r) => r.json() as Promise<{ value?: unknown[] }>)
    .then((j) => j.value?.length ?? -1);

it('staff file a situation record from a quick link in Finnish: pre-filled, Ctrl+Enter, confirmed, kept across a reload', async () => {
  const started = Date.now();
  const { page, errors } = await openPage(browser, `${wb.server.origin}/?view=situationForm&site=ork&host=sharepoint&lang=fi-FI&user=${PEKKA}&account=KHO&category=conflict`);
  await page.waitForSelector('[data-testid="situation-form"]', { timeout: 60_000 });
  await page.getByText('Korkein hallinto-oikeus (KHO)').waitFor();
  expect(await page.getByRole('radio', { name: 'Ristiriitainen asiakaskontakti' }).isChecked()).toBe(true);
  const text = page.getByRole('textbox', { name: /^Asiakastilanne/ });
  await text.fill('Asiakas korotti ääntään puhelimessa selaintestissä.');
  // A reload before saving gives the typing back.
  await page.waitForTimeout(200);
  await page.reload();
  await page.waitForSelector('[data-testid="situation-form"]', { timeout: 60_000 });
  expect(await page.getByRole('textbox', { name: /^Asiakastilanne/ }).inputValue()).toBe('Asiakas korotti ääntään puhelimessa selaintestissä.');
  await page.getByText('Tallentamaton kirjauksesi palautettiin.').waitFor();
  await page.getByRole('textbox', { name: 'Ratkaisu' }).fill('Rauhoittelin ja sovin takaisinsoiton.');
  await page.getByRole('textbox', { name: 'Ratkaisu' }).press('Control+Enter');
  const saved = page.getByTestId('record-saved');
  await saved.waitFor({ timeout: 30_000 });
  expect(await saved.innerText()).toMatch(/Asiakastilanne tallennettu: Ristiriitainen asiakaskontakti, KHO, \d+\.\d+\.\d{4}\./);
  await screenshot(page, 'record-forms-situation-fi');
  expect(Date.now() - started).toBeLessThan(60_000);
  expect(await stored('ACSituationRecords', 'selaintestissä')).toBe(1);
  // "File another" has the focus: Enter opens the next empty form for the same account.
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="situation-form"]');
  expect(await page.getByRole('textbox', { name: /^Asiakastilanne/ }).inputValue()).toBe('');
  expect(errors).toEqual([]);
  await page.context().close();
});

it('staff file a feedback from a quick link in Swedish', async () => {
  const { page, errors } = await openPage(browser, `${wb.server.origin}/?view=feedbackForm&site=ork&host=sharepoint&lang=sv-SE&user=${PEKKA}&account=KHO&kind=positive`);
  await page.waitForSelector('[data-testid="feedback-form"]', { timeout: 60_000 });
  expect(await page.getByRole('radio', { name: 'Positiv' }).isChecked()).toBe(true);
  await page.locator('label', { hasText: 'Tjänstens kvalitet' }).click();
  await page.getByRole('textbox', { name: /^Respons/ }).fill('Snabb och vänlig service, tack! Webbläsartest.');
  await page.getByRole('button', { name: 'Spara' }).click();
  const saved = page.getByTestId('record-saved');
  await saved.waitFor({ timeout: 30_000 });
  expect(await saved.innerText()).toMatch(/Responsen har sparats: Positiv, KHO/);
  await screenshot(page, 'record-forms-feedback-sv');
  expect(await stored('ACFeedback', 'Webbläsartest')).toBe(1);
  expect(errors).toEqual([]);
  await page.context().close();
});
