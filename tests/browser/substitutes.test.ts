/**
 * The Substitutes view in Chromium against the demo organisation: the team timeline and its keyboard, the editor
 * refusing bad input with the reason while keeping it, and my duties as the substitute, in Finnish and Swedish.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot, startTestWorkbench, TestWorkbench } from './helpers';

jest.setTimeout(240_000);

let wb: TestWorkbench;
let browser: Browser;

async function open(q: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, `${wb.server.origin}/?view=substitutes&site=ork&host=personal&${q}`);
  await opened.page.waitForSelector('[data-testid="absence-timeline"] button[data-absence-id]', { timeout: 60_000 });
  return opened;
}

const focusedName = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

beforeAll(async () => {
  wb = await startTestWorkbench('demo');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await wb?.close();
});

it('fi: the team timeline is one tab stop, the arrow keys move between absences, Enter opens one', async () => {
  const { page, errors } = await open('user=aino.virtanen&lang=fi-FI');
  const timeline = page.getByTestId('absence-timeline');
  await expect(timeline.getByRole('button', { name: /^Elina Lindqvist: Loma .*, tuuraaja Juha Nieminen$/ }).count()).resolves.toBe(1);
  // The chain in words: a substitute who is away herself, and who looks after her accounts instead (named together).
  await expect(page.getByTestId('cover-warnings').textContent()).resolves.toMatch(/on itse poissa [^;]*; asiakkuudet [A-ZÅÄÖ, ]+ ja [A-ZÅÄÖ]+ hoitaa silloin /);
  await expect(page.getByTestId('cover-warnings').textContent()).resolves.toMatch(/Asiakkuudella VAALIT ei ole tuuraajaa/);

  await timeline.locator('button[data-absence-id]').first().focus();
  const first = await focusedName(page);
  await page.keyboard.press('ArrowDown');
  const second = await focusedName(page);
  expect(second).not.toBe(first);
  expect(second).toMatch(/^[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+: /);
  await page.keyboard.press('ArrowUp');
  expect(await focusedName(page)).toBe(first);
  // Tab leaves the timeline: only one bar is in the tab order.
  expect(await timeline.locator('button[data-absence-id][tabindex="0"]').count()).toBe(1);
  await page.keyboard.press('Enter');
  await page.getByTestId('absence-panel').waitFor();
  await screenshot(page, 'substitutes-fi-panel');
  await page.keyboard.press('Escape');
  await page.getByTestId('absence-panel').waitFor({ state: 'detached' });
  // The focus comes back to the bar that opened it.
  await page.waitForFunction((name) => document.activeElement?.getAttribute('aria-label') === name, first);
  expect(errors).toEqual([]);
});

it('fi: the editor refuses an end before the start and self-substitution with the reason, keeping what was typed', async () => {
  const { page } = await open('user=juha.nieminen&lang=fi-FI');
  await page.getByRole('button', { name: 'Lisää poissaolo' }).click();
  const panel = page.getByTestId('absence-panel');
  await panel.waitFor();
  await panel.getByRole('combobox', { name: 'Alkaa' }).fill('20.4.2027');
  await panel.getByRole('combobox', { name: 'Alkaa' }).press('Enter');
  // The end follows a new start until it is typed.
  expect(await panel.getByRole('combobox', { name: 'Päättyy' }).inputValue()).toBe('20.4.2027');
  await panel.getByRole('combobox', { name: 'Päättyy' }).fill('18.4.2027');
  await panel.getByRole('combobox', { name: 'Päättyy' }).press('Enter');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await panel.getByText('Päättymispäivä ei voi olla ennen alkamispäivää.').waitFor();
  await panel.getByRole('combobox', { name: 'Päättyy' }).fill('23.4.2027');
  await panel.getByRole('combobox', { name: 'Päättyy' }).press('Enter');
  await panel.getByRole('combobox', { name: /^Tuuraaja(?!:)/ }).click();
  await page.getByRole('option', { name: 'Juha Nieminen' }).click();
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await panel.getByText('Poissa oleva ei voi tuurata itseään. Valitse toinen tuuraaja.').waitFor();
  expect(await panel.getByRole('combobox', { name: 'Alkaa' }).inputValue()).toBe('20.4.2027');
  await screenshot(page, 'substitutes-fi-refused');
});

it('sv: Juha’s duties list what he covers, and the brief opens in place with Back returning focus', async () => {
  const { page, errors } = await open('user=juha.nieminen&lang=sv-SE');
  await page.getByRole('tab', { name: /Mina vikariat/ }).click();
  const table = page.getByTestId('duties-table');
  await table.waitFor();
  // Elina's accounts from today, with Juha as the named substitute.
  await expect(table.textContent()).resolves.toMatch(/Elina Lindqvist/);
  await expect(table.textContent()).resolves.toMatch(/Namngiven vikarie/);
  const brief = table.getByRole('button', { name: /^Vikariekort: / }).first();
  const name = await brief.getAttribute('aria-label');
  await brief.click();
  await page.getByTestId('handover-brief').waitFor();
  await page.getByTestId('handover-brief').getByRole('button').first().click();
  await page.waitForFunction((n) => document.activeElement?.getAttribute('aria-label') === n, name);
  await screenshot(page, 'substitutes-sv-duties');
  expect(errors).toEqual([]);
});

it('sv: the timeline and the table alternative say the same, with presence beside each person', async () => {
  const { page } = await open('user=elina.lindqvist&lang=sv-SE&theme=dark');
  await expect(page.getByTestId('absence-timeline').getByRole('button', { name: /^Mikko Korhonen: Semester / }).count()).resolves.toBe(1);
  await expect(page.getByTestId('absence-timeline').textContent()).resolves.toMatch(/Autosvar på/);
  await page.getByRole('switch', { name: 'Som tabell' }).click();
  const table = page.getByTestId('absence-table');
  await table.waitFor();
  await expect(table.textContent()).resolves.toMatch(/Mikko Korhonen.*Semester/);
  await screenshot(page, 'substitutes-sv-table-dark');
});
