/**
 * The summary's trend as a hand-made SVG: a stacked bar of the feedback kinds per step (day, week or month) and a
 * dashed mark at the previous period's total for the same step. A chunk of its own, loaded only with the summary,
 * so the forms and the review list never carry it. The same figures are in the table under it; the SVG is one
 * image with a text name for screen readers.
 */
import * as React from 'react';
import { useTheme } from '@fluentui/react';
import type { FeedbackSummary } from '../../domain/feedbackSummary';
import type { FeedbackKind } from '../../domain/types';
import { FEEDBACK_KINDS } from '../../domain/vocabulary';
import type { ThemeName } from '../../ui/host';

/** Bar colours per Teams theme, each ≥ 3:1 against its background (WCAG 1.4.11) and apart from each other. */
export const KIND_COLORS: Record<ThemeName, Record<FeedbackKind, string>> = {
  light: { positive: '#107c10', negative: '#a4262c', developmentIdea: '#0f5e9c', question: '#8764b8' },
  dark: { positive: '#6ccb5f', negative: '#f1707b', developmentIdea: '#7fb6e6', question: '#c8a5f0' },
  contrast: { positive: '#00ff00', negative: '#ff8080', developmentIdea: '#00ffff', question: '#ffff00' },
};

export interface TrendChartProps {
  summary: FeedbackSummary;
  /** Step labels, in order. */
  labels: string[];
  /** Kind names, for the legend. */
  kindLabels: Record<FeedbackKind, string>;
  previousLabel: string;
  /** The image's accessible name. */
  label: string;
  theme: ThemeName;
}

const H = 160;
const TOP = 12;
const BOTTOM = 28;
const LEFT = 32;

export function TrendChart(props: TrendChartProps): JSX.Element {
  const theme = useTheme();
  const { summary, labels } = props;
  const colors = KIND_COLORS[props.theme];
  const steps = summary.trend;
  const prev = summary.previous?.trend ?? [];
  const max = Math.max(1, ...steps.map((t) => t.total), ...prev.map((t) => t.total));
  const slot = Math.max(28, Math.min(64, 640 / Math.max(1, steps.length)));
  const width = LEFT + slot * steps.length + 8;
  const bar = slot * 0.6;
  const y = (n: number): number => TOP + (H - TOP - BOTTOM) * (1 - n / max);
  const text = theme.semanticColors.bodyText;
  const grid = theme.palette.neutralTertiaryAlt;
  return (
    <figure style={{ margin: 0 }} data-testid="trend-chart">
      <svg role="img" aria-label={props.label} viewBox={`0 0 ${width} ${H}`} width="100%" style={{ maxWidth: width * 1.5, display: 'block' }} preserveAspectRatio="xMinYMin meet">
        <line x1={LEFT} x2={width - 4} y1={y(0)} y2={y(0)} stroke={grid} />
        <text x={LEFT - 4} y={y(max) + 4} textAnchor="end" fontSize={10} fill={text}>
          {max}
        </text>
        <text x={LEFT - 4} y={y(0) + 4} textAnchor="end" fontSize={10} fill={text}>
          0
        </text>
        {steps.map((t, i) => {
          const x = LEFT + i * slot + (slot - bar) / 2;
          let base = 0;
          return (
            <g key={t.start}>
              {FEEDBACK_KINDS.map((k) => {
                const n = t.byKind[k];
                if (!n) return null;
                const rect = <rect key={k} x={x} y={y(base + n)} width={bar} height={y(base) - y(base + n)} fill={colors[k]} stroke={theme.semanticColors.bodyBackground} strokeWidth={0.5} />;
                base += n;
                return rect;
              })}
              {prev[i] !== undefined && <line x1={x - 3} x2={x + bar + 3} y1={y(prev[i].total)} y2={y(prev[i].total)} stroke={text} strokeWidth={1.5} strokeDasharray="3 2" />}
              <text x={x + bar / 2} y={H - BOTTOM + 14} textAnchor="middle" fontSize={10} fill={text}>
                {labels[i]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 12, padding: 0, margin: '4px 0 0' }}>
          {FEEDBACK_KINDS.map((k) => (
            <li key={k} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
              <svg width={12} height={12} aria-hidden="true" focusable="false">
                <rect width={12} height={12} fill={colors[k]} />
              </svg>
              {props.kindLabels[k]}
            </li>
          ))}
          <li style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
            <svg width={16} height={12} aria-hidden="true" focusable="false">
              <line x1={0} x2={16} y1={6} y2={6} stroke={text} strokeWidth={1.5} strokeDasharray="3 2" />
            </svg>
            {props.previousLabel}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}

export default TrendChart;
