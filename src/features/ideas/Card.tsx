/**
 * The idea card: the six fields the steering group needs (description, goals, estimated cost, risks, schedule,
 * productivity-benefit analysis), edited by the account managers while the idea is prepared, saved with the idea's
 * etag (a 412 keeps what was typed and offers the latest version), and "Vie ohjausryhmään": refused with what is
 * missing, by click, Enter or Space alike (the button stays focusable), and sending nothing.
 */
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarButton, MessageBarType, PrimaryButton, Stack, Text, TextField, useTheme } from '@fluentui/react';
import { DataError, ValidationError } from '../../data/errors';
import { CardValues, saveCard, submitToGate } from '../../data/queries/ideas';
import { CARD_FIELDS, CARD_STAGES, CardField, check, IdeaGateError } from '../../domain/ideaGate';
import type { Idea, IdeaStage } from '../../domain/types';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { clearDraft, readDraft, writeDraft } from '../../ui/forms/drafts';
import { messagesOf } from '../../ui/forms/problems';
import { useUnsavedWarning } from '../../ui/forms/useUnsavedWarning';
import { bundle as ideaBundle } from './strings';
import { costInput, euros, parseCost, submitRefusal } from './text';

/** Where the card is written: an idea being shaped, and the card stages of the gate. */
const EDITABLE: readonly IdeaStage[] = ['idea', ...CARD_STAGES];
const MULTILINE: readonly CardField[] = ['description', 'goals', 'risks', 'benefitAnalysis'];

type Draft = Record<CardField, string>;

type Outcome = { kind: 'none' } | { kind: 'saved' } | { kind: 'submitted' } | { kind: 'refused'; lines: string[] } | { kind: 'conflict' } | { kind: 'error'; error: unknown };

function draftOf(idea: Idea, locale: string): Draft {
  return {
    description: idea.description ?? '',
    goals: idea.goals ?? '',
    estimatedCost: costInput(idea.estimatedCost, locale),
    risks: idea.risks ?? '',
    schedule: idea.schedule ?? '',
    benefitAnalysis: idea.benefitAnalysis ?? '',
  };
}

function valuesOf(d: Draft): CardValues {
  return {
    description: d.description,
    goals: d.goals,
    estimatedCost: parseCost(d.estimatedCost),
    risks: d.risks,
    schedule: d.schedule,
    benefitAnalysis: d.benefitAnalysis,
  };
}

export function Card(props: { idea: Idea; canEdit: boolean; onSaved(idea: Idea): void }): JSX.Element {
  const { services, host, strings } = useApp();
  const s = useBundle(ideaBundle);
  const theme = useTheme();
  const { idea } = props;
  const draftKey = `idea:${idea.id}:card`;
  // Only what the user changed, over the version read: kept across a reload, a refresh and a conflict.
  const [edits, setEdits] = React.useState<Partial<Draft>>(() => readDraft<Partial<Draft>>(draftKey) ?? {});
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: 'none' });
  const [fieldProblems, setFieldProblems] = React.useState<Record<string, string>>({});
  const editable = props.canEdit && EDITABLE.includes(idea.stage);
  const base = draftOf(idea, host.locale);
  const draft: Draft = { ...base, ...edits };
  const dirty = CARD_FIELDS.some((k) => k in edits && edits[k] !== base[k]);
  useUnsavedWarning(editable && dirty);

  const set = (field: CardField, value: string): void => {
    setEdits((e) => {
      const next = { ...e, [field]: value };
      writeDraft(draftKey, next);
      return next;
    });
    setFieldProblems({});
    if (outcome.kind === 'saved' || outcome.kind === 'submitted') setOutcome({ kind: 'none' });
  };

  const cost = parseCost(draft.estimatedCost);
  const costError = cost !== undefined && Number.isNaN(cost) ? s.card.costNotNumber : typeof cost === 'number' && cost < 0 ? s.card.costNegative : undefined;
  const values = valuesOf(draft);
  const merged: Idea = { ...idea, ...values };
  const verdict = check(merged, 'submitCard');
  const canSubmit = props.canEdit && CARD_STAGES.includes(idea.stage);

  /** Saves the changed fields with the idea's etag; undefined when it did not (the outcome says why). */
  const store = async (): Promise<Idea | undefined> => {
    const changed = Object.fromEntries(Object.entries(valuesOf(draft)).filter(([k]) => k in edits)) as CardValues;
    try {
      services.repos.ideas.validate(changed as Record<string, unknown>, true);
    } catch (e) {
      if (e instanceof ValidationError) {
        setFieldProblems(messagesOf(strings, e.problems));
        return undefined;
      }
      throw e;
    }
    try {
      const next = await saveCard(services, idea, changed);
      clearDraft(draftKey);
      setEdits({});
      props.onSaved(next);
      return next;
    } catch (e) {
      if (e instanceof IdeaGateError) setOutcome({ kind: 'refused', lines: submitRefusal(e.check, s) });
      else if (e instanceof DataError && e.kind === 'conflict') setOutcome({ kind: 'conflict' });
      else setOutcome({ kind: 'error', error: e });
      return undefined;
    }
  };

  const save = async (): Promise<void> => {
    if (busy || costError) return;
    setBusy(true);
    setOutcome({ kind: 'none' });
    if (await store()) setOutcome({ kind: 'saved' });
    setBusy(false);
  };

  const submit = async (): Promise<void> => {
    if (busy) return;
    if (!verdict.allowed) {
      setOutcome({ kind: 'refused', lines: submitRefusal(verdict, s) });
      return;
    }
    setBusy(true);
    setOutcome({ kind: 'none' });
    try {
      // Unsaved text goes with the submission: saved first, then submitted with the new etag.
      const current = dirty ? await store() : idea;
      if (!current) return;
      const next = await submitToGate(services, current, { now: host.now, by: host.user.displayName });
      props.onSaved(next);
      setOutcome({ kind: 'submitted' });
    } catch (e) {
      if (e instanceof IdeaGateError) setOutcome({ kind: 'refused', lines: submitRefusal(e.check, s) });
      else if (e instanceof DataError && e.kind === 'conflict') setOutcome({ kind: 'conflict' });
      else setOutcome({ kind: 'error', error: e });
    } finally {
      setBusy(false);
    }
  };

  /** The colleague's version becomes the base; the user's changes stay on top of it, to be saved again. */
  const reload = async (): Promise<void> => {
    try {
      const fresh = await services.repos.ideas.get(idea.id);
      setOutcome({ kind: 'none' });
      props.onSaved(fresh);
    } catch (e) {
      setOutcome({ kind: 'error', error: e });
    }
  };

  const refusedId = `ac-idea-${idea.id}-refusal`;
  return (
    <Stack as="section" tokens={{ childrenGap: 8 }} aria-labelledby={`ac-idea-${idea.id}-card`} data-testid="idea-card">
      <Text as="h3" variant="large" id={`ac-idea-${idea.id}-card`} style={{ margin: 0 }}>
        {s.card.heading}
      </Text>
      {!editable && <Text block>{s.card.readOnly}</Text>}
      {CARD_FIELDS.map((field) =>
        editable ? (
          <TextField
            key={field}
            label={s.card.fields[field]}
            description={s.card.hints[field]}
            value={draft[field]}
            multiline={MULTILINE.includes(field)}
            autoAdjustHeight={MULTILINE.includes(field)}
            inputMode={field === 'estimatedCost' ? 'decimal' : undefined}
            errorMessage={(field === 'estimatedCost' ? costError : undefined) ?? fieldProblems[field]}
            onChange={(_, v) => set(field, v ?? '')}
            data-testid={`card-${field}`}
          />
        ) : (
          <div key={field}>
            <Text block style={{ fontWeight: 600 }}>
              {s.card.fields[field]}
            </Text>
            {/* Plain text: what someone typed is never markup. */}
            <Text block style={{ whiteSpace: 'pre-wrap', color: base[field] ? undefined : theme.semanticColors.bodySubtext }}>
              {field === 'estimatedCost' && typeof idea.estimatedCost === 'number' ? euros(idea.estimatedCost, host.locale) : base[field] || '–'}
            </Text>
          </div>
        ),
      )}
      {(editable || canSubmit) && (
        <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
          {editable && <DefaultButton text={busy ? s.card.saving : s.card.save} onClick={() => void save()} disabled={busy || !dirty} data-testid="card-save" />}
          {canSubmit && (
            // A refused submission stays focusable: its click, Enter or Space says what is missing instead.
            <span
              onClick={verdict.allowed ? undefined : () => void submit()}
              onKeyDownCapture={
                verdict.allowed
                  ? undefined
                  : (e) => {
                      if (e.key !== 'Enter' && e.key !== ' ') return;
                      e.preventDefault();
                      void submit();
                    }
              }
            >
              <PrimaryButton
                text={s.submit.button}
                onClick={() => void submit()}
                disabled={!verdict.allowed || busy}
                allowDisabledFocus
                aria-describedby={`ac-idea-${idea.id}-submit-hint`}
                data-testid="idea-submit"
                styles={{ rootDisabled: { borderStyle: 'dashed', borderWidth: 1, borderColor: theme.semanticColors.bodySubtext, color: theme.semanticColors.bodySubtext, backgroundColor: theme.semanticColors.bodyBackground } }}
              />
            </span>
          )}
          {dirty && editable && <Text variant="small">{s.card.unsaved}</Text>}
        </Stack>
      )}
      {canSubmit && (
        <Text block variant="small" id={`ac-idea-${idea.id}-submit-hint`}>
          {verdict.allowed ? s.submit.hint : submitRefusal(verdict, s).join(' ')}
        </Text>
      )}
      {outcome.kind === 'saved' && (
        <MessageBar messageBarType={MessageBarType.success} role="status" data-testid="card-saved">
          {s.card.saved}
        </MessageBar>
      )}
      {outcome.kind === 'submitted' && (
        <MessageBar messageBarType={MessageBarType.success} role="status" data-testid="idea-submitted">
          {s.submit.submitted}
        </MessageBar>
      )}
      {outcome.kind === 'refused' && (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline role="alert" id={refusedId} data-testid="idea-refusal">
          <strong>{s.submit.refusedHeading}</strong> {outcome.lines.join(' ')}
        </MessageBar>
      )}
      {outcome.kind === 'conflict' && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          role="alert"
          data-testid="card-conflict"
          actions={
            <div>
              <MessageBarButton onClick={() => void reload()}>{s.card.reloadTheirs}</MessageBarButton>
            </div>
          }
        >
          {s.card.conflict}
        </MessageBar>
      )}
      {outcome.kind === 'error' && <ErrorBar error={outcome.error} />}
    </Stack>
  );
}
