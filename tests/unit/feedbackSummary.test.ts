/** The feedback summary against a fixture counted by hand, and the periods (ISO weeks, months, quarters, years). */
import { bucketsOf, isoWeek, median, monthSlices, periodOf, previousPeriod, summarizeFeedback, SummaryItem } from '../../src/domain/feedbackSummary';

const item = (date: string, kind: SummaryItem['kind'], reason: SummaryItem['reason'], status: SummaryItem['status'], reactedOn?: string): SummaryItem => ({ date, kind, reason, status, reactedOn });

// Q1 2026 and, before it, Q4 2025.
const FIXTURE: SummaryItem[] = [
  item('2026-01-05', 'positive', 'serviceQuality', 'answered', '2026-01-07'),
  item('2026-01-20', 'negative', 'operationsQuality', 'closed', '2026-01-30'),
  item('2026-02-10', 'negative', 'serviceQuality', 'inProgress'),
  item('2026-02-28', 'developmentIdea', 'other', 'new'),
  item('2026-03-31', 'question', 'serviceQuality', 'answered', '2026-04-02'),
  item('2026-04-01', 'positive', 'serviceQuality', 'new'), // next quarter
  item('2025-12-31', 'negative', 'serviceQuality', 'closed'),
  item('2025-10-01', 'positive', 'other', 'answered'),
  item('2025-09-30', 'positive', 'other', 'answered'), // before both
];

describe('feedback summary of a quarter', () => {
  const sum = summarizeFeedback(FIXTURE, periodOf('quarter', '2026-02-15'));

  it('counts the quarter by kind, reason and kind × reason', () => {
    expect(sum.period).toMatchObject({ start: '2026-01-01', end: '2026-04-01', number: 1, year: 2026 });
    expect(sum.total).toBe(5);
    expect(sum.byKind).toEqual({ positive: 1, negative: 2, developmentIdea: 1, question: 1 });
    expect(sum.byReason).toEqual({ serviceQuality: 3, operationsQuality: 1, other: 1 });
    expect(sum.byKindReason.negative).toEqual({ serviceQuality: 1, operationsQuality: 1, other: 0 });
    expect(sum.byKindReason.developmentIdea).toEqual({ serviceQuality: 0, operationsQuality: 0, other: 1 });
  });

  it('counts statuses, the reacted share and the median days to a reaction', () => {
    expect(sum.byStatus).toEqual({ new: 1, inProgress: 1, answered: 2, closed: 1 });
    expect(sum.reacted).toBe(3);
    expect(sum.reactedShare).toBeCloseTo(0.6);
    expect(sum.medianDaysToReaction).toBe(2); // 2, 2 and 10 days
  });

  it('shows the trend month by month beside the previous quarter', () => {
    expect(sum.trend.map((t) => [t.start, t.total])).toEqual([
      ['2026-01-01', 2],
      ['2026-02-01', 2],
      ['2026-03-01', 1],
    ]);
    expect(sum.trend[0].byKind).toEqual({ positive: 1, negative: 1, developmentIdea: 0, question: 0 });
    expect(sum.previous?.total).toBe(2);
    expect(sum.previous?.trend.map((t) => t.total)).toEqual([1, 0, 1]);
    expect(sum.previous?.byKind).toEqual({ positive: 1, negative: 1, developmentIdea: 0, question: 0 });
  });

  it('leaves the comparison out when asked (it is read on its own)', () => {
    expect(summarizeFeedback(FIXTURE, periodOf('quarter', '2026-02-15'), { withPrevious: false }).previous).toBeUndefined();
  });

  it('an empty period has no share or median', () => {
    const empty = summarizeFeedback([], periodOf('month', '2026-06-10'));
    expect(empty.total).toBe(0);
    expect(empty.reactedShare).toBeUndefined();
    expect(empty.medianDaysToReaction).toBeUndefined();
  });
});

describe('periods', () => {
  it('weeks start on Monday and carry ISO week numbers', () => {
    expect(periodOf('week', '2026-01-01')).toMatchObject({ start: '2025-12-29', end: '2026-01-05', year: 2026, number: 1 });
    expect(periodOf('week', '2027-01-01')).toMatchObject({ start: '2026-12-28', year: 2026, number: 53 });
    expect(isoWeek('2026-03-02')).toEqual({ year: 2026, week: 10 });
    expect(bucketsOf(periodOf('week', '2026-03-04')).map((b) => b.start)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
  });

  it('a month is split into its weeks, clipped to the month', () => {
    const weeks = bucketsOf(periodOf('month', '2026-03-15'));
    expect(weeks.map((w) => [w.start, w.end, w.number])).toEqual([
      ['2026-03-01', '2026-03-02', 9],
      ['2026-03-02', '2026-03-09', 10],
      ['2026-03-09', '2026-03-16', 11],
      ['2026-03-16', '2026-03-23', 12],
      ['2026-03-23', '2026-03-30', 13],
      ['2026-03-30', '2026-04-01', 14],
    ]);
  });

  it('a year has twelve months, and the previous period of January is December', () => {
    expect(bucketsOf(periodOf('year', '2026-07-01'))).toHaveLength(12);
    expect(previousPeriod(periodOf('month', '2026-01-10'))).toMatchObject({ start: '2025-12-01', end: '2026-01-01' });
    expect(previousPeriod(periodOf('quarter', '2026-01-10'))).toMatchObject({ start: '2025-10-01', number: 4, year: 2025 });
  });

  it('a week counts day by day', () => {
    const sum = summarizeFeedback([item('2026-03-02', 'positive', 'other', 'new'), item('2026-03-08', 'question', 'other', 'new'), item('2026-03-09', 'question', 'other', 'new')], periodOf('week', '2026-03-05'));
    expect(sum.trend.map((t) => t.total)).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('month slices cover a range without gaps', () => {
    expect(monthSlices('2025-12-29', '2026-02-10')).toEqual([
      ['2025-12-29', '2026-01-01'],
      ['2026-01-01', '2026-02-01'],
      ['2026-02-01', '2026-02-10'],
    ]);
    expect(median([4, 1])).toBe(2.5);
  });
});
