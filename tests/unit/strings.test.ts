import { en, fi, format, stringsFor, sv } from '../../src/loc/strings';
import * as fs from 'fs';
import * as path from 'path';
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
  const all = { fi: leaves(fi), sv: leaves(sv), en: leaves(en) };

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

  it('formats placeholders and picks Finnish for unknown locales', () => {
    expect(format(fi.fieldProblems.tooLong, { max: 20 })).toBe('Enintään 20 merkkiä.');
    expect(stringsFor('sv-SE').save).toBe('Spara');
  });
});

describe('feature bundles (src/loc/*.ts exporting `bundle`)', () => {
  const dir = path.join(__dirname, '..', '..', 'src', 'loc');
  const modules = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const bundles = modules.map((file) => ({ file, bundle: require(path.join(dir, file)).bundle })).filter((m) => m.bundle);

  it('finds the bundles', () => {
    expect(bundles.map((b) => b.file)).toContain('choices.ts');
  });

  it.each(bundles.map((b) => [b.file, b.bundle]))('%s: same keys in fi, sv, en; none empty; same placeholders', (_file, bundle) => {
    const b = bundle as { fi: object; sv: object; en: object };
    const l = { fi: leaves(b.fi), sv: leaves(b.sv), en: leaves(b.en) };
    for (const lang of ['sv', 'en'] as const) expect(Object.keys(l[lang]).sort()).toEqual(Object.keys(l.fi).sort());
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const [k, v] of Object.entries(l[lang])) {
        expect({ k, empty: v.trim() === '' }).toEqual({ k, empty: false });
        expect({ k, placeholders: placeholders(v) }).toEqual({ k, placeholders: placeholders(l.fi[k]) });
      }
    }
  });
});
