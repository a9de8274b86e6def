/**
 * Cross-substitution readiness (ristiintuuraus): a city IT unit spreads each partnership manager's accounts across
 * the customers' organisation forms (company, sector, foundation, agency) so that managers can cover each other
 * crosswise. A manager whose accounts are all of one form is a risk: nobody else may know that form, and they know
 * no other. Pure: from the active accounts (manager, backup, organisation form) it says, per manager, their accounts
 * by form and the forms they know, and per account who could cover it.
 *
 * Rules:
 * - Only active accounts count (`active` false is left out; unset counts as active).
 * - An account without an organisation form is counted under 'notGiven'. Nobody is said to know a form that is
 *   not given, so such an account has no one who can cover it by form; it is listed apart (`formMissing`), not as
 *   an account nobody else can cover.
 * - Managers who can cover an account: every manager other than its own who holds at least one account of the same
 *   (given) form. A manager never covers their own account.
 * - The named backup knows the form when they are themselves a manager of an account of that form (and are not the
 *   account's own manager).
 * - A manager is one-form (the highlight) when every account of theirs whose form is given is of the same form.
 * - An account without a manager belongs to no manager and is listed in `unmanaged`.
 */
import type { Account, OrganisationForm, PersonRef } from './types';
import { ORGANISATION_FORMS } from './vocabulary';

/** An organisation form, or 'notGiven' for an account whose form is not recorded. */
export type FormKey = OrganisationForm | 'notGiven';

export const FORM_KEYS: readonly FormKey[] = [...ORGANISATION_FORMS, 'notGiven'];

export interface CrossCoverAccount {
  account: Account;
  form: FormKey;
  manager: PersonRef;
  /** Other managers who hold accounts of the same form, by name. Empty when the form is not given. */
  coveredBy: PersonRef[];
  backup?: PersonRef;
  /** Whether the named backup holds accounts of this form themselves. */
  backupKnowsForm: boolean;
  /** The form is given and no other manager holds an account of it. */
  nobodyElse: boolean;
}

export interface CrossCoverManager {
  manager: PersonRef;
  /** Accounts per form (every FORM_KEYS key, zero when none). */
  counts: Record<FormKey, number>;
  total: number;
  /** The given forms this manager holds accounts of, in ORGANISATION_FORMS order. */
  forms: OrganisationForm[];
  /** Every account whose form is given is of the same form. */
  oneForm: boolean;
  /** Their accounts, by name. */
  accounts: CrossCoverAccount[];
}

export interface CrossCover {
  /** Managers by name. */
  managers: CrossCoverManager[];
  /** Every managed account, by manager then by name. */
  accounts: CrossCoverAccount[];
  /** Accounts of a given form that no other manager can cover. */
  nobodyElse: CrossCoverAccount[];
  /** Accounts whose organisation form is not given. */
  formMissing: CrossCoverAccount[];
  /** Active accounts with no manager. */
  unmanaged: Account[];
  /** Per given form, the managers who hold accounts of it, by name. */
  holders: Record<OrganisationForm, PersonRef[]>;
}

const personName = (p: PersonRef): string => p.title || p.email || '';

export function crossCover(accounts: readonly Account[], compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b, 'fi')): CrossCover {
  const byPerson = (a: PersonRef, b: PersonRef): number => compare(personName(a), personName(b)) || a.id - b.id;
  const active = accounts.filter((a) => a.active !== false);
  const managed = active.filter((a) => a.accountManager).sort((a, b) => compare(a.name, b.name) || a.id - b.id);
  const people = new Map<number, PersonRef>();
  const forms = new Map<number, Set<FormKey>>();
  for (const a of managed) {
    const m = a.accountManager!;
    const known = people.get(m.id);
    if (!known || (!known.title && m.title)) people.set(m.id, m);
    const set = forms.get(m.id) ?? new Set<FormKey>();
    set.add(formOf(a));
    forms.set(m.id, set);
  }
  const holders = Object.fromEntries(
    ORGANISATION_FORMS.map((f) => [f, [...people.values()].filter((p) => forms.get(p.id)!.has(f)).sort(byPerson)]),
  ) as Record<OrganisationForm, PersonRef[]>;

  const rows = new Map<number, CrossCoverManager>();
  for (const p of [...people.values()].sort(byPerson)) {
    const known = ORGANISATION_FORMS.filter((f) => forms.get(p.id)!.has(f));
    rows.set(p.id, { manager: p, counts: Object.fromEntries(FORM_KEYS.map((k) => [k, 0])) as Record<FormKey, number>, total: 0, forms: known, oneForm: known.length === 1, accounts: [] });
  }
  for (const account of managed) {
    const row = rows.get(account.accountManager!.id)!;
    const form = formOf(account);
    const coveredBy = form === 'notGiven' ? [] : holders[form].filter((p) => p.id !== row.manager.id);
    const backup = account.backup;
    row.counts[form]++;
    row.total++;
    row.accounts.push({
      account,
      form,
      manager: row.manager,
      coveredBy,
      backup,
      backupKnowsForm: !!backup && coveredBy.some((p) => p.id === backup.id),
      nobodyElse: form !== 'notGiven' && coveredBy.length === 0,
    });
  }
  const managers = [...rows.values()];
  const all = managers.flatMap((m) => m.accounts);
  return {
    managers,
    accounts: all,
    nobodyElse: all.filter((x) => x.nobodyElse),
    formMissing: all.filter((x) => x.form === 'notGiven'),
    unmanaged: active.filter((a) => !a.accountManager),
    holders,
  };
}

function formOf(a: Account): FormKey {
  return a.organisationForm && (ORGANISATION_FORMS as readonly string[]).includes(a.organisationForm) ? a.organisationForm : 'notGiven';
}
