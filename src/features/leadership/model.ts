/**
 * The situation picture's rows in words, for the table and the CSV alike (so both say the same thing): sorting,
 * the cells' texts, numbers in the user's locale. Pure apart from the strings it is given.
 */
import type { SituationRow, TrendCell } from '../../domain/situationPicture';
import type { CsvCell } from '../../domain/csv';
import { formatDate } from '../../domain/dates';
import type { QuarterRef } from '../../domain/satisfactionResults';
import type { ChoiceLabels } from '../../loc/choices';
import { format } from '../../loc/strings';
import type { LeadershipStrings } from './strings';

export type SortKey = 'account' | 'tier' | 'manager' | 'agreement' | 'clock' | 'satisfaction' | 'actions' | 'ideas' | 'feedback' | 'cover';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** Most urgent first when sorted by the agreement. */
const STATE_ORDER = ['late', 'atRisk', 'noDeadline', 'onTrack', 'done'];

export function sortRows(rows: readonly SituationRow[], sort: Sort, locale: string): SituationRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const text = (a?: string, b?: string): number => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : collator.compare(a, b));
  const num = (a?: number, b?: number): number => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a - b);
  const cmp = (a: SituationRow, b: SituationRow): number => {
    switch (sort.key) {
      case 'account':
        return text(a.account.abbreviation, b.account.abbreviation);
      case 'tier':
        return text(a.tier?.name, b.tier?.name);
      case 'manager':
        return text(a.manager?.title, b.manager?.title);
      case 'agreement':
        return STATE_ORDER.indexOf(a.agreement.state) - STATE_ORDER.indexOf(b.agreement.state) || num(a.agreement.daysLeft, b.agreement.daysLeft);
      case 'clock':
        return num(a.clock.overdue, b.clock.overdue);
      case 'satisfaction':
        return num(a.satisfaction.latest?.overall, b.satisfaction.latest?.overall);
      case 'actions':
        return num(a.actions.overdue, b.actions.overdue) || num(a.actions.open, b.actions.open);
      case 'ideas':
        return num(a.ideas.awaitingGate, b.ideas.awaitingGate) || num(a.ideas.open, b.ideas.open);
      case 'feedback':
        return num(a.feedback.negative, b.feedback.negative) || num(a.feedback.total, b.feedback.total);
      case 'cover':
        return num(a.coverGaps.length, b.coverGaps.length);
    }
  };
  const dir = sort.descending ? -1 : 1;
  // Ties by account, so the order is stable whichever way a column goes.
  return [...rows].sort((a, b) => dir * cmp(a, b) || text(a.account.abbreviation, b.account.abbreviation));
}

export function numberFormat(locale: string, decimals = 1): (n: number) => string {
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
  return (n) => nf.format(n);
}

export function percentFormat(locale: string): (share: number) => string {
  const nf = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (share) => nf.format(share);
}

export const quarterText = (q: QuarterRef, s: LeadershipStrings): string => format(s.quarter, { quarter: q.quarter, year: q.year });

export function agreementText(row: SituationRow, s: LeadershipStrings, c: ChoiceLabels): { stage: string; state: string; days: string } {
  const a = row.agreement;
  const days = a.daysLeft === undefined ? '' : a.daysLeft < 0 ? format(s.agreement.daysLate, { days: -a.daysLeft }) : format(s.agreement.daysLeft, { days: a.daysLeft });
  return { stage: a.stage ? c.agreementStage[a.stage] : s.agreement.notStarted, state: s.agreement.state[a.state], days };
}

export function trendCellText(cell: TrendCell, threshold: number, s: LeadershipStrings, n: (x: number) => string): string {
  if (cell.shown) return cell.overall === undefined ? s.satisfaction.none : n(cell.overall);
  return cell.category === 'few' ? format(s.satisfaction.few, { threshold }) : cell.category === 'none' ? s.satisfaction.none : s.satisfaction.noSurvey;
}

/** The satisfaction cell's first line: the latest shown quarter's figure, or why there is none. */
export function satisfactionText(row: SituationRow, threshold: number, noAccess: boolean, s: LeadershipStrings, n: (x: number) => string): string {
  if (noAccess) return s.satisfaction.noAccess;
  const latest = row.satisfaction.latest;
  if (latest) return format(s.satisfaction.latest, { value: n(latest.overall), quarter: quarterText(latest.quarter, s) });
  const cat = row.satisfaction.latestCategory;
  return cat === 'few' ? format(s.satisfaction.few, { threshold }) : cat === 'noSurvey' ? s.satisfaction.noSurvey : s.satisfaction.none;
}

export function signed(n: number, fmt: (x: number) => string): string {
  return n > 0 ? `+${fmt(n)}` : n < 0 ? `−${fmt(-n)}` : fmt(0);
}

export function coverText(row: SituationRow, s: LeadershipStrings, locale: string): string {
  const gap = row.coverGaps[0];
  if (!gap) return s.cover.none;
  const manager = gap.manager.title ?? row.manager?.title ?? '';
  return gap.now
    ? format(s.cover.now, { manager, until: formatDate(gap.until, locale) })
    : format(s.cover.soon, { manager, since: formatDate(gap.since, locale), until: formatDate(gap.until, locale) });
}

/** The rows as CSV for Finnish Excel (src/domain/csv.ts does the rest): figures as numbers, states in words. */
export function csvRows(rows: readonly SituationRow[], threshold: number, noAccess: boolean, s: LeadershipStrings, c: ChoiceLabels, locale: string): CsvCell[][] {
  const e = s.export;
  const header: CsvCell[] = [
    s.columns.account, e.abbreviation, s.columns.tier, s.columns.manager, e.agreementStage, e.agreementState, e.deadline, e.daysLeft, e.clockOverdue,
    e.satisfactionLatest, e.satisfactionQuarter, ...(['economic', 'human', 'value'] as const).map((w) => `9E: ${s.nineE.worlds[w]}`),
    e.actionsOpen, e.actionsOverdue, e.ideasOpen, e.ideasAwaitingGate, e.feedbackTotal, e.feedbackNegative, e.coverGap,
  ];
  const out: CsvCell[][] = [header];
  for (const r of rows) {
    const a = agreementText(r, s, c);
    const latest = noAccess ? undefined : r.satisfaction.latest;
    out.push([
      r.account.name,
      r.account.abbreviation,
      r.tier?.name ?? s.noTier,
      r.manager?.title ?? s.noManager,
      a.stage,
      a.state,
      { date: r.agreement.deadline },
      r.agreement.daysLeft,
      r.clock.overdue,
      // Below the threshold the cell says so in words; no figure goes into the file.
      latest ? Math.round(latest.overall * 10) / 10 : satisfactionText(r, threshold, noAccess, s, String),
      latest ? quarterText(latest.quarter, s) : '',
      ...(['economic', 'human', 'value'] as const).map((w): CsvCell => {
        const cell = r.nineE?.worlds[w];
        if (!cell) return s.nineE.none;
        return cell.shown ? Math.round(cell.average * 10) / 10 : cell.category === 'none' ? s.nineE.none : format(s.nineE.few, { threshold });
      }),
      r.actions.open,
      r.actions.overdue,
      r.ideas.open,
      r.ideas.awaitingGate,
      r.feedback.total,
      r.feedback.negative,
      coverText(r, s, locale),
    ]);
  }
  return out;
}
