/** The readable names of marks and items: "TAE B1 – KHO – pe 12.3.2027 – myöhässä". */
import { formatDate, HELSINKI, helsinkiWallTimeToUtc, intlLocale, IsoDate } from '../../domain/dates';
import { format } from '../../loc/strings';
import { countStates, ClockItem, ClockMark, STATES } from './model';
import type { AnnualClockStrings } from './strings';

const formatters = new Map<string, { weekday: Intl.DateTimeFormat; date: Intl.DateTimeFormat }>();
const labels = new Map<string, string>();

/**
 * "pe 12.3.2027" / "fre 12.3.2027" / "Fri 12/03/2027". Formatters and labels are cached: the wheel names hundreds
 * of marks per render, and building an Intl formatter costs more than the rest of a mark.
 */
export function dayLabel(date: IsoDate, locale: string): string {
  const key = `${locale}|${date}`;
  let label = labels.get(key);
  if (label === undefined) {
    let f = formatters.get(locale);
    if (!f) {
      const tag = intlLocale(locale);
      f = { weekday: new Intl.DateTimeFormat(tag, { timeZone: HELSINKI, weekday: 'short' }), date: new Intl.DateTimeFormat(tag, { timeZone: HELSINKI }) };
      formatters.set(locale, f);
    }
    const noon = helsinkiWallTimeToUtc(date, 12);
    label = `${f.weekday.format(noon)} ${f.date.format(noon)}`;
    if (labels.size > 5000) labels.clear();
    labels.set(key, label);
  }
  return label;
}

export function accountLabel(item: ClockItem, s: AnnualClockStrings): string {
  return item.account ? item.account.abbreviation || item.account.name : item.occurrence.accountId !== undefined ? `#${item.occurrence.accountId}` : s.organisation;
}

/** The states of several items in words, the most urgent first: "2 myöhässä, 10 tehty". */
export function stateSummary(items: ClockItem[], s: AnnualClockStrings): string {
  const c = countStates(items);
  return STATES.filter((st) => c[st] > 0)
    .map((st) => (items.length === 1 ? s.stateWord[st] : `${c[st]} ${s.stateWord[st]}`))
    .join(', ');
}

/** "hoitaa Juha Nieminen" for an item someone handles while its owner is away; empty otherwise. */
export function actingShort(item: ClockItem, s: AnnualClockStrings): string {
  return item.acting?.person.title ? format(s.actingShort, { name: item.acting.person.title }) : '';
}

/** "Juha Nieminen (tuuraa 14.12. asti)". */
export function actingUntil(item: ClockItem, s: AnnualClockStrings, locale: string): string {
  if (!item.acting) return '';
  return format(s.details.actingUntil, { name: item.acting.person.title ?? '', date: formatDate(item.acting.until, locale, { day: 'numeric', month: 'numeric' }) });
}

export function markName(mark: ClockMark, s: AnnualClockStrings, locale: string): string {
  const single = mark.items.length === 1 ? mark.items[0] : undefined;
  const who = single ? accountLabel(single, s) : format(s.accountsCount, { count: mark.items.length });
  return [mark.title, who, dayLabel(mark.dueDate, locale), stateSummary(mark.items, s), single ? actingShort(single, s) : ''].filter(Boolean).join(' – ');
}

export function itemName(item: ClockItem, s: AnnualClockStrings, locale: string): string {
  return [item.title, accountLabel(item, s), dayLabel(item.dueDate, locale), s.stateWord[item.state], actingShort(item, s)].filter(Boolean).join(' – ');
}

/** Several marks of one ring on one day, shown as one cluster. */
export function clusterName(marks: ClockMark[], s: AnnualClockStrings, locale: string): string {
  const items = marks.flatMap((m) => m.items);
  return [format(s.clusterCount, { count: marks.length }), marks.map((m) => m.title).join(', '), dayLabel(marks[0].dueDate, locale), stateSummary(items, s)].join(' – ');
}
