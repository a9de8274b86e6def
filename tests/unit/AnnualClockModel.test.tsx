/**
 * The annual clock's pure parts: the wheel's geometry (January at 12 o'clock, clockwise; zoom windows), where marks
 * sit (clusters when a day has no room), the keyboard model, the filters and the marks (one per task and day).
 */
import { angleOf, laneRadii, polar, quarterOf, ringBands, sectorPath, segments, step, windowOf, zoomIn, zoomOut } from '../../src/features/annualClock/geometry';
import { initialIndex, nextIndex } from '../../src/features/annualClock/keyboard';
import { actingOwners, applyFilters, buildItems, buildMarks, DEFAULT_FILTERS, myAccountIds, ringCategories, worstState } from '../../src/features/annualClock/model';
import { parsePrefs } from '../../src/features/annualClock/prefs';
import { layoutSpots } from '../../src/features/annualClock/wheelLayout';
import { monthCells } from '../../src/features/annualClock/MonthStrip';
import { actingUntil, itemName, markName } from '../../src/features/annualClock/names';
import { bundle as clockBundle } from '../../src/features/annualClock/strings';
import type { Absence, Account, ClockOccurrence, ClockTask, PersonRef } from '../../src/domain/types';

const AINO: PersonRef = { id: 11, title: 'Aino Virtanen' };
const MIKKO: PersonRef = { id: 12, title: 'Mikko Korhonen' };
const acc = (id: number, abbreviation: string, manager?: PersonRef, backup?: PersonRef): Account =>
  ({ id, etag: '"1"', name: `Asiakas ${abbreviation}`, abbreviation, accountType: 'sector', accountManager: manager, backup, active: true }) as Account;
const ACCOUNTS = [acc(1, 'KHO', AINO, MIKKO), acc(2, 'KKO', MIKKO, AINO), acc(3, 'OEV', MIKKO)];
const TASKS: ClockTask[] = [
  { id: 1, etag: '"1"', title: 'TAE B1', template: 'ork', category: 'economy', month: 3 },
  { id: 2, etag: '"1"', title: 'Seurantaryhmä Q1', template: 'ork', category: 'followUp', month: 3 },
  { id: 3, etag: '"1"', title: 'Kysely ennen seurantaryhmää', template: 'ork', category: 'followUp', month: 3 },
  { id: 4, etag: '"1"', title: 'Tilinpäätös', template: 'ork', category: 'economy', month: 2, perAccount: false },
];
let nextId = 1;
const occ = (taskId: number, dueDate: string, accountId?: number, owner?: PersonRef, done = false): ClockOccurrence => ({ id: nextId++, etag: '"1"', taskId, accountId, dueDate, owner, done });
const OCCURRENCES = [
  occ(1, '2027-03-12', 1, AINO),
  occ(1, '2027-03-12', 2, MIKKO),
  occ(1, '2027-03-12', 3, MIKKO, true),
  occ(2, '2027-03-24', 1, AINO),
  occ(3, '2027-03-24', 1, AINO),
  occ(4, '2027-02-26', undefined, AINO, true),
];
const SOURCE = { accounts: ACCOUNTS, tasks: TASKS, occurrences: OCCURRENCES, today: '2027-03-20' };

describe('wheel geometry', () => {
  it('puts 1 January at 12 o\'clock and goes clockwise: April at 3, July at 6, October at 9 (within a day)', () => {
    const w = windowOf(2027, { kind: 'year' });
    expect(w).toEqual({ start: '2027-01-01', end: '2027-12-31', days: 365 });
    expect(angleOf('2027-01-01', w)).toBe(0);
    expect(angleOf('2027-04-01', w)).toBeCloseTo((90 / 365) * 360); // by days: the quarter line sits on 1 April, not at 90°
    expect(Math.abs(angleOf('2027-04-01', w) - 90)).toBeLessThan(1.5);
    expect(Math.abs(angleOf('2027-07-01', w) - 180)).toBeLessThan(1.5);
    expect(Math.abs(angleOf('2027-10-01', w) - 270)).toBeLessThan(1.5);
    expect(angleOf('2027-12-31', w, true)).toBeLessThan(360);
    // a leap year has 366 days
    expect(windowOf(2028, { kind: 'year' }).days).toBe(366);
  });

  it('maps 0° up and 90° right in SVG coordinates', () => {
    expect(polar(100, 100, 50, 0)).toEqual({ x: 100, y: 50 });
    expect(polar(100, 100, 50, 90)).toEqual({ x: 150, y: 100 });
    expect(polar(100, 100, 50, 180)).toEqual({ x: 100, y: 150 });
  });

  it('spreads a quarter or a month over the whole circle', () => {
    const q2 = windowOf(2027, { kind: 'quarter', quarter: 2 });
    expect(q2).toEqual({ start: '2027-04-01', end: '2027-06-30', days: 91 });
    expect(angleOf('2027-04-01', q2)).toBe(0);
    const feb = windowOf(2027, { kind: 'month', month: 2 });
    expect(feb.days).toBe(28);
    expect(angleOf('2027-02-15', feb)).toBeCloseTo((14 / 28) * 360);
    expect(segments(2027, { kind: 'year' })).toHaveLength(12);
    expect(segments(2027, { kind: 'quarter', quarter: 4 }).map((s) => s.n)).toEqual([10, 11, 12]);
    const days = segments(2027, { kind: 'month', month: 2 });
    expect(days).toHaveLength(28);
    expect(days[27].a1).toBeCloseTo(360);
  });

  it('draws sectors and full rings as closed paths, and rings from the inside out', () => {
    expect(sectorPath(0, 0, 10, 20, 0, 90)).toMatch(/^M0 -20A20 20 0 0 1 20 0L10 0A10 10 0 0 0 0 -10Z$/);
    expect(sectorPath(0, 0, 10, 20, 0, 360).match(/Z/g)).toHaveLength(2);
    expect(ringBands(2, 100, 200)).toEqual([
      { r0: 100, r1: 150, mid: 125 },
      { r0: 150, r1: 200, mid: 175 },
    ]);
    expect(laneRadii({ r0: 100, r1: 130 }, 3)).toEqual([105, 115, 125]);
  });

  it('zooms in around a date and out again; steps wrap within the year', () => {
    expect(zoomIn({ kind: 'year' }, '2027-08-14')).toEqual({ kind: 'quarter', quarter: 3 });
    expect(zoomIn({ kind: 'quarter', quarter: 3 }, '2027-08-14')).toEqual({ kind: 'month', month: 8 });
    expect(zoomIn({ kind: 'quarter', quarter: 1 }, '2027-08-14')).toEqual({ kind: 'month', month: 1 });
    expect(zoomOut({ kind: 'month', month: 8 })).toEqual({ kind: 'quarter', quarter: 3 });
    expect(zoomOut({ kind: 'quarter', quarter: 3 })).toEqual({ kind: 'year' });
    expect(step({ kind: 'quarter', quarter: 4 }, 1)).toEqual({ kind: 'quarter', quarter: 1 });
    expect(step({ kind: 'month', month: 1 }, -1)).toEqual({ kind: 'month', month: 12 });
    expect([1, 3, 4, 12].map(quarterOf)).toEqual([1, 1, 2, 4]);
  });
});

describe('keyboard model', () => {
  const dates = ['2027-01-05', '2027-01-20', '2027-02-03', '2027-02-10', '2027-04-01'];
  it('arrows move one mark in date order and stop at the ends; Home and End jump', () => {
    expect(nextIndex('ArrowRight', 0, dates)).toBe(1);
    expect(nextIndex('ArrowDown', 4, dates)).toBe(4);
    expect(nextIndex('ArrowLeft', 0, dates)).toBe(0);
    expect(nextIndex('ArrowUp', 3, dates)).toBe(2);
    expect(nextIndex('Home', 3, dates)).toBe(0);
    expect(nextIndex('End', 0, dates)).toBe(4);
  });
  it('Page Down and Page Up go to the first mark of the next or previous month that has marks', () => {
    expect(nextIndex('PageDown', 0, dates)).toBe(2);
    expect(nextIndex('PageDown', 2, dates)).toBe(4);
    expect(nextIndex('PageDown', 4, dates)).toBe(4);
    expect(nextIndex('PageUp', 4, dates)).toBe(2);
    expect(nextIndex('PageUp', 3, dates)).toBe(0);
    expect(nextIndex('PageUp', 1, dates)).toBe(0);
  });
  it('starts on the kept mark, else the first on or after today, else the last', () => {
    const keys = dates.map((d) => `k${d}`);
    expect(initialIndex(keys, dates, 'k2027-02-10', '2027-01-01')).toBe(3);
    expect(initialIndex(keys, dates, undefined, '2027-02-01')).toBe(2);
    expect(initialIndex(keys, dates, 'gone', '2028-01-01')).toBe(4);
    expect(initialIndex([], [], undefined, '2027-01-01')).toBe(-1);
    expect(nextIndex('End', 0, [])).toBe(-1);
  });
});

describe('items, filters and marks', () => {
  const items = buildItems(SOURCE);
  const mine = myAccountIds(ACCOUNTS, AINO);

  it('joins task and account, computes the state and sorts by date', () => {
    expect(items.map((i) => i.dueDate)).toEqual(['2027-02-26', '2027-03-12', '2027-03-12', '2027-03-12', '2027-03-24', '2027-03-24']);
    expect(items[1]).toMatchObject({ title: 'TAE B1', category: 'economy', state: 'overdue' });
    expect(items[1].account?.abbreviation).toBe('KHO');
    expect(items[0].state).toBe('done');
    expect(items[4].state).toBe('dueSoon');
  });

  it('"my accounts" are where I am the manager or the backup; "me" is the owner', () => {
    expect([...mine].sort()).toEqual([1, 2]);
    const myAccounts = applyFilters(items, DEFAULT_FILTERS, AINO, mine);
    expect(myAccounts.map((i) => i.account?.abbreviation ?? 'org')).toEqual(['org', 'KHO', 'KKO', 'KHO', 'KHO']);
    const me = applyFilters(items, { ...DEFAULT_FILTERS, owner: 'me' }, AINO, mine);
    expect(me.every((i) => i.occurrence.owner?.id === AINO.id)).toBe(true);
    expect(applyFilters(items, { ...DEFAULT_FILTERS, owner: 'everyone' }, AINO, mine)).toHaveLength(6);
  });

  it('filters by account, category and state', () => {
    const everyone = { ...DEFAULT_FILTERS, owner: 'everyone' as const };
    expect(applyFilters(items, { ...everyone, accountId: 3 }, AINO, mine)).toHaveLength(1);
    expect(applyFilters(items, { ...everyone, categories: ['followUp'] }, AINO, mine)).toHaveLength(2);
    expect(applyFilters(items, { ...everyone, states: ['overdue'] }, AINO, mine).map((i) => i.account?.abbreviation)).toEqual(['KHO', 'KKO']);
  });

  it('groups one task on one day into one mark with every account, its state the most urgent', () => {
    const marks = buildMarks(items);
    expect(marks.map((m) => [m.title, m.items.length, m.state])).toEqual([
      ['Tilinpäätös', 1, 'done'],
      ['TAE B1', 3, 'overdue'],
      ['Kysely ennen seurantaryhmää', 1, 'dueSoon'],
      ['Seurantaryhmä Q1', 1, 'dueSoon'],
    ]);
    expect(worstState(['done', 'upcoming', 'dueSoon'])).toBe('dueSoon');
    const s = clockBundle.get('fi');
    expect(markName(marks[1], s, 'fi-FI')).toBe('TAE B1 – 3 asiakkuutta – pe 12.3.2027 – 2 myöhässä, 1 tehty');
    expect(markName(marks[3], s, 'fi-FI')).toBe('Seurantaryhmä Q1 – KHO – ke 24.3.2027 – erääntyy pian');
    expect(markName(marks[0], clockBundle.get('sv'), 'sv-SE')).toBe('Tilinpäätös – Hela organisationen – fre 26.2.2027 – klar');
  });

  it('has a ring per category the template uses, in the vocabulary order', () => {
    expect(ringCategories(TASKS)).toEqual(['economy', 'followUp']);
    expect(ringCategories(TASKS, ['followUp'])).toEqual(['followUp']);
  });

  it('clusters marks of one ring on one day when the day has no room, and keeps them apart in a month', () => {
    const marks = buildMarks(items);
    const g = { cx: 320, cy: 320, inner: 96, outer: 258 };
    const rings = ringCategories(TASKS);
    const year = layoutSpots(marks, rings, windowOf(2027, { kind: 'year' }), g);
    expect(year.map((x) => [x.date, x.ring, x.cluster, x.count])).toEqual([
      ['2027-02-26', 0, false, 1],
      ['2027-03-12', 0, false, 3],
      ['2027-03-24', 1, true, 2],
    ]);
    const march = layoutSpots(marks, rings, windowOf(2027, { kind: 'month', month: 3 }), g);
    expect(march.map((x) => [x.date, x.cluster])).toEqual([
      ['2027-03-12', false],
      ['2027-03-24', false],
      ['2027-03-24', false],
    ]);
    // side by side, not on top of each other
    expect(Math.hypot(march[1].x - march[2].x, march[1].y - march[2].y)).toBeGreaterThan(15);
    // outside the window: not drawn
    expect(layoutSpots(marks, rings, windowOf(2027, { kind: 'quarter', quarter: 2 }), g)).toEqual([]);
  });

  it('aggregates 9,000 occurrences (300 accounts × 30 tasks) into one mark per task and day', () => {
    const accounts = Array.from({ length: 300 }, (_, i) => acc(100 + i, `A${i}`, i % 10 === 0 ? AINO : MIKKO));
    const tasks: ClockTask[] = Array.from({ length: 30 }, (_, t) => ({ id: 100 + t, etag: '"1"', title: `Tehtävä ${t}`, template: 'ork', category: 'economy', month: (t % 12) + 1 }));
    const occurrences: ClockOccurrence[] = [];
    accounts.forEach((a) => tasks.forEach((t, k) => occurrences.push({ id: occurrences.length + 1, etag: '"1"', taskId: t.id, accountId: a.id, dueDate: `2027-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 27) + 1).padStart(2, '0')}` })));
    const big = buildItems({ accounts, tasks, occurrences, today: '2027-06-01' });
    const marks = buildMarks(applyFilters(big, { ...DEFAULT_FILTERS, owner: 'everyone' }, AINO, myAccountIds(accounts, AINO)));
    expect(big).toHaveLength(9000);
    expect(marks).toHaveLength(30);
    expect(marks.every((m) => m.items.length === 300)).toBe(true);
  });
});

describe('acting owner while the manager is away (tuuraus)', () => {
  const ELINA: PersonRef = { id: 13, title: 'Elina Lindqvist' };
  const JUHA: PersonRef = { id: 14, title: 'Juha Nieminen' };
  const SUPERVISOR: PersonRef = { id: 15, title: 'Timo Hämäläinen' };
  const accounts = [acc(21, 'OPV', ELINA, JUHA), acc(22, 'TIV', ELINA, MIKKO), acc(23, 'HYP', ELINA, AINO), acc(24, 'KHO', AINO, MIKKO)];
  const absence = (id: number, person: PersonRef, start: string, end: string, extra: Partial<Absence> = {}): Absence =>
    ({ id, etag: '"1"', person, start, end, kind: 'holiday', ...extra }) as Absence;
  // Elina away 1.–14.12. (Juha covers, TIV by override to Aino); Juha off 8.–9.12. (short, Mikko answers for him).
  const absences = [
    absence(1, ELINA, '2027-12-01', '2027-12-14', { substitute: JUHA, cover: { overrides: { 22: AINO } } }),
    absence(2, JUHA, '2027-12-08', '2027-12-09', { kind: 'other', substitute: MIKKO }),
  ];
  const task: ClockTask = { id: 1, etag: '"1"', title: 'Kuukausiraportti', template: 'ork', category: 'economy', month: 12 };
  let id = 100;
  const o = (accountId: number, dueDate: string, owner: PersonRef | undefined, done = false): ClockOccurrence => ({ id: id++, etag: '"1"', taskId: 1, accountId, dueDate, owner, done });
  const OPV_DUE = o(21, '2027-12-03', ELINA);
  const OPV_ON_JUHAS_DAY_OFF = o(21, '2027-12-08', ELINA);
  const TIV_DUE = o(22, '2027-12-10', ELINA);
  const OPV_OVERDUE = o(21, '2027-11-20', ELINA);
  const OPV_AFTER = o(21, '2027-12-20', ELINA);
  const OPV_DONE = o(21, '2027-12-04', ELINA, true);
  const HYP_SUPERVISORS = o(23, '2027-12-05', SUPERVISOR);
  const KHO_AINO = o(24, '2027-12-05', AINO);
  const occurrences = [OPV_DUE, OPV_ON_JUHAS_DAY_OFF, TIV_DUE, OPV_OVERDUE, OPV_AFTER, OPV_DONE, HYP_SUPERVISORS, KHO_AINO];
  const source = { accounts, tasks: [task], occurrences, today: '2027-12-01', absences, cover: { shortAbsenceMaxDays: 2 } };

  it('names the substitute for the owner\'s open items due while she is away, until the day the chain hands them on', () => {
    const acting = actingOwners(source);
    const who = (x: ClockOccurrence) => acting.get(x.id) && { person: acting.get(x.id)!.person.title, until: acting.get(x.id)!.until, manager: acting.get(x.id)!.manager.title };
    expect(who(OPV_DUE)).toEqual({ person: 'Juha Nieminen', until: '2027-12-07', manager: 'Elina Lindqvist' });
    // Juha's own two days off: Mikko, named for those days, handles it.
    expect(who(OPV_ON_JUHAS_DAY_OFF)).toEqual({ person: 'Mikko Korhonen', until: '2027-12-09', manager: 'Elina Lindqvist' });
    // The per-account override.
    expect(who(TIV_DUE)).toEqual({ person: 'Aino Virtanen', until: '2027-12-14', manager: 'Elina Lindqvist' });
    // Overdue and still open while she is away today.
    expect(who(OPV_OVERDUE)).toMatchObject({ person: 'Juha Nieminen' });
    // After she is back, done, someone else's item, or an account whose manager is not away: the owner only.
    for (const x of [OPV_AFTER, OPV_DONE, HYP_SUPERVISORS, KHO_AINO]) expect(acting.has(x.id)).toBe(false);
  });

  it('a short absence is not covered: nobody acts for the owner then', () => {
    const short = { ...source, absences: [absence(3, ELINA, '2027-12-03', '2027-12-04', { substitute: JUHA })] };
    expect(actingOwners(short).size).toBe(0);
    // Unless the site counts two days as long enough to cover.
    expect(actingOwners({ ...short, cover: { shortAbsenceMaxDays: 1 } }).get(OPV_DUE.id)?.person.title).toBe('Juha Nieminen');
  });

  it('without absences (none, or the list could not be read) every item shows its owner only', () => {
    expect(actingOwners({ ...source, absences: undefined }).size).toBe(0);
    expect(buildItems({ ...source, absences: [] }).every((i) => !i.acting)).toBe(true);
  });

  it('"me" and "my accounts" include the items I handle for an absent owner; the names say so', () => {
    const items = buildItems(source);
    const juhaMine = myAccountIds(accounts, JUHA);
    const me = applyFilters(items, { ...DEFAULT_FILTERS, owner: 'me' }, JUHA, juhaMine);
    expect(me.map((i) => [i.account?.abbreviation, i.dueDate])).toEqual([
      ['OPV', '2027-11-20'],
      ['OPV', '2027-12-03'],
    ]);
    const aino = applyFilters(items, DEFAULT_FILTERS, AINO, myAccountIds(accounts, AINO));
    expect(aino.map((i) => [i.account?.abbreviation, i.dueDate])).toEqual([
      ['HYP', '2027-12-05'],
      ['KHO', '2027-12-05'],
      ['TIV', '2027-12-10'],
    ]);
    const tiv = items.find((i) => i.occurrence.id === TIV_DUE.id)!;
    expect(itemName(tiv, clockBundle.get('fi'), 'fi-FI')).toBe('Kuukausiraportti – TIV – pe 10.12.2027 – erääntyy pian – hoitaa Aino Virtanen');
    expect(actingUntil(tiv, clockBundle.get('fi'), 'fi-FI')).toBe('Aino Virtanen (tuuraa 14.12. asti)');
    expect(actingUntil(tiv, clockBundle.get('sv'), 'sv-SE')).toBe('Aino Virtanen (vikarierar till 14.12)');
    expect(actingUntil(tiv, clockBundle.get('en'), 'en-GB')).toBe('Aino Virtanen (covering until 14/12)');
  });
});

describe('remembered preferences', () => {
  it('reads what was stored and falls back value by value', () => {
    expect(parsePrefs(undefined)).toEqual({ layout: 'wheel', filters: DEFAULT_FILTERS });
    expect(parsePrefs('not json')).toEqual({ layout: 'wheel', filters: DEFAULT_FILTERS });
    expect(parsePrefs(JSON.stringify({ layout: 'list', filters: { owner: 'me', categories: ['economy', 'bogus'], states: ['overdue', 7], accountId: -1 } }))).toEqual({
      layout: 'list',
      filters: { owner: 'me', categories: ['economy'], states: ['overdue'], accountId: undefined },
    });
  });
});

describe('month strip cells', () => {
  it('counts per month with the most urgent state', () => {
    const cells = monthCells(OCCURRENCES, 2027, '2027-03-20');
    expect(cells[1]).toMatchObject({ month: 2, count: 1, worst: 'done' });
    expect(cells[2]).toMatchObject({ month: 3, count: 5, worst: 'overdue', states: { overdue: 2, dueSoon: 2, upcoming: 0, done: 1 } });
    expect(cells[0]).toMatchObject({ count: 0, worst: undefined });
  });
});
