/** This year's follow-up groups as a list of choosable meetings (the next one marked), and the other meetings compactly. */
import * as React from 'react';
import { Text, useTheme } from '@fluentui/react';
import { formatDate, formatDateTime } from '../../../domain/dates';
import { meetingDate, meetingQuarter, meetingYear, periodLabel } from '../../../domain/meetingKit';
import type { Meeting } from '../../../domain/types';
import type { ChoiceLabels } from '../../../loc/choices';
import type { FollowUpStrings } from '../strings/followUp';
import { format } from '../../../loc/strings';
import { StateText } from './StateText';

const plainList: React.CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };

export function MeetingList(props: {
  meetings: Meeting[];
  nextId?: number;
  selectedId?: number;
  onSelect: (id: number) => void;
  year: number;
  locale: string;
  s: FollowUpStrings;
  c: ChoiceLabels;
}): JSX.Element {
  const theme = useTheme();
  const { s, c } = props;
  return (
    <section aria-labelledby="ac-fu-list-title">
      <Text as="h3" block variant="mediumPlus" id="ac-fu-list-title" style={{ margin: '0 0 8px', fontWeight: 600 }}>
        {format(s.listTitle, { year: props.year })}
      </Text>
      {props.meetings.length === 0 ? (
        <Text block>{s.noneThisYear}</Text>
      ) : (
        <ul style={plainList} data-testid="fu-list">
          {props.meetings.map((m) => {
            const isNext = m.id === props.nextId;
            const selected = m.id === props.selectedId;
            const held = m.status === 'held';
            const frame = selected ? theme.palette.themePrimary : theme.semanticColors.bodyDivider;
            return (
              <li key={m.id} style={{ marginBottom: 6 }}>
                <button
                  type="button"
                  onClick={() => props.onSelect(m.id)}
                  aria-current={selected ? 'true' : undefined}
                  data-testid={`fu-list-${m.id}`}
                  style={{
                    display: 'block',
                    width: '100%',
                    textAlign: 'left',
                    cursor: 'pointer',
                    font: 'inherit',
                    color: theme.semanticColors.bodyText,
                    background: selected ? theme.semanticColors.listItemBackgroundChecked : theme.semanticColors.bodyBackground,
                    borderStyle: 'solid',
                    borderWidth: '1px 1px 1px 4px',
                    borderTopColor: frame,
                    borderRightColor: frame,
                    borderBottomColor: frame,
                    borderLeftColor: isNext || selected ? theme.palette.themePrimary : frame,
                    borderRadius: 4,
                    padding: '6px 10px',
                  }}
                >
                  <Text block style={{ fontWeight: selected ? 700 : 600 }}>
                    {periodLabel(meetingYear(m), meetingQuarter(m))} · {formatDateTime(m.startsAt, props.locale)}
                  </Text>
                  <span style={{ display: 'flex', flexWrap: 'wrap', columnGap: 12 }}>
                    {isNext && <StateText icon="Pinned" text={s.next} tone="info" strong />}
                    {m.status && (
                      <StateText icon={held ? 'CheckMark' : m.status === 'cancelled' ? 'Cancel' : 'Calendar'} text={c.meetingStatus[m.status]} tone={held ? 'success' : 'neutral'} />
                    )}
                    {held && (m.minutes?.trim() ? <StateText icon="DocumentSet" text={s.minutesWritten} /> : <StateText icon="Warning" text={s.minutesMissing} tone="warning" strong />)}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function OtherMeetings(props: { meetings: Meeting[]; year: number; locale: string; s: FollowUpStrings; c: ChoiceLabels }): JSX.Element {
  const theme = useTheme();
  const { s, c } = props;
  return (
    <section aria-labelledby="ac-fu-other-title">
      <Text as="h3" block variant="mediumPlus" id="ac-fu-other-title" style={{ margin: '16px 0 8px', fontWeight: 600 }}>
        {format(s.otherTitle, { year: props.year })}
      </Text>
      {props.meetings.length === 0 ? (
        <Text block>{s.noOther}</Text>
      ) : (
        <ul style={plainList} data-testid="fu-other">
          {props.meetings.map((m) => (
            <li key={m.id} style={{ padding: '3px 0', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` }}>
              <Text variant="small" block>
                <strong>{formatDate(meetingDate(m), props.locale)}</strong> · {c.meetingType[m.meetingType]}
                {m.status ? ` · ${c.meetingStatus[m.status]}` : ''}
              </Text>
              <Text variant="small" block style={{ color: theme.semanticColors.bodySubtext }}>
                {m.title}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
