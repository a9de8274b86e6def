/**
 * What "My accounts" shows: the signed-in user's own accounts (manager or backup) and the accounts they cover today
 * because the manager is away (1–2 day absences only when marked; a substitute who is away too passes it on). ONE `$batch`: the active accounts (indexed
 * ACActive; a provider has tens of accounts, far below the 5,000-item threshold), today's absences (indexed end
 * date first), the cover settings and the current user; who owns and who covers what is worked out here, so nothing waits for an id.
 */
import type { DataError } from '../errors';
import { f } from '../odata';
import type { Services } from '../ports';
import type { IsoDate } from '../../domain/dates';
import { coverOnDay } from '../../domain/cover';
import { coverOptions } from './coverSettings';
import { isActive } from '../../domain/substitution';
import type { Absence, Account } from '../../domain/types';

export interface OwnAccount {
  account: Account;
  role: 'manager' | 'backup';
}

export interface CoveredAccount {
  account: Account;
  /** The manager's absence that makes this account the user's today. */
  absence: Absence;
}

export interface MyAccountsData {
  userId: number;
  own: OwnAccount[];
  covering: CoveredAccount[];
  /** Why the covering group could not be worked out (e.g. the absences list is missing); own accounts still show. */
  coverError?: DataError;
}

export async function loadMyAccounts(services: Services, today: IsoDate, collator: Intl.Collator): Promise<MyAccountsData> {
  const r = await services.batch((repos, site) => ({
    me: site.currentUser(),
    accounts: repos.accounts.find({ filter: f.eq('active', true), top: 5000 }),
    // end ≥ today first: indexed and narrow (only current and future absences).
    absences: repos.absences.find({ filter: f.and(f.ge('end', today), f.le('start', today)), top: 500 }),
    // The site's cover rule (short-absence threshold): a small reference list; missing or unreadable → the defaults.
    settings: repos.settings.find({ top: 500 }),
  }));
  if (!r.me.ok) throw r.me.error;
  if (!r.accounts.ok) throw r.accounts.error;
  const me = r.me.value.id;
  const accounts = r.accounts.value;
  const byName = (a: { account: Account }, b: { account: Account }): number => collator.compare(a.account.name, b.account.name);
  const own = accounts
    .filter((a) => a.accountManager?.id === me || a.backup?.id === me)
    .map((account): OwnAccount => ({ account, role: account.accountManager?.id === me ? 'manager' : 'backup' }))
    .sort(byName);
  if (!r.absences.ok) return { userId: me, own, covering: [], coverError: r.absences.error };

  // Every absence going on today, the user's own included: a substitute who is away themselves (even for a day) is
  // passed over, and the account goes to the next person in the chain (domain/cover.ts).
  const awayToday = r.absences.value.filter((a) => isActive(a, today));
  const covering = coverOnDay(accounts, awayToday, today, coverOptions(r.settings.ok ? r.settings.value : []))
    .resolutions.filter((x) => x.cover?.id === me)
    .map((x): CoveredAccount => ({ account: x.account, absence: x.absence }))
    .sort(byName);
  return { userId: me, own, covering };
}
