/** The Ideas view's words: refusals in sentences, euros in the user's language, the cost as typed. */
import { formatDate, intlLocale } from '../../domain/dates';
import type { IdeaCheck, IdeaMissing } from '../../domain/ideaGate';
import { format } from '../../loc/strings';
import type { IdeaStrings } from './strings';

/** "a, b ja c". */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Euros as the language writes them (fi 40 000 €, sv 40 000 €, en €40,000); cents only when there are some. */
export function euros(n: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'EUR', minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 }).format(n);
}

/**
 * The cost as typed: "40 000", "40000,50", "40 000 €", "€40,000.50". Empty is no estimate (undefined); anything
 * else that is not a number is NaN, so the card refuses to save it.
 */
export function parseCost(text: string): number | undefined {
  let t = text.replace(/[\s\u00a0\u202f€]/g, '').replace(/^EUR|EUR$/i, '');
  if (t === '') return undefined;
  // One comma and no dot is the decimal comma (fi, sv); commas with a dot are the English thousands separator.
  if (t.includes(',') && t.includes('.')) t = t.replace(/,/g, '');
  else if (/^-?\d+,\d{1,2}$/.test(t)) t = t.replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+$/.test(t)) t = t.replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
}

/** The cost as the field shows it before editing: digits with the decimal comma where the language uses one. */
export function costInput(n: number | undefined, locale: string): string {
  if (n === undefined || n === null) return '';
  const s = String(n);
  return locale.startsWith('en') ? s : s.replace('.', ',');
}

/** Why the card cannot go to the gate, in sentences. */
export function submitRefusal(c: Extract<IdeaCheck, { allowed: false }>, s: IdeaStrings): string[] {
  if (c.reason === 'wrongStage') return [s.submit.wrongStage];
  const empty = c.missing.filter((m) => !m.detail).map((m) => s.card.names[m.requirement as keyof IdeaStrings['card']['names']]);
  const lines: string[] = [];
  if (empty.length) lines.push(capitalise(format(s.submit.missing, { fields: joinList(empty, s.and) })));
  if (c.missing.some((m) => m.detail === 'negative')) lines.push(s.card.costNegative);
  if (c.missing.some((m) => m.detail === 'notNumber')) lines.push(s.card.costNotNumber);
  return lines;
}

function gateLine(m: IdeaMissing, s: IdeaStrings): string {
  if (m.requirement === 'reason') return s.gate.needReason;
  if (m.requirement === 'decisionDate') {
    if (m.detail === 'future') return s.gate.futureDate;
    return m.detail ? format(s.gate.invalidDate, { date: m.detail }) : s.gate.needDate;
  }
  return s.card.names[m.requirement];
}

/** Why the gate refuses the decision, in sentences. */
export function gateRefusal(c: Extract<IdeaCheck, { allowed: false }>, s: IdeaStrings): string[] {
  if (c.reason === 'wrongStage') return [capitalise(s.gate.wrongStage)];
  if (c.reason === 'notLeadership') return [capitalise(s.gate.notLeadership)];
  return c.missing.map((m) => capitalise(gateLine(m, s)));
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function dateText(date: string | undefined, locale: string, none: string): string {
  return date ? formatDate(date, locale) : none;
}
