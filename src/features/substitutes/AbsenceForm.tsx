/**
 * Records or edits one planned absence: who, from, to, kind, substitute, cover even when short (the site's threshold
 * said), the accounts covered (all of the person's by default) with a substitute per account, and a note. The domain
 * rules refuse an end before the start, an overlap with the person's other absence and self-substitution, with the
 * message at the field; the cover warnings the absence would cause are shown before saving. Nothing typed is lost:
 * the form is a draft in sessionStorage until saved, and a concurrent edit (412) keeps it and shows the saved version.
 */
import * as React from 'react';
import {
  Checkbox,
  DefaultButton,
  Dropdown,
  IDropdownOption,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  Stack,
  Text,
  TextField,
} from '@fluentui/react';
import { FieldProblem, ValidationError } from '../../data/errors';
import { listDef } from '../../data/schema/lists';
import { maxLengthOf } from '../../data/schema/validate';
import { saveAbsence, deleteAbsence, AbsenceValues } from '../../data/queries/substitutes';
import { coverSpans, validateAbsence } from '../../domain/cover';
import { compareIsoDates, IsoDate, isIsoDate } from '../../domain/dates';
import { absenceLength, needsCover } from '../../domain/substitution';
import type { Absence, AbsenceCover, AbsenceKind, Account, PersonRef } from '../../domain/types';
import { ABSENCE_KINDS } from '../../domain/vocabulary';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { errorMessage, fieldProblemMessage } from '../../ui/errorMessage';
import { DateField } from '../../ui/forms/DateField';
import { clearDraft, newClientKey, readDraft, writeDraft } from '../../ui/forms/drafts';
import { FieldMessages, messagesOf } from '../../ui/forms/problems';
import { useUnsavedWarning } from '../../ui/forms/useUnsavedWarning';
import { AbsencePanelProps, absenceDraftKey } from './AbsencePanel';
import { bundle as subsBundle } from './strings';
import { dayRange, personName, warningLines } from './text';

const NOTES_MAX = maxLengthOf(listDef('absences'), 'notes')!;

interface AbsenceFormState {
  /** Site user id of the absent person. */
  personId: string;
  start?: IsoDate;
  end?: IsoDate;
  kind: AbsenceKind;
  /** Site user id, or '' for none (the accounts' backups). */
  substituteId: string;
  coverShort: boolean;
  /** The person's accounts left out of cover (all covered by default). */
  excluded: number[];
  /** Substitute per account id ('' = the absence's substitute). */
  overrides: Record<string, string>;
  notes: string;
}

interface StoredDraft {
  form: AbsenceFormState;
  clientKey: string;
}

function formOf(a: Absence | undefined, me: PersonRef, accounts: readonly Account[]): AbsenceFormState {
  if (!a) return { personId: String(me.id), kind: 'holiday', substituteId: '', coverShort: false, excluded: [], overrides: {}, notes: '' };
  const own = accounts.filter((x) => x.accountManager?.id === a.person.id).map((x) => x.id);
  const ids = a.cover?.accountIds;
  return {
    personId: String(a.person.id),
    start: a.start,
    end: a.end,
    kind: a.kind,
    substituteId: a.substitute ? String(a.substitute.id) : '',
    coverShort: !!a.coverShort,
    excluded: ids ? own.filter((id) => !ids.includes(id)) : [],
    overrides: Object.fromEntries(Object.entries(a.cover?.overrides ?? {}).map(([k, p]) => [k, String(p.id)])),
    notes: a.notes ?? '',
  };
}

export function AbsenceForm(props: AbsencePanelProps): JSX.Element {
  const { services, strings, host } = useApp();
  const s = useBundle(subsBundle);
  const t = s.editor;
  const c = useBundle(choiceBundle);
  const { data } = props;
  const locale = host.locale;
  const key = absenceDraftKey(props.absence?.id);
  const [base, setBase] = React.useState<Absence | undefined>(props.absence);
  const initial = React.useMemo(() => formOf(props.absence, data.me, data.accounts), [props.absence, data.me, data.accounts]);
  const [stored] = React.useState(() => (props.editable ? readDraft<StoredDraft>(key) : undefined));
  const [form, setForm] = React.useState<AbsenceFormState>(stored?.form ?? initial);
  const [restored, setRestored] = React.useState(!!stored);
  const [clientKey] = React.useState(() => stored?.clientKey ?? newClientKey());
  const [messages, setMessages] = React.useState<FieldMessages>({});
  const [overrideMessages, setOverrideMessages] = React.useState<Record<string, string>>({});
  const [error, setError] = React.useState<unknown>();
  const [theirs, setTheirs] = React.useState<Absence>();
  const [busy, setBusy] = React.useState<'saving' | 'deleting'>();
  const [confirmDelete, setConfirmDelete] = React.useState(false);
  const [validDates, setValidDates] = React.useState({ start: true, end: true });
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const dirty = props.editable && JSON.stringify(form) !== JSON.stringify(initial);
  useUnsavedWarning(dirty);
  const readOnly = !props.editable;
  const disabled = readOnly || !!busy;

  const personOf = (id: string): PersonRef | undefined => (id ? data.people.find((p) => String(p.id) === id) : undefined);
  const person = personOf(form.personId);
  const personAccounts = data.accounts.filter((a) => person && a.accountManager?.id === person.id);

  const set = (patch: Partial<AbsenceFormState>): void => {
    setForm((f) => {
      const next = { ...f, ...patch };
      if (JSON.stringify(next) === JSON.stringify(initial)) clearDraft(key);
      else writeDraft(key, { form: next, clientKey } as StoredDraft);
      return next;
    });
    const cleared = Object.keys(patch).flatMap((k) => (k === 'start' || k === 'end' ? ['start', 'end'] : k === 'substituteId' ? ['substitute'] : k === 'personId' ? ['person'] : [k]));
    if (cleared.some((k) => messages[k])) setMessages((m) => ({ ...m, ...Object.fromEntries(cleared.map((k) => [k, ''])) }));
  };

  const values = (): AbsenceValues => {
    const included = personAccounts.filter((a) => !form.excluded.includes(a.id)).map((a) => a.id);
    const overrides: Record<number, PersonRef> = {};
    for (const id of included) {
      const p = personOf(form.overrides[id] ?? '');
      if (p) overrides[id] = p;
    }
    const cover: AbsenceCover = {};
    if (form.excluded.some((id) => personAccounts.some((a) => a.id === id))) cover.accountIds = included;
    if (Object.keys(overrides).length) cover.overrides = overrides;
    return {
      person: person as PersonRef,
      start: form.start as IsoDate,
      end: form.end as IsoDate,
      kind: form.kind,
      substitute: personOf(form.substituteId),
      coverShort: form.coverShort,
      cover: Object.keys(cover).length ? cover : undefined,
      notes: form.notes.trim() || undefined,
      ...(base ? {} : { clientKey }),
    };
  };

  const showProblems = (problems: FieldProblem[]): void => {
    const plain = problems.filter((p) => p.field !== 'overrides');
    setMessages(messagesOf(strings, plain));
    const per: Record<string, string> = {};
    for (const p of problems.filter((x) => x.field === 'overrides')) per[String(p.params?.accountId ?? '')] = fieldProblemMessage(strings, p);
    setOverrideMessages(per);
    setError(new ValidationError(problems));
    const first = ['person', 'start', 'end', 'substitute'].find((f) => plain.some((p) => p.field === f));
    const target = first ? `ac-absence-${first}` : problems.length ? 'ac-absence-accounts' : undefined;
    if (target) window.setTimeout(() => focusField(target), 0);
  };

  const save = async (): Promise<void> => {
    setError(undefined);
    setTheirs(undefined);
    // A date typed but not understood is not dropped silently: the field says so and the form waits.
    const unreadable = (['start', 'end'] as const).filter((f) => !validDates[f]);
    if (unreadable.length) {
      showProblems(unreadable.map((field) => ({ field, code: 'invalidDate' as const })));
      return;
    }
    const v = values();
    const quick = validateAbsence({ id: base?.id, person: v.person, start: v.start, end: v.end, substitute: v.substitute, cover: v.cover }, []);
    if (quick.length) {
      showProblems(quick);
      return;
    }
    setMessages({});
    setOverrideMessages({});
    setBusy('saving');
    try {
      const result = await saveAbsence(services, v, base);
      if (result.kind === 'conflict') {
        // Their version gives the fresh etag: a deliberate second save replaces it; the form keeps what was typed.
        if (result.theirs) {
          setBase(result.theirs);
          setTheirs(result.theirs);
        }
        setError(result.error);
        return;
      }
      clearDraft(key);
      props.onChanged('saved');
    } catch (e) {
      if (e instanceof ValidationError) showProblems(e.problems);
      else setError(e);
    } finally {
      if (mounted.current) setBusy(undefined);
    }
  };

  const remove = async (): Promise<void> => {
    if (!base) return;
    setError(undefined);
    setBusy('deleting');
    try {
      await deleteAbsence(services, base);
      clearDraft(key);
      props.onChanged('deleted');
    } catch (e) {
      setError(e);
      setConfirmDelete(false);
    } finally {
      if (mounted.current) setBusy(undefined);
    }
  };

  const discard = (): void => {
    clearDraft(key);
    setForm(initial);
    setRestored(false);
    setMessages({});
    setOverrideMessages({});
    setError(undefined);
  };

  const useTheirs = (): void => {
    if (!theirs) return;
    clearDraft(key);
    setForm(formOf(theirs, data.me, data.accounts));
    setTheirs(undefined);
    setError(undefined);
  };

  // What this absence would cause, before saving: the cover chain over its days with everyone else's absences.
  const preview = React.useMemo(() => {
    if (readOnly || !person || !isIsoDate(form.start) || !isIsoDate(form.end) || compareIsoDates(form.end, form.start) < 0) return [];
    const id = base?.id ?? -1;
    const v = values();
    const draftAbsence: Absence = { ...(v as Omit<Absence, 'id' | 'etag'>), id, etag: '' };
    const others = data.absences.filter((a) => a.id !== id);
    const spans = coverSpans(data.accounts, [...others, draftAbsence], form.start, form.end, data.options);
    const byAccount = new Map(data.accounts.map((a) => [a.id, a]));
    const mine = spans.warnings.filter((w) => w.kind === 'overloaded' || ('absenceId' in w && w.absenceId === id));
    return warningLines(mine, s, locale, byAccount).map(({ key, text }) => ({ key, text }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, person, data, base, readOnly, s, locale]);

  const peopleOptions: IDropdownOption[] = data.people.map((p) => ({ key: String(p.id), text: personName(p, s) }));
  // The absent person stays in the list: picking them is refused with the reason, not made silently impossible.
  const substituteOptions: IDropdownOption[] = [{ key: '', text: t.substituteNone }, ...peopleOptions];
  const length = isIsoDate(form.start) && isIsoDate(form.end) && compareIsoDates(form.end, form.start) >= 0 ? absenceLength({ start: form.start, end: form.end }) : undefined;
  const title = readOnly ? t.viewTitle : base ? t.editTitle : t.newTitle;

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={title}
      closeButtonAriaLabel={strings.close}
      onDismiss={props.onClose}
      isFooterAtBottom
      onRenderFooterContent={() =>
        readOnly ? (
          <DefaultButton onClick={props.onClose} text={strings.close} />
        ) : confirmDelete ? (
          <Stack tokens={{ childrenGap: 8 }}>
            <Text role="alert">{t.deleteConfirm}</Text>
            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <PrimaryButton onClick={remove} disabled={!!busy} text={busy === 'deleting' ? t.deleting : t.deleteYes} data-testid="absence-delete-yes" />
              <DefaultButton onClick={() => setConfirmDelete(false)} disabled={!!busy} text={t.deleteNo} />
            </Stack>
          </Stack>
        ) : (
          <Stack horizontal tokens={{ childrenGap: 8 }} wrap>
            <PrimaryButton onClick={save} disabled={!!busy} text={busy === 'saving' ? strings.saving : strings.save} data-testid="absence-save" />
            <DefaultButton onClick={props.onClose} disabled={!!busy} text={strings.cancel} />
            {base && <DefaultButton onClick={() => setConfirmDelete(true)} disabled={!!busy} text={t.delete} iconProps={{ iconName: 'Delete' }} />}
          </Stack>
        )
      }
    >
      <Stack tokens={{ childrenGap: 12 }} data-testid="absence-panel">
        {readOnly && <MessageBar messageBarType={MessageBarType.info} isMultiline>{t.readOnly}</MessageBar>}
        {restored && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline actions={<DefaultButton onClick={discard} text={t.discardDraft} />}>
            {t.draftRestored}
          </MessageBar>
        )}
        {error !== undefined && (
          <MessageBar
            messageBarType={MessageBarType.error}
            isMultiline
            role="alert"
            data-testid="absence-error"
            actions={theirs ? <DefaultButton onClick={useTheirs} text={t.useTheirs} /> : undefined}
          >
            {error instanceof ValidationError ? t.checkFields : errorMessage(strings, error)}
            {theirs && (
              <>
                {' '}
                {format(t.conflictTheirs, {
                  kind: c.absenceKind[theirs.kind],
                  from: dayRange(theirs.start, theirs.start, locale),
                  to: dayRange(theirs.end, theirs.end, locale),
                  substitute: theirs.substitute ? personName(theirs.substitute, s) : t.substituteNone,
                })}
              </>
            )}
          </MessageBar>
        )}
        <Dropdown
          id="ac-absence-person"
          label={t.person}
          required
          selectedKey={form.personId}
          options={peopleOptions}
          // A manager records their own absences; the supervisor (Override List Behaviors) anyone's.
          disabled={disabled || !data.rights.editOthers}
          onChange={(_, o) => o && set({ personId: String(o.key), excluded: [], overrides: {} })}
          errorMessage={messages.person || undefined}
        />
        <Stack horizontal tokens={{ childrenGap: 12 }} wrap>
          <div id="ac-absence-start" style={{ flex: '1 1 160px' }}>
            <DateField
              label={t.start}
              value={form.start}
              today={data.today}
              onChange={(d) => set({ start: d, ...(form.end === undefined && d ? { end: d } : {}) })}
              onValidityChange={(ok) => setValidDates((v) => ({ ...v, start: ok }))}
              errorMessage={messages.start || undefined}
              disabled={disabled}
            />
          </div>
          <div id="ac-absence-end" style={{ flex: '1 1 160px' }}>
            <DateField
              label={t.end}
              value={form.end}
              today={data.today}
              onChange={(d) => set({ end: d })}
              onValidityChange={(ok) => setValidDates((v) => ({ ...v, end: ok }))}
              errorMessage={messages.end || undefined}
              disabled={disabled}
            />
          </div>
        </Stack>
        <Dropdown
          id="ac-absence-kind"
          label={t.kind}
          required
          selectedKey={form.kind}
          options={ABSENCE_KINDS.map((k) => ({ key: k, text: c.absenceKind[k] }))}
          onChange={(_, o) => o && set({ kind: o.key as AbsenceKind })}
          errorMessage={messages.kind || undefined}
          disabled={disabled}
        />
        <Dropdown
          id="ac-absence-substitute"
          label={t.substitute}
          selectedKey={form.substituteId}
          options={substituteOptions}
          onChange={(_, o) => o && set({ substituteId: String(o.key) })}
          errorMessage={messages.substitute || undefined}
          disabled={disabled}
          aria-describedby="ac-absence-substitute-help"
        />
        <Text id="ac-absence-substitute-help" variant="small" block>
          {t.substituteHelp}
        </Text>
        <Stack tokens={{ childrenGap: 4 }}>
          <Checkbox
            label={t.coverShort}
            checked={form.coverShort}
            onChange={(_, v) => set({ coverShort: !!v })}
            disabled={disabled}
            ariaDescribedBy="ac-absence-threshold"
          />
          <Text id="ac-absence-threshold" variant="small" block data-testid="absence-threshold">
            {format(t.coverShortHelp, { days: String(data.options.shortAbsenceMaxDays) })}
            {length !== undefined && (
              <>
                {' '}
                {format(needsCover({ start: form.start!, end: form.end!, coverShort: form.coverShort }, data.options.shortAbsenceMaxDays) ? t.lengthCovered : t.lengthNotCovered, {
                  count: String(length),
                })}
              </>
            )}
          </Text>
        </Stack>
        <fieldset id="ac-absence-accounts" tabIndex={-1} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
          <legend style={{ fontWeight: 600, padding: '5px 0' }}>{t.accounts}</legend>
          <Text variant="small" block style={{ marginBottom: 8 }}>
            {personAccounts.length ? t.accountsHelp : t.accountsNone}
          </Text>
          <Stack tokens={{ childrenGap: 10 }}>
            {personAccounts.map((a) => {
              const included = !form.excluded.includes(a.id);
              const name = a.abbreviation ? `${a.name} (${a.abbreviation})` : a.name;
              return (
                <Stack key={a.id} tokens={{ childrenGap: 4 }} data-testid={`absence-account-${a.id}`}>
                  <Checkbox
                    label={name}
                    checked={included}
                    disabled={disabled}
                    onChange={(_, v) => set({ excluded: v ? form.excluded.filter((x) => x !== a.id) : [...form.excluded, a.id] })}
                  />
                  {included && (
                    <Dropdown
                      label={format(t.override, { account: a.abbreviation || a.name })}
                      selectedKey={form.overrides[a.id] ?? ''}
                      options={[{ key: '', text: t.overrideSame }, ...peopleOptions]}
                      onChange={(_, o) => o && set({ overrides: { ...form.overrides, [a.id]: String(o.key) } })}
                      errorMessage={overrideMessages[a.id] || undefined}
                      disabled={disabled}
                      styles={{ root: { marginLeft: 28 } }}
                    />
                  )}
                </Stack>
              );
            })}
          </Stack>
        </fieldset>
        <TextField
          id="ac-absence-notes"
          label={t.notes}
          multiline
          autoAdjustHeight
          rows={3}
          value={form.notes}
          onChange={(_, v) => set({ notes: v ?? '' })}
          errorMessage={messages.notes || undefined}
          disabled={disabled}
          // Near the list's limit a counter shows; a very long text scrolls inside the field, so the message under it stays in view.
          description={
            form.notes.length >= NOTES_MAX * 0.8
              ? format(strings.editor.charCount, { count: form.notes.length.toLocaleString(locale), max: NOTES_MAX.toLocaleString(locale) })
              : undefined
          }
          styles={{ field: { maxHeight: '40vh', overflowY: 'auto' } }}
        />
        {preview.length > 0 && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="absence-warnings">
            <Text as="h3" variant="medium" block style={{ fontWeight: 600, margin: '0 0 4px' }}>
              {t.warningsHeading}
            </Text>
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {preview.map((w) => (
                <li key={w.key}>{w.text}</li>
              ))}
            </ul>
          </MessageBar>
        )}
      </Stack>
    </Panel>
  );
}

/** Focuses a field by its wrapper id: the input inside, else the dropdown or the wrapper itself. */
function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const inner = el.matches('input, textarea, [role="combobox"], [tabindex]') ? el : el.querySelector<HTMLElement>('input, textarea, [role="combobox"]');
  (inner ?? el).focus();
}
