/**
 * What the host tells the apps: SharePoint page, Teams tab (via SPFx's context.sdks.microsoftTeams) or the local
 * workbench. The apps never read SPFx or teams-js themselves. Teams context is not proof of identity
 * (authorization comes from SharePoint answering or refusing), it only picks what to show.
 */
import type { Locale } from '../loc/locale';
export type ThemeName = 'light' | 'dark' | 'contrast';
export type HostKind = 'SharePoint' | 'TeamsTab' | 'TeamsPersonal' | 'Workbench';

export interface TeamsChannelContext {
  teamId: string;
  teamName?: string;
  channelId: string;
  channelName?: string;
}

export interface HostContext {
  hostKind: HostKind;
  siteUrl: string;
  locale: Locale;
  theme: ThemeName;
  user: { loginName: string; displayName: string; email: string };
  teams?: TeamsChannelContext;
  /** Web-part properties set in the SharePoint property pane (e.g. which account a page shows). */
  config?: { accountId?: number };
  /** Lets an app store a web-part property (SharePoint only). */
  saveConfig?: (config: { accountId?: number }) => void;
  /** The page URL's query parameters (a quick link's account, category, kind), read once by the host. */
  query?: Readonly<Record<string, string>>;
  /** "Now" for the apps; the workbench can pin it so demos and tests see a fixed day. Defaults to the clock. */
  now?: Date;
}

/** Teams reports 'default' | 'dark' | 'contrast'. */
export function resolveTheme(teamsTheme: string | undefined): ThemeName {
  if (teamsTheme === 'dark') return 'dark';
  if (teamsTheme === 'contrast') return 'contrast';
  return 'light';
}
