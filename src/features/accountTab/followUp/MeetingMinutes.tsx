/**
 * Minutes and decisions of a meeting, edited in place. Saves through the form kit (useEntitySave) with the etag the
 * meeting was read with; on a concurrent edit the fresh meeting replaces it in the tab's data (so the other version
 * shows) and the conflict is rethrown, so EditableText keeps the user's text.
 */
import * as React from 'react';
import { Link, Stack, Text } from '@fluentui/react';
import type { Meeting } from '../../../domain/types';
import type { FollowUpStrings } from '../strings/followUp';
import { useApp } from '../../../ui/AppContext';
import { EditableText } from '../../../ui/EditableText';
import { fieldDraftKey } from '../../../ui/forms/drafts';
import { listDef } from '../../../data/schema/lists';
import { maxLengthOf } from '../../../data/schema/validate';
import { safeUrl } from '../../../ui/safeUrl';
import { useAccountTab } from '../AccountTabContext';
import { savedOrThrow, useEntitySave } from '../../../ui/forms/useEntitySave';

const MEETINGS = listDef('meetings');

type MinutesField = 'minutes' | 'decisions';

export function MeetingMinutes(props: { meeting: Meeting; following?: Meeting; s: FollowUpStrings }): JSX.Element {
  const { services } = useApp();
  const { canEdit, update } = useAccountTab();
  const { meeting, s } = props;
  const m = s.minutes;

  const replace = (fresh: (old: Meeting) => Meeting): void =>
    update((d) => ({ ...d, meetings: d.meetings.map((x) => (x.id === meeting.id ? fresh(x) : x)) }));

  const { save: saveMeeting } = useEntitySave(services.repos.meetings);
  const save = (field: MinutesField) => async (value: string) => {
    const put = (fresh: Meeting): void => replace(() => fresh);
    put(savedOrThrow(await saveMeeting(meeting, { [field]: value }), put));
  };

  const held = meeting.status === 'held';
  const nextFolder = safeUrl(props.following?.materialsUrl?.url);
  return (
    <Stack tokens={{ childrenGap: 12 }} style={{ marginTop: 16 }} data-testid="fu-minutes-section">
      <EditableText
        key={`minutes-${meeting.id}`}
        label={m.title}
        value={meeting.minutes}
        multiline
        canEdit={canEdit}
        onSave={save('minutes')}
        emptyText={held ? m.empty : m.emptyPlanned}
        maxLength={maxLengthOf(MEETINGS, 'minutes')}
        draftKey={fieldDraftKey('meetings', meeting.id, 'minutes')}
        testId="fu-minutes"
      />
      <EditableText
        key={`decisions-${meeting.id}`}
        label={m.decisions}
        value={meeting.decisions}
        multiline
        canEdit={canEdit}
        onSave={save('decisions')}
        emptyText={m.decisionsEmpty}
        maxLength={maxLengthOf(MEETINGS, 'decisions')}
        draftKey={fieldDraftKey('meetings', meeting.id, 'decisions')}
        testId="fu-decisions"
      />
      {safeUrl(meeting.minutesUrl?.url) && (
        <Link href={safeUrl(meeting.minutesUrl?.url)} target="_blank" rel="noopener noreferrer">
          {meeting.minutesUrl?.description || m.document}
        </Link>
      )}
      {held && (
        <Text block variant="small">
          {m.storeInNext}{' '}
          {nextFolder && (
            <Link href={nextFolder} target="_blank" rel="noopener noreferrer">
              {m.nextFolder}
            </Link>
          )}
        </Text>
      )}
    </Stack>
  );
}
