/**
 * Importing a quarterly survey's results from a Microsoft Forms or Webropol export (docs/care-model.md §4): which
 * row is the header, which column is what (a suggestion the user confirms), and per data row either the response
 * it would become or why it is rejected. Pure: the file is parsed elsewhere (into text cells), and whether a
 * response already exists in SharePoint is asked by the data layer (`markAlreadyImported`).
 */
import { helsinkiWallTimeToUtc } from './dates';
import { isRequired, NPS_SCALE, respondentKeyOf, responseClientKey } from './surveys';
import type { Account, Survey, SurveyQuestion } from './types';

export type ImportSource = 'formsImport' | 'webropolImport';

/** What a source column is: a fixed role, one question of the survey (`question:<id>`), or nothing. */
export type ColumnTarget = 'ignore' | 'email' | 'name' | 'account' | 'submittedAt' | 'nps' | 'comment' | `question:${string}`;

/** A parsed file: every cell as text, rows as in the file (row 1 is the file's first row). */
export interface ImportTable {
  rows: string[][];
  format: 'csv' | 'xlsx';
}

/** SharePoint's limit for a note column (the comment). */
export const COMMENT_MAX = 63999;
/** A single line of text (the respondent's name). */
export const TEXT_MAX = 255;
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_DATA_ROWS = 5000;

export type FileProblem =
  | { code: 'empty' }
  | { code: 'tooManyRows'; count: number; max: number }
  | { code: 'oneColumn' }
  | { code: 'missingColumns'; columns: string[] }
  | { code: 'noAccountSource' };

export type RowProblem =
  | { code: 'requiredMissing'; question: string }
  | { code: 'outOfScale'; question: string; value: string; min: number; max: number }
  | { code: 'notNumber'; question: string; value: string }
  | { code: 'unknownAccount'; value: string }
  | { code: 'noAccount' }
  | { code: 'duplicate'; firstRow: number }
  | { code: 'alreadyImported' }
  | { code: 'badDate'; value: string }
  | { code: 'commentTooLong'; length: number; max: number }
  | { code: 'nameTooLong'; length: number; max: number };

/** Not a reason to reject: worth a glance before importing. */
export type RowNote = { code: 'formulaLike'; column: string };

export interface ImportedResponse {
  surveyId: number;
  accountId: number;
  respondentName?: string;
  respondentKey: string;
  answers: Record<string, number>;
  nps?: number;
  overall?: number;
  comment?: string;
  submittedAt: string;
  source: ImportSource;
  clientKey: string;
}

export interface RowResult {
  /** The row as the user sees it in the file (the header is row 1 in the usual export). */
  row: number;
  problems: RowProblem[];
  notes: RowNote[];
  /** Set when the row would be imported (no problems). */
  response?: ImportedResponse;
}

export interface DryRun {
  fileProblems: FileProblem[];
  rows: RowResult[];
  /** Rows that would be imported. */
  accepted: number;
  rejected: number;
  /** Of the rejected, those already in SharePoint (skipped, not an error). */
  alreadyImported: number;
}

/** Case, accents kept, whitespace and punctuation folded: "Sähköposti " and "sähköposti:" match. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}

const FORMS_COLUMNS: Record<'id' | 'start' | 'completion' | 'email' | 'name', string[]> = {
  id: ['id', 'tunnus'],
  start: ['start time', 'aloitusaika', 'starttid'],
  completion: ['completion time', 'valmistumisaika', 'sluttid'],
  email: ['email', 'e mail', 'sähköposti', 'e post', 'sahkoposti'],
  name: ['name', 'nimi', 'namn'],
};

// Webropol and hand-made files: respondent and time columns under the names people give them.
const EMAIL_NAMES = [...FORMS_COLUMNS.email, 'email address', 'sähköpostiosoite', 'e postadress', 'vastaajan sähköposti', 'respondent email'];
const NAME_NAMES = [...FORMS_COLUMNS.name, 'vastaaja', 'vastaajan nimi', 'svarande', 'respondent', 'respondent name', 'full name'];
const TIME_NAMES = [...FORMS_COLUMNS.completion, 'vastausaika', 'vastattu', 'lähetetty', 'aika', 'päivämäärä', 'svarstid', 'besvarad', 'datum', 'submitted', 'submitted at', 'response time', 'date', 'timestamp', 'end time', 'ended'];
const ACCOUNT_NAMES = ['asiakkuus', 'asiakas', 'organisaatio', 'virasto', 'kundrelation', 'kund', 'organisation', 'myndighet', 'account', 'customer', 'organization', 'agency'];
const NPS_NAMES = ['nps', 'suositteluhalukkuus', 'rekommendation', 'likelihood to recommend'];
const COMMENT_NAMES = ['avoin palaute', 'palaute', 'kommentti', 'vapaa palaute', 'öppen respons', 'öppen feedback', 'kommentar', 'open feedback', 'feedback', 'comment', 'comments'];

const isOneOf = (header: string, names: readonly string[]): boolean => names.includes(normalizeHeader(header));

function questionTexts(q: SurveyQuestion): string[] {
  return [q.text.fi, q.text.sv, q.text.en, q.id].map(normalizeHeader);
}

const isEmptyRow = (row: readonly string[]): boolean => row.every((c) => c.trim() === '');

/** The header: the first row with at least two filled cells (a title line above it is skipped). */
export function headerRowIndex(table: ImportTable): number {
  const limit = Math.min(table.rows.length, 10);
  for (let i = 0; i < limit; i++) if (table.rows[i].filter((c) => c.trim() !== '').length >= 2) return i;
  return table.rows.findIndex((r) => !isEmptyRow(r));
}

export function headersOf(table: ImportTable): string[] {
  const i = headerRowIndex(table);
  return i < 0 ? [] : table.rows[i].map((c) => c.trim());
}

/** Forms writes ID, Start time and Completion time (in the export's language); anything else we treat as Webropol. */
export function detectSource(headers: readonly string[]): ImportSource {
  const has = (names: string[]): boolean => headers.some((h) => isOneOf(h, names));
  return has(FORMS_COLUMNS.id) && has(FORMS_COLUMNS.start) && has(FORMS_COLUMNS.completion) ? 'formsImport' : 'webropolImport';
}

/**
 * The suggested target of each column: the respondent and time columns by name, a question by its text in any of
 * the three languages, the recommendation and open feedback by their usual titles. Each target is given once.
 */
export function suggestMapping(headers: readonly string[], survey: Pick<Survey, 'definition'>): ColumnTarget[] {
  const used = new Set<ColumnTarget>();
  const take = (t: ColumnTarget): ColumnTarget => {
    if (t === 'ignore' || used.has(t)) return 'ignore';
    used.add(t);
    return t;
  };
  const def = survey.definition;
  return headers.map((header) => {
    const h = normalizeHeader(header);
    if (!h) return 'ignore';
    const q = def.questions.find((x) => questionTexts(x).includes(h));
    if (q) return take(`question:${q.id}`);
    if (isOneOf(header, EMAIL_NAMES)) return take('email');
    if (isOneOf(header, NAME_NAMES)) return take('name');
    if (isOneOf(header, TIME_NAMES)) return take('submittedAt');
    if (isOneOf(header, ACCOUNT_NAMES)) return take('account');
    if (def.nps && (isOneOf(header, NPS_NAMES) || /suosittel|rekommender|recommend/.test(h))) return take('nps');
    if (def.openFeedback !== false && (isOneOf(header, COMMENT_NAMES) || /^(avoin|open|öppen|vapaa)/.test(h))) return take('comment');
    return 'ignore';
  });
}

/** Every target the mapping dropdowns offer for a survey, in order. */
export function targetsFor(survey: Pick<Survey, 'definition'>): ColumnTarget[] {
  const out: ColumnTarget[] = ['ignore', 'email', 'name', 'account', 'submittedAt'];
  for (const q of survey.definition.questions) out.push(`question:${q.id}`);
  if (survey.definition.nps) out.push('nps');
  if (survey.definition.openFeedback !== false) out.push('comment');
  return out;
}

/** A few non-empty values of a column, for the mapping table. */
export function sampleValues(table: ImportTable, column: number, count = 3): string[] {
  const start = headerRowIndex(table) + 1;
  const out: string[] = [];
  for (let i = start; i < table.rows.length && out.length < count; i++) {
    const v = (table.rows[i][column] ?? '').trim();
    if (v) out.push(v.length > 40 ? `${v.slice(0, 39)}…` : v);
  }
  return out;
}

// ——— values ———

/** A score: an integer or a decimal with a point or a comma ("8,5"); anything else is not a number. */
export function parseScore(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  return /^[+-]?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function wallTime(y: number, mo: number, d: number, h: number, mi: number, s: number): string | undefined {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > days || y < 2000 || y > 2100) return undefined;
  const utc = helsinkiWallTimeToUtc(`${y}-${pad(mo)}-${pad(d)}`, h, mi);
  return new Date(utc.getTime() + s * 1000).toISOString();
}

/**
 * A submitted time as an ISO instant. Exports write local (Helsinki) wall time: Forms in the export's locale
 * ("1/15/2025 10:23:45" in English, "15.1.2025 10.23.45" in Finnish), Webropol "15.01.2025 10:23", the xlsx
 * parser "2025-01-15 10:23:45". A value with a zone ("…Z", "+02:00") is taken as it says.
 */
export function parseSubmitted(text: string): string | undefined {
  const t = text.trim();
  if (/^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:?\d\d)$/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  const time = '(?:[ T,]+(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:\\.\\d+)?\\s*(AM|PM)?)?';
  const build = (y: string, mo: string, d: string, m: RegExpExecArray, from: number): string | undefined => {
    let h = Number(m[from] ?? 0);
    const ampm = m[from + 3]?.toUpperCase();
    if (ampm) {
      if (h < 1 || h > 12) return undefined;
      h = (h % 12) + (ampm === 'PM' ? 12 : 0);
    }
    return wallTime(Number(y), Number(mo), Number(d), h, Number(m[from + 1] ?? 0), Number(m[from + 2] ?? 0));
  };
  let m = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${time}$`, 'i').exec(t);
  if (m) return build(m[1], m[2], m[3], m, 4);
  m = new RegExp(`^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${time}$`, 'i').exec(t);
  if (m) return build(m[3], m[2], m[1], m, 4);
  m = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${time}$`, 'i').exec(t);
  // Slashes are the English Forms export: month first, unless the first number cannot be a month.
  if (m) return Number(m[1]) > 12 ? build(m[3], m[2], m[1], m, 4) : build(m[3], m[1], m[2], m, 4);
  return undefined;
}

/** Text a spreadsheet could take for a formula. Harmless here (imported as plain text); the dry run says so. */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@\t\r]/.test(text);

function fnv1a(text: string, seed = 0x811c9dc5): string {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A row with neither e-mail nor name is keyed by its content, so importing the same file again finds it. */
export function anonymousKey(cells: readonly string[]): string {
  const text = cells.map((c) => c.trim()).join('\u001f');
  return `anon:${fnv1a(text)}${fnv1a(text, 0x01000193)}`;
}

/** The account a cell names: its id, abbreviation or name (case and spacing folded). */
export function findAccount(accounts: readonly Account[], value: string): Account | undefined {
  const v = value.trim();
  if (/^\d+$/.test(v)) {
    const byId = accounts.find((a) => a.id === Number(v));
    if (byId) return byId;
  }
  const n = normalizeHeader(v);
  return accounts.find((a) => normalizeHeader(a.abbreviation) === n) ?? accounts.find((a) => normalizeHeader(a.name) === n);
}

export interface DryRunInput {
  table: ImportTable;
  mapping: readonly ColumnTarget[];
  survey: Survey;
  accounts: readonly Account[];
  /** The account of every row when the file has no account column (or a row leaves it empty). */
  fixedAccountId?: number;
  source: ImportSource;
  /** ISO instant: the submitted time of rows without one. */
  now: string;
}

/** The survey's required questions, and any column the mapping needs, that no column is mapped to. */
function missingColumns(input: DryRunInput): FileProblem[] {
  const problems: FileProblem[] = [];
  const mapped = new Set(input.mapping);
  const missing = input.survey.definition.questions.filter((q) => isRequired(q) && !mapped.has(`question:${q.id}`)).map((q) => q.id);
  if (missing.length) problems.push({ code: 'missingColumns', columns: missing });
  if (!mapped.has('account') && input.fixedAccountId === undefined) problems.push({ code: 'noAccountSource' });
  return problems;
}

/** Problems with the file as a whole; when there are any, no row is looked at. */
export function fileProblemsOf(input: DryRunInput): FileProblem[] {
  const { table } = input;
  const h = headerRowIndex(table);
  if (h < 0) return [{ code: 'empty' }];
  const data = table.rows.slice(h + 1).filter((r) => !isEmptyRow(r));
  // One column where several are needed: the export used another delimiter than the parser found (";" vs ",").
  if (table.rows[h].length === 1 && data.every((r) => r.length === 1)) return [{ code: 'oneColumn' }];
  if (!data.length) return [{ code: 'empty' }];
  if (data.length > MAX_DATA_ROWS) return [{ code: 'tooManyRows', count: data.length, max: MAX_DATA_ROWS }];
  return missingColumns(input);
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * Every data row of the file, either the response it would become or the reasons it is rejected. Rows are checked
 * in file order, so of two rows for the same respondent and account the later one is the duplicate.
 */
export function dryRun(input: DryRunInput): DryRun {
  const fileProblems = fileProblemsOf(input);
  if (fileProblems.length) return { fileProblems, rows: [], accepted: 0, rejected: 0, alreadyImported: 0 };
  const { table, mapping, survey } = input;
  const headers = headersOf(table);
  const col = (target: ColumnTarget): number => mapping.indexOf(target);
  const questions = new Map(survey.definition.questions.map((q) => [q.id, q]));
  const seen = new Map<string, number>();
  const rows: RowResult[] = [];
  const h = headerRowIndex(table);

  for (let i = h + 1; i < table.rows.length; i++) {
    const cells = table.rows[i];
    if (isEmptyRow(cells)) continue;
    const rowNumber = i + 1;
    const cell = (target: ColumnTarget): string => {
      const c = col(target);
      return c < 0 ? '' : (cells[c] ?? '').trim();
    };
    const problems: RowProblem[] = [];
    const notes: RowNote[] = [];

    const answers: Record<string, number> = {};
    mapping.forEach((target, c) => {
      if (!target.startsWith('question:')) return;
      const q = questions.get(target.slice('question:'.length));
      if (!q) return;
      const raw = (cells[c] ?? '').trim();
      if (!raw) {
        if (isRequired(q)) problems.push({ code: 'requiredMissing', question: q.id });
        return;
      }
      const score = parseScore(raw);
      if (score === undefined) problems.push({ code: 'notNumber', question: q.id, value: raw.slice(0, 40) });
      else if (score < q.scale.min || score > q.scale.max) problems.push({ code: 'outOfScale', question: q.id, value: raw, min: q.scale.min, max: q.scale.max });
      else answers[q.id] = score;
    });

    let nps: number | undefined;
    const npsRaw = cell('nps');
    if (npsRaw) {
      const score = parseScore(npsRaw);
      if (score === undefined) problems.push({ code: 'notNumber', question: 'nps', value: npsRaw.slice(0, 40) });
      else if (!Number.isInteger(score) || score < NPS_SCALE.min || score > NPS_SCALE.max) problems.push({ code: 'outOfScale', question: 'nps', value: npsRaw, min: NPS_SCALE.min, max: NPS_SCALE.max });
      else nps = score;
    }

    let accountId: number | undefined;
    const accountRaw = cell('account');
    if (accountRaw) {
      const account = findAccount(input.accounts, accountRaw);
      if (account) accountId = account.id;
      else problems.push({ code: 'unknownAccount', value: accountRaw.slice(0, 80) });
    } else if (input.fixedAccountId !== undefined) accountId = input.fixedAccountId;
    else problems.push({ code: 'noAccount' });

    let submittedAt = input.now;
    const timeRaw = cell('submittedAt');
    if (timeRaw) {
      const parsed = parseSubmitted(timeRaw);
      if (parsed) submittedAt = parsed;
      else problems.push({ code: 'badDate', value: timeRaw.slice(0, 40) });
    }

    // Comments and names are stored as plain text; nothing renders them as HTML, and the CSV export neutralises formulas.
    const comment = col('comment') < 0 ? '' : (cells[col('comment')] ?? '').trim();
    if (comment.length > COMMENT_MAX) problems.push({ code: 'commentTooLong', length: comment.length, max: COMMENT_MAX });
    const name = cell('name');
    if (name.length > TEXT_MAX) problems.push({ code: 'nameTooLong', length: name.length, max: TEXT_MAX });
    for (const target of ['name', 'comment'] as const) {
      const c = col(target);
      if (c >= 0 && looksLikeFormula((cells[c] ?? '').trim())) notes.push({ code: 'formulaLike', column: headers[c] ?? target });
    }

    const respondentKey = respondentKeyOf({ email: cell('email'), name }) ?? anonymousKey(cells);
    if (accountId !== undefined) {
      const dupKey = `${accountId}|${respondentKey}`;
      const first = seen.get(dupKey);
      if (first !== undefined) problems.push({ code: 'duplicate', firstRow: first });
      else if (!problems.length) seen.set(dupKey, rowNumber);
    }

    const result: RowResult = { row: rowNumber, problems, notes };
    if (!problems.length && accountId !== undefined) {
      const overallScores = survey.definition.questions.filter((q) => q.area === 'overall' && answers[q.id] !== undefined).map((q) => answers[q.id]);
      result.response = {
        surveyId: survey.id,
        accountId,
        respondentName: name || undefined,
        respondentKey,
        answers,
        nps,
        overall: overallScores.length ? round1(overallScores.reduce((a, b) => a + b, 0) / overallScores.length) : undefined,
        comment: comment || undefined,
        submittedAt,
        source: input.source,
        clientKey: responseClientKey(survey.id, accountId, respondentKey),
      };
    }
    rows.push(result);
  }
  return summarize({ fileProblems: [], rows, accepted: 0, rejected: 0, alreadyImported: 0 });
}

function summarize(run: DryRun): DryRun {
  const accepted = run.rows.filter((r) => r.response).length;
  return {
    ...run,
    accepted,
    rejected: run.rows.length - accepted,
    alreadyImported: run.rows.filter((r) => r.problems.some((p) => p.code === 'alreadyImported')).length,
  };
}

/** The client keys the accepted rows would create. */
export const plannedKeys = (run: DryRun): string[] => run.rows.flatMap((r) => (r.response ? [r.response.clientKey] : []));

/** Rows whose response SharePoint already holds become "already imported, skipped". */
export function markAlreadyImported(run: DryRun, existing: ReadonlySet<string>): DryRun {
  const rows = run.rows.map((r) => (r.response && existing.has(r.response.clientKey) ? { row: r.row, notes: r.notes, problems: [{ code: 'alreadyImported' } as RowProblem] } : r));
  return summarize({ ...run, rows });
}
