/** Names of periods and trend steps in the user's language. */
import { formatDate, intlLocale } from '../../domain/dates';
import type { Bucket, Period } from '../../domain/feedbackSummary';
import { format } from '../../loc/strings';
import type { TeamReviewStrings } from './strings';

const monthName = (month: number, locale: string, style: 'long' | 'short'): string =>
  new Intl.DateTimeFormat(intlLocale(locale), { month: style, timeZone: 'UTC' }).format(new Date(Date.UTC(2020, month - 1, 15)));

export function periodLabel(p: Period, s: TeamReviewStrings, locale: string): string {
  switch (p.kind) {
    case 'week':
      return format(s.summary.week, { week: p.number, year: p.year });
    case 'month': {
      const name = monthName(p.number, locale, 'long');
      return `${name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)} ${p.year}`;
    }
    case 'quarter':
      return format(s.summary.quarter, { quarter: p.number, year: p.year });
    default:
      return String(p.year);
  }
}

export function stepLabel(b: Bucket, s: TeamReviewStrings, locale: string): string {
  if (b.kind === 'day') return formatDate(b.start, locale, { weekday: 'short', day: 'numeric', month: 'numeric' });
  if (b.kind === 'week') return format(s.summary.weekStep, { week: b.number });
  return monthName(b.number, locale, 'short');
}

/** 0.4567 → "45,7" / "45.7" in the user's number format. */
export function percent(share: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(share * 100);
}

export function decimal(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(value);
}
