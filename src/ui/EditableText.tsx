/**
 * Edit in place for one text value. Validation problems show at the field; a concurrent edit (412) shows what
 * the other person saved next to the user's own text, which is never thrown away: the user decides to save
 * theirs over it (with the fresh etag) or to take the other version. Nothing is overwritten silently.
 */
import * as React from 'react';
import { ActionButton, DefaultButton, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import { DataError, ValidationError } from '../data/errors';
import { useApp } from './AppContext';
import { errorMessage, fieldProblemMessage } from './errorMessage';

export interface EditableTextProps {
  /** Visible label; also the accessible name of the edit button and the text field. */
  label: string;
  value: string | undefined;
  multiline?: boolean;
  /** Saves and resolves when stored. Throws DataError('conflict') with the fresh value already reloaded. */
  onSave: (value: string) => Promise<void>;
  canEdit: boolean;
  /** The value someone else saved, available after a conflict (read from the reloaded item). */
  emptyText?: string;
  /** Renders the read-only value (default: paragraphs). */
  renderValue?: (value: string) => React.ReactNode;
  maxLength?: number;
  testId?: string;
  /** A short hint of what belongs here, under the heading and under the field while editing. */
  description?: string;
}

function paragraphs(value: string): React.ReactNode {
  return value.split(/\n{2,}|\r\n\r\n/).map((p, i) => (
    <Text as="p" key={i} block style={{ margin: '0 0 8px', whiteSpace: 'pre-wrap' }}>
      {p}
    </Text>
  ));
}

export function EditableText(props: EditableTextProps): JSX.Element {
  const { strings } = useApp();
  const [editing, setEditing] = React.useState(false);
  const [draft, setDraft] = React.useState(props.value ?? '');
  const [saving, setSaving] = React.useState(false);
  const [error, setError] = React.useState<unknown>();
  const [conflict, setConflict] = React.useState(false);
  const [savedNote, setSavedNote] = React.useState(false);
  const editButton = React.useRef<HTMLButtonElement>(null);

  const start = (): void => {
    setDraft(props.value ?? '');
    setError(undefined);
    setConflict(false);
    setSavedNote(false);
    setEditing(true);
  };

  const save = async (): Promise<void> => {
    setSaving(true);
    setError(undefined);
    try {
      await props.onSave(draft);
      setEditing(false);
      setConflict(false);
      setSavedNote(true);
      window.setTimeout(() => editButton.current?.focus(), 0);
    } catch (e) {
      if (e instanceof DataError && e.kind === 'conflict') setConflict(true);
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const cancel = (): void => {
    setEditing(false);
    setError(undefined);
    setConflict(false);
    window.setTimeout(() => editButton.current?.focus(), 0);
  };

  const fieldError = error instanceof ValidationError ? error.problems.map((p) => fieldProblemMessage(strings, p)).join(' ') : undefined;

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
        <div data-testid={props.testId ? `${props.testId}-value` : undefined}>
          {props.value ? (props.renderValue ?? paragraphs)(props.value) : <Text style={{ fontStyle: 'italic' }}>{props.emptyText ?? strings.notSet}</Text>}
        </div>
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
      <TextField
        label={props.label}
        multiline={props.multiline}
        autoAdjustHeight={props.multiline}
        rows={props.multiline ? 4 : undefined}
        value={draft}
        onChange={(_, v) => setDraft(v ?? '')}
        errorMessage={fieldError}
        description={props.description}
        maxLength={props.maxLength}
        autoFocus
        disabled={saving}
      />
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
          <div data-testid={props.testId ? `${props.testId}-theirs` : undefined}>{props.value ? paragraphs(props.value) : <Text>{strings.notSet}</Text>}</div>
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
