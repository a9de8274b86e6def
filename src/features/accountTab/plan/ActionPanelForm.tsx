/**
 * Adds a development action to the account plan (source accountPlan): title, goal, metric, due date, status and
 * an owner from the account's own people. Validation through the actions repository, messages at the fields; a
 * failed save keeps the form, and the unsent draft survives an accidental close (sessionStorage, per account).
 */
import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Stack, TextField } from '@fluentui/react';
import { FieldProblem, ValidationError } from '../../../data/errors';
import { ACTION_STATUSES } from '../../../domain/vocabulary';
import type { IsoDate } from '../../../domain/dates';
import type { Action, ActionStatus, Draft } from '../../../domain/types';
import { bundle as sectionsBundle } from '../strings/sections';
import { bundle as choiceBundle } from '../../../loc/choices';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';
import { errorMessage } from '../../../ui/errorMessage';
import { DateField } from '../../../ui/forms/DateField';
import { clearDraft, newClientKey, readDraft, writeDraft } from '../../../ui/forms/drafts';
import { FieldMessages, messagesOf, problemsOf } from '../../../ui/forms/problems';
import { ownerCandidates } from './actions';
import { useUnsavedWarning } from '../../../ui/forms/useUnsavedWarning';
import { ActionPanelProps, actionDraftKey } from './ActionPanel';

interface ActionForm {
  title: string;
  goal: string;
  metric: string;
  dueDate?: IsoDate;
  status: ActionStatus;
  /** Site user id of the owner, or '' for none. */
  ownerId: string;
}

interface StoredDraft {
  form: ActionForm;
  clientKey: string;
}

const EMPTY: ActionForm = { title: '', goal: '', metric: '', status: 'open', ownerId: '' };

/** The panel itself, loaded on first use through ActionPanel (lazyForm). */
export function ActionPanelForm(props: ActionPanelProps): JSX.Element {
  const { services, strings } = useApp();
  const s = useBundle(sectionsBundle);
  const t = s.plan.panel;
  const c = useBundle(choiceBundle);
  const key = actionDraftKey(props.account.id);
  const [stored] = React.useState(() => readDraft<StoredDraft>(key));
  const [form, setForm] = React.useState<ActionForm>(stored?.form ?? EMPTY);
  const [restored, setRestored] = React.useState(!!stored);
  const [clientKey] = React.useState(() => stored?.clientKey ?? newClientKey());
  const [messages, setMessages] = React.useState<FieldMessages>({});
  const [error, setError] = React.useState<unknown>();
  const [saving, setSaving] = React.useState(false);
  const [dueDateValid, setDueDateValid] = React.useState(true);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  useUnsavedWarning(JSON.stringify(form) !== JSON.stringify(EMPTY));
  const owners = ownerCandidates(props.account);
  const roleLabel = { manager: t.ownerRoleManager, backup: t.ownerRoleBackup, systemManager: t.ownerRoleSystemManager };

  const set = <K extends keyof ActionForm>(field: K, value: ActionForm[K]): void => {
    setForm((f) => {
      const next = { ...f, [field]: value };
      if (JSON.stringify(next) === JSON.stringify(EMPTY)) clearDraft(key);
      else writeDraft(key, { form: next, clientKey } as StoredDraft);
      return next;
    });
    if (messages[field]) setMessages((m) => ({ ...m, [field]: '' }));
  };

  const save = async (): Promise<void> => {
    setError(undefined);
    // A due date typed but not understood is not silently dropped for the old one: the form says so and waits.
    if (!dueDateValid) {
      setMessages({ dueDate: strings.datePicker.invalidInput });
      setError(new ValidationError([{ field: 'dueDate', code: 'invalidDate' }]));
      window.setTimeout(() => document.getElementById('ac-action-dueDate')?.querySelector('input')?.focus(), 0);
      return;
    }
    const owner = owners.find((o) => String(o.person.id) === form.ownerId)?.person;
    const draft: Draft<Action> = {
      title: form.title.trim(),
      accountId: props.account.id,
      source: 'accountPlan',
      status: form.status,
      goal: form.goal.trim() || undefined,
      metric: form.metric.trim() || undefined,
      dueDate: form.dueDate,
      owner,
      clientKey,
    };
    const problems: FieldProblem[] = problemsOf(() => services.repos.actions.validate(draft as unknown as Record<string, unknown>, false));
    if (problems.length) {
      setMessages(messagesOf(strings, problems));
      setError(new ValidationError(problems));
      const first = ['title', 'goal', 'metric', 'dueDate', 'status', 'owner'].find((f) => problems.some((p) => p.field === f));
      if (first) window.setTimeout(() => document.getElementById(`ac-action-${first}`)?.focus(), 0);
      return;
    }
    setMessages({});
    setSaving(true);
    try {
      const created = await services.repos.actions.add(draft);
      clearDraft(key);
      props.onSaved(created);
    } catch (e) {
      if (e instanceof ValidationError) setMessages(messagesOf(strings, e.problems));
      setError(e);
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  const discard = (): void => {
    clearDraft(key);
    setForm(EMPTY);
    setRestored(false);
    setMessages({});
    setError(undefined);
  };

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={t.title}
      closeButtonAriaLabel={strings.close}
      onDismiss={props.onClose}
      isFooterAtBottom
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton onClick={save} disabled={saving} text={saving ? strings.saving : strings.save} />
          <DefaultButton onClick={props.onClose} disabled={saving} text={strings.cancel} />
        </Stack>
      )}
    >
      <Stack tokens={{ childrenGap: 12 }} data-testid="action-panel">
        {restored && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline actions={<DefaultButton onClick={discard} text={s.form.discardDraft} />}>
            {s.form.draftRestored}
          </MessageBar>
        )}
        {error !== undefined && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
            {error instanceof ValidationError ? s.form.checkFields : errorMessage(strings, error)}
          </MessageBar>
        )}
        <TextField
          id="ac-action-title"
          label={t.actionTitle}
          required
          autoFocus
          value={form.title}
          onChange={(_, v) => set('title', v ?? '')}
          errorMessage={messages.title || undefined}
          disabled={saving}
        />
        <TextField
          id="ac-action-goal"
          label={t.goal}
          multiline
          autoAdjustHeight
          rows={3}
          value={form.goal}
          onChange={(_, v) => set('goal', v ?? '')}
          errorMessage={messages.goal || undefined}
          disabled={saving}
        />
        <TextField
          id="ac-action-metric"
          label={t.metric}
          value={form.metric}
          onChange={(_, v) => set('metric', v ?? '')}
          errorMessage={messages.metric || undefined}
          disabled={saving}
        />
        <div id="ac-action-dueDate">
          <DateField label={t.dueDate} value={form.dueDate} onChange={(d) => set('dueDate', d)} onValidityChange={setDueDateValid} today={props.today} errorMessage={messages.dueDate || undefined} disabled={saving} />
        </div>
        <Dropdown
          id="ac-action-status"
          label={t.status}
          required
          selectedKey={form.status}
          options={ACTION_STATUSES.map((x) => ({ key: x, text: c.actionStatus[x] }))}
          onChange={(_, o) => o && set('status', o.key as ActionStatus)}
          errorMessage={messages.status || undefined}
          disabled={saving}
        />
        <Dropdown
          id="ac-action-owner"
          label={t.owner}
          selectedKey={form.ownerId}
          options={[{ key: '', text: t.noOwner }, ...owners.map((o) => ({ key: String(o.person.id), text: format(roleLabel[o.role], { name: o.person.title ?? o.person.email ?? String(o.person.id) }) }))]}
          onChange={(_, o) => o && set('ownerId', String(o.key))}
          errorMessage={messages.owner || undefined}
          disabled={saving}
        />
      </Stack>
    </Panel>
  );
}
