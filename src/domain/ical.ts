/**
 * iCalendar (RFC 5545) export of annual clock items as all-day events that Outlook, Google Calendar and Apple
 * Calendar import. Pure: the caller composes each event's texts (in the user's language) and passes "now".
 *
 * What makes Outlook take the file as intended:
 * - all-day events: `DTSTART;VALUE=DATE:20270312` and `DTEND;VALUE=DATE:` the next day (DTEND is exclusive);
 * - a `UID` derived from the occurrence's client key (`<clientKey>@account-care`), the same in every export, and a
 *   `SEQUENCE` that grows when the item changes, so importing a newer file updates the events instead of adding
 *   them twice;
 * - `METHOD:PUBLISH` (a calendar to subscribe to or import, not a meeting request), `TRANSP:TRANSPARENT` (a
 *   deadline does not make the day busy);
 * - UTF-8, CRLF line ends, lines folded at 75 octets without splitting a UTF-8 sequence, TEXT values escaped
 *   (`\\`, `\;`, `\,`, `\n`) and stripped of control characters. Texts are plain: nothing in a value is markup.
 */
import { addDays, IsoDate, isIsoDate } from './dates';

export const ICS_UID_DOMAIN = 'account-care';
export const ICS_PRODID = '-//Account Care//Annual clock//FI';
/** Longest description kept (characters); a longer one ends with "…". Outlook shows a few thousand at most. */
export const ICS_MAX_DESCRIPTION = 4000;
/** Longest summary kept (characters). */
export const ICS_MAX_SUMMARY = 250;
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
export const ICS_LINE_OCTETS = 75;

export interface IcsEvent {
  /** Stable identity across exports; see `icsUid`. */
  uid: string;
  /** The day the item is due (a Helsinki calendar day). */
  date: IsoDate;
  summary: string;
  description?: string;
  /** Done items get `donePrefix` in front of the summary (VEVENT has no "completed" status). */
  done?: boolean;
  /** Grows whenever the item changes; see `icsSequence`. */
  sequence?: number;
  categories?: string[];
  /** The item's last change (an ISO instant), written as LAST-MODIFIED. */
  modified?: string;
}

export interface IcsCalendar {
  /** The calendar's name in the importing client (X-WR-CALNAME), e.g. "Vuosikello ORK 2027". */
  name: string;
  events: IcsEvent[];
  /** The export's moment (DTSTAMP). */
  now: Date;
  /** Put in front of a done item's summary; default "✓ ". */
  donePrefix?: string;
}

/** The UID of an occurrence: its client key (stable across exports and years' regenerations) at our domain. */
export function icsUid(clientKey: string, domain: string = ICS_UID_DOMAIN): string {
  // A UID is one line of TEXT: keep it to safe characters so every client compares it byte for byte.
  const safe = clientKey.replace(/[^A-Za-z0-9:._\-+=/]/g, (c) => `%${c.codePointAt(0)!.toString(16).toUpperCase()}`);
  return `${safe}@${domain}`;
}

/**
 * The UID domain of a site's items: the site's path and host, most specific first (`ork.sites.contoso.sharepoint.com`),
 * so two sites whose templates share task codes and account ids never collide in one person's calendar.
 */
export function icsUidDomain(siteUrl: string): string {
  try {
    const url = new URL(siteUrl);
    const parts = [...url.pathname.split('/').filter(Boolean).reverse(), ...url.hostname.split('.')].filter(Boolean);
    const domain = parts.map((p) => p.toLowerCase().replace(/[^a-z0-9-]/g, '-')).join('.');
    return domain || ICS_UID_DOMAIN;
  } catch {
    return ICS_UID_DOMAIN;
  }
}

const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/**
 * A SEQUENCE that grows with the item's modification time (minutes since 2020), so a re-export after an edit
 * (a new due date, marked done) carries a higher number and the calendar replaces its copy. 0 when unknown.
 */
export function icsSequence(modified?: string): number {
  if (!modified) return 0;
  const t = Date.parse(modified);
  if (isNaN(t) || t < SEQUENCE_EPOCH) return 0;
  return Math.floor((t - SEQUENCE_EPOCH) / 60000);
}

/** Characters RFC 5545 does not allow in TEXT (controls except tab); line breaks are handled before this. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/** RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon, comma and line breaks; control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(CONTROL, '');
}

/** At most `max` characters (code points, never half a surrogate pair), with "…" when cut. */
export function truncate(value: string, max: number): string {
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  return chars.slice(0, Math.max(0, max - 1)).join('').trimEnd() + '…';
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line (RFC 5545 §3.1): pieces of at most 75 octets of UTF-8, each continuation starting with a
 * space (which counts), joined by CRLF. Splits only between code points, so no UTF-8 sequence is broken.
 */
export function foldLine(line: string, limit: number = ICS_LINE_OCTETS): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (octets + n > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n');
}

/** `20270312` */
function icsDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

/** `20270312T081500Z` */
export function icsUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function eventLines(e: IcsEvent, stamp: string, donePrefix: string): string[] {
  if (!isIsoDate(e.date)) throw new RangeError(`Not an ISO date: ${e.date}`);
  const summary = truncate((e.done ? donePrefix : '') + e.summary, ICS_MAX_SUMMARY);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${icsDate(e.date)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(e.date, 1))}`,
    `SEQUENCE:${Math.max(0, Math.floor(e.sequence ?? 0))}`,
    `SUMMARY:${escapeText(summary)}`,
  ];
  if (e.description) lines.push(`DESCRIPTION:${escapeText(truncate(e.description, ICS_MAX_DESCRIPTION))}`);
  if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map((c) => escapeText(truncate(c, ICS_MAX_SUMMARY))).join(',')}`);
  if (e.modified && !isNaN(Date.parse(e.modified))) lines.push(`LAST-MODIFIED:${icsUtc(new Date(e.modified))}`);
  lines.push('STATUS:CONFIRMED', 'TRANSP:TRANSPARENT', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE', 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE', 'END:VEVENT');
  return lines;
}

/** The whole file: VCALENDAR with one VEVENT per item, folded, CRLF-terminated. Encode it as UTF-8. */
export function buildCalendar(cal: IcsCalendar): string {
  const stamp = icsUtc(cal.now);
  const donePrefix = cal.donePrefix ?? '✓ ';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(truncate(cal.name, ICS_MAX_SUMMARY))}`,
    ...cal.events.flatMap((e) => eventLines(e, stamp, donePrefix)),
    'END:VCALENDAR',
  ];
  return lines.map((l) => foldLine(l)).join('\r\n') + '\r\n';
}

/**
 * A file name for the export that every file system and mail gateway accepts: ASCII letters, digits and
 * hyphens (ä → a, ö → o, å → a), e.g. `vuosikello-ork-2027.ics`.
 */
export function icsFileName(parts: (string | number)[]): string {
  const slug = parts
    .map((p) =>
      String(p)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/ß/g, 'ss')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'calendar'}.ics`;
}
