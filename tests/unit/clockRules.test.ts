import fc from 'fast-check';
import Holidays from 'date-holidays';
import { addDays, daysBetween } from '../../src/domain/dates';
import { ClockRule, occurrenceKey, planYear, RuleTask, validateTemplate } from '../../src/domain/clockRules';
import { daysInMonth, finnishHolidays, isWorkingDay, iso, weekday } from '../../src/domain/holidays';
import { HEPA_CLOCK, ORK_CLOCK } from '../../workbench/demo/clock-templates';

/** The oracle: a maintained holiday library's public holidays, plus the two eves that are days off in practice. */
const oracle = new Holidays('FI');
const oracleCache = new Map<number, Set<string>>();
function oracleDaysOff(year: number): Set<string> {
  const cached = oracleCache.get(year);
  if (cached) return cached;
  const days = new Set(
    oracle
      .getHolidays(year)
      .filter((h) => h.type === 'public' || /^(juhannusaatto|jouluaatto)$/i.test(h.name))
      .map((h) => h.date.slice(0, 10)),
  );
  oracleCache.set(year, days);
  return days;
}
const oracleWorkingDay = (date: string): boolean => ![0, 6].includes(weekday(date)) && !oracleDaysOff(Number(date.slice(0, 4))).has(date);

const monthsArb = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 });
const adjustArb = fc.constantFrom('previous' as const, 'next' as const);
/** A fixed rule that is always valid: days past the month's shortest length are kept to the 28th or 'last'. */
const fixedRuleArb: fc.Arbitrary<ClockRule> = fc.oneof(
  fc.record({ kind: fc.constant('date' as const), months: monthsArb, day: fc.oneof(fc.integer({ min: 1, max: 28 }), fc.constant('last' as const)), adjust: adjustArb }),
  fc.record({
    kind: fc.constant('nthWeekday' as const),
    months: monthsArb,
    weekday: fc.constantFrom(1, 2, 3, 4, 5, 6, 7) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6 | 7>,
    n: fc.constantFrom(1, 2, 3, 4, 5, -1) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | -1>,
    adjust: adjustArb,
  }),
);
const yearArb = fc.integer({ min: 1990, max: 2100 });
const plannedOf = (tasks: RuleTask[], year: number, code: string) => planYear(tasks, year).filter((o) => o.code === code);

describe('Finnish working days', () => {
  it('agree with the date-holidays library for every day of any year from 1990 to 2100', () => {
    fc.assert(
      fc.property(yearArb, (year) => {
        for (let d = iso(year, 1, 1); d.startsWith(String(year)); d = addDays(d, 1)) {
          if (isWorkingDay(d) !== oracleWorkingDay(d)) throw new Error(`${d}: ours ${isWorkingDay(d)}, oracle ${oracleWorkingDay(d)}`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('know 2027: Good Friday 26.3., Ascension 6.5., Midsummer Eve 25.6., Christmas Eve; New Year’s Eve is a working day', () => {
    const days = finnishHolidays(2027);
    for (const d of ['2027-03-26', '2027-03-29', '2027-05-06', '2027-06-25', '2027-12-24']) expect(days.has(d)).toBe(true);
    expect(isWorkingDay('2027-12-31')).toBe(true);
  });
});

describe('the recurrence engine', () => {
  it('keeps every date inside its year and on a working day when the rule adjusts', () => {
    fc.assert(
      fc.property(fixedRuleArb, yearArb, (rule, year) => {
        const planned = planYear([{ code: 't', rule }], year);
        expect(planned).toHaveLength(new Set((rule as { months: number[] }).months).size);
        for (const o of planned) {
          expect(o.dueDate.startsWith(`${year}-`)).toBe(true);
          expect(isWorkingDay(o.dueDate)).toBe(true);
          expect(o.period.startsWith(`${year}-`)).toBe(true);
        }
      }),
    );
  });

  it('moves a day off to the previous working day by default (13.3.2027 is a Saturday → Friday 12.3.)', () => {
    expect(plannedOf([{ code: 'b1', rule: { kind: 'date', months: [3], day: 13 } }], 2027, 'b1')[0].dueDate).toBe('2027-03-12');
    expect(plannedOf([{ code: 'x', rule: { kind: 'date', months: [12], day: 24, adjust: 'next' } }], 2027, 'x')[0].dueDate).toBe('2027-12-27');
    expect(plannedOf([{ code: 'x', rule: { kind: 'date', months: [6], day: 25, adjust: 'none' } }], 2027, 'x')[0].dueDate).toBe('2027-06-25');
  });

  it('never leaves the year: New Year’s Day moving "previous" goes forward instead', () => {
    expect(plannedOf([{ code: 'x', rule: { kind: 'date', months: [1], day: 1 } }], 2027, 'x')[0].dueDate).toBe('2027-01-04');
  });

  it('keeps the day a rule says when no adjustment is asked', () => {
    fc.assert(
      fc.property(monthsArb, fc.integer({ min: 1, max: 28 }), yearArb, (months, day, year) => {
        const planned = planYear([{ code: 't', rule: { kind: 'date', months, day, adjust: 'none' } }], year);
        expect(planned.map((o) => o.dueDate).sort()).toEqual([...months].sort((a, b) => a - b).map((m) => iso(year, m, day)));
      }),
    );
  });

  it('finds the n-th weekday, and the last one for n = -1', () => {
    const rule = (n: 1 | 2 | -1): RuleTask => ({ code: 'w', rule: { kind: 'nthWeekday', months: [3], weekday: 3, n, adjust: 'none' } });
    expect(plannedOf([rule(2)], 2027, 'w')[0].dueDate).toBe('2027-03-10');
    expect(plannedOf([rule(-1)], 2027, 'w')[0].dueDate).toBe('2027-03-31');
    fc.assert(
      fc.property(yearArb, fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 2, 3, 4, 5, 6, 7), (year, month, wd) => {
        const [o] = planYear([{ code: 'w', rule: { kind: 'nthWeekday', months: [month], weekday: wd as 1, n: 2, adjust: 'none' } }], year);
        expect(weekday(o.dueDate)).toBe(wd % 7);
        expect(Number(o.dueDate.slice(8, 10))).toBeGreaterThan(7);
        expect(Number(o.dueDate.slice(8, 10))).toBeLessThanOrEqual(14);
      }),
    );
  });

  it('holds relative offsets: every dependent date is its anchor’s date plus the offset', () => {
    fc.assert(
      fc.property(fixedRuleArb, fc.integer({ min: -60, max: 60 }), yearArb, (rule, offsetDays, year) => {
        const tasks: RuleTask[] = [
          { code: 'anchor', rule },
          { code: 'rel', rule: { kind: 'relative', anchor: 'anchor', offsetDays, adjust: 'none' } },
        ];
        const anchors = new Map([year - 1, year, year + 1].flatMap((y) => planYear(tasks, y)).filter((o) => o.code === 'anchor').map((o) => [o.period, o.dueDate]));
        for (const o of plannedOf(tasks, year, 'rel')) {
          expect(o.dueDate.startsWith(`${year}-`)).toBe(true);
          expect(daysBetween(anchors.get(o.period)!, o.dueDate)).toBe(offsetDays);
        }
      }),
    );
  });

  it('counts working days when a relative rule asks for them', () => {
    fc.assert(
      fc.property(fixedRuleArb, fc.integer({ min: -20, max: 20 }).filter((n) => n !== 0), yearArb, (rule, offsetDays, year) => {
        const tasks: RuleTask[] = [{ code: 'a', rule }, { code: 'r', rule: { kind: 'relative', anchor: 'a', offsetDays, workingDays: true } }];
        const anchors = new Map([year - 1, year, year + 1].flatMap((y) => plannedOf(tasks, y, 'a')).map((o) => [o.period, o.dueDate]));
        for (const o of plannedOf(tasks, year, 'r')) {
          expect(isWorkingDay(o.dueDate)).toBe(true);
          const from = anchors.get(o.period)!;
          const [lo, hi] = offsetDays > 0 ? [from, o.dueDate] : [o.dueDate, from];
          let count = 0;
          for (let d = addDays(lo, 1); d <= hi; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
          if (offsetDays < 0 && isWorkingDay(lo)) count += 1;
          if (offsetDays < 0 && isWorkingDay(hi)) count -= 1;
          expect(count).toBe(Math.abs(offsetDays));
        }
      }),
    );
  });

  it('is stable under template edits: adding, editing or retiring one task leaves the others’ dates alone', () => {
    fc.assert(
      fc.property(fc.array(fixedRuleArb, { minLength: 2, maxLength: 6 }), fixedRuleArb, yearArb, (rules, edited, year) => {
        const tasks: RuleTask[] = rules.map((rule, i) => ({ code: `t${i}`, rule }));
        const before = planYear(tasks, year).filter((o) => o.code !== 't0');
        const editedTemplate = [{ ...tasks[0], rule: edited }, ...tasks.slice(1), { code: 'new', rule: edited }];
        expect(planYear(editedTemplate, year).filter((o) => o.code !== 't0' && o.code !== 'new')).toEqual(before);
        expect(planYear([{ ...tasks[0], retired: true }, ...tasks.slice(1)], year)).toEqual(before);
      }),
    );
  });

  it('lets an announced date override one period, and relative tasks follow the announced date', () => {
    const tasks: RuleTask[] = [
      { code: 'group', rule: { kind: 'date', months: [3, 6], day: 'last' }, overrides: { '2027-03': '2027-03-24' } },
      { code: 'survey', rule: { kind: 'relative', anchor: 'group', offsetDays: -14 } },
    ];
    expect(planYear(tasks, 2027).map((o) => `${o.code} ${o.period} ${o.dueDate}`)).toEqual([
      'survey 2027-03 2027-03-10',
      'group 2027-03 2027-03-24',
      'survey 2027-06 2027-06-16',
      'group 2027-06 2027-06-30',
    ]);
  });

  it('gives each occurrence a stable client key', () => {
    expect(occurrenceKey('ork', 'tae-b1', '2027-03', 12)).toBe('clock:ork:tae-b1:2027-03:12');
    expect(occurrenceKey('ork', 'kayttajakysely', '2027-10')).toBe('clock:ork:kayttajakysely:2027-10:org');
  });
});

describe('refusing impossible rules', () => {
  it('refuses 31 February, 30 February and 31 April, but allows 29 February (28 in other years)', () => {
    expect(validateTemplate([{ code: 'x', rule: { kind: 'date', months: [2], day: 31 } }])).toEqual([{ code: 'x', kind: 'impossibleDate', month: 2, day: 31 }]);
    expect(validateTemplate([{ code: 'x', rule: { kind: 'date', months: [1, 4], day: 31 } }])).toEqual([{ code: 'x', kind: 'impossibleDate', month: 4, day: 31 }]);
    expect(validateTemplate([{ code: 'x', rule: { kind: 'date', months: [2], day: 29, adjust: 'none' } }])).toEqual([]);
    expect(plannedOf([{ code: 'x', rule: { kind: 'date', months: [2], day: 29, adjust: 'none' } }], 2027, 'x')[0].dueDate).toBe('2027-02-28');
    expect(plannedOf([{ code: 'x', rule: { kind: 'date', months: [2], day: 29, adjust: 'none' } }], 2028, 'x')[0].dueDate).toBe('2028-02-29');
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('names the tasks of a cycle of relative tasks, once', () => {
    const problems = validateTemplate([
      { code: 'a', rule: { kind: 'relative', anchor: 'b', offsetDays: 1 } },
      { code: 'b', rule: { kind: 'relative', anchor: 'c', offsetDays: 1 } },
      { code: 'c', rule: { kind: 'relative', anchor: 'a', offsetDays: 1 } },
      { code: 'd', rule: { kind: 'relative', anchor: 'a', offsetDays: 1 } },
    ]);
    expect(problems).toEqual([{ code: 'a', kind: 'cycle', path: ['a', 'b', 'c', 'a'] }]);
    expect(validateTemplate([{ code: 'self', rule: { kind: 'relative', anchor: 'self', offsetDays: 0 } }])).toEqual([{ code: 'self', kind: 'cycle', path: ['self', 'self'] }]);
  });

  it('refuses a relative task whose anchor is retired or missing, and a duplicate code', () => {
    expect(
      validateTemplate([
        { code: 'group', rule: { kind: 'date', months: [3], day: 'last' }, retired: true },
        { code: 'survey', rule: { kind: 'relative', anchor: 'group', offsetDays: -14 } },
        { code: 'orphan', rule: { kind: 'relative', anchor: 'gone', offsetDays: 3 } },
        { code: 'survey', rule: { kind: 'date', months: [1], day: 1 } },
      ]),
    ).toEqual([
      { code: 'survey', kind: 'duplicateCode' },
      { code: 'survey', kind: 'retiredAnchor', anchor: 'group' },
      { code: 'orphan', kind: 'missingAnchor', anchor: 'gone' },
    ]);
  });

  it('refuses months, days, weekdays, offsets and overrides that make no sense, and planYear throws on any', () => {
    const bad: RuleTask[] = [
      { code: 'm0', rule: { kind: 'date', months: [], day: 1 } },
      { code: 'm13', rule: { kind: 'date', months: [13], day: 1 } },
      { code: 'd0', rule: { kind: 'date', months: [1], day: 0 } },
      { code: 'wd', rule: { kind: 'nthWeekday', months: [1], weekday: 8 as 1, n: 1 } },
      { code: 'far', rule: { kind: 'relative', anchor: 'd0', offsetDays: 400 } },
      { code: 'ov', rule: { kind: 'date', months: [1], day: 1 }, overrides: { '2027-13': '2027-01-05' } },
    ];
    expect(validateTemplate(bad).map((p) => `${p.code}:${p.kind}`)).toEqual(['m0:noMonths', 'm13:badMonth', 'd0:badDay', 'wd:badWeekday', 'far:badOffset', 'ov:badOverride']);
    expect(() => planYear(bad, 2027)).toThrow(RangeError);
  });
});

describe('the IT centre’s clock (the ORK demo template)', () => {
  const yearly = (year: number) =>
    Object.fromEntries(planYear(ORK_CLOCK as RuleTask[], year).filter((o) => o.code !== 'kk-tapaaminen').map((o) => [o.code, o.dueDate]));

  it('puts every task of 2026 on its day', () => {
    expect(yearly(2026)).toEqual({
      tilinpaatos: '2026-02-19',
      budjetointikeskustelut: '2026-02-27',
      'maararahan-palautus': '2026-02-27',
      'tae-b1': '2026-03-13',
      'kysely-q1': '2026-03-17',
      'materiaalit-q1': '2026-03-24',
      'seurantaryhma-q1': '2026-03-31',
      tpe1: '2026-06-12',
      'kysely-q2': '2026-06-16',
      'materiaalit-q2': '2026-06-23',
      'seurantaryhma-q2': '2026-06-30',
      'tae-b2': '2026-09-11',
      'kysely-q3': '2026-09-16',
      'materiaalit-q3': '2026-09-23',
      'seurantaryhma-q3': '2026-09-30',
      tpe2: '2026-10-09',
      sopimuspohjat: '2026-10-16',
      kehys: '2026-10-30',
      kayttajakysely: '2026-10-30',
      'kayttajakysely-raportti': '2026-11-17',
      suunnittelukokous: '2026-11-20',
      'tae-b3': '2026-11-27',
      'kysely-q4': '2026-12-04',
      'materiaalit-q4': '2026-12-11',
      'seurantaryhma-q4': '2026-12-18',
      allekirjoitukset: '2026-12-23',
      'allekirjoitukset-muistutus': '2026-12-02',
    });
  });

  it('puts every task of 2027 on its day (weekends moved: TAE B1 13.3. → 12.3., the user survey 31.10. → 29.10.)', () => {
    expect(yearly(2027)).toEqual({
      tilinpaatos: '2027-02-18',
      budjetointikeskustelut: '2027-02-26',
      'maararahan-palautus': '2027-02-26',
      'tae-b1': '2027-03-12',
      'kysely-q1': '2027-03-17',
      'materiaalit-q1': '2027-03-24',
      'seurantaryhma-q1': '2027-03-31',
      tpe1: '2027-06-11',
      'kysely-q2': '2027-06-16',
      'materiaalit-q2': '2027-06-23',
      'seurantaryhma-q2': '2027-06-30',
      'tae-b2': '2027-09-10',
      'kysely-q3': '2027-09-16',
      'materiaalit-q3': '2027-09-23',
      'seurantaryhma-q3': '2027-09-30',
      tpe2: '2027-10-08',
      sopimuspohjat: '2027-10-15',
      kehys: '2027-10-29',
      kayttajakysely: '2027-10-29',
      'kayttajakysely-raportti': '2027-11-17',
      suunnittelukokous: '2027-11-19',
      'tae-b3': '2027-11-26',
      'kysely-q4': '2027-12-03',
      'materiaalit-q4': '2027-12-10',
      'seurantaryhma-q4': '2027-12-17',
      allekirjoitukset: '2027-12-23',
      'allekirjoitukset-muistutus': '2027-12-01',
    });
  });

  it('meets monthly on the second Wednesday, every month of 2027', () => {
    const dates = plannedOf(ORK_CLOCK as RuleTask[], 2027, 'kk-tapaaminen').map((o) => o.dueDate);
    expect(dates).toEqual(['2027-01-13', '2027-02-10', '2027-03-10', '2027-04-14', '2027-05-12', '2027-06-09', '2027-07-14', '2027-08-11', '2027-09-08', '2027-10-13', '2027-11-10', '2027-12-08']);
  });

  it('keeps the HR centre’s clock different: no service-team meeting in July, payroll days every month', () => {
    const hepa = planYear(HEPA_CLOCK as RuleTask[], 2027);
    expect(hepa.filter((o) => o.code === 'tiimipalaveri').map((o) => o.period)).not.toContain('2027-07');
    expect(hepa.filter((o) => o.code === 'palkka-ajo-1')).toHaveLength(12);
    expect(validateTemplate(HEPA_CLOCK as RuleTask[])).toEqual([]);
  });
});
