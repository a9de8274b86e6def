import {
  addDays,
  dateOnlyFromSharePoint,
  dateOnlyToSharePoint,
  daysBetween,
  formatDate,
  helsinkiOffsetMinutes,
  helsinkiWallTimeToUtc,
  isIsoDate,
  toHelsinkiDate,
} from '../../src/domain/dates';

describe('Helsinki date-only values', () => {
  it('stores 1 September as Helsinki midnight in UTC (the previous day 21:00Z in summer)', () => {
    expect(dateOnlyToSharePoint('2026-09-01')).toBe('2026-08-31T21:00:00Z');
    expect(dateOnlyFromSharePoint('2026-08-31T21:00:00Z')).toBe('2026-09-01');
  });

  it('uses UTC+2 in winter', () => {
    expect(dateOnlyToSharePoint('2026-01-15')).toBe('2026-01-14T22:00:00Z');
    expect(dateOnlyFromSharePoint('2026-01-14T22:00:00Z')).toBe('2026-01-15');
  });

  it('round-trips every day of a year, across both DST switches', () => {
    let day = '2026-01-01';
    for (let i = 0; i < 365; i++) {
      expect(dateOnlyFromSharePoint(dateOnlyToSharePoint(day))).toBe(day);
      day = addDays(day, 1);
    }
    expect(day).toBe('2027-01-01');
  });

  it('knows the DST switch days (last Sunday of March and of October)', () => {
    expect(dateOnlyToSharePoint('2026-03-29')).toBe('2026-03-28T22:00:00Z');
    expect(dateOnlyToSharePoint('2026-03-30')).toBe('2026-03-29T21:00:00Z');
    expect(dateOnlyToSharePoint('2026-10-25')).toBe('2026-10-24T21:00:00Z');
    expect(dateOnlyToSharePoint('2026-10-26')).toBe('2026-10-25T22:00:00Z');
    expect(helsinkiOffsetMinutes(new Date('2026-07-01T12:00:00Z'))).toBe(180);
    expect(helsinkiOffsetMinutes(new Date('2026-12-01T12:00:00Z'))).toBe(120);
  });

  it('converts wall time to UTC for meetings', () => {
    expect(helsinkiWallTimeToUtc('2026-06-10', 9, 30).toISOString()).toBe('2026-06-10T06:30:00.000Z');
  });

  it('takes the Helsinki day of an instant, not the UTC day', () => {
    expect(toHelsinkiDate('2026-12-31T22:30:00Z')).toBe('2027-01-01');
  });

  it('rejects impossible dates', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('1.9.2026')).toBe(false);
    expect(() => dateOnlyToSharePoint('2026-13-01')).toThrow();
  });

  it('formats for the user locale in Helsinki', () => {
    expect(formatDate('2026-09-01', 'fi-FI')).toBe('1.9.2026');
    // Finland Swedish and English as used in Finland: day before month.
    expect(formatDate('2026-09-01', 'sv-SE')).toBe('1.9.2026');
    expect(formatDate('2026-09-01', 'en-US')).toBe('01/09/2026');
  });

  it('counts days', () => {
    expect(daysBetween('2026-12-01', '2026-12-24')).toBe(23);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
});
