/**
 * The agreement's own fields in sections, saved with the etag it was read with. Only the fields the user touched
 * are kept as edits (and in the session draft), so a stage change made meanwhile — which writes the stage and the
 * signatures — does not get overwritten by a save, and a 412 keeps every edit: "reload their version" drops them
 * for the stored item, "save mine anyway" sends them onto it.
 */
import * as React from 'react';
import { Checkbox, DefaultButton, IconButton, Link as FluentLink, MessageBarButton, PrimaryButton, Stack, Text, TextField, useTheme } from '@fluentui/react';
import { ValidationError } from '../../data/errors';
import type { AgreementData } from '../../data/queries/agreements';
import { isValidDiaryNumber, SignerRole } from '../../domain/agreementFlow';
import { formatDate, IsoDate } from '../../domain/dates';
import type { Agreement, AgreementChecklist, Link } from '../../domain/types';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { DateField } from '../../ui/forms/DateField';
import { clearDraft, readDraft, writeDraft } from '../../ui/forms/drafts';
import { messagesOf } from '../../ui/forms/problems';
import { saveEntity } from '../../ui/forms/useEntitySave';
import { useUnsavedWarning } from '../../ui/forms/useUnsavedWarning';
import { safeUrl } from '../../ui/safeUrl';
import { ConflictBar } from './Workflow';
import { bundle as agreementBundle } from './strings';
import { DIARY_EXAMPLE, roleWords } from './text';

interface Form {
  diaryNumber: string;
  deadline?: IsoDate;
  templateAgreement: string;
  templateAppendices: string;
  checklist: AgreementChecklist;
  appendices: { title: string; url: string; diaryNumber: string }[];
  signatures: { role: SignerRole | 'customer'; name: string; signedOn?: IsoDate }[];
  transferredBudget: string;
  allocation: { item: string; amount: string }[];
  services: string;
  systems: string;
  projects: string;
  verifiedBy: string;
  verifiedOn?: IsoDate;
  developmentPlans: string;
  caseSystemUrl: string;
  workspaceUrl: string;
  documentUrl: string;
  notes: string;
}
type Key = keyof Form;

const lines = (xs: readonly string[] | undefined): string => (xs ?? []).join('\n');
const unlines = (t: string): string[] => t.split('\n').map((x) => x.trim()).filter(Boolean);
/** "125 000,50" or "125000.5" → 125000.5; '' → undefined; anything else → NaN. */
function parseAmount(text: string): number | undefined {
  const t = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!t) return undefined;
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
}
const amountText = (n: number | undefined, locale: string): string => (n === undefined ? '' : new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 }).format(n));
const link = (url: string, previous?: Link): Link | undefined => (url.trim() ? { url: url.trim(), description: previous?.description } : undefined);

function formOf(a: Agreement, locale: string): Form {
  return {
    diaryNumber: a.diaryNumber ?? '',
    deadline: a.deadline,
    templateAgreement: a.templateVersions?.agreement ?? '',
    templateAppendices: a.templateVersions?.appendices ?? '',
    checklist: { ...a.checklist },
    appendices: (a.appendices ?? []).map((x) => ({ title: x.title, url: x.url ?? '', diaryNumber: x.diaryNumber ?? '' })),
    signatures: (a.signatures ?? []).map((x) => ({ role: x.role, name: x.name, signedOn: x.signedOn })),
    transferredBudget: amountText(a.transferredBudget, locale),
    allocation: (a.budgetAllocation ?? []).map((x) => ({ item: x.item, amount: amountText(x.amount, locale) })),
    services: lines(a.services?.services),
    systems: lines(a.services?.systems),
    projects: lines(a.services?.projects),
    verifiedBy: a.services?.verifiedBy ?? '',
    verifiedOn: a.services?.verifiedOn,
    developmentPlans: a.developmentPlans ?? '',
    caseSystemUrl: a.caseSystemUrl?.url ?? '',
    workspaceUrl: a.workspaceUrl?.url ?? '',
    documentUrl: a.documentUrl?.url ?? '',
    notes: a.notes ?? '',
  };
}

/** The touched fields as the item's patch (a field left empty is cleared). */
function patchOf(edits: Partial<Form>, form: Form, base: Agreement): Partial<Agreement> {
  const p: Partial<Agreement> = {};
  const touched = (...keys: Key[]): boolean => keys.some((k) => k in edits);
  if (touched('diaryNumber')) p.diaryNumber = form.diaryNumber.trim() || undefined;
  if (touched('deadline')) p.deadline = form.deadline;
  if (touched('templateAgreement', 'templateAppendices')) p.templateVersions = { agreement: form.templateAgreement.trim() || undefined, appendices: form.templateAppendices.trim() || undefined };
  if (touched('checklist')) p.checklist = form.checklist;
  if (touched('appendices'))
    p.appendices = form.appendices
      .filter((x) => x.title.trim() || x.url.trim())
      .map((x, i) => ({ ...base.appendices?.[i], title: x.title.trim(), url: x.url.trim() || undefined, diaryNumber: x.diaryNumber.trim() || undefined }));
  if (touched('signatures')) p.signatures = form.signatures.filter((x) => x.name.trim()).map((x, i) => ({ order: i + 1, role: x.role, name: x.name.trim(), signedOn: x.signedOn }));
  if (touched('transferredBudget')) p.transferredBudget = parseAmount(form.transferredBudget);
  if (touched('allocation')) p.budgetAllocation = form.allocation.filter((x) => x.item.trim()).map((x) => ({ item: x.item.trim(), amount: parseAmount(x.amount) ?? 0 }));
  if (touched('services', 'systems', 'projects', 'verifiedBy', 'verifiedOn'))
    p.services = { services: unlines(form.services), systems: unlines(form.systems), projects: unlines(form.projects), verifiedBy: form.verifiedBy.trim() || undefined, verifiedOn: form.verifiedOn };
  if (touched('developmentPlans')) p.developmentPlans = form.developmentPlans.trim() || undefined;
  if (touched('caseSystemUrl')) p.caseSystemUrl = link(form.caseSystemUrl, base.caseSystemUrl);
  if (touched('workspaceUrl')) p.workspaceUrl = link(form.workspaceUrl, base.workspaceUrl);
  if (touched('documentUrl')) p.documentUrl = link(form.documentUrl, base.documentUrl);
  if (touched('notes')) p.notes = form.notes.trim() || undefined;
  return p;
}

/** The form's own checks, before anything is sent: the Dnro format, numbers, links. */
function problemsOf(form: Form, edits: Partial<Form>, s: ReturnType<typeof useAgreementStrings>): Record<string, string> {
  const out: Record<string, string> = {};
  if ('diaryNumber' in edits && form.diaryNumber.trim() && !isValidDiaryNumber(form.diaryNumber)) out.diaryNumber = format(s.record.diaryNumberInvalid, { example: DIARY_EXAMPLE });
  if ('transferredBudget' in edits && Number.isNaN(parseAmount(form.transferredBudget))) out.transferredBudget = s.record.invalidNumber;
  form.allocation.forEach((x, i) => {
    if ('allocation' in edits && Number.isNaN(parseAmount(x.amount))) out[`allocation.${i}`] = s.record.invalidNumber;
  });
  for (const k of ['caseSystemUrl', 'workspaceUrl', 'documentUrl'] as const) if (k in edits && form[k].trim() && !safeUrl(form[k])) out[k] = s.record.invalidUrl;
  form.appendices.forEach((x, i) => {
    if ('appendices' in edits && x.url.trim() && !safeUrl(x.url)) out[`appendix.${i}`] = s.record.invalidUrl;
  });
  return out;
}

function useAgreementStrings() {
  return useBundle(agreementBundle);
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'conflict'; theirs?: Agreement } | { kind: 'error'; error: unknown };

export function RecordForm(props: { data: AgreementData; today: IsoDate; onSaved(agreement: Agreement): void }): JSX.Element {
  const { services, host, strings } = useApp();
  const s = useAgreementStrings();
  const theme = useTheme();
  const base = props.data.agreement;
  const canEdit = props.data.rights.edit;
  const draftKey = `agreement:${base.id}:record`;
  const [edits, setEdits] = React.useState<Partial<Form>>(() => readDraft<Partial<Form>>(draftKey) ?? {});
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });
  const [serverProblems, setServerProblems] = React.useState<Record<string, string>>({});
  const form: Form = { ...formOf(base, host.locale), ...edits };
  const dirty = Object.keys(edits).length > 0;
  const problems = { ...serverProblems, ...problemsOf(form, edits, s) };
  useUnsavedWarning(dirty);

  const set = <K extends Key>(k: K, v: Form[K]): void => {
    setEdits((e) => {
      const next = { ...e, [k]: v };
      writeDraft(draftKey, next);
      return next;
    });
    setServerProblems({});
    if (status.kind === 'saved') setStatus({ kind: 'idle' });
  };

  const save = async (onto: Agreement): Promise<void> => {
    if (Object.keys(problemsOf(form, edits, s)).length) return;
    const patch = patchOf(edits, form, onto);
    try {
      services.repos.agreements.validate(patch as Record<string, unknown>, true);
    } catch (e) {
      if (e instanceof ValidationError) {
        setServerProblems(messagesOf(strings, e.problems));
        return;
      }
      throw e;
    }
    setStatus({ kind: 'saving' });
    try {
      const result = await saveEntity(services.repos.agreements, onto, patch);
      if (result.kind === 'conflict') {
        setStatus({ kind: 'conflict', theirs: result.theirs });
        return;
      }
      clearDraft(draftKey);
      setEdits({});
      setStatus({ kind: 'saved' });
      props.onSaved(result.entity);
    } catch (e) {
      if (e instanceof ValidationError) {
        setServerProblems(messagesOf(strings, e.problems));
        setStatus({ kind: 'idle' });
      } else setStatus({ kind: 'error', error: e });
    }
  };

  const reloadTheirs = (theirs: Agreement | undefined): void => {
    clearDraft(draftKey);
    setEdits({});
    setStatus({ kind: 'idle' });
    if (theirs) props.onSaved(theirs);
  };

  const ro = !canEdit;
  const section = (id: string, title: string, children: React.ReactNode): JSX.Element => (
    <Stack as="fieldset" tokens={{ childrenGap: 8 }} style={{ border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12, margin: 0 }} data-testid={`record-${id}`}>
      <legend style={{ fontWeight: 600, padding: '0 4px' }}>{title}</legend>
      {children}
    </Stack>
  );
  const linkField = (k: 'caseSystemUrl' | 'workspaceUrl' | 'documentUrl', label: string): JSX.Element => {
    const href = safeUrl(form[k]);
    return (
      <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
        <Stack.Item grow>
          <TextField label={label} value={form[k]} onChange={(_, v) => set(k, v ?? '')} readOnly={ro} errorMessage={problems[k]} type="url" />
        </Stack.Item>
        {href && (
          <FluentLink href={href} target="_blank" rel="noopener noreferrer" style={{ paddingBottom: 6 }} aria-label={`${s.record.open}: ${label}`}>
            {s.record.open}
          </FluentLink>
        )}
      </Stack>
    );
  };

  return (
    <Stack as="section" tokens={{ childrenGap: 12 }} aria-labelledby="ac-agreement-record" data-testid="agreement-record">
      <Text as="h2" variant="large" id="ac-agreement-record" style={{ margin: 0 }}>
        {s.record.heading}
      </Text>
      {ro && <Text>{s.record.readOnly}</Text>}
      {section(
        'case',
        s.record.diaryNumber,
        <>
          <TextField
            label={s.record.diaryNumber}
            value={form.diaryNumber}
            onChange={(_, v) => set('diaryNumber', v ?? '')}
            readOnly={ro}
            description={format(s.record.diaryNumberHint, { example: DIARY_EXAMPLE })}
            errorMessage={problems.diaryNumber}
            data-testid="field-diaryNumber"
          />
          <DateField label={s.record.deadline} value={form.deadline} onChange={(v) => set('deadline', v)} today={props.today} disabled={ro} />
        </>,
      )}
      {section(
        'templates',
        s.record.templates,
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          <TextField label={s.record.templateAgreement} value={form.templateAgreement} onChange={(_, v) => set('templateAgreement', v ?? '')} readOnly={ro} description={s.record.templateHint} />
          <TextField label={s.record.templateAppendices} value={form.templateAppendices} onChange={(_, v) => set('templateAppendices', v ?? '')} readOnly={ro} />
        </Stack>,
      )}
      {section(
        'checklist',
        s.record.checklist,
        (['templateChecked', 'dataCollected', 'draftComplete'] as const).map((k) => (
          <Checkbox key={k} label={s.record.checklistItems[k]} checked={!!form.checklist[k]} disabled={ro} onChange={(_, v) => set('checklist', { ...form.checklist, [k]: !!v })} />
        )),
      )}
      {section(
        'services',
        s.record.services,
        <>
          <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
            {(['services', 'systems', 'projects'] as const).map((k) => (
              <TextField
                key={k}
                label={k === 'services' ? s.record.servicesList : k === 'systems' ? s.record.systemsList : s.record.projectsList}
                multiline
                rows={3}
                value={form[k]}
                onChange={(_, v) => set(k, v ?? '')}
                readOnly={ro}
                description={s.record.oneALine}
              />
            ))}
          </Stack>
          <Text block data-testid="services-verified">
            {form.verifiedBy && form.verifiedOn ? format(s.record.verifiedBy, { name: form.verifiedBy, date: formatDate(form.verifiedOn, host.locale) }) : s.record.notVerified}
          </Text>
          <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }}>
            <TextField label={s.record.verifierName} value={form.verifiedBy} onChange={(_, v) => set('verifiedBy', v ?? '')} readOnly={ro} />
            <DateField label={s.record.verifiedOn} value={form.verifiedOn} onChange={(v) => set('verifiedOn', v)} today={props.today} disabled={ro} />
            {!ro && (
              <DefaultButton
                text={s.record.markVerified}
                onClick={() => {
                  set('verifiedBy', form.verifiedBy.trim() || props.data.account?.systemManager?.title || '');
                  set('verifiedOn', props.today);
                }}
              />
            )}
          </Stack>
        </>,
      )}
      {section(
        'appendices',
        s.record.appendices,
        <>
          {form.appendices.length === 0 && <Text>{s.record.noAppendices}</Text>}
          {form.appendices.map((x, i) => {
            const change = (patch: Partial<Form['appendices'][number]>): void => set('appendices', form.appendices.map((y, k) => (k === i ? { ...y, ...patch } : y)));
            const href = safeUrl(x.url);
            return (
              <Stack key={i} horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }} role="group" aria-label={x.title || s.record.appendixTitle} data-testid="appendix-row">
                <TextField label={s.record.appendixTitle} value={x.title} onChange={(_, v) => change({ title: v ?? '' })} readOnly={ro} />
                <TextField label={s.record.appendixUrl} value={x.url} onChange={(_, v) => change({ url: v ?? '' })} readOnly={ro} errorMessage={problems[`appendix.${i}`]} />
                <TextField label={s.record.appendixDiary} value={x.diaryNumber} onChange={(_, v) => change({ diaryNumber: v ?? '' })} readOnly={ro} placeholder={form.diaryNumber || DIARY_EXAMPLE} />
                {href && (
                  <FluentLink href={href} target="_blank" rel="noopener noreferrer" style={{ paddingBottom: 6 }}>
                    {s.record.open}
                  </FluentLink>
                )}
                {!ro && (
                  <IconButton
                    iconProps={{ iconName: 'Delete' }}
                    ariaLabel={format(s.record.removeAppendix, { title: x.title || String(i + 1) })}
                    title={format(s.record.removeAppendix, { title: x.title || String(i + 1) })}
                    onClick={() => set('appendices', form.appendices.filter((_, k) => k !== i))}
                  />
                )}
              </Stack>
            );
          })}
          {!ro && (
            <div>
              <DefaultButton iconProps={{ iconName: 'Add' }} text={s.record.addAppendix} onClick={() => set('appendices', [...form.appendices, { title: '', url: '', diaryNumber: form.diaryNumber }])} />
            </div>
          )}
        </>,
      )}
      {section(
        'signatories',
        s.record.signatories,
        <>
          <Text block>{s.record.signatoriesHint}</Text>
          <ol style={{ margin: 0, paddingLeft: 20 }}>
            {form.signatures.map((x, i) => {
              const roleName = roleWords(x.role === 'customer' ? 'customerRepresentative' : x.role, s);
              return (
                <li key={i} style={{ marginBottom: 8 }} data-testid="signatory-row">
                  <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
                    <TextField
                      label={format(s.record.signatoryLabel, { order: i + 1, role: roleName })}
                      value={x.name}
                      // A recorded signature is history: its name stays as signed.
                      readOnly={ro || !!x.signedOn}
                      onChange={(_, v) => set('signatures', form.signatures.map((y, k) => (k === i ? { ...y, name: v ?? '' } : y)))}
                    />
                    <Text style={{ paddingBottom: 6 }}>{x.signedOn ? format(s.record.signedOn, { date: formatDate(x.signedOn, host.locale) }) : s.record.notSigned}</Text>
                    {!ro && !x.signedOn && (
                      <IconButton
                        iconProps={{ iconName: 'Delete' }}
                        ariaLabel={format(s.record.removeSignatory, { name: x.name || roleName })}
                        title={format(s.record.removeSignatory, { name: x.name || roleName })}
                        onClick={() => set('signatures', form.signatures.filter((_, k) => k !== i))}
                      />
                    )}
                  </Stack>
                </li>
              );
            })}
          </ol>
          {!ro && <SignatoryAdder onAdd={(role) => set('signatures', [...form.signatures, { role, name: '' }])} />}
        </>,
      )}
      {section(
        'budget',
        s.record.budget,
        <>
          <TextField label={s.record.transferredBudget} value={form.transferredBudget} onChange={(_, v) => set('transferredBudget', v ?? '')} readOnly={ro} inputMode="decimal" errorMessage={problems.transferredBudget} styles={{ root: { maxWidth: 240 } }} />
          <Text block style={{ fontWeight: 600 }}>
            {s.record.budgetAllocation}
          </Text>
          {form.allocation.map((x, i) => {
            const change = (patch: Partial<Form['allocation'][number]>): void => set('allocation', form.allocation.map((y, k) => (k === i ? { ...y, ...patch } : y)));
            return (
              <Stack key={i} horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }} role="group" aria-label={x.item || s.record.allocationItem}>
                <TextField label={s.record.allocationItem} value={x.item} onChange={(_, v) => change({ item: v ?? '' })} readOnly={ro} />
                <TextField label={s.record.allocationAmount} value={x.amount} onChange={(_, v) => change({ amount: v ?? '' })} readOnly={ro} inputMode="decimal" errorMessage={problems[`allocation.${i}`]} />
                {!ro && (
                  <IconButton
                    iconProps={{ iconName: 'Delete' }}
                    ariaLabel={format(s.record.removeAllocation, { item: x.item || String(i + 1) })}
                    title={format(s.record.removeAllocation, { item: x.item || String(i + 1) })}
                    onClick={() => set('allocation', form.allocation.filter((_, k) => k !== i))}
                  />
                )}
              </Stack>
            );
          })}
          {!ro && (
            <div>
              <DefaultButton iconProps={{ iconName: 'Add' }} text={s.record.addAllocation} onClick={() => set('allocation', [...form.allocation, { item: '', amount: '' }])} />
            </div>
          )}
        </>,
      )}
      {section(
        'plans',
        s.record.developmentPlans,
        <TextField label={s.record.developmentPlans} multiline rows={3} value={form.developmentPlans} onChange={(_, v) => set('developmentPlans', v ?? '')} readOnly={ro} description={s.record.developmentPlansHint} />,
      )}
      {section(
        'links',
        s.record.links,
        <>
          {linkField('caseSystemUrl', s.record.caseSystemUrl)}
          {linkField('workspaceUrl', s.record.workspaceUrl)}
          {linkField('documentUrl', s.record.documentUrl)}
          <TextField label={s.record.notes} multiline rows={3} value={form.notes} onChange={(_, v) => set('notes', v ?? '')} readOnly={ro} />
        </>,
      )}

      {status.kind === 'conflict' && (
        <ConflictBar
          onReload={() => reloadTheirs(status.theirs)}
          extra={status.theirs ? <MessageBarButton onClick={() => void save(status.theirs as Agreement)}>{s.record.saveMine}</MessageBarButton> : undefined}
        />
      )}
      {status.kind === 'error' && <ErrorBar error={status.error} />}
      {!ro && (
        <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 12 }}>
          <PrimaryButton text={status.kind === 'saving' ? s.record.saving : s.record.save} disabled={!dirty || status.kind === 'saving'} onClick={() => void save(base)} data-testid="record-save" />
          <div role="status" aria-live="polite">
            {status.kind === 'saved' ? s.record.saved : dirty ? s.record.unsaved : ''}
          </div>
        </Stack>
      )}
    </Stack>
  );
}

/** Adds a planned signatory of a role (the flow decides the order; the domain says when it is out of place). */
function SignatoryAdder(props: { onAdd(role: SignerRole): void }): JSX.Element {
  const s = useAgreementStrings();
  const roles: SignerRole[] = ['customerDirector', 'accountManager', 'directorGeneral', 'customerRepresentative'];
  return (
    <DefaultButton
      iconProps={{ iconName: 'Add' }}
      text={s.record.addSignatory}
      menuProps={{ items: roles.map((r) => ({ key: r, text: s.signerRole[r], onClick: () => props.onAdd(r) })) }}
    />
  );
}
