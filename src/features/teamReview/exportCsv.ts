/**
 * The summary's export: what the view shows as a CSV that Finnish Excel opens by double-click (src/domain/csv.ts),
 * either the summary's figures (one section a block) or the period's feedback one row each for the user's own
 * pivot tables. Users' free text goes through the CSV module's formula neutralising.
 */
import { CsvCell, csvFileName, toCsv } from '../../domain/csv';
import { daysBetween } from '../../domain/dates';
import type { FeedbackSummary } from '../../domain/feedbackSummary';
import type { Account, Feedback } from '../../domain/types';
import { FEEDBACK_KINDS, FEEDBACK_REASONS, FEEDBACK_STATUSES } from '../../domain/vocabulary';
import type { ChoiceLabels } from '../../loc/choices';
import type { TeamReviewStrings } from './strings';
import { periodLabel, stepLabel } from './text';

export function summaryRows(sum: FeedbackSummary, s: TeamReviewStrings, c: ChoiceLabels, locale: string): CsvCell[][] {
  const e = s.export;
  const rows: CsvCell[][] = [[e.columns.section, e.columns.what, e.columns.count, e.columns.previous]];
  rows.push([e.sections.total, periodLabel(sum.period, s, locale), sum.total, sum.previous?.total]);
  for (const k of FEEDBACK_KINDS) {
    for (const r of FEEDBACK_REASONS) rows.push([e.sections.kindReason, `${c.feedbackKind[k]} / ${c.feedbackReason[r]}`, sum.byKindReason[k][r], undefined]);
    rows.push([e.sections.kindReason, `${c.feedbackKind[k]} / ${s.summary.sum}`, sum.byKind[k], sum.previous?.byKind[k]]);
  }
  for (const r of FEEDBACK_REASONS) rows.push([e.sections.kindReason, `${s.summary.sum} / ${c.feedbackReason[r]}`, sum.byReason[r], sum.previous?.byReason[r]]);
  for (const st of FEEDBACK_STATUSES) rows.push([e.sections.status, c.feedbackStatus[st], sum.byStatus[st], undefined]);
  rows.push([e.sections.reacted, periodLabel(sum.period, s, locale), sum.reactedShare === undefined ? undefined : Math.round(sum.reactedShare * 1000) / 10, undefined]);
  rows.push([e.sections.median, periodLabel(sum.period, s, locale), sum.medianDaysToReaction, undefined]);
  sum.trend.forEach((t, i) => rows.push([e.sections.trend, stepLabel(t, s, locale), t.total, sum.previous?.trend[i]?.total]));
  return rows;
}

export function itemRows(items: readonly Feedback[], accounts: readonly Account[], s: TeamReviewStrings, c: ChoiceLabels): CsvCell[][] {
  const col = s.export.columns;
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const rows: CsvCell[][] = [[col.date, col.account, col.kind, col.reason, col.reasonOther, col.channel, col.status, col.reactedOn, col.daysToReaction, col.text, col.reaction]];
  for (const x of items) {
    const account = x.accountId !== undefined ? byId.get(x.accountId) : undefined;
    rows.push([
      { date: x.date },
      account ? account.abbreviation || account.name : undefined,
      c.feedbackKind[x.kind] ?? x.kind,
      c.feedbackReason[x.reason] ?? x.reason,
      x.reasonOther,
      x.channel ? c.feedbackChannel[x.channel] ?? x.channel : undefined,
      c.feedbackStatus[x.status] ?? x.status,
      x.reactedOn ? { date: x.reactedOn } : undefined,
      x.reactedOn && x.reactedOn >= x.date ? daysBetween(x.date, x.reactedOn) : undefined,
      x.text,
      x.reaction,
    ]);
  }
  return rows;
}

export function csvFile(kind: 'summary' | 'items', sum: FeedbackSummary, rows: CsvCell[][], s: TeamReviewStrings, locale: string): { name: string; text: string } {
  const stem = kind === 'summary' ? s.export.fileStem : s.export.itemsFileStem;
  return { name: csvFileName([stem, periodLabel(sum.period, s, locale)]), text: toCsv(rows) };
}

