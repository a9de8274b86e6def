/**
 * The invitation, generated in the user's language from the meeting and its kit: subject and text in read-only
 * fields with Copy buttons (clipboard API, falling back to selecting the text); the result is announced.
 */
import * as React from 'react';
import { DefaultButton, ITextField, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import { invitationText, MeetingKit } from '../../../domain/meetingKit';
import type { Meeting } from '../../../domain/types';
import type { ChoiceLabels } from '../../../loc/choices';
import type { FollowUpStrings } from '../strings/followUp';

async function copyText(text: string, field: ITextField | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Not allowed (e.g. an iframe without clipboard permission): fall back to selecting the text.
  }
  try {
    field?.focus();
    field?.select();
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

export function Invitation(props: { meeting: Meeting; kit: MeetingKit; accountName: string; sender?: string; locale: string; s: FollowUpStrings; c: ChoiceLabels }): JSX.Element {
  const { meeting, kit, s } = props;
  const t = s.invitation;
  const text = React.useMemo(
    () =>
      invitationText(
        {
          meeting,
          accountName: props.accountName,
          agenda: kit.agenda,
          locale: props.locale,
          modeLabel: meeting.mode ? props.c.meetingMode[meeting.mode] : undefined,
          materialsDate: kit.materials.date,
          materialsLink: kit.materialsLink,
          surveyLink: kit.surveyLink,
          sender: props.sender,
        },
        t.text,
      ),
    [meeting, kit, props.accountName, props.locale, props.c, props.sender, t.text],
  );
  const subjectField = React.useRef<ITextField>(null);
  const bodyField = React.useRef<ITextField>(null);
  const [announcement, setAnnouncement] = React.useState('');

  const copy = async (value: string, field: ITextField | null): Promise<void> => {
    setAnnouncement('');
    const ok = await copyText(value, field);
    setAnnouncement(ok ? t.copied : t.copyFailed);
  };

  const usesWorkspace = !meeting.materialsUrl?.url && !!kit.materialsLink;
  return (
    <section aria-labelledby={`ac-fu-inv-${meeting.id}`} data-testid="fu-invitation">
      <Text as="h3" block variant="mediumPlus" id={`ac-fu-inv-${meeting.id}`} style={{ margin: '16px 0 4px', fontWeight: 600 }}>
        {t.title}
      </Text>
      <Text block style={{ marginBottom: 6 }}>
        {meeting.status === 'held' ? t.heldNote : t.help}
      </Text>
      <Stack tokens={{ childrenGap: 6 }}>
        {usesWorkspace && <MessageBar messageBarType={MessageBarType.info}>{t.fallbackWorkspace}</MessageBar>}
        {!kit.materialsLink && <MessageBar messageBarType={MessageBarType.warning}>{t.noMaterialsLink}</MessageBar>}
        {!kit.surveyLink && <MessageBar messageBarType={MessageBarType.warning}>{t.noSurveyLink}</MessageBar>}
        <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }} wrap>
          <Stack.Item grow>
            <TextField label={t.subjectLabel} readOnly value={text.subject} componentRef={subjectField} data-testid="fu-invitation-subject" />
          </Stack.Item>
          <DefaultButton iconProps={{ iconName: 'Copy' }} text={t.copySubject} onClick={() => copy(text.subject, subjectField.current)} />
        </Stack>
        <TextField label={t.bodyLabel} readOnly multiline rows={16} value={text.body} componentRef={bodyField} data-testid="fu-invitation-body" />
        <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center" wrap>
          <PrimaryButton iconProps={{ iconName: 'Copy' }} text={t.copyBody} onClick={() => copy(text.body, bodyField.current)} />
          <div role="status" aria-live="polite" data-testid="fu-copy-status">
            {announcement && <Text>{announcement}</Text>}
          </div>
        </Stack>
      </Stack>
    </section>
  );
}
