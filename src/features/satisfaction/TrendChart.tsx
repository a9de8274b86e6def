/**
 * The overall average over eight quarters as a hand-made SVG line (a chunk of its own, loaded only with the detail;
 * a charting library would not fit the bundle budget). Suppressed quarters are gaps, never points. The same figures
 * are in the table beside it; the SVG is one image with a text name for screen readers.
 */
import * as React from 'react';
import { useTheme } from '@fluentui/react';

export interface TrendPoint {
  label: string;
  /** Undefined: no figure shown for that quarter. */
  value?: number;
}

export interface TrendChartProps {
  points: TrendPoint[];
  /** The image's accessible name. */
  label: string;
  scale: { min: number; max: number };
}

const W = 420;
const H = 160;
const LEFT = 28;
const BOTTOM = 24;
const TOP = 10;

export function TrendChart(props: TrendChartProps): JSX.Element {
  const theme = useTheme();
  const { points, scale } = props;
  // Theme tokens: the body text and the primary colour meet contrast in light, dark and high contrast.
  const text = theme.semanticColors.bodyText;
  const line = theme.palette.themePrimary;
  const grid = theme.palette.neutralTertiaryAlt;
  // The right margin leaves room for the last quarter's label, centred on its point.
  const step = (W - LEFT - 24) / Math.max(1, points.length - 1);
  const x = (i: number): number => LEFT + i * step;
  const y = (v: number): number => TOP + (H - TOP - BOTTOM) * (1 - (v - scale.min) / (scale.max - scale.min));
  const segments: string[] = [];
  let current = '';
  points.forEach((p, i) => {
    if (p.value === undefined) {
      if (current) segments.push(current);
      current = '';
    } else current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <figure style={{ margin: 0 }} data-testid="satisfaction-chart">
      <svg role="img" aria-label={props.label} viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W * 1.5, display: 'block' }}>
        {[scale.min, (scale.min + scale.max) / 2, scale.max].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={W - 4} y1={y(v)} y2={y(v)} stroke={grid} />
            <text x={LEFT - 4} y={y(v) + 4} textAnchor="end" fontSize={10} fill={text}>
              {v}
            </text>
          </g>
        ))}
        {segments.map((d) => (
          <path key={d} d={d} fill="none" stroke={line} strokeWidth={2} />
        ))}
        {points.map((p, i) => (
          <g key={p.label}>
            {p.value !== undefined && <circle cx={x(i)} cy={y(p.value)} r={3.5} fill={line} />}
            <text x={x(i)} y={H - 6} textAnchor="middle" fontSize={9} fill={text}>
              {p.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

export default TrendChart;
