/**
 * Account lists for pickers (the SharePoint property pane, the channel picker, the account chooser) and the
 * channel → account lookup. Every query opens with an indexed column (ACActive, ACTeamsChannelId).
 */
import { DataError } from '../errors';
import { f } from '../odata';
import type { Services, SiteUser } from '../ports';
import type { Account } from '../../domain/types';

/** Active accounts, sorted by name in the user's language (at most 500: a provider has tens of accounts). */
export async function activeAccounts(services: Services, collator: Intl.Collator): Promise<Account[]> {
  const accounts = await services.repos.accounts.find({ filter: f.eq('active', true), top: 500 });
  return accounts.sort((a, b) => collator.compare(a.name, b.name));
}

/** The account a Teams channel belongs to (first clause on the indexed channel id). */
export async function accountForChannel(services: Services, teamId: string, channelId: string): Promise<Account | undefined> {
  const found = await services.repos.accounts.find({ filter: channelFilter(teamId, channelId), top: 2 });
  return found[0];
}

export function channelFilter(teamId: string, channelId: string) {
  return f.and(f.eq('teamsChannelId', channelId), f.eq('teamsGroupId', teamId));
}

/** The Teams channel a tab runs in. */
export interface ChannelRef {
  teamId: string;
  channelId: string;
  channelName?: string;
}

/** The user linking a channel: their site user id and whether they are a site owner (site collection admin). */
export type Linker = Pick<SiteUser, 'id' | 'isSiteAdmin'>;

/**
 * Whether `me` may link `account` to a Teams channel: its account manager, its backup or a site owner. Linking
 * decides which account everyone in the team sees, and taking an account from another channel unlinks that
 * channel, so it is the account's people's decision, not anyone's with Edit on the list.
 */
export function mayLinkChannel(account: Pick<Account, 'accountManager' | 'backup'>, me: Linker): boolean {
  return me.isSiteAdmin || (account.accountManager?.id !== undefined && account.accountManager.id === me.id) || (account.backup?.id !== undefined && account.backup.id === me.id);
}

/** The channel an account is linked to now, other than `channel` (what a link would take it away from). */
export function linkedElsewhere(account: Pick<Account, 'teamsChannelId' | 'teamsGroupId' | 'teamsChannelName'>, channel: ChannelRef): { channelName: string } | undefined {
  if (!account.teamsChannelId) return undefined;
  if (account.teamsChannelId === channel.channelId && account.teamsGroupId === channel.teamId) return undefined;
  return { channelName: account.teamsChannelName || account.teamsChannelId };
}

/** Thrown when a link would move the account away from another channel and the user has not confirmed that. */
export class ChannelMoveNotConfirmed extends Error {
  public constructor(public readonly fromChannel: string) {
    super(`The account is linked to the channel ${fromChannel}; moving the link needs confirmation`);
    this.name = 'ChannelMoveNotConfirmed';
  }
}

/**
 * Links `account` to `channel`, with the etag the account was read with (a link someone else changed meanwhile
 * is a conflict, never overwritten). Refuses, before writing, a user who is not the account's manager, its backup
 * or a site owner (DataError 'accessDenied'), and a move away from another channel without `confirmMove`.
 *
 * Honestly: this check runs in the browser, so it keeps the rule out of hidden buttons but is not a security
 * boundary. SharePoint itself could only enforce it with item-level permissions on each account (the manager and
 * backup with Edit on their own item), which the product does not set: every account manager has Edit on the
 * whole ACAccounts list (see README, Permissions), so a determined one could still write the ids through REST.
 */
export async function linkChannel(services: Services, account: Account, me: Linker, channel: ChannelRef, opts: { confirmMove?: boolean } = {}): Promise<string> {
  if (!mayLinkChannel(account, me)) {
    throw new DataError('accessDenied', `User ${me.id} is not the account manager, the backup or a site owner of account ${account.id}`);
  }
  const elsewhere = linkedElsewhere(account, channel);
  if (elsewhere && !opts.confirmMove) throw new ChannelMoveNotConfirmed(elsewhere.channelName);
  return services.repos.accounts.update(
    account.id,
    { teamsGroupId: channel.teamId, teamsChannelId: channel.channelId, teamsChannelName: channel.channelName ?? channel.channelId },
    account.etag,
  );
}
