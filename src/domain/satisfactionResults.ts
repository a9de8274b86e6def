/**
 * The quarterly satisfaction results leadership reads before a management meeting (docs/care-model.md §4): per
 * quarter × account the area averages, their distributions, NPS, the response rate and the comments, over the last
 * eight quarters, with the quarter-to-quarter change of each area and whether a drop is significant.
 *
 * Privacy: a cell with fewer answers than the threshold is suppressed. It carries only "fewer than N answers" and
 * its count category; the figures are never computed into it, so nothing downstream (view, export) can leak them.
 * Totals pool only the accounts at or above the threshold, so a suppressed account cannot be found by subtraction.
 */
import type { CsvCell } from './csv';
import type { IsoDate } from './dates';
import { DEFAULT_PRIVACY_THRESHOLD, respondentKeyOf, SATISFACTION_AREAS } from './surveys';
import type { Account, Contact, Survey, SurveyResponse } from './types';

export interface QuarterRef {
  year: number;
  quarter: number;
}

/** "2026-Q3": the key of a quarter (and the form used in an action's sourceRef). */
export const quarterId = (q: QuarterRef): string => `${q.year}-Q${q.quarter}`;

/** The last `count` quarters ending with the one `today` falls in, oldest first. */
export function quarterWindow(today: IsoDate, count = 8): QuarterRef[] {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out: QuarterRef[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const n = year * 4 + (quarter - 1) - i;
    out.push({ year: Math.floor(n / 4), quarter: (n % 4) + 1 });
  }
  return out;
}

/** The first day of a quarter, and of the one after it. */
export const quarterStart = (q: QuarterRef): IsoDate => `${q.year}-${String((q.quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
export const nextQuarter = (q: QuarterRef): QuarterRef => (q.quarter === 4 ? { year: q.year + 1, quarter: 1 } : { year: q.year, quarter: q.quarter + 1 });

/** The threshold in force: never below the default, a whole number. */
export const effectiveThreshold = (n: number | undefined): number => (n !== undefined && Number.isInteger(n) && n >= DEFAULT_PRIVACY_THRESHOLD ? n : DEFAULT_PRIVACY_THRESHOLD);

export interface AreaResult {
  area: string;
  /** Mean of the area's in-scale scores. */
  average: number;
  /** Sample standard deviation of those scores (0 for one score). */
  sd: number;
  /** How many scores the average is of. */
  scores: number;
  scale: { min: number; max: number };
  /** Count per scale value, min … max. */
  distribution: { value: number; count: number }[];
}

export interface NpsResult {
  /** Promoters' share minus detractors' share, in points −100 … 100, rounded. */
  score: number;
  promoters: number;
  passives: number;
  detractors: number;
  answers: number;
}

export interface CellFigures {
  responses: number;
  respondents: number;
  /** Invited contacts of the account(s); undefined when none were invited. */
  invited?: number;
  /** respondents / invited, 0 … (can pass 1 when someone not invited answered). */
  responseRate?: number;
  areas: AreaResult[];
  overall?: number;
  overallSd?: number;
  overallScores?: number;
  nps?: NpsResult;
  comments: string[];
}

/** Why a cell shows nothing: no survey that quarter, a survey nobody answered, or fewer answers than the threshold. */
export type SuppressedCategory = 'noSurvey' | 'none' | 'few';

export type Cell =
  | { quarter: QuarterRef; shown: false; category: SuppressedCategory; threshold: number }
  | { quarter: QuarterRef; shown: true; figures: CellFigures };

export interface AreaChange {
  area: string;
  previous: number;
  current: number;
  /** current − previous. */
  delta: number;
  /** Welch's standard error of the difference. */
  se: number;
  /** Fell by at least MIN_DROP and by more than 1.96 standard errors. */
  significantDrop: boolean;
}

export interface Row {
  /** The account; undefined for the totals row. */
  account?: Account;
  /** One per quarter of the window, oldest first. */
  cells: Cell[];
  /** Per quarter (same index as cells): each area's change against the quarter before, when both are shown. */
  changes: AreaChange[][];
}

export interface TotalsRow extends Row {
  /** Per quarter: how many accounts had answers but fewer than the threshold, and so are left out. */
  leftOut: number[];
}

export interface SatisfactionResult {
  quarters: QuarterRef[];
  threshold: number;
  /** Areas in the order the results show them. */
  areas: string[];
  rows: Row[];
  totals: TotalsRow;
}

export interface SatisfactionInput {
  surveys: readonly Survey[];
  responses: readonly SurveyResponse[];
  accounts: readonly Account[];
  /** Contacts; the customer side's follow-up group members are the invited. */
  contacts: readonly Contact[];
  threshold: number;
  today: IsoDate;
}

/**
 * A drop counts only when it is at least a whole grade on the school scale (with four or five answers a quarter,
 * half a grade of integer scores is everyday movement and would flag most accounts every quarter)…
 */
export const MIN_DROP = 1;
/** …and larger than this many standard errors of the difference (two-sided 95 %). */
export const Z = 1.96;

/** Running sums of one area in one cell: enough for mean, SD and the distribution without keeping the scores. */
interface Acc {
  n: number;
  sum: number;
  sumSq: number;
  min: number;
  max: number;
  /** Count per rounded score (scales are small whole-number ranges). */
  counts: number[];
}

interface Bucket {
  responses: number;
  respondents: Set<string>;
  /** By index into the area order. */
  areas: (Acc | undefined)[];
  overall: Acc;
  nps: number[];
  comments: string[];
}

const newAcc = (): Acc => ({ n: 0, sum: 0, sumSq: 0, min: Infinity, max: -Infinity, counts: [] });
const newBucket = (): Bucket => ({ responses: 0, respondents: new Set(), areas: [], overall: newAcc(), nps: [], comments: [] });

function addScore(acc: Acc, score: number, scale: { min: number; max: number }): void {
  acc.n++;
  acc.sum += score;
  acc.sumSq += score * score;
  if (scale.min < acc.min) acc.min = scale.min;
  if (scale.max > acc.max) acc.max = scale.max;
  const v = Math.round(score);
  acc.counts[v] = (acc.counts[v] ?? 0) + 1;
}

function mergeAcc(into: Acc, from: Acc): void {
  into.n += from.n;
  into.sum += from.sum;
  into.sumSq += from.sumSq;
  into.min = Math.min(into.min, from.min);
  into.max = Math.max(into.max, from.max);
  from.counts.forEach((c, v) => (into.counts[v] = (into.counts[v] ?? 0) + c));
}

function mergeBucket(into: Bucket, from: Bucket): void {
  into.responses += from.responses;
  for (const r of from.respondents) into.respondents.add(r);
  from.areas.forEach((acc, i) => {
    if (!acc) return;
    mergeAcc(into.areas[i] ?? (into.areas[i] = newAcc()), acc);
  });
  mergeAcc(into.overall, from.overall);
  into.nps.push(...from.nps);
  into.comments.push(...from.comments);
}

const meanOf = (a: Acc): number => a.sum / a.n;
/** Sample SD; the clamp keeps rounding noise from a negative variance. */
const sdOf = (a: Acc): number => (a.n < 2 ? 0 : Math.sqrt(Math.max(0, (a.sumSq - (a.sum * a.sum) / a.n) / (a.n - 1))));

export function npsOf(scores: readonly number[]): NpsResult | undefined {
  let promoters = 0;
  let detractors = 0;
  let answers = 0;
  for (const s of scores) {
    if (!Number.isFinite(s) || s < 0 || s > 10) continue;
    answers++;
    if (s >= 9) promoters++;
    else if (s <= 6) detractors++;
  }
  if (!answers) return undefined;
  return { score: Math.round(((promoters - detractors) / answers) * 100) || 0, promoters, passives: answers - promoters - detractors, detractors, answers };
}

function figuresOf(b: Bucket, areaOrder: string[], invited: number | undefined): CellFigures {
  const areas: AreaResult[] = [];
  for (let i = 0; i < areaOrder.length; i++) {
    const area = areaOrder[i];
    const acc = b.areas[i];
    if (!acc || !acc.n) continue;
    const distribution: { value: number; count: number }[] = [];
    for (let v = acc.min; v <= acc.max; v++) distribution.push({ value: v, count: acc.counts[v] ?? 0 });
    areas.push({ area, average: meanOf(acc), sd: sdOf(acc), scores: acc.n, scale: { min: acc.min, max: acc.max }, distribution });
  }
  return {
    responses: b.responses,
    respondents: b.respondents.size,
    invited,
    responseRate: invited ? b.respondents.size / invited : undefined,
    areas,
    overall: b.overall.n ? meanOf(b.overall) : undefined,
    overallSd: b.overall.n ? sdOf(b.overall) : undefined,
    overallScores: b.overall.n || undefined,
    nps: npsOf(b.nps),
    comments: [...b.comments],
  };
}

/** The change of each area shown in both cells. */
export function changesBetween(previous: Cell | undefined, current: Cell): AreaChange[] {
  if (!previous?.shown || !current.shown) return [];
  const out: AreaChange[] = [];
  for (const cur of current.figures.areas) {
    const prev = previous.figures.areas.find((a) => a.area === cur.area);
    if (!prev) continue;
    const delta = cur.average - prev.average;
    const se = Math.sqrt((cur.sd * cur.sd) / cur.scores + (prev.sd * prev.sd) / prev.scores);
    out.push({ area: cur.area, previous: prev.average, current: cur.average, delta, se, significantDrop: isSignificantDrop(delta, se) });
  }
  return out;
}

/** A drop of at least a whole grade that is also larger than the noise (Welch, 1.96 standard errors). */
export const isSignificantDrop = (delta: number, se: number): boolean => delta <= -MIN_DROP + 1e-9 && -delta > Z * se;

/** Areas in result order: the ORK areas first, then any other area the definitions name, as they name them. */
function areaOrderOf(surveys: readonly Survey[]): string[] {
  const seen = new Set<string>();
  for (const s of surveys) for (const q of s.definition.questions) seen.add(q.area);
  const known = SATISFACTION_AREAS.filter((a) => seen.has(a));
  return [...known, ...[...seen].filter((a) => !(known as readonly string[]).includes(a))];
}

/** Invited contacts per account: the customer side's follow-up group members, one per respondent key. */
export function invitedByAccount(contacts: readonly Contact[]): Map<number, number> {
  const keys = new Map<number, Set<string>>();
  for (const c of contacts) {
    if (c.side !== 'customer' || !c.roles?.includes('followUpMember')) continue;
    const key = respondentKeyOf({ email: c.email, name: c.name });
    if (!key) continue;
    if (!keys.has(c.accountId)) keys.set(c.accountId, new Set());
    keys.get(c.accountId)!.add(key);
  }
  return new Map([...keys].map(([id, s]) => [id, s.size]));
}

function cellOf(quarter: QuarterRef, b: Bucket | undefined, hasSurvey: boolean, threshold: number, areaOrder: string[], invited: number | undefined): Cell {
  const n = b?.responses ?? 0;
  if (n < threshold) return { quarter, shown: false, category: !hasSurvey ? 'noSurvey' : n === 0 ? 'none' : 'few', threshold };
  return { quarter, shown: true, figures: figuresOf(b!, areaOrder, invited) };
}

/** The whole analysis: one pass over the responses, then per account and quarter. */
export function analyseSatisfaction(input: SatisfactionInput): SatisfactionResult {
  const threshold = effectiveThreshold(input.threshold);
  const quarters = quarterWindow(input.today);
  const qIndex = new Map(quarters.map((q, i) => [quarterId(q), i]));
  const surveys = input.surveys.filter((s) => s.kind === 'quarterly' && s.quarter !== undefined && qIndex.has(quarterId({ year: s.year, quarter: s.quarter })));
  const areaOrder = areaOrderOf(surveys);
  const hasSurvey = quarters.map((q) => surveys.some((s) => s.year === q.year && s.quarter === q.quarter));

  // Questions per survey, resolved once: 50,000 responses must aggregate in well under 200 ms.
  const areaIndex = new Map(areaOrder.map((a, i) => [a, i]));
  const plan = new Map(
    surveys.map((s) => [
      s.id,
      { qi: qIndex.get(quarterId({ year: s.year, quarter: s.quarter! }))!, questions: s.definition.questions.map((q) => ({ id: q.id, area: areaIndex.get(q.area)!, scale: q.scale })) },
    ]),
  );
  const buckets = new Map<number, Bucket[]>();
  for (const r of input.responses) {
    const p = plan.get(r.surveyId);
    if (!p) continue;
    const qi = p.qi;
    let row = buckets.get(r.accountId);
    if (!row) buckets.set(r.accountId, (row = []));
    const b = row[qi] ?? (row[qi] = newBucket());
    b.responses++;
    b.respondents.add(r.respondentKey || `id:${r.id}`);
    const answers = r.answers;
    if (answers)
    for (const q of p.questions) {
      const score = answers[q.id];
      if (typeof score !== 'number' || !Number.isFinite(score) || score < q.scale.min || score > q.scale.max) continue;
      const acc = b.areas[q.area] ?? (b.areas[q.area] = newAcc());
      addScore(acc, score, q.scale);
      addScore(b.overall, score, q.scale);
    }
    if (typeof r.nps === 'number') b.nps.push(r.nps);
    const comment = r.comment?.trim();
    if (comment) b.comments.push(comment);
  }

  const invited = invitedByAccount(input.contacts);
  const rows: Row[] = [...input.accounts]
    .sort((a, b) => (a.abbreviation || a.name).localeCompare(b.abbreviation || b.name, 'fi'))
    .map((account) => {
      const row = buckets.get(account.id) ?? [];
      const cells = quarters.map((q, i) => cellOf(q, row[i], hasSurvey[i], threshold, areaOrder, invited.get(account.id)));
      return { account, cells, changes: cells.map((c, i) => changesBetween(cells[i - 1], c)) };
    });

  // Totals: only the accounts shown in that quarter are pooled; the others are counted as left out.
  const leftOut = quarters.map(() => 0);
  const totalCells = quarters.map((q, i) => {
    const pooled = newBucket();
    let invitedSum = 0;
    for (const r of rows) {
      const c = r.cells[i];
      if (c.shown) {
        mergeBucket(pooled, buckets.get(r.account!.id)![i]);
        invitedSum += c.figures.invited ?? 0;
      } else if (c.category === 'few') leftOut[i]++;
    }
    return cellOf(q, pooled, hasSurvey[i], threshold, areaOrder, invitedSum || undefined);
  });
  const totals: TotalsRow = { cells: totalCells, changes: totalCells.map((c, i) => changesBetween(totalCells[i - 1], c)), leftOut };
  return { quarters, threshold, areas: areaOrder, rows, totals };
}

/** The significant drops of a row in a quarter (index into the window). */
export const dropsOf = (row: Row, index: number): AreaChange[] => row.changes[index]?.filter((c) => c.significantDrop) ?? [];

/** `satisfaction:2026-Q3:KHO:financialManagement`: what an action made from a result points back to. */
export const actionSourceRef = (quarter: QuarterRef, accountAbbr: string, area: string): string => `satisfaction:${quarterId(quarter)}:${accountAbbr}:${area}`.slice(0, 255);

// ---------------------------------------------------------------------------------------------------------------
// The export: rows for src/domain/csv.ts, through the same suppression as the view.

export interface CsvTexts {
  account: string;
  total: string;
  quarter(q: QuarterRef): string;
  /** "alle 3 vastausta". */
  fewer(threshold: number): string;
  noSurvey: string;
  overall: string;
  nps: string;
  responseRate: string;
  responses: string;
  leftOut: string;
  area(area: string): string;
  section: { average: string; change: string; distribution: string; nps: string; comments: string };
  significantDrop: string;
  promoters: string;
  passives: string;
  detractors: string;
  value: string;
}

const round2 = (n: number | undefined): number | undefined => (n === undefined ? undefined : Math.round(n * 100) / 100);

const suppressedText = (c: Cell, t: CsvTexts): string => (!c.shown && c.category === 'noSurvey' ? t.noSurvey : t.fewer(c.shown ? 0 : c.threshold));

/** The overview: accounts × quarters of the overall average, the latest quarter's NPS and response rate, the totals. */
export function overviewCsvRows(result: SatisfactionResult, t: CsvTexts): CsvCell[][] {
  const last = result.quarters.length - 1;
  const rows: CsvCell[][] = [[t.account, ...result.quarters.map(t.quarter), `${t.nps} ${t.quarter(result.quarters[last])}`, `${t.responseRate} ${t.quarter(result.quarters[last])}`, t.leftOut]];
  const line = (name: string, row: Row, leftOut?: number): CsvCell[] => {
    const latest = row.cells[last];
    return [
      name,
      ...row.cells.map((c) => (c.shown ? round2(c.figures.overall) : suppressedText(c, t))),
      latest.shown ? latest.figures.nps?.score : suppressedText(latest, t),
      latest.shown ? (latest.figures.responseRate === undefined ? undefined : Math.round(latest.figures.responseRate * 1000) / 10) : suppressedText(latest, t),
      leftOut,
    ];
  };
  for (const r of result.rows) rows.push(line(`${r.account!.name} (${r.account!.abbreviation})`, r));
  rows.push(line(t.total, result.totals, result.totals.leftOut[last]));
  return rows;
}

/** One account (or the totals) in one quarter: areas against the quarter before, distributions, NPS, comments. */
export function detailCsvRows(result: SatisfactionResult, row: Row, index: number, t: CsvTexts): CsvCell[][] {
  const cell = row.cells[index];
  const prev = row.cells[index - 1];
  const name = row.account ? `${row.account.name} (${row.account.abbreviation})` : t.total;
  const q = t.quarter(result.quarters[index]);
  const rows: CsvCell[][] = [[name, q]];
  if (!cell.shown) {
    rows.push([t.responses, suppressedText(cell, t)]);
    return rows;
  }
  const f = cell.figures;
  rows.push([t.responses, f.responses]);
  rows.push([t.responseRate, f.responseRate === undefined ? undefined : Math.round(f.responseRate * 1000) / 10]);
  rows.push([t.section.average, '', prev ? t.quarter(prev.quarter) : '', q, t.section.change, t.significantDrop]);
  const changes = row.changes[index] ?? [];
  for (const a of f.areas) {
    const ch = changes.find((c) => c.area === a.area);
    const before = prev?.shown ? prev.figures.areas.find((x) => x.area === a.area)?.average : undefined;
    rows.push([t.section.average, t.area(a.area), prev && !prev.shown ? suppressedText(prev, t) : round2(before), round2(a.average), round2(ch?.delta), ch?.significantDrop ? t.significantDrop : '']);
  }
  rows.push([t.section.average, t.overall, undefined, round2(f.overall), undefined, undefined]);
  for (const a of f.areas) rows.push([t.section.distribution, t.area(a.area), ...a.distribution.map((d) => `${d.value}: ${d.count}`)]);
  if (f.nps) rows.push([t.section.nps, f.nps.score, `${t.promoters} ${f.nps.promoters}`, `${t.passives} ${f.nps.passives}`, `${t.detractors} ${f.nps.detractors}`]);
  for (const c of f.comments) rows.push([t.section.comments, c]);
  return rows;
}
