import { commonStrings, format } from '../../src/loc/strings';
import { allBundles, LANGS } from './fixtures/allBundles';
import { LISTS } from '../../src/data/schema/lists';

function leaves(obj: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'string') out[prefix + k] = v;
    else Object.assign(out, leaves(v as object, `${prefix}${k}.`));
  }
  return out;
}

const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();

describe('localization', () => {
  const fi = () => commonStrings.get('fi');
  let all: Record<'fi' | 'sv' | 'en', Record<string, string>>;
  beforeAll(async () => {
    const [f, v, e] = await Promise.all(LANGS.map((l) => commonStrings.load(l)));
    all = { fi: leaves(f), sv: leaves(v), en: leaves(e) };
  });

  it('has the same keys in Finnish, Swedish and English, none empty', () => {
    for (const lang of ['sv', 'en'] as const) expect(Object.keys(all[lang]).sort()).toEqual(Object.keys(all.fi).sort());
    for (const lang of ['fi', 'sv', 'en'] as const) for (const [k, v] of Object.entries(all[lang])) expect({ k, empty: v.trim() === '' }).toEqual({ k, empty: false });
  });

  it('keeps the same placeholders in every language', () => {
    for (const key of Object.keys(all.fi)) {
      expect({ key, sv: placeholders(all.sv[key]) }).toEqual({ key, sv: placeholders(all.fi[key]) });
      expect({ key, en: placeholders(all.en[key]) }).toEqual({ key, en: placeholders(all.fi[key]) });
    }
  });

  it('names every list and field in all three languages', () => {
    for (const list of LISTS) {
      for (const text of [list.displayName, list.description, ...list.fields.map((x) => x.title)]) {
        expect(text.fi && text.sv && text.en).toBeTruthy();
      }
    }
  });

  it('formats placeholders, and loads each language on its own', async () => {
    expect(format(fi().fieldProblems.tooLong, { max: 20 })).toBe('Enintään 20 merkkiä.');
    expect((await commonStrings.load('sv')).save).toBe('Spara');
    expect(commonStrings.get('en').save).toBe('Save');
  });
});

describe('string bundles (every module in src that calls defineBundle)', () => {
  const bundles = allBundles();

  it('finds the bundles', () => {
    expect(bundles.map((b) => b.file)).toEqual(expect.arrayContaining(['loc/choices.ts', 'loc/strings.ts', 'features/accountTab/strings/tab.ts', 'features/myAccounts/strings.ts']));
  });

  it.each(bundles.map((b) => [b.file, b.bundle]))('%s: same keys in fi, sv, en; none empty; same placeholders', async (_file, bundle) => {
    const [fiStrings, svStrings, enStrings] = await Promise.all(LANGS.map((lang) => bundle.load(lang)));
    const l = { fi: leaves(fiStrings as object), sv: leaves(svStrings as object), en: leaves(enStrings as object) };
    for (const lang of ['sv', 'en'] as const) expect(Object.keys(l[lang]).sort()).toEqual(Object.keys(l.fi).sort());
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const [k, v] of Object.entries(l[lang])) {
        expect({ k, empty: v.trim() === '' }).toEqual({ k, empty: false });
        expect({ k, placeholders: placeholders(v) }).toEqual({ k, placeholders: placeholders(l.fi[k]) });
      }
    }
  });
});
