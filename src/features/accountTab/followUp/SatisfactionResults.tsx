/** Agenda item 6: the latest quarterly survey results of this account and the change from the period before. */
import * as React from 'react';
import { Icon, Text, useTheme } from '@fluentui/react';
import { periodLabel, SatisfactionKit } from '../../../domain/meetingKit';
import type { ChoiceLabels } from '../../../loc/choices';
import type { FollowUpStrings } from '../strings/followUp';
import { format } from '../../../loc/strings';
import { formatChange, formatScore, responsesText } from './text';

function Change(props: { value?: number; digits?: number; locale: string; unchanged: string }): JSX.Element | null {
  if (props.value === undefined) return null;
  if (props.value === 0) return <span>{props.unchanged}</span>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <Icon iconName={props.value > 0 ? 'SortUp' : 'SortDown'} aria-hidden="true" style={{ marginRight: 2, verticalAlign: 'middle' }} />
      {formatChange(props.value, props.locale, props.digits)}
    </span>
  );
}

export function SatisfactionResults(props: { kit: SatisfactionKit; locale: string; s: FollowUpStrings; c: ChoiceLabels }): JSX.Element {
  const theme = useTheme();
  const { kit, s, c, locale } = props;
  const k = s.kit;
  const open = kit.open && <Text block variant="small">{format(k.surveyOpen, { period: periodLabel(kit.open.year, kit.open.quarter), count: kit.open.responses })}</Text>;
  if (!kit.latest) {
    return (
      <div data-testid="fu-satisfaction">
        <Text block>{k.noSurvey}</Text>
        {open}
      </div>
    );
  }
  const latest = kit.latest;
  const prevLabel = kit.previous ? periodLabel(kit.previous.year, kit.previous.quarter) : '';
  const cell: React.CSSProperties = { padding: '3px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}`, textAlign: 'left' };
  const num: React.CSSProperties = { ...cell, textAlign: 'right' };
  return (
    <div data-testid="fu-satisfaction">
      <Text block>
        <strong>{format(k.surveyPeriod, { period: periodLabel(latest.year, latest.quarter) })}</strong> · {responsesText(latest.responses, k)}
      </Text>
      <table style={{ borderCollapse: 'collapse', margin: '6px 0', maxWidth: '100%' }} data-testid="fu-satisfaction-table">
        <caption style={{ textAlign: 'left', fontSize: 12, color: theme.semanticColors.bodySubtext }}>{k.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" style={cell}>{k.area}</th>
            <th scope="col" style={num}>{k.average}</th>
            {kit.change && <th scope="col" style={num}>{format(k.change, { period: prevLabel })}</th>}
          </tr>
        </thead>
        <tbody>
          {latest.areas.map((a) => (
            <tr key={a.area}>
              <th scope="row" style={{ ...cell, fontWeight: 400 }}>{c.surveyArea[a.area] ?? a.area}</th>
              <td style={num}>{formatScore(a.average, locale)}</td>
              {kit.change && (
                <td style={num}>
                  <Change value={kit.change.areas[a.area]} locale={locale} unchanged={k.unchanged} />
                </td>
              )}
            </tr>
          ))}
          {latest.overall !== undefined && (
            <tr>
              <th scope="row" style={cell}>{k.overall}</th>
              <td style={{ ...num, fontWeight: 600 }}>{formatScore(latest.overall, locale)}</td>
              {kit.change && (
                <td style={num}>
                  <Change value={kit.change.overall} locale={locale} unchanged={k.unchanged} />
                </td>
              )}
            </tr>
          )}
        </tbody>
      </table>
      {latest.nps !== undefined && (
        <Text block data-testid="fu-nps">
          {k.nps}: <strong>{formatChange(latest.nps, locale, 0)}</strong>
          {kit.change?.nps !== undefined && (
            <>
              {' '}
              ({format(k.change, { period: prevLabel })}: <Change value={kit.change.nps} digits={0} locale={locale} unchanged={k.unchanged} />)
            </>
          )}
        </Text>
      )}
      {!kit.change && <Text block variant="small">{k.noComparison}</Text>}
      {open}
      <Text as="h5" block variant="medium" style={{ margin: '8px 0 4px', fontWeight: 600 }}>
        {k.comments}
      </Text>
      {latest.comments.length ? (
        <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="fu-comments">
          {latest.comments.map((x, i) => (
            <li key={i}>
              <Text style={{ whiteSpace: 'pre-wrap' }}>“{x}”</Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text block>{k.noComments}</Text>
      )}
    </div>
  );
}
