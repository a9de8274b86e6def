/**
 * Agenda item 6: the latest quarterly survey results of this account and the change from the period before (none
 * under the privacy threshold), and the open actions that came from the survey: the results go through the
 * follow-up group into action tracking.
 */
import * as React from 'react';
import { Icon, Text, useTheme } from '@fluentui/react';
import type { IsoDate } from '../../../domain/dates';
import { periodLabel, SatisfactionKit } from '../../../domain/meetingKit';
import type { ChoiceLabels } from '../../../loc/choices';
import type { FollowUpStrings } from '../strings/followUp';
import { format } from '../../../loc/strings';
import { ActionList } from './ActionList';
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

export interface SatisfactionResultsProps {
  kit: SatisfactionKit;
  today: IsoDate;
  locale: string;
  s: FollowUpStrings;
  c: ChoiceLabels;
}

/**
 * The survey's open actions under the results, whatever the results show; then, when there are any, the open
 * development actions from the partnership assessment (9E), which the group reviews under the same item.
 */
function SurveyActions(props: SatisfactionResultsProps): JSX.Element {
  const k = props.s.kit;
  const assessment = props.kit.assessmentActions ?? [];
  return (
    <>
      <Text as="h5" block variant="medium" style={{ margin: '8px 0 4px', fontWeight: 600 }}>
        {k.surveyActions}
      </Text>
      <Text block variant="small" style={{ marginBottom: 4 }}>
        {k.surveyActionsHint}
      </Text>
      <ActionList actions={props.kit.actions} empty={k.noSurveyActions} today={props.today} locale={props.locale} s={props.s} c={props.c} testId="fu-survey-actions" />
      {assessment.length > 0 && (
        <>
          <Text as="h5" block variant="medium" style={{ margin: '8px 0 4px', fontWeight: 600 }}>
            {k.assessmentActions}
          </Text>
          <Text block variant="small" style={{ marginBottom: 4 }}>
            {k.assessmentActionsHint}
          </Text>
          <ActionList actions={assessment} empty="" today={props.today} locale={props.locale} s={props.s} c={props.c} testId="fu-assessment-actions" />
        </>
      )}
    </>
  );
}

export function SatisfactionResults(props: SatisfactionResultsProps): JSX.Element {
  const theme = useTheme();
  const { kit, s, c, locale } = props;
  const k = s.kit;
  const open = kit.open && <Text block variant="small">{format(k.surveyOpen, { period: periodLabel(kit.open.year, kit.open.quarter), count: kit.open.responses })}</Text>;
  if (kit.hidden || !kit.latest) {
    return (
      <div data-testid="fu-satisfaction">
        <Text block>{kit.hidden ? k.resultsHidden : k.noSurvey}</Text>
        {!kit.hidden && open}
        <SurveyActions {...props} />
      </div>
    );
  }
  const latest = kit.latest;
  if (latest.belowThreshold) {
    return (
      <div data-testid="fu-satisfaction">
        <Text block>
          <strong>{format(k.surveyPeriod, { period: periodLabel(latest.year, latest.quarter) })}</strong>
        </Text>
        <Text block data-testid="fu-below-threshold">
          {format(k.belowThreshold, { threshold: latest.belowThreshold })}
        </Text>
        {open}
        <SurveyActions {...props} />
      </div>
    );
  }
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
      <SurveyActions {...props} />
    </div>
  );
}
