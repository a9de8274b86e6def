/**
 * "Away now and in the next four weeks" as a timeline: one row a person, the days as columns (weekends and public
 * holidays shaded, today marked by a line and its label), each absence a bar that carries its kind as a pattern and
 * as text (never colour alone). The bars are one tab stop (roving tabindex): the arrow keys move between bars (left
 * and right in a row, up and down to the nearest bar of the next person), Home and End to a row's first and last,
 * and Enter or Space opens the absence. The table alternative (AbsenceTable) holds the same facts.
 */
import * as React from 'react';
import { mergeStyleSets, Text, useTheme } from '@fluentui/react';
import type { Theme } from '@fluentui/react';
import type { AwayRow } from '../../domain/cover';
import { addDays, compareIsoDates, daysBetween, formatDate, IsoDate } from '../../domain/dates';
import { isWorkingDay } from '../../domain/holidays';
import type { Absence, AbsenceKind } from '../../domain/types';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { bundle as subsBundle } from './strings';
import { personName } from './text';

export interface TimelineProps {
  rows: AwayRow[];
  from: IsoDate;
  days: number;
  /** The accessible name of a bar beyond "who: kind from–to" (substitute, cover). */
  describe: (a: Absence) => string;
  /** What is shown under a person's name (presence, out of office). */
  personNote: (row: AwayRow) => React.ReactNode;
  onOpen: (a: Absence) => void;
}

const FORCED = '@media screen and (forced-colors: active), screen and (-ms-high-contrast: active)';

export function Timeline(props: TimelineProps): JSX.Element {
  const { host } = useApp();
  const s = useBundle(subsBundle);
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const classes = React.useMemo(() => classesFor(theme), [theme]);
  const to = addDays(props.from, props.days - 1);
  const dayList = React.useMemo(() => Array.from({ length: props.days }, (_, i) => addDays(props.from, i)), [props.from, props.days]);
  const bars = React.useMemo(
    () => props.rows.map((r) => r.absences.filter((a) => compareIsoDates(a.end, props.from) >= 0 && compareIsoDates(a.start, to) <= 0)),
    [props.rows, props.from, to],
  );
  const first = bars.find((b) => b.length)?.[0]?.id;
  const [active, setActive] = React.useState<number | undefined>(first);
  const activeId = bars.some((b) => b.some((a) => a.id === active)) ? active : first;
  const container = React.useRef<HTMLDivElement>(null);

  const move = (id: number): void => {
    setActive(id);
    container.current?.querySelector<HTMLButtonElement>(`[data-absence-id="${id}"]`)?.focus();
  };

  const onKeyDown = (e: React.KeyboardEvent, rowIndex: number, index: number): void => {
    const row = bars[rowIndex];
    const current = row[index];
    const nearestIn = (r: number): number | undefined => {
      const list = bars[r];
      if (!list?.length) return undefined;
      return [...list].sort((a, b) => Math.abs(daysBetween(current.start, a.start)) - Math.abs(daysBetween(current.start, b.start)))[0].id;
    };
    const step = (dir: 1 | -1): number | undefined => {
      for (let r = rowIndex + dir; r >= 0 && r < bars.length; r += dir) {
        const id = nearestIn(r);
        if (id !== undefined) return id;
      }
      return undefined;
    };
    let target: number | undefined;
    switch (e.key) {
      case 'ArrowRight':
        target = row[index + 1]?.id;
        break;
      case 'ArrowLeft':
        target = row[index - 1]?.id;
        break;
      case 'ArrowDown':
        target = step(1);
        break;
      case 'ArrowUp':
        target = step(-1);
        break;
      case 'Home':
        target = e.ctrlKey ? bars.find((b) => b.length)?.[0].id : row[0].id;
        break;
      case 'End':
        target = e.ctrlKey ? [...bars].reverse().find((b) => b.length)?.slice(-1)[0].id : row[row.length - 1].id;
        break;
      default:
        return;
    }
    e.preventDefault();
    if (target !== undefined) move(target);
  };

  const pct = (n: number): string => `${(n / props.days) * 100}%`;
  const todayIndex = 0;

  return (
    <div className={classes.scroller}>
      <div
        ref={container}
        role="group"
        aria-label={s.absences.timelineLabel}
        aria-describedby="ac-subs-timeline-help"
        className={classes.grid}
        style={{ gridTemplateColumns: `minmax(150px, 220px) repeat(${props.days}, minmax(22px, 1fr))` }}
        data-testid="absence-timeline"
      >
        <Text id="ac-subs-timeline-help" variant="small" className={classes.help}>
          {s.absences.timelineHelp}
        </Text>
        {/* Day headers: what the bars' names already say in words, so they are hidden from screen readers. */}
        <div className={classes.corner} aria-hidden="true" />
        {dayList.map((d, i) => {
          const off = !isWorkingDay(d);
          return (
            <div key={d} aria-hidden="true" className={`${classes.dayHead} ${off ? classes.off : ''} ${i === todayIndex ? classes.todayHead : ''}`} title={formatDate(d, host.locale, { weekday: 'long' })}>
              <span className={classes.weekday}>{formatDate(d, host.locale, { weekday: 'narrow' })}</span>
              <span>{Number(d.slice(8, 10))}</span>
            </div>
          );
        })}
        <div role="list" style={{ display: 'contents' }}>
          {props.rows.map((row, r) => (
            <div role="listitem" key={row.person.id} style={{ display: 'contents' }} data-testid={`timeline-row-${row.person.id}`}>
              <div className={classes.person}>
                <Text as="h3" variant="medium" className={classes.personName}>
                  {personName(row.person, s)}
                </Text>
                <div className={classes.personNote}>{props.personNote(row)}</div>
              </div>
              <div className={classes.track} style={{ gridColumn: `2 / span ${props.days}` }}>
                {dayList.map((d, i) =>
                  isWorkingDay(d) && i !== todayIndex ? null : (
                    <div key={d} aria-hidden="true" className={i === todayIndex ? classes.todayLine : classes.offDay} style={{ left: pct(i), width: i === todayIndex ? undefined : pct(1) }} />
                  ),
                )}
                {bars[r].map((a, i) => {
                  const startIdx = Math.max(0, daysBetween(props.from, a.start));
                  const endIdx = Math.min(props.days - 1, daysBetween(props.from, a.end));
                  const kind = c.absenceKind[a.kind];
                  const label = format(s.absences.bar, { name: personName(row.person, s), kind, from: formatDate(a.start, host.locale), to: formatDate(a.end, host.locale) });
                  const extra = props.describe(a);
                  return (
                    <button
                      key={a.id}
                      type="button"
                      data-absence-id={a.id}
                      tabIndex={a.id === activeId ? 0 : -1}
                      aria-label={extra ? `${label}, ${extra}` : label}
                      className={`${classes.bar} ${classes[kindClass(a.kind)]}`}
                      style={{ left: pct(startIdx), width: pct(endIdx - startIdx + 1) }}
                      onFocus={() => setActive(a.id)}
                      onKeyDown={(e) => onKeyDown(e, r, i)}
                      onClick={() => props.onOpen(a)}
                    >
                      <span className={classes.barText} aria-hidden="true">
                        {kind}
                      </span>
                    </button>
                  );
                })}
              </div>
            </div>
          ))}
        </div>
      </div>
      <Legend />
    </div>
  );
}

type KindClass = 'kindHoliday' | 'kindSick' | 'kindTraining' | 'kindParental' | 'kindOther';

function kindClass(kind: AbsenceKind): KindClass {
  return ({ holiday: 'kindHoliday', sickLeave: 'kindSick', training: 'kindTraining', parentalLeave: 'kindParental', other: 'kindOther' } as const)[kind];
}

/** What the patterns, the shading and the today line mean, each drawn as it is in the timeline. */
function Legend(): JSX.Element {
  const s = useBundle(subsBundle);
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const classes = React.useMemo(() => classesFor(theme), [theme]);
  const kinds: AbsenceKind[] = ['holiday', 'sickLeave', 'training', 'parentalLeave', 'other'];
  return (
    <div className={classes.legend} data-testid="timeline-legend">
      <Text as="h3" variant="small" style={{ fontWeight: 600, margin: 0 }}>
        {s.absences.legend}
      </Text>
      <ul className={classes.legendList}>
        {kinds.map((k) => (
          <li key={k} className={classes.legendItem}>
            <span className={`${classes.swatch} ${classes[kindClass(k)]}`} aria-hidden="true" />
            {c.absenceKind[k]}
          </li>
        ))}
        <li className={classes.legendItem}>
          <span className={`${classes.swatch} ${classes.offSwatch}`} aria-hidden="true" />
          {s.absences.weekend}
        </li>
        <li className={classes.legendItem}>
          <span className={classes.todaySwatch} aria-hidden="true" />
          {s.absences.today}
        </li>
      </ul>
    </div>
  );
}

function classesFor(theme: Theme) {
  const sc = theme.semanticColors;
  const p = theme.palette;
  // Patterns in the theme's own colours (dark and high-contrast themes included), so a kind never relies on hue.
  const ink = p.themeDarker;
  const paper = p.themeLighter;
  const stripes = (angle: number): string => `repeating-linear-gradient(${angle}deg, ${paper} 0 5px, ${p.themeLight} 5px 10px)`;
  const kindBase = { color: ink, borderColor: p.themeDark };
  return mergeStyleSets({
    scroller: { overflowX: 'auto', maxWidth: '100%' },
    grid: { display: 'grid', minWidth: 760, alignItems: 'stretch', position: 'relative' },
    help: { gridColumn: '1 / -1', color: sc.bodySubtext, marginBottom: 6 },
    corner: { borderBottom: `1px solid ${sc.bodyDivider}` },
    dayHead: {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'center',
      fontSize: theme.fonts.small.fontSize,
      padding: '2px 0',
      borderBottom: `1px solid ${sc.bodyDivider}`,
      color: sc.bodyText,
    },
    weekday: { color: sc.bodySubtext, textTransform: 'uppercase' },
    off: { background: sc.bodyStandoutBackground },
    todayHead: { fontWeight: 700, boxShadow: `inset 0 -3px 0 ${p.themePrimary}`, selectors: { [FORCED]: { boxShadow: 'inset 0 -3px 0 Highlight' } } },
    person: { padding: '6px 8px 6px 0', borderBottom: `1px solid ${sc.bodyDivider}`, minWidth: 0 },
    personName: { fontWeight: 600, margin: 0, display: 'block', overflowWrap: 'anywhere' },
    personNote: { fontSize: theme.fonts.small.fontSize, color: sc.bodySubtext, overflowWrap: 'anywhere' },
    track: { position: 'relative', minHeight: 44, borderBottom: `1px solid ${sc.bodyDivider}` },
    offDay: { position: 'absolute', top: 0, bottom: 0, background: sc.bodyStandoutBackground },
    todayLine: {
      position: 'absolute',
      top: 0,
      bottom: 0,
      width: 0,
      borderLeft: `2px dashed ${p.themePrimary}`,
      selectors: { [FORCED]: { borderLeftColor: 'Highlight' } },
    },
    bar: {
      position: 'absolute',
      top: 8,
      height: 28,
      boxSizing: 'border-box',
      border: '1px solid',
      borderRadius: 4,
      padding: '0 6px',
      overflow: 'hidden',
      cursor: 'pointer',
      textAlign: 'left',
      font: 'inherit',
      fontSize: theme.fonts.small.fontSize,
      fontWeight: 600,
      selectors: {
        ':focus-visible': { outline: `2px solid ${sc.focusBorder}`, outlineOffset: 2, zIndex: 1 },
        ':hover': { filter: 'brightness(0.95)' },
        [FORCED]: { forcedColorAdjust: 'auto', border: '1px solid ButtonText', background: 'ButtonFace', color: 'ButtonText' },
      },
    },
    barText: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', display: 'block', lineHeight: '26px', background: paper, padding: '0 2px', width: 'fit-content', maxWidth: '100%' },
    kindHoliday: { ...kindBase, background: paper },
    kindSick: { ...kindBase, background: stripes(45) },
    kindTraining: { ...kindBase, background: `radial-gradient(${p.themeTertiary} 1.5px, ${paper} 1.5px) 0 0 / 7px 7px` },
    kindParental: { ...kindBase, background: stripes(0) },
    kindOther: { ...kindBase, background: `repeating-linear-gradient(45deg, ${paper} 0 4px, ${p.themeLight} 4px 6px), ${paper}`, borderStyle: 'dashed' },
    legend: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, marginTop: 8 },
    legendList: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '4px 16px' },
    legendItem: { display: 'flex', alignItems: 'center', gap: 6, fontSize: theme.fonts.small.fontSize, color: sc.bodyText },
    swatch: { width: 28, height: 14, border: `1px solid ${p.themeDark}`, borderRadius: 3, display: 'inline-block' },
    offSwatch: { background: sc.bodyStandoutBackground, borderColor: sc.bodyDivider },
    todaySwatch: { width: 0, height: 14, borderLeft: `2px dashed ${p.themePrimary}`, display: 'inline-block', marginLeft: 12, marginRight: 14 },
  });
}
