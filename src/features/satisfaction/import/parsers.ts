/**
 * Reading an export into text cells: CSV through papaparse (delimiter detected, BOM stripped, quoted newlines
 * kept), .xlsx through read-excel-file (first sheet). Loaded with import() only when the import panel opens, so
 * nobody else downloads the parsers.
 */
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/browser';
import { ImportTable, MAX_DATA_ROWS, MAX_FILE_BYTES } from '../../../domain/surveyImport';

export type ParseFailure =
  | { code: 'tooLarge'; size: number; max: number }
  | { code: 'tooManyRows'; max: number }
  | { code: 'unsupported'; name: string }
  | { code: 'unreadable' };

export class ImportFileError extends Error {
  public readonly failure: ParseFailure;
  public constructor(failure: ParseFailure) {
    super(`Import file: ${failure.code}`);
    this.name = 'ImportFileError';
    this.failure = failure;
  }
}

/** File and Blob both answer arrayBuffer() in browsers; FileReader covers older hosts and jsdom. */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** UTF-8 (with or without BOM), UTF-16 with its BOM (Excel's "Unicode text"), else Windows-1252 (older Webropol exports). */
export function decodeText(buffer: ArrayBuffer): string {
  const b = new Uint8Array(buffer);
  if (b[0] === 0xff && b[1] === 0xfe) return new TextDecoder('utf-16le').decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return new TextDecoder('utf-16be').decode(b.subarray(2));
  const body = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('windows-1252').decode(body);
  }
}

export function parseCsvText(text: string): ImportTable {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Empty lines are kept (and skipped later) so row numbers stay those of the file.
  const result = Papa.parse<string[]>(clean, { delimiter: '', delimitersToGuess: [';', ',', '\t', '|'], skipEmptyLines: false, preview: MAX_DATA_ROWS + 20 });
  if (result.data.length > MAX_DATA_ROWS + 10) throw new ImportFileError({ code: 'tooManyRows', max: MAX_DATA_ROWS });
  return { rows: result.data.map((r) => r.map((c) => (c ?? '').toString())), format: 'csv' };
}

const pad = (n: number): string => String(n).padStart(2, '0');

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  // The sheet's wall time comes back as a UTC Date; write it without a zone so the domain reads it as Helsinki time.
  if (value instanceof Date) {
    // Serial day numbers are floats: round to the second, or 10:23:45 reads as 10:23:44.
    const d = new Date(Math.round(value.getTime() / 1000) * 1000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  }
  return String(value);
}

export async function parseXlsxBytes(buffer: ArrayBuffer): Promise<ImportTable> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(buffer);
  } catch {
    throw new ImportFileError({ code: 'unreadable' });
  }
  const data = sheets[0]?.data ?? [];
  if (data.length > MAX_DATA_ROWS + 10) throw new ImportFileError({ code: 'tooManyRows', max: MAX_DATA_ROWS });
  return { rows: data.map((r) => r.map(cellText)), format: 'xlsx' };
}

/** Reads a chosen file; refuses what is too large or not .csv/.xlsx before reading it. */
export async function parseImportFile(file: Blob & { name: string }): Promise<ImportTable> {
  if (file.size > MAX_FILE_BYTES) throw new ImportFileError({ code: 'tooLarge', size: file.size, max: MAX_FILE_BYTES });
  const name = file.name.toLowerCase();
  const kind = name.endsWith('.csv') || name.endsWith('.txt') ? 'csv' : name.endsWith('.xlsx') ? 'xlsx' : undefined;
  if (!kind) throw new ImportFileError({ code: 'unsupported', name: file.name });
  const bytes = await bytesOf(file);
  return kind === 'csv' ? parseCsvText(decodeText(bytes)) : parseXlsxBytes(bytes);
}
