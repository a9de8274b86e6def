/**
 * Tuuraus: whose accounts an absent person's colleagues cover, and who covers them. The Vantaa HR rule (docs/care-model.md §5):
 * absences of 1–2 days are not covered unless marked; annual holidays and longer sick leaves are. Pure functions (no
 * React, no PnPjs); the threshold and the cover limit are parameters because they become site settings.
 *
 * Days are Helsinki calendar days (`IsoDate`), and an absence's `start` and `end` are both included. Lengths are
 * counted in calendar days: weekends and public holidays inside an absence count, so a Friday–Monday absence is four
 * days long (two working days) and is covered, while a Saturday–Sunday one is two days and is not. This matches how
 * absences are entered (from, to) and keeps the rule independent of the holiday calendar.
 *
 * Who covers an account of an absent manager on a day (`resolveCover`):
 *  1. the absence's per-account override (`cover.overrides[accountId]`), else
 *  2. the absence's named substitute, else
 *  3. the account's backup (the Vantaa work pair).
 * A candidate who is away that day themselves (any absence of theirs active that day, short or not) is passed over:
 * their own absence's substitute for that day is tried next, then the remaining candidates above. Nobody is tried
 * twice and the absent manager is never chosen, so the chain always ends; the chain tried is reported with the result.
 */
import { addDays, compareIsoDates, IsoDate, isIsoDate } from './dates';
import type { Absence, AbsenceCover, Account, PersonRef } from './types';
import { checkDateOrder, FieldProblem } from './validation';
import { absencesOverlap, isActive, needsCover, SHORT_ABSENCE_MAX_DAYS } from './substitution';

/** An absence as the rules read it (the stored absence carries its per-account cover). */
export type CoverableAbsence = Absence;
export type { AbsenceCover };

/** Site settings the rules take. */
export interface CoverOptions {
  /** Absences of at most this many calendar days are not covered unless marked; default SHORT_ABSENCE_MAX_DAYS. */
  shortAbsenceMaxDays?: number;
  /** Warn (`overloaded`) when one person would cover more accounts than this at once; no check when omitted. */
  maxCoveredAccounts?: number;
}

/** Where a person in the cover chain came from. `chained`: the substitute of the person before them (`via`), who is away. */
export type CoverSource = 'override' | 'substitute' | 'backup' | 'chained';

/** One person tried in the cover chain. `away` is set when they are away that day themselves (and were passed over). */
export interface CoverStep {
  person: PersonRef;
  source: CoverSource;
  /** For `chained`: the away person whose substitute this is. */
  via?: PersonRef;
  away?: { absenceId: number; until: IsoDate };
}

/**
 * A typed warning; the UI words it. Dates: the days the warning holds (for one day's resolution, that day twice).
 * - `substituteAway`: `person` would cover `accountId` but is away until `until`; `next` is who was tried next (none: nobody).
 * - `noCover`: nobody can cover `accountId` while `manager` is away.
 * - `overloaded`: `person` would cover `accountIds`, more than `limit`.
 * - `selfSubstitute`: the absence names its own absent person as substitute (for `accountId` when in an override).
 */
export type CoverWarning =
  | { kind: 'substituteAway'; accountId: number; absenceId: number; person: PersonRef; until: IsoDate; next?: PersonRef; since: IsoDate; to: IsoDate }
  | { kind: 'noCover'; accountId: number; absenceId: number; manager: PersonRef; since: IsoDate; to: IsoDate }
  | { kind: 'overloaded'; person: PersonRef; accountIds: number[]; limit: number; since: IsoDate; to: IsoDate }
  | { kind: 'selfSubstitute'; absenceId: number; person: PersonRef; accountId?: number; since: IsoDate; to: IsoDate };

/** Who covers one account of an absent manager on one day. `cover` is absent when nobody can (then a `noCover` warning). */
export interface CoverResolution {
  account: Account;
  absence: CoverableAbsence;
  cover?: PersonRef;
  source?: CoverSource;
  /** Everyone tried, in order; the last step is `cover` when someone was found. */
  chain: CoverStep[];
  warnings: CoverWarning[];
}

/** A resolution that holds unchanged (same chain) over consecutive days `since`…`until` (both included). */
export interface CoverSpan extends CoverResolution {
  since: IsoDate;
  until: IsoDate;
}


/** Whether `absence` covers `account`: its person manages the account and the account is among `cover.accountIds` (all by default). */
export function absenceCoversAccount(absence: Pick<CoverableAbsence, 'person' | 'cover'>, account: Account): boolean {
  if (account.accountManager?.id === undefined || account.accountManager.id !== absence.person.id) return false;
  const ids = absence.cover?.accountIds;
  return !ids || ids.includes(account.id);
}

/** The first person asked to cover: the per-account override, else the absence's named substitute, else the account's backup. */
export function coverFor(account: Account, absence: Pick<CoverableAbsence, 'substitute' | 'cover'>): number | undefined {
  return absence.cover?.overrides?.[account.id]?.id ?? absence.substitute?.id ?? account.backup?.id;
}

/** Absences by person, each list sorted by start then id, so that lookups per day stay cheap with thousands of absences. */
type AbsenceIndex = Map<number, CoverableAbsence[]>;

function indexAbsences(absences: readonly CoverableAbsence[]): AbsenceIndex {
  const index: AbsenceIndex = new Map();
  for (const a of absences) {
    const list = index.get(a.person.id);
    if (list) list.push(a);
    else index.set(a.person.id, [a]);
  }
  for (const list of index.values()) list.sort(byStartThenId);
  return index;
}

function byStartThenId(a: Pick<Absence, 'start' | 'end' | 'id'>, b: Pick<Absence, 'start' | 'end' | 'id'>): number {
  return compareIsoDates(a.start, b.start) || compareIsoDates(a.end, b.end) || a.id - b.id;
}

/** The person's absence going on that day (the earliest started, should the data hold overlapping ones). */
function awayOn(index: AbsenceIndex, personId: number, day: IsoDate): CoverableAbsence | undefined {
  return index.get(personId)?.find((a) => isActive(a, day));
}

/** The absence that governs cover of `account` on `day`: its manager's earliest active absence that needs cover and covers it. */
function governingAbsence(index: AbsenceIndex, account: Account, day: IsoDate, maxDays: number): CoverableAbsence | undefined {
  const managerId = account.accountManager?.id;
  if (managerId === undefined) return undefined;
  return index.get(managerId)?.find((a) => isActive(a, day) && needsCover(a, maxDays) && absenceCoversAccount(a, account));
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution

function resolveIndexed(account: Account, absence: CoverableAbsence, index: AbsenceIndex, day: IsoDate): CoverResolution {
  const managerId = absence.person.id;
  const warnings: CoverWarning[] = [];
  const override = absence.cover?.overrides?.[account.id];
  if (override?.id === managerId) warnings.push({ kind: 'selfSubstitute', absenceId: absence.id, person: absence.person, accountId: account.id, since: day, to: day });
  if (absence.substitute?.id === managerId) warnings.push({ kind: 'selfSubstitute', absenceId: absence.id, person: absence.person, since: day, to: day });

  const pending: CoverStep[] = [];
  if (override) pending.push({ person: override, source: 'override' });
  if (absence.substitute) pending.push({ person: absence.substitute, source: 'substitute' });
  if (account.backup) pending.push({ person: account.backup, source: 'backup' });

  const tried = new Set<number>([managerId]);
  const chain: CoverStep[] = [];
  let found: CoverStep | undefined;
  for (let step = pending.shift(); step && !found; step = pending.shift()) {
    if (tried.has(step.person.id)) continue;
    tried.add(step.person.id);
    const away = awayOn(index, step.person.id, day);
    if (!away) {
      found = step;
      chain.push(step);
      break;
    }
    chain.push({ ...step, away: { absenceId: away.id, until: away.end } });
    // Their own substitute for that day goes first, before the remaining candidates.
    if (away.substitute) pending.unshift({ person: away.substitute, source: 'chained', via: step.person });
  }

  chain.forEach((s, i) => {
    if (s.away) warnings.push({ kind: 'substituteAway', accountId: account.id, absenceId: absence.id, person: s.person, until: s.away.until, next: chain[i + 1]?.person, since: day, to: day });
  });
  if (!found) warnings.push({ kind: 'noCover', accountId: account.id, absenceId: absence.id, manager: absence.person, since: day, to: day });
  return { account, absence, cover: found?.person, source: found?.source, chain, warnings };
}

/**
 * Who covers `account` on `day` while its manager is away on `absence` (whether the absence needs cover is the
 * caller's question: see `needsCover`). `absences` are everyone's absences, to see who else is away that day.
 */
export function resolveCover(account: Account, absence: CoverableAbsence, absences: readonly CoverableAbsence[], day: IsoDate): CoverResolution {
  return resolveIndexed(account, absence, indexAbsences(absences), day);
}

/**
 * Every account whose manager is away on `day` on an absence that needs cover and covers that account, with who
 * covers it; in the order of `accounts`. `warnings` holds all of theirs, plus `overloaded` when a limit is given.
 */
export function coverOnDay(
  accounts: readonly Account[],
  absences: readonly CoverableAbsence[],
  day: IsoDate,
  options: CoverOptions = {},
): { resolutions: CoverResolution[]; warnings: CoverWarning[] } {
  const index = indexAbsences(absences);
  const maxDays = options.shortAbsenceMaxDays ?? SHORT_ABSENCE_MAX_DAYS;
  const resolutions: CoverResolution[] = [];
  for (const account of accounts) {
    const absence = governingAbsence(index, account, day, maxDays);
    if (absence) resolutions.push(resolveIndexed(account, absence, index, day));
  }
  const warnings = resolutions.flatMap((r) => r.warnings);
  if (options.maxCoveredAccounts !== undefined) warnings.push(...overloadWarnings(resolutions.map((r) => ({ ...r, since: day, until: day })), options.maxCoveredAccounts, day, day));
  return { resolutions, warnings: mergeWarnings(warnings) };
}

/** Accounts `userId` covers on `today` because their manager is away on an absence that needs cover (the chain applied). */
export function accountsCoveredBy(userId: number, accounts: Account[], absences: CoverableAbsence[], today: IsoDate, options: CoverOptions = {}): Account[] {
  return coverOnDay(accounts, absences, today, options)
    .resolutions.filter((r) => r.cover?.id === userId)
    .map((r) => r.account);
}

function chainKey(r: CoverResolution): string {
  return `${r.absence.id}|${r.cover?.id ?? '-'}|${r.chain.map((s) => `${s.person.id}${s.away ? '!' : ''}`).join(',')}`;
}

/**
 * Cover over a range of days: for every absence that needs cover and overlaps `from`…`to` (both included), each
 * covered account's resolution grouped into spans of consecutive days with the same chain. Spans are not cut at the
 * range: `since` and `until` are where that cover really starts and ends (within the absence), so "since 3.11." is
 * right even when the view starts later. Sorted by `since`, then account id. `warnings` merges the spans' warnings
 * (the same warning on adjacent days once, with its dates) and adds `overloaded` when a limit is given.
 */
export function coverSpans(
  accounts: readonly Account[],
  absences: readonly CoverableAbsence[],
  from: IsoDate,
  to: IsoDate,
  options: CoverOptions = {},
): { spans: CoverSpan[]; warnings: CoverWarning[] } {
  const index = indexAbsences(absences);
  const maxDays = options.shortAbsenceMaxDays ?? SHORT_ABSENCE_MAX_DAYS;
  const window = { start: from, end: to };
  const spans: CoverSpan[] = [];
  for (const absence of absences) {
    if (compareIsoDates(absence.end, absence.start) < 0 || !absencesOverlap(absence, window) || !needsCover(absence, maxDays)) continue;
    for (const account of accounts) {
      if (!absenceCoversAccount(absence, account)) continue;
      let open: { span: CoverSpan; key: string } | undefined;
      for (let day = absence.start; compareIsoDates(day, absence.end) <= 0; day = addDays(day, 1)) {
        // Another (earlier) absence of the same manager may govern this day; then this one does not.
        if (governingAbsence(index, account, day, maxDays) !== absence) {
          if (open) spans.push(open.span);
          open = undefined;
          continue;
        }
        const r = resolveIndexed(account, absence, index, day);
        const key = chainKey(r);
        if (open && open.key === key) {
          open.span.until = day;
          continue;
        }
        if (open) spans.push(open.span);
        open = { span: { ...r, since: day, until: day }, key };
      }
      if (open) spans.push(open.span);
    }
  }
  const inWindow = spans
    .filter((s) => absencesOverlap({ start: s.since, end: s.until }, window))
    .map((s) => ({ ...s, warnings: s.warnings.map((w) => ({ ...w, since: s.since, to: s.until })) }))
    .sort((a, b) => compareIsoDates(a.since, b.since) || a.account.id - b.account.id || a.absence.id - b.absence.id);
  const warnings = inWindow.flatMap((s) => s.warnings);
  if (options.maxCoveredAccounts !== undefined) warnings.push(...overloadWarnings(inWindow, options.maxCoveredAccounts, from, to));
  return { spans: inWindow, warnings: mergeWarnings(warnings) };
}

/** Days in `from`…`to` on which one person covers more than `limit` accounts, as runs of consecutive days. */
function overloadWarnings(spans: readonly CoverSpan[], limit: number, from: IsoDate, to: IsoDate): CoverWarning[] {
  const byPerson = new Map<number, { person: PersonRef; spans: CoverSpan[] }>();
  for (const s of spans) {
    if (!s.cover) continue;
    const entry = byPerson.get(s.cover.id) ?? { person: s.cover, spans: [] };
    entry.spans.push(s);
    byPerson.set(s.cover.id, entry);
  }
  const out: CoverWarning[] = [];
  for (const { person, spans: own } of byPerson.values()) {
    let run: { since: IsoDate; to: IsoDate; ids: Set<number> } | undefined;
    const flush = (): void => {
      if (run) out.push({ kind: 'overloaded', person, accountIds: [...run.ids].sort((a, b) => a - b), limit, since: run.since, to: run.to });
      run = undefined;
    };
    for (let day = from; compareIsoDates(day, to) <= 0; day = addDays(day, 1)) {
      const ids = new Set(own.filter((s) => isActive({ start: s.since, end: s.until }, day)).map((s) => s.account.id));
      if (ids.size > limit) {
        if (!run) run = { since: day, to: day, ids };
        run.to = day;
        ids.forEach((id) => run!.ids.add(id));
      } else flush();
    }
    flush();
  }
  return out;
}

/** The same warning on overlapping or adjacent days once, from its first day to its last. */
function mergeWarnings(warnings: readonly CoverWarning[]): CoverWarning[] {
  const groups = new Map<string, CoverWarning[]>();
  for (const w of warnings) {
    const { since, to, ...rest } = w;
    void since;
    void to;
    const key = JSON.stringify(rest);
    const g = groups.get(key);
    if (g) g.push(w);
    else groups.set(key, [w]);
  }
  const out: CoverWarning[] = [];
  for (const g of groups.values()) {
    g.sort((a, b) => compareIsoDates(a.since, b.since));
    let cur = { ...g[0] };
    for (const w of g.slice(1)) {
      if (compareIsoDates(w.since, addDays(cur.to, 1)) <= 0) {
        if (compareIsoDates(w.to, cur.to) > 0) cur.to = w.to;
      } else {
        out.push(cur);
        cur = { ...w };
      }
    }
    out.push(cur);
  }
  return out.sort((a, b) => compareIsoDates(a.since, b.since) || a.kind.localeCompare(b.kind));
}

// ---------------------------------------------------------------------------------------------------------------
// Views

/** One of the substitute's duties: an account they cover while its manager is away on `absence`, `since`…`until`. */
export interface CoverDuty {
  account: Account;
  absence: CoverableAbsence;
  manager: PersonRef;
  since: IsoDate;
  until: IsoDate;
  /** How they came to cover it on the first day (an override, the named substitute, the backup, or by the chain). */
  source: CoverSource;
}

/**
 * "My duties": the accounts `userId` covers on any day of `from`…`to` (both included), with since and until (not
 * cut at the range). Consecutive days covering the same account for the same absence are one duty even when the
 * chain behind it changes. Sorted by since, then account name.
 */
export function dutiesOf(
  userId: number,
  accounts: readonly Account[],
  absences: readonly CoverableAbsence[],
  from: IsoDate,
  to: IsoDate,
  options: CoverOptions = {},
): CoverDuty[] {
  const duties: CoverDuty[] = [];
  // coverSpans sorts by since, so a span continuing a duty comes after it.
  for (const s of coverSpans(accounts, absences, from, to, options).spans.filter((x) => x.cover?.id === userId)) {
    const last = duties.find((d) => d.account.id === s.account.id && d.absence.id === s.absence.id && addDays(d.until, 1) === s.since);
    if (last) last.until = s.until;
    else duties.push({ account: s.account, absence: s.absence, manager: s.absence.person, since: s.since, until: s.until, source: s.source! });
  }
  return duties.sort((a, b) => compareIsoDates(a.since, b.since) || a.account.name.localeCompare(b.account.name, 'fi') || a.account.id - b.account.id);
}

/** One person's row in "away now and in the next weeks": their absences in the window, and the one going on today. */
export interface AwayRow {
  person: PersonRef;
  absences: CoverableAbsence[];
  awayToday?: CoverableAbsence;
}

/**
 * "Away now and in the next `weeks` weeks": absences overlapping today … today + weeks × 7 − 1 (both included), one
 * row a person, each row's absences by start. Rows: people away today first, then by their first absence's start,
 * then by name and id.
 */
export function awayInWeeks(absences: readonly CoverableAbsence[], today: IsoDate, weeks = 4): AwayRow[] {
  if (weeks <= 0) return [];
  const window = { start: today, end: addDays(today, weeks * 7 - 1) };
  const rows = new Map<number, AwayRow>();
  for (const a of absences) {
    if (compareIsoDates(a.end, a.start) < 0 || !absencesOverlap(a, window)) continue;
    const row = rows.get(a.person.id) ?? { person: a.person, absences: [] };
    row.absences.push(a);
    rows.set(a.person.id, row);
  }
  for (const row of rows.values()) {
    row.absences.sort(byStartThenId);
    row.awayToday = row.absences.find((a) => isActive(a, today));
    if (!row.person.title) row.person = row.absences.find((a) => a.person.title)?.person ?? row.person;
  }
  return [...rows.values()].sort(
    (a, b) =>
      Number(!a.awayToday) - Number(!b.awayToday) ||
      compareIsoDates(a.absences[0].start, b.absences[0].start) ||
      (a.person.title ?? '').localeCompare(b.person.title ?? '', 'fi') ||
      a.person.id - b.person.id,
  );
}

/** How a person can cover an account. A per-account override counts as `substitute`. */
export type CoverRole = 'manager' | 'backup' | 'substitute';

export interface CoverMatrixCell {
  person: PersonRef;
  roles: CoverRole[];
}

export interface CoverMatrixRow {
  account: Account;
  /** Everyone who can cover the account, the manager first, then by name. */
  cells: CoverMatrixCell[];
  /** People besides the manager who can cover it. */
  coverCount: number;
  /** Nobody besides the manager. */
  noCover: boolean;
  /** At most one person besides the manager (includes `noCover`). */
  singlePointOfFailure: boolean;
}

export interface CoverMatrix {
  /** Columns: everyone in any row, by name then id. */
  people: PersonRef[];
  rows: CoverMatrixRow[];
}

/**
 * Leadership's cover matrix: accounts × people who can cover them: the manager, the backup, and the substitutes
 * named in the manager's `absences` that cover the account (the override for that account where there is one,
 * else the absence's substitute). The absent person named as their own substitute does not count. Pass the
 * absences of the period in view. Rows in the order of `accounts`.
 */
export function coverMatrix(accounts: readonly Account[], absences: readonly CoverableAbsence[]): CoverMatrix {
  const index = indexAbsences(absences);
  const people = new Map<number, PersonRef>();
  const remember = (p: PersonRef): void => {
    const known = people.get(p.id);
    if (!known || (!known.title && p.title)) people.set(p.id, p);
  };
  const byName = (a: PersonRef, b: PersonRef): number => (a.title ?? '').localeCompare(b.title ?? '', 'fi') || a.id - b.id;
  const rows = accounts.map((account): CoverMatrixRow => {
    const cells = new Map<number, CoverMatrixCell>();
    const add = (person: PersonRef | undefined, role: CoverRole): void => {
      if (!person) return;
      if (role !== 'manager' && person.id === account.accountManager?.id) return;
      remember(person);
      const cell = cells.get(person.id) ?? { person, roles: [] };
      if (!cell.roles.includes(role)) cell.roles.push(role);
      cells.set(person.id, cell);
    };
    add(account.accountManager, 'manager');
    add(account.backup, 'backup');
    const managerId = account.accountManager?.id;
    for (const a of managerId === undefined ? [] : index.get(managerId) ?? []) {
      if (absenceCoversAccount(a, account)) add(a.cover?.overrides?.[account.id] ?? a.substitute, 'substitute');
    }
    const list = [...cells.values()].sort((a, b) => Number(!a.roles.includes('manager')) - Number(!b.roles.includes('manager')) || byName(a.person, b.person));
    const coverCount = list.filter((c) => c.person.id !== managerId).length;
    return { account, cells: list, coverCount, noCover: coverCount === 0, singlePointOfFailure: coverCount <= 1 };
  });
  return { people: [...people.values()].sort(byName), rows };
}

// ---------------------------------------------------------------------------------------------------------------
// Validation

/** An absence being created (no id) or edited (its id), before it is saved. */
export interface AbsenceDraft {
  id?: number;
  person?: PersonRef;
  start?: IsoDate;
  end?: IsoDate;
  substitute?: PersonRef;
  cover?: AbsenceCover;
}

/**
 * A problem with an absence draft; `field` is the domain property, `code` the message key (as `FieldProblem` in
 * ./validation, with two codes of its own):
 * - `required` / `invalidDate` (person, start, end), `endBeforeStart` (end);
 * - `overlap` (start): the person's other absence `params.otherId` (`params.start`…`params.end`) shares a day;
 * - `selfSubstitute` (substitute; `overrides` with `params.accountId` for a per-account override).
 */
export interface AbsenceProblem {
  field: 'person' | 'start' | 'end' | 'substitute' | 'overrides';
  code: Extract<FieldProblem['code'], 'required' | 'invalidDate' | 'endBeforeStart'> | 'overlap' | 'selfSubstitute';
  params?: Record<string, string | number>;
}

/**
 * Checks a draft against the same person's other absences (`others` may hold anyone's; the draft itself, by id, is
 * skipped, so editing an absence never clashes with its stored self). Overlap counts shared days, both ends
 * included: one absence ending on the day another starts overlaps, one ending the day before does not.
 */
export function validateAbsence(draft: AbsenceDraft, others: readonly Pick<Absence, 'id' | 'person' | 'start' | 'end'>[]): AbsenceProblem[] {
  const problems: AbsenceProblem[] = [];
  if (!draft.person) problems.push({ field: 'person', code: 'required' });
  for (const field of ['start', 'end'] as const) {
    const v = draft[field];
    if (v === undefined || v === '') problems.push({ field, code: 'required' });
    else if (!isIsoDate(v)) problems.push({ field, code: 'invalidDate' });
  }
  const order = checkDateOrder(draft.start, draft.end, 'end');
  if (order.length) problems.push({ field: 'end', code: 'endBeforeStart' });

  const person = draft.person;
  if (person && isIsoDate(draft.start) && isIsoDate(draft.end) && !order.length) {
    const range = { start: draft.start, end: draft.end };
    const clashes = others
      .filter((o) => o.person.id === person.id && (draft.id === undefined || o.id !== draft.id) && isIsoDate(o.start) && isIsoDate(o.end) && absencesOverlap(range, o))
      .sort(byStartThenId);
    for (const o of clashes) problems.push({ field: 'start', code: 'overlap', params: { otherId: o.id, start: o.start, end: o.end } });
  }
  if (person && draft.substitute?.id === person.id) problems.push({ field: 'substitute', code: 'selfSubstitute' });
  if (person) {
    for (const [accountId, p] of Object.entries(draft.cover?.overrides ?? {})) {
      if (p?.id === person.id) problems.push({ field: 'overrides', code: 'selfSubstitute', params: { accountId: Number(accountId) } });
    }
  }
  return problems;
}
