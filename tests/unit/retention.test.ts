import { isOlderThanRetention, monthSlices, monthsBefore, parseRetentionMonths, retentionCutoff, RETENTION_DEFAULT_MONTHS } from '../../src/domain/retention';

describe('the retention cut-off', () => {
  it('keeps a record for the whole 24 months: dated on the cut-off day it stays, the day before it is older', () => {
    const cutoff = retentionCutoff('2026-03-02', RETENTION_DEFAULT_MONTHS);
    expect(cutoff).toBe('2024-03-02');
    expect(isOlderThanRetention('2024-03-02', cutoff)).toBe(false);
    expect(isOlderThanRetention('2024-03-01', cutoff)).toBe(true);
    expect(isOlderThanRetention('2026-03-02', cutoff)).toBe(false);
  });

  it('takes the last day of a shorter month', () => {
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2024-03-31', 1)).toBe('2024-02-29');
    expect(monthsBefore('2025-05-31', 1)).toBe('2025-04-30');
    expect(monthsBefore('2026-01-31', 2)).toBe('2025-11-30');
  });

  it('handles leap days: 29 February less a year is 28 February, and two leap years apart it stays', () => {
    expect(retentionCutoff('2028-02-29', 12)).toBe('2027-02-28');
    expect(retentionCutoff('2028-02-29', 48)).toBe('2024-02-29');
    expect(retentionCutoff('2025-02-28', 12)).toBe('2024-02-28');
  });

  it('crosses year ends and counts up to ten years', () => {
    expect(retentionCutoff('2026-01-15', 1)).toBe('2025-12-15');
    expect(retentionCutoff('2026-01-15', 13)).toBe('2024-12-15');
    expect(retentionCutoff('2026-06-30', 120)).toBe('2016-06-30');
  });

  it('refuses a retention outside 1–120 whole months', () => {
    expect(() => retentionCutoff('2026-03-02', 0)).toThrow(RangeError);
    expect(() => retentionCutoff('2026-03-02', 121)).toThrow(RangeError);
    expect(() => retentionCutoff('2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => retentionCutoff('2026-02-30', 12)).toThrow(RangeError);
  });

  it('reads a setting or typed value as months, or nothing', () => {
    expect(parseRetentionMonths(' 36 ')).toBe(36);
    expect(parseRetentionMonths('1')).toBe(1);
    expect(parseRetentionMonths('120')).toBe(120);
    for (const bad of [undefined, '', '0', '121', '-3', '2.5', '24 kk', 'abc']) expect(parseRetentionMonths(bad)).toBeUndefined();
  });
});

describe('month slices', () => {
  it('cover the range exactly, one calendar month each, ending at the cut-off', () => {
    expect(monthSlices('2023-11-17', '2024-02-10')).toEqual([
      { from: '2023-11-17', to: '2023-12-01' },
      { from: '2023-12-01', to: '2024-01-01' },
      { from: '2024-01-01', to: '2024-02-01' },
      { from: '2024-02-01', to: '2024-02-10' },
    ]);
    expect(monthSlices('2024-02-10', '2024-02-10')).toEqual([]);
    expect(monthSlices('2024-02-01', '2024-02-02')).toEqual([{ from: '2024-02-01', to: '2024-02-02' }]);
  });
});
