/**
 * The annual clock in Chromium against the workbench server with the demo data, keyboard only: Tab to the wheel,
 * the arrow keys to an overdue item, Enter opens its details, Tab to "Merkitse tehdyksi" and Enter; after a reload
 * the item is done. The same in Swedish. Then the month list, a screenshot of each, and no page errors.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot, startTestWorkbench, TestWorkbench } from './helpers';

jest.setTimeout(240_000);

let wb: TestWorkbench;
let browser: Browser;
const errors: string[] = [];

const clockUrl = (q: string): string => `${wb.server.origin}/?view=annualClock&site=ork&${q}`;

async function openClock(q: string): Promise<Page> {
  const opened = await openPage(browser, clockUrl(q));
  opened.page.on('pageerror', (e) => errors.push(e.message));
  await opened.page.waitForSelector('[data-testid="clock-spot"]', { timeout: 60_000 });
  return opened.page;
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { testId: el?.getAttribute('data-testid') ?? '', state: el?.getAttribute('data-state') ?? '', name: el?.getAttribute('aria-label') || el?.textContent?.trim() || '' };
  });

/** Presses `key` until the focused element satisfies `ok` (at most `max` presses); fails with what had focus. */
async function pressUntil(page: Page, key: string, ok: (f: { testId: string; state: string; name: string }) => boolean, max: number): Promise<{ testId: string; state: string; name: string }> {
  let f = await focused(page);
  for (let i = 0; i < max && !ok(f); i++) {
    await page.keyboard.press(key);
    f = await focused(page);
  }
  if (!ok(f)) throw new Error(`After ${max} × ${key} the focus is on "${f.name}" (${f.testId || 'no test id'})`);
  return f;
}

/** Keyboard only: Tab into the wheel, arrows back to an overdue item, Enter, Tab to the button, Enter. */
async function markOverdueDone(page: Page, markDone: RegExp, saved: string): Promise<string> {
  await page.locator('h1').first().click(); // a starting point in the view (a click on plain text, not a control)
  await pressUntil(page, 'Tab', (f) => f.testId === 'clock-spot', 80);
  const spot = await pressUntil(page, 'ArrowLeft', (f) => f.state === 'overdue', 300);
  await page.keyboard.press('Enter');
  // The panel's content (Fluent's dialog element itself has no box of its own)
  const panel = page.getByTestId('clock-details-body');
  await panel.waitFor();
  await pressUntil(page, 'Tab', (f) => markDone.test(f.name), 30);
  await page.keyboard.press('Enter');
  await panel.getByText(saved).waitFor();
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  // Focus returns to the wheel (Fluent's panel restores it on the next animation frame after it closes)
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'clock-spot', undefined, { timeout: 5_000 }).catch(() => undefined);
  expect((await focused(page)).testId).toBe('clock-spot');
  // The name without its state: task – account – date
  return spot.name.split(' – ').slice(0, 3).join(' – ');
}

async function stateAfterReload(page: Page, namePrefix: string): Promise<string | null> {
  await page.reload();
  await page.waitForSelector('[data-testid="clock-spot"]', { timeout: 60_000 });
  return page.locator(`[data-testid="clock-spot"][aria-label^="${namePrefix.replace(/"/g, '\\"')}"]`).first().getAttribute('data-state');
}

beforeAll(async () => {
  wb = await startTestWorkbench('demo');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await wb?.close();
});

describe('annual clock', () => {
  it('in Finnish: a manager moves to an overdue item with the keyboard only, marks it done, and it is done after a reload', async () => {
    const page = await openClock(`host=teams&channel=${encodeURIComponent('19:kho@thread.tacv2')}&lang=fi-FI&user=aino.virtanen`);
    await page.getByRole('heading', { name: /^Vuosikello \d{4}$/ }).waitFor();
    await screenshot(page, 'annual-clock-wheel-fi');
    const name = await markOverdueDone(page, /^Merkitse tehdyksi/, 'Merkitty tehdyksi.');
    expect(name).toMatch(/ – KHO – /);
    expect(await stateAfterReload(page, name)).toBe('done');
    await page.context().close();
  });

  it('in Swedish: the same for a Swedish-speaking manager on her own accounts (several accounts in one mark)', async () => {
    const page = await openClock('host=personal&lang=sv-SE&user=elina.lindqvist');
    await page.getByRole('heading', { name: /^Årshjul \d{4}$/ }).waitFor();
    const before = await page.locator('[data-testid="clock-summary"] [data-state="overdue"]').textContent();
    const name = await markOverdueDone(page, /^Markera som klar/, 'Markerad som klar.');
    await page.reload();
    await page.waitForSelector('[data-testid="clock-spot"]', { timeout: 60_000 });
    const after = await page.locator('[data-testid="clock-summary"] [data-state="overdue"]').textContent();
    const count = (t: string | null): number => Number(/(\d+)/.exec(t ?? '')?.[1]);
    expect(count(after)).toBe(count(before) - 1);
    expect(name).toMatch(/^.+ – .+ – \w+ \d+\.\d+\.\d{4}$/);
    await screenshot(page, 'annual-clock-wheel-sv');
    await page.context().close();
  });

  it('shows the same content as a month list, remembered after a reload', async () => {
    const page = await openClock('host=personal&lang=fi-FI&user=mikko.korhonen');
    await page.getByRole('button', { name: 'Kuukausilista' }).click();
    await page.getByTestId('clock-month-list').waitFor();
    expect(await page.getByRole('heading', { name: /^joulukuu/i }).count()).toBe(1);
    await screenshot(page, 'annual-clock-list-fi');
    await page.reload();
    await page.getByTestId('clock-month-list').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('clock-wheel').count()).toBe(0);
    await page.context().close();
  });

  it('as Juha, on the first morning of Elina\'s holiday: her open items are on his clock, handled by him, with Elina still the owner', async () => {
    const page = await openClock('host=personal&lang=fi-FI&user=juha.nieminen');
    await page.getByRole('button', { name: 'Kuukausilista' }).click();
    await page.getByTestId('clock-month-list').waitFor();
    const row = page.getByTestId('clock-list-item').filter({ has: page.getByTestId('clock-item-acting') }).first();
    await row.waitFor();
    expect(await row.getByTestId('clock-item-acting').textContent()).toBe('hoitaa Juha Nieminen');
    // One of Elina's accounts (TIV is Aino's by the absence's override).
    expect(await row.getAttribute('aria-label')).toMatch(/ – (OPV|HYP) – .* – hoitaa Juha Nieminen$/);
    await row.click();
    const panel = page.getByTestId('clock-details-body');
    await panel.waitFor();
    expect(await panel.locator('dt:has-text("Vastuuhenkilö") + dd').textContent()).toBe('Elina Lindqvist');
    expect(await panel.getByTestId('clock-details-acting').textContent()).toMatch(/^Juha Nieminen \(tuuraa \d{1,2}\.\d{1,2}\. asti\)$/);
    await screenshot(page, 'annual-clock-acting-fi');
    await page.keyboard.press('Escape');
    await page.context().close();
  });

  it('logged no page errors', () => {
    expect(errors).toEqual([]);
  });
});
