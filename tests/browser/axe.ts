/**
 * The WCAG 2.1 A/AA automated gate's parts: axe-core in Chromium on every view and tab, in the three languages and
 * the three Teams themes (manual screen-reader and keyboard passes are still needed; axe finds what can be found).
 * The cases are split over two test files (accessibility*.test.ts) so that two Jest workers share them; each file
 * starts its own workbench and browser with `useAxe()`.
 */
import * as fs from 'fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, startTestWorkbench, TestWorkbench } from './helpers';


const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const OWNER = encodeURIComponent('johan.westerberg@asiakkuus.example');
const MANAGER = encodeURIComponent('aino.virtanen@asiakkuus.example');
const KHO = encodeURIComponent('19:kho@thread.tacv2');
const UNLINKED = encodeURIComponent('19:yleinen@thread.tacv2');

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

let wb: TestWorkbench;
let browser: Browser;

/** Starts a demo workbench and a browser for the calling test file, and closes them after it. */
export function useAxe(): void {
  jest.setTimeout(120_000);
  beforeAll(async () => {
    wb = await startTestWorkbench('demo');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await wb?.close();
  });
}

/** Runs axe-core's WCAG 2.1 A/AA rules on the page as it is now, closes it, and lists the violations found. */
async function runAxe(page: Page): Promise<string[]> {
  await page.waitForTimeout(800); // status messages render after a short delay (for screen readers)
  await page.addScriptTag({ content: AXE });
  const found = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
  })) as Violation[];
  await page.context().close();
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

/** The axe violations on a page: opened, the tab or button clicked, waited for `after`. */
export async function violations(query: string, ready: string, tab?: string, button?: string | RegExp, after?: string): Promise<string[]> {
  const { page } = await openPage(browser, `${wb.server.origin}/?${query}`);
  await page.waitForSelector(ready, { timeout: 60_000 });
  if (tab) await page.getByRole('tab', { name: tab }).click();
  if (button) await page.getByRole('button', typeof button === 'string' ? { name: button, exact: true } : { name: button }).first().click();
  if (after) await page.waitForSelector(after, { timeout: 30_000 });
  return runAxe(page);
}

export const cases: [string, string, string, string?][] = [
  ['site contents, fi, light', `view=siteContents&site=ork&lang=fi-FI&theme=light&user=${OWNER}`, '[data-testid="total-items"]'],
  ['account tab overview, fi, light', `view=accountTab&site=ork&host=teams&channel=${KHO}&lang=fi-FI&theme=light&user=${MANAGER}`, '[data-testid="account-tab"]'],
  ['account tab follow-up groups, fi, light', `view=accountTab&site=ork&host=teams&channel=${KHO}&lang=fi-FI&theme=light&user=${MANAGER}`, '[data-testid="account-tab"]', 'Seurantaryhmät'],
  ['account tab plan, sv, dark', `view=accountTab&site=ork&host=teams&channel=${KHO}&lang=sv-SE&theme=dark&user=${MANAGER}`, '[data-testid="account-tab"]', 'Kundplan'],
  ['account tab activity, en, high contrast', `view=accountTab&site=ork&host=teams&channel=${KHO}&lang=en-US&theme=contrast&user=${MANAGER}`, '[data-testid="account-tab"]', 'Activity'],
  ['account tab overview, sv, high contrast', `view=accountTab&site=ork&host=teams&channel=${KHO}&lang=sv-SE&theme=contrast&user=${MANAGER}`, '[data-testid="account-tab"]'],
  ['channel picker, fi, dark', `view=accountTab&site=ork&host=teams&channel=${UNLINKED}&lang=fi-FI&theme=dark&user=${MANAGER}`, 'main h1'],
  ['my accounts, fi, light', `view=myAccounts&site=ork&host=personal&lang=fi-FI&theme=light&user=${MANAGER}`, 'main h1'],
];

/** The annual clock: the wheel and the month list in every language and theme (the month list by its toggle). */
const CLOCK_HOSTS: Record<'fi-FI' | 'sv-SE' | 'en-US', string> = {
  'fi-FI': `host=teams&channel=${KHO}&user=${MANAGER}`,
  'sv-SE': `host=personal&user=${encodeURIComponent('elina.lindqvist@asiakkuus.example')}`,
  'en-US': `host=sharepoint&user=${encodeURIComponent('sari.heikkinen@asiakkuus.example')}`,
};
const LIST_BUTTON: Record<keyof typeof CLOCK_HOSTS, string> = { 'fi-FI': 'Kuukausilista', 'sv-SE': 'Månadslista', 'en-US': 'Month list' };
export const clockCases = (['fi-FI', 'sv-SE', 'en-US'] as const).flatMap((lang) =>
  (['light', 'dark', 'contrast'] as const).flatMap((theme) => [
    { label: `annual clock wheel, ${lang}, ${theme}`, query: `view=annualClock&site=ork&lang=${lang}&theme=${theme}&${CLOCK_HOSTS[lang]}`, ready: '[data-testid="clock-wheel"] [data-testid="clock-spot"]' },
    {
      label: `annual clock month list, ${lang}, ${theme}`,
      query: `view=annualClock&site=ork&lang=${lang}&theme=${theme}&${CLOCK_HOSTS[lang]}`,
      ready: '[data-testid="clock-spot"]',
      button: LIST_BUTTON[lang],
      after: '[data-testid="clock-month-list"]',
    },
  ]),
);

/** Substitutes (tuuraus): the timeline in every language and theme, my duties and the cover matrix by their tabs. */
const SUBS_USERS: Record<'fi-FI' | 'sv-SE' | 'en-US', string> = {
  'fi-FI': `host=personal&user=${MANAGER}`,
  'sv-SE': `host=teams&channel=${KHO}&user=${encodeURIComponent('juha.nieminen@asiakkuus.example')}`,
  'en-US': `host=sharepoint&user=${encodeURIComponent('sari.heikkinen@asiakkuus.example')}`,
};
const SUBS_TABS: Record<keyof typeof SUBS_USERS, [string, string]> = { 'fi-FI': ['Omat tuuraukset', 'Tuurausmatriisi'], 'sv-SE': ['Mina vikariat', 'Vikariatsmatris'], 'en-US': ['My cover duties', 'Cover matrix'] };
export const substitutesCases = (['fi-FI', 'sv-SE', 'en-US'] as const).flatMap((lang) =>
  (['light', 'dark', 'contrast'] as const).flatMap((theme) => {
    const query = `view=substitutes&site=ork&lang=${lang}&theme=${theme}&${SUBS_USERS[lang]}`;
    const ready = '[data-testid="absence-timeline"] button[data-absence-id]';
    return [
      { label: `substitutes timeline, ${lang}, ${theme}`, query, ready, tab: undefined as string | undefined },
      { label: `substitutes my duties, ${lang}, ${theme}`, query, ready, tab: SUBS_TABS[lang][0] },
      { label: `substitutes cover matrix, ${lang}, ${theme}`, query, ready, tab: SUBS_TABS[lang][1] },
    ];
  }),
);

/** The handover brief (from My accounts, as the substitute) in every language and theme, and the hand-back list. */
const JUHA = encodeURIComponent('juha.nieminen@asiakkuus.example');
const MIKKO = encodeURIComponent('mikko.korhonen@asiakkuus.example');
const OPEN_BRIEF: Record<'fi-FI' | 'sv-SE' | 'en-US', string> = {
  'fi-FI': 'Avaa tuurauskortti: Oikeuspalveluvirasto',
  'sv-SE': 'Öppna vikariekortet: Oikeuspalveluvirasto',
  'en-US': 'Open the handover brief: Oikeuspalveluvirasto',
};
const HAND_BACK: Record<'fi-FI' | 'sv-SE' | 'en-US', RegExp> = { 'fi-FI': /^Paluulista/, 'sv-SE': /^Återkomstlista/, 'en-US': /^Hand-back list/ };
export const handoverCases = (['fi-FI', 'sv-SE', 'en-US'] as const).flatMap((lang) =>
  (['light', 'dark', 'contrast'] as const).flatMap((theme) => [
    {
      label: `handover brief, ${lang}, ${theme}`,
      query: `view=myAccounts&site=ork&host=personal&lang=${lang}&theme=${theme}&user=${JUHA}`,
      ready: '[data-testid="group-cover"]',
      button: OPEN_BRIEF[lang] as string | RegExp,
      after: '[data-testid="handover-brief"] [data-testid="brief-cover"]',
    },
    {
      label: `hand-back list, ${lang}, ${theme}`,
      query: `view=substitutes&site=ork&host=personal&lang=${lang}&theme=${theme}&user=${MIKKO}`,
      ready: '[data-testid="absence-timeline"] button[data-absence-id]',
      button: HAND_BACK[lang] as string | RegExp,
      after: '[data-testid="hand-back"] section',
    },
  ]),
);

/** The situation and feedback forms, opened from a quick link as staff, in every language and theme; feedback handling as a manager. */
const STAFF = encodeURIComponent('pekka.makinen@asiakkuus.example');
/** The collapsed recorder, date and follow-up part is opened, so axe sees it too. */
const MORE = /^(Kirjaaja, päivämäärä|Registrerad av, datum|Recorder, date)/;
export const recordFormCases = (['fi-FI', 'sv-SE', 'en-US'] as const).flatMap((lang) =>
  (['light', 'dark', 'contrast'] as const).flatMap((theme) => [
    { label: `situation form, ${lang}, ${theme}`, query: `view=situationForm&site=ork&host=sharepoint&lang=${lang}&theme=${theme}&user=${STAFF}&account=KHO&category=conflict`, ready: '[data-testid="situation-form"]', button: MORE as RegExp | undefined },
    { label: `feedback form, ${lang}, ${theme}`, query: `view=feedbackForm&site=ork&host=teams&channel=${KHO}&lang=${lang}&theme=${theme}&user=${STAFF}&kind=negative`, ready: '[data-testid="feedback-form"]', button: MORE },
    { label: `feedback handling, ${lang}, ${theme}`, query: `view=feedbackForm&site=ork&host=sharepoint&lang=${lang}&theme=${theme}&user=${MANAGER}&feedbackId=1`, ready: '[data-testid="feedback-handling"]', button: undefined },
  ]),
);

/** The team meeting: the review lists and the feedback summary (with its chart) in every language and theme. */
const REVIEW_USERS: Record<'fi-FI' | 'sv-SE' | 'en-US', string> = {
  'fi-FI': `site=hepa&host=teams&user=${encodeURIComponent('timo.hamalainen@asiakkuus.example')}`,
  'sv-SE': `site=hepa&host=sharepoint&user=${encodeURIComponent('timo.hamalainen@asiakkuus.example')}`,
  'en-US': `site=ork&host=sharepoint&user=${encodeURIComponent('sari.heikkinen@asiakkuus.example')}`,
};
const SUMMARY_TAB: Record<keyof typeof REVIEW_USERS, string> = { 'fi-FI': 'Palautekooste', 'sv-SE': 'Responssammanställning', 'en-US': 'Feedback summary' };
export const teamReviewCases = (['fi-FI', 'sv-SE', 'en-US'] as const).flatMap((lang) =>
  (['light', 'dark', 'contrast'] as const).flatMap((theme) => {
    const query = `view=teamReview&lang=${lang}&theme=${theme}&${REVIEW_USERS[lang]}`;
    return [
      { label: `team meeting review lists, ${lang}, ${theme}`, query, ready: '[data-testid="review-records"]', tab: undefined as string | undefined, after: undefined as string | undefined },
      { label: `team meeting feedback summary, ${lang}, ${theme}`, query, ready: '[data-testid="review-records"]', tab: SUMMARY_TAB[lang], after: '[data-testid="trend-chart"]' },
    ];
  }),
);


/**
 * The quarterly survey: leadership's satisfaction view with one account's detail and its chart, and the respondent's
 * answering page, in every language and theme; the import panel (leadership) and the survey administration (an
 * account manager) in each language, one theme each.
 */
const LEADER = encodeURIComponent('sari.heikkinen@asiakkuus.example');
const RESPONDENT = encodeURIComponent('kaisa.ojala@asiakkuus.example');
const SURVEY_THEMES: Record<'fi-FI' | 'sv-SE' | 'en-US', 'light' | 'dark' | 'contrast'> = { 'fi-FI': 'light', 'sv-SE': 'dark', 'en-US': 'contrast' };
const IMPORT_BUTTON: Record<keyof typeof SURVEY_THEMES, string> = { 'fi-FI': 'Tuo vastauksia', 'sv-SE': 'Importera svar', 'en-US': 'Import responses' };
const SURVEYS_BUTTON: Record<keyof typeof SURVEY_THEMES, string> = { 'fi-FI': 'Kyselyt', 'sv-SE': 'Enkäter', 'en-US': 'Surveys' };
export const surveyCases = (['fi-FI', 'sv-SE', 'en-US'] as const).flatMap((lang) => [
  ...(['light', 'dark', 'contrast'] as const).flatMap((theme) => [
    {
      label: `satisfaction with TIV's detail, ${lang}, ${theme}`,
      query: `view=satisfaction&site=ork&host=${theme === 'dark' ? 'teams' : 'sharepoint'}&lang=${lang}&theme=${theme}&user=${LEADER}`,
      ready: '[data-testid="satisfaction-overview"]',
      button: /\(TIV\)$/ as string | RegExp | undefined,
      after: '[data-testid="satisfaction-chart"]' as string | undefined,
    },
    {
      label: `survey answer, ${lang}, ${theme}`,
      query: `view=surveyAnswer&site=ork&host=sharepoint&lang=${lang}&theme=${theme}&user=${RESPONDENT}&account=RISE`,
      ready: '[data-testid="survey-submit"]',
      button: undefined,
      after: undefined,
    },
  ]),
  {
    label: `satisfaction import panel, ${lang}, ${SURVEY_THEMES[lang]}`,
    query: `view=satisfaction&site=ork&host=sharepoint&lang=${lang}&theme=${SURVEY_THEMES[lang]}&user=${LEADER}`,
    ready: '[data-testid="satisfaction-overview"]',
    button: IMPORT_BUTTON[lang],
    after: '.ms-Panel-main input[type="file"]',
  },
  {
    label: `survey administration, ${lang}, ${SURVEY_THEMES[lang]}`,
    query: `view=satisfaction&site=ork&host=sharepoint&lang=${lang}&theme=${SURVEY_THEMES[lang]}&user=${MANAGER}`,
    ready: '[data-testid="satisfaction-overview"]',
    button: SURVEYS_BUTTON[lang],
    after: '[data-testid="survey-admin"]',
  },
]);

/**
 * Service agreements: leadership's portfolio, and the RISE agreement's guided workflow as its account manager with
 * a refused step's message showing (the first action tried from the keyboard), in every language and theme.
 */
const OPEN_CASE: Record<'fi-FI' | 'sv-SE' | 'en-US', string> = { 'fi-FI': 'Perusta asia ja varaa Dnro', 'sv-SE': 'Öppna ärendet och reservera dnr', 'en-US': 'Open the case and reserve the diary no.' };
export const agreementCases = (['fi-FI', 'sv-SE', 'en-US'] as const).flatMap((lang) =>
  (['light', 'dark', 'contrast'] as const).flatMap((theme) => [
    {
      label: `agreement portfolio, ${lang}, ${theme}`,
      query: `view=agreements&site=ork&host=${theme === 'dark' ? 'teams' : 'sharepoint'}&lang=${lang}&theme=${theme}&user=${LEADER}`,
      ready: '[data-testid="portfolio-table"] tbody tr',
      refuse: undefined as string | undefined,
    },
    {
      label: `RISE agreement workflow with a refusal, ${lang}, ${theme}`,
      query: `view=agreements&site=ork&host=sharepoint&lang=${lang}&theme=${theme}&user=${MIKKO}&account=RISE&year=${Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric' }).format(new Date())) + 1}`,
      ready: '[data-testid="agreement-workflow"] [data-testid="action-openCase"]',
      refuse: OPEN_CASE[lang] as string | undefined,
    },
  ]),
);

/** The axe violations on an agreements page; with `refuse`, that refused action is tried from the keyboard first (its message is on the page). */
export async function agreementViolations(query: string, ready: string, refuse?: string): Promise<string[]> {
  const { page } = await openPage(browser, `${wb.server.origin}/?${query}`);
  await page.waitForSelector(ready, { timeout: 60_000 });
  if (refuse) {
    await page.getByRole('button', { name: refuse, exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="agreement-refusal"]', { timeout: 30_000 });
  }
  return runAxe(page);
}

/** The workbench bar's theme options in each shell language, in the order light, dark, high contrast. */
const THEME_OPTIONS: Record<'fi-FI' | 'sv-SE' | 'en-US', [string, string, string]> = {
  'fi-FI': ['Vaalea', 'Tumma', 'Suuri kontrasti'],
  'sv-SE': ['Ljust', 'Mörkt', 'Hög kontrast'],
  'en-US': ['Light', 'Dark', 'High contrast'],
};

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now, the page left open. */
async function axeNow(page: Page): Promise<string[]> {
  await page.waitForTimeout(800); // status messages render after a short delay (for screen readers)
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const found = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
  })) as Violation[];
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

/**
 * One page in one language, checked in the three Teams themes by switching the workbench's theme (the view stays
 * mounted: what `prepare` opened stays open), so a case costs one page load instead of three. Returns the
 * violations per theme, e.g. { light: [], dark: [], contrast: [] }.
 */
export async function violationsInEveryTheme(
  lang: 'fi-FI' | 'sv-SE' | 'en-US',
  query: string,
  ready: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<Record<'light' | 'dark' | 'contrast', string[]>> {
  const { page } = await openPage(browser, `${wb.server.origin}/?${query}&lang=${lang}&theme=light`);
  try {
    await page.waitForSelector(ready, { timeout: 60_000 });
    if (prepare) await prepare(page);
    const out = { light: await axeNow(page), dark: [] as string[], contrast: [] as string[] };
    const [, dark, contrast] = THEME_OPTIONS[lang];
    for (const [theme, option] of [['dark', dark], ['contrast', contrast]] as const) {
      await page.click('#wb-theme');
      await page.getByRole('option', { name: option, exact: true }).click();
      await page.waitForFunction((t) => new URLSearchParams(window.location.search).get('theme') === t, theme);
      out[theme] = await axeNow(page);
    }
    return out;
  } finally {
    await page.context().close();
  }
}
