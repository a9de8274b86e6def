/** Number, date and count formatting for the follow-up groups section, in the user's locale. */
import { formatDate, IsoDate } from '../../../domain/dates';
import { format } from '../../../loc/strings';

export const formatAmount = (n: number, locale: string): string =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);

export const formatScore = (n: number, locale: string): string =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

/** "+0,3", "−0,2"; zero is shown by the caller as "unchanged". */
export const formatChange = (n: number, locale: string, digits = 1): string =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(n);

/** "in 3 days", "tomorrow", "2 days ago" in the user's language. */
export const relativeDays = (days: number, locale: string): string => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');

/** "maaliskuu 2026" / "mars 2026" / "March 2026". */
export const monthName = (year: number, month: number, locale: string): string =>
  formatDate(`${year}-${String(month).padStart(2, '0')}-15` as IsoDate, locale, { month: 'long', year: 'numeric' });

export const responsesText = (count: number, s: { responsesOne: string; responsesMany: string }): string =>
  count === 1 ? s.responsesOne : format(s.responsesMany, { count });
