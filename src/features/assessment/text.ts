/**
 * Numbers, names and cell texts of the assessment view in the user's language. Numbers take the common strings'
 * `numberLocale` (fi-FI, sv-FI: decimal comma; en-GB: decimal point), as the reader writes them.
 */
import { dimensionName, NINE_E_WORLD_NAMES, NineECell, NineEDimension, NineEWorld } from '../../domain/partnership9E';
import type { Lang } from '../../loc/bundle';
import { format } from '../../loc/strings';
import type { Survey } from '../../domain/types';
import type { AssessmentStrings } from './strings';

export const decimal = (value: number, locale: string, digits = 1): string =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

/** A change with its sign: "−0,4" / "+0,3". */
export const signed = (value: number, locale: string): string =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);

export const whole = (value: number, locale: string): string => new Intl.NumberFormat(locale).format(value);

export const worldLabel = (id: NineEWorld, lang: Lang): string => NINE_E_WORLD_NAMES[id][lang];
export const dimensionLabel = (id: NineEDimension, lang: Lang): string => dimensionName(id)[lang];

/** A period's short name for a column: the part after the last dash of "Kumppanuusarvio 9E – syksy 2026", else the title, else the year. */
export function periodLabel(p: Pick<Survey, 'title' | 'year'>): string {
  const title = p.title?.trim() ?? '';
  const parts = title.split(/\s[–-]\s/);
  const tail = parts[parts.length - 1]?.trim();
  return (parts.length > 1 && tail) || title || String(p.year);
}

/** What a hidden cell says: "alle 3 vastausta", "ei vastauksia" or that it protects a small group; nothing else. */
export function suppressedText(c: NineECell, s: AssessmentStrings): string {
  if (c.shown) return '';
  if (c.category === 'none') return s.results.noAnswers;
  if (c.category === 'complementary') return s.results.complementary;
  return format(s.results.fewer, { n: c.threshold });
}

/** One decimal, halves away from zero as Intl rounds them (−1.25 → −1.3, not −1.2). */
export const roundChange = (delta: number): number => (Math.sign(delta) * Math.round(Math.abs(delta) * 10)) / 10;

/** A change rounded to one decimal as the reader sees it: "nousi +0,4", "laski −0,3", "ennallaan". */
export function changeWords(delta: number, locale: string, s: AssessmentStrings): { direction: 'up' | 'down' | 'same'; text: string } {
  const rounded = roundChange(delta);
  if (rounded === 0) return { direction: 'same', text: s.results.same };
  return rounded > 0 ? { direction: 'up', text: format(s.results.up, { delta: signed(rounded, locale) }) } : { direction: 'down', text: format(s.results.down, { delta: signed(rounded, locale) }) };
}
