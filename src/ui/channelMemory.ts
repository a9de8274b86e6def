/**
 * Which account a Teams channel showed last time on this device, so the next opening reads the account and the
 * channel link in one round trip (the link is still checked in the same batch). Only ids; never personal data.
 * Storage can be blocked (an iframe's settings): then every opening simply asks the channel first.
 */
const PREFIX = 'accountCare:channelAccount:';

function storage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined;
  }
}

const keyOf = (siteUrl: string, teamId: string, channelId: string): string => `${PREFIX}${siteUrl}|${teamId}|${channelId}`;

export function rememberedAccount(siteUrl: string, teamId: string, channelId: string): number | undefined {
  try {
    const n = Number(storage()?.getItem(keyOf(siteUrl, teamId, channelId)));
    return Number.isInteger(n) && n > 0 ? n : undefined;
  } catch {
    return undefined;
  }
}

export function rememberAccount(siteUrl: string, teamId: string, channelId: string, accountId: number | undefined): void {
  try {
    if (accountId) storage()?.setItem(keyOf(siteUrl, teamId, channelId), String(accountId));
    else storage()?.removeItem(keyOf(siteUrl, teamId, channelId));
  } catch {
    // Blocked or full storage: the next opening takes two round trips instead of one.
  }
}
