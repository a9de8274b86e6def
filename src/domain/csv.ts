/**
 * CSV that Finnish Excel opens correctly by double-click: UTF-8 with a byte-order mark (without it Excel reads the
 * file as Windows-1252 and breaks ä and ö), `;` between cells (the list separator of a Finnish Windows, where `,` is
 * the decimal separator), CRLF line ends, numbers with a decimal comma, dates as d.m.yyyy.
 *
 * A text cell that starts with = + - @, a tab or a carriage return gets a leading apostrophe, so Excel shows it as
 * text instead of running it as a formula (CSV injection: users' free text ends up in these files).
 */
import type { IsoDate } from './dates';
import { isIsoDate } from './dates';

/** A cell: text as is, a number (decimal comma), a Helsinki day, or empty. */
export type CsvCell = string | number | boolean | { date: IsoDate } | null | undefined;

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
const CRLF = '\r\n';

/** What makes Excel treat a cell as a formula (or lets a formula hide behind a tab or a carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `'` before a text that Excel would otherwise run as a formula. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** 1234.5 → "1234,5": no digit grouping (Excel would read a grouped number as text), at most `decimals` decimals. */
export function csvNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return '';
  const fixed = value.toFixed(decimals).replace(/\.?0+$/, '');
  return (fixed === '-0' ? '0' : fixed).replace('.', ',');
}

/** 2026-03-02 → "2.3.2026", as a Finnish Excel reads a date. */
export function csvDate(date: IsoDate): string {
  if (!isIsoDate(date)) return '';
  const [y, m, d] = date.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return csvNumber(cell);
  if (typeof cell === 'boolean') return cell ? '1' : '0';
  if (typeof cell === 'object') return csvDate(cell.date);
  return neutralise(cell);
}

/** A cell as written: quoted (quotes doubled) when it holds the separator, a quote or a line break. */
export function csvField(cell: CsvCell): string {
  const text = cellText(cell);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file's text, BOM first; every row ends with CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + rows.map((r) => r.map(csvField).join(CSV_SEPARATOR) + CRLF).join('');
}

/** A safe file name: letters, digits, `-` and `_` (ä and ö kept), ending in .csv. */
export function csvFileName(parts: readonly (string | number)[]): string {
  const stem = parts
    .map((p) => String(p).trim().replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, ''))
    .filter(Boolean)
    .join('_');
  return `${stem || 'export'}.csv`;
}
