/**
 * The quarterly survey end to end in Chromium against the demo: the customer's respondent answers this quarter's
 * survey in Swedish from the invitation's link; leadership sees the account's quarter appear in Finnish once it has
 * enough answers, and creates an action from TIV's drop in financial management; the action is then on agenda item 6
 * of TIV's next follow-up group in the account tab.
 */
import type { Browser } from 'playwright-core';
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

const quarterNow = (): string => {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit' }).format(new Date()).split('-');
  return `${y}-Q${Math.floor((Number(m) - 1) / 3) + 1}`;
};
const q = quarterNow();

it('sv: the respondent answers the survey from the invitation link; a missing answer is named first', async () => {
  const { page, errors } = await openPage(browser, `${wb.server.origin}/?view=surveyAnswer&site=ork&host=sharepoint&user=kaisa.ojala&lang=sv-SE&account=RISE&quarter=${q}`);
  await page.getByTestId('survey-submit').waitFor({ timeout: 60_000 });
  await expect(page.getByText('Rikosseuraamuslaitos (RISE)').count()).resolves.toBeGreaterThan(0);
  // Sending with nothing chosen names what is missing.
  await page.getByTestId('survey-submit').click();
  await page.getByTestId('survey-missing').waitFor();
  await expect(page.getByTestId('survey-missing').textContent()).resolves.toMatch(/Kvaliteten på de kontinuerliga tjänsterna/);
  // Every school-scale question: 8 (god); the recommendation 9; a comment.
  const groups = page.getByRole('radiogroup');
  const count = await groups.count();
  expect(count).toBeGreaterThanOrEqual(8);
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    // Fluent draws the option's label over its input: a user clicks the label.
    const god = group.getByText('8 god', { exact: true });
    if (await god.count()) await god.click();
    // The 0–10 options sit close together; the keyboard, as a keyboard user answers: focus the group, arrow to 9.
    else {
      await group.getByRole('radio', { name: '0', exact: true }).focus();
      await page.keyboard.press('Space');
      for (let k = 0; k < 9; k++) await page.keyboard.press('ArrowRight');
    }
  }
  await page.getByRole('textbox', { name: /Öppen respons/ }).fill('Samarbetet fungerar bra. <img src=x onerror=alert(1)>');
  await page.getByTestId('survey-submit').click();
  await page.getByTestId('survey-saved').waitFor({ timeout: 30_000 });
  await screenshot(page, 'survey-answer-sv');
  // Coming back shows the own answer, still editable while the survey is open.
  await page.reload();
  await page.getByTestId('survey-submit').waitFor({ timeout: 60_000 });
  await expect(page.getByRole('radio', { name: /^8 god$/ }).first().isChecked()).resolves.toBe(true);
  expect(errors).toEqual([]);
});

it('fi: leadership sees RISE this quarter with the new answer, and creates an action from TIV’s drop', async () => {
  const { page, errors } = await openPage(browser, `${wb.server.origin}/?view=satisfaction&site=ork&host=sharepoint&user=sari.heikkinen&lang=fi-FI`);
  await page.getByTestId('satisfaction-overview').waitFor({ timeout: 60_000 });
  // Kaisa's answer is RISE's third this quarter: the privacy threshold (3) is reached, so the figure shows.
  const riseNow = page.getByTestId('overview-row-RISE').getByTestId('overview-cell').last();
  await expect(riseNow.textContent()).resolves.toMatch(/^\d,\d/);
  // KKO stays under the threshold: no figure in any quarter.
  for (const text of await page.getByTestId('overview-row-KKO').getByTestId('overview-cell').allTextContents()) expect(text).toMatch(/alle 3 vastausta|ei vastauksia|ei kyselyä/);
  // TIV's drop this quarter is named in words.
  const tivNow = page.getByTestId('overview-row-TIV').getByTestId('overview-cell').last();
  await expect(tivNow.textContent()).resolves.toMatch(/merkittävä lasku: .*Taloushallinto/);

  await page.getByRole('button', { name: 'Näytä asiakkuuden tiedot: Tuomioistuinvirasto (TIV)' }).click();
  const area = page.getByTestId('detail-area-financialManagement');
  await area.waitFor();
  await expect(area.textContent()).resolves.toMatch(/Merkittävä lasku/);
  await page.getByTestId('satisfaction-chart').waitFor({ timeout: 30_000 });
  await area.getByRole('button', { name: 'Luo toimenpide: Taloushallinto' }).click();
  const form = page.getByTestId('action-form');
  await form.waitFor();
  const title = `Talouskatsaus avataan seurantaryhmälle ${Date.now().toString(36)}`;
  await form.getByRole('textbox', { name: 'Otsikko' }).fill(title);
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await page.getByTestId('area-actions').filter({ hasText: title }).waitFor({ timeout: 30_000 });
  await screenshot(page, 'satisfaction-fi');
  expect(errors).toEqual([]);

  // The action is on agenda item 6 of TIV's next follow-up group, in the account tab.
  const tab = await openPage(browser, `${wb.server.origin}/?view=accountTab&site=ork&host=teams&channel=${encodeURIComponent('19:tiv@thread.tacv2')}&user=aino.virtanen&lang=fi-FI`);
  await tab.page.getByTestId('account-tab').waitFor({ timeout: 60_000 });
  await tab.page.getByRole('tab', { name: 'Seurantaryhmät' }).click();
  const actions = tab.page.getByTestId('fu-survey-actions');
  await actions.first().waitFor({ timeout: 60_000 });
  await expect(actions.first().textContent()).resolves.toContain(title);
  await screenshot(tab.page, 'satisfaction-action-in-meeting-kit');
  expect(tab.errors).toEqual([]);
});
