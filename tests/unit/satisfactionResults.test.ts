import fc from 'fast-check';
import {
  analyseSatisfaction,
  detailCsvRows,
  npsOf,
  overviewCsvRows,
  quarterWindow,
  CsvTexts,
  SatisfactionInput,
} from '../../src/domain/satisfactionResults';
import { defaultQuarterlyDefinition } from '../../src/domain/surveys';
import type { Account, Contact, Survey, SurveyResponse } from '../../src/domain/types';

const TODAY = '2026-08-15';
const QUARTERS = quarterWindow(TODAY);
const SURVEYS: Survey[] = QUARTERS.map((q, i) => ({ id: 100 + i, etag: '"1"', title: `Q${q.quarter}/${q.year}`, kind: 'quarterly', year: q.year, quarter: q.quarter, definition: defaultQuarterlyDefinition(), status: 'closed' }));
const ACCOUNTS: Account[] = [1, 2, 3].map((id) => ({ id, etag: '"1"', name: `Virasto ${id}`, abbreviation: `V${id}`, accountType: 'sector' }));
const CONTACTS: Contact[] = [1, 2, 3].flatMap((accountId) =>
  [0, 1, 2, 3, 4].map((k) => ({ id: accountId * 10 + k, etag: '"1"', name: `Jäsen ${k}`, email: `j${k}@v${accountId}.example`, accountId, side: 'customer' as const, roles: ['followUpMember' as const] })),
);
const QUESTIONS = defaultQuarterlyDefinition().questions;
const SECRET = 'SALAINEN-KOMMENTTI';

const TEXTS: CsvTexts = {
  account: 'Asiakkuus',
  total: 'Yhteensä',
  quarter: (q) => `Q${q.quarter}/${q.year}`,
  fewer: (n) => `alle ${n} vastausta`,
  noSurvey: 'ei kyselyä',
  overall: 'Kokonaiskeskiarvo',
  nps: 'NPS',
  responseRate: 'Vastausaste',
  responses: 'Vastauksia',
  leftOut: 'Pois jätetyt',
  area: (a) => a,
  section: { average: 'Keskiarvo', change: 'Muutos', distribution: 'Jakauma', nps: 'NPS', comments: 'Kommentit' },
  significantDrop: 'merkittävä lasku',
  promoters: 'Suosittelijat',
  passives: 'Passiiviset',
  detractors: 'Arvostelijat',
  value: 'Arvo',
};

let nextId = 1;
function response(surveyIndex: number, accountId: number, score: number | ((q: string) => number), extra: Partial<SurveyResponse> = {}): SurveyResponse {
  const answers = Object.fromEntries(QUESTIONS.map((q) => [q.id, typeof score === 'number' ? score : score(q.id)]));
  const id = nextId++;
  return { id, etag: '"1"', surveyId: 100 + surveyIndex, accountId, answers, submittedAt: '2026-01-01T10:00:00Z', respondentKey: `r${id}@x.example`, ...extra };
}

const input = (responses: SurveyResponse[], threshold = 3): SatisfactionInput => ({ surveys: SURVEYS, responses, accounts: ACCOUNTS, contacts: CONTACTS, threshold, today: TODAY });

/** Responses: any account, any quarter, any score (in or out of scale), any NPS, comments carrying a secret marker. */
const arbResponses = fc.array(
  fc.record({
    s: fc.integer({ min: 0, max: 7 }),
    a: fc.integer({ min: 1, max: 3 }),
    scores: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: QUESTIONS.length, maxLength: QUESTIONS.length }),
    nps: fc.option(fc.integer({ min: -1, max: 11 }), { nil: undefined }),
    comment: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
  }),
  { maxLength: 60 },
);
const build = (xs: { s: number; a: number; scores: number[]; nps?: number; comment?: string }[]): SurveyResponse[] =>
  xs.map((x) => response(x.s, x.a, (q) => x.scores[QUESTIONS.findIndex((qq) => qq.id === q)], { nps: x.nps, comment: x.comment === undefined ? undefined : `${SECRET}-${x.a}-${x.s}-${x.comment}` }));

it('averages stay within the scale, whatever was answered (out-of-scale scores are ignored)', () => {
  fc.assert(
    fc.property(arbResponses, (xs) => {
      const r = analyseSatisfaction(input(build(xs)));
      for (const row of [...r.rows, r.totals])
        for (const c of row.cells) {
          if (!c.shown) continue;
          for (const a of c.figures.areas) {
            expect(a.average).toBeGreaterThanOrEqual(4);
            expect(a.average).toBeLessThanOrEqual(10);
            expect(a.distribution.reduce((n, d) => n + d.count, 0)).toBe(a.scores);
          }
          if (c.figures.overall !== undefined) expect(c.figures.overall).toBeGreaterThanOrEqual(4);
        }
    }),
  );
});

it('NPS is within −100…100 and is the rounded promoter share minus the detractor share', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }), (scores) => {
      const n = npsOf(scores)!;
      const p = scores.filter((s) => s >= 9).length;
      const d = scores.filter((s) => s <= 6).length;
      expect(n.score).toBeGreaterThanOrEqual(-100);
      expect(n.score).toBeLessThanOrEqual(100);
      expect(n.score).toBe(Math.round(((p - d) / scores.length) * 100) || 0);
      expect(n.promoters + n.passives + n.detractors).toBe(scores.length);
    }),
  );
});

it('no suppressed cell leaks a figure or a comment, in the view model or in the export rows', () => {
  fc.assert(
    fc.property(arbResponses, fc.integer({ min: 3, max: 6 }), (xs, threshold) => {
      const responses = build(xs);
      const r = analyseSatisfaction(input(responses, threshold));
      const count = (a: number, s: number): number => xs.filter((x) => x.a === a && x.s === s).length;
      r.rows.forEach((row) =>
        row.cells.forEach((c, i) => {
          const n = count(row.account!.id, i);
          expect(c.shown).toBe(n >= threshold);
          if (!c.shown) {
            expect(Object.keys(c).sort()).toEqual(['category', 'quarter', 'shown', 'threshold']);
            expect(c.category).toBe(n === 0 ? 'none' : 'few');
          }
        }),
      );
      const csv = JSON.stringify([overviewCsvRows(r, TEXTS), ...[...r.rows, r.totals].flatMap((row) => QUARTERS.map((_, i) => detailCsvRows(r, row, i, TEXTS)))]);
      for (const x of xs) {
        if (x.comment === undefined || count(x.a, x.s) >= threshold) continue;
        expect(csv).not.toContain(`${SECRET}-${x.a}-${x.s}-`);
      }
      // A suppressed detail exports only who/when and the "fewer than N" text.
      r.rows.forEach((row) =>
        row.cells.forEach((c, i) => {
          if (!c.shown) expect(detailCsvRows(r, row, i, TEXTS).slice(1)).toEqual([[TEXTS.responses, c.category === 'noSurvey' ? 'ei kyselyä' : `alle ${threshold} vastausta`]]);
        }),
      );
    }),
  );
});

it('totals pool only the accounts at or above the threshold and say how many were left out', () => {
  fc.assert(
    fc.property(arbResponses, (xs) => {
      const responses = build(xs);
      const r = analyseSatisfaction(input(responses));
      QUARTERS.forEach((_, i) => {
        const shownAccounts = r.rows.filter((row) => row.cells[i].shown).map((row) => row.account!.id);
        const few = r.rows.filter((row) => { const c = row.cells[i]; return !c.shown && c.category === 'few'; }).length;
        expect(r.totals.leftOut[i]).toBe(few);
        const pooled = xs.filter((x) => x.s === i && shownAccounts.includes(x.a)).length;
        const t = r.totals.cells[i];
        if (t.shown) expect(t.figures.responses).toBe(pooled);
        else expect(pooled).toBeLessThan(3);
      });
    }),
  );
});

it('a clear drop is significant; noise of the same size with few answers is not', () => {
  const clear = [
    ...[8, 8, 9, 8, 8, 9, 8, 8].map((s) => response(6, 1, s)),
    ...[6, 6, 5, 6, 6, 5, 6, 6].map((s) => response(7, 1, s)),
  ];
  const r = analyseSatisfaction(input(clear));
  const change = r.rows[0].changes[7].find((c) => c.area === 'financialManagement')!;
  expect(change.delta).toBeCloseTo(-2.5, 5);
  expect(change.significantDrop).toBe(true);

  // The averages fall by 0.67 but the scores spread over the whole scale: within the noise.
  const noisy = [...[4, 10, 9].map((s) => response(6, 2, s)), ...[10, 4, 7].map((s) => response(7, 2, s))];
  const n = analyseSatisfaction(input(noisy)).rows[1].changes[7].find((c) => c.area === 'financialManagement')!;
  expect(n.delta).toBeLessThan(-0.5);
  expect(n.significantDrop).toBe(false);

  // A fall of 0.8 with no spread at all is certain, but less than a grade: not flagged.
  const under = [...[8, 8, 8, 8, 8].map((s) => response(6, 3, s)), ...[7, 7, 7, 7, 8].map((s) => response(7, 3, s))];
  expect(analyseSatisfaction(input(under)).rows[2].changes[7].find((c) => c.area === 'financialManagement')!.significantDrop).toBe(false);

  // A small but certain fall (0.3) is not a drop worth an action.
  const small = [...[8, 8, 8, 8].map((s) => response(6, 3, s)), ...[8, 8, 8, 7].map((s) => response(7, 3, s))];
  expect(analyseSatisfaction(input(small)).rows[2].changes[7].every((c) => !c.significantDrop)).toBe(true);
});

it('counts the response rate from distinct respondents over the invited follow-up members, and the window ends with this quarter', () => {
  expect(QUARTERS[7]).toEqual({ year: 2026, quarter: 3 });
  expect(QUARTERS[0]).toEqual({ year: 2024, quarter: 4 });
  const rs = [response(7, 1, 8, { respondentKey: 'j0@v1.example' }), response(7, 1, 9, { respondentKey: 'j1@v1.example' }), response(7, 1, 7, { respondentKey: 'j1@v1.example' })];
  const c = analyseSatisfaction(input(rs)).rows[0].cells[7];
  expect(c.shown && c.figures.responseRate).toBeCloseTo(2 / 5, 5);
  const none = analyseSatisfaction({ ...input(rs), contacts: [] }).rows[0].cells[7];
  expect(none.shown && none.figures.responseRate).toBeUndefined();
  // A threshold below the default is raised to it.
  expect(analyseSatisfaction(input(rs.slice(0, 2), 1)).rows[0].cells[7].shown).toBe(false);
});
