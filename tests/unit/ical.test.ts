/**
 * The .ics export: what we write parses back (a small RFC 5545 unfold + parse written here), lines fold at 75
 * octets without breaking UTF-8 (property-based), TEXT is escaped, UIDs are stable and long texts are capped.
 */
import fc from 'fast-check';
import { buildCalendar, escapeText, foldLine, ICS_MAX_DESCRIPTION, icsFileName, icsSequence, icsUid, icsUidDomain, IcsEvent } from '../../src/domain/ical';

/** RFC 5545 §3.1 unfolding: a CRLF followed by one space or tab is removed. */
function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}

function unescapeText(v: string): string {
  return v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

interface Prop {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Content lines → properties (name;PARAM=x:value); values stay escaped. */
function parseLines(text: string): Prop[] {
  expect(text.endsWith('\r\n')).toBe(true);
  // Every line break is CRLF: no bare LF or CR anywhere.
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return unfold(text)
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
      const head = line.slice(0, colon);
      const [name, ...params] = head.split(';');
      return { name, params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])), value: line.slice(colon + 1) };
    });
}

interface ParsedEvent {
  props: Record<string, Prop>;
}

function parseCalendar(text: string): { calendar: Record<string, Prop>; events: ParsedEvent[] } {
  const calendar: Record<string, Prop> = {};
  const events: ParsedEvent[] = [];
  let current: ParsedEvent | undefined;
  const stack: string[] = [];
  for (const p of parseLines(text)) {
    if (p.name === 'BEGIN') {
      stack.push(p.value);
      if (p.value === 'VEVENT') current = { props: {} };
    } else if (p.name === 'END') {
      expect(stack.pop()).toBe(p.value);
      if (p.value === 'VEVENT' && current) {
        events.push(current);
        current = undefined;
      }
    } else if (current) current.props[p.name] = p;
    else calendar[p.name] = p;
  }
  expect(stack).toEqual([]);
  return { calendar, events };
}

const NOW = new Date('2027-03-01T08:15:30.123Z');

const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: icsUid('clock:ork:TP:2027-03:12'),
  date: '2027-03-12',
  summary: 'Tilinpäätös – ORK',
  description: 'Tilinpäätös valmis, ks. talousyksikön ohje; "kiireellinen"\nToinen rivi',
  sequence: 3,
  ...over,
});

describe('buildCalendar', () => {
  it('writes a VCALENDAR of all-day events that parses back', () => {
    const text = buildCalendar({ name: 'Vuosikello ORK, 2027', now: NOW, events: [event(), event({ uid: icsUid('clock:ork:TP:2027-12:12'), date: '2027-12-31', summary: 'Vuoden viimeinen', description: undefined, done: true })] });
    const { calendar, events } = parseCalendar(text);
    expect(calendar.VERSION.value).toBe('2.0');
    expect(calendar.PRODID.value).toMatch(/Account Care/);
    expect(calendar.METHOD.value).toBe('PUBLISH');
    expect(calendar.CALSCALE.value).toBe('GREGORIAN');
    expect(unescapeText(calendar['X-WR-CALNAME'].value)).toBe('Vuosikello ORK, 2027');
    expect(events).toHaveLength(2);

    const [a, b] = events.map((e) => e.props);
    expect(a.DTSTART.params).toEqual({ VALUE: 'DATE' });
    expect(a.DTSTART.value).toBe('20270312');
    expect(a.DTEND.params).toEqual({ VALUE: 'DATE' });
    expect(a.DTEND.value).toBe('20270313');
    expect(a.DTSTAMP.value).toBe('20270301T081530Z');
    expect(a.SEQUENCE.value).toBe('3');
    expect(a.UID.value).toBe('clock:ork:TP:2027-03:12@account-care');
    expect(unescapeText(a.SUMMARY.value)).toBe('Tilinpäätös – ORK');
    expect(unescapeText(a.DESCRIPTION.value)).toBe('Tilinpäätös valmis, ks. talousyksikön ohje; "kiireellinen"\nToinen rivi');
    expect(a.STATUS.value).toBe('CONFIRMED');
    // The year's last day ends on the next year's first.
    expect(b.DTEND.value).toBe('20280101');
    expect(unescapeText(b.SUMMARY.value)).toBe('✓ Vuoden viimeinen');
    expect(b.DESCRIPTION).toBeUndefined();
  });

  it('gives the same UID in every export, so a re-import updates the event', () => {
    const first = parseCalendar(buildCalendar({ name: 'x', now: NOW, events: [event()] })).events[0].props;
    const later = parseCalendar(buildCalendar({ name: 'x', now: new Date('2027-06-01T00:00:00Z'), events: [event({ date: '2027-03-11', sequence: 9 })] })).events[0].props;
    expect(later.UID.value).toBe(first.UID.value);
    expect(Number(later.SEQUENCE.value)).toBeGreaterThan(Number(first.SEQUENCE.value));
  });

  it('a summary prefix for done items can be localized', () => {
    const text = buildCalendar({ name: 'x', now: NOW, donePrefix: '[Klart] ', events: [event({ done: true, summary: 'Bokslut' })] });
    expect(unescapeText(parseCalendar(text).events[0].props.SUMMARY.value)).toBe('[Klart] Bokslut');
  });

  it('keeps markup as plain escaped text', () => {
    const nasty = '<img src=x onerror="alert(1)">, \\ ; <script>x</script>';
    const text = buildCalendar({ name: nasty, now: NOW, events: [event({ summary: nasty, description: nasty })] });
    const { calendar, events } = parseCalendar(text);
    expect(unescapeText(events[0].props.SUMMARY.value)).toBe(nasty);
    expect(unescapeText(events[0].props.DESCRIPTION.value)).toBe(nasty);
    expect(unescapeText(calendar['X-WR-CALNAME'].value)).toBe(nasty);
    // Separators are escaped, so the value cannot end early or add properties.
    expect(events[0].props.SUMMARY.value).toContain('\\,');
    expect(events[0].props.SUMMARY.value).toContain('\\;');
    expect(events[0].props.SUMMARY.value).toContain('\\\\');
  });

  it('a line break in a text cannot start a new property', () => {
    const text = buildCalendar({ name: 'x', now: NOW, events: [event({ summary: 'a\r\nEND:VEVENT\r\nBEGIN:VEVENT\nUID:evil', description: 'b\rc' })] });
    const { events } = parseCalendar(text);
    expect(events).toHaveLength(1);
    expect(unescapeText(events[0].props.SUMMARY.value)).toBe('a\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil');
    expect(unescapeText(events[0].props.DESCRIPTION.value)).toBe('b\nc');
  });

  it('caps a 1 MB description and still writes it quickly and correctly folded', () => {
    const huge = 'ä, ö; 😀 '.repeat(120000);
    expect(huge.length).toBeGreaterThan(1_000_000);
    const text = buildCalendar({ name: 'x', now: NOW, events: [event({ description: huge })] });
    const desc = unescapeText(parseCalendar(text).events[0].props.DESCRIPTION.value);
    expect(Array.from(desc)).toHaveLength(ICS_MAX_DESCRIPTION);
    expect(desc.endsWith('…')).toBe(true);
    expect(huge.startsWith(desc.slice(0, -1))).toBe(true);
    expect(text.length).toBeLessThan(40000);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('drops control characters that TEXT does not allow', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).toBe('abc\td');
  });

  it('refuses a date that is not a day', () => {
    expect(() => buildCalendar({ name: 'x', now: NOW, events: [event({ date: '2027-02-31' })] })).toThrow(RangeError);
  });
});

describe('foldLine', () => {
  const octets = (s: string): number => Buffer.byteLength(s, 'utf8');

  it('folds at 75 octets with a leading space on each continuation', () => {
    const folded = foldLine('DESCRIPTION:' + 'x'.repeat(200));
    const lines = folded.split('\r\n');
    expect(lines[0]).toHaveLength(75);
    for (const l of lines.slice(1)) expect(l.startsWith(' ')).toBe(true);
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(unfold(folded)).toBe('DESCRIPTION:' + 'x'.repeat(200));
  });

  it('never splits a UTF-8 sequence, and unfolding restores the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom('SUMMARY:', 'DESCRIPTION:', 'X:'), (text, name) => {
        const clean = text.replace(/[\r\n]/g, '');
        const line = name + clean;
        const folded = foldLine(line);
        const pieces = folded.split('\r\n');
        for (const piece of pieces) {
          expect(octets(piece)).toBeLessThanOrEqual(75);
          // Each piece is valid UTF-8 on its own: encoding and decoding gives it back (no lone surrogate halves).
          expect(Buffer.from(piece, 'utf8').toString('utf8')).toBe(piece);
          expect(/[\uD800-\uDBFF]$/.test(piece)).toBe(false);
          expect(/^ ?[\uDC00-\uDFFF]/.test(piece)).toBe(false);
        }
        pieces.slice(1).forEach((p) => expect(p.startsWith(' ')).toBe(true));
        expect(unfold(folded)).toBe(line);
      }),
      { numRuns: 300 },
    );
  });

  it('escaping and unescaping give back any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        // eslint-disable-next-line no-control-regex
        const expected = text.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
        const escaped = escapeText(text);
        expect(escaped).not.toMatch(/[\r\n]/);
        expect(unescapeText(escaped)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('identity and names', () => {
  it('derives the UID from the client key', () => {
    expect(icsUid('clock:vantaa:SG:2027-06:org')).toBe('clock:vantaa:SG:2027-06:org@account-care');
    expect(icsUid('a b;c', 'example.fi')).toBe('a%20b%3Bc@example.fi');
    // Per site: the same key on two sites is two events.
    expect(icsUidDomain('https://contoso.sharepoint.com/sites/ork')).toBe('ork.sites.contoso.sharepoint.com');
    expect(icsUidDomain('https://contoso.sharepoint.com/sites/vantaa-hepa/')).toBe('vantaa-hepa.sites.contoso.sharepoint.com');
    expect(icsUidDomain('not a url')).toBe('account-care');
  });

  it('grows the sequence with the modification time', () => {
    expect(icsSequence(undefined)).toBe(0);
    expect(icsSequence('not a date')).toBe(0);
    expect(icsSequence('2027-03-01T10:00:00Z')).toBeLessThan(icsSequence('2027-03-01T10:01:00Z'));
    expect(icsSequence('2040-01-01T00:00:00Z')).toBeLessThan(2 ** 31);
  });

  it('makes ASCII-safe file names', () => {
    expect(icsFileName(['Vuosikello', 'Ålands Högskola / ÖRK', 2027])).toBe('vuosikello-alands-hogskola-ork-2027.ics');
    expect(icsFileName(['', '…'])).toBe('calendar.ics');
  });
});
