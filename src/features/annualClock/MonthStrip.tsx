/**
 * The compact month strip: twelve cells, each with the month's count of tasks and its most urgent state (icon and
 * words, never colour alone). The clock shows it above the month list; the account tab's "this year at a glance"
 * shows it for one account. Tiny on purpose: it loads with the clock's index, not with the wheel.
 */
import * as React from 'react';
import { Icon, mergeStyleSets, useTheme } from '@fluentui/react';
import type { Theme } from '@fluentui/react';
import { occurrenceState, OccurrenceState } from '../../domain/clock';
import { intlLocale, IsoDate } from '../../domain/dates';
import type { ClockOccurrence } from '../../domain/types';
import { format } from '../../loc/strings';
import { STATE_ICON, stateColors } from './stateVisuals';
import type { ClockStripStrings } from './stripStrings';

export interface MonthStripProps {
  occurrences: Pick<ClockOccurrence, 'dueDate' | 'done'>[];
  year: number;
  today: IsoDate;
  locale: string;
  strings: ClockStripStrings;
  /** Heading level of the strip's title; none: no visible title (the caller has one). */
  titleAs?: 'h2' | 'h3';
  /** Selecting a month (the clock zooms to it); without it the cells are plain text. */
  onSelectMonth?(month: number): void;
  /** The month shown now, marked as current. */
  selectedMonth?: number;
}

interface MonthCell {
  month: number;
  count: number;
  states: Record<OccurrenceState, number>;
  worst?: OccurrenceState;
}

/** Per month: how many items and of which state (pure; exported for tests). */
export function monthCells(occurrences: Pick<ClockOccurrence, 'dueDate' | 'done'>[], year: number, today: IsoDate): MonthCell[] {
  const cells: MonthCell[] = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, count: 0, states: { overdue: 0, dueSoon: 0, upcoming: 0, done: 0 } }));
  for (const o of occurrences) {
    if (Number(o.dueDate.slice(0, 4)) !== year) continue;
    const c = cells[Number(o.dueDate.slice(5, 7)) - 1];
    c.count++;
    c.states[occurrenceState(o, today)]++;
  }
  const order: OccurrenceState[] = ['overdue', 'dueSoon', 'upcoming', 'done'];
  for (const c of cells) c.worst = order.find((st) => c.states[st] > 0);
  return cells;
}

export function MonthStrip(props: MonthStripProps): JSX.Element {
  const { strings: s, locale } = props;
  const theme = useTheme();
  const classes = React.useMemo(() => classesFor(theme), [theme]);
  const colors = stateColors(theme);
  const cells = monthCells(props.occurrences, props.year, props.today);
  const nowMonth = Number(props.today.slice(5, 7));
  const thisYear = Number(props.today.slice(0, 4)) === props.year;
  const short = new Intl.DateTimeFormat(intlLocale(locale), { month: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' });
  const Title = props.titleAs;
  return (
    <div className={classes.root} data-testid="clock-month-strip">
      {Title && <Title className={classes.title}>{s.title}</Title>}
      <ol className={classes.list} aria-label={Title ? undefined : s.title}>
        {cells.map((c) => {
          const at = new Date(Date.UTC(props.year, c.month - 1, 15));
          const parts = [
            format(s.cell, { month: long.format(at), count: c.count }),
            ...(c.count === 0 ? [s.none] : []),
            ...(['overdue', 'dueSoon', 'done'] as const).filter((st) => c.states[st] > 0).map((st) => format(s[st], { count: c.states[st] })),
          ];
          const name = parts.join(', ');
          const current = thisYear && c.month === nowMonth;
          const content = (
            <>
              <span className={classes.month} aria-hidden="true">
                {short.format(at).replace('.', '')}
              </span>
              <span className={classes.count} aria-hidden="true">
                {c.worst && <Icon iconName={STATE_ICON[c.worst]} style={{ color: colors[c.worst] }} className={classes.icon} />}
                {c.count || '–'}
              </span>
              {c.states.overdue > 0 && (
                <span className={classes.overdue} aria-hidden="true">
                  !{c.states.overdue}
                </span>
              )}
            </>
          );
          const cellClass = [classes.cell, current ? classes.current : '', props.selectedMonth === c.month ? classes.selected : ''].join(' ');
          return (
            <li key={c.month} className={classes.item} data-month={c.month} data-state={c.worst ?? 'none'}>
              {props.onSelectMonth ? (
                <button type="button" className={cellClass} aria-label={name} aria-current={props.selectedMonth === c.month ? 'true' : undefined} onClick={() => props.onSelectMonth?.(c.month)}>
                  {content}
                </button>
              ) : (
                <span className={cellClass} role="img" aria-label={name}>
                  {content}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function classesFor(theme: Theme) {
  const sc = theme.semanticColors;
  return mergeStyleSets({
    root: { minWidth: 0 },
    title: { margin: '0 0 6px', fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600 },
    list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(12, minmax(0, 1fr))', gap: 3 },
    item: { display: 'flex', minWidth: 0 },
    cell: {
      flex: 1,
      minWidth: 0,
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      gap: 1,
      padding: '4px 0',
      font: 'inherit',
      color: sc.bodyText,
      // The page background (not a tint): the small red "!n" keeps 4.5:1 in the dark theme too.
      background: sc.bodyBackground,
      border: `1px solid ${theme.palette.neutralQuaternaryAlt}`,
      borderRadius: 3,
      selectors: {
        'button&': { cursor: 'pointer' },
        'button&:hover': { background: sc.bodyBackgroundHovered },
        ':focus-visible': { outline: `2px solid ${sc.focusBorder}`, outlineOffset: 1 },
        '@media (forced-colors: active)': { border: '1px solid CanvasText' },
      },
    },
    current: { borderColor: sc.bodyText, borderWidth: 2, padding: '3px 0' },
    selected: { background: theme.palette.themeLighter, borderColor: theme.palette.themePrimary },
    month: { fontSize: theme.fonts.small.fontSize, color: sc.bodySubtext, textTransform: 'capitalize', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: '100%' },
    count: { fontWeight: 600, display: 'flex', alignItems: 'center', gap: 2, fontSize: theme.fonts.medium.fontSize },
    icon: { fontSize: 11 },
    overdue: { fontSize: theme.fonts.xSmall.fontSize, fontWeight: 700, color: sc.errorText },
  });
}
