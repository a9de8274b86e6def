import { listDef } from '../../src/data/schema/lists';
import { validateValues } from '../../src/data/schema/validate';

describe('validation before any write', () => {
  it('lists every missing required value', () => {
    const problems = validateValues(listDef('accounts'), { name: '', accountType: 'sector' });
    expect(problems).toEqual(expect.arrayContaining([{ field: 'name', code: 'required' }, { field: 'abbreviation', code: 'required' }]));
  });

  it('checks choices, lengths and ranges', () => {
    const problems = validateValues(listDef('accounts'), { name: 'A', abbreviation: 'X'.repeat(21), accountType: 'customer', engagementLevel: 7 });
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'abbreviation', code: 'tooLong', params: { max: 20 } },
        { field: 'accountType', code: 'invalidChoice' },
        { field: 'engagementLevel', code: 'outOfRange', params: { min: 1, max: 5 } },
      ]),
    );
  });

  it('checks emails, urls and date order', () => {
    expect(validateValues(listDef('contacts'), { email: 'kaisa.ojala@' }, true)).toEqual([{ field: 'email', code: 'invalidEmail' }]);
    expect(validateValues(listDef('accounts'), { workspaceUrl: { url: 'javascript:alert(1)' } }, true)).toEqual([{ field: 'workspaceUrl', code: 'invalidUrl' }]);
    expect(validateValues(listDef('absences'), { start: '2026-07-10', end: '2026-07-01' }, true)).toEqual([{ field: 'end', code: 'endBeforeStart' }]);
  });

  it('checks only what an update changes', () => {
    expect(validateValues(listDef('accounts'), { workingAgreements: 'Kaikki yhteydenotot tietohallintopäällikön kautta.' }, true)).toEqual([]);
  });
});
