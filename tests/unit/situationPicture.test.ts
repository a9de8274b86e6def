/**
 * The leadership situation picture as pure rules: each account's row from the raw lists and today, the privacy
 * threshold (no satisfaction or 9E figure below it; totals and a manager's satisfaction pool only shown accounts),
 * filtering and the managers' goals; invariants checked with generated data (fast-check).
 */
import fc from 'fast-check';
import {
  buildSituationPicture,
  filterSituation,
  managerGoals,
  situationTotals,
  SituationInput,
  yearFraction,
} from '../../src/domain/situationPicture';
import { defaultQuarterlyDefinition } from '../../src/domain/surveys';
import { nineEDefinition } from '../../src/domain/partnership9E';
import type { Account, Action, Idea, Meeting, PersonRef, Segment, Survey, SurveyResponse } from '../../src/domain/types';

const TODAY = '2026-11-20';
const AINO: PersonRef = { id: 11, title: 'Aino Virtanen' };
const MIKKO: PersonRef = { id: 12, title: 'Mikko Korhonen' };

const account = (id: number, abbreviation: string, extra: Partial<Account> = {}): Account => ({ id, etag: '"1"', name: `Asiakkuus ${abbreviation}`, abbreviation, accountType: 'sector', active: true, ...extra });
const segments: Segment[] = [
  { id: 1, etag: '"1"', name: 'Strateginen', careTier: { meetings: [{ meetingType: 'followUpGroup', perYear: 4, level: 'strategic' }, { meetingType: 'operational', perYear: 8, level: 'operational' }] } },
  { id: 2, etag: '"1"', name: 'Perus', careTier: { meetings: [{ meetingType: 'followUpGroup', perYear: 2 }] } },
];
const definition = defaultQuarterlyDefinition();
const q3: Survey = { id: 100, etag: '"1"', title: 'Q3/2026', kind: 'quarterly', year: 2026, quarter: 3, definition, status: 'closed' };
const q4: Survey = { id: 101, etag: '"1"', title: 'Q4/2026', kind: 'quarterly', year: 2026, quarter: 4, definition, status: 'open' };
const nineE: Survey = { id: 200, etag: '"1"', title: '9E 2026', kind: 'partnership9E', year: 2026, definition: nineEDefinition(), status: 'closed' };

let seq = 1000;
const response = (surveyId: number, accountId: number, score: number, extra: Partial<SurveyResponse> = {}): SurveyResponse => ({
  id: ++seq,
  etag: '"1"',
  surveyId,
  accountId,
  respondentKey: `r${seq}@x.example`,
  answers: Object.fromEntries((surveyId === nineE.id ? nineE : q3).definition.questions.map((q) => [q.id, Math.min(q.scale.max, Math.max(q.scale.min, score))])),
  submittedAt: '2026-10-10T08:00:00Z',
  ...extra,
});

function input(over: Partial<SituationInput> = {}): SituationInput {
  return {
    today: TODAY,
    accounts: [account(1, 'KHO', { accountManager: AINO, segmentId: 1 }), account(2, 'ORK', { accountManager: MIKKO, segmentId: 2, backup: AINO }), account(3, 'TIV', { accountManager: AINO })],
    segments,
    agreementsNext: [{ id: 20, etag: '"1"', title: 'S', accountId: 1, year: 2027, kind: 'serviceAgreement', stage: 'drafting', deadline: '2026-11-10' }],
    agreementsThis: [{ id: 21, etag: '"1"', title: 'S', accountId: 1, year: 2026, kind: 'serviceAgreement', stage: 'stored' }],
    occurrences: [
      { id: 1, etag: '"1"', taskId: 1, accountId: 1, dueDate: '2026-11-01', done: false },
      { id: 2, etag: '"1"', taskId: 1, accountId: 1, dueDate: '2026-10-01', done: true, doneOn: '2026-10-01' },
      { id: 3, etag: '"1"', taskId: 1, accountId: 1, dueDate: '2026-12-01', done: false },
      { id: 4, etag: '"1"', taskId: 1, accountId: 2, dueDate: '2026-11-19', done: false },
      { id: 5, etag: '"1"', taskId: 1, dueDate: '2026-01-19', done: false },
    ],
    surveys: [q3, q4, nineE],
    responses: [
      // KHO: Q3 four answers (shown), Q4 three (shown); ORK: Q4 two (hidden); 9E: KHO three, ORK two.
      ...[8, 8, 9, 9].map((s) => response(q3.id, 1, s)),
      ...[7, 7, 7].map((s) => response(q4.id, 1, s)),
      ...[10, 4].map((s) => response(q4.id, 2, s)),
      ...[4, 4, 5].map((s) => response(nineE.id, 1, s)),
      ...[1, 1].map((s) => response(nineE.id, 2, s)),
    ],
    actions: [
      { id: 1, etag: '"1"', title: 'A', accountId: 1, status: 'open', dueDate: '2026-11-01' },
      { id: 2, etag: '"1"', title: 'B', accountId: 1, status: 'inProgress', dueDate: '2026-12-01' },
      { id: 3, etag: '"1"', title: 'C', accountId: 1, status: 'done', dueDate: '2026-03-01', source: 'idea' },
      // The same open action again (it is both open and due this year): counted once.
      { id: 1, etag: '"1"', title: 'A', accountId: 1, status: 'open', dueDate: '2026-11-01' },
      { id: 4, etag: '"1"', title: 'D', accountId: 2, status: 'cancelled', dueDate: '2026-05-01' },
    ],
    ideas: [
      { id: 1, etag: '"1"', title: 'I', accountId: 1, stage: 'awaitingGate' },
      { id: 2, etag: '"1"', title: 'J', accountId: 1, stage: 'inDevelopment' },
      { id: 3, etag: '"1"', title: 'K', accountId: 1, stage: 'done', gateHistory: [{ action: 'go', from: 'inDevelopment', to: 'done', at: '2026-06-01T08:00:00Z' }] },
      { id: 4, etag: '"1"', title: 'L', accountId: 2, stage: 'done', modified: '2025-06-01T08:00:00Z' },
    ],
    feedback: [
      { id: 1, etag: '"1"', recorder: AINO, date: '2026-10-05', accountId: 1, kind: 'negative', reason: 'other', text: 'x', status: 'new' },
      { id: 2, etag: '"1"', recorder: AINO, date: '2026-11-05', accountId: 1, kind: 'positive', reason: 'other', text: 'x', status: 'new' },
      // Last quarter: not this quarter's.
      { id: 3, etag: '"1"', recorder: AINO, date: '2026-09-30', accountId: 1, kind: 'negative', reason: 'other', text: 'x', status: 'new' },
    ],
    // Aino away now without a substitute: TIV (no backup) has nobody; KHO has no backup either.
    absences: [{ id: 1, etag: '"1"', person: AINO, start: '2026-11-18', end: '2026-11-28', kind: 'holiday' }],
    meetings: [
      { id: 1, etag: '"1"', title: 'M', accountId: 1, meetingType: 'followUpGroup', startsAt: '2026-03-10T08:00:00Z', status: 'held' },
      { id: 2, etag: '"1"', title: 'M', accountId: 1, meetingType: 'operational', startsAt: '2026-06-10T08:00:00Z' },
      { id: 3, etag: '"1"', title: 'M', accountId: 1, meetingType: 'operational', startsAt: '2026-07-10T08:00:00Z', status: 'cancelled' },
      { id: 4, etag: '"1"', title: 'M', accountId: 1, meetingType: 'operational', startsAt: '2026-12-10T08:00:00Z', status: 'planned' },
    ],
    threshold: 3,
    ...over,
  };
}

describe('one account’s row', () => {
  const picture = buildSituationPicture(input());
  const kho = picture.rows.find((r) => r.account.abbreviation === 'KHO')!;
  const ork = picture.rows.find((r) => r.account.abbreviation === 'ORK')!;
  const tiv = picture.rows.find((r) => r.account.abbreviation === 'TIV')!;

  it('sorts the rows by abbreviation and carries the tier and the manager', () => {
    expect(picture.rows.map((r) => r.account.abbreviation)).toEqual(['KHO', 'ORK', 'TIV']);
    expect(kho.tier).toEqual({ segmentId: 1, name: 'Strateginen', meetingsPerYear: 12 });
    expect(tiv.tier).toBeUndefined();
    expect(kho.manager).toBe(AINO);
  });

  it('measures next year’s agreement against its deadline, and an account without one against Christmas', () => {
    expect(kho.agreement).toMatchObject({ year: 2027, stage: 'drafting', state: 'late', daysLeft: -10, progress: { step: 3, of: 8 } });
    expect(kho.currentStage).toBe('stored');
    expect(ork.agreement).toMatchObject({ stage: undefined, deadline: '2026-12-23', state: 'onTrack', daysLeft: 33, progress: { step: 0, of: 8 } });
  });

  it('counts overdue clock items (not done, due before today), open and overdue actions, ideas and this quarter’s feedback', () => {
    expect(kho.clock).toEqual({ overdue: 1, open: 2, done: 1, total: 3 });
    expect(ork.clock.overdue).toBe(1);
    expect(kho.actions).toEqual({ open: 2, overdue: 1, dueThisYear: 3, doneThisYear: 1, fromIdeas: 1, fromIdeasDone: 1 });
    expect(ork.actions).toMatchObject({ open: 0, dueThisYear: 0 });
    expect(kho.ideas).toEqual({ open: 2, awaitingGate: 1, ongoing: 1, doneThisYear: 1 });
    expect(ork.ideas.doneThisYear).toBe(0);
    expect(kho.feedback).toEqual({ total: 2, negative: 1 });
  });

  it('shows satisfaction only from the threshold up, with the change against the quarter before', () => {
    expect(kho.satisfaction.latest).toEqual({ quarter: { year: 2026, quarter: 4 }, overall: 7 });
    expect(kho.satisfaction.change).toBeCloseTo(7 - 8.5);
    expect(kho.satisfaction.trend.map((c) => c.shown)).toEqual([false, false, true, true]);
    expect(ork.satisfaction.latest).toBeUndefined();
    expect(ork.satisfaction.latestCategory).toBe('few');
    expect(JSON.stringify(ork.satisfaction)).not.toMatch(/overall/);
    expect(tiv.satisfaction.latestCategory).toBe('none');
  });

  it('shows the latest 9E assessment’s worlds from three answers, none below', () => {
    expect(kho.nineE?.survey.id).toBe(200);
    expect(kho.nineE?.worlds.economic).toEqual({ shown: true, average: expect.closeTo(13 / 3, 5) });
    expect(Object.values(ork.nineE!.worlds).every((w) => !w.shown && w.category === 'few')).toBe(true);
    expect(tiv.nineE).toBeUndefined();
  });

  it('names a cover gap when the manager is away and nobody covers, and counts meetings held against the tier pro rata', () => {
    expect(tiv.coverGaps).toEqual([{ manager: AINO, since: '2026-11-18', until: '2026-11-28', now: true }]);
    expect(ork.coverGaps).toEqual([]);
    // Held: the one marked held, and the one without a status in the past; not the cancelled or the planned one.
    expect(kho.meetings.held).toBe(2);
    expect(kho.meetings.plannedToDate).toBeCloseTo(12 * yearFraction(TODAY));
  });

  it('gives no figure at all to a reader without access to the responses', () => {
    const none = buildSituationPicture(input({ responsesAccess: 'none' }));
    for (const r of none.rows) {
      expect(r.satisfaction).toEqual({ trend: [], drop: false });
      expect(r.nineE).toBeUndefined();
    }
  });
});

describe('totals and the managers’ goals', () => {
  const picture = buildSituationPicture(input());

  it('pools satisfaction only over shown accounts and counts the rest as left out', () => {
    const totals = situationTotals(picture.rows);
    expect(totals.satisfaction).toEqual({ mean: 7, shown: 1, leftOut: 2 });
    expect(totals).toMatchObject({ accounts: 3, agreementsLate: 1, agreementsAtRisk: 0, agreementsNotStarted: 2, clockOverdue: 2, accountsWithOverdue: 2, actionsOverdue: 1, ideasAwaitingGate: 1, feedbackNegative: 1, accountsWithCoverGap: 2 });
  });

  it('sums each manager’s goals over their accounts', () => {
    const goals = managerGoals(picture.rows);
    expect(goals.map((g) => g.manager?.title)).toEqual(['Aino Virtanen', 'Mikko Korhonen']);
    const aino = goals[0];
    expect(aino.accounts).toBe(2);
    expect(aino.satisfaction).toEqual({ mean: 7, shown: 1, leftOut: 1 });
    expect(aino.development).toEqual({ done: 1, of: 3, share: 1 / 3 });
    expect(aino.projects).toEqual({ done: 1, of: 2, share: 0.5 });
    expect(aino.ideaActions).toEqual({ done: 1, of: 1, share: 1 });
    expect(aino.events.held).toBe(2);
    expect(goals[1].satisfaction.mean).toBeUndefined();
    expect(goals[1].development.share).toBeUndefined();
  });

  it('filters by tier, manager and text', () => {
    expect(filterSituation(picture.rows, { tier: 2 }).map((r) => r.account.abbreviation)).toEqual(['ORK']);
    expect(filterSituation(picture.rows, { tier: 'none' }).map((r) => r.account.abbreviation)).toEqual(['TIV']);
    expect(filterSituation(picture.rows, { manager: AINO.id }).map((r) => r.account.abbreviation)).toEqual(['KHO', 'TIV']);
    expect(filterSituation(picture.rows, { text: 'mikko' }).map((r) => r.account.abbreviation)).toEqual(['ORK']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Invariants over generated sites

const DAY = fc.integer({ min: 0, max: 364 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));

const site = fc
  .record({
    accounts: fc.array(fc.record({ manager: fc.constantFrom<PersonRef | undefined>(AINO, MIKKO, undefined), segment: fc.constantFrom<number | undefined>(1, 2, undefined) }), { minLength: 1, maxLength: 8 }),
    occurrences: fc.array(fc.record({ account: fc.nat(9), due: DAY, done: fc.boolean() }), { maxLength: 40 }),
    answers: fc.array(fc.record({ account: fc.nat(9), survey: fc.constantFrom(100, 101, 200), score: fc.integer({ min: 1, max: 10 }) }), { maxLength: 60 }),
    actions: fc.array(fc.record({ account: fc.nat(9), status: fc.constantFrom<Action['status']>('open', 'inProgress', 'done', 'cancelled'), due: fc.option(DAY, { nil: undefined }) }), { maxLength: 30 }),
    ideas: fc.array(fc.record({ account: fc.nat(9), stage: fc.constantFrom<Idea['stage']>('idea', 'awaitingGate', 'go', 'inDevelopment', 'done', 'rejected') }), { maxLength: 20 }),
    meetings: fc.array(fc.record({ account: fc.nat(9), day: DAY, status: fc.constantFrom<Meeting['status']>('held', 'planned', 'cancelled', undefined) }), { maxLength: 20 }),
    threshold: fc.integer({ min: 0, max: 6 }),
    today: DAY,
  })
  .map((g): SituationInput => {
    const accounts = g.accounts.map((a, i) => account(i + 1, `A${i + 1}`, { accountManager: a.manager, segmentId: a.segment }));
    const id = (n: number): number => (n % accounts.length) + 1;
    let k = 0;
    return {
      ...input(),
      today: g.today,
      accounts,
      occurrences: g.occurrences.map((o) => ({ id: ++k, etag: '"1"', taskId: 1, accountId: id(o.account), dueDate: o.due, done: o.done })),
      responses: g.answers.map((a) => response(a.survey, id(a.account), a.score)),
      actions: g.actions.map((a) => ({ id: ++k, etag: '"1"', title: 'x', accountId: id(a.account), status: a.status, dueDate: a.due })),
      ideas: g.ideas.map((i) => ({ id: ++k, etag: '"1"', title: 'x', accountId: id(i.account), stage: i.stage, modified: '2026-05-01T08:00:00Z' })),
      meetings: g.meetings.map((m) => ({ id: ++k, etag: '"1"', title: 'x', accountId: id(m.account), meetingType: 'operational', startsAt: `${m.day}T08:00:00Z`, status: m.status })),
      threshold: g.threshold,
    };
  });

describe('invariants', () => {
  it('never counts below zero, and the parts never exceed their whole', () => {
    fc.assert(
      fc.property(site, (inp) => {
        for (const r of buildSituationPicture(inp).rows) {
          const counts = [r.clock.overdue, r.clock.open, r.clock.done, r.actions.open, r.actions.overdue, r.actions.doneThisYear, r.ideas.open, r.ideas.awaitingGate, r.feedback.total, r.feedback.negative, r.meetings.held];
          expect(counts.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
          expect(r.clock.overdue).toBeLessThanOrEqual(r.clock.open);
          expect(r.actions.overdue).toBeLessThanOrEqual(r.actions.open);
          expect(r.actions.doneThisYear).toBeLessThanOrEqual(r.actions.dueThisYear);
          expect(r.ideas.awaitingGate).toBeLessThanOrEqual(r.ideas.open);
        }
      }),
    );
  });

  it('an account below the threshold never shows a satisfaction or 9E figure, and totals leave it out', () => {
    fc.assert(
      fc.property(site, (inp) => {
        const picture = buildSituationPicture(inp);
        const threshold = Math.max(3, inp.threshold);
        for (const r of picture.rows) {
          const mine = (surveyId: number): number => inp.responses.filter((x) => x.accountId === r.account.id && x.surveyId === surveyId).length;
          r.satisfaction.trend.forEach((cell) => {
            const survey = [q3, q4].find((x) => x.year === cell.quarter.year && x.quarter === cell.quarter.quarter)?.id;
            const n = survey === undefined ? 0 : mine(survey);
            expect(cell.shown).toBe(n >= threshold);
            if (!cell.shown) expect(cell).not.toHaveProperty('overall');
          });
          if (r.satisfaction.latest) expect(mine(r.satisfaction.latest.quarter.quarter === 3 ? q3.id : q4.id)).toBeGreaterThanOrEqual(threshold);
          if (r.nineE) for (const w of Object.values(r.nineE.worlds)) expect(w.shown).toBe(mine(nineE.id) >= threshold);
        }
        const shown = picture.rows.filter((r) => r.satisfaction.latest);
        const totals = situationTotals(picture.rows);
        expect(totals.satisfaction.shown).toBe(shown.length);
        if (shown.length) expect(totals.satisfaction.mean).toBeCloseTo(shown.reduce((s, r) => s + r.satisfaction.latest!.overall, 0) / shown.length);
        else expect(totals.satisfaction.mean).toBeUndefined();
      }),
    );
  });

  it('filtering by tier or manager returns only those rows, and every row is in exactly one manager’s goals', () => {
    fc.assert(
      fc.property(site, fc.constantFrom<number | 'none'>(1, 2, 'none'), (inp, tier) => {
        const rows = buildSituationPicture(inp).rows;
        const byTier = filterSituation(rows, { tier });
        expect(byTier.every((r) => (tier === 'none' ? !r.tier : r.tier?.segmentId === tier))).toBe(true);
        expect(byTier.length).toBe(rows.filter((r) => (tier === 'none' ? r.account.segmentId === undefined : r.account.segmentId === tier)).length);
        const goals = managerGoals(rows);
        expect(goals.reduce((n, g) => n + g.accounts, 0)).toBe(rows.length);
        for (const g of goals) {
          expect(filterSituation(rows, { manager: g.manager?.id ?? 'none' })).toHaveLength(g.accounts);
          for (const r of [g.development, g.projects, g.ideaActions]) {
            expect(r.done).toBeGreaterThanOrEqual(0);
            expect(r.done).toBeLessThanOrEqual(r.of);
          }
        }
      }),
    );
  });
});
