/**
 * The survey administration (docs/care-model.md §4): the surveys of a year, creating the next quarter's survey (a
 * copy of the latest definition of its kind) or the year's annual customer survey, editing one, and the
 * over-survey guard. Once a survey has answers its questions may gain texts and new questions but never lose an
 * answered question or change its scale, so earlier results keep their meaning.
 */
import * as React from 'react';
import { Checkbox, DefaultButton, Dropdown, IconButton, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack, Text, TextField } from '@fluentui/react';
import { answeredOf, loadSurveyAdmin, saveSurvey, SurveyAdminData } from '../../../data/queries/surveys';
import { newClientKey } from '../../../data/clientKey';
import { formatDate, toHelsinkiDate, addDays } from '../../../domain/dates';
import {
  definitionEditProblems,
  definitionProblems,
  definitionToCopy,
  DefinitionProblem,
  inviteesOf,
  nextQuarterOf,
  overSurveyed,
  quarterOfDate,
  quarterRange,
  quarterTaken,
  SATISFACTION_AREAS,
  SCHOOL_SCALE,
} from '../../../domain/surveys';
import type { Draft, Survey, SurveyDefinition, SurveyQuestion, SurveyStatus } from '../../../domain/types';
import { SURVEY_STATUSES } from '../../../domain/vocabulary';
import { langOf } from '../../../loc/bundle';
import { bundle as choiceBundle } from '../../../loc/choices';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';
import { ErrorBar } from '../../../ui/ErrorBar';
import { DateField } from '../../../ui/forms/DateField';
import { useAsync } from '../../../ui/useAsync';
import { bundle, SurveyAdminStrings } from './strings';

const cell: React.CSSProperties = { textAlign: 'left', padding: '4px 8px', verticalAlign: 'top' };

export function SurveyAdminView(props: { onChanged(): void }): JSX.Element {
  const { services } = useApp();
  const s = useBundle(bundle);
  const state = useAsync(() => loadSurveyAdmin(services), [services]);
  if (state.error !== undefined) return <ErrorBar error={state.error} onRetry={state.reload} />;
  if (!state.value) return <Spinner label={s.loading} />;
  return (
    <Admin
      data={state.value}
      onChanged={() => {
        state.reload();
        props.onChanged();
      }}
    />
  );
}

type Editing = { survey?: Survey; values: Draft<Survey> };

function Admin({ data, onChanged }: { data: SurveyAdminData; onChanged(): void }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(bundle);
  const c = useBundle(choiceBundle);
  const today = toHelsinkiDate(host.now ?? new Date());
  const years = [...new Set([Number(today.slice(0, 4)), Number(today.slice(0, 4)) + 1, ...data.surveys.map((x) => x.year)])].sort((a, b) => b - a);
  const [year, setYear] = React.useState(Number(today.slice(0, 4)));
  const [editing, setEditing] = React.useState<Editing>();
  const [savedNote, setSavedNote] = React.useState(false);
  const mayEdit = data.rights.edit;
  const shown = data.surveys.filter((x) => x.year === year);

  const createQuarter = (): void => {
    const next = nextQuarterOf(data.surveys, today);
    const range = quarterRange(next.year, next.quarter);
    const opens = range.start > today ? range.start : today;
    setSavedNote(false);
    setEditing({
      values: {
        title: `${c.surveyKind.quarterly} Q${next.quarter}/${next.year}`,
        kind: 'quarterly',
        year: next.year,
        quarter: next.quarter,
        definition: definitionToCopy(data.surveys, 'quarterly'),
        opensOn: opens,
        closesOn: addDays(opens, 14) < range.end ? addDays(opens, 14) : range.end,
        status: 'draft',
        clientKey: newClientKey(),
      },
    });
  };
  const createAnnual = (): void => {
    setSavedNote(false);
    setEditing({
      values: {
        title: `${c.surveyKind.annualCustomer} ${year}`,
        kind: 'annualCustomer',
        year,
        definition: definitionToCopy(data.surveys, 'annualCustomer'),
        status: 'draft',
        clientKey: newClientKey(),
      },
    });
  };
  const period = (x: Survey): string => (x.quarter ? format(s.quarterPeriod, { quarter: x.quarter, year: x.year }) : String(x.year));
  const guardQuarter = editing?.values.kind === 'quarterly' && editing.values.quarter ? { year: editing.values.year, quarter: editing.values.quarter } : { year, quarter: year === Number(today.slice(0, 4)) ? quarterOfDate(today) : 1 };

  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="survey-admin">
      <Text as="h2" variant="xLarge" block>
        {s.heading}
      </Text>
      {!mayEdit && <MessageBar messageBarType={MessageBarType.info}>{s.readOnly}</MessageBar>}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="end">
        <Dropdown label={s.year} selectedKey={String(year)} options={years.map((y) => ({ key: String(y), text: String(y) }))} onChange={(_, o) => o && setYear(Number(o.key))} styles={{ root: { width: 120 } }} />
        {mayEdit && <PrimaryButton text={s.createNextQuarter} iconProps={{ iconName: 'Add' }} onClick={createQuarter} />}
        {mayEdit && <DefaultButton text={format(s.createAnnual, { year })} iconProps={{ iconName: 'Add' }} onClick={createAnnual} />}
      </Stack>
      {savedNote && (
        <MessageBar messageBarType={MessageBarType.success} role="status">
          {s.editor.saved}
        </MessageBar>
      )}
      {shown.length ? (
        <table style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              {[s.columns.title, s.columns.kind, s.columns.period, s.columns.opens, s.columns.closes, s.columns.status, s.columns.responses].map((h) => (
                <th key={h} scope="col" style={cell}>
                  {h}
                </th>
              ))}
              {mayEdit && <td />}
            </tr>
          </thead>
          <tbody>
            {shown.map((x) => (
              <tr key={x.id}>
                <th scope="row" style={cell}>
                  {x.title}
                </th>
                <td style={cell}>{c.surveyKind[x.kind] ?? x.kind}</td>
                <td style={cell}>{period(x)}</td>
                <td style={cell}>{x.opensOn ? formatDate(x.opensOn, host.locale) : ''}</td>
                <td style={cell}>{x.closesOn ? formatDate(x.closesOn, host.locale) : ''}</td>
                <td style={cell}>{c.surveyStatus[x.status] ?? x.status}</td>
                <td style={{ ...cell, textAlign: 'right' }}>{data.counts?.[x.id] ?? s.responsesUnknown}</td>
                {mayEdit && (
                  <td style={cell}>
                    <DefaultButton
                      text={s.edit}
                      ariaLabel={format(s.editLabel, { title: x.title })}
                      onClick={() => {
                        setSavedNote(false);
                        setEditing({ survey: x, values: toDraft(x) });
                      }}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Text block>{s.none}</Text>
      )}
      {editing && (
        <Editor
          key={editing.survey?.id ?? editing.values.clientKey}
          data={data}
          editing={editing}
          onCancel={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            setSavedNote(true);
            onChanged();
          }}
        />
      )}
      <Guard data={data} year={guardQuarter.year} quarter={guardQuarter.quarter} />
    </Stack>
  );
}

function toDraft(x: Survey): Draft<Survey> {
  return {
    title: x.title,
    kind: x.kind,
    year: x.year,
    quarter: x.quarter,
    definition: JSON.parse(JSON.stringify(x.definition ?? { questions: [] })) as SurveyDefinition,
    opensOn: x.opensOn,
    closesOn: x.closesOn,
    status: x.status,
  };
}

/** The messages of a definition's problems; questions named by their text in the reader's language. */
function problemText(s: SurveyAdminStrings, p: DefinitionProblem, nameOf: (id: string) => string): string {
  switch (p.code) {
    case 'removedAnswered':
      return format(s.problems.removedAnswered, { question: nameOf(p.questionId) });
    case 'scaleAnswered':
      return format(s.problems.scaleAnswered, { question: nameOf(p.questionId) });
    case 'npsAnswered':
      return s.problems.npsAnswered;
    case 'duplicateId':
      return format(s.problems.duplicateId, { id: p.questionId });
    case 'missingText':
      return format(s.problems.missingText, { id: p.questionId, lang: s.problems.langs[p.lang] });
    case 'missingId':
      return s.problems.missingId;
    default:
      return s.problems.noQuestions;
  }
}

function Editor(props: { data: SurveyAdminData; editing: Editing; onCancel(): void; onSaved(): void }): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(bundle);
  const e = s.editor;
  const c = useBundle(choiceBundle);
  const lang = langOf(host.locale);
  const today = toHelsinkiDate(host.now ?? new Date());
  const [base, setBase] = React.useState(props.editing.survey);
  const [values, setValues] = React.useState<Draft<Survey>>(props.editing.values);
  const [problems, setProblems] = React.useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = React.useState<{ title?: string; closes?: string }>({});
  const [error, setError] = React.useState<unknown>();
  const [conflict, setConflict] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const problemsRef = React.useRef<HTMLDivElement>(null);
  const answered = useAsync(() => (base ? answeredOf(services, base.id) : Promise.resolve(undefined)), [services, base?.id]);
  const def = values.definition;
  const taken = !base && values.kind === 'quarterly' && values.quarter !== undefined && quarterTaken(props.data.surveys, values.year, values.quarter);

  const set = (patch: Partial<Draft<Survey>>): void => setValues((v) => ({ ...v, ...patch }));
  const setDef = (patch: Partial<SurveyDefinition>): void => setValues((v) => ({ ...v, definition: { ...v.definition, ...patch } }));
  const setQuestion = (i: number, patch: Partial<SurveyQuestion>): void => setDef({ questions: def.questions.map((q, j) => (j === i ? { ...q, ...patch } : q)) });
  const nameOf = (id: string): string => {
    const q = base?.definition.questions.find((x) => x.id === id) ?? def.questions.find((x) => x.id === id);
    return q ? q.text[lang] || q.text.fi || id : id;
  };
  const areas = [...new Set([...SATISFACTION_AREAS, ...def.questions.map((q) => q.area)])];

  const save = async (): Promise<void> => {
    if (busy) return;
    setError(undefined);
    setConflict(false);
    const fields: { title?: string; closes?: string } = {};
    if (!values.title.trim()) fields.title = s.problems.titleRequired;
    if (values.opensOn && values.closesOn && values.closesOn < values.opensOn) fields.closes = s.problems.closesBeforeOpens;
    const cleaned: SurveyDefinition = { ...def, questions: def.questions.map((q) => ({ ...q, id: q.id.trim() })) };
    const found = definitionProblems(cleaned).map((p) => problemText(s, p, nameOf));
    setFieldErrors(fields);
    setBusy(true);
    try {
      if (base) {
        // Read the answers fresh: someone may have answered since the editor opened.
        const now = await answeredOf(services, base.id);
        found.push(...definitionEditProblems(base.definition, cleaned, now.questions, now.nps).map((p) => problemText(s, p, nameOf)));
      }
      const all = [...Object.values(fields).filter((x): x is string => !!x), ...found];
      setProblems(all);
      if (all.length) {
        setBusy(false);
        window.setTimeout(() => problemsRef.current?.focus(), 0);
        return;
      }
      const result = await saveSurvey(services, { ...values, title: values.title.trim(), definition: cleaned }, base);
      if (result.kind === 'saved') {
        // The editor closes: nothing of it renders again.
        props.onSaved();
        return;
      }
      // Their version becomes the base of the next save; the input stays.
      setConflict(true);
      if (result.theirs) setBase(result.theirs);
      setBusy(false);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 10 }} style={{ border: '1px solid', borderRadius: 4, padding: 12 }} data-testid="survey-editor" role="region" aria-label={base ? format(e.editHeading, { title: base.title }) : e.newHeading}>
      <Text as="h3" variant="large" block>
        {base ? format(e.editHeading, { title: base.title }) : e.newHeading}
      </Text>
      {taken && values.quarter !== undefined && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="quarter-taken">
          {format(e.quarterTaken, { quarter: values.quarter, year: values.year })}
        </MessageBar>
      )}
      {answered.value && answered.value.count > 0 && <MessageBar messageBarType={MessageBarType.info} isMultiline>{format(e.answeredNote, { count: answered.value.count })}</MessageBar>}
      <TextField label={e.title} required value={values.title} onChange={(_, v) => set({ title: v ?? '' })} errorMessage={fieldErrors.title} />
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <DateField label={e.opens} value={values.opensOn} today={today} onChange={(v) => set({ opensOn: v })} />
        <DateField label={e.closes} value={values.closesOn} today={today} onChange={(v) => set({ closesOn: v })} errorMessage={fieldErrors.closes} />
        <Dropdown
          label={e.status}
          selectedKey={values.status}
          options={SURVEY_STATUSES.map((x) => ({ key: x, text: c.surveyStatus[x] }))}
          onChange={(_, o) => o && set({ status: o.key as SurveyStatus })}
          styles={{ root: { minWidth: 160 } }}
        />
      </Stack>
      <Text as="h4" variant="mediumPlus" block>
        {e.questions}
      </Text>
      {def.questions.map((q, i) => (
        <fieldset key={i} style={{ border: '1px solid', borderRadius: 4, padding: 8 }} data-testid={`question-${i}`}>
          <legend>{q.id || String(i + 1)}</legend>
          <Stack tokens={{ childrenGap: 6 }}>
            <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="end">
              <TextField label={e.questionId} value={q.id} onChange={(_, v) => setQuestion(i, { id: v ?? '' })} styles={{ root: { width: 180 } }} />
              <Dropdown label={e.area} selectedKey={q.area} options={areas.map((a) => ({ key: a, text: c.surveyArea[a] ?? a }))} onChange={(_, o) => o && setQuestion(i, { area: String(o.key) })} styles={{ root: { minWidth: 200 } }} />
              <Checkbox label={e.required} checked={q.required !== false} onChange={(_, v) => setQuestion(i, { required: !!v })} />
              <IconButton iconProps={{ iconName: 'Delete' }} title={format(e.remove, { id: q.id || String(i + 1) })} ariaLabel={format(e.remove, { id: q.id || String(i + 1) })} onClick={() => setDef({ questions: def.questions.filter((_, j) => j !== i) })} />
            </Stack>
            <TextField label={e.textFi} required value={q.text.fi} onChange={(_, v) => setQuestion(i, { text: { ...q.text, fi: v ?? '' } })} />
            <TextField label={e.textSv} required value={q.text.sv} onChange={(_, v) => setQuestion(i, { text: { ...q.text, sv: v ?? '' } })} />
            <TextField label={e.textEn} required value={q.text.en} onChange={(_, v) => setQuestion(i, { text: { ...q.text, en: v ?? '' } })} />
          </Stack>
        </fieldset>
      ))}
      <Stack horizontal>
        <DefaultButton
          text={e.add}
          iconProps={{ iconName: 'Add' }}
          onClick={() => setDef({ questions: [...def.questions, { id: `q${def.questions.length + 1}`, area: 'overall', text: { fi: '', sv: '', en: '' }, scale: { ...SCHOOL_SCALE }, required: true }] })}
        />
      </Stack>
      <Checkbox label={e.nps} checked={!!def.nps} onChange={(_, v) => setDef({ nps: !!v })} />
      <Checkbox label={e.openFeedback} checked={!!def.openFeedback} onChange={(_, v) => setDef({ openFeedback: !!v })} />
      <div ref={problemsRef} tabIndex={-1} aria-live="polite">
        {problems.length > 0 && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline data-testid="survey-problems">
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBar>
        )}
        {conflict && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert" data-testid="survey-conflict">
            {e.conflict}
          </MessageBar>
        )}
        {error !== undefined && <ErrorBar error={error} />}
      </div>
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={busy ? e.saving : e.save} disabled={busy} onClick={() => void save()} data-testid="survey-save" />
        <DefaultButton text={e.cancel} onClick={props.onCancel} />
      </Stack>
    </Stack>
  );
}

/** Who would be asked in the quarter, and everyone who would be asked for more than one account. */
function Guard(props: { data: SurveyAdminData; year: number; quarter: number }): JSX.Element {
  const s = useBundle(bundle);
  const g = s.guard;
  const active = new Map(props.data.accounts.map((a) => [a.id, a]));
  const invitees = inviteesOf(props.data.contacts).filter((i) => active.has(i.accountId));
  const warnings = overSurveyed(invitees);
  const label = (id: number): string => active.get(id)?.abbreviation || active.get(id)?.name || String(id);
  return (
    <Stack tokens={{ childrenGap: 6 }} data-testid="survey-guard">
      <Text as="h3" variant="large" block>
        {g.heading}
      </Text>
      {!invitees.length ? (
        <Text block>{g.noContacts}</Text>
      ) : (
        <>
          <Text block>{format(g.summary, { quarter: props.quarter, year: props.year, count: new Set(invitees.map((i) => i.email?.toLowerCase() ?? i.name)).size })}</Text>
          {warnings.length ? (
            warnings.map((w) => (
              <MessageBar key={`${w.email ?? w.name}`} messageBarType={MessageBarType.warning} isMultiline>
                {format(w.accountIds.length === 2 ? g.twice : g.times, { name: w.name, count: w.accountIds.length, accounts: w.accountIds.map(label).sort().join(', ') })}
              </MessageBar>
            ))
          ) : (
            <MessageBar messageBarType={MessageBarType.success}>{g.ok}</MessageBar>
          )}
        </>
      )}
    </Stack>
  );
}
