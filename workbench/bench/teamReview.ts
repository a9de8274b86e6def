/**
 * The feedback summary at scale (the team meeting view, leadership's quarter and year): with 100,000 feedback items
 * on the site, the summary of this quarter and this year read date-first in month slices, checked against an
 * independent count (every item walked by id with the async iterator and counted here), timed as the median of
 * five reads; the previous period (the comparison, a read of its own) timed beside it.
 */
import { createServices } from '../../src/data/sp/createServices';
import { loadFeedbackSummary, loadPreviousCounts } from '../../src/data/queries/teamReview';
import { periodOf, PeriodKind, previousPeriod } from '../../src/domain/feedbackSummary';
import type { Feedback } from '../../src/domain/types';
import { todayInHelsinki } from '../../src/domain/dates';
import { spForSite } from '../demo/seed';

export interface SummaryFigure {
  kind: PeriodKind;
  label: string;
  items: number;
  /** Equal to the independent count in total, by kind, by reason and by status. */
  correct: boolean;
  medianMs: number;
  previousMs: number;
  previousCorrect: boolean;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureFeedbackSummary(siteUrl: string, upn: string): Promise<{ listItems: number; figures: SummaryFigure[] }> {
  const services = createServices(spForSite(siteUrl, upn));
  const all: Pick<Feedback, 'date' | 'kind' | 'reason' | 'status'>[] = [];
  for await (const page of services.repos.feedback.pages({}, 5000)) all.push(...page.map((x) => ({ date: x.date, kind: x.kind, reason: x.reason, status: x.status })));
  const today = todayInHelsinki();
  const figures: SummaryFigure[] = [];
  for (const kind of ['quarter', 'year'] as const) {
    const period = periodOf(kind, today);
    const want = all.filter((x) => x.date >= period.start && x.date < period.end);
    const count = <K extends 'kind' | 'reason' | 'status'>(k: K, v: string): number => want.filter((x) => x[k] === v).length;
    const times: number[] = [];
    let correct = true;
    for (let i = 0; i < 5; i++) {
      const t = Date.now();
      const sum = await loadFeedbackSummary(services, period);
      times.push(Date.now() - t);
      correct &&=
        sum.total === want.length &&
        Object.entries(sum.byKind).every(([k, n]) => n === count('kind', k)) &&
        Object.entries(sum.byReason).every(([r, n]) => n === count('reason', r)) &&
        Object.entries(sum.byStatus).every(([s, n]) => n === count('status', s));
    }
    const before = previousPeriod(period);
    const prevTimes: number[] = [];
    let previousCorrect = true;
    for (let i = 0; i < 3; i++) {
      const t = Date.now();
      const prev = await loadPreviousCounts(services, period);
      prevTimes.push(Date.now() - t);
      previousCorrect &&= prev.total === all.filter((x) => x.date >= before.start && x.date < before.end).length;
    }
    figures.push({ kind, label: `${period.start} … ${period.end}`, items: want.length, correct, medianMs: median(times), previousMs: median(prevTimes), previousCorrect });
  }
  return { listItems: all.length, figures };
}

export function printSummary(r: { listItems: number; figures: SummaryFigure[] }): void {
  const budget = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  console.log('\n## Feedback summary (team meeting, leadership)\n');
  console.log(`With ${r.listItems.toLocaleString('en')} feedback items on the site; date-first month slices in one $batch, five fields an item; no threshold error.\n`);
  console.log('| period | items in it | equals the independent count | median ms (5 reads) | budget < 1.5 s | previous period (comparison, its own read) median ms | comparison correct |');
  console.log('|---|---:|---|---:|---|---:|---|');
  for (const f of r.figures) {
    console.log(`| this ${f.kind} (${f.label}) | ${f.items.toLocaleString('en')} | ${f.correct ? 'yes' : 'NO'} | ${f.medianMs} | ${budget(f.correct && f.medianMs < 1500)} | ${f.previousMs} | ${f.previousCorrect ? 'yes' : 'NO'} |`);
  }
}
