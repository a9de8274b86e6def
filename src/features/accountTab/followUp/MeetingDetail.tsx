/** One follow-up group: its facts, the agenda with the meeting kit attached, the invitation and the minutes. */
import * as React from 'react';
import { Link, Stack, Text, useTheme } from '@fluentui/react';
import { formatDate } from '../../../domain/dates';
import { MaterialsInfo, meetingTime, MeetingKit } from '../../../domain/meetingKit';
import type { FollowUpStrings } from '../strings/followUp';
import { format } from '../../../loc/strings';
import { safeUrl } from '../../../ui/safeUrl';
import { KitFor, KitProps } from './KitParts';
import { Invitation } from './Invitation';
import { MeetingMinutes } from './MeetingMinutes';
import { StateText } from './StateText';
import { relativeDays } from './text';

function MaterialsState(props: { info: MaterialsInfo; locale: string; s: FollowUpStrings }): JSX.Element | null {
  const { info, locale, s } = props;
  switch (info.state) {
    case 'upcoming':
      return <StateText icon="Calendar" text={relativeDays(info.days, locale)} tone="info" />;
    case 'today':
      return <StateText icon="Clock" text={s.materials.today} tone="warning" strong />;
    case 'overdue':
      return <StateText icon="Warning" text={`${s.materials.overdue} · ${relativeDays(info.days, locale)}`} tone="error" />;
    default:
      return null;
  }
}

function Fact(props: { label: string; children: React.ReactNode }): JSX.Element {
  const theme = useTheme();
  return (
    <div style={{ minWidth: 180, flex: '1 1 200px' }}>
      <dt style={{ fontSize: 12, color: theme.semanticColors.bodySubtext }}>{props.label}</dt>
      <dd style={{ margin: 0 }}>{props.children}</dd>
    </div>
  );
}

export function MeetingDetail(props: Omit<KitProps, 'kit'> & { kit: MeetingKit; isNext: boolean; accountName: string; sender?: string }): JSX.Element {
  const theme = useTheme();
  const { meeting, kit, s, c, locale } = props;
  const d = s.details;
  const time = meetingTime(meeting, locale);
  const attendees = (meeting.attendees ?? '').split(/\r?\n/).map((a) => a.trim()).filter(Boolean);
  const modeLabel = meeting.mode ? c.meetingMode[meeting.mode] : undefined;
  const place = [modeLabel, meeting.location !== modeLabel ? meeting.location : undefined].filter(Boolean).join(', ');
  const titleId = `ac-fu-meeting-${meeting.id}`;
  return (
    <section aria-labelledby={titleId} data-testid="fu-detail">
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 12 }}>
        <Text as="h3" block variant="large" id={titleId} tabIndex={-1} style={{ margin: 0, fontWeight: 600 }}>
          {meeting.title}
        </Text>
        {props.isNext && <StateText icon="Pinned" text={s.next} tone="info" strong />}
        {meeting.status && <StateText icon={meeting.status === 'held' ? 'CheckMark' : 'Calendar'} text={c.meetingStatus[meeting.status]} tone={meeting.status === 'held' ? 'success' : 'neutral'} />}
      </Stack>
      <dl style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 16px', margin: '8px 0 0' }}>
        <Fact label={d.when}>
          <Text data-testid="fu-when">{format(d.at, { date: time.date, time: time.time })}</Text>
        </Fact>
        <Fact label={d.mode}>{place || d.notSet}</Fact>
        <Fact label={d.chair}>{meeting.chair || d.notSet}</Fact>
        <Fact label={d.materialsReady}>
          <Text data-testid="fu-materials-date">{formatDate(kit.materials.date, locale)}</Text> <MaterialsState info={kit.materials} locale={locale} s={s} />
        </Fact>
        <Fact label={d.materialsFolder}>
          {safeUrl(meeting.materialsUrl?.url) ? (
            <Link href={safeUrl(meeting.materialsUrl?.url)} target="_blank" rel="noopener noreferrer">
              {meeting.materialsUrl?.description || d.materialsFolder}
            </Link>
          ) : (
            d.notSet
          )}
        </Fact>
        <Fact label={d.survey}>
          {safeUrl(meeting.surveyUrl?.url) ? (
            <Link href={safeUrl(meeting.surveyUrl?.url)} target="_blank" rel="noopener noreferrer">
              {meeting.surveyUrl?.description || d.survey}
            </Link>
          ) : (
            d.notSet
          )}
        </Fact>
        <Fact label={d.attendees}>
          {attendees.length ? (
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="fu-attendees">
              {attendees.map((a, i) => (
                <li key={i}>{a}</li>
              ))}
            </ul>
          ) : (
            d.notSet
          )}
        </Fact>
      </dl>

      <Text as="h3" block variant="mediumPlus" style={{ margin: '16px 0 2px', fontWeight: 600 }} id={`${titleId}-agenda`}>
        {s.agendaTitle}
      </Text>
      <Text block variant="small" style={{ color: theme.semanticColors.bodySubtext, marginBottom: 6 }}>
        {meeting.agenda?.length ? s.agendaOwn : s.agendaStandard}
      </Text>
      <ol aria-labelledby={`${titleId}-agenda`} style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="fu-agenda">
        {kit.agenda.map((item) => (
          <li key={`${item.number}-${item.title}`} data-testid={`fu-item-${item.key ?? item.number}`} style={{ borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, padding: '8px 0' }}>
            <Text as="h4" block variant="medium" style={{ margin: '0 0 4px', fontWeight: 600 }}>
              {item.number}. {item.title}
            </Text>
            {item.notes && (
              <Text block style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>
                <em>{s.itemNotes}:</em> {item.notes}
              </Text>
            )}
            <KitFor {...props} item={item} />
          </li>
        ))}
      </ol>

      {/* A held meeting's minutes matter more than its invitation; before the meeting the invitation comes first. */}
      {meeting.status === 'held' && <MeetingMinutes meeting={meeting} following={kit.following} s={s} />}
      <Invitation meeting={meeting} kit={kit} accountName={props.accountName} sender={props.sender} locale={locale} s={s} c={c} />
      {meeting.status !== 'held' && <MeetingMinutes meeting={meeting} following={kit.following} s={s} />}
    </section>
  );
}
