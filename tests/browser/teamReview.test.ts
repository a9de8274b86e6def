/**
 * The team meeting view in Chromium against the demo organisations: the supervisor reviews a situation record in
 * Finnish and in Swedish (it leaves the list and stays reviewed after a reload), and the summary's export downloads
 * a CSV that Finnish Excel opens (BOM, semicolons).
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot, startTestWorkbench, TestWorkbench } from './helpers';

jest.setTimeout(240_000);

let wb: TestWorkbench;
let browser: Browser;

async function open(q: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, `${wb.server.origin}/?view=teamReview&site=hepa&host=teams&user=timo.hamalainen&${q}`);
  await opened.page.waitForSelector('[data-testid="review-records"]', { timeout: 60_000 });
  return opened;
}

beforeAll(async () => {
  wb = await startTestWorkbench('demo');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await wb?.close();
});

async function reviewOne(page: Page, markName: RegExp, done: RegExp): Promise<void> {
  const records = page.getByTestId('review-records');
  const buttons = records.getByRole('button', { name: markName });
  const before = await buttons.count();
  expect(before).toBeGreaterThan(0);
  const first = buttons.first();
  const name = (await first.getAttribute('aria-label'))!;
  const item = await first.evaluate((b) => b.closest('li')!.getAttribute('data-testid'));
  await first.click();
  await page.getByTestId('review-notice').waitFor({ timeout: 30_000 });
  await expect(page.getByTestId('review-notice').textContent()).resolves.toMatch(done);
  expect(await page.getByTestId(item!).count()).toBe(0);
  expect(await records.getByRole('button', { name: markName }).count()).toBe(before - 1);
  // Reviewed for good: a reload no longer lists it.
  await page.reload();
  await page.waitForSelector('[data-testid="review-records"]', { timeout: 60_000 });
  expect(await page.getByTestId(item!).count()).toBe(0);
  expect(name).toBeTruthy();
}

it('fi: the supervisor sees the records for the meeting and marks one reviewed with one click', async () => {
  const { page, errors } = await open('lang=fi-FI');
  await expect(page.getByRole('heading', { name: /^Ristiriitainen asiakaskontakti/ }).count()).resolves.toBeGreaterThan(0);
  await reviewOne(page, /^Merkitse käsitellyksi: /, /^Merkitty käsitellyksi: /);
  await screenshot(page, 'team-review-fi');
  expect(errors).toEqual([]);
});

it('sv: the same in Swedish', async () => {
  const { page, errors } = await open('lang=sv-SE');
  await expect(page.getByRole('heading', { name: /^Kundsituationer/ }).count()).resolves.toBe(1);
  await reviewOne(page, /^Markera som behandlad: /, /^Markerad som behandlad: /);
  expect(errors).toEqual([]);
});

it('fi: the summary’s export downloads a CSV for Finnish Excel', async () => {
  const { page, errors } = await open('lang=fi-FI');
  await page.getByRole('tab', { name: 'Palautekooste' }).click();
  await page.getByTestId('trend-chart').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Vie Exceliin' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Kooste (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^palautekooste_.*\.csv$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  const bytes = Buffer.concat(chunks);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.split('\r\n')[0]).toBe('Osio;Kohde;Määrä;Edellinen jakso');
  const total = Number(await page.getByTestId('summary-total').textContent());
  expect(text).toContain(`\r\nYhteensä;`);
  expect(text.split('\r\n')[1].split(';')[2]).toBe(String(total));
  await expect(page.getByTestId('export-status').textContent()).resolves.toMatch(/^Ladattu palautekooste_/);
  expect(errors).toEqual([]);
});
