/**
 * The wheel (kehä) in SVG, drawn by hand: the window's months (or days) clockwise from 12 o'clock, one ring per
 * category, quarter marks, today's marker and the marks. Each spot is one tab stop of a roving group: the arrows
 * follow date order (keyboard.ts), Enter or Space opens it, + and − zoom around it.
 */
import * as React from 'react';
import { mergeStyleSets, useTheme } from '@fluentui/react';
import type { Theme } from '@fluentui/react';
import { intlLocale, IsoDate } from '../../domain/dates';
import type { ClockCategory } from '../../domain/types';
import { format } from '../../loc/strings';
import { angleOf, inWindow, monthStart, polar, ringBands, sectorPath, segments, windowOf, Zoom, zoomIn, zoomOut } from './geometry';
import { initialIndex, MoveKey, MOVE_KEYS, nextIndex } from './keyboard';
import type { ClockMark } from './model';
import { clusterName, markName } from './names';
import { StateGlyph, stateColors } from './stateVisuals';
import type { AnnualClockStrings } from './strings';
import { layoutSpots, WheelGeometry, WheelSpot } from './wheelLayout';

export const WHEEL_SIZE = 640;
const G: WheelGeometry = { cx: WHEEL_SIZE / 2, cy: WHEEL_SIZE / 2, inner: 96, outer: 258 };
const LABEL_R = 282;

export interface WheelProps {
  year: number;
  today: IsoDate;
  zoom: Zoom;
  marks: ClockMark[];
  rings: ClockCategory[];
  ringLabels: Record<ClockCategory, string>;
  locale: string;
  s: AnnualClockStrings;
  /** The window's name ("2027", "1. neljännes 2027", "maaliskuu 2027"). */
  windowLabel: string;
  onOpen(spot: WheelSpot): void;
  onZoom(zoom: Zoom): void;
}

export function monthName(year: number, month: number, locale: string, width: 'long' | 'short'): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: width, timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 15)));
}

export function Wheel(props: WheelProps): JSX.Element {
  const { year, today, zoom, marks, rings, locale, s } = props;
  const theme = useTheme();
  const classes = React.useMemo(() => classesFor(theme), [theme]);
  const colors = React.useMemo(() => stateColors(theme), [theme]);
  const w = windowOf(year, zoom);
  const spots = React.useMemo(() => layoutSpots(marks, rings, w, G), [marks, rings, w.start, w.end]); // eslint-disable-line react-hooks/exhaustive-deps
  const keys = spots.map((x) => x.key);
  const dates = spots.map((x) => x.date);
  const [active, setActive] = React.useState<string>();
  const activeIndex = initialIndex(keys, dates, active, today);
  const refs = React.useRef(new Map<string, SVGGElement>());
  const focusAfterRender = React.useRef<string>();
  const helpId = useStableId('ac-wheel-help');

  React.useEffect(() => {
    const k = focusAfterRender.current;
    if (!k) return;
    focusAfterRender.current = undefined;
    const index = initialIndex(keys, dates, k, today);
    if (index >= 0) refs.current.get(keys[index])?.focus();
  });

  const onKeyDown = (e: React.KeyboardEvent, index: number): void => {
    const spot = spots[index];
    if (MOVE_KEYS.includes(e.key)) {
      e.preventDefault();
      const next = nextIndex(e.key as MoveKey, index, dates);
      if (next >= 0) {
        setActive(keys[next]);
        refs.current.get(keys[next])?.focus();
      }
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      props.onOpen(spot);
    } else if (e.key === '+' || e.key === '-' || e.key === '−') {
      e.preventDefault();
      const z = e.key === '+' ? zoomIn(zoom, spot.date) : zoomOut(zoom);
      if (z !== zoom) {
        focusAfterRender.current = spot.key;
        props.onZoom(z);
      }
    }
  };

  const bands = ringBands(rings.length, G.inner, G.outer);
  const segs = segments(year, zoom);
  const bg = theme.semanticColors.bodyBackground;
  const todayIn = inWindow(today, w);
  const todayAngle = angleOf(today, w, true);
  // Quarter marks on 1 January, April, July and October (by days, so not exactly at 90° steps).
  const quarterLines = zoom.kind === 'year' ? [1, 4, 7, 10].map((m) => angleOf(monthStart(year, m), w)) : [];
  const label = format(s.wheelLabel, { window: props.windowLabel, count: spots.length });

  return (
    <div className={classes.wrap}>
      <svg viewBox={`0 0 ${WHEEL_SIZE} ${WHEEL_SIZE}`} className={classes.svg} role="group" aria-label={label} aria-describedby={helpId} data-testid="clock-wheel">
        <g aria-hidden="true">
          {/* Rings, alternately tinted, and the month (or day) sectors. */}
          {bands.map((b, i) => (
            <path key={rings[i]} d={sectorPath(G.cx, G.cy, b.r0, b.r1, 0, 360)} fill={i % 2 ? theme.palette.neutralLighterAlt : theme.palette.neutralLighter} stroke={theme.palette.neutralTertiaryAlt} strokeWidth={0.6} />
          ))}
          {segs.map((seg, i) => {
            const weekend = seg.kind === 'day' && [0, 6].includes(new Date(`${seg.start}T12:00:00Z`).getUTCDay());
            const p0 = polar(G.cx, G.cy, G.inner, seg.a0);
            const p1 = polar(G.cx, G.cy, G.outer + 6, seg.a0);
            const mid = (seg.a0 + seg.a1) / 2;
            const lp = polar(G.cx, G.cy, LABEL_R, mid);
            const text =
              seg.kind === 'day'
                ? String(seg.n)
                : monthName(year, seg.n, locale, zoom.kind === 'year' ? 'short' : 'long').replace(/\.$/, '');
            return (
              <g key={seg.key}>
                {weekend && <path d={sectorPath(G.cx, G.cy, G.inner, G.outer, seg.a0, seg.a1)} fill={theme.palette.neutralQuaternaryAlt} opacity={0.45} />}
                <line x1={p0.x} y1={p0.y} x2={p1.x} y2={p1.y} stroke={theme.palette.neutralTertiaryAlt} strokeWidth={seg.kind === 'month' ? 1 : 0.5} />
                {seg.kind === 'month' && <path d={sectorPath(G.cx, G.cy, G.outer + 6, G.outer + 46, seg.a0, seg.a1)} fill={i % 2 ? theme.palette.neutralLighterAlt : theme.palette.neutralLighter} />}
                <text x={lp.x} y={lp.y} className={seg.kind === 'day' ? classes.dayLabel : classes.monthLabel} textAnchor="middle" dominantBaseline="central">
                  {text}
                </text>
              </g>
            );
          })}
          {/* Quarter marks: strong lines at January, April, July and October, the quarter's name inside. */}
          {quarterLines.map((a, i) => {
            const p0 = polar(G.cx, G.cy, G.inner - 14, a);
            const p1 = polar(G.cx, G.cy, G.outer + 46, a);
            const next = i < 3 ? quarterLines[i + 1] : 360;
            const lp = polar(G.cx, G.cy, G.inner - 16, (a + next) / 2);
            return (
              <g key={a}>
                <line x1={p0.x} y1={p0.y} x2={p1.x} y2={p1.y} stroke={theme.semanticColors.bodyText} strokeWidth={2} />
                <text x={lp.x} y={lp.y} className={classes.quarterLabel} textAnchor="middle" dominantBaseline="central">
                  Q{i + 1}
                </text>
              </g>
            );
          })}
          <circle cx={G.cx} cy={G.cy} r={G.inner} fill="none" stroke={theme.palette.neutralTertiaryAlt} />
          <circle cx={G.cx} cy={G.cy} r={G.outer} fill="none" stroke={theme.palette.neutralTertiaryAlt} />
          {/* Ring numbers (the legend names them) along 12 o'clock, just before the year turns; zoomed, days sit there. */}
          {zoom.kind === 'year' &&
            bands.map((b, i) => (
            <text key={rings[i]} x={G.cx - 5} y={G.cy - b.mid} className={classes.ringLabel} textAnchor="end" dominantBaseline="central">
              {i + 1}
            </text>
            ))}
          {/* The centre: the year and the window. */}
          <text x={G.cx} y={G.cy - 10} className={classes.centreYear} textAnchor="middle" dominantBaseline="central">
            {year}
          </text>
          <text x={G.cx} y={G.cy + 22} className={classes.centreSub} textAnchor="middle" dominantBaseline="central">
            {zoom.kind === 'year' ? '' : zoom.kind === 'quarter' ? `Q${zoom.quarter}` : monthName(year, zoom.month, locale, 'long')}
          </text>
          {todayIn && <TodayMarker angle={todayAngle} label={s.today} theme={theme} className={classes.todayLabel} />}
        </g>
        <g>
          {spots.map((spot, i) => (
            <g
              key={spot.key}
              ref={(el) => {
                if (el) refs.current.set(spot.key, el);
                else refs.current.delete(spot.key);
              }}
              role="button"
              tabIndex={i === activeIndex ? 0 : -1}
              aria-label={spot.cluster ? clusterName(spot.marks, s, locale) : markName(spot.marks[0], s, locale)}
              data-testid="clock-spot"
              data-state={spot.state}
              data-date={spot.date}
              className={classes.spot}
              transform={`translate(${spot.x} ${spot.y})`}
              onFocus={() => setActive(spot.key)}
              onKeyDown={(e) => onKeyDown(e, i)}
              onClick={() => {
                setActive(spot.key);
                props.onOpen(spot);
              }}
            >
              <circle r={12} className={classes.hit} />
              <circle r={11.5} className={classes.focusRing} />
              <StateGlyph state={spot.state} colors={colors} background={bg} scale={spot.cluster ? 1.15 : 1} />
              {spot.count > 1 && <CountBadge count={spot.count} theme={theme} className={classes.badgeText} />}
            </g>
          ))}
        </g>
      </svg>
      <p id={helpId} className={classes.help}>
        {s.keyboardHelp}
      </p>
      <div className={classes.legend}>
        <span className={classes.legendTitle}>{s.rings}:</span>
        <ol className={classes.ringList}>
          {rings.map((c) => (
            <li key={c}>{props.ringLabels[c]}</li>
          ))}
        </ol>
      </div>
    </div>
  );
}

let idCounter = 0;
/** An id unique on the page, stable for the component's life (React 17 has no useId). */
export function useStableId(prefix: string): string {
  const ref = React.useRef<string>();
  if (!ref.current) ref.current = `${prefix}-${++idCounter}`;
  return ref.current;
}

function TodayMarker(props: { angle: number; label: string; theme: Theme; className: string }): JSX.Element {
  const { angle, theme } = props;
  const p0 = polar(G.cx, G.cy, G.inner - 4, angle);
  const p1 = polar(G.cx, G.cy, G.outer + 8, angle);
  const tip = polar(G.cx, G.cy, G.outer + 8, angle);
  const l = polar(G.cx, G.cy, G.outer + 58, angle);
  const color = theme.semanticColors.bodyText;
  return (
    <g data-testid="clock-today">
      <line x1={p0.x} y1={p0.y} x2={p1.x} y2={p1.y} stroke={color} strokeWidth={2} strokeDasharray="5 3" />
      <circle cx={tip.x} cy={tip.y} r={4} fill={color} />
      <text x={l.x} y={l.y} className={props.className} textAnchor="middle" dominantBaseline="central">
        {props.label}
      </text>
    </g>
  );
}

function CountBadge(props: { count: number; theme: Theme; className: string }): JSX.Element {
  const text = props.count > 99 ? '99+' : String(props.count);
  const width = 8 + text.length * 6;
  return (
    <g transform="translate(7 -13)">
      <rect x={0} y={-7} width={width} height={14} rx={7} fill={props.theme.semanticColors.bodyText} />
      <text x={width / 2} y={0.5} className={props.className} textAnchor="middle" dominantBaseline="central">
        {text}
      </text>
    </g>
  );
}

function classesFor(theme: Theme) {
  const sc = theme.semanticColors;
  return mergeStyleSets({
    wrap: { display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 8, width: '100%' },
    svg: { width: '100%', maxWidth: WHEEL_SIZE, height: 'auto', display: 'block', overflow: 'visible', fontFamily: 'inherit' },
    monthLabel: { fill: sc.bodyText, fontSize: 15, fontWeight: 600 },
    dayLabel: { fill: sc.bodyText, fontSize: 11 },
    quarterLabel: { fill: sc.bodySubtext, fontSize: 12, fontWeight: 600 },
    ringLabel: { fill: sc.bodySubtext, fontSize: 10, fontWeight: 600 },
    centreYear: { fill: sc.bodyText, fontSize: 36, fontWeight: 600 },
    centreSub: { fill: sc.bodySubtext, fontSize: 15 },
    todayLabel: { fill: sc.bodyText, fontSize: 12, fontWeight: 700 },
    badgeText: { fill: sc.bodyBackground, fontSize: 9, fontWeight: 700 },
    hit: { fill: 'transparent' },
    focusRing: { fill: 'none', stroke: 'transparent', strokeWidth: 2.5 },
    spot: {
      cursor: 'pointer',
      outline: 'none',
      selectors: {
        ':focus $focusRing': { stroke: sc.focusBorder, strokeWidth: 3 },
        ':hover $focusRing': { stroke: sc.bodySubtext },
      },
    },
    help: { margin: 0, maxWidth: 640, color: sc.bodySubtext, fontSize: theme.fonts.small.fontSize, textAlign: 'center' },
    legend: { display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'baseline', justifyContent: 'center', fontSize: theme.fonts.small.fontSize, color: sc.bodyText },
    legendTitle: { fontWeight: 600 },
    ringList: {
      margin: 0,
      padding: 0,
      display: 'flex',
      flexWrap: 'wrap',
      gap: '4px 14px',
      listStyle: 'none',
      counterReset: 'ring',
      selectors: { li: { counterIncrement: 'ring' }, 'li::before': { content: 'counter(ring) ". "', fontWeight: 600, color: sc.bodySubtext } },
    },
  });
}
