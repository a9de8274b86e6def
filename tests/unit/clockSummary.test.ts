/** The organisation view's counts: accounts × quarter, overdue / done late / done on time / open, most behind first. */
import { quarterOf, summarizeClock, summaryBucket } from '../../src/domain/clockSummary';

const TODAY = '2027-06-15';
const accounts = [
  { id: 1, name: 'ORK' },
  { id: 2, name: 'Vantaa' },
  { id: 3, name: 'Ahvenanmaa' },
  { id: 4, name: 'Espoo' },
];

describe('summaryBucket', () => {
  it('sorts an item into one bucket as of today', () => {
    expect(summaryBucket({ dueDate: '2027-06-14', done: false }, TODAY)).toBe('overdue');
    expect(summaryBucket({ dueDate: '2027-06-15', done: false }, TODAY)).toBe('open');
    expect(summaryBucket({ dueDate: '2027-12-01' }, TODAY)).toBe('open');
    expect(summaryBucket({ dueDate: '2027-03-01', done: true, doneOn: '2027-03-02' }, TODAY)).toBe('doneLate');
    expect(summaryBucket({ dueDate: '2027-03-01', done: true, doneOn: '2027-03-01' }, TODAY)).toBe('doneOnTime');
    expect(summaryBucket({ dueDate: '2027-03-01', done: true }, TODAY)).toBe('doneOnTime');
    // Done early for a date still ahead.
    expect(summaryBucket({ dueDate: '2027-09-01', done: true, doneOn: '2027-06-01' }, TODAY)).toBe('doneOnTime');
  });

  it('knows the quarters', () => {
    expect(['2027-01-01', '2027-03-31', '2027-04-01', '2027-06-30', '2027-07-01', '2027-09-30', '2027-10-01', '2027-12-31'].map(quarterOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe('summarizeClock', () => {
  const occurrences = [
    // ORK: one overdue in Q2, one done late in Q1, one on time in Q1, one open in Q3.
    { accountId: 1, dueDate: '2027-05-31', done: false },
    { accountId: 1, dueDate: '2027-02-28', done: true, doneOn: '2027-03-05' },
    { accountId: 1, dueDate: '2027-03-15', done: true, doneOn: '2027-03-10' },
    { accountId: 1, dueDate: '2027-09-15', done: false },
    // Vantaa: two overdue.
    { accountId: 2, dueDate: '2027-01-31', done: false },
    { accountId: 2, dueDate: '2027-04-30' },
    // Espoo: one done late, nothing overdue.
    { accountId: 4, dueDate: '2027-04-30', done: true, doneOn: '2027-05-02' },
    // The organisation's own item, another year's item and an inactive account's item.
    { dueDate: '2027-01-15', done: false },
    { accountId: 1, dueDate: '2026-12-31', done: false },
    { accountId: 99, dueDate: '2027-01-31', done: false },
  ];

  it('counts per account and quarter, and sorts the most behind first', () => {
    const s = summarizeClock(accounts, occurrences, TODAY, 2027, 'Organisaatio');
    expect(s.rows.map((r) => r.name)).toEqual(['Vantaa', 'ORK', 'Espoo', 'Ahvenanmaa']);
    expect(s.behind).toBe(2);
    const ork = s.rows.find((r) => r.accountId === 1)!;
    expect(ork.quarters[0]).toEqual({ overdue: 0, doneLate: 1, doneOnTime: 1, open: 0, total: 2 });
    expect(ork.quarters[1]).toEqual({ overdue: 1, doneLate: 0, doneOnTime: 0, open: 0, total: 1 });
    expect(ork.quarters[2]).toEqual({ overdue: 0, doneLate: 0, doneOnTime: 0, open: 1, total: 1 });
    expect(ork.quarters[3].total).toBe(0);
    expect(ork.total).toEqual({ overdue: 1, doneLate: 1, doneOnTime: 1, open: 1, total: 4 });
    const vantaa = s.rows[0];
    expect(vantaa.total.overdue).toBe(2);
    expect(s.rows[3].total.total).toBe(0);
    expect(s.organisation).toMatchObject({ name: 'Organisaatio', accountId: undefined, total: { overdue: 1, total: 1 } });
  });

  it('has no organisation row when every item belongs to an account, and none behind when nothing is overdue', () => {
    const s = summarizeClock(accounts, [{ accountId: 3, dueDate: '2027-08-01' }], TODAY, 2027);
    expect(s.organisation).toBeUndefined();
    expect(s.behind).toBe(0);
    expect(s.rows.map((r) => r.name)).toEqual(['Ahvenanmaa', 'Espoo', 'ORK', 'Vantaa']);
  });

  it('every counted item lands in exactly one bucket', () => {
    const s = summarizeClock(accounts, occurrences, TODAY, 2027);
    for (const r of [...s.rows, s.organisation!]) {
      for (const q of [...r.quarters, r.total]) expect(q.overdue + q.doneLate + q.doneOnTime + q.open).toBe(q.total);
      expect(r.quarters.reduce((n, q) => n + q.total, 0)).toBe(r.total.total);
    }
  });
});
