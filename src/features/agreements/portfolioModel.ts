/**
 * The portfolio's rows in words: every active account with its agreement for the year (or "not started"), the
 * stage and progress in the agreement's own flow, the deadline state, days left, the first blocker and the owner;
 * sorting, filtering and the CSV rows. Pure, so the view and the export say the same thing.
 */
import type { PortfolioData } from '../../data/queries/agreements';
import type { AgreementFlow } from '../../domain/agreementFlow';
import { DeadlineState, stageIndex } from '../../domain/agreements';
import type { CsvCell } from '../../domain/csv';
import type { IsoDate } from '../../domain/dates';
import type { Account, Agreement, AgreementStage } from '../../domain/types';
import type { ChoiceLabels } from '../../loc/choices';
import { format } from '../../loc/strings';
import type { AgreementStrings } from './strings';
import { deadlineWords, missingSentences } from './text';

export type RowState = DeadlineState;

export interface PortfolioRow {
  account: Account;
  agreement?: Agreement;
  flow: AgreementFlow;
  /** undefined: not started. */
  stage?: AgreementStage;
  stageText: string;
  progress?: { step: number; of: number };
  deadline?: IsoDate;
  state: RowState;
  stateText: string;
  days?: number;
  daysText: string;
  blocker?: string;
  owner?: string;
}

/**
 * The data layer's rows in words. An account with no agreement for the year is "not started", measured against the
 * default deadline (the last working day before Christmas), so one not started in December shows as late.
 */
export function portfolioRows(data: Pick<PortfolioData, 'rows'>, today: IsoDate, s: AgreementStrings, c: ChoiceLabels): PortfolioRow[] {
  return data.rows.map((row) => {
    const { account, agreement, flow } = row;
    const words = deadlineWords({ stage: agreement?.stage ?? 'planning', deadline: row.deadline }, today, s);
    const blocker = row.blockers.length ? missingSentences(row.blockers.slice(0, 1), s, { flow, agreement, action: row.nextAction })[0] : undefined;
    return {
      account,
      agreement,
      flow,
      stage: agreement?.stage,
      stageText: agreement ? c.agreementStage[agreement.stage] : s.portfolio.notStarted,
      progress: agreement ? row.progress : undefined,
      deadline: row.deadline,
      state: row.deadlineState,
      stateText: s.deadline.state[row.deadlineState],
      days: row.deadlineState === 'done' ? undefined : words.days,
      daysText: words.daysText ?? '',
      blocker,
      owner: agreement?.owner?.title,
    };
  });
}

export type SortKey = 'account' | 'stage' | 'deadline' | 'state' | 'days' | 'blocker' | 'owner';
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** Most urgent first when sorted by state. */
const STATE_ORDER: RowState[] = ['late', 'atRisk', 'noDeadline', 'onTrack', 'done'];

export function sortRows(rows: readonly PortfolioRow[], sort: Sort, locale: string): PortfolioRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const text = (a?: string, b?: string): number => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : collator.compare(a, b));
  const num = (a?: number, b?: number): number => (a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a - b);
  const cmp = (a: PortfolioRow, b: PortfolioRow): number => {
    switch (sort.key) {
      case 'account':
        return text(a.account.abbreviation, b.account.abbreviation);
      case 'stage':
        return num(a.stage ? stageIndex(a.stage) : -1, b.stage ? stageIndex(b.stage) : -1);
      case 'deadline':
        return text(a.deadline, b.deadline);
      case 'state':
        return STATE_ORDER.indexOf(a.state) - STATE_ORDER.indexOf(b.state);
      case 'days':
        return num(a.days, b.days);
      case 'blocker':
        return text(a.blocker, b.blocker);
      case 'owner':
        return text(a.owner, b.owner);
    }
  };
  const dir = sort.descending ? -1 : 1;
  // Ties by account, so the order is stable whichever way a column goes.
  return [...rows].sort((a, b) => dir * cmp(a, b) || text(a.account.abbreviation, b.account.abbreviation));
}

export interface Filters {
  stage?: AgreementStage | 'notStarted';
  state?: RowState;
  /** An owner's name, or '' for agreements with none. */
  owner?: string;
  text: string;
}

export function filterRows(rows: readonly PortfolioRow[], f: Filters): PortfolioRow[] {
  const q = f.text.trim().toLocaleLowerCase();
  return rows.filter(
    (r) =>
      (f.stage === undefined || (f.stage === 'notStarted' ? !r.agreement : r.stage === f.stage)) &&
      (f.state === undefined || r.state === f.state) &&
      (f.owner === undefined || (r.owner ?? '') === f.owner) &&
      (!q || [r.account.name, r.account.abbreviation, r.agreement?.diaryNumber].some((t) => t?.toLocaleLowerCase().includes(q))),
  );
}

export function csvRows(rows: readonly PortfolioRow[], s: AgreementStrings): CsvCell[][] {
  const p = s.portfolio;
  const out: CsvCell[][] = [[p.account, s.export.abbreviation, p.stage, s.export.progress, p.deadline, p.state, p.daysLeft, p.blocker, p.owner, s.export.diaryNumber]];
  for (const r of rows) {
    out.push([
      r.account.name,
      r.account.abbreviation,
      r.stageText,
      r.progress ? format(s.stepper.step, r.progress) : undefined,
      r.deadline ? { date: r.deadline } : undefined,
      r.stateText,
      r.days,
      r.blocker,
      r.owner,
      r.agreement?.diaryNumber,
    ]);
  }
  return out;
}
