/**
 * Edit in place for one text value. Validation problems show at the field; a concurrent edit (412) shows what
 * the other person saved next to the user's own text, which is never thrown away: the user decides to save
 * theirs over it (with the fresh etag) or to take the other version. Nothing is overwritten silently.
 *
 * Nothing typed is lost either: with a `draftKey` the unsaved text is kept in sessionStorage (drafts.ts) while it
 * is typed, so switching section, a reload or the tab being redrawn gives it back with a notice and a way to
 * discard it; leaving the page with unsaved text asks first. When the value changed under a kept draft (someone
 * saved meanwhile), the draft comes back as a conflict: both versions are shown and the user chooses.
 *
 * Long values are shown collapsed (the first lines, with "Show all"), so a very long text does not draw a page
 * thousands of screens high; `maxLength` shows a counter near the limit and refuses a longer text at the field.
 */
import * as React from 'react';
import { ActionButton, DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField, getId } from '@fluentui/react';
import { DataError, ValidationError } from '../data/errors';
import { format } from '../loc/strings';
import { useApp } from './AppContext';
import { errorMessage, fieldProblemMessage } from './errorMessage';
import { clearDraft, readDraft, writeDraft } from './forms/drafts';
import { useUnsavedWarning } from './forms/useUnsavedWarning';
import { isConflictError } from './forms/useEntitySave';

export interface EditableTextProps {
  /** Visible label; also the accessible name of the edit button and the text field. */
  label: string;
  value: string | undefined;
  multiline?: boolean;
  /** Saves and resolves when stored. Throws DataError('conflict') with the fresh value already reloaded. */
  onSave: (value: string) => Promise<void>;
  canEdit: boolean;
  /** Shown when there is no value. */
  emptyText?: string;
  /** Renders the read-only value (default: paragraphs). */
  renderValue?: (value: string) => React.ReactNode;
  /** The most characters the field takes (see maxLengthOf in data/schema/validate.ts). */
  maxLength?: number;
  testId?: string;
  /** A short hint of what belongs here, under the heading and under the field while editing. */
  description?: string;
  /** Where the unsaved text is kept (fieldDraftKey(list, item id, field)); without it the draft lives in the component. */
  draftKey?: string;
}

/** Lines shown of a long value before "Show all". */
export const COLLAPSED_LINES = 12;
/** Characters shown of a long value before "Show all" (long lines wrap into many screen lines). */
export const COLLAPSED_CHARS = 1500;
/** The counter shows from this share of maxLength on. */
const COUNTER_FROM = 0.9;

interface StoredText {
  text: string;
  /** The value the edit started from: when the value differs on return, someone else saved meanwhile. */
  base: string;
}

function paragraphs(value: string): React.ReactNode {
  return value.split(/\n{2,}|\r\n\r\n/).map((p, i) => (
    <Text as="p" key={i} block style={{ margin: '0 0 8px', whiteSpace: 'pre-wrap' }}>
      {p}
    </Text>
  ));
}

/** The beginning of a long value (whole lines, at most COLLAPSED_LINES and about COLLAPSED_CHARS), or undefined when it is short. */
export function collapsedPreview(value: string): string | undefined {
  const lines = value.split(/\r?\n/);
  if (lines.length <= COLLAPSED_LINES && value.length <= COLLAPSED_CHARS) return undefined;
  let preview = lines.slice(0, COLLAPSED_LINES).join('\n');
  if (preview.length > COLLAPSED_CHARS) {
    const cut = preview.lastIndexOf(' ', COLLAPSED_CHARS);
    preview = preview.slice(0, cut > COLLAPSED_CHARS / 2 ? cut : COLLAPSED_CHARS);
  }
  return `${preview.trimEnd()} …`;
}

/** A value, collapsed to its beginning when long, with a keyboard-usable "Show all" / "Show less" toggle. */
function LongText(props: { value: string; render: (value: string) => React.ReactNode; testId?: string }): JSX.Element {
  const { strings } = useApp();
  const [expanded, setExpanded] = React.useState(false);
  const [id] = React.useState(() => getId('ac-long-text'));
  const preview = React.useMemo(() => collapsedPreview(props.value), [props.value]);
  return (
    <>
      <div id={id} data-testid={props.testId}>
        {props.render(preview !== undefined && !expanded ? preview : props.value)}
      </div>
      {preview !== undefined && (
        <ActionButton
          aria-expanded={expanded}
          aria-controls={id}
          iconProps={{ iconName: expanded ? 'ChevronUp' : 'ChevronDown' }}
          onClick={() => setExpanded((x) => !x)}
          data-testid={props.testId ? `${props.testId}-toggle` : undefined}
        >
          {expanded ? strings.editor.showLess : strings.editor.showAll}
        </ActionButton>
      )}
    </>
  );
}

export function EditableText(props: EditableTextProps): JSX.Element {
  const { strings, host } = useApp();
  const value = props.value ?? '';
  // A draft kept from before (a section switch, a reload) comes back only when it differs from what is stored.
  const [stored] = React.useState(() => {
    const kept = props.draftKey && props.canEdit ? readDraft<StoredText>(props.draftKey) : undefined;
    return kept && typeof kept.text === 'string' && kept.text !== value ? kept : undefined;
  });
  const changedMeanwhile = !!stored && stored.base !== value;
  const [editing, setEditing] = React.useState(!!stored);
  const [draft, setDraft] = React.useState(stored?.text ?? value);
  const [base, setBase] = React.useState(stored?.base ?? value);
  const [restored, setRestored] = React.useState(!!stored);
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<unknown>(() => (changedMeanwhile ? new DataError('conflict', 'Changed since the draft was written.') : undefined));
  const [conflict, setConflict] = React.useState(changedMeanwhile);
  const [savedNote, setSavedNote] = React.useState(false);
  // Focus moves into the field when the user starts editing, not when a kept draft is shown on load.
  const [focusField, setFocusField] = React.useState(false);
  const editButton = React.useRef<HTMLButtonElement>(null);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  useUnsavedWarning(editing && draft !== base);

  const keep = (text: string, from: string): void => {
    if (!props.draftKey) return;
    if (text === from) clearDraft(props.draftKey);
    else writeDraft(props.draftKey, { text, base: from } as StoredText);
  };

  const forget = (): void => {
    if (props.draftKey) clearDraft(props.draftKey);
    setRestored(false);
  };

  const start = (): void => {
    setDraft(value);
    setBase(value);
    setError(undefined);
    setConflict(false);
    setSavedNote(false);
    setRestored(false);
    setFocusField(true);
    setEditing(true);
  };

  const change = (text: string): void => {
    setDraft(text);
    keep(text, base);
  };

  const close = (): void => {
    setEditing(false);
    setError(undefined);
    setConflict(false);
    window.setTimeout(() => editButton.current?.focus(), 0);
  };

  const save = async (): Promise<void> => {
    if (props.maxLength !== undefined && draft.length > props.maxLength) {
      setError(new ValidationError([{ field: 'text', code: 'tooLong', params: { max: props.maxLength } }]));
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      await props.onSave(draft);
      if (!mounted.current) return;
      forget();
      setConflict(false);
      setSavedNote(true);
      close();
    } catch (e) {
      if (!mounted.current) return;
      if (isConflictError(e)) setConflict(true);
      setError(e);
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  const cancel = (): void => {
    forget();
    close();
  };

  const fieldError = error instanceof ValidationError ? error.problems.map((p) => fieldProblemMessage(strings, p)).join(' ') : undefined;
  const showCounter = props.maxLength !== undefined && draft.length >= props.maxLength * COUNTER_FROM;
  const render = props.renderValue ?? paragraphs;

  if (!editing) {
    return (
      <div data-testid={props.testId}>
        <Stack horizontal verticalAlign="center" horizontalAlign="space-between">
          <Text as="h3" variant="mediumPlus" style={{ margin: 0, fontWeight: 600 }}>
            {props.label}
          </Text>
          {props.canEdit && (
            <ActionButton iconProps={{ iconName: 'Edit' }} onClick={start} elementRef={editButton} ariaLabel={`${strings.edit}: ${props.label}`}>
              {strings.edit}
            </ActionButton>
          )}
        </Stack>
        {props.description && (
          <Text block variant="small" style={{ margin: '0 0 6px', fontStyle: 'italic' }}>
            {props.description}
          </Text>
        )}
        {props.value ? (
          <LongText value={props.value} render={render} testId={props.testId ? `${props.testId}-value` : undefined} />
        ) : (
          <div data-testid={props.testId ? `${props.testId}-value` : undefined}>
            <Text style={{ fontStyle: 'italic' }}>{props.emptyText ?? strings.notSet}</Text>
          </div>
        )}
        {savedNote && (
          <Text role="status" variant="small">
            {strings.saved}
          </Text>
        )}
      </div>
    );
  }

  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid={props.testId}>
      {restored && (
        <div data-testid={props.testId ? `${props.testId}-restored` : undefined}>
          <MessageBar messageBarType={MessageBarType.info} isMultiline actions={<DefaultButton onClick={cancel} text={strings.editor.discardDraft} disabled={saving} />}>
            {strings.editor.draftRestored}
          </MessageBar>
        </div>
      )}
      <TextField
        label={props.label}
        multiline={props.multiline}
        autoAdjustHeight={props.multiline}
        rows={props.multiline ? 4 : undefined}
        value={draft}
        onChange={(_, v) => change(v ?? '')}
        errorMessage={fieldError}
        description={props.description}
        autoFocus={focusField}
        disabled={saving}
        // A very long text scrolls inside the field instead of growing the page.
        styles={props.multiline ? { field: { maxHeight: '60vh', overflowY: 'auto' } } : undefined}
      />
      {showCounter && (
        <Text variant="small" data-testid={props.testId ? `${props.testId}-count` : undefined}>
          {format(strings.editor.charCount, { count: draft.length.toLocaleString(host.locale), max: props.maxLength!.toLocaleString(host.locale) })}
        </Text>
      )}
      {error !== undefined && !(error instanceof ValidationError) && (
        <MessageBar messageBarType={conflict ? MessageBarType.warning : MessageBarType.error} isMultiline role="alert">
          {errorMessage(strings, error)}
        </MessageBar>
      )}
      {conflict && (
        <div aria-label={strings.theirVersion} role="group">
          <Text variant="small" block style={{ fontWeight: 600 }}>
            {strings.theirVersion}
          </Text>
          {props.value ? (
            <LongText value={props.value} render={paragraphs} testId={props.testId ? `${props.testId}-theirs` : undefined} />
          ) : (
            <div data-testid={props.testId ? `${props.testId}-theirs` : undefined}>
              <Text>{strings.notSet}</Text>
            </div>
          )}
        </div>
      )}
      <Stack horizontal tokens={{ childrenGap: 8 }} wrap>
        <PrimaryButton onClick={save} disabled={saving} text={saving ? strings.saving : conflict ? strings.saveMineAnyway : strings.save} />
        {conflict && <DefaultButton onClick={cancel} text={strings.keepTheirs} />}
        <DefaultButton onClick={cancel} disabled={saving} text={strings.cancel} />
      </Stack>
    </Stack>
  );
}
