/**
 * The survey import's pure part with real sample files (tests/fixtures/survey-import): header detection, the
 * mapping suggestion, the source, and every row either imported or rejected with its reason and file row number.
 * Files go through the product's own parser module (papaparse, read-excel-file), as the panel reads them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseCsvText, parseImportFile, parseXlsxBytes, decodeText } from '../../src/features/satisfaction/import/parsers';
import {
  COMMENT_MAX,
  DryRun,
  ImportTable,
  detectSource,
  dryRun,
  headersOf,
  markAlreadyImported,
  parseSubmitted,
  plannedKeys,
  suggestMapping,
} from '../../src/domain/surveyImport';
import { defaultQuarterlyDefinition, respondentKeyOf, responseClientKey } from '../../src/domain/surveys';
import type { Account, Survey } from '../../src/domain/types';
import { buildXlsx } from '../fixtures/survey-import/xlsx';
import { TextDecoder as NodeTextDecoder } from 'util';

// jsdom has no TextDecoder (every browser has); Node's is the same WHATWG decoder.
if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

const DIR = path.join(__dirname, '..', 'fixtures', 'survey-import');
const csv = (name: string): ImportTable => parseCsvText(decodeText(toArrayBuffer(fs.readFileSync(path.join(DIR, name)))));
function toArrayBuffer(b: Uint8Array): ArrayBuffer {
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

const SURVEY: Survey = { id: 7, etag: '"1"', title: 'Asiakaskysely Q1/2025', kind: 'quarterly', year: 2025, quarter: 1, definition: defaultQuarterlyDefinition(), status: 'open' };
const ACCOUNTS = [
  { id: 1, etag: '"1"', name: 'Oikeusrekisterikeskus', abbreviation: 'ORK', accountType: 'sector' },
  { id: 2, etag: '"1"', name: 'Tuomioistuinvirasto', abbreviation: 'TIO', accountType: 'sector' },
] as Account[];
const NOW = '2025-03-01T08:00:00.000Z';
const QUESTIONS = SURVEY.definition.questions.map((q) => `question:${q.id}`);

function run(table: ImportTable, opts: { fixedAccountId?: number } = {}): DryRun {
  const mapping = suggestMapping(headersOf(table), SURVEY);
  return dryRun({ table, mapping, survey: SURVEY, accounts: ACCOUNTS, source: detectSource(headersOf(table)), now: NOW, ...opts });
}
const reasons = (r: DryRun): Array<[number, string[]]> => r.rows.map((x) => [x.row, x.problems.map((p) => p.code)]);

describe('good files', () => {
  it('Forms CSV with English headers: mapping, source, answers, overall, Helsinki times', () => {
    const table = csv('forms-en.csv');
    const headers = headersOf(table);
    expect(detectSource(headers)).toBe('formsImport');
    expect(suggestMapping(headers, SURVEY)).toEqual(['ignore', 'ignore', 'submittedAt', 'email', 'name', 'account', ...QUESTIONS, 'nps', 'comment']);
    const r = run(table);
    expect(r.fileProblems).toEqual([]);
    expect(reasons(r)).toEqual([[2, []], [3, []], [4, []]]);
    const first = r.rows[0].response!;
    expect(first).toMatchObject({
      surveyId: 7,
      accountId: 1,
      respondentName: 'Liisa Laine',
      respondentKey: 'liisa.laine@ork.example',
      nps: 9,
      overall: 9, // proactivity 8, expertise 9, customer service 10
      comment: 'Hyvää työtä, kiitos!',
      submittedAt: '2025-01-15T08:23:45.000Z', // 10:23:45 in Helsinki (UTC+2)
      source: 'formsImport',
      clientKey: responseClientKey(7, 1, 'liisa.laine@ork.example'),
    });
    expect(first.answers).toEqual({ continuousServices: 8, jointDevelopment: 9, projectServices: 7, financialManagement: 8, expertServices: 9, proactivity: 8, expertise: 9, customerService: 10 });
    // The account by name and by id; no e-mail: the name is the respondent.
    expect(r.rows[1].response).toMatchObject({ accountId: 2, respondentKey: 'matti.m@tio.example', comment: undefined, overall: 7.7 });
    expect(r.rows[2].response).toMatchObject({ accountId: 2, respondentKey: respondentKeyOf({ name: 'Anna Berg' }) });
  });

  it('Forms CSV with Finnish headers and one account for the whole file', () => {
    const table = csv('forms-fi.csv');
    expect(detectSource(headersOf(table))).toBe('formsImport');
    expect(run(table).fileProblems).toEqual([{ code: 'noAccountSource' }]);
    const r = run(table, { fixedAccountId: 1 });
    expect(reasons(r)).toEqual([[2, []], [3, []]]);
    expect(r.rows[0].response).toMatchObject({ accountId: 1, submittedAt: '2025-01-15T08:23:45.000Z', nps: 9, comment: 'Kiitos' });
  });

  it('Forms .xlsx (first sheet; date cells as Helsinki wall time)', async () => {
    const en = fs.readFileSync(path.join(DIR, 'forms-en.csv'), 'utf8');
    const header = parseCsvText(en).rows[0];
    const bytes = buildXlsx([
      header,
      [1, new Date(Date.UTC(2025, 0, 15, 10, 20, 1)), new Date(Date.UTC(2025, 0, 15, 10, 23, 45)), 'liisa.laine@ork.example', 'Liisa Laine', 'ORK', 8, 9, 7, 8, 9, 8, 9, 10, 9, 'Kiitos'],
      [2, new Date(Date.UTC(2025, 6, 1, 9, 0, 0)), new Date(Date.UTC(2025, 6, 1, 9, 5, 0)), 'x@tio.example', null, 'TIO', 4, 5, 6, 7, 8, 9, 10, 4, 0, null],
    ]);
    const table = await parseXlsxBytes(toArrayBuffer(bytes));
    expect(table.format).toBe('xlsx');
    const r = run(table);
    expect(reasons(r)).toEqual([[2, []], [3, []]]);
    expect(r.rows[0].response).toMatchObject({ submittedAt: '2025-01-15T08:23:45.000Z', nps: 9, accountId: 1, source: 'formsImport' });
    expect(r.rows[1].response).toMatchObject({ submittedAt: '2025-07-01T06:05:00.000Z', nps: 0, respondentName: undefined, overall: 7.7 });
  });

  it('Webropol CSV: BOM, semicolons, Swedish question titles, a quoted newline kept; formulas and HTML imported as inert text with a note', () => {
    const table = csv('webropol-bom-semicolon.csv');
    const headers = headersOf(table);
    expect(headers[0]).toBe('Vastaaja'); // the BOM is gone
    expect(detectSource(headers)).toBe('webropolImport');
    expect(suggestMapping(headers, SURVEY)).toEqual(['name', 'submittedAt', 'account', ...QUESTIONS, 'nps', 'comment']);
    const r = run(table);
    expect(reasons(r)).toEqual([[2, []], [3, []], [4, []], [5, []]]);
    expect(r.rows[0].response).toMatchObject({ comment: 'Rad ett\nRad två; med semikolon', source: 'webropolImport', respondentKey: 'name:eva ek', submittedAt: '2025-01-15T08:23:00.000Z' });
    expect(r.rows[1].response!.comment).toBe('=HYPERLINK("http://x","y")');
    expect(r.rows[1].notes).toEqual([{ code: 'formulaLike', column: 'Avoin palaute' }]);
    expect(r.rows[2].response!.comment).toBe('<img src=x onerror=alert(1)>');
    expect(r.rows[2].notes).toEqual([]);
    expect(r.rows[3].notes).toEqual([
      { code: 'formulaLike', column: 'Vastaaja' },
      { code: 'formulaLike', column: 'Avoin palaute' },
    ]);
    expect(r.rows[3].response!.respondentName).toBe('@Sara Salo');
  });
});

describe('bad files', () => {
  it('rows that come out as one column: the delimiter is probably wrong', () => {
    const table = csv('wrong-delimiter.csv');
    expect(table.rows[0]).toHaveLength(1);
    expect(run(table, { fixedAccountId: 1 }).fileProblems).toEqual([{ code: 'oneColumn' }]);
  });

  it('missing question columns are a file-level error naming them', () => {
    const r = run(csv('missing-columns.csv'));
    expect(r.fileProblems).toEqual([{ code: 'missingColumns', columns: ['financialManagement', 'expertServices', 'proactivity', 'expertise', 'customerService'] }]);
    expect(r.rows).toEqual([]);
  });

  it('each bad row is rejected with its reason and the row number the user sees', () => {
    const r = run(csv('bad-values.csv'));
    expect(r.rows.map((x) => [x.row, x.problems])).toEqual([
      [2, []],
      [3, [{ code: 'outOfScale', question: 'continuousServices', value: '3', min: 4, max: 10 }]],
      [4, [{ code: 'notNumber', question: 'continuousServices', value: 'hyvä' }]],
      [5, [{ code: 'duplicate', firstRow: 2 }]],
      [6, [{ code: 'unknownAccount', value: 'XYZ' }]],
      [7, [{ code: 'noAccount' }]],
      [8, [{ code: 'badDate', value: '31.2.2025 10:23' }]],
      [9, [{ code: 'requiredMissing', question: 'expertServices' }]],
      [10, [{ code: 'outOfScale', question: 'nps', value: '11', min: 0, max: 10 }]],
    ]);
    expect([r.accepted, r.rejected]).toEqual([1, 8]);
  });

  it('rows SharePoint already holds become "already imported"', () => {
    const r = run(csv('forms-en.csv'));
    const keys = plannedKeys(r);
    const again = markAlreadyImported(r, new Set([keys[0], keys[2]]));
    expect(reasons(again)).toEqual([[2, ['alreadyImported']], [3, []], [4, ['alreadyImported']]]);
    expect([again.accepted, again.rejected, again.alreadyImported]).toEqual([1, 2, 2]);
  });
});

describe('hostile files', () => {
  it('a 1 MB comment is rejected (SharePoint notes hold 63,999 characters); one at the limit is imported', () => {
    const en = fs.readFileSync(path.join(DIR, 'forms-en.csv'), 'utf8').split('\r\n');
    const huge = 'x'.repeat(1024 * 1024);
    const limit = 'y'.repeat(COMMENT_MAX);
    const text = [en[0], en[1].replace('Hyvää työtä, kiitos!', huge), en[2].replace(/,$/, `,"${limit}"`)].join('\r\n');
    const r = run(parseCsvText(text));
    expect(r.rows[0].problems).toEqual([{ code: 'commentTooLong', length: huge.length, max: COMMENT_MAX }]);
    expect(r.rows[1].problems).toEqual([]);
    expect(r.rows[1].response!.comment).toHaveLength(COMMENT_MAX);
  });

  it('a row with neither e-mail nor name gets a key from its content: the same row again is the same response', () => {
    const text = ['Organisation,' + SURVEY.definition.questions.map((q) => q.text.en).map((t) => `"${t}"`).join(','), 'ORK,8,8,8,8,8,8,8,8', 'ORK,9,8,8,8,8,8,8,8', 'ORK,8,8,8,8,8,8,8,8'].join('\n');
    const r = run(parseCsvText(text));
    expect(reasons(r)).toEqual([[2, []], [3, []], [4, ['duplicate']]]);
    const again = run(parseCsvText(text));
    expect(plannedKeys(again)).toEqual(plannedKeys(r));
    expect(r.rows[0].response!.respondentKey).toMatch(/^anon:[0-9a-f]{16}$/);
  });

  it('refuses a file that is too large or of another kind before reading it', async () => {
    const big = { name: 'big.csv', size: 6 * 1024 * 1024 } as Blob & { name: string };
    await expect(parseImportFile(big)).rejects.toMatchObject({ failure: { code: 'tooLarge' } });
    await expect(parseImportFile(new File(['x'], 'x.pdf'))).rejects.toMatchObject({ failure: { code: 'unsupported', name: 'x.pdf' } });
    await expect(parseImportFile(new File(['not a zip'], 'x.xlsx'))).rejects.toMatchObject({ failure: { code: 'unreadable' } });
  });

  it('a file of more than 5,000 rows is refused with the count', () => {
    const header = 'Organisation,' + SURVEY.definition.questions.map((q) => `"${q.text.en}"`).join(',');
    const rows = Array.from({ length: 5001 }, (_, i) => `ORK,8,8,8,8,8,8,8,${4 + (i % 7)}`);
    expect(() => parseCsvText([header, ...rows, ...rows.slice(0, 20)].join('\n'))).toThrow(expect.objectContaining({ failure: { code: 'tooManyRows', max: 5000 } }));
    expect(run(parseCsvText([header, ...rows].join('\n'))).fileProblems).toEqual([{ code: 'tooManyRows', count: 5001, max: 5000 }]);
  });
});

describe('submitted times', () => {
  it.each([
    ['1/15/2025 10:23:45', '2025-01-15T08:23:45.000Z'],
    ['15/1/2025 10:23', '2025-01-15T08:23:00.000Z'],
    ['1/15/2025 1:05:00 PM', '2025-01-15T11:05:00.000Z'],
    ['15.7.2025 10.23.45', '2025-07-15T07:23:45.000Z'],
    ['2025-07-15 10:23:45', '2025-07-15T07:23:45.000Z'],
    ['2025-07-15T10:23:45Z', '2025-07-15T10:23:45.000Z'],
    ['15.1.2025', '2025-01-14T22:00:00.000Z'],
  ])('%s', (text, iso) => expect(parseSubmitted(text)).toBe(iso));
  it.each(['31.2.2025', '13/13/2025', 'eilen', '2025-01-15 25:00'])('refuses %s', (text) => expect(parseSubmitted(text)).toBeUndefined());
});
