import { escapeODataString, f, literal, toODataFilter } from '../../src/data/odata';
import { listDef } from '../../src/data/schema/lists';
import { assertThresholdSafe } from '../../src/data/sp/repository';

describe('OData filters', () => {
  const accounts = listDef('accounts');
  const absences = listDef('absences');

  it('doubles quotes in string literals so a name cannot break the query', () => {
    expect(escapeODataString("O'Brien")).toBe("'O''Brien'");
    expect(toODataFilter(accounts, f.eq('abbreviation', "x' or 1 eq 1 or Title eq '"))).toBe(
      "ACAbbreviation eq 'x'' or 1 eq 1 or Title eq '''",
    );
  });

  it('filters lookups and people by their Id column, booleans as 1/0', () => {
    expect(toODataFilter(listDef('contacts'), f.eq('accountId', 7))).toBe('ACAccountId eq 7');
    expect(toODataFilter(accounts, f.and(f.eq('accountManager', 12), f.eq('active', true)))).toBe('ACAccountManagerId eq 12 and ACActive eq 1');
  });

  it('writes date-only values as Helsinki midnight in UTC', () => {
    expect(toODataFilter(absences, f.and(f.le('start', '2026-09-01'), f.ge('end', '2026-09-01')))).toBe(
      "ACStart le '2026-08-31T21:00:00Z' and ACEnd ge '2026-08-31T21:00:00Z'",
    );
  });

  it('parenthesises nested groups', () => {
    const filter = f.and(f.eq('accountId', 1), f.or(f.eq('status', 'open'), f.eq('status', 'inProgress')));
    expect(toODataFilter(listDef('actions'), filter)).toBe("ACAccountId eq 1 and (ACStatus eq 'open' or ACStatus eq 'inProgress')");
  });

  it('refuses values of the wrong type instead of sending them', () => {
    expect(() => literal('lookup', '3 or 1 eq 1')).toThrow();
    expect(() => literal('dateOnly', '2026-09-01T00:00:00Z')).toThrow();
    expect(() => toODataFilter(accounts, f.eq('noSuchProp', 1))).toThrow(/no field/);
  });

  it('guards the list view threshold: the first clause and every sort must use an indexed column', () => {
    expect(() => assertThresholdSafe(accounts, { filter: f.eq('abbreviation', 'KHO') })).not.toThrow();
    expect(() => assertThresholdSafe(accounts, { filter: f.eq('workingAgreements', 'x') })).toThrow(/indexed/);
    expect(() => assertThresholdSafe(accounts, { filter: f.and(f.eq('active', true), f.eq('workingAgreements', 'x')) })).not.toThrow();
    expect(() => assertThresholdSafe(accounts, { filter: f.or(f.eq('active', true), f.eq('name', 'x')) })).toThrow(/indexed/);
    expect(() => assertThresholdSafe(accounts, { orderBy: [{ prop: 'name' }] })).toThrow(/sort/);
  });
});
