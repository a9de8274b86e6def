/**
 * The annual clock's template editor for site owners (shown only when `data.canEditTemplate`; SharePoint still
 * enforces the permission). A Fluent Panel lists the template's tasks, the retired ones separately, and adds,
 * edits, retires or brings back a task. The form shows next year's dates (planYear over the template as it would
 * be) before anything is saved; every problem validateTemplate finds is worded at the form and refused before the
 * save, so nothing is saved half-way (saveClockTask checks the same again on the server side of the data layer).
 * The unsent form is kept in sessionStorage (drafts.ts); a concurrent edit shows the other version and lets the
 * user choose. After a save, "Päivitä tämän vuoden tehtävät" generates this year's and next year's occurrences.
 */
import * as React from 'react';
import {
  Checkbox,
  DefaultButton,
  Dialog,
  DialogFooter,
  DialogType,
  Dropdown,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  Spinner,
  SpinnerSize,
  Stack,
  Text,
  TextField,
  Toggle,
} from '@fluentui/react';
import type { AnnualClockData } from '../../../data/queries/annualClock';
import { generateOccurrences, GenerationReport, saveClockTask, TemplateValidationError } from '../../../data/queries/clockTemplate';
import { filedMonth, planYear, PlannedOccurrence, RuleProblem, ruleTasks, RuleTask } from '../../../domain/clockRules';
import { formatDate } from '../../../domain/dates';
import type { ClockTask } from '../../../domain/types';
import { ACCOUNT_TYPES, CLOCK_CATEGORIES, OWNER_ROLES } from '../../../domain/vocabulary';
import { bundle as choiceBundle } from '../../../loc/choices';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';
import { errorMessage, fieldProblemMessage } from '../../../ui/errorMessage';
import { problemsOf } from '../../../ui/forms/problems';
import { clearDraft, newClientKey, readDraft, writeDraft } from '../../../ui/forms/drafts';
import { isConflictError } from '../../../ui/forms/useEntitySave';
import { useUnsavedWarning } from '../../../ui/forms/useUnsavedWarning';
import { withStrings } from '../../../ui/withStrings';
import { periodLabel, RuleFields } from './RuleFields';
import { bundle as editorBundle, EditorStrings } from './strings';
import { EMPTY_FORM, formFromTask, FormProblem, formProblems, newProblems, overridesOf, problemMessage, ruleOf, TaskForm, taskValues } from './taskForm';

export interface TemplateEditorProps {
  data: AnnualClockData;
  onClose(): void;
  onSaved(): void;
}

/** Where the editor keeps an unsent task form (sessionStorage): per template and task, `new` for a new one. */
export const taskDraftKey = (template: string, taskId?: number): string => `clockTask:${template}:${taskId ?? 'new'}`;

interface StoredDraft {
  form: TaskForm;
  clientKey: string;
}

/** The rule in a few words, for the task list. */
function ruleText(t: ClockTask, s: EditorStrings, monthNames: string[], titleOf: (code: string) => string): string {
  const r = t.rule;
  if (!r) return '';
  if (r.kind === 'relative') {
    const key = r.offsetDays < 0 ? (r.workingDays ? 'ruleBeforeWorking' : 'ruleBefore') : r.workingDays ? 'ruleAfterWorking' : 'ruleAfter';
    return format(s[key], { days: Math.abs(r.offsetDays), anchor: titleOf(r.anchor) });
  }
  const months = r.months.length === 12 ? s.everyMonth : [...r.months].sort((a, b) => a - b).map((m) => monthNames[m - 1]).join(', ');
  if (r.kind === 'date') return r.day === 'last' ? format(s.ruleLastDay, { months }) : format(s.ruleDate, { day: r.day, months });
  return format(s.ruleNth, { n: r.n === -1 ? s.nthLast : format(s.nthOrdinal, { n: r.n }), weekday: s.weekdays[r.weekday - 1], months });
}

/** Plans a year, or undefined when the template has problems (the form lists them). */
function tryPlan(tasks: RuleTask[], year: number): PlannedOccurrence[] | undefined {
  try {
    return planYear(tasks, year);
  } catch {
    return undefined;
  }
}

/** Codes of the tasks whose dates follow `code` (directly or through other relative tasks). */
function dependentsOf(code: string, tasks: RuleTask[]): string[] {
  const out: string[] = [];
  let frontier = [code];
  while (frontier.length) {
    const next = tasks.filter((t) => !t.retired && t.rule.kind === 'relative' && frontier.includes(t.rule.anchor) && !out.includes(t.code) && t.code !== code).map((t) => t.code);
    out.push(...next);
    frontier = next;
  }
  return out;
}

type Mode = { kind: 'list' } | { kind: 'edit'; task?: ClockTask };

function Editor(props: TemplateEditorProps): JSX.Element {
  const { data } = props;
  const { services, strings } = useApp();
  const s = useBundle(editorBundle);
  const c = useBundle(choiceBundle);
  const templates = React.useMemo(() => {
    const counts = new Map<string, number>();
    data.tasks.forEach((t) => counts.set(t.template, (counts.get(t.template) ?? 0) + 1));
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  }, [data.tasks]);
  const [template, setTemplate] = React.useState(templates[0] ?? 'default');
  const [tasks, setTasks] = React.useState<ClockTask[]>(data.tasks);
  const [mode, setMode] = React.useState<Mode>(() => (readDraft<StoredDraft>(taskDraftKey(templates[0] ?? 'default')) ? { kind: 'edit' } : { kind: 'list' }));
  const [saved, setSaved] = React.useState(false);
  const [listProblems, setListProblems] = React.useState<string[]>([]);
  const [listError, setListError] = React.useState<unknown>();
  const [retiring, setRetiring] = React.useState<ClockTask>();
  const [busy, setBusy] = React.useState(false);
  const [reports, setReports] = React.useState<{ year: number; report: GenerationReport }[]>();
  const [generating, setGenerating] = React.useState(false);

  const mine = tasks.filter((t) => t.template === template);
  const titleOf = (code: string): string => mine.find((t) => t.code === code)?.title ?? code;
  const put = (t: ClockTask): void => setTasks((all) => (all.some((x) => x.id === t.id) ? all.map((x) => (x.id === t.id ? t : x)) : [...all, t]));

  const afterSave = (t: ClockTask): void => {
    put(t);
    setSaved(true);
    setReports(undefined);
    props.onSaved();
  };

  const setRetired = async (task: ClockTask, retired: boolean): Promise<void> => {
    setListError(undefined);
    const before = ruleTasks(mine);
    const after = ruleTasks(mine.map((t) => (t.id === task.id ? { ...t, retired } : t)));
    const problems = newProblems(before, after);
    if (problems.length) {
      setListProblems(problems.map((p) => problemMessage(p, s, titleOf)));
      return;
    }
    setListProblems([]);
    setBusy(true);
    try {
      afterSave(await saveClockTask(services, { id: task.id, retired }, task.etag));
    } catch (e) {
      if (e instanceof TemplateValidationError) setListProblems(e.ruleProblems.map((p) => problemMessage(p, s, titleOf)));
      else setListError(e);
    } finally {
      setBusy(false);
    }
  };

  const generate = async (): Promise<void> => {
    setGenerating(true);
    setListError(undefined);
    try {
      const out: { year: number; report: GenerationReport }[] = [];
      for (const year of [data.year, data.year + 1]) out.push({ year, report: await generateOccurrences(services, { template, year, today: data.today }) });
      setReports(out);
      props.onSaved();
    } catch (e) {
      setListError(e);
    } finally {
      setGenerating(false);
    }
  };

  const monthNames = strings.datePicker.months;
  const taskRow = (t: ClockTask): JSX.Element => (
    <li key={t.id} style={{ padding: '8px 0', borderBottom: '1px solid', borderBottomColor: 'rgba(128,128,128,0.3)' }}>
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap tokens={{ childrenGap: 8 }}>
        <div>
          <Text block styles={{ root: { fontWeight: 600 } }}>
            {t.title} {t.code && <span style={{ fontWeight: 400 }}>({t.code})</span>}
          </Text>
          <Text block variant="small">
            {[c.clockCategory[t.category], ruleText(t, s, monthNames, titleOf), t.ownerRole ? c.ownerRole[t.ownerRole] : ''].filter(Boolean).join(' · ')}
          </Text>
        </div>
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          {!t.retired && <DefaultButton text={strings.edit} ariaLabel={format(s.editTask, { title: t.title })} onClick={() => setMode({ kind: 'edit', task: t })} disabled={busy} />}
          {t.retired ? (
            <DefaultButton text={s.restore} ariaLabel={format(s.restoreTask, { title: t.title })} onClick={() => setRetired(t, false)} disabled={busy} />
          ) : (
            <DefaultButton text={s.retire} ariaLabel={format(s.retireTask, { title: t.title })} onClick={() => setRetiring(t)} disabled={busy} />
          )}
        </Stack>
      </Stack>
    </li>
  );

  const active = mine.filter((t) => !t.retired).sort((a, b) => a.month - b.month || (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.title.localeCompare(b.title, 'fi'));
  const retired = mine.filter((t) => t.retired).sort((a, b) => a.title.localeCompare(b.title, 'fi'));

  return (
    <Panel isOpen type={PanelType.large} headerText={s.title} closeButtonAriaLabel={strings.close} onDismiss={props.onClose} isLightDismiss={false}>
      <div data-testid="clock-template-editor">
        {!data.canEditTemplate ? (
          <MessageBar messageBarType={MessageBarType.warning}>{s.notAllowed}</MessageBar>
        ) : mode.kind === 'edit' ? (
          <TaskEditor
            key={mode.task?.id ?? 'new'}
            task={mode.task}
            template={template}
            tasks={mine}
            data={data}
            onCancel={() => setMode({ kind: 'list' })}
            onSaved={(t) => {
              afterSave(t);
              setMode({ kind: 'list' });
            }}
          />
        ) : (
          <Stack tokens={{ childrenGap: 12 }}>
            <Text block>{s.intro}</Text>
            {templates.length > 1 && (
              <Dropdown label={s.template} selectedKey={template} options={templates.map((t) => ({ key: t, text: t }))} onChange={(_, o) => o && setTemplate(String(o.key))} styles={{ root: { maxWidth: 300 } }} />
            )}
            {saved && (
              <MessageBar messageBarType={MessageBarType.success} isMultiline actions={<PrimaryButton text={generating ? s.generating : s.generate} onClick={generate} disabled={generating} />}>
                {s.saved} {s.generateHint}
              </MessageBar>
            )}
            {generating && <Spinner size={SpinnerSize.small} label={s.generating} />}
            {reports && (
              <div role="status" data-testid="clock-generation-report">
                {reports.map((r) => (
                  <Text block key={r.year}>
                    {format(s.generated, { year: r.year, ...r.report })}
                  </Text>
                ))}
              </div>
            )}
            {listProblems.length > 0 && (
              <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
                <ul style={{ margin: 0, paddingLeft: 16 }}>
                  {listProblems.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </MessageBar>
            )}
            {listError !== undefined && (
              <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
                {errorMessage(strings, listError)}
              </MessageBar>
            )}
            <div>
              <PrimaryButton iconProps={{ iconName: 'Add' }} text={s.addTask} onClick={() => setMode({ kind: 'edit' })} disabled={busy} />
            </div>
            <section aria-labelledby="ac-clock-active">
              <Text as="h3" id="ac-clock-active" variant="large" block>
                {s.active}
              </Text>
              {active.length ? <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>{active.map(taskRow)}</ul> : <Text block>{s.noTasks}</Text>}
            </section>
            <section aria-labelledby="ac-clock-retired">
              <Text as="h3" id="ac-clock-retired" variant="large" block>
                {s.retired}
              </Text>
              {retired.length ? <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>{retired.map(taskRow)}</ul> : <Text block>{s.noRetired}</Text>}
            </section>
          </Stack>
        )}
      </div>
      {retiring && (
        <Dialog
          hidden={false}
          onDismiss={() => setRetiring(undefined)}
          dialogContentProps={{ type: DialogType.normal, title: format(s.retireTask, { title: retiring.title }), subText: s.retireConfirm }}
          modalProps={{ isBlocking: true }}
        >
          <DialogFooter>
            <span data-testid="clock-retire-dialog" style={{ display: 'contents' }}>
            <PrimaryButton
              text={format(s.retireTask, { title: retiring.title })}
              onClick={() => {
                const t = retiring;
                setRetiring(undefined);
                void setRetired(t, true);
              }}
            />
            <DefaultButton text={s.cancel} onClick={() => setRetiring(undefined)} />
            </span>
          </DialogFooter>
        </Dialog>
      )}
    </Panel>
  );
}

interface TaskEditorProps {
  task?: ClockTask;
  template: string;
  /** The template's tasks as stored now. */
  tasks: ClockTask[];
  data: AnnualClockData;
  onCancel(): void;
  onSaved(task: ClockTask): void;
}

const FIELD_ORDER: FormProblem['field'][] = ['title', 'code', 'description', 'day', 'anchor', 'offset', 'overrides'];

function TaskEditor(props: TaskEditorProps): JSX.Element {
  const { services, host, strings } = useApp();
  const s = useBundle(editorBundle);
  const c = useBundle(choiceBundle);
  const { data } = props;
  const draftKey = taskDraftKey(props.template, props.task?.id);
  const initial = React.useMemo(() => (props.task ? formFromTask(props.task) : EMPTY_FORM), [props.task]);
  const [stored] = React.useState(() => readDraft<StoredDraft>(draftKey));
  const [form, setForm] = React.useState<TaskForm>(stored?.form ?? initial);
  const [restored, setRestored] = React.useState(!!stored);
  const [clientKey] = React.useState(() => stored?.clientKey ?? newClientKey());
  const [base, setBase] = React.useState<ClockTask | undefined>(props.task);
  const [theirs, setTheirs] = React.useState<ClockTask>();
  const [shown, setShown] = React.useState<{ fields: FormProblem[]; rules: string[] }>({ fields: [], rules: [] });
  const [error, setError] = React.useState<unknown>();
  const [saving, setSaving] = React.useState(false);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const dirty = JSON.stringify(form) !== JSON.stringify(initial);
  useUnsavedWarning(dirty);

  const set = <K extends keyof TaskForm>(field: K, value: TaskForm[K]): void => {
    setForm((f) => {
      const next = { ...f, [field]: value };
      if (JSON.stringify(next) === JSON.stringify(initial)) clearDraft(draftKey);
      else writeDraft(draftKey, { form: next, clientKey } as StoredDraft);
      return next;
    });
  };

  const others = props.tasks.filter((t) => t.id !== props.task?.id);
  const code = form.code.trim();
  const rule = ruleOf(form);
  const before = ruleTasks(props.tasks);
  const candidate: RuleTask[] | undefined = rule && code ? [...ruleTasks(others), { code, rule, overrides: overridesOf(form), retired: props.task?.retired }] : undefined;
  const nextYear = data.year + 1;
  const planned = React.useMemo(() => (candidate ? tryPlan(candidate, nextYear) : undefined), [JSON.stringify(candidate), nextYear]); // eslint-disable-line react-hooks/exhaustive-deps
  const periods = React.useMemo(() => {
    if (!candidate) return [];
    const plain = candidate.map((t) => (t.code === code ? { ...t, overrides: undefined } : t));
    const out = new Set<string>();
    for (const y of [data.year, nextYear]) (tryPlan(plain, y) ?? []).filter((p) => p.code === code).forEach((p) => out.add(p.period));
    return [...out].sort();
  }, [JSON.stringify(candidate), data.year, nextYear]); // eslint-disable-line react-hooks/exhaustive-deps
  const liveProblems: RuleProblem[] = candidate ? newProblems(before, candidate) : [];
  const candidateTitle = (c2: string): string => (c2 === code ? form.title.trim() || code : others.find((t) => t.code === c2)?.title ?? c2);

  const focusFirst = (fields: FormProblem[]): void => {
    const first = FIELD_ORDER.find((f) => fields.some((p) => p.field === f));
    window.setTimeout(() => {
      const el = first ? document.getElementById(`ac-clock-task-${first}`) : document.getElementById('ac-clock-task-problems');
      (el?.matches('input, textarea, button, [tabindex]') ? el : el?.querySelector<HTMLElement>('input, textarea, button, [tabindex]'))?.focus();
    }, 0);
  };

  const save = async (etag = base?.etag): Promise<void> => {
    setError(undefined);
    const fields = formProblems(form, s, others, !props.task);
    const rules = fields.length || !candidate ? [] : newProblems(before, candidate);
    if (fields.length || rules.length) {
      setShown({ fields, rules: rules.map((p) => problemMessage(p, s, candidateTitle, code, form.kind)) });
      focusFirst(fields);
      return;
    }
    const values = taskValues(form, rule!, props.template, filedMonth(rule!, candidate!));
    // The list's own limits (a 255-character title, a 63,999-character description), said at the field.
    const stored = problemsOf(() => services.repos.clockTasks.validate(values as unknown as Record<string, unknown>, !!base));
    const atField = stored.filter((p): p is typeof p & { field: 'title' | 'description' } => p.field === 'title' || p.field === 'description');
    if (atField.length) {
      const shownFields = atField.map((p) => ({ field: p.field, message: fieldProblemMessage(strings, p) }));
      setShown({ fields: shownFields, rules: [] });
      focusFirst(shownFields);
      return;
    }
    setShown({ fields: [], rules: [] });
    setSaving(true);
    try {
      const savedTask = base ? await saveClockTask(services, { id: base.id, ...values }, etag) : await saveClockTask(services, { ...values, clientKey });
      clearDraft(draftKey);
      props.onSaved(savedTask);
    } catch (e) {
      if (e instanceof TemplateValidationError) {
        setShown({ fields: [], rules: e.ruleProblems.map((p) => problemMessage(p, s, candidateTitle, code, form.kind)) });
        focusFirst([]);
      } else if (isConflictError(e) && base) {
        setError(e);
        try {
          const fresh = await services.repos.clockTasks.get(base.id);
          if (mounted.current) setTheirs(fresh);
        } catch {
          // The conflict message stands; the user's form is kept.
        }
      } else setError(e);
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  const discard = (): void => {
    clearDraft(draftKey);
    setForm(initial);
    setRestored(false);
    setShown({ fields: [], rules: [] });
  };

  const msg = (field: FormProblem['field']): string | undefined => shown.fields.filter((p) => p.field === field).map((p) => p.message).join(' ') || undefined;
  const mineDates = planned?.filter((p) => p.code === code) ?? [];
  const dependents = candidate && planned ? dependentsOf(code, candidate) : [];
  const dateText = (p: PlannedOccurrence): string => {
    const written = formatDate(p.dueDate, host.locale, { weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric' });
    const overridden = candidate?.find((t) => t.code === p.code)?.overrides?.[p.period];
    return overridden === p.dueDate ? format(s.previewOverridden, { date: written, period: periodLabel(p.period, host.locale) }) : written;
  };

  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="clock-task-form">
      <Text as="h3" variant="xLarge" block>
        {props.task ? s.editHeading : s.newHeading}
      </Text>
      {restored && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline actions={<DefaultButton onClick={discard} text={s.discardDraft} />}>
          {s.draftRestored}
        </MessageBar>
      )}
      {(shown.rules.length > 0 || shown.fields.length > 0) && (
        <div id="ac-clock-task-problems" tabIndex={-1}>
          <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
            <Text block styles={{ root: { fontWeight: 600 } }}>
              {s.problemsHeading}
            </Text>
            <ul style={{ margin: 0, paddingLeft: 16 }} data-testid="clock-task-problems">
              {[...shown.rules, ...shown.fields.map((p) => `${fieldLabel(p.field, s)}: ${p.message}`)].map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </MessageBar>
        </div>
      )}
      {error !== undefined && (
        <MessageBar
          messageBarType={isConflictError(error) ? MessageBarType.warning : MessageBarType.error}
          isMultiline
          role="alert"
          actions={
            theirs ? (
              <Stack horizontal tokens={{ childrenGap: 8 }}>
                <DefaultButton
                  text={strings.saveMineAnyway}
                  onClick={() => {
                    setBase(theirs);
                    setTheirs(undefined);
                    void save(theirs.etag);
                  }}
                />
                <DefaultButton
                  text={strings.keepTheirs}
                  onClick={() => {
                    setBase(theirs);
                    setForm(formFromTask(theirs));
                    clearDraft(draftKey);
                    setTheirs(undefined);
                    setError(undefined);
                  }}
                />
              </Stack>
            ) : undefined
          }
        >
          {isConflictError(error) ? s.conflict : errorMessage(strings, error)}
          {theirs && (
            <Text block>
              {strings.theirVersion}: {theirs.title} – {ruleText(theirs, s, strings.datePicker.months, candidateTitle)}
            </Text>
          )}
        </MessageBar>
      )}
      <TextField id="ac-clock-task-title" label={s.taskTitle} required value={form.title} onChange={(_, v) => set('title', v ?? '')} errorMessage={msg('title')} disabled={saving} />
      <TextField
        id="ac-clock-task-code"
        label={s.code}
        required
        description={s.codeHint}
        value={form.code}
        onChange={(_, v) => set('code', v ?? '')}
        errorMessage={msg('code')}
        readOnly={!!props.task}
        disabled={saving}
        styles={{ root: { maxWidth: 240 } }}
      />
      <Stack horizontal tokens={{ childrenGap: 16 }} wrap>
        <Dropdown label={s.category} required selectedKey={form.category} options={CLOCK_CATEGORIES.map((k) => ({ key: k, text: c.clockCategory[k] }))} onChange={(_, o) => o && set('category', o.key as TaskForm['category'])} disabled={saving} styles={{ root: { width: 240 } }} />
        <Dropdown
          label={s.ownerRole}
          selectedKey={form.ownerRole}
          options={[{ key: '', text: s.noOwnerRole }, ...OWNER_ROLES.map((k) => ({ key: k, text: c.ownerRole[k] }))]}
          onChange={(_, o) => o && set('ownerRole', o.key as TaskForm['ownerRole'])}
          disabled={saving}
          styles={{ root: { width: 240 } }}
        />
      </Stack>
      <Toggle label={s.perAccount} checked={form.perAccount} onChange={(_, v) => set('perAccount', !!v)} onText={strings.yes} offText={strings.no} disabled={saving} />
      {!form.perAccount && <Text variant="small">{s.perAccountHint}</Text>}
      {form.perAccount && (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: 600, padding: '5px 0' }}>{s.accountTypes}</legend>
          <Text block variant="small" styles={{ root: { marginBottom: 4 } }}>
            {s.accountTypesHint}
          </Text>
          <Stack tokens={{ childrenGap: 6 }}>
            {ACCOUNT_TYPES.map((k) => (
              <Checkbox
                key={k}
                label={c.accountType[k]}
                checked={form.accountTypes.includes(k)}
                onChange={(_, on) => set('accountTypes', on ? [...form.accountTypes.filter((x) => x !== k), k] : form.accountTypes.filter((x) => x !== k))}
                disabled={saving}
              />
            ))}
          </Stack>
        </fieldset>
      )}
      <TextField id="ac-clock-task-description" label={s.description} multiline autoAdjustHeight rows={3} value={form.description} onChange={(_, v) => set('description', v ?? '')} errorMessage={msg('description')} disabled={saving} />
      <RuleFields form={form} set={set} others={others} periods={periods} today={data.today} problems={shown.fields} disabled={saving} />
      <section aria-labelledby="ac-clock-task-preview" data-testid="clock-task-preview">
        <Text as="h3" id="ac-clock-task-preview" variant="large" block>
          {format(s.preview, { year: nextYear })}
        </Text>
        <Text block variant="small">
          {s.previewHint}
        </Text>
        {!planned ? (
          <Text block>{s.previewUnavailable}</Text>
        ) : (
          <>
            {mineDates.length ? (
              <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
                {mineDates.map((p) => (
                  <li key={p.period}>{dateText(p)}</li>
                ))}
              </ul>
            ) : (
              <Text block>{s.previewNone}</Text>
            )}
            {dependents.map((d) => (
              <div key={d}>
                <Text block styles={{ root: { fontWeight: 600, marginTop: 4 } }}>
                  {format(s.previewDependent, { title: candidateTitle(d) })}
                </Text>
                <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
                  {planned
                    .filter((p) => p.code === d)
                    .map((p) => (
                      <li key={p.period}>{dateText(p)}</li>
                    ))}
                </ul>
              </div>
            ))}
          </>
        )}
        {liveProblems.length > 0 && shown.rules.length === 0 && (
          <ul style={{ margin: '4px 0', paddingLeft: 20 }} data-testid="clock-task-live-problems">
            {liveProblems.map((p) => (
              <li key={JSON.stringify(p)}>{problemMessage(p, s, candidateTitle, code, form.kind)}</li>
            ))}
          </ul>
        )}
      </section>
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={saving ? s.saving : s.save} onClick={() => void save()} disabled={saving} />
        <DefaultButton text={s.backToList} onClick={props.onCancel} disabled={saving} />
      </Stack>
    </Stack>
  );
}

function fieldLabel(field: FormProblem['field'], s: EditorStrings): string {
  return { title: s.taskTitle, code: s.code, day: s.day, offset: s.offset, anchor: s.anchor, overrides: s.overrides, description: s.description }[field];
}

/** Loaded lazily by the annual clock view; brings its own strings. */
export const TemplateEditor = withStrings<TemplateEditorProps>([editorBundle, choiceBundle], Editor);
