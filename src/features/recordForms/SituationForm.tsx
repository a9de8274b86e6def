/**
 * The situation record form (asiakastilanteen dokumentointi, docs/care-model.md §6): filed in under a minute from a
 * quick link. The essentials first (account, category, situation, solution, "bring to the team meeting"); the
 * recorder, the date and a follow-up action are collapsed under one line that says what they are now. A conflict
 * contact is flagged to the supervisor and the team meeting. Ctrl+Enter saves; the input is a draft in the browser
 * until the record is stored.
 */
import * as React from 'react';
import { ActionButton, Checkbox, ChoiceGroup, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack, Text, TextField, DefaultButton, useTheme } from '@fluentui/react';
import { FieldProblem, ValidationError } from '../../data/errors';
import type { RecordFormsData, SaveResult, SituationValues, FollowUp } from '../../data/queries/records';
import { followUpTitle, saveSituation, validateSituation, withConflictFlags } from '../../data/queries/records';
import { formatDate, IsoDate } from '../../domain/dates';
import type { SituationCategory, SituationRecord } from '../../domain/types';
import { SITUATION_CATEGORIES } from '../../domain/vocabulary';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { errorMessage } from '../../ui/errorMessage';
import type { ViewProps } from '../../ui/feature';
import { DateField } from '../../ui/forms/DateField';
import { FieldMessages, messagesOf } from '../../ui/forms/problems';
import { AccountPicker, Confirmation, CopyLinkButton, displayFormUrl, focusField, LongText, onCtrlEnter, PersonPicker, useDraft, useFormData, useQuickLink, useToday } from './parts';
import { bundle } from './strings';

export function SituationFormView(props: ViewProps): JSX.Element {
  const s = useBundle(bundle);
  const state = useFormData(props.initial);
  if (state.error !== undefined) return <ErrorBar error={state.error} onRetry={state.reload} />;
  if (!state.value) return <Spinner label={s.loading} style={{ padding: 24 }} />;
  return <SituationForm data={state.value} />;
}

interface SituationFormState {
  accountId?: number;
  category?: SituationCategory;
  situation: string;
  solution: string;
  forReview: boolean;
  recorderId: number;
  date: IsoDate;
  followUp: boolean;
  followUpTitle: string;
  followUpOwnerId?: number;
  followUpDue?: IsoDate;
}

const FIELD_IDS: Record<string, string> = {
  accountId: 'ac-sit-account',
  category: 'ac-sit-category',
  situation: 'ac-sit-situation',
  solution: 'ac-sit-solution',
  recorder: 'ac-sit-recorder',
  date: 'ac-sit-date',
  followUpTitle: 'ac-sit-fu-title',
  followUpOwner: 'ac-sit-fu-owner',
  followUpDue: 'ac-sit-fu-due',
};
const COLLAPSED = ['recorder', 'date', 'followUpTitle', 'followUpOwner', 'followUpDue'];

function SituationForm({ data }: { data: RecordFormsData }): JSX.Element {
  const { services, strings, host } = useApp();
  const theme = useTheme();
  const s = useBundle(bundle);
  const t = s.common;
  const c = useBundle(choiceBundle);
  const link = useQuickLink();
  const today = useToday();
  const blank = (): SituationFormState => ({
    accountId: data.preset?.id,
    category: link.category,
    situation: '',
    solution: '',
    forReview: false,
    recorderId: data.me.id,
    date: today,
    followUp: false,
    followUpTitle: '',
    followUpOwnerId: data.preset?.accountManager?.id ?? data.me.id,
    followUpDue: undefined,
  });
  const draft = useDraft<SituationFormState>('situationForm', blank);
  const { form } = draft;
  const [messages, setMessages] = React.useState<FieldMessages>({});
  const [error, setError] = React.useState<unknown>();
  const [busy, setBusy] = React.useState(false);
  const busyRef = React.useRef(false);
  const [open, setOpen] = React.useState(false);
  const [validDate, setValidDate] = React.useState({ date: true, due: true });
  const [saved, setSaved] = React.useState<{ result: SaveResult<SituationRecord>; values: SituationValues; followUp?: FollowUp }>();

  const set = (patch: Partial<SituationFormState>): void => {
    draft.set(patch);
    const touched = Object.keys(patch).map((k) => (k === 'recorderId' ? 'recorder' : k === 'followUpOwnerId' ? 'followUpOwner' : k));
    if (touched.some((k) => messages[k])) setMessages((m) => ({ ...m, ...Object.fromEntries(touched.map((k) => [k, ''])) }));
  };

  const person = (id?: number) => data.people.find((p) => p.id === id);
  const values = (): SituationValues =>
    withConflictFlags({
      recorder: person(form.recorderId) ?? data.me,
      date: form.date,
      accountId: form.accountId,
      category: form.category as SituationCategory,
      situation: form.situation.trim(),
      solution: form.solution.trim() || undefined,
      forReview: form.forReview,
      reviewed: false,
      supervisorNotified: false,
      clientKey: draft.clientKey,
    });
  const followUp = (): FollowUp | undefined =>
    form.followUp && data.rights.actions.add
      ? { title: form.followUpTitle.trim() || followUpTitle(form.situation), owner: person(form.followUpOwnerId), dueDate: form.followUpDue }
      : undefined;

  const showProblems = (problems: FieldProblem[]): void => {
    setMessages(messagesOf(strings, problems));
    setError(new ValidationError(problems));
    const first = Object.keys(FIELD_IDS).find((f) => problems.some((p) => p.field === f));
    if (first && COLLAPSED.includes(first)) setOpen(true);
    if (first) window.setTimeout(() => focusField(FIELD_IDS[first]), 0);
  };

  const run = async (v: SituationValues, fu: FollowUp | undefined): Promise<void> => {
    busyRef.current = true;
    setBusy(true);
    try {
      const result = await saveSituation(services, v, fu);
      setSaved({ result, values: v, followUp: fu });
    } catch (e) {
      if (e instanceof ValidationError) showProblems(e.problems);
      else setError(e);
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const submit = (): void => {
    if (busyRef.current) return;
    setError(undefined);
    const unreadable: FieldProblem[] = [];
    if (!validDate.date) unreadable.push({ field: 'date', code: 'invalidDate' });
    if (form.followUp && !validDate.due) unreadable.push({ field: 'followUpDue', code: 'invalidDate' });
    const v = values();
    const fu = followUp();
    const problems = [...unreadable, ...validateSituation(v, fu)];
    if (problems.length) {
      showProblems(problems);
      return;
    }
    setMessages({});
    void run(v, fu);
  };

  const another = (): void => {
    const prev = saved?.values;
    setSaved(undefined);
    setError(undefined);
    setMessages({});
    // The next record is most likely for the same account and by the same person: keep those.
    draft.reset({ ...blank(), accountId: prev?.accountId ?? data.preset?.id, recorderId: prev?.recorder.id ?? data.me.id, date: prev?.date ?? today });
    window.setTimeout(() => focusField(FIELD_IDS.situation), 0);
  };

  // The draft is forgotten once the record is stored (the confirmation holds what was filed).
  React.useEffect(() => {
    if (saved && !saved.result.actionError) draft.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved]);

  const accountName = (id?: number): string => {
    const a = data.accounts.find((x) => x.id === id);
    return a ? a.abbreviation || a.name : t.accountNone;
  };

  if (saved) {
    const { item, action, actionError } = saved.result;
    return (
      <Stack tokens={{ childrenGap: 12 }} style={{ maxWidth: 720, padding: 16 }}>
        <Text as="h2" variant="xLarge" block>
          {s.situation.title}
        </Text>
        <Confirmation
          text={format(s.situation.saved, { category: c.situationCategory[item.category], account: accountName(item.accountId), date: formatDate(item.date, host.locale) })}
          href={displayFormUrl(host.siteUrl, 'situationRecords', item.id)}
          linkText={s.situation.open}
          onAnother={another}
          extra={
            <>
              {action && <MessageBar messageBarType={MessageBarType.success}>{t.actionCreated}</MessageBar>}
              {actionError && (
                <MessageBar
                  messageBarType={MessageBarType.warning}
                  isMultiline
                  role="alert"
                  actions={<DefaultButton text={t.retryAction} disabled={busy} onClick={() => void run(saved.values, saved.followUp)} />}
                >
                  {format(t.actionFailed, { error: errorMessage(strings, actionError) })}
                </MessageBar>
              )}
            </>
          }
        />
      </Stack>
    );
  }

  const mayFile = data.rights.situations.add || !!data.rights.unknown;
  const disabled = busy || !mayFile;
  const recorder = person(form.recorderId) ?? data.me;
  return (
    <div onKeyDown={onCtrlEnter(submit)} style={{ maxWidth: 720, padding: 16 }} data-testid="situation-form">
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h2" variant="xLarge" block>
          {s.situation.title}
        </Text>
        <Text block>{s.situation.intro}</Text>
        {!mayFile && <MessageBar messageBarType={MessageBarType.warning}>{t.noRights}</MessageBar>}
        {data.unknownAccount && <MessageBar messageBarType={MessageBarType.warning}>{format(t.unknownAccount, { account: data.unknownAccount })}</MessageBar>}
        {draft.restored && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline actions={<DefaultButton onClick={() => draft.reset()} text={t.discardDraft} />}>
            {t.draftRestored}
          </MessageBar>
        )}
        {error !== undefined && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert" data-testid="form-error">
            {error instanceof ValidationError ? t.checkFields : errorMessage(strings, error)}
          </MessageBar>
        )}
        <AccountPicker id={FIELD_IDS.accountId} data={data} value={form.accountId} onChange={(accountId) => set({ accountId })} errorMessage={messages.accountId || undefined} disabled={disabled} />
        <ChoiceGroup
          id={FIELD_IDS.category}
          label={s.situation.category}
          required
          selectedKey={form.category ?? null}
          options={SITUATION_CATEGORIES.map((k) => ({ key: k, text: c.situationCategory[k] }))}
          onChange={(_, o) => o && set({ category: o.key as SituationCategory, ...(o.key === 'conflict' ? { forReview: true } : {}) })}
          disabled={disabled}
          styles={{ flexContainer: { display: 'flex', flexWrap: 'wrap', columnGap: '16px' } }}
        />
        {messages.category && (
          <Text variant="small" role="alert" styles={{ root: { color: theme.semanticColors.errorText } }}>
            {messages.category}
          </Text>
        )}
        {form.category === 'conflict' && <MessageBar messageBarType={MessageBarType.info}>{s.situation.conflictNote}</MessageBar>}
        <LongText
          list="situationRecords"
          prop="situation"
          id={FIELD_IDS.situation}
          label={s.situation.situation}
          required
          value={form.situation}
          onChange={(v) => set({ situation: v })}
          errorMessage={messages.situation || undefined}
          description={s.situation.situationHelp}
          disabled={disabled}
        />
        <LongText list="situationRecords" prop="solution" id={FIELD_IDS.solution} label={s.situation.solution} value={form.solution} onChange={(v) => set({ solution: v })} errorMessage={messages.solution || undefined} disabled={disabled} rows={3} />
        <Checkbox label={t.forReview} checked={form.forReview || form.category === 'conflict'} disabled={disabled || form.category === 'conflict'} onChange={(_, v) => set({ forReview: !!v })} />
        <ActionButton
          iconProps={{ iconName: open ? 'ChevronDown' : 'ChevronRight' }}
          aria-expanded={open}
          aria-controls="ac-sit-more"
          onClick={() => setOpen((o) => !o)}
          data-testid="more-toggle"
          styles={{ root: { alignSelf: 'flex-start' } }}
        >
          {t.more}: {format(t.moreSummary, { recorder: recorder.title ?? '', date: formatDate(form.date, host.locale) })}
        </ActionButton>
        <div id="ac-sit-more" hidden={!open}>
          <Stack tokens={{ childrenGap: 12 }}>
            <PersonPicker
              id={FIELD_IDS.recorder}
              people={data.people}
              label={t.recorder}
              value={form.recorderId}
              onChange={(p) => p && set({ recorderId: p.id })}
              // Staff file as themselves; a supervisor may record for someone else.
              disabled={disabled || !data.mayPickRecorder}
              errorMessage={messages.recorder || undefined}
            />
            <div id={FIELD_IDS.date}>
              <DateField label={t.date} value={form.date} today={today} onChange={(d) => d && set({ date: d })} onValidityChange={(ok) => setValidDate((v) => ({ ...v, date: ok }))} errorMessage={messages.date || undefined} disabled={disabled} />
            </div>
            {data.rights.actions.add ? (
              <>
                <Checkbox label={t.followUp} checked={form.followUp} disabled={disabled} onChange={(_, v) => set({ followUp: !!v })} />
                {form.followUp && (
                  <Stack tokens={{ childrenGap: 12 }} style={{ marginLeft: 28 }}>
                    <TextField
                      id={FIELD_IDS.followUpTitle}
                      label={t.followUpTitle}
                      value={form.followUpTitle || followUpTitle(form.situation)}
                      onChange={(_, v) => set({ followUpTitle: v ?? '' })}
                      errorMessage={messages.followUpTitle || undefined}
                      disabled={disabled}
                    />
                    <PersonPicker id={FIELD_IDS.followUpOwner} people={data.people} label={t.followUpOwner} value={form.followUpOwnerId} onChange={(p) => set({ followUpOwnerId: p?.id })} errorMessage={messages.followUpOwner || undefined} disabled={disabled} />
                    <div id={FIELD_IDS.followUpDue}>
                      <DateField label={t.followUpDue} value={form.followUpDue} today={today} onChange={(d) => set({ followUpDue: d })} onValidityChange={(ok) => setValidDate((v) => ({ ...v, due: ok }))} errorMessage={messages.followUpDue || undefined} disabled={disabled} />
                    </div>
                  </Stack>
                )}
              </>
            ) : (
              <Text variant="small" block>
                {t.followUpNoRights}
              </Text>
            )}
          </Stack>
        </div>
        <Stack horizontal tokens={{ childrenGap: 12 }} verticalAlign="center" wrap>
          <PrimaryButton onClick={submit} disabled={disabled} text={busy ? t.submitting : t.submit} data-testid="record-submit" />
          <CopyLinkButton params={{ account: accountRef(data, form.accountId), category: form.category, kind: undefined }} />
        </Stack>
        <Text variant="small" block>
          {t.submitHint}
        </Text>
      </Stack>
    </div>
  );
}

/** A link names the account by its abbreviation when it has one (readable in a chat), else by its id. */
export function accountRef(data: RecordFormsData, id?: number): string | undefined {
  const a = data.accounts.find((x) => x.id === id);
  return a ? a.abbreviation || String(a.id) : undefined;
}
