import fc from 'fast-check';
import { crossCover, FORM_KEYS } from '../../src/domain/crossCover';
import type { Account, OrganisationForm, PersonRef } from '../../src/domain/types';
import { ORGANISATION_FORMS } from '../../src/domain/vocabulary';

const anna: PersonRef = { id: 1, title: 'Anna Aalto', email: 'anna.aalto@kaupunki.example' };
const bertta: PersonRef = { id: 2, title: 'Bertta Berg', email: 'bertta.berg@kaupunki.example' };
const cecilia: PersonRef = { id: 3, title: 'Cecilia Cole', email: 'cecilia.cole@kaupunki.example' };
const daniel: PersonRef = { id: 4, title: 'Daniel Dahl', email: 'daniel.dahl@kaupunki.example' };

let nextId = 1;
function account(name: string, manager: PersonRef | undefined, form: OrganisationForm | undefined, extra: Partial<Account> = {}): Account {
  const id = nextId++;
  return { id, etag: '"1"', name, abbreviation: name.slice(0, 4).toUpperCase(), accountType: 'sector', accountManager: manager, organisationForm: form, active: true, ...extra };
}

describe('crossCover', () => {
  // Anna holds only companies; Bertta companies and sectors; Cecilia a foundation and a sector; Daniel an account without a form.
  const accounts = [
    account('Satamayhtiö', anna, 'company', { backup: bertta }),
    account('Energiayhtiö', anna, 'company', { backup: cecilia }),
    account('Vesiyhtiö', bertta, 'company', { backup: anna }),
    account('Kasvatuksen toimiala', bertta, 'sector'),
    account('Kulttuurisäätiö', cecilia, 'foundation', { backup: anna }),
    account('Kaupunkiympäristön toimiala', cecilia, 'sector', { backup: bertta }),
    account('Uusi asiakkuus', daniel, undefined),
    account('Päättynyt liikelaitos', anna, 'agency', { active: false }),
    account('Hallinnon virasto', undefined, 'agency'),
  ];
  const result = crossCover(accounts);
  const row = (p: PersonRef) => result.managers.find((m) => m.manager.id === p.id)!;
  const item = (name: string) => result.accounts.find((x) => x.account.name === name)!;

  it('counts each manager’s active accounts by organisation form, with a form not given counted apart', () => {
    expect(result.managers.map((m) => m.manager.title)).toEqual(['Anna Aalto', 'Bertta Berg', 'Cecilia Cole', 'Daniel Dahl']);
    expect(row(anna).counts).toEqual({ company: 2, sector: 0, foundation: 0, agency: 0, notGiven: 0 });
    expect(row(anna).total).toBe(2);
    expect(row(bertta).forms).toEqual(['company', 'sector']);
    expect(row(daniel).counts.notGiven).toBe(1);
    expect(row(daniel).forms).toEqual([]);
  });

  it('highlights the managers whose accounts are all of one form', () => {
    expect(result.managers.filter((m) => m.oneForm).map((m) => m.manager.title)).toEqual(['Anna Aalto']);
  });

  it('names who can cover each account, never its own manager, and whether the backup knows the form', () => {
    expect(item('Satamayhtiö').coveredBy.map((p) => p.title)).toEqual(['Bertta Berg']);
    expect(item('Satamayhtiö').backupKnowsForm).toBe(true);
    expect(item('Energiayhtiö').backup?.title).toBe('Cecilia Cole');
    expect(item('Energiayhtiö').backupKnowsForm).toBe(false);
    expect(item('Kaupunkiympäristön toimiala').coveredBy.map((p) => p.title)).toEqual(['Bertta Berg']);
    expect(item('Kasvatuksen toimiala').backup).toBeUndefined();
    expect(item('Kasvatuksen toimiala').backupKnowsForm).toBe(false);
  });

  it('lists the accounts nobody else can cover, the ones without a form, and those without a manager', () => {
    expect(result.nobodyElse.map((x) => x.account.name)).toEqual(['Kulttuurisäätiö']);
    expect(item('Kulttuurisäätiö').backupKnowsForm).toBe(false);
    expect(result.formMissing.map((x) => x.account.name)).toEqual(['Uusi asiakkuus']);
    expect(item('Uusi asiakkuus').coveredBy).toEqual([]);
    expect(item('Uusi asiakkuus').nobodyElse).toBe(false);
    expect(result.unmanaged.map((a) => a.name)).toEqual(['Hallinnon virasto']);
    expect(result.accounts.some((x) => x.account.name === 'Päättynyt liikelaitos')).toBe(false);
    expect(result.holders.agency).toEqual([]);
    expect(result.holders.sector.map((p) => p.title)).toEqual(['Bertta Berg', 'Cecilia Cole']);
  });

  it('gives an empty result for no accounts', () => {
    const empty = crossCover([]);
    expect(empty.managers).toEqual([]);
    expect(empty.nobodyElse).toEqual([]);
    expect(empty.unmanaged).toEqual([]);
  });

  describe('invariants', () => {
    const people = [anna, bertta, cecilia, daniel];
    const accountsArb = fc
      .array(
        fc.record({
          manager: fc.option(fc.constantFrom(...people), { nil: undefined }),
          backup: fc.option(fc.constantFrom(...people), { nil: undefined }),
          form: fc.option(fc.constantFrom(...ORGANISATION_FORMS), { nil: undefined }),
          active: fc.option(fc.boolean(), { nil: undefined }),
          name: fc.string({ maxLength: 6 }),
        }),
        { maxLength: 30 },
      )
      .map((rows) =>
        rows.map((r, i): Account => ({ id: i + 1, etag: '"1"', name: r.name, abbreviation: '', accountType: 'sector', accountManager: r.manager, backup: r.backup, organisationForm: r.form, active: r.active })),
      );

    it('puts every active managed account under exactly one manager, its own, and counts add up', () => {
      fc.assert(
        fc.property(accountsArb, (list) => {
          const r = crossCover(list);
          const activeManaged = list.filter((a) => a.active !== false && a.accountManager);
          const listed = r.managers.flatMap((m) => m.accounts.map((x) => x.account.id));
          expect([...listed].sort((a, b) => a - b)).toEqual(activeManaged.map((a) => a.id).sort((a, b) => a - b));
          for (const m of r.managers) {
            for (const x of m.accounts) expect(x.account.accountManager?.id).toBe(m.manager.id);
            expect(FORM_KEYS.reduce((sum, k) => sum + m.counts[k], 0)).toBe(m.total);
            expect(m.total).toBe(m.accounts.length);
            expect(m.total).toBeGreaterThan(0);
          }
          expect(r.unmanaged.length + listed.length).toBe(list.filter((a) => a.active !== false).length);
        }),
      );
    });

    it('never lets a manager cover their own account, and only managers who know the form cover it', () => {
      fc.assert(
        fc.property(accountsArb, (list) => {
          const r = crossCover(list);
          const knows = new Map(r.managers.map((m) => [m.manager.id, new Set<string>(m.forms)]));
          for (const x of r.accounts) {
            expect(x.coveredBy.some((p) => p.id === x.manager.id)).toBe(false);
            for (const p of x.coveredBy) expect(knows.get(p.id)?.has(x.form)).toBe(true);
            // Everyone else who knows the form is named.
            const others = r.managers.filter((m) => m.manager.id !== x.manager.id && m.forms.includes(x.form as OrganisationForm));
            expect(x.coveredBy.map((p) => p.id).sort()).toEqual(others.map((m) => m.manager.id).sort());
            expect(x.nobodyElse).toBe(x.form !== 'notGiven' && x.coveredBy.length === 0);
            if (x.backupKnowsForm) expect(x.backup && x.backup.id !== x.manager.id).toBeTruthy();
          }
        }),
      );
    });

    it('marks one-form managers exactly when their given forms are a single one', () => {
      fc.assert(
        fc.property(accountsArb, (list) => {
          for (const m of crossCover(list).managers) {
            const given = new Set(m.accounts.map((x) => x.form).filter((f) => f !== 'notGiven'));
            expect(m.oneForm).toBe(given.size === 1);
            expect(m.forms.length).toBe(given.size);
          }
        }),
      );
    });
  });
});
