/**
 * Builds what the apps need from an SPFx web-part context: the SPFI (PnPjs SPFx behavior: cookies + the page's
 * form digest), the Graph client (MSGraphClientV3), and the HostContext (Teams context via
 * context.sdks.microsoftTeams when hosted in Teams; SharePoint page context otherwise). Shared by every web part.
 */
import { spfi, SPFx } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import type { Client } from '@microsoft/microsoft-graph-client';
import { createServices } from '../data/sp/createServices';
import type { Services } from '../data/ports';
import { resolveLocale } from '../loc/locale';
import { HostContext, resolveTheme } from '../ui/host';

export interface SpfxHost {
  services: Services;
  host: HostContext;
}

export async function createSpfxHost(context: WebPartContext): Promise<SpfxHost> {
  const sp = spfi().using(SPFx(context));
  const page = context.pageContext;
  const teams = context.sdks.microsoftTeams;
  // Both are asynchronous and independent: ask at once, so the first read waits for the slower one only.
  const [graph, teamsContext] = await Promise.all([
    context.msGraphClientFactory.getClient('3').then(
      (client) => client as unknown as Client,
      () => undefined, // Graph not granted: presence simply stays hidden.
    ),
    teams ? teams.teamsJs.app.getContext() : Promise.resolve(undefined),
  ]);
  let host: HostContext = {
    hostKind: 'SharePoint',
    siteUrl: page.web.absoluteUrl,
    locale: resolveLocale(page.cultureInfo.currentUICultureName),
    theme: 'light',
    user: { loginName: page.user.loginName, displayName: page.user.displayName, email: page.user.email },
  };
  if (teamsContext) {
    const ctx = teamsContext;
    host = {
      ...host,
      hostKind: ctx.channel?.id ? 'TeamsTab' : 'TeamsPersonal',
      locale: resolveLocale(ctx.app.locale),
      theme: resolveTheme(ctx.app.theme),
      teams: ctx.channel?.id && ctx.team?.groupId
        ? { teamId: ctx.team.groupId, teamName: ctx.team.displayName, channelId: ctx.channel.id, channelName: ctx.channel.displayName }
        : undefined,
    };
  }
  const siteLanguage = page.web.languageName?.toLowerCase().startsWith('sv') ? 'sv' : page.web.language === 1033 ? 'en' : 'fi';
  return { services: createServices(sp, { graph, siteLanguage }), host };
}
