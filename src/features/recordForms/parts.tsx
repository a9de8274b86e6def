/**
 * What the situation and feedback forms share: the first read, the draft kept per user and form, the account and
 * person pickers, the long-text field with its limit, "copy link", and the confirmation after filing.
 */
import * as React from 'react';
import {
  ActionButton,
  DefaultButton,
  Dropdown,
  DropdownMenuItemType,
  IDropdownOption,
  Link,
  MessageBar,
  MessageBarType,
  Stack,
  TextField,
} from '@fluentui/react';
import type { RecordFormsData } from '../../data/queries/records';
import { parseQuickLink, quickLinkUrl } from '../../data/queries/records';
import { listDef } from '../../data/schema/lists';
import { maxLengthOf } from '../../data/schema/validate';
import { toHelsinkiDate } from '../../domain/dates';
import type { Account, PersonRef } from '../../domain/types';
import type { ListKey } from '../../data/schema/types';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { clearDraft, newClientKey, readDraft, writeDraft } from '../../ui/forms/drafts';
import { useAsync, AsyncState } from '../../ui/useAsync';
import { firstRead } from './firstRead';
import { bundle } from './strings';

/** The form's data: the web part's early read serves the first render, "file another" keeps it. */
export function useFormData(initial: Promise<unknown> | undefined): AsyncState<RecordFormsData> {
  const { services, host } = useApp();
  const early = React.useRef(initial as Promise<RecordFormsData> | undefined);
  return useAsync(() => {
    const e = early.current;
    early.current = undefined;
    return e ?? firstRead(services, host);
  }, [services, host.locale]);
}

export function useQuickLink(): ReturnType<typeof parseQuickLink> {
  const { host } = useApp();
  return React.useMemo(() => parseQuickLink(host.query), [host.query]);
}

/**
 * The form's state kept in the browser until the item is stored: per user and form (and item), so a reload, a lost
 * connection or throttling gives it back and another person signing in on the same browser never sees it. The
 * client key lives with it: pressing submit again, or after a reload, creates one item.
 */
export function useDraft<F>(formKey: string, initial: () => F): {
  form: F;
  set: (patch: Partial<F>) => void;
  clientKey: string;
  restored: boolean;
  /** Forgets the draft and starts over (a new client key). */
  reset: (next?: F) => void;
} {
  const { host } = useApp();
  const key = `${formKey}:${host.user.loginName.toLowerCase()}`;
  const [stored] = React.useState(() => readDraft<{ form: F; clientKey: string }>(key));
  const [form, setForm] = React.useState<F>(() => (stored ? { ...initial(), ...stored.form } : initial()));
  const [clientKey, setClientKey] = React.useState(() => stored?.clientKey ?? newClientKey());
  const [restored, setRestored] = React.useState(!!stored);
  const keyRef = React.useRef(clientKey);
  keyRef.current = clientKey;
  const set = React.useCallback(
    (patch: Partial<F>) =>
      setForm((f) => {
        const next = { ...f, ...patch };
        writeDraft(key, { form: next, clientKey: keyRef.current });
        return next;
      }),
    [key],
  );
  const reset = React.useCallback(
    (next?: F) => {
      clearDraft(key);
      setClientKey(newClientKey());
      setForm(next ?? initial());
      setRestored(false);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  return { form, set, clientKey, restored, reset };
}

/** Today in Helsinki for the host (the workbench may pin "now"). */
export function useToday(): string {
  const { host } = useApp();
  return toHelsinkiDate(host.now ?? new Date());
}

/** Accounts: the user's own first under a heading, then the others. */
export function AccountPicker(props: { data: RecordFormsData; value?: number; onChange: (id: number | undefined) => void; errorMessage?: string; disabled?: boolean; id: string; required?: boolean }): JSX.Element {
  const t = useBundle(bundle).common;
  const { data } = props;
  const label = (a: Account): string => (a.abbreviation ? `${a.name} (${a.abbreviation})` : a.name);
  const options: IDropdownOption[] = [{ key: '', text: t.accountNone }];
  const own = data.accounts.slice(0, data.ownCount);
  const other = data.accounts.slice(data.ownCount);
  if (own.length) {
    options.push({ key: 'h-own', text: t.accountsOwn, itemType: DropdownMenuItemType.Header });
    own.forEach((a) => options.push({ key: String(a.id), text: label(a) }));
    if (other.length) options.push({ key: 'h-other', text: t.accountsOther, itemType: DropdownMenuItemType.Header });
  }
  other.forEach((a) => options.push({ key: String(a.id), text: label(a) }));
  return (
    <Dropdown
      id={props.id}
      label={t.account}
      required={props.required}
      selectedKey={props.value === undefined ? '' : String(props.value)}
      options={options}
      onChange={(_, o) => o && props.onChange(o.key === '' ? undefined : Number(o.key))}
      errorMessage={props.errorMessage}
      disabled={props.disabled}
    />
  );
}

export function PersonPicker(props: { people: readonly PersonRef[]; label: string; value?: number; onChange: (p: PersonRef | undefined) => void; noneText?: string; errorMessage?: string; disabled?: boolean; id: string; describedBy?: string }): JSX.Element {
  const options: IDropdownOption[] = [
    ...(props.noneText !== undefined ? [{ key: '', text: props.noneText }] : []),
    ...props.people.map((p) => ({ key: String(p.id), text: p.title || p.email || String(p.id) })),
  ];
  return (
    <Dropdown
      id={props.id}
      label={props.label}
      selectedKey={props.value === undefined ? (props.noneText !== undefined ? '' : null) : String(props.value)}
      options={options}
      onChange={(_, o) => o && props.onChange(o.key === '' ? undefined : props.people.find((p) => String(p.id) === o.key))}
      errorMessage={props.errorMessage}
      disabled={props.disabled}
      aria-describedby={props.describedBy}
    />
  );
}

/** A long text with the list's own limit: a counter near it, and scrolling inside so the message stays in view. */
export function LongText(props: { list: ListKey; prop: string; id: string; label: string; value: string; onChange: (v: string) => void; required?: boolean; errorMessage?: string; disabled?: boolean; description?: string; rows?: number; autoFocus?: boolean }): JSX.Element {
  const { host } = useApp();
  const t = useBundle(bundle).common;
  const max = maxLengthOf(listDef(props.list), props.prop) ?? 0;
  const near = max > 0 && props.value.length >= max * 0.8;
  return (
    <TextField
      id={props.id}
      label={props.label}
      multiline
      autoAdjustHeight
      rows={props.rows ?? 4}
      required={props.required}
      value={props.value}
      onChange={(_, v) => props.onChange(v ?? '')}
      errorMessage={props.errorMessage}
      disabled={props.disabled}
      autoFocus={props.autoFocus}
      description={near ? format(t.charCount, { count: props.value.length.toLocaleString(host.locale), max: max.toLocaleString(host.locale) }) : props.description}
      styles={{ field: { maxHeight: '40vh', overflowY: 'auto' } }}
    />
  );
}

/** "Copy link": a link to this page with the chosen values; when the clipboard is refused, the link in a field to copy. */
export function CopyLinkButton(props: { params: Record<string, string | undefined> }): JSX.Element {
  const t = useBundle(bundle).common;
  const [state, setState] = React.useState<{ kind: 'copied' } | { kind: 'manual'; url: string }>();
  const copy = async (): Promise<void> => {
    const url = quickLinkUrl(window.location.href, props.params);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', url });
    }
  };
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <ActionButton iconProps={{ iconName: 'Link' }} onClick={copy} data-testid="copy-link">
        {t.copyLink}
      </ActionButton>
      <div role="status">
        {state?.kind === 'copied' && <MessageBar messageBarType={MessageBarType.success}>{t.linkCopied}</MessageBar>}
        {state?.kind === 'manual' && (
          <TextField label={t.linkLabel} readOnly value={state.url} description={t.linkHelp} onFocus={(e) => e.currentTarget.select()} data-testid="copy-link-field" />
        )}
      </div>
    </Stack>
  );
}

/** After filing: what was stored, a link to it, and "file another" (which takes the focus, so Enter files the next). */
export function Confirmation(props: { text: string; href?: string; linkText: string; onAnother: () => void; extra?: React.ReactNode }): JSX.Element {
  const t = useBundle(bundle).common;
  const another = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => another.current?.focus(), []);
  return (
    <Stack tokens={{ childrenGap: 12 }} data-testid="record-saved">
      <MessageBar messageBarType={MessageBarType.success} isMultiline role="status">
        {props.text}{' '}
        {props.href && (
          <Link href={props.href} target="_top">
            {props.linkText}
          </Link>
        )}
      </MessageBar>
      {props.extra}
      <Stack horizontal>
        <DefaultButton elementRef={another} onClick={props.onAnother} text={t.fileAnother} iconProps={{ iconName: 'Add' }} data-testid="file-another" />
      </Stack>
    </Stack>
  );
}

/** Ctrl+Enter (or ⌘+Enter) anywhere in the form submits it. */
export function onCtrlEnter(submit: () => void): (e: React.KeyboardEvent) => void {
  return (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      submit();
    }
  };
}

/** Focuses a field by its id: the input inside, else a dropdown. */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const inner = el.matches('input, textarea, [role="combobox"]') ? el : el.querySelector<HTMLElement>('input, textarea, [role="combobox"]');
  (inner ?? el).focus();
}

/** SharePoint's own display form of an item (what "open the record" links to). */
export function displayFormUrl(siteUrl: string, list: ListKey, id: number): string {
  return `${siteUrl.replace(/\/$/, '')}/Lists/${listDef(list).title}/DispForm.aspx?ID=${id}`;
}
