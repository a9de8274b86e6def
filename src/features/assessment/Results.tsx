/**
 * The account's 9E results as a table: the three worlds, each followed by its dimensions (or the combined energy-
 * and-enthusiasm row when the period asked it that way), the latest periods as columns, the change from the
 * period before in each cell and the trend over the periods shown, in words with an arrow (never colour alone).
 * Optionally split by respondent level. A hidden cell says why ("alle 3 vastausta") and carries no figure.
 */
import * as React from 'react';
import { Checkbox, Icon, Text, useTheme } from '@fluentui/react';
import { ENERGY_ENTHUSIASM, NineECell, NineEDimension, NineERow, NineEResult, NINE_E_WORLDS, RESPONDENT_LEVELS, RespondentLevel } from '../../domain/partnership9E';
import type { Lang } from '../../loc/bundle';
import { format } from '../../loc/strings';
import type { AssessmentStrings } from './strings';
import { changeWords, decimal, roundChange, dimensionLabel, signed, suppressedText, whole, worldLabel } from './text';

export interface ResultsProps {
  result: NineEResult;
  /** Column headings, one per period of the result. */
  periodLabels: string[];
  accountName: string;
  /** The numbers' locale (the common strings' numberLocale). */
  locale: string;
  lang: Lang;
  s: AssessmentStrings;
}

const PAIR = new Set<NineEDimension>(['energy', 'enthusiasm']);

/** A row is left out when nobody answered it in any period and it is one side of the energy-and-enthusiasm choice. */
const unused = (row: NineERow): boolean =>
  (PAIR.has(row.id as NineEDimension) || row.id === ENERGY_ENTHUSIASM.id) && row.cells.every((c) => !c.shown && c.category === 'none');

function Arrow(props: { direction: 'up' | 'down' | 'same' }): JSX.Element {
  const icon = props.direction === 'up' ? 'SortUp' : props.direction === 'down' ? 'SortDown' : 'Remove';
  return <Icon iconName={icon} aria-hidden="true" style={{ marginRight: 2, verticalAlign: 'middle', fontSize: 12 }} />;
}

function CellView(props: { cell: NineECell; change?: number; locale: string; s: AssessmentStrings; strong?: boolean }): JSX.Element {
  const theme = useTheme();
  const { cell, s, locale } = props;
  if (!cell.shown) {
    return (
      <span style={{ color: theme.semanticColors.bodySubtext, fontStyle: 'italic' }} data-suppressed={cell.category}>
        {suppressedText(cell, s)}
      </span>
    );
  }
  const change = props.change === undefined ? undefined : changeWords(props.change, locale, s);
  return (
    <>
      <span style={{ fontWeight: props.strong ? 600 : 400 }}>{decimal(cell.average, locale)}</span>
      <span style={{ display: 'block', fontSize: 12, color: theme.semanticColors.bodySubtext }}>
        {format(s.results.count, { count: whole(cell.count, locale) })}
        {change && props.change !== undefined && (
          <>
            {' · '}
            <Arrow direction={change.direction} />
            <span aria-hidden="true">{signed(roundChange(props.change), locale)}</span>
            <span style={SR_ONLY}>
              {format(s.results.changeFromPrevious, { delta: signed(roundChange(props.change), locale) })}
            </span>
          </>
        )}
      </span>
    </>
  );
}

const SR_ONLY: React.CSSProperties = { position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clip: 'rect(0, 0, 0, 0)', whiteSpace: 'nowrap', border: 0 };

function TrendView(props: { row: NineERow; labels: Map<number, string>; locale: string; s: AssessmentStrings }): JSX.Element {
  const theme = useTheme();
  const { row, s } = props;
  if (!row.trend) return <span style={{ color: theme.semanticColors.bodySubtext }}>{s.results.noTrend}</span>;
  const w = changeWords(row.trend.delta, props.locale, s);
  return (
    <>
      <span style={{ whiteSpace: 'nowrap' }}>
        <Arrow direction={w.direction} />
        {w.text}
      </span>
      <span style={{ display: 'block', fontSize: 12, color: theme.semanticColors.bodySubtext }}>
        {format(s.results.trendRange, { from: props.labels.get(row.trend.fromPeriodId) ?? '', to: props.labels.get(row.trend.toPeriodId) ?? '' })}
      </span>
    </>
  );
}

export function Results(props: ResultsProps): JSX.Element {
  const theme = useTheme();
  const { result, s, locale, lang } = props;
  const [byLevel, setByLevel] = React.useState(false);
  const labels = new Map(result.periods.map((p, i) => [p.id, props.periodLabels[i]]));
  const border = `1px solid ${theme.semanticColors.bodyDivider}`;
  const th: React.CSSProperties = { textAlign: 'left', padding: '4px 8px', borderBottom: border, fontWeight: 400 };
  const num: React.CSSProperties = { textAlign: 'right', padding: '4px 8px', borderBottom: border, verticalAlign: 'top' };
  const head: React.CSSProperties = { ...th, fontWeight: 600, verticalAlign: 'bottom' };

  const levelRows = (row: NineERow, label: string): JSX.Element[] =>
    byLevel
      ? RESPONDENT_LEVELS.map((level: RespondentLevel) => (
          <tr key={`${row.id}:${level}`} data-testid={`row-${row.id}-${level}`}>
            <th scope="row" style={{ ...th, paddingLeft: 40, fontSize: 12 }}>
              <span style={SR_ONLY}>{label}: </span>
              {s.levels[level]}
            </th>
            {row.byLevel[level].map((c, i) => (
              <td key={i} style={num}>
                <CellView cell={c} locale={locale} s={s} />
              </td>
            ))}
            <td style={num} />
          </tr>
        ))
      : [];

  return (
    <div>
      <Checkbox label={s.results.byLevel} checked={byLevel} onChange={(_, v) => setByLevel(!!v)} ariaDescribedBy="ac-9e-bylevel-help" styles={{ root: { marginBottom: 4 } }} />
      <Text id="ac-9e-bylevel-help" block variant="small" style={{ marginBottom: 8 }}>
        {s.results.byLevelHelp}
      </Text>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', minWidth: 480 }} data-testid="assessment-results">
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{format(s.results.caption, { account: props.accountName })}</caption>
          <thead>
            <tr>
              <th scope="col" style={head}>
                {s.results.dimension}
              </th>
              {result.periods.map((p, i) => (
                <th key={p.id} scope="col" style={{ ...head, textAlign: 'right' }}>
                  {props.periodLabels[i]}
                </th>
              ))}
              <th scope="col" style={{ ...head, textAlign: 'right' }}>
                {s.results.trend}
              </th>
            </tr>
          </thead>
          {NINE_E_WORLDS.map((world) => {
            const w = result.worlds.find((x) => x.id === world)!;
            const dims = result.dimensions.filter((d) => d.world === world && !unused(d));
            const wName = worldLabel(world, lang);
            return (
              <tbody key={world}>
                <tr data-testid={`row-${world}`}>
                  <th scope="row" style={{ ...th, fontWeight: 600 }}>
                    {wName}
                  </th>
                  {w.cells.map((c, i) => (
                    <td key={i} style={num}>
                      <CellView cell={c} change={w.changes[i]} locale={locale} s={s} strong />
                    </td>
                  ))}
                  <td style={num}>
                    <TrendView row={w} labels={labels} locale={locale} s={s} />
                  </td>
                </tr>
                {levelRows(w, wName)}
                {dims.flatMap((d) => {
                  const name = dimensionLabel(d.id as NineEDimension, lang);
                  return [
                    <tr key={d.id} data-testid={`row-${d.id}`}>
                      <th scope="row" style={{ ...th, paddingLeft: 24 }}>
                        {name}
                      </th>
                      {d.cells.map((c, i) => (
                        <td key={i} style={num}>
                          <CellView cell={c} change={d.changes[i]} locale={locale} s={s} />
                        </td>
                      ))}
                      <td style={num}>
                        <TrendView row={d} labels={labels} locale={locale} s={s} />
                      </td>
                    </tr>,
                    ...levelRows(d, name),
                  ];
                })}
              </tbody>
            );
          })}
        </table>
      </div>
      <Text block variant="small" style={{ marginTop: 4 }}>
        {format(s.results.note, { n: result.threshold })}
      </Text>
    </div>
  );
}
