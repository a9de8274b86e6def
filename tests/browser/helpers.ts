/**
 * Shared helpers for the browser tests: build the page when needed, start the workbench server on a free port
 * with a throw-away database, launch Debian's chromium through playwright-core (no browser download).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromium, Browser, Page } from 'playwright-core';
import { startWorkbenchServer, WorkbenchMode, WorkbenchServer, PAGE_DIST } from '../../workbench/server';
import { buildPage } from '../../workbench/page/build';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
export const RESULTS_DIR = path.join(__dirname, '..', '..', 'test-results');

/** Builds workbench/page/dist unless it exists (tests/run-all.sh builds it first). */
export async function ensurePageBuilt(): Promise<void> {
  if (!fs.existsSync(path.join(PAGE_DIST, 'app.js')) || !fs.existsSync(path.join(PAGE_DIST, 'index.html'))) await buildPage({ quiet: true });
}

export interface TestWorkbench {
  server: WorkbenchServer;
  dbFile: string;
  close(): Promise<void>;
}

export async function startTestWorkbench(mode: WorkbenchMode = 'demo'): Promise<TestWorkbench> {
  await ensurePageBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ac-browser-'));
  const dbFile = path.join(dir, 'workbench.db');
  const server = await startWorkbenchServer({ port: 0, dbFile, mode, servePage: true });
  return {
    server,
    dbFile,
    async close() {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A page that fails the test on uncaught page errors; console errors are collected for the assertions. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'fi-FI' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Chooses an option in one of the workbench bar's Fluent dropdowns (by the dropdown's id). */
export async function choose(page: Page, dropdownId: string, optionName: string | RegExp): Promise<void> {
  await page.click(`#${dropdownId}`);
  await page.getByRole('option', { name: optionName }).click();
}

/** Waits until the element with data-testid has exactly `expected` as its text; fails with the text it had. */
export async function waitForTestIdText(page: Page, testId: string, expected: string, timeout = 30_000): Promise<void> {
  try {
    await page.waitForFunction(
      ([id, text]) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() === text,
      [testId, expected] as const,
      { timeout },
    );
  } catch (e) {
    const actual = await page.locator(`[data-testid="${testId}"]`).first().textContent({ timeout: 1000 }).catch(() => '(missing)');
    const alerts = await page.getByRole('alert').allTextContents().catch(() => []);
    throw new Error(`[data-testid=${testId}]: expected "${expected}", got "${actual}"${alerts.length ? `; alerts: ${alerts.join(' | ')}` : ''}`);
  }
}

export async function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}
