/**
 * Recent activity of the account: situation records and feedback from the past year, where its actions stand,
 * and the satisfaction trend. Each block shows whatever exists and says so when nothing does yet.
 */
import * as React from 'react';
import { MessageBar, MessageBarType, Text, useTheme } from '@fluentui/react';
import { bundle as sectionsBundle } from './strings/sections';
import { format } from '../../loc/strings';
import { useBundle } from '../../ui/AppContext';
import { useAccountTab } from './AccountTabContext';
import { ActionSummary, FeedbackList, Situations } from './activity/ActivityLists';
import { SatisfactionTrend } from './activity/SatisfactionTrend';

export function RecentActivity(): JSX.Element {
  const s = useBundle(sectionsBundle).activity;
  const theme = useTheme();
  const { data } = useAccountTab();
  const card: React.CSSProperties = { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12, minWidth: 280, flex: '1 1 380px' };
  return (
    <section aria-labelledby="ac-activity-title" data-testid="section-RecentActivity">
      <Text as="h2" variant="large" id="ac-activity-title" style={{ margin: '0 0 4px' }}>
        {s.title}
      </Text>
      <Text block variant="small" style={{ color: theme.semanticColors.bodySubtext, marginBottom: 12 }}>
        {s.intro}
      </Text>
      {data.recentLimitedToDays !== undefined && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="activity-limited">
          {format(s.recentLimited, { days: data.recentLimitedToDays })}
        </MessageBar>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
        <div style={card}>
          <Situations />
        </div>
        <div style={card}>
          <FeedbackList />
        </div>
        <div style={card}>
          <ActionSummary />
        </div>
        <div style={card}>
          <SatisfactionTrend />
        </div>
      </div>
    </section>
  );
}
