/**
 * What "My accounts" shows: the signed-in user's own accounts (manager or backup) and the accounts they cover today
 * because the manager is away (Vantaa: 1–2 day absences only when marked). Round trips: the current user, then one
 * batch (own accounts + today's absences), then — only when someone is away — the away managers' accounts.
 * Every query opens with an indexed column (accountManager, backup, end) so it stays under the list threshold.
 */
import type { DataError } from '../../data/errors';
import { f, Filter } from '../../data/odata';
import type { Services } from '../../data/ports';
import type { IsoDate } from '../../domain/dates';
import { accountsCoveredBy, isActive, needsCover } from '../../domain/substitution';
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

/** Ids per `or` query: keeps the URL short however many colleagues are away. */
const IDS_PER_QUERY = 20;

export async function loadMyAccounts(services: Services, today: IsoDate, collator: Intl.Collator): Promise<MyAccountsData> {
  const me = await services.site.currentUser();
  const first = await services.batch((repos) => ({
    own: repos.accounts.find({ filter: f.or(f.eq('accountManager', me.id), f.eq('backup', me.id)), top: 500 }),
    // end ≥ today first: indexed and narrow (only current and future absences).
    absences: repos.absences.find({ filter: f.and(f.ge('end', today), f.le('start', today)), top: 500 }),
  }));
  if (!first.own.ok) throw first.own.error;
  const byName = (a: { account: Account }, b: { account: Account }): number => collator.compare(a.account.name, b.account.name);
  const own = first.own.value
    .filter((a) => a.active !== false)
    .map((account): OwnAccount => ({ account, role: account.accountManager?.id === me.id ? 'manager' : 'backup' }))
    .sort(byName);
  if (!first.absences.ok) return { userId: me.id, own, covering: [], coverError: first.absences.error };

  // Only absences going on today that need cover (Vantaa rule), of other people.
  const away = first.absences.value.filter((a) => a.person.id !== me.id && isActive(a, today) && needsCover(a));
  const managerIds = Array.from(new Set(away.map((a) => a.person.id)));
  if (managerIds.length === 0) return { userId: me.id, own, covering: [] };

  const chunks: Filter[] = [];
  for (let i = 0; i < managerIds.length; i += IDS_PER_QUERY) {
    chunks.push(f.or(...managerIds.slice(i, i + IDS_PER_QUERY).map((id) => f.eq('accountManager', id))));
  }
  const second = await services.batch((repos) => {
    const out: Record<string, Promise<Account[]>> = {};
    chunks.forEach((filter, i) => (out[`chunk${i}`] = repos.accounts.find({ filter, top: 500 })));
    return out;
  });
  const managersAccounts: Account[] = [];
  for (const settled of Object.values(second)) {
    if (!settled.ok) return { userId: me.id, own, covering: [], coverError: settled.error };
    managersAccounts.push(...(settled.value as Account[]));
  }
  const covering = accountsCoveredBy(me.id, managersAccounts.filter((a) => a.active !== false), away, today)
    .map((account): CoveredAccount => ({ account, absence: away.find((a) => a.person.id === account.accountManager?.id)! }))
    .sort(byName);
  return { userId: me.id, own, covering };
}
