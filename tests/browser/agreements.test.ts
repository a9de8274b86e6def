/**
 * The service agreement process in Chromium against the demo: the account manager takes next year's RISE agreement from planning to
 * stored in Finnish — each step first tried without what it needs (refused with a message naming what is missing,
 * and nothing moves), then done once the record form has it — and leadership reads the portfolio in Swedish: every
 * ORK account against the Christmas deadline, the late one in words, sorting, the stage filter and the CSV export.
 */
import type { Browser, Page } from 'playwright-core';
import { christmasDeadline } from '../../src/domain/agreementFlow';
import { formatDate } from '../../src/domain/dates';
import { ORK_ACCOUNTS } from '../../workbench/demo/ork';
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

/** Today in Helsinki as yyyy-mm-dd, and the day before it. */
const helsinkiToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const today = helsinkiToday();
const thisYear = Number(today.slice(0, 4));
const nextYear = thisYear + 1;
const yesterday = ((): string => {
  const [y, m, d] = today.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d - 1));
  return `${t.getUTCDate()}.${t.getUTCMonth() + 1}.${t.getUTCFullYear()}`;
})();
const todayFi = `${Number(today.slice(8, 10))}.${Number(today.slice(5, 7))}.${thisYear}`;

/** The stage line under the heading: "Prosessi: … · <stage> · Vaihe n/9". */
async function expectStage(page: Page, stageFi: string, stepperCurrent: string | null): Promise<void> {
  const workflow = page.getByTestId('agreement-workflow');
  await page.waitForFunction((text) => document.querySelector('[data-testid="agreement-workflow"]')?.textContent?.includes(` · ${text} · Vaihe `), stageFi, { timeout: 30_000 });
  const current = workflow.locator('[aria-current="step"]');
  if (stepperCurrent === null) expect(await current.count()).toBe(0);
  else await expect(current.getAttribute('data-testid')).resolves.toBe(`step-${stepperCurrent}`);
}

/**
 * Tries an action the rules refuse, as a keyboard user does (the button is disabled but focusable): the refusal
 * names the action and says what is missing; the stage stays where it was.
 */
async function refused(page: Page, action: string, missing: RegExp[], stay: [string, string | null]): Promise<string> {
  const button = page.getByTestId(`action-${action}`);
  await expect(button.getAttribute('aria-disabled')).resolves.toBe('true');
  await button.focus();
  await page.keyboard.press('Enter');
  const refusal = page.getByTestId('agreement-refusal');
  await refusal.waitFor({ timeout: 10_000 });
  const text = (await refusal.textContent()) ?? '';
  expect(text).toMatch(/^Ei voi vielä: /);
  for (const m of missing) expect(text).toMatch(m);
  // Announced: the message is an alert.
  await expect(page.getByRole('alert').filter({ hasText: text.slice(0, 40) }).count()).resolves.toBeGreaterThan(0);
  await expectStage(page, ...stay);
  return text;
}

/** Takes an allowed action with a click and waits for the message that says where the agreement is now. */
async function take(page: Page, action: string, stageFi: string, stepperCurrent: string | null): Promise<void> {
  const button = page.getByTestId(`action-${action}`);
  await expect(button.getAttribute('aria-disabled')).resolves.toBeNull();
  await button.click();
  await page.waitForFunction((text) => document.querySelector('[data-testid="agreement-moved"]')?.textContent?.endsWith(`vaihe on nyt ${text}.`), stageFi, { timeout: 30_000 });
  await expect(page.getByTestId('agreement-refusal').count()).resolves.toBe(0);
  await expectStage(page, stageFi, stepperCurrent);
}

/** Saves the record form and waits for "Tiedot tallennettu." */
async function save(page: Page): Promise<void> {
  const record = page.getByTestId('agreement-record');
  await record.getByTestId('record-save').click();
  await record.getByRole('status').filter({ hasText: 'Tiedot tallennettu.' }).waitFor({ timeout: 30_000 });
}

it('fi: the manager takes next year’s RISE agreement from planning to stored, refused at each wrong step with what is missing', async () => {
  const { page, errors } = await openPage(browser, `${wb.server.origin}/?view=agreements&site=ork&host=sharepoint&user=mikko.korhonen&lang=fi-FI&account=RISE&year=${nextYear}`);
  await page.getByTestId('agreement-workflow').waitFor({ timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Rikosseuraamuslaitos (RISE): palvelusopimus ${nextYear}`);
  await expectStage(page, 'Suunnittelukokoukset', 'planning');
  const record = page.getByTestId('agreement-record');
  const dnro = `RISE/4711/00.01.02/${thisYear}`;

  // planning → caseOpened: no diary number; then a malformed one is refused at the field; then a good one.
  await refused(page, 'openCase', [/Perusta asia ja varaa Dnro/, /Diaarinumero puuttuu/], ['Suunnittelukokoukset', 'planning']);
  const diary = record.getByRole('textbox', { name: 'Diaarinumero (Dnro)' });
  await diary.fill('RISE-123');
  await record.getByText('Diaarinumero ei ole oikeassa muodossa. Esimerkki: ORK/1837/00.01.02/2026.').waitFor();
  await expect(diary.getAttribute('aria-invalid')).resolves.toBe('true');
  // The save does not send a malformed number; the agreement still has none.
  await record.getByTestId('record-save').click();
  await refused(page, 'openCase', [/Diaarinumero puuttuu/], ['Suunnittelukokoukset', 'planning']);
  await diary.fill(dnro);
  await expect(record.getByText(/Diaarinumero ei ole oikeassa muodossa/).count()).resolves.toBe(0);
  await save(page);
  await take(page, 'openCase', 'Asia perustettu, Dnro varattu', 'caseOpened');

  // caseOpened → drafting needs nothing more.
  await take(page, 'startDrafting', 'Luonnostelu', 'drafting');

  // drafting → customerReview: the checklist, the system manager's check and the appendices' Dnro.
  await refused(
    page,
    'sendForReview',
    [/Luonnostelun tarkistuslista on kesken: Vuoden sopimuspohja tarkistettu, Tiedot kerätty, Luonnos valmis\./, /järjestelmäpäälliköllä/],
    ['Luonnostelu', 'drafting'],
  );
  const checklist = record.getByTestId('record-checklist');
  // Fluent draws the checkbox's label over its input: a user clicks the label.
  await checklist.getByText('Vuoden sopimuspohja tarkistettu', { exact: true }).click();
  await checklist.getByText('Tiedot kerätty', { exact: true }).click();
  await record.getByRole('button', { name: 'Järjestelmäpäällikkö tarkisti tänään' }).click();
  await record.getByRole('button', { name: 'Lisää liite' }).click();
  const appendix = record.getByTestId('appendix-row');
  await appendix.getByRole('textbox', { name: 'Liitteen nimi' }).fill('Turvallisuusliite');
  // The new appendix carries the agreement's Dnro; emptied, it is named in the refusal.
  await expect(appendix.getByRole('textbox', { name: 'Liitteen diaarinumero' }).inputValue()).resolves.toBe(dnro);
  await appendix.getByRole('textbox', { name: 'Liitteen diaarinumero' }).fill('');
  await save(page);
  await expect(record.getByTestId('services-verified').textContent()).resolves.toMatch(new RegExp(`^Tarkisti .+ ${todayFi.replace(/\./g, '\\.')}\\.$`));
  const still = await refused(page, 'sendForReview', [/Luonnostelun tarkistuslista on kesken: Luonnos valmis\./, /Liitteistä puuttuu sopimuksen diaarinumero: Turvallisuusliite\./], ['Luonnostelu', 'drafting']);
  expect(still).not.toMatch(/Tiedot kerätty|järjestelmäpäälliköllä/);
  await checklist.getByText('Luonnos valmis', { exact: true }).click();
  await appendix.getByRole('textbox', { name: 'Liitteen diaarinumero' }).fill(dnro);
  await save(page);
  await take(page, 'sendForReview', 'Asiakkaan tarkistettavana', 'customerReview');

  // customerReview → changesRequested needs a comment saying what the customer asked.
  await refused(page, 'requestChanges', [/Kirjaa asiakkaan muutospyynnöt/, /Kirjoita kommentti: mitä asiakas pyysi muuttamaan\./], ['Asiakkaan tarkistettavana', 'customerReview']);
  const changes = 'Asiakas pyysi tarkentamaan turvallisuusliitteen vastuunjakoa.';
  await page.getByRole('textbox', { name: 'Kommentti vaiheen vaihtoon' }).fill(changes);
  // Changes requested is a loop inside review: the stepper stays on review.
  await take(page, 'requestChanges', 'Muutospyyntöjä', 'customerReview');
  await take(page, 'submitRevision', 'Asiakkaan tarkistettavana', 'customerReview');
  await take(page, 'approve', 'Hyväksytty', 'approved');

  // approved → inSignature needs the signatories in the signing order.
  await refused(page, 'startSigning', [/Aloita allekirjoitus/, /Allekirjoittajat puuttuvat: kirjaa allekirjoittajat allekirjoitusjärjestyksessä\./], ['Hyväksytty', 'approved']);
  const signatories: [string, string, string][] = [
    ['asiakkuusjohtaja', '1. asiakkuusjohtaja', 'Leena Asiakkuusjohtaja'],
    ['pääjohtaja', '2. pääjohtaja', 'Pentti Pääjohtaja'],
    ['asiakkaan edustaja', '3. asiakkaan edustaja', 'Riikka Kallio'],
  ];
  for (const [role, label, name] of signatories) {
    await record.getByRole('button', { name: 'Lisää allekirjoittaja' }).click();
    await page.getByRole('menuitem', { name: role, exact: true }).click();
    await record.getByRole('textbox', { name: label, exact: true }).fill(name);
  }
  await save(page);
  await take(page, 'startSigning', 'Allekirjoituksessa', 'inSignature');

  // The signatures, in order: the director (or the account manager) first.
  await expect(page.getByTestId('agreement-next-signer').textContent()).resolves.toBe('Seuraavaksi allekirjoittaa: asiakkuusjohtaja tai asiakaspäällikkö (Leena Asiakkuusjohtaja).');
  const signing = page.getByRole('group', { name: 'Allekirjoituksen tiedot' });
  await expect(signing.getByRole('textbox', { name: 'Nimi' }).inputValue()).resolves.toBe('Leena Asiakkuusjohtaja');
  await take(page, 'recordSignature', 'Allekirjoituksessa', 'inSignature');
  // The Director General's signature dated before the director's is out of order: the refusal names who is next.
  await expect(page.getByTestId('agreement-next-signer').textContent()).resolves.toBe('Seuraavaksi allekirjoittaa: pääjohtaja (Pentti Pääjohtaja).');
  const day = signing.getByRole('combobox', { name: 'Allekirjoituspäivä' });
  await day.fill(yesterday);
  await day.press('Tab');
  await refused(page, 'recordSignature', [/Allekirjoitukset kirjataan järjestyksessä\. Seuraavaksi allekirjoittaa: pääjohtaja\./], ['Allekirjoituksessa', 'inSignature']);
  await day.fill(todayFi);
  await day.press('Tab');
  await take(page, 'recordSignature', 'Allekirjoituksessa', 'inSignature');
  await expect(page.getByTestId('agreement-next-signer').textContent()).resolves.toBe('Seuraavaksi allekirjoittaa: asiakkaan edustaja (Riikka Kallio).');
  await take(page, 'recordSignature', 'Allekirjoitettu', 'signed');
  await expect(record.getByTestId('signatory-row').filter({ hasText: `allekirjoitti ${todayFi}` }).count()).resolves.toBe(3);

  // signed → stored needs the case-system and the workspace links.
  await refused(page, 'store', [/Merkitse tallennetuksi/, /Asianhallinnan linkki puuttuu/, /Työtilan linkki puuttuu/], ['Allekirjoitettu', 'signed']);
  await record.getByRole('textbox', { name: 'Asia asianhallinnassa' }).fill(`https://hilda.example/asiat/${encodeURIComponent(dnro)}`);
  await save(page);
  const onlyWorkspace = await refused(page, 'store', [/Työtilan linkki puuttuu/], ['Allekirjoitettu', 'signed']);
  expect(onlyWorkspace).not.toMatch(/Asianhallinnan linkki puuttuu/);
  await record.getByRole('textbox', { name: 'Työtila' }).fill(`https://tiimeri.example/asiakkuudet/rise/sopimukset/${nextYear}`);
  await save(page);
  await take(page, 'store', 'Tallennettu', null);
  await expect(page.getByTestId('agreement-status').textContent()).resolves.toContain('Sopimus on allekirjoitettu ja tallennettu. Muuta tehtävää ei ole.');

  // The history lists every transition (newest first), the comment with the change request.
  const expected = [
    'Suunnittelukokoukset → Asia perustettu, Dnro varattu',
    'Asia perustettu, Dnro varattu → Luonnostelu',
    'Luonnostelu → Asiakkaan tarkistettavana',
    'Asiakkaan tarkistettavana → Muutospyyntöjä',
    'Muutospyyntöjä → Asiakkaan tarkistettavana',
    'Asiakkaan tarkistettavana → Hyväksytty',
    'Hyväksytty → Allekirjoituksessa',
    'Allekirjoituksessa → Allekirjoituksessa',
    'Allekirjoituksessa → Allekirjoituksessa',
    'Allekirjoituksessa → Allekirjoitettu',
    'Allekirjoitettu → Tallennettu',
  ];
  const historyChanges = async (p: Page): Promise<string[]> => (await p.getByTestId('agreement-history').locator('tbody tr td:nth-child(3)').allTextContents()).map((t) => t.trim());
  const changesNow = await historyChanges(page);
  expect(changesNow.slice(0, expected.length)).toEqual([...expected].reverse());
  expect(changesNow.slice(expected.length)).toEqual(['aloitettu: Suunnittelukokoukset']);
  await expect(page.getByTestId('agreement-history').locator('tbody tr').filter({ hasText: changes }).count()).resolves.toBe(1);
  await screenshot(page, 'agreement-rise-stored-fi');

  // Stored for good: a reload reads it back from the list.
  await page.reload();
  await page.getByTestId('agreement-workflow').waitFor({ timeout: 60_000 });
  await expectStage(page, 'Tallennettu', null);
  expect(await page.getByTestId('agreement-stepper').locator('li[data-state="done"]').count()).toBe(8);
  await expect(historyChanges(page)).resolves.toEqual(changesNow);
  expect(errors).toEqual([]);
});

it('sv: leadership sees every ORK account against the Christmas deadline, sorts, filters and exports the portfolio', async () => {
  const { page, errors } = await openPage(browser, `${wb.server.origin}/?view=agreements&site=ork&host=sharepoint&lang=sv-SE&user=sari.heikkinen`);
  const portfolio = page.getByTestId('agreement-portfolio');
  await portfolio.waitFor({ timeout: 60_000 });
  // Next year's agreements are the default from October on; before that, the year is chosen.
  if (!(await portfolio.getByRole('heading', { name: `Avtal för ${nextYear}` }).count())) {
    await portfolio.getByRole('combobox', { name: 'År' }).click();
    await page.getByRole('option', { name: String(nextYear), exact: true }).click();
  }
  await portfolio.getByRole('heading', { name: `Avtal för ${nextYear}` }).waitFor({ timeout: 30_000 });
  const table = page.getByTestId('portfolio-table');
  const order = async (): Promise<string[]> =>
    (await table.locator('tbody tr[data-testid^="portfolio-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')))).map((id) => String(id).replace('portfolio-row-', ''));

  // Every ORK account has a row.
  const abbrs = ORK_ACCOUNTS.map((a) => a.abbr);
  expect([...(await order())].sort()).toEqual([...abbrs].sort());
  await expect(page.getByTestId('portfolio-summary').textContent()).resolves.toMatch(new RegExp(`^${abbrs.length} kunder: 1 försenade, `));
  // Against the Christmas deadline (the last working day before Christmas Eve); the late one's was brought forward.
  const christmas = formatDate(christmasDeadline(thisYear), 'sv-SE');
  for (const abbr of abbrs.filter((a) => a !== 'HYP')) await expect(page.getByTestId(`portfolio-row-${abbr}`).locator('td').nth(1).textContent()).resolves.toBe(christmas);
  const hyp = page.getByTestId('portfolio-row-HYP');
  await expect(hyp.getByTestId('portfolio-state').textContent()).resolves.toBe('Försenat');
  await expect(hyp.locator('td').nth(3).textContent()).resolves.toMatch(/^\d+ dagar försenat$/);
  // The default order is the most urgent first: the late one leads.
  const byState = await order();
  expect(byState[0]).toBe('HYP');
  const stateHeader = table.locator('th', { has: page.getByTestId('sort-state') });
  await expect(stateHeader.getAttribute('aria-sort')).resolves.toBe('ascending');

  // Sorting by the customer column: alphabetical, then reversed; aria-sort follows.
  await page.getByTestId('sort-account').click();
  const accountHeader = table.locator('th', { has: page.getByTestId('sort-account') });
  await expect(accountHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
  await expect(stateHeader.getAttribute('aria-sort')).resolves.toBe('none');
  const byAccount = await order();
  expect(byAccount).toEqual([...abbrs].sort((a, b) => a.localeCompare(b, 'sv', { sensitivity: 'base', numeric: true })));
  expect(byAccount).not.toEqual(byState);
  await page.getByTestId('sort-account').click();
  await expect(accountHeader.getAttribute('aria-sort')).resolves.toBe('descending');
  await expect(order()).resolves.toEqual([...byAccount].reverse());

  // The stage filter narrows the rows to the drafts (ORK's and the late HYP's).
  await portfolio.getByRole('combobox', { name: 'Skede' }).click();
  await page.getByRole('option', { name: 'Utkast', exact: true }).click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="portfolio-table"] tbody tr[data-testid^="portfolio-row-"]').length < n, abbrs.length, { timeout: 10_000 });
  const drafts = await order();
  expect([...drafts].sort()).toEqual(['HYP', 'ORK']);
  for (const abbr of drafts) await expect(page.getByTestId(`portfolio-row-${abbr}`).locator('td').first().textContent()).resolves.toMatch(/^Utkast/);
  await portfolio.getByRole('status').filter({ hasText: `2/${abbrs.length} kunder visas` }).waitFor();
  await screenshot(page, 'agreement-portfolio-sv');

  // The export downloads what is shown as a CSV for Finnish Excel: BOM, semicolons, CRLF.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('portfolio-export').click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^tjansteavtal_${nextYear}.*\\.csv$`));
  const chunks: Buffer[] = [];
  for await (const c of await download.createReadStream()) chunks.push(c as Buffer);
  const bytes = Buffer.concat(chunks);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('Kund;Förkortning;Skede;Skede nr;Måldatum;Tidsplan;Dagar kvar;Hindrar;Ansvarig;Diarienummer');
  expect(lines.length).toBe(1 + drafts.length);
  const hypLine = lines.find((l) => l.split(';')[1] === 'HYP');
  expect(hypLine?.split(';')[5]).toBe('Försenat');
  await portfolio.getByRole('status').filter({ hasText: /^Sparade tjansteavtal_/ }).waitFor();
  expect(errors).toEqual([]);
});
