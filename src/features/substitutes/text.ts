/** Plain-language wording of the cover rules' results: date ranges and warnings with names and dates. */
import type { CoverWarning } from '../../domain/cover';
import { formatDate, IsoDate } from '../../domain/dates';
import type { Account, PersonRef } from '../../domain/types';
import { format } from '../../loc/strings';
import type { SubstitutesStrings } from './strings';

/** "3.12.2026" for one day, "3.12.2026–5.12.2026" for a range (en: 03/12/2026–05/12/2026). */
export function dayRange(from: IsoDate, to: IsoDate, locale: string): string {
  return from === to ? formatDate(from, locale) : `${formatDate(from, locale)}–${formatDate(to, locale)}`;
}

export function accountLabel(a: Pick<Account, 'name' | 'abbreviation'> | undefined, id: number): string {
  return a ? a.abbreviation || a.name : `#${id}`;
}

export function personName(p: PersonRef | undefined, s: SubstitutesStrings): string {
  return p?.title || p?.email || s.warnings.unknownPerson;
}

export function warningText(w: CoverWarning, s: SubstitutesStrings, locale: string, accounts: ReadonlyMap<number, Account>): string {
  const t = s.warnings;
  const when = dayRange(w.since, w.to, locale);
  const account = (id: number): string => accountLabel(accounts.get(id), id);
  switch (w.kind) {
    case 'substituteAway':
      return w.next
        ? format(t.substituteAwayNext, { person: personName(w.person, s), when, account: account(w.accountId), next: personName(w.next, s) })
        : format(t.substituteAway, { person: personName(w.person, s), when, account: account(w.accountId) });
    case 'noCover':
      return format(t.noCover, { account: account(w.accountId), manager: personName(w.manager, s), when });
    case 'overloaded':
      return format(t.overloaded, { person: personName(w.person, s), when, count: String(w.accountIds.length), accounts: w.accountIds.map(account).join(', '), limit: String(w.limit) });
    case 'selfSubstitute':
      return format(t.selfSubstitute, { person: personName(w.person, s), when });
  }
}

/** A stable key per warning (React lists). */
export function warningKey(w: CoverWarning): string {
  const who = 'person' in w ? w.person.id : w.manager.id;
  return `${w.kind}|${'accountId' in w ? w.accountId : ''}|${who}|${w.since}|${w.to}`;
}
