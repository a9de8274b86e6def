/**
 * "Uusi idea": a short form (title, account, source, a short description, the stage it starts at) for those who may
 * add to ACIdeas. Saved under a client key kept with the draft, so a double click or a retry makes one idea; the
 * draft survives a reload of the tab and is cleared once saved or cancelled. Whether the button shows is not the
 * authorization: SharePoint refuses anyone else's add, and that refusal is shown plainly with the typing kept.
 */
import * as React from 'react';
import { ChoiceGroup, DefaultButton, Dropdown, IDropdownOption, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import { DataError, FieldProblem, ValidationError } from '../../data/errors';
import { createIdea, IdeasData, NEW_IDEA_STAGES, NewIdeaStage, newIdeaProblems, TITLE_MAX } from '../../data/queries/ideas';
import type { Idea, IdeaSource } from '../../domain/types';
import { IDEA_SOURCES } from '../../domain/vocabulary';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { clearDraft, newClientKey, readDraft, writeDraft } from '../../ui/forms/drafts';
import { useUnsavedWarning } from '../../ui/forms/useUnsavedWarning';
import { bundle as ideaBundle, IdeaStrings } from './strings';

export const NEW_IDEA_DRAFT = 'idea:new';
const NONE = '__none';

interface Form {
  title: string;
  accountId?: number;
  source?: IdeaSource;
  description: string;
  stage: NewIdeaStage;
}

interface StoredDraft {
  form: Form;
  clientKey: string;
}

/** Whether an unsaved new idea waits in this tab (the view opens the form again after a reload). */
export function hasNewIdeaDraft(): boolean {
  return readDraft<StoredDraft>(NEW_IDEA_DRAFT) !== undefined;
}

function messageOf(p: FieldProblem, s: IdeaStrings['create']): string {
  if (p.field === 'title') return p.code === 'tooLong' ? format(s.titleTooLong, { max: TITLE_MAX }) : s.titleRequired;
  return s.accountRequired;
}

export function NewIdea(props: { data: IdeasData; onCreated(idea: Idea): void; onCancel(): void }): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(ideaBundle).create;
  const c = useBundle(choiceBundle);
  const { data } = props;
  const initial: Form = { title: '', accountId: data.account?.id, description: '', stage: 'idea' };
  const [stored] = React.useState(() => readDraft<StoredDraft>(NEW_IDEA_DRAFT));
  const [form, setForm] = React.useState<Form>(() => stored?.form ?? initial);
  const [clientKey] = React.useState(() => stored?.clientKey ?? newClientKey());
  const [messages, setMessages] = React.useState<Record<string, string>>({});
  const [outcome, setOutcome] = React.useState<{ kind: 'none' } | { kind: 'denied' } | { kind: 'error'; error: unknown }>({ kind: 'none' });
  const [busy, setBusy] = React.useState(false);
  // A second click before the first answer does nothing (and the key makes a retry return the same idea).
  const sending = React.useRef(false);
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), []);
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  useUnsavedWarning(dirty);

  const set = (patch: Partial<Form>): void => {
    setForm((f) => {
      const next = { ...f, ...patch };
      writeDraft(NEW_IDEA_DRAFT, { form: next, clientKey } as StoredDraft);
      return next;
    });
    const fields = Object.keys(patch);
    if (fields.some((k) => messages[k])) setMessages((m) => ({ ...m, ...Object.fromEntries(fields.map((k) => [k, ''])) }));
  };

  const accounts = data.accounts
    .filter((a) => a.active !== false || a.id === form.accountId)
    .sort((a, b) => a.abbreviation.localeCompare(b.abbreviation, host.locale));
  const opt = (key: string | number, text: string): IDropdownOption => ({ key, text });

  const save = async (): Promise<void> => {
    if (sending.current) return;
    const input = form;
    const problems = newIdeaProblems(input);
    if (problems.length) {
      setMessages(Object.fromEntries(problems.map((p) => [p.field, messageOf(p, s)])));
      return;
    }
    sending.current = true;
    setBusy(true);
    setOutcome({ kind: 'none' });
    try {
      const idea = await createIdea(services, input, clientKey);
      clearDraft(NEW_IDEA_DRAFT);
      props.onCreated(idea);
    } catch (e) {
      if (e instanceof ValidationError) setMessages(Object.fromEntries(e.problems.map((p) => [p.field, messageOf(p, s)])));
      else if (e instanceof DataError && e.kind === 'accessDenied') setOutcome({ kind: 'denied' });
      else setOutcome({ kind: 'error', error: e });
      sending.current = false;
      setBusy(false);
    }
  };

  const cancel = (): void => {
    clearDraft(NEW_IDEA_DRAFT);
    props.onCancel();
  };

  const problemLines = Object.values(messages).filter(Boolean);
  return (
    <Stack as="section" tokens={{ childrenGap: 8 }} aria-labelledby="ac-new-idea" data-testid="new-idea" style={{ maxWidth: 640 }}>
      <Text as="h2" variant="large" style={{ margin: 0 }}>
        <span id="ac-new-idea" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
          {s.heading}
        </span>
      </Text>
      <Text block>{s.intro}</Text>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack tokens={{ childrenGap: 8 }}>
          <TextField
            label={s.title}
            required
            value={form.title}
            errorMessage={messages.title || undefined}
            onChange={(_, v) => set({ title: v ?? '' })}
            data-testid="new-idea-title"
          />
          <Dropdown
            label={s.account}
            required
            placeholder={s.chooseAccount}
            selectedKey={form.accountId ?? null}
            options={accounts.map((a) => opt(a.id, `${a.abbreviation} – ${a.name}`))}
            errorMessage={messages.accountId || undefined}
            onChange={(_, o) => o && set({ accountId: Number(o.key) })}
            data-testid="new-idea-account"
          />
          <Dropdown
            label={s.source}
            selectedKey={form.source ?? NONE}
            options={[opt(NONE, s.noSource), ...IDEA_SOURCES.map((src) => opt(src, c.ideaSource[src]))]}
            onChange={(_, o) => o && set({ source: o.key === NONE ? undefined : (o.key as IdeaSource) })}
            data-testid="new-idea-source"
          />
          <TextField
            label={s.description}
            description={s.descriptionHint}
            multiline
            autoAdjustHeight
            value={form.description}
            onChange={(_, v) => set({ description: v ?? '' })}
            data-testid="new-idea-description"
          />
          <ChoiceGroup
            label={s.stage}
            selectedKey={form.stage}
            options={NEW_IDEA_STAGES.map((st) => ({ key: st, text: c.ideaStage[st] }))}
            onChange={(_, o) => o && set({ stage: o.key as NewIdeaStage })}
            data-testid="new-idea-stage"
          />
          {problemLines.length > 0 && (
            <MessageBar messageBarType={MessageBarType.blocked} isMultiline role="alert" data-testid="new-idea-refusal">
              <strong>{s.refusedHeading}</strong> {problemLines.join(' ')}
            </MessageBar>
          )}
          {outcome.kind === 'denied' && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert" data-testid="new-idea-denied">
              {s.denied}
            </MessageBar>
          )}
          {outcome.kind === 'error' && <ErrorBar error={outcome.error} onRetry={() => void save()} />}
          <Stack horizontal tokens={{ childrenGap: 8 }}>
            <PrimaryButton type="submit" text={busy ? s.saving : s.save} disabled={busy} data-testid="new-idea-save" />
            <DefaultButton text={s.cancel} onClick={cancel} disabled={busy} data-testid="new-idea-cancel" />
          </Stack>
        </Stack>
      </form>
    </Stack>
  );
}
