/**
 * Add or edit a contact in a side panel. Validation runs through the contacts repository's own rules and shows
 * localized messages at the fields; nothing the user typed is ever thrown away: a failed save keeps the form, a
 * concurrent edit (412) shows the other version next to the user's, and a panel closed by accident keeps the
 * draft in sessionStorage for this account. Creates carry a client key, so retrying one cannot duplicate it.
 */
import * as React from 'react';
import {
  Checkbox,
  ChoiceGroup,
  DefaultButton,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  Stack,
  Text,
  TextField,
  useTheme,
} from '@fluentui/react';
import { DataError, FieldProblem, ValidationError } from '../../../data/errors';
import { CONTACT_ROLES, CONTACT_SIDES } from '../../../domain/vocabulary';
import type { Contact, ContactRole, ContactSide, Draft } from '../../../domain/types';
import { bundle as sectionsBundle } from '../strings/sections';
import { bundle as choiceBundle } from '../../../loc/choices';
import { useApp, useBundle } from '../../../ui/AppContext';
import { errorMessage } from '../../../ui/errorMessage';
import { clearDraft, newClientKey, readDraft, writeDraft } from '../../../ui/forms/drafts';
import { FieldMessages, messagesOf, problemsOf } from '../../../ui/forms/problems';
import { useEntitySave } from '../../../ui/forms/useEntitySave';
import { useUnsavedWarning } from '../../../ui/forms/useUnsavedWarning';
import { ContactPanelProps, contactDraftKey } from './ContactPanel';

export interface ContactForm {
  name: string;
  side: ContactSide;
  roles: ContactRole[];
  jobTitle: string;
  organisation: string;
  email: string;
  phone: string;
  signingOrder: string;
  notes: string;
}

interface StoredDraft {
  form: ContactForm;
  /** Create: the key every retry of this create reuses. */
  clientKey?: string;
  /** Edit: the version the draft was based on (a save with it gets 412 if someone saved meanwhile). */
  etag?: string;
}

const TEXT_FIELDS = ['jobTitle', 'organisation', 'email', 'phone', 'notes'] as const;

export function formOf(c?: Contact): ContactForm {
  return {
    name: c?.name ?? '',
    side: c?.side ?? 'customer',
    roles: [...(c?.roles ?? [])],
    jobTitle: c?.jobTitle ?? '',
    organisation: c?.organisation ?? '',
    email: c?.email ?? '',
    phone: c?.phone ?? '',
    signingOrder: c?.signingOrder !== undefined && c?.signingOrder !== null ? String(c.signingOrder) : '',
    notes: c?.notes ?? '',
  };
}

const sameForm = (a: ContactForm, b: ContactForm): boolean => JSON.stringify({ ...a, roles: [...a.roles].sort() }) === JSON.stringify({ ...b, roles: [...b.roles].sort() });

/** The values to store; empty text clears the column (undefined is written as null). */
function valuesOf(form: ContactForm): { values: Omit<Draft<Contact>, 'accountId'>; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  let signingOrder: number | undefined;
  const order = form.signingOrder.trim();
  if (order) {
    if (/^\d+$/.test(order)) signingOrder = Number(order);
    else problems.push({ field: 'signingOrder', code: 'invalidNumber' });
  }
  const text = (v: string): string | undefined => (v.trim() ? v.trim() : undefined);
  const values = {
    name: form.name.trim(),
    side: form.side,
    roles: CONTACT_ROLES.filter((r) => form.roles.includes(r)),
    signingOrder,
    ...Object.fromEntries(TEXT_FIELDS.map((f) => [f, f === 'notes' ? (form.notes.trim() ? form.notes : undefined) : text(form[f])])),
  } as Omit<Draft<Contact>, 'accountId'>;
  return { values, problems };
}

/** The panel itself, loaded on first use through ContactPanel (lazyForm). */
export function ContactPanelForm(props: ContactPanelProps): JSX.Element {
  const { services, strings } = useApp();
  const s = useBundle(sectionsBundle);
  const t = s.contacts.panel;
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const key = contactDraftKey(props.accountId, props.contact?.id);
  const initial = React.useMemo(() => formOf(props.contact), [props.contact]);
  const [stored] = React.useState(() => readDraft<StoredDraft>(key));
  const [form, setForm] = React.useState<ContactForm>(stored?.form ?? initial);
  const [restored, setRestored] = React.useState(!!stored && !sameForm(stored.form, initial));
  const [clientKey] = React.useState(() => stored?.clientKey ?? newClientKey());
  const [etag, setEtag] = React.useState(stored?.etag ?? props.contact?.etag);
  const [messages, setMessages] = React.useState<FieldMessages>({});
  const [error, setError] = React.useState<unknown>();
  const [theirs, setTheirs] = React.useState<Contact>();
  const [saving, setSaving] = React.useState(false);
  const { save: saveContact } = useEntitySave(services.repos.contacts);
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const idBase = `ac-contact-${props.contact?.id ?? 'new'}`;
  useUnsavedWarning(!sameForm(form, initial));

  const remember = (next: ContactForm, nextEtag = etag): void => {
    if (sameForm(next, initial) && nextEtag === props.contact?.etag) clearDraft(key);
    else writeDraft(key, { form: next, clientKey: props.contact ? undefined : clientKey, etag: props.contact ? nextEtag : undefined } as StoredDraft);
  };

  const set = <K extends keyof ContactForm>(field: K, value: ContactForm[K]): void => {
    setForm((f) => {
      const next = { ...f, [field]: value };
      remember(next);
      return next;
    });
    if (messages[field]) setMessages((m) => ({ ...m, [field]: '' }));
  };

  const focusFirst = (m: FieldMessages): void => {
    const order = ['name', 'side', 'roles', 'jobTitle', 'organisation', 'email', 'phone', 'signingOrder', 'notes'];
    const first = order.find((f) => m[f]);
    if (first) window.setTimeout(() => document.getElementById(`${idBase}-${first}`)?.focus(), 0);
  };

  const save = async (): Promise<void> => {
    setError(undefined);
    const { values, problems } = valuesOf(form);
    const draft = { ...values, accountId: props.accountId };
    const all = [...problems, ...problemsOf(() => services.repos.contacts.validate(draft as unknown as Record<string, unknown>, false))];
    if (all.length) {
      const m = messagesOf(strings, all);
      setMessages(m);
      setError(new ValidationError(all));
      focusFirst(m);
      return;
    }
    setMessages({});
    setSaving(true);
    try {
      if (props.contact) {
        // Only what the user changed: a colleague's concurrent change to another field is not overwritten.
        const before = valuesOf(initial).values as Record<string, unknown>;
        const patch = Object.fromEntries(Object.entries(values).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k]))) as Partial<Draft<Contact>>;
        // The version the user saw (theirs after a conflict), with the etag the draft is based on.
        const base: Contact = { ...(theirs ?? props.contact), etag: etag ?? props.contact.etag };
        const result = await saveContact(base, patch);
        if (result.kind === 'saved') {
          clearDraft(key);
          props.onSaved(result.entity, false);
        } else {
          if (result.theirs) {
            setTheirs(result.theirs);
            setEtag(result.theirs.etag);
            remember(form, result.theirs.etag);
            props.onFresh(result.theirs);
          }
          setError(result.error);
        }
      } else {
        const created = await services.repos.contacts.add({ ...draft, clientKey } as Draft<Contact>);
        clearDraft(key);
        props.onSaved(created, true);
      }
    } catch (e) {
      if (e instanceof ValidationError) {
        const m = messagesOf(strings, e.problems);
        setMessages(m);
        focusFirst(m);
      }
      setError(e);
    } finally {
      if (mounted.current) setSaving(false);
    }
  };

  const discard = (): void => {
    clearDraft(key);
    setForm(initial);
    setRestored(false);
    setMessages({});
    setError(undefined);
  };

  const useTheirs = (): void => {
    if (!theirs) return;
    const next = formOf(theirs);
    setForm(next);
    setTheirs(undefined);
    setError(undefined);
    clearDraft(key);
  };

  const conflict = error instanceof DataError && error.kind === 'conflict';
  const theirForm = theirs ? formOf(theirs) : undefined;
  const labelOf: Record<keyof ContactForm, string> = {
    name: t.name,
    side: t.side,
    roles: t.roles,
    jobTitle: t.jobTitle,
    organisation: t.organisation,
    email: t.email,
    phone: t.phone,
    signingOrder: t.signingOrder,
    notes: t.notes,
  };
  const shown = (f: ContactForm, k: keyof ContactForm): string =>
    k === 'side' ? c.contactSide[f.side] : k === 'roles' ? f.roles.map((r) => c.contactRole[r]).join(', ') : String(f[k]);
  const differing = theirForm ? (Object.keys(labelOf) as (keyof ContactForm)[]).filter((k) => shown(theirForm, k) !== shown(form, k)) : [];

  const text = (field: 'name' | (typeof TEXT_FIELDS)[number], extra: Partial<React.ComponentProps<typeof TextField>> = {}): JSX.Element => (
    <TextField
      id={`${idBase}-${field}`}
      label={labelOf[field]}
      value={form[field]}
      onChange={(_, v) => set(field, v ?? '')}
      errorMessage={messages[field] || undefined}
      disabled={saving}
      {...extra}
    />
  );

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={props.contact ? t.editTitle : t.addTitle}
      closeButtonAriaLabel={strings.close}
      onDismiss={props.onClose}
      isFooterAtBottom
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton onClick={save} disabled={saving} text={saving ? strings.saving : conflict ? strings.saveMineAnyway : strings.save} />
          <DefaultButton onClick={props.onClose} disabled={saving} text={strings.cancel} />
        </Stack>
      )}
    >
      <Stack tokens={{ childrenGap: 12 }} data-testid="contact-panel">
        {restored && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline actions={<DefaultButton onClick={discard} text={s.form.discardDraft} />}>
            {s.form.draftRestored}
          </MessageBar>
        )}
        {error !== undefined && (
          <MessageBar messageBarType={conflict ? MessageBarType.warning : MessageBarType.error} isMultiline role="alert">
            {error instanceof ValidationError ? s.form.checkFields : conflict ? s.form.conflictIntro : errorMessage(strings, error)}
          </MessageBar>
        )}
        {conflict && theirForm && (
          <div role="group" aria-label={strings.theirVersion} style={{ border: `1px solid ${theme.semanticColors.bodyDivider}`, padding: 8, borderRadius: 2 }} data-testid="contact-theirs">
            <Text block style={{ fontWeight: 600 }}>
              {strings.theirVersion}
            </Text>
            <dl style={{ margin: '4px 0', display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 8px' }}>
              {differing.map((k) => (
                <React.Fragment key={k}>
                  <dt>{labelOf[k]}</dt>
                  <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{shown(theirForm, k) || strings.notSet}</dd>
                </React.Fragment>
              ))}
            </dl>
            <DefaultButton onClick={useTheirs} text={s.form.useTheirs} />
          </div>
        )}
        {text('name', { required: true, autoFocus: true })}
        <ChoiceGroup
          id={`${idBase}-side`}
          label={t.side}
          selectedKey={form.side}
          options={CONTACT_SIDES.map((x) => ({ key: x, text: c.contactSide[x] }))}
          onChange={(_, o) => o && set('side', o.key as ContactSide)}
          disabled={saving}
          required
        />
        {messages.side && (
          <Text role="alert" style={{ color: theme.semanticColors.errorText }}>
            {messages.side}
          </Text>
        )}
        <fieldset style={{ border: 0, margin: 0, padding: 0 }} aria-describedby={messages.roles ? `${idBase}-roles-error` : undefined}>
          <legend style={{ fontWeight: 600, padding: '5px 0' }}>{t.roles}</legend>
          <Stack tokens={{ childrenGap: 6 }}>
            {CONTACT_ROLES.map((r, i) => (
              <Checkbox
                key={r}
                id={i === 0 ? `${idBase}-roles` : undefined}
                label={c.contactRole[r]}
                checked={form.roles.includes(r)}
                disabled={saving}
                onChange={(_, checked) => set('roles', checked ? [...form.roles.filter((x) => x !== r), r] : form.roles.filter((x) => x !== r))}
              />
            ))}
          </Stack>
          {messages.roles && (
            <Text id={`${idBase}-roles-error`} role="alert" style={{ color: theme.semanticColors.errorText }}>
              {messages.roles}
            </Text>
          )}
        </fieldset>
        {text('jobTitle')}
        {text('organisation')}
        {text('email', { type: 'email', autoComplete: 'off' })}
        {text('phone', { type: 'tel', autoComplete: 'off' })}
        <TextField
          id={`${idBase}-signingOrder`}
          label={t.signingOrder}
          description={t.signingOrderHelp}
          inputMode="numeric"
          value={form.signingOrder}
          onChange={(_, v) => set('signingOrder', v ?? '')}
          errorMessage={messages.signingOrder || undefined}
          disabled={saving}
          styles={{ root: { maxWidth: 320 } }}
        />
        {text('notes', { multiline: true, autoAdjustHeight: true, rows: 3 })}
      </Stack>
    </Panel>
  );
}
