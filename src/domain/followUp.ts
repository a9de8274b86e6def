/**
 * Follow-up groups (palvelusopimuksen seurantaryhmät), docs/care-model.md §3: quarterly, usually in
 * March, June, September and December; materials about one week before; the invitation carries the links to the
 * materials and to the satisfaction survey; minutes are reviewed at the next meeting's item 2.
 */
import { addDays, toHelsinkiDate, IsoDate } from './dates';
import type { Meeting } from './types';

/** The standard nine-item agenda (perusmuotoinen asialista). `key` lets the meeting kit attach data to an item. */
export const STANDARD_AGENDA = [
  { key: 'opening', fi: 'Kokouksen avaus ja asialistan hyväksyminen', sv: 'Mötets öppnande och godkännande av föredragningslistan', en: 'Opening and approval of the agenda' },
  { key: 'previousMinutes', fi: 'Edellisen kokouksen pöytäkirja', sv: 'Föregående mötes protokoll', en: 'Minutes of the previous meeting' },
  { key: 'economy', fi: 'Talouskatsaus', sv: 'Ekonomisk översikt', en: 'Financial review' },
  { key: 'services', fi: 'Palveluiden tilannekatsaus', sv: 'Lägesöversikt över tjänsterna', en: 'Service status review' },
  { key: 'development', fi: 'Palveluiden kehitys', sv: 'Utveckling av tjänsterna', en: 'Service development' },
  { key: 'satisfaction', fi: 'Tilaajatyytyväisyyskysely', sv: 'Beställarnöjdhetsenkät', en: 'Customer satisfaction survey' },
  { key: 'other', fi: 'Muut asiat', sv: 'Övriga frågor', en: 'Other business' },
  { key: 'nextMeeting', fi: 'Seuraavan kokouksen sopiminen', sv: 'Nästa möte', en: 'Agreeing the next meeting' },
  { key: 'closing', fi: 'Kokouksen päättäminen', sv: 'Mötets avslutande', en: 'Closing the meeting' },
] as const;

export type AgendaKey = (typeof STANDARD_AGENDA)[number]['key'];

/** Materials should be available about one week before the meeting. */
export const MATERIALS_LEAD_DAYS = 7;

export function materialsReadyDate(meeting: Pick<Meeting, 'startsAt' | 'materialsReadyOn'>): IsoDate {
  return meeting.materialsReadyOn ?? addDays(toHelsinkiDate(meeting.startsAt), -MATERIALS_LEAD_DAYS);
}

export function quarterOf(date: IsoDate): 1 | 2 | 3 | 4 {
  return (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
}

/** Follow-up groups of an account sorted by start, split around "now". */
export function splitMeetings(meetings: Meeting[], now: Date): { past: Meeting[]; next?: Meeting; upcoming: Meeting[] } {
  const sorted = [...meetings].filter((m) => m.status !== 'cancelled').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const nowIso = now.toISOString();
  const past = sorted.filter((m) => m.startsAt < nowIso || m.status === 'held');
  const upcoming = sorted.filter((m) => !past.includes(m));
  return { past, next: upcoming[0], upcoming };
}

/** The meeting whose minutes are reviewed at item 2 of `meeting`: the latest one before it. */
export function previousMeeting(meetings: Meeting[], meeting: Meeting): Meeting | undefined {
  return [...meetings]
    .filter((m) => m.id !== meeting.id && m.startsAt < meeting.startsAt && m.status !== 'cancelled')
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0];
}
