/**
 * The feedback form (palautteen dokumentointi, docs/care-model.md §6). New feedback: account, kind, reason (other
 * with its own words), the text and the channel first; recorder, date and a follow-up action collapsed. Opened with
 * `feedbackId=` it handles an existing feedback instead: status new → in progress → reacted → closed, the reaction
 * (required from reacted on), the handler, "respondent informed", and a follow-up action; saved with the etag, a
 * concurrent change shows the saved version and keeps the input.
 */
import * as React from 'react';
import { ActionButton, Checkbox, ChoiceGroup, DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack, Text, TextField, useTheme } from '@fluentui/react';
import { FieldProblem, ValidationError } from '../../data/errors';
import type { FeedbackPatch, FeedbackValues, FollowUp, RecordFormsData, SaveResult } from '../../data/queries/records';
import { followUpTitle, needsReaction, nextStatuses, saveFeedback, updateFeedback, validateFeedback } from '../../data/queries/records';
import { formatDate, IsoDate } from '../../domain/dates';
import type { Feedback, FeedbackChannel, FeedbackKind, FeedbackReason, FeedbackStatus } from '../../domain/types';
import { FEEDBACK_CHANNELS, FEEDBACK_KINDS, FEEDBACK_REASONS } from '../../domain/vocabulary';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { errorMessage } from '../../ui/errorMessage';
import type { ViewProps } from '../../ui/feature';
import { DateField } from '../../ui/forms/DateField';
import { FieldMessages, messagesOf } from '../../ui/forms/problems';
import { AccountPicker, Confirmation, CopyLinkButton, focusField, LongText, onCtrlEnter, PersonPicker, useDraft, useFormData, useQuickLink, useToday } from './parts';
import { accountRef } from './SituationForm';
import { bundle } from './strings';

export function FeedbackFormView(props: ViewProps): JSX.Element {
  const s = useBundle(bundle);
  const link = useQuickLink();
  const state = useFormData(props.initial);
  if (state.error !== undefined) return <ErrorBar error={state.error} onRetry={state.reload} />;
  if (!state.value) return <Spinner label={s.loading} style={{ padding: 24 }} />;
  if (link.feedbackId) {
    return state.value.feedback ? <FeedbackHandling data={state.value} feedback={state.value.feedback} /> : <MessageBar messageBarType={MessageBarType.warning}>{s.feedback.notFound}</MessageBar>;
  }
  return <NewFeedback data={state.value} />;
}

const IDS: Record<string, string> = {
  accountId: 'ac-fb-account',
  kind: 'ac-fb-kind',
  reason: 'ac-fb-reason',
  reasonOther: 'ac-fb-reason-other',
  text: 'ac-fb-text',
  channel: 'ac-fb-channel',
  recorder: 'ac-fb-recorder',
  date: 'ac-fb-date',
  status: 'ac-fb-status',
  reaction: 'ac-fb-reaction',
  followUpTitle: 'ac-fb-fu-title',
  followUpOwner: 'ac-fb-fu-owner',
  followUpDue: 'ac-fb-fu-due',
};
const COLLAPSED = ['recorder', 'date', 'followUpTitle', 'followUpOwner', 'followUpDue'];

interface FollowUpState {
  followUp: boolean;
  followUpTitle: string;
  followUpOwnerId?: number;
  followUpDue?: IsoDate;
}

/** The follow-up action's fields (only for those who may add actions). */
function FollowUpFields(props: { data: RecordFormsData; form: FollowUpState; text: string; set: (p: Partial<FollowUpState>) => void; messages: FieldMessages; disabled: boolean; onValidity: (ok: boolean) => void }): JSX.Element {
  const t = useBundle(bundle).common;
  const today = useToday();
  const { data, form, set, messages, disabled } = props;
  if (!data.rights.actions.add) {
    return (
      <Text variant="small" block>
        {t.followUpNoRights}
      </Text>
    );
  }
  return (
    <>
      <Checkbox label={t.followUp} checked={form.followUp} disabled={disabled} onChange={(_, v) => set({ followUp: !!v })} />
      {form.followUp && (
        <Stack tokens={{ childrenGap: 12 }} style={{ marginLeft: 28 }}>
          <TextField id={IDS.followUpTitle} label={t.followUpTitle} value={form.followUpTitle || followUpTitle(props.text)} onChange={(_, v) => set({ followUpTitle: v ?? '' })} errorMessage={messages.followUpTitle || undefined} disabled={disabled} />
          <PersonPicker id={IDS.followUpOwner} people={data.people} label={t.followUpOwner} value={form.followUpOwnerId} onChange={(p) => set({ followUpOwnerId: p?.id })} errorMessage={messages.followUpOwner || undefined} disabled={disabled} />
          <div id={IDS.followUpDue}>
            <DateField label={t.followUpDue} value={form.followUpDue} today={today} onChange={(d) => set({ followUpDue: d })} onValidityChange={props.onValidity} errorMessage={messages.followUpDue || undefined} disabled={disabled} />
          </div>
        </Stack>
      )}
    </>
  );
}

function followUpOf(data: RecordFormsData, form: FollowUpState, text: string): FollowUp | undefined {
  if (!form.followUp || !data.rights.actions.add) return undefined;
  return { title: form.followUpTitle.trim() || followUpTitle(text), owner: data.people.find((p) => p.id === form.followUpOwnerId), dueDate: form.followUpDue };
}

/** Field problems shown at their fields, the first focused (its collapsed section opened). */
function useProblems(): {
  messages: FieldMessages;
  error: unknown;
  setError: (e: unknown) => void;
  show: (problems: FieldProblem[], open: () => void) => void;
  clear: (fields: string[]) => void;
  reset: () => void;
} {
  const { strings } = useApp();
  const [messages, setMessages] = React.useState<FieldMessages>({});
  const [error, setError] = React.useState<unknown>();
  const show = (problems: FieldProblem[], open: () => void): void => {
    setMessages(messagesOf(strings, problems));
    setError(new ValidationError(problems));
    const first = Object.keys(IDS).find((f) => problems.some((p) => p.field === f));
    if (first && COLLAPSED.includes(first)) open();
    if (first) window.setTimeout(() => focusField(IDS[first]), 0);
  };
  const clear = (fields: string[]): void => {
    if (fields.some((k) => messages[k])) setMessages((m) => ({ ...m, ...Object.fromEntries(fields.map((k) => [k, ''])) }));
  };
  return { messages, error, setError, show, clear, reset: () => (setMessages({}), setError(undefined)) };
}

const fieldOf = (k: string): string => (k === 'recorderId' ? 'recorder' : k === 'followUpOwnerId' ? 'followUpOwner' : k);

// ---------------------------------------------------------------------------------------------------------------

interface NewFeedbackState extends FollowUpState {
  accountId?: number;
  kind?: FeedbackKind;
  reason?: FeedbackReason;
  reasonOther: string;
  text: string;
  channel?: FeedbackChannel;
  forReview: boolean;
  recorderId: number;
  date: IsoDate;
}

function NewFeedback({ data }: { data: RecordFormsData }): JSX.Element {
  const { services, strings, host } = useApp();
  const theme = useTheme();
  const s = useBundle(bundle);
  const t = s.common;
  const c = useBundle(choiceBundle);
  const link = useQuickLink();
  const today = useToday();
  const blank = (): NewFeedbackState => ({
    accountId: data.preset?.id,
    kind: link.kind,
    reason: undefined,
    reasonOther: '',
    text: '',
    // Opened from a quick link: that is the channel, unless the user says otherwise.
    channel: link.kind || link.account ? 'quickLink' : undefined,
    forReview: false,
    recorderId: data.me.id,
    date: today,
    followUp: false,
    followUpTitle: '',
    followUpOwnerId: data.preset?.accountManager?.id ?? data.me.id,
  });
  const draft = useDraft<NewFeedbackState>('feedbackForm', blank);
  const { form } = draft;
  const p = useProblems();
  const [busy, setBusy] = React.useState(false);
  const busyRef = React.useRef(false);
  const [open, setOpen] = React.useState(false);
  const [valid, setValid] = React.useState({ date: true, due: true });
  const [saved, setSaved] = React.useState<{ result: SaveResult<Feedback>; values: FeedbackValues; followUp?: FollowUp }>();

  const set = (patch: Partial<NewFeedbackState>): void => {
    draft.set(patch);
    p.clear(Object.keys(patch).map(fieldOf));
  };
  const person = (id?: number) => data.people.find((x) => x.id === id);
  const values = (): FeedbackValues => ({
    recorder: person(form.recorderId) ?? data.me,
    date: form.date,
    accountId: form.accountId,
    kind: form.kind as FeedbackKind,
    reason: form.reason as FeedbackReason,
    reasonOther: form.reason === 'other' ? form.reasonOther.trim() : undefined,
    text: form.text.trim(),
    channel: form.channel,
    status: 'new',
    forReview: form.forReview,
    reviewed: false,
    respondentInformed: false,
    clientKey: draft.clientKey,
  });

  const run = async (v: FeedbackValues, fu?: FollowUp): Promise<void> => {
    busyRef.current = true;
    setBusy(true);
    try {
      setSaved({ result: await saveFeedback(services, v, fu), values: v, followUp: fu });
    } catch (e) {
      if (e instanceof ValidationError) p.show(e.problems, () => setOpen(true));
      else p.setError(e);
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const submit = (): void => {
    if (busyRef.current) return;
    p.setError(undefined);
    const unreadable: FieldProblem[] = [];
    if (!valid.date) unreadable.push({ field: 'date', code: 'invalidDate' });
    if (form.followUp && !valid.due) unreadable.push({ field: 'followUpDue', code: 'invalidDate' });
    const v = values();
    const fu = followUpOf(data, form, form.text);
    const problems = [...unreadable, ...validateFeedback(v, fu)];
    if (problems.length) return p.show(problems, () => setOpen(true));
    p.reset();
    void run(v, fu);
  };

  React.useEffect(() => {
    if (saved && !saved.result.actionError) draft.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved]);

  const another = (): void => {
    const prev = saved?.values;
    setSaved(undefined);
    p.reset();
    draft.reset({ ...blank(), accountId: prev?.accountId ?? data.preset?.id, recorderId: prev?.recorder.id ?? data.me.id, date: prev?.date ?? today, channel: prev?.channel });
    window.setTimeout(() => focusField(IDS.text), 0);
  };

  if (saved) {
    const { item, action, actionError } = saved.result;
    const acc = data.accounts.find((a) => a.id === item.accountId);
    // The handling view is this form with the feedback's id: those who handle feedback open it from here.
    const handleUrl = new URL(window.location.href);
    handleUrl.searchParams.set('feedbackId', String(item.id));
    return (
      <Stack tokens={{ childrenGap: 12 }} style={{ maxWidth: 720, padding: 16 }}>
        <Text as="h2" variant="xLarge" block>
          {s.feedback.title}
        </Text>
        <Confirmation
          text={format(s.feedback.saved, { kind: c.feedbackKind[item.kind], account: acc ? acc.abbreviation || acc.name : t.accountNone, date: formatDate(item.date, host.locale) })}
          href={data.rights.feedback.edit ? handleUrl.toString() : undefined}
          linkText={s.feedback.open}
          onAnother={another}
          extra={
            <>
              {action && <MessageBar messageBarType={MessageBarType.success}>{t.actionCreated}</MessageBar>}
              {actionError && (
                <MessageBar messageBarType={MessageBarType.warning} isMultiline role="alert" actions={<DefaultButton text={t.retryAction} disabled={busy} onClick={() => void run(saved.values, saved.followUp)} />}>
                  {format(t.actionFailed, { error: errorMessage(strings, actionError) })}
                </MessageBar>
              )}
            </>
          }
        />
      </Stack>
    );
  }

  const mayFile = data.rights.feedback.add || !!data.rights.unknown;
  const disabled = busy || !mayFile;
  const recorder = person(form.recorderId) ?? data.me;
  const m = p.messages;
  return (
    <div onKeyDown={onCtrlEnter(submit)} style={{ maxWidth: 720, padding: 16 }} data-testid="feedback-form">
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h2" variant="xLarge" block>
          {s.feedback.title}
        </Text>
        <Text block>{s.feedback.intro}</Text>
        {!mayFile && <MessageBar messageBarType={MessageBarType.warning}>{t.noRights}</MessageBar>}
        {data.unknownAccount && <MessageBar messageBarType={MessageBarType.warning}>{format(t.unknownAccount, { account: data.unknownAccount })}</MessageBar>}
        {draft.restored && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline actions={<DefaultButton onClick={() => draft.reset()} text={t.discardDraft} />}>
            {t.draftRestored}
          </MessageBar>
        )}
        {p.error !== undefined && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert" data-testid="form-error">
            {p.error instanceof ValidationError ? t.checkFields : errorMessage(strings, p.error)}
          </MessageBar>
        )}
        <AccountPicker id={IDS.accountId} data={data} value={form.accountId} onChange={(accountId) => set({ accountId })} errorMessage={m.accountId || undefined} disabled={disabled} />
        <ChoiceGroup
          id={IDS.kind}
          label={s.feedback.kind}
          required
          selectedKey={form.kind ?? null}
          options={FEEDBACK_KINDS.map((k) => ({ key: k, text: c.feedbackKind[k] }))}
          onChange={(_, o) => o && set({ kind: o.key as FeedbackKind })}
          disabled={disabled}
          styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
        />
        {m.kind && (
          <Text variant="small" role="alert" styles={{ root: { color: theme.semanticColors.errorText } }}>
            {m.kind}
          </Text>
        )}
        <ChoiceGroup
          id={IDS.reason}
          label={s.feedback.reason}
          required
          selectedKey={form.reason ?? null}
          options={FEEDBACK_REASONS.map((k) => ({ key: k, text: c.feedbackReason[k] }))}
          onChange={(_, o) => o && set({ reason: o.key as FeedbackReason })}
          disabled={disabled}
          styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
        />
        {m.reason && (
          <Text variant="small" role="alert" styles={{ root: { color: theme.semanticColors.errorText } }}>
            {m.reason}
          </Text>
        )}
        {form.reason === 'other' && (
          <TextField id={IDS.reasonOther} label={s.feedback.reasonOther} required value={form.reasonOther} onChange={(_, v) => set({ reasonOther: v ?? '' })} errorMessage={m.reasonOther || undefined} disabled={disabled} />
        )}
        <LongText list="feedback" prop="text" id={IDS.text} label={s.feedback.text} required value={form.text} onChange={(v) => set({ text: v })} errorMessage={m.text || undefined} disabled={disabled} />
        <Dropdown
          id={IDS.channel}
          label={s.feedback.channel}
          selectedKey={form.channel ?? ''}
          options={[{ key: '', text: s.feedback.channelNone }, ...FEEDBACK_CHANNELS.map((k) => ({ key: k, text: c.feedbackChannel[k] }))]}
          onChange={(_, o) => o && set({ channel: o.key === '' ? undefined : (o.key as FeedbackChannel) })}
          errorMessage={m.channel || undefined}
          disabled={disabled}
        />
        <Checkbox label={t.forReview} checked={form.forReview} disabled={disabled} onChange={(_, v) => set({ forReview: !!v })} />
        <ActionButton iconProps={{ iconName: open ? 'ChevronDown' : 'ChevronRight' }} aria-expanded={open} aria-controls="ac-fb-more" onClick={() => setOpen((o) => !o)} data-testid="more-toggle" styles={{ root: { alignSelf: 'flex-start' } }}>
          {t.more}: {format(t.moreSummary, { recorder: recorder.title ?? '', date: formatDate(form.date, host.locale) })}
        </ActionButton>
        <div id="ac-fb-more" hidden={!open}>
          <Stack tokens={{ childrenGap: 12 }}>
            <PersonPicker id={IDS.recorder} people={data.people} label={t.recorder} value={form.recorderId} onChange={(x) => x && set({ recorderId: x.id })} disabled={disabled || !data.mayPickRecorder} errorMessage={m.recorder || undefined} />
            <div id={IDS.date}>
              <DateField label={t.date} value={form.date} today={today} onChange={(d) => d && set({ date: d })} onValidityChange={(ok) => setValid((v) => ({ ...v, date: ok }))} errorMessage={m.date || undefined} disabled={disabled} />
            </div>
            <FollowUpFields data={data} form={form} text={form.text} set={set} messages={m} disabled={disabled} onValidity={(ok) => setValid((v) => ({ ...v, due: ok }))} />
          </Stack>
        </div>
        <Stack horizontal tokens={{ childrenGap: 12 }} verticalAlign="center" wrap>
          <PrimaryButton onClick={submit} disabled={disabled} text={busy ? t.submitting : t.submit} data-testid="record-submit" />
          <CopyLinkButton params={{ account: accountRef(data, form.accountId), kind: form.kind, category: undefined }} />
        </Stack>
        <Text variant="small" block>
          {t.submitHint}
        </Text>
      </Stack>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------------------

interface HandlingState extends FollowUpState {
  status: FeedbackStatus;
  reaction: string;
  handlerId?: number;
  respondentInformed: boolean;
  forReview: boolean;
}

function FeedbackHandling(props: { data: RecordFormsData; feedback: Feedback }): JSX.Element {
  const { services, strings, host } = useApp();
  const s = useBundle(bundle);
  const t = s.common;
  const c = useBundle(choiceBundle);
  const { data } = props;
  const today = useToday();
  const [base, setBase] = React.useState(props.feedback);
  const [theirs, setTheirs] = React.useState<Feedback>();
  const stateOf = (fb: Feedback): HandlingState => ({
    status: fb.status,
    reaction: fb.reaction ?? '',
    handlerId: fb.handler?.id ?? data.me.id,
    respondentInformed: !!fb.respondentInformed,
    forReview: !!fb.forReview,
    followUp: false,
    followUpTitle: '',
    followUpOwnerId: data.accounts.find((a) => a.id === fb.accountId)?.accountManager?.id ?? data.me.id,
  });
  const draft = useDraft<HandlingState>(`feedbackHandling:${props.feedback.id}`, () => stateOf(props.feedback));
  const { form } = draft;
  const p = useProblems();
  const [busy, setBusy] = React.useState(false);
  const [valid, setValid] = React.useState(true);
  const [done, setDone] = React.useState<{ status: FeedbackStatus; actionCreated: boolean; actionError?: unknown }>();
  const mayEdit = data.rights.feedback.edit || !!data.rights.unknown;
  const disabled = busy || !mayEdit;

  const set = (patch: Partial<HandlingState>): void => {
    draft.set(patch);
    setDone(undefined);
    p.clear(Object.keys(patch).map((k) => (k === 'followUpOwnerId' ? 'followUpOwner' : k)));
  };

  const save = async (): Promise<void> => {
    if (busy) return;
    p.setError(undefined);
    setTheirs(undefined);
    const patch: FeedbackPatch = {
      status: form.status,
      reaction: form.reaction.trim() || undefined,
      handler: data.people.find((x) => x.id === form.handlerId),
      respondentInformed: form.respondentInformed,
      forReview: form.forReview,
    };
    const fu = followUpOf(data, form, base.text);
    const problems = [...(form.followUp && !valid ? [{ field: 'followUpDue', code: 'invalidDate' as const }] : []), ...validateFeedback({ ...base, ...patch }, fu)];
    if (problems.length) return p.show(problems, () => undefined);
    p.reset();
    setBusy(true);
    try {
      const result = await updateFeedback(services, base, patch, today, fu);
      if (result.kind === 'conflict') {
        if (result.theirs) {
          setBase(result.theirs);
          setTheirs(result.theirs);
        }
        p.setError(result.error);
        return;
      }
      setBase(result.item);
      draft.reset({ ...stateOf(result.item), followUp: !!result.actionError && form.followUp, followUpTitle: form.followUpTitle, followUpOwnerId: form.followUpOwnerId, followUpDue: form.followUpDue });
      setDone({ status: result.item.status, actionCreated: !!result.action, actionError: result.actionError });
    } catch (e) {
      if (e instanceof ValidationError) p.show(e.problems, () => undefined);
      else p.setError(e);
    } finally {
      setBusy(false);
    }
  };

  const acc = data.accounts.find((a) => a.id === base.accountId);
  const m = p.messages;
  return (
    <div onKeyDown={onCtrlEnter(() => void save())} style={{ maxWidth: 720, padding: 16 }} data-testid="feedback-handling">
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h2" variant="xLarge" block>
          {s.feedback.handleTitle}
        </Text>
        <Text block>{s.feedback.handleIntro}</Text>
        <Text block variant="small">
          {format(s.feedback.filedBy, { kind: c.feedbackKind[base.kind], date: formatDate(base.date, host.locale), recorder: base.recorder.title ?? '', account: acc ? acc.abbreviation || acc.name : t.accountNone })}
          {' · '}
          {c.feedbackReason[base.reason]}
          {base.reasonOther ? `: ${base.reasonOther}` : ''}
        </Text>
        {/* The customer's words as plain text, line breaks kept. */}
        <Text block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="feedback-text">
          {base.text}
        </Text>
        {!mayEdit && <MessageBar messageBarType={MessageBarType.warning}>{t.noRights}</MessageBar>}
        {draft.restored && !done && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline actions={<DefaultButton onClick={() => draft.reset(stateOf(base))} text={t.discardDraft} />}>
            {t.draftRestored}
          </MessageBar>
        )}
        {done && (
          <MessageBar messageBarType={done.actionError ? MessageBarType.warning : MessageBarType.success} isMultiline role="status" data-testid="record-saved">
            {format(s.feedback.handled, { status: c.feedbackStatus[done.status] })}
            {done.actionCreated ? ` ${t.actionCreated}` : ''}
            {done.actionError !== undefined ? ` ${format(t.actionFailed, { error: errorMessage(strings, done.actionError) })}` : ''}
          </MessageBar>
        )}
        {p.error !== undefined && (
          <MessageBar
            messageBarType={MessageBarType.error}
            isMultiline
            role="alert"
            data-testid="form-error"
            actions={
              theirs ? (
                <DefaultButton
                  text={s.feedback.useTheirs}
                  onClick={() => {
                    draft.reset(stateOf(theirs));
                    setTheirs(undefined);
                    p.reset();
                  }}
                />
              ) : undefined
            }
          >
            {p.error instanceof ValidationError ? t.checkFields : errorMessage(strings, p.error)}
            {theirs && ` ${format(s.feedback.conflictTheirs, { status: c.feedbackStatus[theirs.status], reaction: theirs.reaction ?? '' })}`}
          </MessageBar>
        )}
        <Dropdown
          id={IDS.status}
          label={s.feedback.status}
          selectedKey={form.status}
          options={nextStatuses(base.status).map((k) => ({ key: k, text: c.feedbackStatus[k] }))}
          onChange={(_, o) => o && set({ status: o.key as FeedbackStatus })}
          disabled={disabled}
        />
        <LongText
          list="feedback"
          prop="reaction"
          id={IDS.reaction}
          label={s.feedback.reaction}
          required={needsReaction(form.status)}
          value={form.reaction}
          onChange={(v) => set({ reaction: v })}
          errorMessage={m.reaction || undefined}
          description={base.reactedOn ? format(s.feedback.reactedOn, { date: formatDate(base.reactedOn, host.locale) }) : s.feedback.reactionHelp}
          disabled={disabled}
        />
        <PersonPicker id="ac-fb-handler" people={data.people} label={s.feedback.handler} noneText={s.feedback.handlerNone} value={form.handlerId} onChange={(x) => set({ handlerId: x?.id })} disabled={disabled} />
        <Checkbox label={s.feedback.respondentInformed} checked={form.respondentInformed} disabled={disabled} onChange={(_, v) => set({ respondentInformed: !!v })} />
        {form.status === 'closed' && !form.respondentInformed && <MessageBar messageBarType={MessageBarType.warning}>{s.feedback.respondentInformedAsk}</MessageBar>}
        <Checkbox label={t.forReview} checked={form.forReview} disabled={disabled} onChange={(_, v) => set({ forReview: !!v })} />
        <FollowUpFields data={data} form={form} text={base.text} set={set} messages={m} disabled={disabled} onValidity={setValid} />
        <Stack horizontal tokens={{ childrenGap: 12 }}>
          <PrimaryButton onClick={() => void save()} disabled={disabled} text={busy ? t.submitting : s.feedback.saveHandling} data-testid="record-submit" />
        </Stack>
        <Text variant="small" block>
          {t.submitHint}
        </Text>
      </Stack>
    </div>
  );
}
