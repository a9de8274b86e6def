/**
 * Satisfaction trend: per period the overall rating (4–10), NPS and response count, a small bar chart of the
 * overall rating (decorative: the table next to it carries the same numbers as text), and the latest period's
 * area averages with the change from the previous period in words, not colour. A period with fewer answers than the
 * privacy threshold says so in words and shows no figures.
 */
import * as React from 'react';
import { Text, useTheme } from '@fluentui/react';
import type { PeriodResult } from '../../../domain/satisfaction';
import type { Survey, SurveyResponse } from '../../../domain/types';
import { bundle as sectionsBundle } from '../strings/sections';
import { bundle as choiceBundle } from '../../../loc/choices';
import { langOf } from '../../../loc/bundle';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';
import { KindTrend, trendsByKind } from './trendView';

const srOnly: React.CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

export function useNumberFormats(): { one: (n: number) => string; signedOne: (n: number) => string; signedInt: (n: number) => string } {
  const { host } = useApp();
  return React.useMemo(() => {
    const one = new Intl.NumberFormat(host.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const signedOne = new Intl.NumberFormat(host.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
    const signedInt = new Intl.NumberFormat(host.locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
    return { one: (n) => one.format(n), signedOne: (n) => signedOne.format(n), signedInt: (n) => signedInt.format(n) };
  }, [host.locale]);
}

function OverallChart(props: { periods: PeriodResult[]; label: (p: PeriodResult) => string; value: (n: number) => string; title: string }): JSX.Element | null {
  const theme = useTheme();
  const shown = props.periods.filter((p) => typeof p.overall === 'number');
  if (shown.length < 2) return null;
  const barW = 40;
  const gap = 20;
  const h = 120;
  const top = 18;
  const bottom = 22;
  const width = shown.length * (barW + gap) + gap;
  const y = (v: number): number => top + (h - top - bottom) * (1 - (Math.max(4, Math.min(10, v)) - 4) / 6);
  return (
    <div aria-hidden="true" style={{ margin: '8px 0' }}>
      <Text block variant="small" style={{ color: theme.semanticColors.bodySubtext }}>
        {props.title}
      </Text>
    <svg width={width} height={h} focusable="false" style={{ display: 'block', maxWidth: '100%' }} data-testid="trend-chart">
      <line x1={0} x2={width} y1={h - bottom} y2={h - bottom} stroke={theme.semanticColors.bodyDivider} />
      {shown.map((p, i) => {
        const x = gap + i * (barW + gap);
        const v = p.overall as number;
        return (
          <g key={p.surveyId}>
            <rect x={x} y={y(v)} width={barW} height={h - bottom - y(v)} fill={theme.palette.themePrimary} />
            <text x={x + barW / 2} y={y(v) - 4} textAnchor="middle" fontSize={11} fill={theme.semanticColors.bodyText}>
              {props.value(v)}
            </text>
            <text x={x + barW / 2} y={h - 6} textAnchor="middle" fontSize={11} fill={theme.semanticColors.bodyText}>
              {props.label(p)}
            </text>
          </g>
        );
      })}
    </svg>
    </div>
  );
}

function KindBlock(props: { t: KindTrend; surveys: Survey[]; showKind: boolean; first: boolean }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(sectionsBundle).activity;
  const c = useBundle(choiceBundle);
  // An area without a label of its own is named by its survey question, in the user's language.
  const areaLabel = (area: string): string => {
    if (c.surveyArea[area]) return c.surveyArea[area];
    const q = props.surveys.find((x) => x.id === props.t.latest.surveyId)?.definition.questions.find((x) => x.area === area);
    return q ? q.text[langOf(host.locale)] || q.text.fi : area;
  };
  const theme = useTheme();
  const n = useNumberFormats();
  const { t } = props;
  const periodLabel = (p: PeriodResult): string => (p.quarter ? format(s.periodQuarter, { quarter: p.quarter, year: p.year }) : format(s.periodYear, { year: p.year }));
  const kindLabel = c.surveyKind[t.kind];
  const cell: React.CSSProperties = { padding: '4px 8px', borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'left' };
  const num: React.CSSProperties = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' };
  const changeText = (change?: number): string => {
    if (change === undefined) return s.noPrevious;
    const word = change > 0 ? s.up : change < 0 ? s.down : s.same;
    return `${n.signedOne(change)} (${word})`;
  };
  const latest = periodLabel(t.latest);
  return (
    <div data-testid={`trend-${t.kind}`} style={{ marginTop: props.first ? 8 : 20 }}>
      {props.showKind && (
        <Text as="h4" variant="medium" style={{ margin: '8px 0 4px', fontWeight: 600 }}>
          {kindLabel}
        </Text>
      )}
      <OverallChart periods={t.periods} label={periodLabel} value={n.one} title={s.chartTitle} />
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', minWidth: 360 }} data-testid={`trend-table-${t.kind}`}>
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>
            {s.resultsBy} – {kindLabel}
          </caption>
          <thead>
            <tr>
              <th scope="col" style={{ ...cell, borderTop: 0 }}>
                {s.period}
              </th>
              <th scope="col" style={{ ...num, borderTop: 0 }}>
                {s.responses}
              </th>
              <th scope="col" style={{ ...num, borderTop: 0 }}>
                {s.overall}
              </th>
              <th scope="col" style={{ ...num, borderTop: 0 }}>
                {s.nps}
              </th>
            </tr>
          </thead>
          <tbody>
            {t.periods.map((p) => (
              <tr key={p.surveyId}>
                <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                  {periodLabel(p)}
                </th>
                {p.belowThreshold ? (
                  <td colSpan={3} style={{ ...cell, fontStyle: 'italic' }} data-testid="trend-below-threshold">
                    {format(s.belowThreshold, { threshold: p.belowThreshold })}
                  </td>
                ) : (
                  <>
                    <td style={num}>{p.responses}</td>
                    <td style={num}>{p.overall !== undefined ? n.one(p.overall) : '–'}</td>
                    <td style={num}>{p.nps !== undefined ? n.signedInt(p.nps) : '–'}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {t.latest.belowThreshold !== undefined && (
        <Text block style={{ marginTop: 8 }} data-testid={`latest-below-threshold-${t.kind}`}>
          {format(s.latestBelowThreshold, { period: latest, threshold: t.latest.belowThreshold })}
        </Text>
      )}
      {t.areas.length > 0 && (
        <div style={{ overflowX: 'auto', marginTop: 8 }}>
          <table style={{ borderCollapse: 'collapse', minWidth: 360 }} data-testid={`areas-table-${t.kind}`}>
            <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{format(s.areasFor, { period: latest })}</caption>
            <thead>
              <tr>
                <th scope="col" style={{ ...cell, borderTop: 0 }}>
                  {s.area}
                </th>
                <th scope="col" style={{ ...num, borderTop: 0 }}>
                  {s.average}
                </th>
                <th scope="col" style={{ ...num, borderTop: 0 }}>
                  {s.change}
                  {t.previous && <span style={srOnly}> ({periodLabel(t.previous)})</span>}
                </th>
              </tr>
            </thead>
            <tbody>
              {t.areas.map((a) => (
                <tr key={a.area}>
                  <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                    {areaLabel(a.area)}
                  </th>
                  <td style={num}>{n.one(a.average)}</td>
                  <td style={num}>{changeText(a.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {t.latest.comments.length > 0 && (
        <>
          <Text block style={{ fontWeight: 600, marginTop: 8 }}>
            {format(s.comments, { period: latest })}
          </Text>
          <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
            {t.latest.comments.map((x, i) => (
              <li key={i} style={{ whiteSpace: 'pre-wrap' }}>
                {x}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export interface SatisfactionTrendProps {
  /** The surveys the responses answer (their questions name the areas). */
  surveys: Survey[];
  /** The responses to show, e.g. one account's or, for leadership, every account's. */
  responses: SurveyResponse[];
  /** Fewer answers than this in a period: no figures for it (default DEFAULT_PRIVACY_THRESHOLD). */
  threshold?: number;
  /** The responses could not be read by this user (the list is closed to them). */
  hidden?: boolean;
}

/** Works outside the account tab too: it shows what it is given and reads only the app's language and theme. */
export function SatisfactionTrend(props: SatisfactionTrendProps): JSX.Element {
  const s = useBundle(sectionsBundle).activity;
  const { surveys, responses, threshold } = props;
  const trends = React.useMemo(() => trendsByKind(surveys, responses, threshold), [surveys, responses, threshold]);
  return (
    <div data-testid="activity-satisfaction">
      <Text as="h3" variant="mediumPlus" style={{ margin: '0 0 4px', fontWeight: 600 }}>
        {s.satisfaction}
      </Text>
      {props.hidden || trends.length === 0 ? (
        <Text block style={{ fontStyle: 'italic' }} data-testid="satisfaction-empty">
          {props.hidden ? s.resultsHidden : s.noSatisfaction}
        </Text>
      ) : (
        trends.map((t, i) => <KindBlock key={t.kind} t={t} surveys={surveys} showKind={trends.length > 1} first={i === 0} />)
      )}
    </div>
  );
}
