/** Actions with owner, due date, status and an overdue mark (text and icon, not colour alone). */
import * as React from 'react';
import { Text, useTheme } from '@fluentui/react';
import { formatDate, IsoDate } from '../../../domain/dates';
import { isOverdue } from '../../../domain/meetingKit';
import type { Action } from '../../../domain/types';
import type { ChoiceLabels } from '../../../loc/choices';
import type { FollowUpStrings } from '../strings/followUp';
import { format } from '../../../loc/strings';
import { StateText } from './StateText';

export function ActionList(props: { actions: Action[]; empty: string; today: IsoDate; locale: string; s: FollowUpStrings; c: ChoiceLabels; testId?: string }): JSX.Element {
  const theme = useTheme();
  const { s, c } = props;
  if (!props.actions.length) return <Text block>{props.empty}</Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }} data-testid={props.testId}>
      {props.actions.map((a) => (
        <li key={a.id} style={{ marginBottom: 4 }}>
          <Text block>{a.title}</Text>
          <Text variant="small" block style={{ color: theme.semanticColors.bodySubtext }}>
            {a.owner?.title ?? a.owner?.email ?? s.kit.noOwner} · {a.dueDate ? format(s.kit.dueOn, { date: formatDate(a.dueDate, props.locale) }) : s.kit.noDue} ·{' '}
            {c.actionStatus[a.status]}
          </Text>
          {isOverdue(a, props.today) && <StateText icon="Warning" text={s.kit.overdue} tone="error" />}
        </li>
      ))}
    </ul>
  );
}
