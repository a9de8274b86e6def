/**
 * The CSV a Finnish Excel opens by double-click: BOM, semicolons, CRLF, decimal comma, d.m.yyyy, and text that
 * Excel would run as a formula neutralised. Any text round-trips through an RFC 4180 parser (with `;`).
 */
import fc from 'fast-check';
import { CSV_BOM, csvDate, csvFileName, csvNumber, neutralise, toCsv } from '../../src/domain/csv';

/** A strict reader of what toCsv writes: quoted fields with doubled quotes, `;` between, CRLF after each row. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(CSV_BOM)).toBe(true);
  const s = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  let field = '';
  let quoted = false;
  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ';') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      field += ch;
      i++;
    }
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('Finnish Excel CSV', () => {
  it('starts with the UTF-8 byte-order mark and separates cells with semicolons and rows with CRLF', () => {
    const text = toCsv([
      ['Laji', 'Määrä'],
      ['Myönteinen', 12],
    ]);
    expect(text).toBe('\uFEFFLaji;Määrä\r\nMyönteinen;12\r\n');
    expect([...Buffer.from(text, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('writes numbers with a decimal comma and no grouping, dates as d.m.yyyy', () => {
    expect(csvNumber(45.5)).toBe('45,5');
    expect(csvNumber(1234.567)).toBe('1234,57');
    expect(csvNumber(3)).toBe('3');
    expect(csvNumber(-0.001)).toBe('0');
    expect(csvDate('2026-03-02')).toBe('2.3.2026');
    expect(toCsv([[{ date: '2026-12-31' }, 2.5, undefined, null]])).toBe('\uFEFF31.12.2026;2,5;;\r\n');
  });

  it('neutralises text that starts with = + - @, a tab or a carriage return', () => {
    for (const danger of ['=HYPERLINK("http://x")', '+358 40 123', '-2+3', '@SUM(A1)', '\tpiilossa', '\rpiilossa']) expect(neutralise(danger).startsWith("'")).toBe(true);
    expect(neutralise('Hyvä palvelu = kiitos')).toBe('Hyvä palvelu = kiitos');
    const [row] = parseCsv(toCsv([['=1+1', '-5', 'ok']]));
    expect(row).toEqual(["'=1+1", "'-5", 'ok']);
  });

  it('quotes cells holding a semicolon, a quote or a line break, doubling the quotes', () => {
    expect(toCsv([['a;b', 'sanoi "hei"', 'rivi\nrivi']])).toBe('\uFEFF"a;b";"sanoi ""hei""";"rivi\nrivi"\r\n');
  });

  it('any text round-trips (neutralised text with its apostrophe)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ';', '"', 'ä', ' ') })), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const parsed = parseCsv(toCsv(rows));
        expect(parsed).toEqual(rows.map((r) => r.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell))));
      }),
      { numRuns: 300 },
    );
  });

  it('names files with letters and digits only', () => {
    expect(csvFileName(['palautekooste', '1. vuosineljännes 2026'])).toBe('palautekooste_1-vuosineljännes-2026.csv');
    expect(csvFileName(['../../etc', 'x/y'])).toBe('etc_x-y.csv');
  });
});
