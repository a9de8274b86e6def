import fc from 'fast-check';
import { addDays } from '../../src/domain/dates';
import { absenceLength, absencesOverlap, needsCover, SHORT_ABSENCE_MAX_DAYS } from '../../src/domain/substitution';
import {
  accountsCoveredBy,
  awayInWeeks,
  CoverableAbsence,
  coverFor,
  coverMatrix,
  coverOnDay,
  coverSpans,
  dutiesOf,
  resolveCover,
  validateAbsence,
} from '../../src/domain/cover';
import type { Account } from '../../src/domain/types';

const person = (id: number) => ({ id, title: `P${id}` });
const acc = (id: number, managerId?: number, backupId?: number): Account => ({
  id,
  etag: '"1"',
  name: `A${id}`,
  abbreviation: `A${id}`,
  accountType: 'sector',
  accountManager: managerId === undefined ? undefined : person(managerId),
  backup: backupId === undefined ? undefined : person(backupId),
});
let nextId = 1000;
const away = (personId: number, start: string, end: string, extra: Partial<CoverableAbsence> & { sub?: number } = {}): CoverableAbsence => {
  const { sub, ...rest } = extra;
  return { id: nextId++, etag: '"1"', person: person(personId), start, end, kind: 'holiday', substitute: sub === undefined ? undefined : person(sub), ...rest };
};
const ids = (xs: { id: number }[]) => xs.map((x) => x.id);

const DAY = '2026-07-06'; // a Monday

describe('short absences', () => {
  it('counts calendar days, both ends included, weekends inside too', () => {
    expect(absenceLength({ start: '2026-07-03', end: '2026-07-06' })).toBe(4); // Fri–Mon: two working days, four days
    expect(needsCover({ start: '2026-07-03', end: '2026-07-06' })).toBe(true);
    expect(needsCover({ start: '2026-07-04', end: '2026-07-05' })).toBe(false); // a weekend
  });

  it('takes the threshold as a parameter, SHORT_ABSENCE_MAX_DAYS by default; marked ones are always covered', () => {
    expect(SHORT_ABSENCE_MAX_DAYS).toBe(2);
    const threeDays = { start: DAY, end: addDays(DAY, 2) };
    expect(needsCover(threeDays)).toBe(true);
    expect(needsCover(threeDays, 3)).toBe(false);
    expect(needsCover({ ...threeDays, coverShort: true }, 3)).toBe(true);
    expect(needsCover({ start: DAY, end: DAY }, 0)).toBe(true);
  });

  it('threshold decides which accounts are covered on a day', () => {
    const accounts = [acc(1, 10, 20)];
    const absences = [away(10, DAY, addDays(DAY, 2))];
    expect(ids(accountsCoveredBy(20, accounts, absences, DAY))).toEqual([1]);
    expect(accountsCoveredBy(20, accounts, absences, DAY, { shortAbsenceMaxDays: 3 })).toEqual([]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.boolean(), (length, threshold, marked) => {
        const a = { start: DAY, end: addDays(DAY, length - 1), coverShort: marked };
        expect(needsCover(a, threshold)).toBe(marked || length > threshold);
      }),
    );
  });
});

describe('who covers an account', () => {
  it('is the per-account override, else the named substitute, else the backup', () => {
    const a = acc(1, 10, 20);
    const b = acc(2, 10, 20);
    const absence = away(10, DAY, addDays(DAY, 9), { sub: 30, cover: { overrides: { 1: person(40) } } });
    expect(coverFor(a, absence)).toBe(40);
    expect(coverFor(b, absence)).toBe(30);
    expect(coverFor(b, { substitute: undefined })).toBe(20);
    const r = resolveCover(a, absence, [absence], DAY);
    expect(r.cover?.id).toBe(40);
    expect(r.source).toBe('override');
    expect(r.chain).toEqual([{ person: person(40), source: 'override' }]);
    expect(r.warnings).toEqual([]);
    expect(resolveCover(b, absence, [absence], DAY)).toMatchObject({ cover: person(30), source: 'substitute' });
    expect(resolveCover(b, away(10, DAY, DAY), [], DAY)).toMatchObject({ cover: person(20), source: 'backup' });
  });

  it('covers only the listed accounts of the absence, and only those the person manages', () => {
    const accounts = [acc(1, 10, 20), acc(2, 10, 20), acc(3, 11, 20)];
    const absence = away(10, DAY, addDays(DAY, 9), { cover: { accountIds: [2, 3] } });
    expect(ids(accountsCoveredBy(20, accounts, [absence], DAY))).toEqual([2]);
  });

  it('passes over a substitute who is away, to their own substitute for that day, with a warning naming both', () => {
    const a = acc(1, 10, 20);
    const absence = away(10, DAY, addDays(DAY, 13), { sub: 30 });
    const subAway = away(30, DAY, addDays(DAY, 2), { sub: 50 });
    const r = resolveCover(a, absence, [absence, subAway], DAY);
    expect(r.cover?.id).toBe(50);
    expect(r.source).toBe('chained');
    expect(r.chain.map((s) => [s.person.id, s.source, s.away?.until])).toEqual([
      [30, 'substitute', addDays(DAY, 2)],
      [50, 'chained', undefined],
    ]);
    expect(r.chain[1].via).toEqual(person(30));
    expect(r.warnings).toEqual([
      { kind: 'substituteAway', accountId: 1, absenceId: absence.id, person: person(30), until: addDays(DAY, 2), next: person(50), since: DAY, to: DAY },
    ]);
    // The day after the substitute is back, they cover again.
    expect(resolveCover(a, absence, [absence, subAway], addDays(DAY, 3)).cover?.id).toBe(30);
  });

  it('falls back to the backup when the away substitute names nobody, even on their short absence', () => {
    const absence = away(10, DAY, addDays(DAY, 13), { sub: 30 });
    const oneDay = away(30, DAY, DAY);
    const r = resolveCover(acc(1, 10, 20), absence, [absence, oneDay], DAY);
    expect(r).toMatchObject({ cover: person(20), source: 'backup' });
    expect(r.warnings).toMatchObject([{ kind: 'substituteAway', person: person(30), next: person(20) }]);
  });

  it('follows a longer chain and stops at a loop, never choosing the absent manager', () => {
    const absence = away(10, DAY, addDays(DAY, 13), { sub: 30 });
    const others = [
      away(30, DAY, addDays(DAY, 5), { sub: 31 }),
      away(31, DAY, addDays(DAY, 5), { sub: 10 }), // names the absent manager: skipped
      away(20, DAY, addDays(DAY, 5), { sub: 30 }), // the backup is away and names someone already tried
    ];
    const r = resolveCover(acc(1, 10, 20), absence, [absence, ...others], DAY);
    expect(r.cover).toBeUndefined();
    expect(r.chain.map((s) => s.person.id)).toEqual([30, 31, 20]);
    expect(r.warnings.map((w) => w.kind)).toEqual(['substituteAway', 'substituteAway', 'substituteAway', 'noCover']);
    expect(r.warnings[2]).toMatchObject({ person: person(20), next: undefined });
    expect(r.warnings[3]).toEqual({ kind: 'noCover', accountId: 1, absenceId: absence.id, manager: person(10), since: DAY, to: DAY });
  });

  it('warns when the absence names its own person as substitute, and skips them', () => {
    const absence = away(10, DAY, addDays(DAY, 9), { sub: 10, cover: { overrides: { 2: person(10) } } });
    const r1 = resolveCover(acc(1, 10, 20), absence, [absence], DAY);
    expect(r1.cover?.id).toBe(20);
    expect(r1.warnings).toEqual([{ kind: 'selfSubstitute', absenceId: absence.id, person: person(10), since: DAY, to: DAY }]);
    const r2 = resolveCover(acc(2, 10), absence, [absence], DAY);
    expect(r2.cover).toBeUndefined();
    expect(r2.warnings.map((w) => [w.kind, 'accountId' in w ? w.accountId : undefined])).toEqual([
      ['selfSubstitute', 2],
      ['selfSubstitute', undefined],
      ['noCover', 2],
    ]);
  });

  it('does not give a covering substitute the accounts while they are away themselves', () => {
    const accounts = [acc(1, 10, 20), acc(2, 10, 30)];
    const absences = [away(10, DAY, addDays(DAY, 13), { sub: 30 }), away(30, addDays(DAY, 7), addDays(DAY, 13))];
    expect(ids(accountsCoveredBy(30, accounts, absences, DAY))).toEqual([1, 2]);
    expect(ids(accountsCoveredBy(30, accounts, absences, addDays(DAY, 7)))).toEqual([]);
    expect(ids(accountsCoveredBy(20, accounts, absences, addDays(DAY, 7)))).toEqual([1]);
    // Account 2's backup is the away substitute: nobody is left.
    const { warnings } = coverOnDay(accounts, absences, addDays(DAY, 7));
    expect(warnings.filter((w) => w.kind === 'noCover')).toMatchObject([{ accountId: 2 }]);
  });

  it('warns when one person would cover more accounts than the limit', () => {
    const accounts = [acc(1, 10, 20), acc(2, 10, 20), acc(3, 11, 20)];
    const absences = [away(10, DAY, addDays(DAY, 9)), away(11, addDays(DAY, 2), addDays(DAY, 5))];
    expect(coverOnDay(accounts, absences, DAY, { maxCoveredAccounts: 2 }).warnings).toEqual([]);
    expect(coverOnDay(accounts, absences, addDays(DAY, 2), { maxCoveredAccounts: 2 }).warnings).toEqual([
      { kind: 'overloaded', person: person(20), accountIds: [1, 2, 3], limit: 2, since: addDays(DAY, 2), to: addDays(DAY, 2) },
    ]);
    expect(coverOnDay(accounts, absences, addDays(DAY, 2)).warnings).toEqual([]); // no limit, no check
    const { warnings } = coverSpans(accounts, absences, DAY, addDays(DAY, 13), { maxCoveredAccounts: 2 });
    expect(warnings).toEqual([{ kind: 'overloaded', person: person(20), accountIds: [1, 2, 3], limit: 2, since: addDays(DAY, 2), to: addDays(DAY, 5) }]);
  });
});

describe('cover over days', () => {
  const accounts = [acc(1, 10, 20), acc(2, 10, 20), acc(3, 11, 30)];
  const absences = [
    away(10, '2026-07-01', '2026-07-24', { sub: 30 }),
    away(30, '2026-07-13', '2026-07-17'), // the substitute's own week off: the backup steps in
    away(11, '2026-07-20', '2026-07-21'), // two days: not covered
  ];

  it('splits an absence into spans where the chain changes, with the warning dated', () => {
    const { spans, warnings } = coverSpans(accounts, absences, '2026-07-15', '2026-07-31');
    expect(spans.filter((s) => s.account.id === 1).map((s) => [s.since, s.until, s.cover?.id])).toEqual([
      ['2026-07-13', '2026-07-17', 20],
      ['2026-07-18', '2026-07-24', 30],
    ]);
    expect(warnings).toEqual([
      expect.objectContaining({ kind: 'substituteAway', accountId: 1, person: person(30), until: '2026-07-17', next: person(20), since: '2026-07-13', to: '2026-07-17' }),
      expect.objectContaining({ kind: 'substituteAway', accountId: 2, since: '2026-07-13', to: '2026-07-17' }),
    ]);
  });

  it('lists my duties with since and until, not cut at the range', () => {
    expect(dutiesOf(30, accounts, absences, '2026-07-06', '2026-07-31').map((d) => [d.account.id, d.since, d.until, d.manager.id, d.source])).toEqual([
      [1, '2026-07-01', '2026-07-12', 10, 'substitute'],
      [2, '2026-07-01', '2026-07-12', 10, 'substitute'],
      [1, '2026-07-18', '2026-07-24', 10, 'substitute'],
      [2, '2026-07-18', '2026-07-24', 10, 'substitute'],
    ]);
    expect(dutiesOf(20, accounts, absences, '2026-07-01', '2026-07-31').map((d) => [d.account.id, d.since, d.until, d.source])).toEqual([
      [1, '2026-07-13', '2026-07-17', 'backup'],
      [2, '2026-07-13', '2026-07-17', 'backup'],
    ]);
    expect(dutiesOf(20, accounts, absences, '2026-07-18', '2026-07-31')).toEqual([]);
  });

  it('merges a duty whose chain changes but whose person does not', () => {
    const abs = [away(10, '2026-07-01', '2026-07-10', { sub: 30 }), away(30, '2026-07-05', '2026-07-06', { sub: 20 })];
    expect(dutiesOf(20, [acc(1, 10, 20)], abs, '2026-07-01', '2026-07-10').map((d) => [d.since, d.until, d.source])).toEqual([['2026-07-05', '2026-07-06', 'chained']]);
    const abs2 = [away(10, '2026-07-01', '2026-07-10', { sub: 30 }), away(40, '2026-07-01', '2026-07-10', { sub: 30 }), away(30, '2026-07-05', '2026-07-06', { sub: 40 })];
    // 30 is away 5.–6.; 40 (also away) names 30: the backup 20 covers. 30 has two duties for the one account.
    expect(dutiesOf(30, [acc(1, 10, 20)], abs2, '2026-07-01', '2026-07-10').map((d) => [d.since, d.until])).toEqual([
      ['2026-07-01', '2026-07-04'],
      ['2026-07-07', '2026-07-10'],
    ]);
  });
});

describe('away now and in the next weeks', () => {
  it('lists absences overlapping today … today + 4 weeks − 1, one row a person, away-today first', () => {
    const today = '2026-07-06';
    const absences = [
      away(1, '2026-08-03', '2026-08-05'), // starts on day 28: outside
      away(2, '2026-08-02', '2026-08-10'), // starts on day 27: inside
      away(3, '2026-06-20', '2026-07-05'), // ended yesterday: outside
      away(4, '2026-07-01', '2026-07-06'), // ends today
      away(2, '2026-07-10', '2026-07-11'),
      away(5, '2026-07-08', '2026-07-09'),
    ];
    const rows = awayInWeeks(absences, today);
    expect(rows.map((r) => [r.person.id, r.absences.map((a) => a.start), r.awayToday?.person.id])).toEqual([
      [4, ['2026-07-01'], 4],
      [5, ['2026-07-08'], undefined],
      [2, ['2026-07-10', '2026-08-02'], undefined],
    ]);
    expect(awayInWeeks(absences, today, 5).map((r) => r.person.id)).toContain(1);
    expect(awayInWeeks(absences, today, 0)).toEqual([]);
  });
});

describe('cover matrix', () => {
  it('shows who can cover each account and the single points of failure', () => {
    const accounts = [acc(1, 10, 20), acc(2, 10), acc(3, 11, 20), acc(4, 12, 12)];
    const absences = [
      away(10, '2026-07-01', '2026-07-24', { sub: 30, cover: { accountIds: [1], overrides: { 1: person(40) } } }),
      away(11, '2026-08-01', '2026-08-24', { sub: 30 }),
      away(11, '2026-09-01', '2026-09-24', { sub: 11 }), // self: does not count
    ];
    const m = coverMatrix(accounts, absences);
    expect(ids(m.people)).toEqual([10, 11, 12, 20, 30, 40]);
    expect(m.rows.map((r) => [r.account.id, r.cells.map((c) => [c.person.id, c.roles.join('+')]), r.coverCount, r.singlePointOfFailure, r.noCover])).toEqual([
      [1, [[10, 'manager'], [20, 'backup'], [40, 'substitute']], 2, false, false],
      [2, [[10, 'manager']], 0, true, true],
      [3, [[11, 'manager'], [20, 'backup'], [30, 'substitute']], 2, false, false],
      [4, [[12, 'manager']], 0, true, true],
    ]);
    expect(coverMatrix([acc(5, 10, 20)], []).rows[0]).toMatchObject({ coverCount: 1, singlePointOfFailure: true, noCover: false });
  });
});

describe('validating an absence', () => {
  const stored = [away(10, '2026-07-01', '2026-07-10'), away(11, '2026-07-12', '2026-07-20')];
  stored[0].id = 1;
  stored[1].id = 2;

  it('refuses an end before the start, and missing or malformed fields', () => {
    expect(validateAbsence({ person: person(10), start: '2026-08-05', end: '2026-08-04' }, stored)).toEqual([{ field: 'end', code: 'endBeforeStart' }]);
    expect(validateAbsence({ start: '', end: '2026-02-30' }, stored)).toEqual([
      { field: 'person', code: 'required' },
      { field: 'start', code: 'required' },
      { field: 'end', code: 'invalidDate' },
    ]);
  });

  it('refuses an overlap with the same person’s other absence, touching days included, but not with itself or others', () => {
    expect(validateAbsence({ person: person(10), start: '2026-07-10', end: '2026-07-12' }, stored)).toEqual([
      { field: 'start', code: 'overlap', params: { otherId: 1, start: '2026-07-01', end: '2026-07-10' } },
    ]);
    expect(validateAbsence({ person: person(10), start: '2026-07-11', end: '2026-07-12' }, stored)).toEqual([]); // the next day
    expect(validateAbsence({ id: 1, person: person(10), start: '2026-07-03', end: '2026-07-14' }, stored)).toEqual([]); // editing itself
    expect(validateAbsence({ id: 2, person: person(10), start: '2026-07-03', end: '2026-07-14' }, stored)).toMatchObject([{ code: 'overlap', params: { otherId: 1 } }]);
  });

  it('refuses the absent person as their own substitute, also per account', () => {
    expect(
      validateAbsence({ person: person(10), start: '2026-08-01', end: '2026-08-02', substitute: person(10), cover: { overrides: { 7: person(10), 8: person(20) } } }, stored),
    ).toEqual([
      { field: 'substitute', code: 'selfSubstitute' },
      { field: 'overrides', code: 'selfSubstitute', params: { accountId: 7 } },
    ]);
  });

  it('finds overlaps symmetrically', () => {
    const date = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2026-07-01', n));
    const range = fc.tuple(date, date).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
    fc.assert(
      fc.property(range, range, (a, b) => {
        expect(absencesOverlap(a, b)).toBe(absencesOverlap(b, a));
        const shared = Array.from({ length: 61 }, (_, i) => addDays('2026-07-01', i)).some((d) => a.start <= d && d <= a.end && b.start <= d && d <= b.end);
        expect(absencesOverlap(a, b)).toBe(shared);
        const draftA = { id: 1, person: person(10), ...a };
        const otherB = { id: 2, person: person(10), ...b };
        const clashAB = validateAbsence(draftA, [otherB]).some((p) => p.code === 'overlap');
        const clashBA = validateAbsence({ ...otherB }, [draftA]).some((p) => p.code === 'overlap');
        expect(clashAB).toBe(clashBA);
        expect(validateAbsence(draftA, [draftA])).toEqual([]);
      }),
    );
  });
});

describe('resolution, property-based', () => {
  const PEOPLE = [1, 2, 3, 4, 5, 6];
  const personId = fc.constantFrom(...PEOPLE);
  const dayN = fc.integer({ min: 0, max: 9 });
  const absenceArb = fc.record({
    person: personId,
    from: dayN,
    length: fc.integer({ min: 1, max: 6 }),
    sub: fc.option(personId, { nil: undefined }),
    override: fc.option(personId, { nil: undefined }),
  });
  const accountArb = fc.record({ manager: personId, backup: fc.option(personId, { nil: undefined }) });
  const world = fc.record({ absences: fc.array(absenceArb, { maxLength: 12 }), accounts: fc.array(accountArb, { minLength: 1, maxLength: 5 }), day: dayN });
  const BASE = '2026-07-01';

  it('never returns the absent manager or someone away, never loops, and finds nobody only when everyone tried is away', () => {
    fc.assert(
      fc.property(world, ({ absences: raw, accounts: rawAccounts, day: d }) => {
        const accounts = rawAccounts.map((a, i) => acc(i + 1, a.manager, a.backup));
        const absences = raw.map((a, i): CoverableAbsence => ({
          id: i + 1,
          etag: '"1"',
          person: person(a.person),
          start: addDays(BASE, a.from),
          end: addDays(BASE, a.from + a.length - 1),
          kind: 'holiday',
          coverShort: true,
          substitute: a.sub === undefined ? undefined : person(a.sub),
          cover: a.override === undefined ? undefined : { overrides: { 1: person(a.override) } },
        }));
        const day = addDays(BASE, d);
        const isAway = (id: number) => absences.some((a) => a.person.id === id && a.start <= day && day <= a.end);
        for (const absence of absences) {
          for (const account of accounts.filter((a) => a.accountManager?.id === absence.person.id)) {
            const r = resolveCover(account, absence, absences, day);
            const chainIds = r.chain.map((s) => s.person.id);
            expect(new Set(chainIds).size).toBe(chainIds.length);
            expect(chainIds).not.toContain(absence.person.id);
            expect(chainIds.length).toBeLessThanOrEqual(PEOPLE.length - 1);
            if (r.cover) {
              expect(r.cover.id).not.toBe(absence.person.id);
              expect(isAway(r.cover.id)).toBe(false);
              expect(r.chain[r.chain.length - 1].person.id).toBe(r.cover.id);
              expect(r.chain.slice(0, -1).every((s) => !!s.away && isAway(s.person.id))).toBe(true);
              expect(r.warnings.some((w) => w.kind === 'noCover')).toBe(false);
            } else {
              expect(r.chain.every((s) => !!s.away && isAway(s.person.id))).toBe(true);
              expect(r.warnings.filter((w) => w.kind === 'noCover')).toHaveLength(1);
            }
            // Each away step is warned about, naming the next person tried.
            const awayWarnings = r.warnings.filter((w) => w.kind === 'substituteAway');
            expect(awayWarnings.length).toBe(r.chain.filter((s) => s.away).length);
            // The first choice is tried first unless it is the manager.
            const first = coverFor(account, absence);
            if (first !== undefined && first !== absence.person.id) expect(chainIds[0]).toBe(first);
          }
        }
        // Cover on the day agrees with resolving each account, and the days of a span with the day itself.
        const { resolutions } = coverOnDay(accounts, absences, day);
        for (const r of resolutions) expect(r.absence.person.id).toBe(r.account.accountManager?.id);
        const { spans } = coverSpans(accounts, absences, day, day);
        expect(spans.map((s) => [s.account.id, s.cover?.id])).toEqual(
          expect.arrayContaining(resolutions.map((r) => [r.account.id, r.cover?.id])),
        );
        expect(spans).toHaveLength(resolutions.length);
      }),
      { numRuns: 300 },
    );
  });
});
