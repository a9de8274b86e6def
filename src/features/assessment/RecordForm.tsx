/**
 * Recording one assessment: the period (open ones), the respondent level, the customer person who gave the scores,
 * the dimensions of the period's definition as radio groups 1–5 with the scale's words (one tab stop per group,
 * arrow keys move), and free text. Missing scores are named and focus moves to the first; nothing is sent until the
 * whole assessment is valid (the repository checks again). The input is a draft in the browser until it is saved;
 * a 412 or an assessment of the same person already stored keeps what was typed.
 */
import * as React from 'react';
import { Checkbox, ChoiceGroup, Dropdown, IChoiceGroupStyles, MessageBar, MessageBarButton, MessageBarType, PrimaryButton, Spinner, Stack, Text, TextField, useTheme } from '@fluentui/react';
import { ValidationError } from '../../data/errors';
import { answerField, assessmentClientKey, assessmentProblems, saveAssessment } from '../../data/queries/assessment';
import { NOTE_MAX } from '../../data/schema/validate';
import { formatDateTime } from '../../domain/dates';
import { ENERGY_ENTHUSIASM, isNineEDimension, NINE_E_SCALE, NINE_E_WORLDS, NineEWorld, RESPONDENT_LEVELS } from '../../domain/partnership9E';
import type { Account, Survey, SurveyQuestion, SurveyResponse } from '../../domain/types';
import type { FieldProblem } from '../../domain/validation';
import type { Lang } from '../../loc/bundle';
import { format } from '../../loc/strings';
import { useApp } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { fieldProblemMessage } from '../../ui/errorMessage';
import { clearDraft, readDraft, writeDraft } from '../../ui/forms/drafts';
import { useUnsavedWarning } from '../../ui/forms/useUnsavedWarning';
import type { AssessmentStrings } from './strings';
import { periodLabel, worldLabel } from './text';

export interface RecordFormProps {
  /** Periods that take assessments (open), oldest first. */
  periods: Survey[];
  account: Account;
  /** The account's assessments read: an assessment of the same person and period is changed, not duplicated. */
  responses: SurveyResponse[];
  onSaved(response: SurveyResponse): void;
  /** What to show under the saved message (the period's weak results). */
  afterSave?(periodId: number): React.ReactNode;
  s: AssessmentStrings;
  lang: Lang;
}

export interface AssessmentFormState {
  periodId?: number;
  level?: string;
  name: string;
  answers: Record<string, number>;
  comment: string;
}

const EMPTY: AssessmentFormState = { name: '', answers: {}, comment: '' };

export const scoreGroupId = (dimension: string): string => `ac-9e-score-${dimension}`;
const LEVEL_ID = 'ac-9e-level';
const NAME_ID = 'ac-9e-name';

function focusGroup(id: string): void {
  const group = document.getElementById(id);
  const target = group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector<HTMLInputElement>('input');
  (target ?? group)?.focus();
}

type Outcome = { kind: 'saved'; at: string; periodId: number } | { kind: 'conflict'; theirs?: SurveyResponse } | { kind: 'exists'; name: string } | { kind: 'error'; error: unknown };

export function RecordForm(props: RecordFormProps): JSX.Element {
  const { services, host, strings } = useApp();
  const theme = useTheme();
  const { s, lang, account, periods } = props;
  const draftKey = `assessment:${host.user.loginName.toLowerCase()}:${account.id}`;
  const [stored] = React.useState(() => readDraft<AssessmentFormState>(draftKey));
  const latestOpen = periods[periods.length - 1]?.id;
  const [form, setForm] = React.useState<AssessmentFormState>(() => {
    const base = stored ?? { ...EMPTY, periodId: latestOpen };
    return periods.some((p) => p.id === base.periodId) ? base : { ...base, periodId: latestOpen };
  });
  const [restored, setRestored] = React.useState(!!stored);
  const [dirty, setDirty] = React.useState(!!stored);
  const [problems, setProblems] = React.useState<FieldProblem[]>([]);
  const [outcome, setOutcome] = React.useState<Outcome>();
  const [override, setOverride] = React.useState<SurveyResponse>();
  const [busy, setBusy] = React.useState(false);
  const busyRef = React.useRef(false);
  useUnsavedWarning(dirty);

  const period = periods.find((p) => p.id === form.periodId);
  const questions = period?.definition.questions ?? [];
  const combined = questions.some((q) => q.id === ENERGY_ENTHUSIASM.id);
  const key = period && form.name.trim() ? assessmentClientKey(period.id, account.id, form.name) : undefined;
  const found = key ? props.responses.find((r) => r.clientKey === key) : undefined;
  const existing = override && override.clientKey === key ? override : found;

  const set = (patch: Partial<AssessmentFormState>): void => {
    setForm((f) => {
      const next = { ...f, ...patch, answers: { ...f.answers, ...(patch.answers ?? {}) } };
      writeDraft(draftKey, next);
      return next;
    });
    setDirty(true);
    if (outcome?.kind === 'saved') setOutcome(undefined);
  };

  const problemOf = (field: string): FieldProblem | undefined => problems.find((p) => p.field === field);
  const missingDims = problems.filter((p) => p.field.startsWith('answers.')).map((p) => p.field.slice('answers.'.length));
  const textOf = (q: SurveyQuestion): string => q.text[lang] || q.text.fi;
  const nameOf = (dimension: string): string => {
    const q = questions.find((x) => x.id === dimension);
    return q ? (q.text[lang] || q.text.fi).split(':')[0] : dimension;
  };

  const show = (found: FieldProblem[]): void => {
    setProblems(found);
    const first = found.find((p) => p.field === 'respondentLevel') ? LEVEL_ID : found.find((p) => p.field === 'respondentName') ? NAME_ID : undefined;
    // The first problem in the form's order: the level, the name, then the scores as asked.
    const firstScore = questions.find((q) => found.some((p) => p.field === answerField(q.id)));
    const target = first ?? (firstScore ? scoreGroupId(firstScore.id) : undefined);
    if (target) window.setTimeout(() => (target === NAME_ID ? document.getElementById(NAME_ID)?.focus() : focusGroup(target)), 0);
  };

  const submit = async (): Promise<void> => {
    if (busyRef.current || !period) return;
    const input = { period, accountId: account.id, respondentLevel: form.level ?? '', respondentName: form.name, answers: form.answers, comment: form.comment, existing };
    const local = assessmentProblems(input);
    if (local.length) return show(local);
    if (form.comment.length > NOTE_MAX) return void document.getElementById('ac-9e-comment')?.focus();
    setProblems([]);
    busyRef.current = true;
    setBusy(true);
    setOutcome(undefined);
    try {
      const result = await saveAssessment(services, { ...input, now: host.now ?? new Date() });
      if (result.kind === 'saved') {
        clearDraft(draftKey);
        setDirty(false);
        setRestored(false);
        setOverride(undefined);
        setForm({ ...EMPTY, periodId: period.id, level: form.level });
        setOutcome({ kind: 'saved', at: result.response.submittedAt, periodId: period.id });
        props.onSaved(result.response);
      } else if (result.kind === 'conflict') {
        setOutcome({ kind: 'conflict', theirs: result.theirs });
      } else {
        // The same person's assessment was already stored: it becomes the base of the next save; the input stays.
        setOverride(result.theirs);
        setOutcome({ kind: 'exists', name: result.theirs.respondentName || form.name.trim() });
      }
    } catch (e) {
      if (e instanceof ValidationError) show(e.problems);
      else setOutcome({ kind: 'error', error: e });
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const errorColor = theme.semanticColors.errorText;
  const groupStyles: Partial<IChoiceGroupStyles> = { flexContainer: { display: 'flex', flexWrap: 'wrap', gap: '0 16px' } };
  const scaleOptions = Array.from({ length: NINE_E_SCALE.max - NINE_E_SCALE.min + 1 }, (_, i) => {
    const v = NINE_E_SCALE.min + i;
    return { key: String(v), text: `${v} ${s.form.scale[String(v) as keyof AssessmentStrings['form']['scale']]}` };
  });
  const byWorld = (w: NineEWorld): SurveyQuestion[] => questions.filter((q) => (q.area ?? '') === w && isNineEDimension(q.id));

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="assessment-form"
    >
      <Stack tokens={{ childrenGap: 16 }}>
        {restored && (
          <MessageBar
            messageBarType={MessageBarType.info}
            actions={
              <MessageBarButton
                onClick={() => {
                  clearDraft(draftKey);
                  setForm({ ...EMPTY, periodId: latestOpen });
                  setRestored(false);
                  setDirty(false);
                  setProblems([]);
                }}
              >
                {s.form.clearDraft}
              </MessageBarButton>
            }
          >
            {s.form.draftRestored}
          </MessageBar>
        )}
        {periods.length > 1 ? (
          <Dropdown
            id="ac-9e-period"
            label={s.form.period}
            required
            selectedKey={form.periodId ?? null}
            options={periods.map((p) => ({ key: p.id, text: p.title || periodLabel(p) }))}
            onChange={(_, o) => o && set({ periodId: Number(o.key) })}
          />
        ) : (
          <Text block>
            <strong>{s.form.period}:</strong> {period?.title || (period ? periodLabel(period) : '')}
          </Text>
        )}
        <div>
          <ChoiceGroup
            id={LEVEL_ID}
            label={s.form.level}
            required
            selectedKey={form.level ?? null}
            options={RESPONDENT_LEVELS.map((l) => ({ key: l, text: s.levels[l] }))}
            styles={groupStyles}
            aria-describedby={problemOf('respondentLevel') ? `${LEVEL_ID}-error` : undefined}
            onChange={(_, o) => {
              if (!o) return;
              set({ level: String(o.key) });
              setProblems((p) => p.filter((x) => x.field !== 'respondentLevel'));
            }}
          />
          {problemOf('respondentLevel') && (
            <Text id={`${LEVEL_ID}-error`} block role="alert" style={{ color: errorColor }}>
              {s.form.chooseLevel}
            </Text>
          )}
        </div>
        <TextField
          id={NAME_ID}
          label={s.form.respondentName}
          description={s.form.respondentHelp}
          required
          maxLength={255}
          value={form.name}
          onChange={(_, v) => {
            set({ name: v ?? '' });
            if (problemOf('respondentName')) setProblems((p) => p.filter((x) => x.field !== 'respondentName'));
          }}
          errorMessage={problemOf('respondentName') ? s.form.nameRequired : undefined}
        />
        {existing && (
          <MessageBar messageBarType={MessageBarType.info} data-testid="assessment-editing">
            {format(s.form.editing, { name: existing.respondentName || form.name.trim(), time: formatDateTime(existing.submittedAt, host.locale) })}
          </MessageBar>
        )}
        <div>
          <Checkbox label={s.form.combined} checked={combined} disabled ariaDescribedBy="ac-9e-combined-help" />
          <Text id="ac-9e-combined-help" block variant="small">
            {s.form.combinedHelp}
          </Text>
        </div>
        <Text block>{s.form.scaleNote}</Text>
        {NINE_E_WORLDS.map((w) => {
          const qs = byWorld(w);
          if (!qs.length) return null;
          return (
            <fieldset key={w} style={{ border: 'none', margin: 0, padding: 0 }}>
              <legend>
                <Text as="h3" variant="large" block>
                  {worldLabel(w, lang)}
                </Text>
              </legend>
              <Stack tokens={{ childrenGap: 12 }}>
                {qs.map((q) => {
                  const id = scoreGroupId(q.id);
                  const missing = !!problemOf(answerField(q.id));
                  const v = form.answers[q.id];
                  return (
                    <div key={q.id}>
                      <ChoiceGroup
                        id={id}
                        label={textOf(q)}
                        required
                        options={scaleOptions}
                        selectedKey={typeof v === 'number' ? String(v) : null}
                        styles={groupStyles}
                        aria-describedby={missing ? `${id}-error` : undefined}
                        onChange={(_, o) => {
                          if (!o) return;
                          set({ answers: { [q.id]: Number(o.key) } });
                          if (missing) setProblems((p) => p.filter((x) => x.field !== answerField(q.id)));
                        }}
                      />
                      {missing && (
                        <Text id={`${id}-error`} block role="alert" style={{ color: errorColor }}>
                          {format(s.form.missing, { dimensions: nameOf(q.id) })}
                        </Text>
                      )}
                    </div>
                  );
                })}
              </Stack>
            </fieldset>
          );
        })}
        <TextField
          id="ac-9e-comment"
          label={s.form.comment}
          description={s.form.commentHelp}
          multiline
          autoAdjustHeight
          rows={3}
          value={form.comment}
          onChange={(_, v) => set({ comment: v ?? '' })}
          errorMessage={form.comment.length > NOTE_MAX ? fieldProblemMessage(strings, { field: 'comment', code: 'tooLong', params: { max: NOTE_MAX } }) : undefined}
        />
        <div aria-live="polite">
          {missingDims.length > 0 && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline data-testid="assessment-missing">
              {format(s.form.missing, { dimensions: missingDims.map(nameOf).join(', ') })}
            </MessageBar>
          )}
          {outcome?.kind === 'saved' && (
            <MessageBar messageBarType={MessageBarType.success} isMultiline data-testid="assessment-saved">
              {format(s.form.saved, { time: formatDateTime(outcome.at, host.locale) })}
            </MessageBar>
          )}
          {outcome?.kind === 'conflict' && (
            <MessageBar
              messageBarType={MessageBarType.error}
              isMultiline
              role="alert"
              data-testid="assessment-conflict"
              actions={
                outcome.theirs ? (
                  <MessageBarButton
                    onClick={() => {
                      setOverride(outcome.theirs);
                      setOutcome(undefined);
                    }}
                  >
                    {s.form.takeTheirs}
                  </MessageBarButton>
                ) : undefined
              }
            >
              {s.form.conflict}
            </MessageBar>
          )}
          {outcome?.kind === 'exists' && (
            <MessageBar messageBarType={MessageBarType.warning} isMultiline role="alert" data-testid="assessment-exists">
              {format(s.form.exists, { name: outcome.name })}
            </MessageBar>
          )}
          {outcome?.kind === 'error' && <ErrorBar error={outcome.error} />}
        </div>
        <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="center">
          <PrimaryButton type="submit" text={busy ? s.form.saving : existing ? s.form.saveChanges : s.form.save} disabled={busy || !period} data-testid="assessment-submit" />
          {busy && <Spinner />}
        </Stack>
        {outcome?.kind === 'saved' && props.afterSave && (
          <section aria-labelledby="ac-9e-after-save">
            <Text as="h3" variant="mediumPlus" block id="ac-9e-after-save">
              {s.proposals.afterSave}
            </Text>
            {props.afterSave(outcome.periodId)}
          </section>
        )}
      </Stack>
    </form>
  );
}
