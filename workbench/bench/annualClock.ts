/**
 * The annual clock's wheel in a real browser: how long the wheel takes to render the year of every account the
 * user may read (owner filter "everyone"), and how many items it shows (the state counts above the wheel).
 *
 * React 17 renders a click's state change synchronously inside the event, so the time from the click on "Kehä"
 * (the month list is showing) to a forced layout after it is the wheel's render, commit and layout, without the
 * network. The median of several switches is reported.
 */
import type { Browser } from 'playwright-core';
import type { WorkbenchServer } from '../server';

export interface WheelFigure {
  label: string;
  /** Median ms from the click to the laid-out wheel. */
  renderMs: number;
  /** The year's items the counts above the wheel add up to. */
  items: number;
  /** Focusable marks on the wheel (one per task and day, or a cluster). */
  spots: number;
}

export async function measureWheel(browser: Browser, server: WorkbenchServer, label: string, query: string, opts: { nextYear?: boolean; runs?: number } = {}): Promise<WheelFigure> {
  const runs = opts.runs ?? 7;
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/?${query}`);
    await page.waitForSelector('[data-testid="clock-summary"]', { timeout: 120_000 });
    if (opts.nextYear) {
      const heading = await page.locator('h1, h2').first().textContent();
      await page.click('button[aria-label="Seuraava vuosi"]');
      await page.waitForFunction((before) => document.querySelector('h1, h2')?.textContent !== before && !!document.querySelector('[data-testid="clock-summary"]'), heading, { timeout: 120_000 });
    }
    // Everyone's items: the owner filter (a Fluent dropdown) → "everyone", the last option.
    await page.click('[data-testid="clock-filter-owner"]');
    await page.locator('[role="option"]').last().click();
    await page.click('[data-testid="clock-layout-list"]');
    await page.waitForSelector('[data-testid="clock-month-list"]');
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const ms = await page.evaluate(() => {
        const wheel = document.querySelector<HTMLButtonElement>('[data-testid="clock-layout-wheel"]')!;
        const t0 = performance.now();
        wheel.click();
        if (!document.querySelector('[data-testid="clock-wheel"]')) throw new Error('the wheel did not render synchronously');
        void document.body.getBoundingClientRect().height;
        return performance.now() - t0;
      });
      times.push(ms);
      await page.click('[data-testid="clock-layout-list"]');
      await page.waitForSelector('[data-testid="clock-month-list"]');
    }
    await page.click('[data-testid="clock-layout-wheel"]');
    await page.waitForSelector('[data-testid="clock-wheel"]');
    const { items, spots } = await page.evaluate(() => ({
      // Each count is the last number of its line ("Erääntyy 14 päivän sisällä: 12" → 12).
      items: [...document.querySelectorAll('[data-testid="clock-summary"] li')].reduce((n, li) => n + Number(/(\d[\d\s\u00a0]*)$/.exec((li.textContent ?? '').trim())?.[1].replace(/\D/g, '') ?? 0), 0),
      spots: document.querySelectorAll('[data-testid="clock-spot"]').length,
    }));
    times.sort((a, b) => a - b);
    return { label, renderMs: Math.round(times[Math.floor(times.length / 2)]), items, spots };
  } finally {
    await context.close();
  }
}
