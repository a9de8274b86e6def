/**
 * Account lists for pickers (the SharePoint property pane, the channel picker, the account chooser) and the
 * channel → account lookup. Every query opens with an indexed column (ACActive, ACTeamsChannelId).
 */
import { f } from '../odata';
import type { Services } from '../ports';
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
