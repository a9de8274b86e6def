/**
 * The workbench shell's own labels (the simulated host around the apps), typed like src/loc/strings.ts: a key
 * missing from a language is a compile error.
 */
import type { ThemeName } from '../../src/ui/host';
import type { Locale } from '../../src/loc/locale';
import type { DemoRole } from '../demo/people';

export type ShellHost = 'sharepoint' | 'teams' | 'personal';

export interface ShellStrings {
  documentTitle: string;
  brand: string;
  barLabel: string;
  user: string;
  site: string;
  language: string;
  theme: string;
  host: string;
  channel: string;
  view: string;
  noAccess: string;
  themes: Record<ThemeName, string>;
  hosts: Record<ShellHost, string>;
  roles: Record<DemoRole, string>;
  /** Known view names; a view without an entry shows its key. */
  views: Record<string, string>;
  teamsTabName: string;
  personalAppName: string;
  localNote: string;
  /** `user=` in the URL names nobody in the demo directory. */
  unknownUser: string;
}

export const LANGUAGE_NAMES: Record<Locale, string> = { 'fi-FI': 'Suomi', 'sv-SE': 'Svenska', 'en-US': 'English' };

const fi: ShellStrings = {
  documentTitle: 'Asiakkuudenhoito – paikallinen työpöytä',
  brand: 'Paikallinen työpöytä',
  barLabel: 'Työpöydän asetukset',
  user: 'Käyttäjä',
  site: 'Organisaatio',
  language: 'Kieli',
  theme: 'Teema',
  host: 'Isäntä',
  channel: 'Kanava',
  view: 'Näkymä',
  noAccess: 'ei oikeuksia tälle sivustolle',
  themes: { light: 'Vaalea', dark: 'Tumma', contrast: 'Suuri kontrasti' },
  hosts: { sharepoint: 'SharePoint-sivu', teams: 'Teams-kanava', personal: 'Teams-sovellus' },
  roles: {
    accountManager: 'Asiakaspäällikkö',
    workPair: 'Työpari',
    staff: 'Asiantuntija',
    supervisor: 'Esihenkilö',
    leadership: 'Johto',
    siteOwner: 'Sivuston omistaja',
    respondent: 'Asiakkaan edustaja',
  },
  views: { siteContents: 'Sivuston sisältö', accountTab: 'Asiakkuus', myAccounts: 'Omat asiakkuudet', annualClock: 'Vuosikello', substitutes: 'Tuuraukset', situationForm: 'Asiakastilanne', feedbackForm: 'Palaute', teamReview: 'Tiimipalaveri', satisfaction: 'Asiakastyytyväisyys', surveyAnswer: 'Kyselyyn vastaaminen', agreements: 'Palvelusopimukset', assessment: 'Kumppanuusarvio (9E)', ideas: 'Ideasalkku', leadership: 'Tilannekuva' },
  teamsTabName: 'Asiakkuudenhoito',
  personalAppName: 'Asiakkuudenhoito',
  unknownUser: 'Käyttäjää "{user}" ei ole demohakemistossa. Valitse käyttäjä yläpalkin Käyttäjä-valikosta.',
  localNote: 'Paikallinen SharePoint- ja Graph-palvelu (SQLite)',
};

const sv: ShellStrings = {
  documentTitle: 'Kundvård – lokal arbetsyta',
  brand: 'Lokal arbetsyta',
  barLabel: 'Arbetsytans inställningar',
  user: 'Användare',
  site: 'Organisation',
  language: 'Språk',
  theme: 'Tema',
  host: 'Värd',
  channel: 'Kanal',
  view: 'Vy',
  noAccess: 'ingen behörighet till webbplatsen',
  themes: { light: 'Ljust', dark: 'Mörkt', contrast: 'Hög kontrast' },
  hosts: { sharepoint: 'SharePoint-sida', teams: 'Teams-kanal', personal: 'Teams-app' },
  roles: {
    accountManager: 'Kundansvarig',
    workPair: 'Arbetspar',
    staff: 'Sakkunnig',
    supervisor: 'Förman',
    leadership: 'Ledning',
    siteOwner: 'Webbplatsens ägare',
    respondent: 'Kundens representant',
  },
  views: { siteContents: 'Webbplatsens innehåll', accountTab: 'Kundrelation', myAccounts: 'Mina kundrelationer', annualClock: 'Årshjul', substitutes: 'Vikariat', situationForm: 'Kundsituation', feedbackForm: 'Respons', teamReview: 'Teammöte', satisfaction: 'Kundnöjdhet', surveyAnswer: 'Besvara enkäten', agreements: 'Tjänsteavtal', assessment: 'Partnerskapsbedömning (9E)', ideas: 'Idéportfölj', leadership: 'Lägesbild' },
  teamsTabName: 'Kundvård',
  personalAppName: 'Kundvård',
  unknownUser: 'Användaren "{user}" finns inte i demokatalogen. Välj en användare i menyn Användare i fältet ovan.',
  localNote: 'Lokal SharePoint- och Graph-tjänst (SQLite)',
};

const en: ShellStrings = {
  documentTitle: 'Account Care – local workbench',
  brand: 'Local workbench',
  barLabel: 'Workbench settings',
  user: 'User',
  site: 'Organisation',
  language: 'Language',
  theme: 'Theme',
  host: 'Host',
  channel: 'Channel',
  view: 'View',
  noAccess: 'no access to this site',
  themes: { light: 'Light', dark: 'Dark', contrast: 'High contrast' },
  hosts: { sharepoint: 'SharePoint page', teams: 'Teams channel', personal: 'Teams app' },
  roles: {
    accountManager: 'Account manager',
    workPair: 'Work pair',
    staff: 'Specialist',
    supervisor: 'Supervisor',
    leadership: 'Leadership',
    siteOwner: 'Site owner',
    respondent: 'Customer representative',
  },
  views: { siteContents: 'Site contents', accountTab: 'Account', myAccounts: 'My accounts', annualClock: 'Annual clock', substitutes: 'Substitutes', situationForm: 'Situation record', feedbackForm: 'Feedback', teamReview: 'Team meeting', satisfaction: 'Customer satisfaction', surveyAnswer: 'Answer the survey', agreements: 'Service agreements', assessment: 'Partnership assessment (9E)', ideas: 'Idea portfolio', leadership: 'Situation picture' },
  teamsTabName: 'Account Care',
  personalAppName: 'Account Care',
  unknownUser: 'There is no user "{user}" in the demo directory. Choose a user from the User menu in the bar above.',
  localNote: 'Local SharePoint and Graph service (SQLite)',
};

export function shellStringsFor(locale: Locale): ShellStrings {
  return locale === 'sv-SE' ? sv : locale === 'en-US' ? en : fi;
}
