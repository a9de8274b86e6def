/**
 * The account tab's first read, in a module of its own so the web part can start it in onInit (overlapping the
 * view's chunk download) without bundling the view. In a channel, the account this device saw there last time is
 * read together with the channel link: one round trip.
 */
import { AccountTabStart, startAccountTab } from '../../data/queries/accountTab';
import type { Services } from '../../data/ports';
import { toHelsinkiDate } from '../../domain/dates';
import { rememberAccount, rememberedAccount } from '../../ui/channelMemory';
import type { HostContext } from '../../ui/host';

/** The first screen's read, shared by the web part (started in onInit) and the view. */
export function firstRead(services: Services, host: HostContext): Promise<AccountTabStart> {
  const teams = host.teams;
  const channel = teams ? { teamId: teams.teamId, channelId: teams.channelId } : undefined;
  const accountId = host.config?.accountId;
  const rememberedAccountId = channel && !accountId ? rememberedAccount(host.siteUrl, channel.teamId, channel.channelId) : undefined;
  return startAccountTab(services, { accountId, channel, rememberedAccountId }, toHelsinkiDate(host.now ?? new Date())).then((start) => {
    if (channel && !accountId) rememberAccount(host.siteUrl, channel.teamId, channel.channelId, start.kind === 'account' ? start.data.account.id : undefined);
    return start;
  });
}
