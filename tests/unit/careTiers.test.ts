import fc from 'fast-check';
import { addDays, compareIsoDates } from '../../src/domain/dates';
import { meetingField, moveYears, plannedMeetingsPerYear, replanOnTierMove, tierOf, TierInput, validateTier } from '../../src/domain/careTiers';
import { occurrenceKey } from '../../src/domain/clockRules';
import type { ClockOccurrence, ClockTask, Segment } from '../../src/domain/types';

const TEMPLATES = ['ork', 'hepa'];

const valid: TierInput = {
  name: 'Laaja-alainen virasto',
  clockTemplate: 'ork',
  careTier: {
    meetings: [
      { meetingType: 'operational', perYear: 12, level: 'operational' },
      { meetingType: 'tactical', perYear: 4, level: 'tactical' },
      { meetingType: 'strategic', perYear: 1, level: 'strategic' },
    ],
    survey: 'quarterly',
  },
};

describe('validateTier', () => {
  it('accepts the three-level model of the city and the ORK and HEPA tiers as seeded', () => {
    expect(validateTier(valid, TEMPLATES)).toEqual([]);
    expect(validateTier({ name: 'Pienet', clockTemplate: 'hepa', careTier: { meetings: [{ meetingType: 'visit', perYear: 1 }, { meetingType: 'steeringGroup', perYear: 2 }], survey: 'userSurvey' } }, TEMPLATES)).toEqual([]);
    // A tier without a survey and without meetings is still a tier: it has its clock.
    expect(validateTier({ name: 'Muut', clockTemplate: 'ork', careTier: { meetings: [] } }, TEMPLATES)).toEqual([]);
  });

  it('refuses a tier without a clock template, and a template that does not exist', () => {
    expect(validateTier({ ...valid, clockTemplate: '  ' }, TEMPLATES)).toEqual([{ field: 'clockTemplate', code: 'noClockTemplate' }]);
    expect(validateTier({ ...valid, clockTemplate: undefined }, TEMPLATES)).toEqual([{ field: 'clockTemplate', code: 'noClockTemplate' }]);
    expect(validateTier({ ...valid, clockTemplate: 'vantaa' }, TEMPLATES)).toEqual([{ field: 'clockTemplate', code: 'unknownTemplate', detail: 'vantaa' }]);
  });

  it('refuses an empty or overlong name', () => {
    expect(validateTier({ ...valid, name: ' ' }, TEMPLATES)).toEqual([{ field: 'name', code: 'required' }]);
    expect(validateTier({ ...valid, name: 'x'.repeat(256) }, TEMPLATES)).toEqual([{ field: 'name', code: 'tooLong', detail: '255' }]);
  });

  it('names the meeting row and control of each problem', () => {
    const problems = validateTier(
      {
        ...valid,
        careTier: {
          meetings: [
            { meetingType: 'operational', perYear: 12 },
            { meetingType: 'coffee', perYear: 2 },
            { meetingType: 'operational', perYear: 0 },
            { meetingType: 'workshop', perYear: 2.5, level: 'cosmic' },
            { meetingType: 'budget', perYear: 53 },
            { meetingType: 'visit', perYear: '4' },
          ],
          survey: 'weekly',
        },
      },
      TEMPLATES,
    );
    expect(problems).toEqual([
      { field: meetingField(1, 'meetingType'), code: 'unknownMeetingType', detail: 'coffee' },
      { field: meetingField(2, 'meetingType'), code: 'duplicateMeetingType', detail: 'operational' },
      { field: meetingField(2, 'perYear'), code: 'perYearRange', detail: '0' },
      { field: meetingField(3, 'perYear'), code: 'perYearRange', detail: '2.5' },
      { field: meetingField(3, 'level'), code: 'unknownLevel', detail: 'cosmic' },
      { field: meetingField(4, 'perYear'), code: 'perYearRange', detail: '53' },
      { field: meetingField(5, 'perYear'), code: 'perYearRange', detail: '4' },
      { field: 'survey', code: 'unknownSurveyKind', detail: 'weekly' },
    ]);
    expect(meetingField(2, 'perYear')).toBe('meetings.2.perYear');
  });

  it('accepts every whole frequency from 1 to 52 and nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -100, max: 200 }), fc.double({ noNaN: false })), (perYear) => {
        const problems = validateTier({ ...valid, careTier: { meetings: [{ meetingType: 'visit', perYear }] } }, TEMPLATES);
        const ok = Number.isInteger(perYear) && perYear >= 1 && perYear <= 52;
        expect(problems.length === 0).toBe(ok);
      }),
    );
  });
});

const segments: Segment[] = [
  { id: 1, etag: '"1"', name: 'Laaja', clockTemplate: ' ork ', careTier: valid.careTier as Segment['careTier'] },
  { id: 2, etag: '"1"', name: 'Ilman mallia' },
];

describe('tierOf and plannedMeetingsPerYear', () => {
  it('an account inherits its segment’s tier; no segment or an unknown one means no tier', () => {
    expect(tierOf({ segmentId: 1 }, segments)).toEqual({
      segmentId: 1,
      segmentName: 'Laaja',
      meetings: valid.careTier!.meetings,
      survey: 'quarterly',
      clockTemplate: 'ork',
    });
    expect(tierOf({ segmentId: 2 }, segments)).toEqual({ segmentId: 2, segmentName: 'Ilman mallia', meetings: [], survey: undefined, clockTemplate: undefined });
    expect(tierOf({}, segments)).toBeUndefined();
    expect(tierOf({ segmentId: 99 }, segments)).toBeUndefined();
  });

  it('sums the meetings a year by level', () => {
    expect(plannedMeetingsPerYear(tierOf({ segmentId: 1 }, segments))).toEqual({ byLevel: { operational: 12, tactical: 4, strategic: 1 }, unlevelled: 0, total: 17 });
    expect(
      plannedMeetingsPerYear({ meetings: [{ meetingType: 'visit', perYear: 2 }, { meetingType: 'accountTeam', perYear: 4, level: 'tactical' }, { meetingType: 'steeringGroup', perYear: 2, level: 'strategic' }] }),
    ).toEqual({ byLevel: { operational: 0, tactical: 4, strategic: 2 }, unlevelled: 2, total: 8 });
    expect(plannedMeetingsPerYear(undefined).total).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Moving an account to another tier

const ACCOUNT = 7;
const OLD: ClockTask[] = [
  { id: 1, etag: '"1"', title: 'Seurantaryhmä', template: 'ork', category: 'followUp', month: 3, code: 'seuranta', perAccount: true, rule: { kind: 'date', months: [3, 6, 9, 12], day: 15 } },
  { id: 2, etag: '"1"', title: 'Talousraportti', template: 'ork', category: 'economy', month: 1, code: 'talous', perAccount: false, rule: { kind: 'date', months: [1], day: 31 } },
];
const NEW: ClockTask[] = [
  { id: 11, etag: '"1"', title: 'Kuukausipalaveri', template: 'tiivis', category: 'meetings', month: 1, code: 'kk', perAccount: true, rule: { kind: 'date', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], day: 10, adjust: 'none' } },
  { id: 12, etag: '"1"', title: 'Muistio', template: 'tiivis', category: 'meetings', month: 1, code: 'muistio', perAccount: true, rule: { kind: 'relative', anchor: 'kk', offsetDays: 3 } },
  { id: 13, etag: '"1"', title: 'Vain sektorille', template: 'tiivis', category: 'other', month: 5, code: 'sektori', perAccount: true, accountTypes: ['sector'], rule: { kind: 'date', months: [5], day: 20, adjust: 'none' } },
  { id: 14, etag: '"1"', title: 'Koko organisaatio', template: 'tiivis', category: 'team', month: 8, code: 'org', perAccount: false, rule: { kind: 'date', months: [8], day: 1 } },
];

const occ = (id: number, taskId: number, dueDate: string, done = false, accountId = ACCOUNT): ClockOccurrence => ({ id, etag: '"1"', taskId, accountId, dueDate, plannedDate: dueDate, done });

describe('replanOnTierMove', () => {
  const today = '2026-05-20';

  it('removes the old template’s open items from today on and keeps done and past ones', () => {
    const items = [
      occ(1, 1, '2026-03-16', true), // done, past
      occ(2, 1, '2026-04-15'), // open but past: overdue history stays
      occ(3, 1, '2026-05-20'), // open, due today: removed
      occ(4, 1, '2026-06-15', true), // done ahead of its day: stays
      occ(5, 1, '2026-09-15'), // open, ahead: removed
      occ(6, 1, '2026-09-15', false, 8), // another account's: not ours
      occ(7, 99, '2026-09-15'), // a task of neither template: not ours to remove
    ];
    const plan = replanOnTierMove({ account: { id: ACCOUNT, accountType: 'agency' }, occurrences: items, oldTasks: OLD, newTemplate: 'tiivis', newTasks: NEW, today });
    expect(plan.remove.map((o) => o.id)).toEqual([3, 5]);
    expect(plan.generateFrom).toBe(today);
    expect(plan.years).toEqual([2026]);
  });

  it('plans the new template’s per-account tasks from today on, for the account’s type', () => {
    const plan = replanOnTierMove({ account: { id: ACCOUNT, accountType: 'agency' }, occurrences: [], oldTasks: OLD, newTemplate: 'tiivis', newTasks: NEW, today });
    // June…December for 'kk' and its note; nothing for the sector-only task, nothing organisation-wide.
    expect(plan.add.filter((a) => a.code === 'kk').map((a) => a.dueDate)[0]).toBe('2026-06-10');
    expect(plan.add.filter((a) => a.code === 'kk')).toHaveLength(7);
    expect(plan.add.filter((a) => a.code === 'muistio')).toHaveLength(7);
    expect(plan.add.some((a) => a.code === 'sektori' || a.code === 'org')).toBe(false);
    expect(plan.add[0].clientKey).toBe(occurrenceKey('tiivis', 'kk', '2026-06', ACCOUNT));
    const sector = replanOnTierMove({ account: { id: ACCOUNT, accountType: 'sector' }, occurrences: [], oldTasks: OLD, newTemplate: 'tiivis', newTasks: NEW, today: '2026-05-01' });
    expect(sector.add.filter((a) => a.code === 'sektori').map((a) => a.dueDate)).toEqual(['2026-05-20']);
  });

  it('from October on plans next year too', () => {
    expect(moveYears('2026-09-30')).toEqual([2026]);
    expect(moveYears('2026-10-01')).toEqual([2026, 2027]);
    const plan = replanOnTierMove({ account: { id: ACCOUNT }, occurrences: [], oldTasks: OLD, newTemplate: 'tiivis', newTasks: NEW, today: '2026-11-30' });
    expect(plan.add.filter((a) => a.code === 'kk').map((a) => a.dueDate)).toEqual(['2026-12-10', ...Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, '0')}-10`)]);
  });

  it('running it again after the move plans nothing more', () => {
    const first = replanOnTierMove({ account: { id: ACCOUNT }, occurrences: [occ(5, 1, '2026-09-15')], oldTasks: OLD, newTemplate: 'tiivis', newTasks: NEW, today });
    const after: ClockOccurrence[] = first.add.map((a, i) => ({ ...occ(100 + i, a.taskId, a.dueDate), clientKey: a.clientKey }));
    const second = replanOnTierMove({ account: { id: ACCOUNT }, occurrences: after, oldTasks: OLD, newTemplate: 'tiivis', newTasks: NEW, today });
    expect(second.remove).toEqual([]);
    expect(second.add).toEqual([]);
  });

  it('a task both templates share keeps its items; a broken new template plans nothing', () => {
    const shared = replanOnTierMove({ account: { id: ACCOUNT }, occurrences: [occ(5, 1, '2026-09-15')], oldTasks: OLD, newTemplate: 'ork', newTasks: OLD, today });
    expect(shared.remove).toEqual([]);
    const broken: ClockTask[] = [{ ...NEW[1], rule: { kind: 'relative', anchor: 'missing', offsetDays: 3 } }];
    expect(replanOnTierMove({ account: { id: ACCOUNT }, occurrences: [], oldTasks: OLD, newTemplate: 'tiivis', newTasks: broken, today }).add).toEqual([]);
  });

  // Property: whatever the items and the day, done items and past items are never removed, only the old
  // template's open items from today on are, and nothing of the new template is planned before today.
  const dayArb = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays('2025-01-01', n));
  const itemArb = fc.record({
    taskId: fc.constantFrom(1, 2, 11, 12, 13, 99),
    accountId: fc.constantFrom(ACCOUNT, ACCOUNT, 8),
    dueDate: dayArb,
    done: fc.boolean(),
    moved: fc.boolean(),
  });

  it('never removes done or past items, nor anything but the old template’s (property)', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 40 }), dayArb, fc.constantFrom('agency' as const, 'sector' as const), (raw, day, accountType) => {
        const items = raw.map((r, i): ClockOccurrence => ({ id: i + 1, etag: '"1"', taskId: r.taskId, accountId: r.accountId, dueDate: r.dueDate, done: r.done, plannedDate: r.moved ? addDays(r.dueDate, -3) : r.dueDate }));
        const plan = replanOnTierMove({ account: { id: ACCOUNT, accountType }, occurrences: items, oldTasks: OLD, newTemplate: 'tiivis', newTasks: NEW, today: day });
        for (const o of plan.remove) {
          expect(o.done).toBe(false);
          expect(compareIsoDates(o.dueDate, day)).toBeGreaterThanOrEqual(0);
          expect(o.accountId).toBe(ACCOUNT);
          expect(OLD.map((t) => t.id)).toContain(o.taskId);
        }
        // Everything that qualifies is removed: no open old item ahead is left behind.
        const left = items.filter((o) => !plan.remove.includes(o));
        expect(left.some((o) => o.accountId === ACCOUNT && !o.done && [1, 2].includes(o.taskId) && compareIsoDates(o.dueDate, day) >= 0)).toBe(false);
        for (const a of plan.add) expect(compareIsoDates(a.dueDate, day)).toBeGreaterThanOrEqual(0);
        expect(compareIsoDates(plan.generateFrom, day)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
