/**
 * The three demo sites and the simulated Teams channels of each. Shared by the server (site titles) and the page
 * (organisation switcher, channel picker). The channels are the ones the demo data links accounts to
 * (workbench/demo/ork.ts, hepa.ts, city.ts: teamsGroupId + `19:<abbr>@thread.tacv2`), plus an unlinked "Yleinen"
 * channel where the account tab offers to link an account. tests/browser checks they match the seeded accounts.
 */
import { CITY_SITE, HEPA_SITE, ORK_SITE } from '../demo/people';

export type SiteKey = 'ork' | 'hepa' | 'city';

export interface ChannelDef {
  teamId: string;
  teamName: string;
  channelId: string;
  channelName: string;
}

export interface WorkbenchSite {
  key: SiteKey;
  serverRelativeUrl: string;
  title: string;
  /** Short name for the switcher. */
  shortName: string;
  /** The site logo's text. */
  badge: string;
  channels: ChannelDef[];
}

const ORK_TEAM = { teamId: 'ork-asiakkuudet', teamName: 'ORK Asiakkuudet' };
const HEPA_TEAM = { teamId: 'hepa-asiakkuudet', teamName: 'Henkilöstöpalvelut – asiakkuudet' };
const CITY_TEAM = { teamId: 'kaupunki-ict-kumppanuudet', teamName: 'ICT-palvelut – kumppanuudet' };

/** Channel ids as the demo data links accounts to them (`19:<abbr>@thread.tacv2`); "Yleinen" is linked to none. */
const channel = (team: { teamId: string; teamName: string }, abbr: string): ChannelDef => ({
  ...team,
  channelId: `19:${abbr.toLowerCase()}@thread.tacv2`,
  channelName: abbr,
});

export const WORKBENCH_SITES: WorkbenchSite[] = [
  {
    key: 'ork',
    serverRelativeUrl: ORK_SITE,
    title: 'Oikeusrekisterikeskus – asiakkuudenhoito',
    shortName: 'ORK',
    badge: 'ORK',
    channels: [
      { ...ORK_TEAM, channelId: '19:general-ork@thread.tacv2', channelName: 'Yleinen' },
      ...['KHO', 'KKO', 'OPV', 'OEV', 'RISE', 'SY', 'TIV', 'UO', 'ORK'].map((a) => channel(ORK_TEAM, a)),
    ],
  },
  {
    key: 'hepa',
    serverRelativeUrl: HEPA_SITE,
    title: 'Vantaan Henkilöstöpalvelut – asiakkuudenhoito',
    shortName: 'Vantaa HEPA',
    badge: 'HEPA',
    channels: [
      { ...HEPA_TEAM, channelId: '19:general-hepa@thread.tacv2', channelName: 'Yleinen' },
      ...['SIV', 'SOTE', 'TILA', 'KEHA'].map((a) => channel(HEPA_TEAM, a)),
    ],
  },
  {
    key: 'city',
    serverRelativeUrl: CITY_SITE,
    title: 'Kaupungin ICT-palvelut – kumppanuudet',
    shortName: 'Kaupungin ICT',
    badge: 'ICT',
    channels: [
      { ...CITY_TEAM, channelId: '19:general-kaupunki-ict@thread.tacv2', channelName: 'Yleinen' },
      // The city accounts with a channel (workbench/demo/city.ts CITY_ACCOUNTS, `teams: true`).
      ...['KASV', 'KUVA', 'KAYM', 'KONS', 'PALVELU', 'PELA', 'ASUNNOT', 'SATAMA'].map((a) => channel(CITY_TEAM, a)),
    ],
  },
];

export function siteByKey(key: string | null | undefined): WorkbenchSite {
  return WORKBENCH_SITES.find((s) => s.key === key) ?? WORKBENCH_SITES[0];
}
