/**
 * Follow-up groups (seurantaryhmät) of the account: this year's quarterly meetings with the next one marked, the
 * other meetings compactly, and for the chosen meeting the nine-item agenda with the meeting kit compiled from the
 * account's data, the materials date, the invitation and the minutes (docs/care-model.md §3).
 */
import * as React from 'react';
import { MessageBar, MessageBarType, Text } from '@fluentui/react';
import { splitMeetings } from '../../domain/followUp';
import type { IsoDate } from '../../domain/dates';
import { meetingKit, meetingYear, nextUsualMonth } from '../../domain/meetingKit';
import type { AccountTabData } from '../../data/queries/accountTab';
import { langOf } from '../../loc/bundle';
import { bundle as choiceBundle } from '../../loc/choices';
import { bundle as followUpBundle } from './strings/followUp';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { MeetingDetail } from './followUp/MeetingDetail';
import { MeetingList, OtherMeetings } from './followUp/MeetingList';
import { monthName } from './followUp/text';
import { isFollowUpMeeting } from '../../domain/actionDue';

/** What the follow-up groups and their meeting kit are compiled from: one account's data. */
export type FollowUpGroupsProps = Pick<AccountTabData, 'account' | 'meetings' | 'agreements' | 'occurrences' | 'tasks' | 'ideas' | 'actions' | 'surveys' | 'responses'> &
  Partial<Pick<AccountTabData, 'privacyThreshold' | 'responsesHidden'>> & {
  now: Date;
  /** Today in Helsinki. */
  today: IsoDate;
};

/**
 * The minutes of a meeting are edited in place (MeetingMinutes), which still saves through the account tab's
 * context; everything else here is shown from the props.
 */
export function FollowUpGroups(props: FollowUpGroupsProps): JSX.Element {
  const { host } = useApp();
  const s = useBundle(followUpBundle);
  const c = useBundle(choiceBundle);
  const { account, meetings, agreements, occurrences, tasks, ideas, actions, surveys, responses, privacyThreshold, responsesHidden, now, today } = props;
  const locale = host.locale;
  const year = Number(today.slice(0, 4));
  const [selectedId, setSelectedId] = React.useState<number>();

  const followUps = meetings.filter(isFollowUpMeeting);
  const { past, next, upcoming } = splitMeetings(followUps, now);
  const listed = [...past.filter((m) => meetingYear(m) >= year), ...upcoming];
  const selected = listed.find((m) => m.id === selectedId) ?? next ?? listed[listed.length - 1];
  const others = meetings
    .filter((m) => !isFollowUpMeeting(m) && meetingYear(m) === year)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  const kit = React.useMemo(
    () =>
      selected
        ? meetingKit({
            meeting: selected,
            meetings,
            account,
            agreements,
            occurrences,
            tasks,
            ideas,
            actions,
            surveys,
            responses,
            privacyThreshold,
            responsesHidden,
            today,
            now,
            lang: langOf(host.locale),
          })
        : undefined,
    [selected, meetings, account, agreements, occurrences, tasks, ideas, actions, surveys, responses, privacyThreshold, responsesHidden, today, now, host.locale],
  );

  const select = (id: number): void => {
    setSelectedId(id);
    window.setTimeout(() => document.getElementById(`ac-fu-meeting-${id}`)?.focus(), 0);
  };

  const suggestion = nextUsualMonth(today);
  return (
    <section aria-labelledby="ac-fu-title" data-testid="follow-up-groups">
      <Text as="h2" block variant="large" id="ac-fu-title" style={{ margin: '0 0 4px' }}>
        {s.title}
      </Text>
      <Text block style={{ marginBottom: 12 }}>
        {s.intro}
      </Text>
      {!next && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="fu-no-next" styles={{ root: { marginBottom: 12 } }}>
          <strong>{s.noNext}</strong> {format(s.rhythm, { month: monthName(suggestion.year, suggestion.month, locale) })} {s.addMeetingHint}
        </MessageBar>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' }}>
        <div style={{ flex: '0 1 300px', minWidth: 240 }}>
          <MeetingList meetings={listed} nextId={next?.id} selectedId={selected?.id} onSelect={select} year={year} locale={locale} s={s} c={c} />
          <OtherMeetings meetings={others} year={year} locale={locale} s={s} c={c} />
        </div>
        <div style={{ flex: '1 1 480px', minWidth: 0 }}>
          {selected && kit && (
            <MeetingDetail
              key={selected.id}
              meeting={selected}
              kit={kit}
              isNext={selected.id === next?.id}
              accountName={account.name}
              sender={host.user.displayName}
              today={today}
              locale={locale}
              s={s}
              c={c}
              onSelect={select}
            />
          )}
        </div>
      </div>
    </section>
  );
}
