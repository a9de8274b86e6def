/**
 * The month list: the same marks as the wheel, month by month in date order. The accessible and printable
 * alternative: headings per month, one row per task and day (with its accounts), the state in words and icon.
 */
import * as React from 'react';
import { Icon, mergeStyleSets, useTheme } from '@fluentui/react';
import type { Theme } from '@fluentui/react';
import { formatDate } from '../../domain/dates';
import type { OccurrenceState } from '../../domain/clock';
import type { ClockCategory } from '../../domain/types';
import { format } from '../../loc/strings';
import type { ClockMark } from './model';
import { accountLabel, actingShort, markName, stateSummary } from './names';
import { STATE_ICON, stateColors } from './stateVisuals';
import type { AnnualClockStrings } from './strings';
import { monthName } from './Wheel';

export interface MonthListProps {
  year: number;
  marks: ClockMark[];
  /** Only these months (a quarter's or a month's zoom); all twelve by default. */
  months?: number[];
  categoryLabels: Record<ClockCategory, string>;
  locale: string;
  s: AnnualClockStrings;
  onOpen(mark: ClockMark): void;
}

/** Accounts named on a row; more are counted. */
const NAMED = 6;

export function MonthList(props: MonthListProps): JSX.Element {
  const { marks, s, locale, year } = props;
  const theme = useTheme();
  const classes = React.useMemo(() => classesFor(theme), [theme]);
  const colors = stateColors(theme);
  const months = props.months ?? Array.from({ length: 12 }, (_, i) => i + 1);
  const byMonth = new Map<number, ClockMark[]>();
  for (const m of marks) {
    if (Number(m.dueDate.slice(0, 4)) !== year) continue;
    const k = Number(m.dueDate.slice(5, 7));
    byMonth.set(k, [...(byMonth.get(k) ?? []), m]);
  }
  return (
    <div className={classes.root} data-testid="clock-month-list">
      {months.map((month) => {
        const list = byMonth.get(month) ?? [];
        const headingId = `ac-clock-month-${month}`;
        return (
          <section key={month} aria-labelledby={headingId} className={classes.month}>
            <h2 id={headingId} className={classes.heading}>
              <span className={classes.monthName}>{monthName(year, month, locale, 'long')}</span>{' '}
              <span className={classes.count}>({format(s.monthCount, { count: list.reduce((n, m) => n + m.items.length, 0) })})</span>
            </h2>
            {list.length === 0 ? (
              <p className={classes.empty}>{s.emptyMonth}</p>
            ) : (
              <ul className={classes.list}>
                {list.map((m) => (
                  <MarkRow key={m.key} mark={m} classes={classes} colors={colors} categoryLabels={props.categoryLabels} locale={locale} s={s} onOpen={props.onOpen} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

type ListClasses = ReturnType<typeof classesFor>;

/** One task on one day as a row: date, state (icon and words), title, category and accounts. */
export function MarkRow(props: {
  mark: ClockMark;
  classes: ListClasses;
  colors: Record<OccurrenceState, string>;
  categoryLabels: Record<ClockCategory, string>;
  locale: string;
  s: AnnualClockStrings;
  onOpen(mark: ClockMark): void;
  testId?: string;
}): JSX.Element {
  const { mark: m, classes, colors, s, locale } = props;
  return (
    <li className={classes.row} data-state={m.state}>
      <button type="button" className={classes.button} aria-label={markName(m, s, locale)} onClick={() => props.onOpen(m)} data-testid={props.testId ?? 'clock-list-item'}>
        <span className={classes.date}>{formatDate(m.dueDate, locale, { weekday: 'short', day: 'numeric', month: 'numeric' })}</span>
        <span className={classes.state}>
          <Icon iconName={STATE_ICON[m.state]} style={{ color: colors[m.state] }} className={classes.icon} />
          <span className={m.state === 'overdue' ? classes.overdueText : undefined}>{m.items.length === 1 ? s.stateLabel[m.state] : stateSummary(m.items, s)}</span>
        </span>
        <span className={classes.main}>
          <span className={classes.title}>{m.title}</span>
          <span className={classes.meta}>
            {props.categoryLabels[m.category]}
            {' · '}
            {m.items.length <= NAMED
              ? m.items.map((i) => accountLabel(i, s)).join(', ')
              : `${m.items.slice(0, NAMED).map((i) => accountLabel(i, s)).join(', ')} … ${format(s.accountsCount, { count: m.items.length })}`}
            {m.items.length === 1 && m.items[0].occurrence.owner?.title ? ` · ${m.items[0].occurrence.owner.title}` : ''}
          </span>
          {m.items.length === 1 && m.items[0].acting && (
            <span className={classes.acting} data-testid="clock-item-acting">
              {actingShort(m.items[0], s)}
            </span>
          )}
        </span>
      </button>
    </li>
  );
}

/** The list's styles, for other lists of marks (the wheel's "needs attention" column). */
export function useMarkListClasses(): ListClasses {
  const theme = useTheme();
  return React.useMemo(() => classesFor(theme), [theme]);
}

function classesFor(theme: Theme) {
  const sc = theme.semanticColors;
  return mergeStyleSets({
    root: {
      display: 'grid',
      gap: '8px 24px',
      gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 340px), 1fr))',
      alignItems: 'start',
      '@media print': { display: 'block' },
    },
    month: { minWidth: 0, breakInside: 'avoid', pageBreakInside: 'avoid', '@media print': { marginBottom: 12 } },
    heading: { margin: '8px 0 4px', fontSize: theme.fonts.large.fontSize, fontWeight: 600, borderBottom: `2px solid ${sc.bodyDivider}`, paddingBottom: 4 },
    monthName: { textTransform: 'capitalize' },
    count: { fontWeight: 400, fontSize: theme.fonts.medium.fontSize, color: sc.bodySubtext },
    empty: { margin: '4px 0', color: sc.bodySubtext },
    list: { listStyle: 'none', margin: 0, padding: 0 },
    row: { borderBottom: `1px solid ${sc.bodyDivider}`, breakInside: 'avoid' },
    button: {
      width: '100%',
      display: 'grid',
      gridTemplateColumns: '104px 1fr',
      gridTemplateAreas: '"date main" "state main"',
      gap: '2px 10px',
      alignItems: 'start',
      textAlign: 'left',
      font: 'inherit',
      color: sc.bodyText,
      background: 'transparent',
      border: 'none',
      padding: '6px 4px',
      cursor: 'pointer',
      selectors: {
        ':hover': { background: sc.bodyBackgroundHovered },
        ':focus-visible': { outline: `2px solid ${sc.focusBorder}`, outlineOffset: -2 },
      },
      '@media print': { padding: '2px 0', color: '#000' },
    },
    date: { gridArea: 'date', fontWeight: 600, whiteSpace: 'nowrap' },
    state: { gridArea: 'state', fontSize: theme.fonts.small.fontSize, display: 'flex', gap: 4, alignItems: 'baseline' },
    icon: { fontSize: 12, flexShrink: 0 },
    overdueText: { color: sc.errorText, fontWeight: 600, '@media print': { color: '#000' } },
    main: { gridArea: 'main', display: 'flex', flexDirection: 'column', minWidth: 0 },
    title: { fontWeight: 600, overflowWrap: 'anywhere' },
    meta: { fontSize: theme.fonts.small.fontSize, color: sc.bodySubtext, overflowWrap: 'anywhere', '@media print': { color: '#000' } },
    acting: { fontSize: theme.fonts.small.fontSize, fontWeight: 600, overflowWrap: 'anywhere' },
  });
}
