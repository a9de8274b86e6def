/**
 * Which account a Teams channel showed last time on this device, so the next opening reads the account and the
 * channel link in one round trip (the link is still checked in the same batch). Only ids; never personal data.
 * Storage can be blocked (an iframe's settings): then every opening simply asks the channel first.
 */
import { safeStorage } from './webStorage';

const PREFIX = 'accountCare:channelAccount:';

const storage = safeStorage('local');

const keyOf = (siteUrl: string, teamId: string, channelId: string): string => `${PREFIX}${siteUrl}|${teamId}|${channelId}`;

export function rememberedAccount(siteUrl: string, teamId: string, channelId: string): number | undefined {
  const n = Number(storage.get(keyOf(siteUrl, teamId, channelId)));
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Blocked or full storage: the next opening takes two round trips instead of one. */
export function rememberAccount(siteUrl: string, teamId: string, channelId: string, accountId: number | undefined): void {
  if (accountId) storage.set(keyOf(siteUrl, teamId, channelId), String(accountId));
  else storage.remove(keyOf(siteUrl, teamId, channelId));
}
