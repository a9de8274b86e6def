import fc from 'fast-check';
import {
  analyse9E,
  lowScoreProposals,
  NINE_E_DIMENSIONS,
  NINE_E_WORLDS,
  NineECell,
  NineEResult,
  nineEDefinition,
  RESPONDENT_LEVELS,
  validateAssessment,
  worldOf,
} from '../../src/domain/partnership9E';
import { DEFAULT_PRIVACY_THRESHOLD } from '../../src/domain/surveys';
import type { SurveyResponse } from '../../src/domain/types';

let nextId = 1;
function resp(surveyId: number, answers: Record<string, number>, respondentLevel?: string): SurveyResponse {
  return { id: nextId++, etag: '"1"', surveyId, accountId: 1, answers, respondentLevel, submittedAt: '2026-01-01T00:00:00Z' };
}
const all = (score: number): Record<string, number> => Object.fromEntries(NINE_E_DIMENSIONS.map((d) => [d.id, score]));
const PERIODS = [
  { id: 10, label: '2025' },
  { id: 11, label: '2026' },
];
const dim = (r: NineEResult, id: string) => r.dimensions.find((d) => d.id === id)!;
const world = (r: NineEResult, id: string) => r.worlds.find((d) => d.id === id)!;

describe('9E definition', () => {
  it('asks the ten dimensions, area = world, on 1–5, with open feedback', () => {
    const d = nineEDefinition();
    expect(d.questions.map((q) => q.id)).toEqual(NINE_E_DIMENSIONS.map((x) => x.id));
    expect(d.questions.every((q) => q.scale.min === 1 && q.scale.max === 5)).toBe(true);
    expect(d.questions.map((q) => q.area)).toEqual(['economic', 'economic', 'human', 'human', 'human', 'human', 'value', 'value', 'value', 'value']);
    expect(d.openFeedback).toBe(true);
    expect(d.questions[0].text.fi).toMatch(/^Talous: /);
    for (const q of d.questions) for (const lang of ['fi', 'sv', 'en'] as const) expect(q.text[lang].length).toBeGreaterThan(20);
  });

  it('combined: one energy-and-enthusiasm question in the human world, where energy was', () => {
    const d = nineEDefinition({ combineEnergyAndEnthusiasm: true });
    expect(d.questions.map((q) => q.id)).toEqual(['economy', 'efficiency', 'competence', 'learning', 'energyEnthusiasm', 'emotion', 'ethics', 'aesthetics', 'epic']);
    expect(d.questions[4].area).toBe('human');
    expect(d.questions[4].text.fi).toMatch(/^Energia ja innostus: /);
  });

  it('the worlds are economic, human, value', () => {
    expect([...NINE_E_WORLDS]).toEqual(['economic', 'human', 'value']);
    expect([...RESPONDENT_LEVELS]).toEqual(['contract', 'operational']);
    expect(worldOf('epic')).toBe('value');
  });
});

describe('validateAssessment', () => {
  it('accepts whole scores 1–5 for every dimension', () => {
    expect(validateAssessment(all(3))).toEqual({ ok: true });
  });

  it('refuses out-of-scale, fractional and unknown, naming the dimension', () => {
    const res = validateAssessment({ ...all(3), economy: 6, ethics: 0, epic: 2.5, charisma: 4 });
    expect(res).toEqual({
      ok: false,
      problems: [
        { code: 'outOfScale', dimension: 'economy', value: 6 },
        { code: 'outOfScale', dimension: 'ethics', value: 0 },
        { code: 'notInteger', dimension: 'epic', value: 2.5 },
        { code: 'unknownDimension', dimension: 'charisma', value: 4 },
      ],
    });
  });

  it('checks against the combined definition when given', () => {
    const combined = nineEDefinition({ combineEnergyAndEnthusiasm: true });
    const { energy, enthusiasm, ...rest } = all(4);
    expect(energy + enthusiasm).toBe(8);
    expect(validateAssessment({ ...rest, energyEnthusiasm: 4 }, combined)).toEqual({ ok: true });
    expect(validateAssessment(all(4), combined)).toMatchObject({ ok: false, problems: expect.arrayContaining([{ code: 'unknownDimension', dimension: 'energy', value: 4 }, { code: 'missing', dimension: 'energyEnthusiasm' }]) });
  });

  it('any integer outside 1–5 is refused (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NINE_E_DIMENSIONS.map((d) => d.id)), fc.integer().filter((n) => n < 1 || n > 5), (d, v) => {
        const res = validateAssessment({ ...all(3), [d]: v });
        expect(res).toEqual({ ok: false, problems: [{ code: 'outOfScale', dimension: d, value: v }] });
      }),
    );
  });
});

describe('analyse9E', () => {
  it('averages per period, world and dimension, by level, with the trend', () => {
    const responses = [
      resp(10, all(2), 'contract'),
      resp(10, all(3), 'contract'),
      resp(10, all(4), 'contract'),
      resp(11, all(4), 'contract'),
      resp(11, all(4), 'contract'),
      resp(11, all(5), 'contract'),
      resp(99, all(1), 'contract'), // another survey: left out
    ];
    const r = analyse9E({ responses, periods: PERIODS, threshold: 3 });
    expect(r.threshold).toBe(3);
    const economy = dim(r, 'economy');
    expect(economy.cells[0]).toEqual({ shown: true, average: 3, count: 3, distribution: [0, 1, 1, 1, 0] });
    expect(economy.cells[1]).toMatchObject({ shown: true, count: 3 });
    expect(economy.changes[0]).toBeUndefined();
    expect(economy.changes[1]).toBeCloseTo(4.333 - 3, 2);
    expect(economy.trend).toMatchObject({ fromPeriodId: 10, toPeriodId: 11 });
    expect(economy.byLevel.contract[0]).toEqual(economy.cells[0]);
    expect(economy.byLevel.operational[0]).toEqual({ shown: false, category: 'none', threshold: 3 });
    const human = world(r, 'human');
    expect(human.cells[0]).toEqual({ shown: true, average: 3, count: 3, distribution: [0, 4, 4, 4, 0] });
    expect(r.dimensions.map((d) => d.id)).not.toContain('energyEnthusiasm');
  });

  it('never goes below the default threshold', () => {
    const r = analyse9E({ responses: [resp(10, all(5)), resp(10, all(5))], periods: PERIODS, threshold: 1 });
    expect(r.threshold).toBe(DEFAULT_PRIVACY_THRESHOLD);
    expect(dim(r, 'economy').cells[0]).toEqual({ shown: false, category: 'few', threshold: DEFAULT_PRIVACY_THRESHOLD });
  });

  it('hides the level split when one level is small (no subtraction from the pooled figure)', () => {
    const responses = [resp(10, all(4), 'contract'), resp(10, all(4), 'contract'), resp(10, all(4), 'contract'), resp(10, all(1), 'operational')];
    const r = analyse9E({ responses, periods: PERIODS, threshold: 3 });
    const economy = dim(r, 'economy');
    expect(economy.cells[0]).toMatchObject({ shown: true, count: 4 });
    expect(economy.byLevel.contract[0]).toEqual({ shown: false, category: 'complementary', threshold: 3 });
    expect(economy.byLevel.operational[0]).toEqual({ shown: false, category: 'few', threshold: 3 });
  });

  it('a world pools only its shown dimensions', () => {
    // Economy answered by four (shown), efficiency by one (suppressed): the world is economy's cell alone.
    const responses = [resp(10, { economy: 4 }), resp(10, { economy: 4 }), resp(10, { economy: 5 }), resp(10, { efficiency: 1, economy: 5 })];
    const r = analyse9E({ responses, periods: PERIODS, threshold: 3 });
    expect(dim(r, 'economy').cells[0]).toMatchObject({ shown: true, count: 4 });
    expect(dim(r, 'efficiency').cells[0]).toMatchObject({ shown: false, category: 'few' });
    expect(world(r, 'economic').cells[0]).toEqual(dim(r, 'economy').cells[0]);
  });

  it('reads the combined energy-and-enthusiasm answers as their own row', () => {
    const { energy, enthusiasm, ...rest } = all(3);
    expect(energy + enthusiasm).toBe(6);
    const responses = [1, 2, 3].map(() => resp(11, { ...rest, energyEnthusiasm: 2 }));
    const r = analyse9E({ responses, periods: PERIODS, threshold: 3 });
    const ids = r.dimensions.map((d) => d.id);
    expect(ids.indexOf('energyEnthusiasm')).toBe(ids.indexOf('enthusiasm') + 1);
    expect(dim(r, 'energyEnthusiasm').cells[1]).toMatchObject({ shown: true, average: 2 });
    expect(dim(r, 'energy').cells[1]).toMatchObject({ shown: false, category: 'none' });
  });
});

// --- Properties -----------------------------------------------------------------------------------------------------

const DIM_IDS = [...NINE_E_DIMENSIONS.map((d) => d.id), 'energyEnthusiasm'];
const responseArb = fc.record({
  surveyId: fc.constantFrom(10, 11, 12),
  level: fc.constantFrom('contract', 'operational', undefined, 'other'),
  answers: fc.dictionary(fc.constantFrom(...DIM_IDS, 'bogus'), fc.oneof(fc.integer({ min: 1, max: 5 }), fc.integer({ min: -3, max: 9 }), fc.constant(2.5))),
});
const inputArb = fc.record({
  rows: fc.array(responseArb, { maxLength: 30 }),
  threshold: fc.integer({ min: 0, max: 6 }),
});
const toResponses = (rows: { surveyId: number; level?: string; answers: Record<string, number> }[]): SurveyResponse[] =>
  rows.map((x, i) => ({ id: i + 1, etag: '"1"', surveyId: x.surveyId, accountId: 1, answers: x.answers, respondentLevel: x.level, submittedAt: '2026-01-01T00:00:00Z' }));

function everyCell(r: NineEResult): NineECell[] {
  return [...r.worlds, ...r.dimensions].flatMap((row) => [...row.cells, ...row.byLevel.contract, ...row.byLevel.operational]);
}

describe('9E properties', () => {
  it('no suppressed cell carries a figure; shown cells are at or above the threshold, averages within 1–5', () => {
    fc.assert(
      fc.property(inputArb, ({ rows, threshold }) => {
        const r = analyse9E({ responses: toResponses(rows), periods: PERIODS, threshold });
        expect(r.threshold).toBeGreaterThanOrEqual(DEFAULT_PRIVACY_THRESHOLD);
        for (const c of everyCell(r)) {
          if (!c.shown) {
            expect(Object.keys(c).sort()).toEqual(['category', 'shown', 'threshold']);
            expect(c.threshold).toBe(r.threshold);
          } else {
            expect(c.count).toBeGreaterThanOrEqual(r.threshold);
            expect(c.average).toBeGreaterThanOrEqual(1);
            expect(c.average).toBeLessThanOrEqual(5);
            expect(c.distribution).toHaveLength(5);
          }
        }
        for (const row of [...r.worlds, ...r.dimensions]) {
          row.changes.forEach((ch, i) => expect(ch === undefined || (row.cells[i].shown && row.cells[i - 1].shown)).toBe(true));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a level split is never shown beside a small group', () => {
    fc.assert(
      fc.property(inputArb, ({ rows, threshold }) => {
        const r = analyse9E({ responses: toResponses(rows), periods: PERIODS, threshold });
        for (const row of r.dimensions) {
          PERIODS.forEach((_, p) => {
            const levels = RESPONDENT_LEVELS.map((l) => row.byLevel[l][p]);
            if (levels.some((c) => !c.shown && c.category === 'few')) expect(levels.some((c) => c.shown)).toBe(false);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('changing the scores behind a suppressed dimension cell changes nothing in the result', () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 1, max: 5 }), ({ rows, threshold }, replacement) => {
        const responses = toResponses(rows);
        const before = analyse9E({ responses, periods: PERIODS, threshold });
        for (const row of before.dimensions) {
          PERIODS.forEach((period, p) => {
            if (row.cells[p].shown) return;
            const changed = responses.map((x) => {
              const v = x.answers[row.id];
              const valid = Number.isInteger(v) && v >= 1 && v <= 5;
              return x.surveyId === period.id && valid ? { ...x, answers: { ...x.answers, [row.id]: replacement } } : x;
            });
            expect(analyse9E({ responses: changed, periods: PERIODS, threshold })).toEqual(before);
          });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('proposals come only from shown cells with a weak average or a weak score', () => {
    fc.assert(
      fc.property(inputArb, ({ rows, threshold }) => {
        const r = analyse9E({ responses: toResponses(rows), periods: PERIODS, threshold });
        const proposals = lowScoreProposals(r, { max: 2 });
        expect(new Set(proposals.map((x) => x.sourceRef)).size).toBe(proposals.length);
        for (const x of proposals) {
          const row = dim(r, x.dimension);
          const i = PERIODS.findIndex((p) => p.id === x.periodId);
          const cell = row.cells[i];
          expect(cell.shown).toBe(true);
          expect(row.cells.slice(i + 1).every((c) => !c.shown)).toBe(true);
          expect(x.average <= 2 || x.lowScores > 0).toBe(true);
          expect(x.sourceRef).toBe(`9e:${x.periodId}:${x.dimension}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('lowScoreProposals', () => {
  it('proposes a titled development item per weak dimension of the latest shown period', () => {
    const weakEconomy = { ...all(4), economy: 2 };
    const responses = [
      resp(10, { ...all(4), ethics: 1 }),
      resp(10, all(4)),
      resp(10, all(4)),
      resp(11, weakEconomy),
      resp(11, weakEconomy),
      resp(11, { ...weakEconomy, economy: 1, ethics: 5 }),
    ];
    const r = analyse9E({ responses, periods: PERIODS, threshold: 3 });
    const proposals = lowScoreProposals(r, { max: 2 });
    expect(proposals).toEqual([
      {
        dimension: 'economy',
        world: 'economic',
        periodId: 11,
        average: 5 / 3,
        lowScores: 3,
        title: { fi: '9E-kehityskohde: Talous', sv: '9E-utvecklingsområde: Ekonomi', en: '9E development item: Economy' },
        sourceRef: '9e:11:economy',
      },
    ]);
  });

  it('a single weak score in a shown cell is enough; a suppressed one proposes nothing', () => {
    const shown = analyse9E({ responses: [resp(11, { ...all(5), learning: 2 }), resp(11, all(5)), resp(11, all(5))], periods: PERIODS, threshold: 3 });
    expect(lowScoreProposals(shown, { max: 2 }).map((x) => [x.sourceRef, x.lowScores])).toEqual([['9e:11:learning', 1]]);
    const hidden = analyse9E({ responses: [resp(11, all(1)), resp(11, all(1))], periods: PERIODS, threshold: 3 });
    expect(lowScoreProposals(hidden, { max: 2 })).toEqual([]);
  });
});
