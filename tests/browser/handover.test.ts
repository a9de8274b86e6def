/**
 * Tuuraus in the browser, as Juha on the first morning of Elina's holiday (ORK demo), in Finnish and in Swedish:
 * My accounts lists Elina's accounts he covers, the handover brief opens in place and prints on A4; the account
 * tab's "covered by" banner opens the same brief, and Back returns to the link.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, RESULTS_DIR, screenshot, startTestWorkbench, TestWorkbench } from './helpers';

jest.setTimeout(240_000);

let wb: TestWorkbench;
let browser: Browser;

const myAccountsUrl = (lang: string): string => `${wb.server.origin}/?view=myAccounts&site=ork&host=personal&lang=${lang}&user=${encodeURIComponent('juha.nieminen@asiakkuus.example')}`;

beforeAll(async () => {
  wb = await startTestWorkbench('demo');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await wb?.close();
});

async function openMyAccounts(lang: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, myAccountsUrl(lang));
  await opened.page.waitForSelector('[data-testid="group-cover"]', { timeout: 60_000 });
  return opened;
}

it.each([
  ['fi-FI', { group: /^Tuuraan nyt/, brief: 'Avaa tuurauskortti: Oikeuspalveluvirasto', heading: 'Tuurauskortti: Oikeuspalveluvirasto (OPV)', acting: /Sinä tuuraat .* asti/, wa: 'Näin asiakas haluaa toimia', print: 'Tulosta', back: 'Takaisin' }],
  ['sv-SE', { group: /^Jag vikarierar nu/, brief: 'Öppna vikariekortet: Oikeuspalveluvirasto', heading: 'Vikariekort: Oikeuspalveluvirasto (OPV)', acting: /Du vikarierar till och med/, wa: 'Så vill kunden att vi arbetar', print: 'Skriv ut', back: 'Tillbaka' }],
])('%s: My accounts shows the covered accounts, the brief opens and prints', async (lang, t) => {
  const { page, errors } = await openMyAccounts(lang);
  const cover = page.getByTestId('group-cover');
  await cover.getByRole('heading', { name: t.group }).waitFor();
  // Elina's OPV and HYP are Juha's today; TIV went to Aino by the absence's override.
  const names = await cover.locator('button[data-row-key^="cover-"] > span:first-child').allTextContents();
  expect(names.some((n) => n.startsWith('Oikeuspalveluvirasto'))).toBe(true);
  expect(names.some((n) => n.startsWith('Tuomioistuinvirasto'))).toBe(false);
  await expect(cover.locator('button[data-row-key^="cover-"]').first().textContent()).resolves.toMatch(t.acting);

  await cover.getByRole('button', { name: t.brief }).click();
  await page.getByRole('heading', { level: 1, name: t.heading }).waitFor({ timeout: 30_000 });
  await page.getByRole('region', { name: t.wa }).waitFor();
  expect(await page.getByTestId('brief-contacts').locator('a[href^="tel:"], a[href^="mailto:"]').count()).toBeGreaterThan(0);
  await screenshot(page, `handover-brief-${lang}`);

  // Printing: only the brief, no buttons, on A4.
  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('button', { name: t.print }).isVisible()).toBe(false);
  expect(await page.getByRole('heading', { level: 1, name: t.heading }).isVisible()).toBe(true);
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, `handover-brief-${lang}.pdf`), pdf);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(4);
  await screenshot(page, `handover-brief-print-${lang}`);
  await page.emulateMedia({ media: 'screen' });

  // Back: to My accounts, the focus on the button that opened the brief.
  await page.getByRole('button', { name: t.back, exact: true }).click();
  await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, t.brief);
  expect(errors).toEqual([]);
});

it("the account tab's banner says who covers until when and opens the brief; Back returns to the link", async () => {
  const { page, errors } = await openMyAccounts('fi-FI');
  await page.getByTestId('group-cover').locator('button[data-row-key^="cover-"]', { hasText: 'Oikeuspalveluvirasto' }).click();
  const banner = page.getByTestId('cover-banner');
  await banner.waitFor({ timeout: 60_000 });
  await expect(banner.textContent()).resolves.toMatch(/^Tuuraaja: Juha Nieminen, \d{1,2}\.\d{1,2}\.\d{4} asti/);
  await banner.getByRole('button', { name: 'Avaa tuurauskortti' }).or(banner.getByRole('link', { name: 'Avaa tuurauskortti' })).click();
  await page.getByRole('heading', { level: 1, name: 'Tuurauskortti: Oikeuspalveluvirasto (OPV)' }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Takaisin', exact: true }).click();
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'cover-banner-brief');
  await screenshot(page, 'handover-banner-fi-FI');
  expect(errors).toEqual([]);
});
