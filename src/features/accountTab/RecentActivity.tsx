/**
 * Recent activity of the account: situation records and feedback from the past year, where its actions stand,
 * and the satisfaction trend. Each block shows whatever exists and says so when nothing does yet.
 */
import * as React from 'react';
import { MessageBar, MessageBarType, Text, useTheme } from '@fluentui/react';
import { bundle as sectionsBundle } from './strings/sections';
import { format } from '../../loc/strings';
import { useBundle } from '../../ui/AppContext';
import type { IsoDate } from '../../domain/dates';
import type { Action, Feedback, SituationRecord, Survey, SurveyResponse } from '../../domain/types';
import { ActionSummary, FeedbackList, Situations } from './activity/ActivityLists';
import { SatisfactionTrend } from './activity/SatisfactionTrend';

export interface RecentActivityProps {
  situations: SituationRecord[];
  feedback: Feedback[];
  actions: Action[];
  surveys: Survey[];
  responses: SurveyResponse[];
  /** The privacy threshold of survey results (AccountTabData.privacyThreshold). */
  privacyThreshold?: number;
  /** The responses list is closed to the user (AccountTabData.responsesHidden). */
  responsesHidden?: boolean;
  /** Set when only the last this many days could be read (see AccountTabData.recentLimitedToDays). */
  recentLimitedToDays?: number;
  /** Today in Helsinki (what is overdue). */
  today: IsoDate;
}

export function RecentActivity(props: RecentActivityProps): JSX.Element {
  const s = useBundle(sectionsBundle).activity;
  const theme = useTheme();
  const card: React.CSSProperties = { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12, minWidth: 280, flex: '1 1 380px' };
  return (
    <section aria-labelledby="ac-activity-title" data-testid="section-RecentActivity">
      <Text as="h2" variant="large" id="ac-activity-title" style={{ margin: '0 0 4px' }}>
        {s.title}
      </Text>
      <Text block variant="small" style={{ color: theme.semanticColors.bodySubtext, marginBottom: 12 }}>
        {s.intro}
      </Text>
      {props.recentLimitedToDays !== undefined && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="activity-limited">
          {format(s.recentLimited, { days: props.recentLimitedToDays })}
        </MessageBar>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
        <div style={card}>
          <Situations situations={props.situations} />
        </div>
        <div style={card}>
          <FeedbackList feedback={props.feedback} />
        </div>
        <div style={card}>
          <ActionSummary actions={props.actions} today={props.today} />
        </div>
        <div style={card}>
          <SatisfactionTrend surveys={props.surveys} responses={props.responses} threshold={props.privacyThreshold} hidden={props.responsesHidden} />
        </div>
      </div>
    </section>
  );
}
