/**
 * The annual clock's first read, in a module of its own so the web part can start it in onInit (overlapping the
 * view's chunk download) without bundling the view. In a Teams channel the clock opens on the channel's account:
 * the channel → account lookup, then that account's year in one `$batch`; elsewhere the whole year in one `$batch`.
 */
import { accountForChannel } from '../../data/queries/accounts';
import { AnnualClockData, startAnnualClock } from '../../data/queries/annualClock';
import type { Services } from '../../data/ports';
import { toHelsinkiDate } from '../../domain/dates';
import type { Account } from '../../domain/types';
import type { HostContext } from '../../ui/host';

export interface ClockStart {
  data: AnnualClockData;
  /** In a Teams channel: the channel's account, when one is linked. */
  channelAccount?: Account;
  /** Whose items the data holds: one account's, or every account's the user may read. */
  scopeAccountId?: number;
}

/** The first screen's read: `year` defaults to this year in Helsinki; `widen` reads every account even in a channel. */
export async function firstRead(services: Services, host: HostContext, opts: { year?: number; widen?: boolean } = {}): Promise<ClockStart> {
  const today = toHelsinkiDate(host.now ?? new Date());
  const year = opts.year ?? Number(today.slice(0, 4));
  const channelAccount = host.teams && host.hostKind === 'TeamsTab' ? await accountForChannel(services, host.teams.teamId, host.teams.channelId) : undefined;
  // A SharePoint page may pin an account in the web part's properties.
  const pinned = channelAccount?.id ?? host.config?.accountId;
  const scopeAccountId = opts.widen ? undefined : pinned;
  const data = await startAnnualClock(services, { year, today, accountId: scopeAccountId });
  return { data, channelAccount, scopeAccountId };
}
