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

/** One line of the warnings list: warnings that differ only by account are said once, naming the accounts together. */
export interface WarningLine {
  key: string;
  kind: CoverWarning['kind'];
  text: string;
}

/**
 * The warnings in plain words, one line per situation: "Aino is away on 1.12.; Juha looks after KKO, RISE and UO
 * then" instead of a line per account. Order: as the rules report them (by day).
 */
export function warningLines(warnings: readonly CoverWarning[], s: SubstitutesStrings, locale: string, accounts: ReadonlyMap<number, Account>): WarningLine[] {
  const groups = new Map<string, { first: CoverWarning; accountIds: number[] }>();
  for (const w of warnings) {
    const key = groupKey(w);
    const g = groups.get(key);
    if (!g) groups.set(key, { first: w, accountIds: 'accountId' in w && w.accountId !== undefined ? [w.accountId] : [] });
    else if ('accountId' in w && w.accountId !== undefined && !g.accountIds.includes(w.accountId)) g.accountIds.push(w.accountId);
  }
  const t = s.warnings;
  const join = (names: string[]): string => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${t.and} ${names[names.length - 1]}`);
  return [...groups.entries()].map(([key, { first: w, accountIds }]) => {
    if (accountIds.length > 1 && (w.kind === 'substituteAway' || w.kind === 'noCover')) {
      const names = join(accountIds.map((id) => accountLabel(accounts.get(id), id)));
      const when = dayRange(w.since, w.to, locale);
      const text =
        w.kind === 'noCover'
          ? format(t.noCoverMany, { accounts: names, manager: personName(w.manager, s), when })
          : w.next
            ? format(t.substituteAwayNextMany, { person: personName(w.person, s), when, accounts: names, next: personName(w.next, s) })
            : format(t.substituteAwayMany, { person: personName(w.person, s), when, accounts: names });
      return { key, kind: w.kind, text };
    }
    return { key, kind: w.kind, text: warningText(w, s, locale, accounts) };
  });
}

/** Warnings that read as one sentence share this key: same kind, people and days; the account may differ. */
function groupKey(w: CoverWarning): string {
  switch (w.kind) {
    case 'substituteAway':
      return `${w.kind}|${w.person.id}|${w.next?.id ?? ''}|${w.since}|${w.to}`;
    case 'noCover':
      return `${w.kind}|${w.manager.id}|${w.since}|${w.to}`;
    default:
      return warningKey(w);
  }
}

/** A stable key per warning (React lists). */
export function warningKey(w: CoverWarning): string {
  const who = 'person' in w ? w.person.id : w.manager.id;
  return `${w.kind}|${'accountId' in w ? w.accountId : ''}|${who}|${w.since}|${w.to}`;
}
