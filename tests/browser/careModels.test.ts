/**
 * The city units' care models end to end in Chromium against the demo: an account manager records a 9E partnership
 * assessment in Swedish with a weak score and finds the proposed development action on the account's next
 * follow-up agenda; leadership decides an idea through the gate in Finnish; a leader opens the situation picture in
 * Finnish, filters it to one care tier and opens an account from it.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot, startTestWorkbench, TestWorkbench } from './helpers';

jest.setTimeout(300_000);

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

/** Picks an option of a Fluent ChoiceGroup inside `scope` by its label text (the label is what a user clicks). */
async function pick(scope: ReturnType<Page['getByRole']>, label: string): Promise<void> {
  await scope.getByText(label, { exact: true }).click();
}

it('sv: a manager records a 9E assessment with a weak score; its action is on the next follow-up agenda', async () => {
  const { page, errors } = await openPage(browser, `${wb.server.origin}/?view=assessment&site=ork&host=sharepoint&user=elina.lindqvist&lang=sv-SE&account=TIV`);
  const form = page.getByTestId('assessment-form');
  await form.waitFor({ timeout: 60_000 });
  await expect(page.getByText('Tuomioistuinvirasto (TIV)').count()).resolves.toBeGreaterThan(0);

  // Saving with nothing filled in names what is missing and writes nothing.
  await page.getByTestId('assessment-submit').click();
  await page.getByTestId('assessment-missing').waitFor();
  await expect(page.getByTestId('assessment-missing').textContent()).resolves.toMatch(/^Inte bedömda: Ekonomi, Effektivitet/);

  const respondent = `Kund ${Date.now().toString(36)}`;
  await pick(form.getByRole('radiogroup', { name: /Svarandens nivå/ }), 'Avtalsnivå');
  await form.getByRole('textbox', { name: /Svarande \(kundens representant\)/ }).fill(respondent);
  // Every dimension 4 (god) except ethics, 1 (svag): a weak score.
  const groups = form.getByRole('radiogroup', { name: /:/ });
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(9);
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    const name = (await group.getAttribute('aria-labelledby')) ? await group.evaluate((el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? '') : '';
    await pick(group, /^Etik/.test(name) ? '1 svag' : '4 god');
  }
  await form.getByRole('textbox', { name: 'Fri respons' }).fill('<img src=x onerror="window.__xss=1"> Etiken brister i hur ändringar meddelas.');
  await page.getByTestId('assessment-submit').click();
  await page.getByTestId('assessment-saved').waitFor({ timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // The weak dimension is proposed as a development action; making it says who owns it and when it is due.
  const after = page.getByTestId('assessment-after-save');
  await after.waitFor({ timeout: 30_000 });
  const proposal = after.locator('li', { hasText: 'Etik' });
  await proposal.getByRole('button', { name: 'Föreslå en utvecklingsåtgärd' }).click();
  await proposal.getByText(/Utvecklingsåtgärden har skapats/).waitFor({ timeout: 30_000 });
  await screenshot(page, 'assessment-sv-weak-score');
  expect(errors).toEqual([]);

  // The account tab's next follow-up group lists it with the 9E development actions.
  const tab = await openPage(browser, `${wb.server.origin}/?view=accountTab&site=ork&host=teams&channel=${encodeURIComponent('19:tiv@thread.tacv2')}&user=elina.lindqvist&lang=sv-SE`);
  await tab.page.getByTestId('account-tab').waitFor({ timeout: 60_000 });
  await tab.page.getByRole('tab', { name: 'Uppföljningsgrupper' }).click();
  const actions = tab.page.getByTestId('fu-assessment-actions');
  await actions.first().waitFor({ timeout: 60_000 });
  await expect(actions.first().textContent()).resolves.toMatch(/Etik/);
  await screenshot(tab.page, 'assessment-action-on-follow-up-agenda');
  expect(tab.errors).toEqual([]);
});

it('fi: leadership decides an idea awaiting the gate (GO with a reason and date); the history and the follow-up action show it', async () => {
  const { page, errors } = await openPage(browser, `${wb.server.origin}/?view=ideas&site=ork&host=sharepoint&user=sari.heikkinen&lang=fi-FI`);
  const awaiting = page.getByTestId('ideas-table-awaitingGate');
  await awaiting.waitFor({ timeout: 60_000 });
  await awaiting.locator('tbody tr button, tbody tr a').first().click();
  const gate = page.getByTestId('idea-gate');
  await gate.waitFor();
  // A GO without its reason and date is refused, naming both, and nothing is decided.
  await gate.getByTestId('gate-go').click();
  await page.getByTestId('gate-refusal').waitFor();
  await expect(page.getByTestId('gate-refusal').textContent()).resolves.toMatch(/[Pp]erustelu/);
  await gate.getByRole('textbox', { name: /Perustelu/ }).fill('Hyöty todennettu Ratsussa; rahoitus ensi vuoden budjetista.');
  const date = new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki', day: 'numeric', month: 'numeric', year: 'numeric' }).format(new Date());
  const dateBox = gate.getByRole('combobox', { name: /Päätöspäivä/ }).or(gate.getByRole('textbox', { name: /Päätöspäivä/ }));
  await dateBox.first().fill(date);
  await dateBox.first().press('Enter');
  await gate.getByTestId('gate-go').click();
  await page.getByTestId('gate-confirm-ok').click();
  await page.getByTestId('gate-decided').waitFor({ timeout: 30_000 });
  await expect(page.getByTestId('gate-decided').textContent()).resolves.toMatch(/Jatkotoimenpide luotu/);
  await expect(page.getByTestId('idea-history').textContent()).resolves.toMatch(/Hyöty todennettu Ratsussa/);
  await screenshot(page, 'idea-gate-go-fi');
  expect(errors).toEqual([]);
});

it('fi: a leader opens the situation picture, filters it to one care tier, and opens an account from it by keyboard', async () => {
  const { page, errors } = await openPage(browser, `${wb.server.origin}/?view=leadership&site=ork&host=sharepoint&user=sari.heikkinen&lang=fi-FI`);
  const table = page.getByTestId('leadership-table');
  await table.locator('tbody tr').first().waitFor({ timeout: 60_000 });
  const all = await table.locator('tbody tr').count();
  expect(all).toBeGreaterThanOrEqual(10);
  // TIV's agreement is behind and its 9E is shown by world; KKO's satisfaction stays under the threshold.
  await expect(page.getByTestId('leadership-row-KKO').getByTestId('cell-satisfaction').textContent()).resolves.toMatch(/Alle 3 vastausta/);
  await expect(page.getByTestId('leadership-row-TIV').getByTestId('cell-9e').textContent()).resolves.toMatch(/Talous: \d/);

  // One care tier: only its accounts remain, and the count says so.
  await page.getByRole('combobox', { name: 'Hoitomalli' }).click();
  await page.getByRole('option', { name: 'Pieni yksikkö' }).click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="leadership-table"] tbody tr').length < n, all);
  const tiers = await table.getByTestId('cell-tier').allTextContents();
  expect(tiers.length).toBeGreaterThan(0);
  expect(new Set(tiers)).toEqual(new Set(['Hoitomalli: Pieni yksikkö']));
  await screenshot(page, 'leadership-fi-one-tier');

  // Opening KHO from its row by keyboard shows the account tab in a panel; closing it returns to the row.
  const open = page.getByRole('button', { name: 'Avaa asiakkuus: Korkein hallinto-oikeus (KHO)' });
  await open.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('account-tab').waitFor({ timeout: 60_000 });
  await expect(page.getByTestId('account-tab').textContent()).resolves.toMatch(/Korkein hallinto-oikeus/);
  await screenshot(page, 'leadership-fi-account-open');
  await page.keyboard.press('Escape');
  await page.getByTestId('account-tab').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Avaa asiakkuus: Korkein hallinto-oikeus (KHO)', undefined, { timeout: 5000 });
  expect(errors).toEqual([]);
});
