/**
 * Who covers an account today, for the account tab's "covered by X until DATE" banner: the cover chain with the
 * site's settings. It lives in the brief's chunk so the account tab, which opens the brief from that banner, does
 * not carry the cover rules in its own bundle.
 */
import { coverOnDay } from '../../../domain/cover';
import type { IsoDate } from '../../../domain/dates';
import type { Absence, Account, PersonRef, Setting } from '../../../domain/types';
import { coverOptions } from '../../../data/queries/coverSettings';

export interface CoverToday {
  absence: Absence;
  /** Absent when nobody in the chain can cover today. */
  cover?: PersonRef;
}

/** The account's cover today, or undefined when its manager is not away on an absence that needs cover. */
export function coverToday(account: Account, absencesToday: readonly Absence[], today: IsoDate, settings: readonly Setting[]): CoverToday | undefined {
  const r = coverOnDay([account], absencesToday, today, coverOptions(settings)).resolutions[0];
  return r ? { absence: r.absence, cover: r.cover } : undefined;
}
