/**
 * WCAG 2.1 A/AA automated gate, the city units' care models: the situation picture (accounts and the managers'
 * goals), the 9E partnership assessment (results and the form), the idea portfolio and an idea at the gate, the
 * care tier editor, cross-cover readiness and the account team in the account tab — each in fi/sv/en, and each
 * page checked in the light, dark and high-contrast themes by switching the workbench theme (one load per language).
 */
import type { Page } from 'playwright-core';
import { useAxe, violationsInEveryTheme } from './axe';

useAxe();

type Lang = 'fi-FI' | 'sv-SE' | 'en-US';
const LANGS: Lang[] = ['fi-FI', 'sv-SE', 'en-US'];
const user = (alias: string): string => encodeURIComponent(`${alias}@asiakkuus.example`);

const GOALS_TAB: Record<Lang, string> = { 'fi-FI': 'Asiakaspäälliköiden tavoitteet', 'sv-SE': 'De kundansvarigas mål', 'en-US': "Account managers' goals" };
const SHOW_TIERS: Record<Lang, string> = { 'fi-FI': 'Näytä hoitomallit', 'sv-SE': 'Visa vårdmodellerna', 'en-US': 'Show care tiers' };
const CROSS_COVER: Record<Lang, string> = { 'fi-FI': 'Ristiintuuraus', 'sv-SE': 'Korsvis vikariat', 'en-US': 'Cross-cover readiness' };

const tab = (name: Record<Lang, string>, lang: Lang, after: string) => async (page: Page): Promise<void> => {
  await page.getByRole('tab', { name: name[lang], exact: true }).click();
  await page.waitForSelector(after, { timeout: 30_000 });
};

interface Case {
  label: string;
  query: string;
  ready: string;
  prepare?: (lang: Lang) => (page: Page) => Promise<void>;
}

const CASES: Case[] = [
  { label: 'situation picture', query: `view=leadership&site=ork&host=sharepoint&user=${user('sari.heikkinen')}`, ready: '[data-testid="leadership-table"] tbody tr' },
  {
    label: "situation picture, managers' goals",
    query: `view=leadership&site=city&host=teams&user=${user('marja.toivola')}`,
    ready: '[data-testid="leadership-table"] tbody tr',
    prepare: (lang) => tab(GOALS_TAB, lang, '[data-testid="goals-table"]'),
  },
  { label: '9E assessment of KUVA (results, weak score proposed, form)', query: `view=assessment&site=city&host=sharepoint&user=${user('katja.rautio')}&account=KUVA`, ready: '[data-testid="assessment-results"]' },
  { label: 'idea portfolio', query: `view=ideas&site=ork&host=sharepoint&user=${user('sari.heikkinen')}`, ready: '[data-testid="idea-list"]' },
  {
    label: 'an idea at the gate (leadership)',
    query: `view=ideas&site=ork&host=sharepoint&user=${user('sari.heikkinen')}`,
    ready: '[data-testid="ideas-table-awaitingGate"]',
    prepare: () => async (page) => {
      await page.getByTestId('ideas-table-awaitingGate').locator('tbody tr button').first().click();
      await page.waitForSelector('[data-testid="idea-gate"]', { timeout: 30_000 });
    },
  },
  {
    label: 'care tier editor (site owner)',
    query: `view=siteContents&site=city&host=sharepoint&user=${user('johan.westerberg')}`,
    ready: '[data-testid="total-items"]',
    prepare: (lang) => async (page) => {
      await page.getByRole('button', { name: SHOW_TIERS[lang] }).click();
      await page.waitForSelector('article[aria-labelledby]', { timeout: 30_000 });
    },
  },
  {
    label: 'cross-cover readiness',
    query: `view=substitutes&site=city&host=sharepoint&user=${user('katja.rautio')}`,
    ready: '[data-testid="absence-timeline"]',
    prepare: (lang) => tab(CROSS_COVER, lang, '[data-testid="cross-cover-managers"]'),
  },
  {
    label: 'account tab with the account team (city, KUVA)',
    query: `view=accountTab&site=city&host=teams&channel=${encodeURIComponent('19:kuva@thread.tacv2')}&user=${user('katja.rautio')}`,
    ready: '[data-testid="section-TeamRoles"]',
  },
];

describe('accessibility (axe, WCAG 2.1 A/AA), care tiers, 9E, ideas and the situation picture', () => {
  const table = CASES.flatMap((c) => LANGS.map((lang) => ({ ...c, lang, name: `${c.label}, ${lang}` })));
  it.each(table)('$name has no violations in the light, dark or high-contrast theme', async ({ lang, query, ready, prepare }) => {
    expect(await violationsInEveryTheme(lang, query, ready, prepare?.(lang))).toEqual({ light: [], dark: [], contrast: [] });
  });
});
