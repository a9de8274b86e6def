/**
 * Answering the quarterly survey (docs/care-model.md §4): the questions by area on the school scale 4–10, the
 * recommendation question and open feedback. One response per respondent, survey and account (its client key);
 * coming back opens the user's own response to change while the survey takes answers, and read-only after that.
 * Unsent choices are a draft in the browser (per user, survey and account) until stored.
 */
import * as React from 'react';
import { ChoiceGroup, Dropdown, IChoiceGroupOption, IChoiceGroupStyles, MessageBar, MessageBarButton, MessageBarType, PrimaryButton, Spinner, Stack, Text, TextField, useTheme } from '@fluentui/react';
import type { SurveyAnswerData, AnswerValues } from '../../data/queries/surveyAnswer';
import { saveResponse } from '../../data/queries/surveyAnswer';
import { NOTE_MAX } from '../../data/schema/validate';
import { formatDate, formatDateTime, toHelsinkiDate } from '../../domain/dates';
import { acceptsAnswers, isRequired, missingRequired, NPS_SCALE, questionsByArea } from '../../domain/surveys';
import type { Account, Survey, SurveyQuestion, SurveyResponse } from '../../domain/types';
import { langOf } from '../../loc/bundle';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import type { ViewProps } from '../../ui/feature';
import { clearDraft, readDraft, writeDraft } from '../../ui/forms/drafts';
import { useUnsavedWarning } from '../../ui/forms/useUnsavedWarning';
import { useAsync } from '../../ui/useAsync';
import { firstRead } from './firstRead';
import { bundle, SurveyAnswerStrings } from './strings';

/** "Can't say" is a choice of its own on optional questions; stored as no answer. */
const CANT_SAY = 'cantSay';

export function SurveyAnswerView(props: ViewProps): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(bundle);
  const early = React.useRef(props.initial as Promise<SurveyAnswerData> | undefined);
  const state = useAsync(() => {
    const e = early.current;
    early.current = undefined;
    return e ?? firstRead(services, host);
  }, [services, host.locale]);
  if (state.error !== undefined) return <ErrorBar error={state.error} onRetry={state.reload} />;
  if (!state.value) return <Spinner label={s.loading} style={{ padding: 24 }} />;
  return <SurveyAnswer data={state.value} />;
}

const accountLabel = (a: Account): string => (a.abbreviation ? `${a.name} (${a.abbreviation})` : a.name);

function SurveyAnswer({ data }: { data: SurveyAnswerData }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(bundle);
  const [accountId, setAccountId] = React.useState<number | undefined>(data.preset?.id);
  const survey = data.survey;
  const account = data.accounts.find((a) => a.id === accountId);
  return (
    <Stack tokens={{ childrenGap: 16 }} style={{ maxWidth: 760, padding: 16 }}>
      <Stack tokens={{ childrenGap: 4 }}>
        <Text as="h1" variant="xxLarge" block>
          {survey?.title || s.title}
        </Text>
        {survey && (
          <Text block>
            {survey.quarter ? format(s.period, { quarter: survey.quarter, year: survey.year }) : String(survey.year)}
            {survey.closesOn && acceptsAnswers(survey, data.today) ? ` · ${format(s.closes, { date: formatDate(survey.closesOn, host.locale) })}` : ''}
          </Text>
        )}
      </Stack>
      {!survey ? (
        <MessageBar messageBarType={MessageBarType.info}>{s.noSurvey}</MessageBar>
      ) : !data.accounts.length ? (
        <MessageBar messageBarType={MessageBarType.info}>{s.noAccounts}</MessageBar>
      ) : (
        <>
          {data.unknownAccount && <MessageBar messageBarType={MessageBarType.warning}>{format(s.unknownAccount, { account: data.unknownAccount })}</MessageBar>}
          {data.accounts.length > 1 || !account ? (
            <Dropdown
              id="ac-survey-account"
              label={s.chooseAccount}
              required
              selectedKey={accountId === undefined ? null : String(accountId)}
              options={data.accounts.map((a) => ({ key: String(a.id), text: accountLabel(a) }))}
              onChange={(_, o) => o && setAccountId(Number(o.key))}
            />
          ) : (
            <Text block>
              <strong>{s.account}:</strong> {accountLabel(account)}
            </Text>
          )}
          {account && <AnswerForm key={`${survey.id}:${account.id}`} data={data} survey={survey} account={account} existing={data.mine[account.id]} />}
        </>
      )}
    </Stack>
  );
}

interface FormState {
  answers: Record<string, number | typeof CANT_SAY | undefined>;
  nps?: number;
  comment: string;
}

function fromResponse(r: SurveyResponse | undefined): FormState {
  return { answers: { ...(r?.answers ?? {}) }, nps: r?.nps, comment: r?.comment ?? '' };
}

/** The answers of a form: "can't say" and nothing are both no answer. */
function valuesOf(form: FormState): AnswerValues {
  const answers: Record<string, number | undefined> = {};
  for (const [k, v] of Object.entries(form.answers)) answers[k] = typeof v === 'number' ? v : undefined;
  return { answers, nps: form.nps, comment: form.comment };
}

const questionDomId = (id: string): string => `ac-survey-q-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

function focusQuestion(id: string): void {
  const group = document.getElementById(id);
  const target = group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector<HTMLInputElement>('input');
  (target ?? group)?.focus();
}

type Outcome = { kind: 'saved'; at: string } | { kind: 'conflict'; theirs?: SurveyResponse } | { kind: 'error'; error: unknown };

function AnswerForm(props: { data: SurveyAnswerData; survey: Survey; account: Account; existing?: SurveyResponse }): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(bundle);
  const c = useBundle(choiceBundle);
  const lang = langOf(host.locale);
  const theme = useTheme();
  const { data, survey, account } = props;
  const draftKey = `surveyAnswer:${host.user.loginName.toLowerCase()}:${survey.id}:${account.id}`;
  const [existing, setExisting] = React.useState(props.existing);
  const [stored] = React.useState(() => readDraft<FormState>(draftKey));
  const [form, setForm] = React.useState<FormState>(() => stored ?? fromResponse(props.existing));
  const [restored, setRestored] = React.useState(!!stored);
  const [dirty, setDirty] = React.useState(!!stored);
  const [missing, setMissing] = React.useState<SurveyQuestion[]>([]);
  const [outcome, setOutcome] = React.useState<Outcome>();
  const [busy, setBusy] = React.useState(false);
  const busyRef = React.useRef(false);
  useUnsavedWarning(dirty);

  const open = acceptsAnswers(survey, data.today);
  const mayAnswer = existing ? data.rights.edit || data.rights.add || !!data.rightsUnknown : data.rights.add || !!data.rightsUnknown;
  const def = survey.definition;
  const textOf = (q: SurveyQuestion): string => q.text[lang] || q.text.fi;

  const set = (patch: Partial<FormState>): void => {
    setForm((f) => {
      const next = { ...f, ...patch, answers: { ...f.answers, ...(patch.answers ?? {}) } };
      writeDraft(draftKey, next);
      return next;
    });
    setDirty(true);
    if (outcome?.kind === 'saved') setOutcome(undefined);
  };

  const tooLong = form.comment.length > NOTE_MAX;

  const submit = async (): Promise<void> => {
    if (busyRef.current) return;
    const values = valuesOf(form);
    const gaps = missingRequired(def, values.answers);
    setMissing(gaps);
    if (gaps.length) {
      window.setTimeout(() => focusQuestion(questionDomId(gaps[0].id)), 0);
      return;
    }
    if (tooLong) {
      window.setTimeout(() => document.getElementById('ac-survey-comment')?.focus(), 0);
      return;
    }
    if (!data.respondentKey) return;
    busyRef.current = true;
    setBusy(true);
    setOutcome(undefined);
    try {
      const now = host.now ?? new Date();
      const result = await saveResponse(services, { survey, accountId: account.id, respondentKey: data.respondentKey, respondentName: data.me.title || host.user.displayName, values, now, existing });
      if (result.kind === 'saved') {
        setExisting(result.response);
        clearDraft(draftKey);
        setDirty(false);
        setRestored(false);
        setOutcome({ kind: 'saved', at: result.response.submittedAt });
      } else {
        setOutcome({ kind: 'conflict', theirs: result.theirs });
      }
    } catch (e) {
      setOutcome({ kind: 'error', error: e });
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  // Their newer version becomes the base of the next save; the user's choices stay on the form.
  const takeTheirs = (): void => {
    if (outcome?.kind === 'conflict' && outcome.theirs) setExisting(outcome.theirs);
    setOutcome(undefined);
  };

  const scaleLabel = (v: number): string => `${v} ${s.scale[String(v) as keyof SurveyAnswerStrings['scale']] ?? ''}`.trim();

  if (!open && !existing) {
    const before = survey.status !== 'closed' && survey.opensOn && data.today < survey.opensOn;
    return (
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        {before ? `${s.notOpenYet} ${format(s.opensOn, { date: formatDate(survey.opensOn!, host.locale) })}` : `${s.closed}.${survey.closesOn ? ` ${format(s.closedOn, { date: formatDate(survey.closesOn, host.locale) })}` : ''}`}
      </MessageBar>
    );
  }

  if (!open && existing) return <ReadOnly survey={survey} response={existing} scaleLabel={scaleLabel} />;

  if (!mayAnswer) {
    return (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="survey-no-right">
        {s.noRight}
      </MessageBar>
    );
  }

  const choices = (q: SurveyQuestion): IChoiceGroupOption[] => {
    const out: IChoiceGroupOption[] = [];
    for (let v = q.scale.min; v <= q.scale.max; v++) out.push({ key: String(v), text: scaleLabel(v) });
    if (!isRequired(q)) out.push({ key: CANT_SAY, text: s.cantSay });
    return out;
  };
  const selected = (q: SurveyQuestion): string | null => {
    const v = form.answers[q.id];
    return v === undefined ? null : String(v);
  };
  const errorColor = theme.semanticColors.errorText;
  const groupStyles: Partial<IChoiceGroupStyles> = { flexContainer: { display: 'flex', flexWrap: 'wrap', gap: '0 16px' } };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack tokens={{ childrenGap: 16 }}>
        {restored && (
          <MessageBar
            messageBarType={MessageBarType.info}
            actions={
              <MessageBarButton
                onClick={() => {
                  clearDraft(draftKey);
                  setForm(fromResponse(existing));
                  setRestored(false);
                  setDirty(false);
                }}
              >
                {s.clearDraft}
              </MessageBarButton>
            }
          >
            {s.draftRestored}
          </MessageBar>
        )}
        {existing && survey.closesOn && (
          <Text block>{format(s.answeredAt, { time: formatDateTime(existing.submittedAt, host.locale), date: formatDate(survey.closesOn, host.locale) })}</Text>
        )}
        <Text block>{s.requiredNote}</Text>
        {questionsByArea(def).map((group) => (
          <fieldset key={group.area} style={{ border: 'none', margin: 0, padding: 0 }}>
            <legend>
              <Text as="h2" variant="large" block>
                {c.surveyArea[group.area] ?? s.areaFallback}
              </Text>
            </legend>
            <Stack tokens={{ childrenGap: 12 }}>
              {group.questions.map((q) => {
                const id = questionDomId(q.id);
                const isMissing = missing.some((m) => m.id === q.id);
                return (
                  <div key={q.id}>
                    <ChoiceGroup
                      id={id}
                      label={textOf(q)}
                      required={isRequired(q)}
                      options={choices(q)}
                      selectedKey={selected(q)}
                      styles={groupStyles}
                      aria-describedby={isMissing ? `${id}-error` : undefined}
                      onChange={(_, o) => {
                        if (!o) return;
                        set({ answers: { [q.id]: o.key === CANT_SAY ? CANT_SAY : Number(o.key) } });
                        if (isMissing) setMissing((m) => m.filter((x) => x.id !== q.id));
                      }}
                    />
                    {isMissing && (
                      <Text id={`${id}-error`} block role="alert" style={{ color: errorColor }}>
                        {format(s.missing, { questions: textOf(q) })}
                      </Text>
                    )}
                  </div>
                );
              })}
            </Stack>
          </fieldset>
        ))}
        {def.nps && (
          <div>
            <ChoiceGroup
              id="ac-survey-nps"
              label={s.nps.question}
              options={Array.from({ length: NPS_SCALE.max - NPS_SCALE.min + 1 }, (_, i) => ({ key: String(NPS_SCALE.min + i), text: String(NPS_SCALE.min + i) }))}
              selectedKey={form.nps === undefined ? null : String(form.nps)}
              styles={groupStyles}
              aria-describedby="ac-survey-nps-ends"
              onChange={(_, o) => o && set({ nps: Number(o.key) })}
            />
            <Text id="ac-survey-nps-ends" block variant="small">
              {s.nps.low} · {s.nps.high}
            </Text>
          </div>
        )}
        {def.openFeedback && (
          <TextField
            id="ac-survey-comment"
            label={s.comment}
            description={s.commentHelp}
            multiline
            autoAdjustHeight
            rows={4}
            value={form.comment}
            onChange={(_, v) => set({ comment: v ?? '' })}
            errorMessage={tooLong ? format(s.tooLong, { max: NOTE_MAX.toLocaleString(host.locale), count: form.comment.length.toLocaleString(host.locale) }) : undefined}
            styles={{ field: { maxHeight: '40vh', overflowY: 'auto' } }}
          />
        )}
        <div aria-live="polite">
          {missing.length > 0 && (
            <MessageBar messageBarType={MessageBarType.error} isMultiline data-testid="survey-missing">
              {format(s.missing, { questions: missing.map(textOf).join('; ') })}
            </MessageBar>
          )}
          {outcome?.kind === 'saved' && (
            <MessageBar messageBarType={MessageBarType.success} isMultiline data-testid="survey-saved">
              {format(s.saved, { account: account.abbreviation || account.name, time: formatDateTime(outcome.at, host.locale) })}
            </MessageBar>
          )}
          {outcome?.kind === 'conflict' && (
            <MessageBar
              messageBarType={MessageBarType.error}
              isMultiline
              role="alert"
              data-testid="survey-conflict"
              actions={outcome.theirs ? <MessageBarButton onClick={takeTheirs}>{s.reload}</MessageBarButton> : undefined}
            >
              {s.conflict}
            </MessageBar>
          )}
          {outcome?.kind === 'error' && <ErrorBar error={outcome.error} />}
        </div>
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" text={busy ? s.sending : existing ? s.change : s.send} disabled={busy} data-testid="survey-submit" />
          {busy && <Spinner />}
        </Stack>
      </Stack>
    </form>
  );
}

function ReadOnly(props: { survey: Survey; response: SurveyResponse; scaleLabel: (v: number) => string }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(bundle);
  const c = useBundle(choiceBundle);
  const lang = langOf(host.locale);
  const { survey, response } = props;
  const closedOn = survey.closesOn ?? toHelsinkiDate(host.now ?? new Date());
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="survey-readonly">
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        <strong>{s.closed}</strong> {format(s.closedOn, { date: formatDate(closedOn, host.locale) })}
      </MessageBar>
      {questionsByArea(survey.definition).map((group) => (
        <section key={group.area}>
          <Text as="h2" variant="large" block>
            {c.surveyArea[group.area] ?? s.areaFallback}
          </Text>
          <dl style={{ margin: 0 }}>
            {group.questions.map((q) => {
              const v = response.answers[q.id];
              return (
                <div key={q.id} style={{ marginBottom: 8 }}>
                  <dt>{q.text[lang] || q.text.fi}</dt>
                  <dd style={{ marginLeft: 16 }}>{typeof v === 'number' ? props.scaleLabel(v) : s.noAnswerGiven}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      {survey.definition.nps && (
        <dl style={{ margin: 0 }}>
          <dt>{s.nps.question}</dt>
          <dd style={{ marginLeft: 16 }}>{typeof response.nps === 'number' ? String(response.nps) : s.noAnswerGiven}</dd>
        </dl>
      )}
      {survey.definition.openFeedback && (
        <dl style={{ margin: 0 }}>
          <dt>{s.comment}</dt>
          <dd style={{ marginLeft: 16, whiteSpace: 'pre-wrap' }}>{response.comment || s.noAnswerGiven}</dd>
        </dl>
      )}
    </Stack>
  );
}
