/**
 * Care tiers (Hoitomallit), in the setup view: per segment its name, description, meetings (type, times a year,
 * level), annual clock template and survey, and the accounts that follow it, each of which can be moved to another
 * tier (which replans the account's clock from today). Site owners edit; everyone else sees the tiers read-only.
 * SharePoint decides who may: a save by anyone else is refused there, and the form says so and keeps the input.
 * A chunk of its own, opened from the setup view (CareTiersEntry.tsx, which carries the section's heading).
 */
import * as React from 'react';
import { DefaultButton, Dropdown, IDropdownOption, MessageBar, MessageBarButton, MessageBarType, PrimaryButton, Shimmer, Stack, Text, TextField, useTheme } from '@fluentui/react';
import { newClientKey } from '../../data/clientKey';
import { DataError, ValidationError } from '../../data/errors';
import { CareTiersData, loadCareTiers, moveAccountToSegment, saveSegment, SegmentInput, TierMoveReport, TierValidationError } from '../../data/queries/careTiers';
import { meetingField, MeetingProp, plannedMeetingsPerYear, TierProblem, validateTier } from '../../domain/careTiers';
import { todayInHelsinki } from '../../domain/dates';
import type { Account, CareTierMeeting, Segment } from '../../domain/types';
import { MEETING_LEVELS, MEETING_TYPES, SURVEY_KINDS } from '../../domain/vocabulary';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { messagesOf } from '../../ui/forms/problems';
import { bundle as tierStrings, CareTierStrings } from './careTierStrings';

// ---------------------------------------------------------------------------------------------------------------
// The form's draft: text as typed, so nothing the user wrote is lost to parsing.

interface MeetingRow {
  key: string;
  meetingType: string;
  perYear: string;
  level: string;
}

interface TierDraft {
  name: string;
  description: string;
  clockTemplate: string;
  survey: string;
  meetings: MeetingRow[];
}

let rowSeq = 0;
const rowKey = (): string => `row-${++rowSeq}`;

function draftOf(segment?: Segment): TierDraft {
  return {
    name: segment?.name ?? '',
    description: segment?.description ?? '',
    clockTemplate: segment?.clockTemplate?.trim() ?? '',
    survey: segment?.careTier?.survey ?? '',
    meetings: (segment?.careTier?.meetings ?? []).map((m) => ({ key: rowKey(), meetingType: m.meetingType, perYear: String(m.perYear ?? ''), level: m.level ?? '' })),
  };
}

/** "12" → 12; anything else stays a value validateTier refuses (NaN, 2.5, 0). */
const perYearOf = (text: string): number => (text.trim() === '' ? NaN : Number(text.trim()));

/** The draft as the data layer takes it; validateTier checks it before anything is sent. */
function inputOf(draft: TierDraft): Omit<SegmentInput, 'id' | 'clientKey'> {
  return {
    name: draft.name,
    description: draft.description,
    clockTemplate: draft.clockTemplate,
    careTier: {
      meetings: draft.meetings.map((m) => ({ meetingType: m.meetingType, perYear: perYearOf(m.perYear), ...(m.level ? { level: m.level } : {}) }) as CareTierMeeting),
      ...(draft.survey ? { survey: draft.survey as SegmentInput['careTier']['survey'] } : {}),
    },
  };
}

function problemText(s: CareTierStrings, p: TierProblem): string {
  return format(s.problems[p.code], { max: p.detail ?? '', value: p.detail ?? '' });
}

/** Messages per field: the tier's own problems, then any the repository found (a description that is too long). */
function messagesFor(s: CareTierStrings, problems: TierProblem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) out[p.field] = out[p.field] ? `${out[p.field]} ${problemText(s, p)}` : problemText(s, p);
  return out;
}

function summaryText(s: CareTierStrings, meetings: Array<Pick<CareTierMeeting, 'perYear' | 'level' | 'meetingType'>>): string {
  const m = plannedMeetingsPerYear({ meetings: meetings as CareTierMeeting[] });
  return format(s.summary, { total: m.total, ...m.byLevel, unlevelled: m.unlevelled });
}

// ---------------------------------------------------------------------------------------------------------------
// The section

type Notice = { segmentId?: number; kind: MessageBarType; text: string };

export function CareTiers(): JSX.Element {
  const { services } = useApp();
  const s = useBundle(tierStrings);
  const [data, setData] = React.useState<CareTiersData>();
  const [error, setError] = React.useState<unknown>();
  const [drafts, setDrafts] = React.useState<string[]>([]);
  const [notice, setNotice] = React.useState<Notice>();
  const noticeRef = React.useRef<HTMLDivElement>(null);

  const load = React.useCallback(async () => {
    setError(undefined);
    try {
      setData(await loadCareTiers(services));
    } catch (e) {
      setError(e);
    }
  }, [services]);

  React.useEffect(() => {
    load().catch(() => undefined);
  }, [load]);

  const saved = (segment: Segment, clientKey?: string): void => {
    setData((d) => {
      if (!d) return d;
      const exists = d.segments.some((x) => x.id === segment.id);
      return {
        ...d,
        segments: exists ? d.segments.map((x) => (x.id === segment.id ? { ...x, ...segment } : x)) : [...d.segments, segment],
        accountsBySegment: exists ? d.accountsBySegment : { ...d.accountsBySegment, [segment.id]: [] },
      };
    });
    if (clientKey) setDrafts((keys) => keys.filter((k) => k !== clientKey));
    setNotice({ segmentId: segment.id, kind: MessageBarType.success, text: clientKey ? s.created : s.saved });
  };

  /** Someone else's version replaces the form (after a conflict, by the user's choice). */
  const replaced = (segment: Segment): void => {
    setData((d) => (d ? { ...d, segments: d.segments.map((x) => (x.id === segment.id ? segment : x)) } : d));
    setNotice(undefined);
  };

  const moved = async (account: Account, target: Segment, report: TierMoveReport): Promise<void> => {
    const label = account.abbreviation ? `${account.name} (${account.abbreviation})` : account.name;
    const text = report.segmentChanged || report.removed || report.created
      ? format(s.moved, { account: label, tier: target.name, removed: report.removed, created: report.created })
      : format(s.movedNoChange, { account: label, tier: target.name });
    setNotice({ kind: MessageBarType.success, text });
    await load();
    // The row the user was on has moved to another tier: the outcome takes the focus.
    noticeRef.current?.focus();
  };

  const tierCards = data?.segments ?? [];
  return (
    <Stack tokens={{ childrenGap: 12 }}>
        {data && !data.canEdit && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline>
            {s.readOnly}
          </MessageBar>
        )}
        <div ref={noticeRef} tabIndex={-1} data-testid="care-tier-notice">
          {notice && notice.segmentId === undefined && (
            <MessageBar messageBarType={notice.kind} isMultiline role="status">
              {notice.text}
            </MessageBar>
          )}
        </div>
        {error !== undefined && <ErrorBar error={error} onRetry={() => load()} />}
        {!data && error === undefined && (
          <div aria-busy="true">
            <Shimmer width="50%" />
            <Shimmer style={{ marginTop: 8 }} />
          </div>
        )}
        {data && tierCards.length === 0 && drafts.length === 0 && <Text>{s.noSegments}</Text>}
        {data &&
          tierCards.map((segment) => (
            <TierCard
              key={segment.id}
              segment={segment}
              data={data}
              notice={notice?.segmentId === segment.id ? notice : undefined}
              onSaved={(x) => saved(x)}
              onReplaced={replaced}
              onMoved={moved}
              onReload={() => load()}
            />
          ))}
        {data &&
          drafts.map((clientKey) => (
            <TierCard
              key={clientKey}
              clientKey={clientKey}
              data={data}
              onSaved={(x) => saved(x, clientKey)}
              onDiscard={() => setDrafts((keys) => keys.filter((k) => k !== clientKey))}
              onReplaced={replaced}
              onMoved={moved}
              onReload={() => load()}
            />
          ))}
        {data?.canEdit && (
          <Stack horizontal>
            <DefaultButton text={s.addTier} onClick={() => setDrafts((keys) => [...keys, newClientKey()])} />
          </Stack>
        )}
        {data && data.unassigned.length > 0 && (
          <section aria-labelledby="ac-care-tiers-unassigned">
            <Text as="h3" variant="mediumPlus" id="ac-care-tiers-unassigned" style={{ fontWeight: 600 }}>
              {s.unassignedHeading}
            </Text>
            <AccountList accounts={data.unassigned} segments={data.segments} onMoved={moved} onReload={() => load()} />
          </section>
        )}
    </Stack>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// One tier

interface TierCardProps {
  segment?: Segment;
  /** A new tier: the client key its create carries (kept across retries). */
  clientKey?: string;
  data: CareTiersData;
  notice?: Notice;
  onSaved: (segment: Segment) => void;
  onReplaced: (segment: Segment) => void;
  onDiscard?: () => void;
  onMoved: (account: Account, target: Segment, report: TierMoveReport) => Promise<void>;
  onReload: () => void;
}

function TierCard(props: TierCardProps): JSX.Element {
  const { segment, data } = props;
  const s = useBundle(tierStrings);
  const theme = useTheme();
  const id = `ac-tier-${segment?.id ?? props.clientKey}`;
  return (
    <article aria-labelledby={id} style={{ border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 2, padding: 16 }}>
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h3" variant="mediumPlus" id={id} style={{ fontWeight: 600 }}>
          {segment?.name || s.newTier}
        </Text>
        {props.notice && (
          <MessageBar messageBarType={props.notice.kind} role="status">
            {props.notice.text}
          </MessageBar>
        )}
        {data.canEdit ? (
          // Keyed by the etag: a save or the other user's version starts the form again from what is stored.
          <TierForm key={segment?.etag ?? props.clientKey} {...props} />
        ) : (
          segment && <TierReadOnly segment={segment} templates={data.templates} />
        )}
        {segment && (
          <section aria-label={`${s.accountsHeading}: ${segment.name}`}>
            <Text as="h4" variant="medium" style={{ fontWeight: 600, margin: '8px 0 4px' }}>
              {s.accountsHeading} ({(data.accountsBySegment[segment.id] ?? []).length})
            </Text>
            {(data.accountsBySegment[segment.id] ?? []).length === 0 ? (
              <Text>{s.noAccounts}</Text>
            ) : (
              <AccountList accounts={data.accountsBySegment[segment.id]} current={segment.id} segments={data.segments} onMoved={props.onMoved} onReload={props.onReload} />
            )}
          </section>
        )}
      </Stack>
    </article>
  );
}

function useCellStyle(): React.CSSProperties {
  const theme = useTheme();
  return { padding: '4px 12px 4px 0', textAlign: 'left', verticalAlign: 'top', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` };
}

function templateOptions(s: CareTierStrings, templates: string[], current: string): IDropdownOption[] {
  const options: IDropdownOption[] = templates.map((t) => ({ key: t, text: t }));
  if (current && !templates.includes(current)) options.push({ key: current, text: format(s.templateMissing, { template: current }) });
  return options;
}

function TierReadOnly(props: { segment: Segment; templates: string[] }): JSX.Element {
  const s = useBundle(tierStrings);
  const c = useBundle(choiceBundle);
  const cell = useCellStyle();
  const { segment } = props;
  const meetings = segment.careTier?.meetings ?? [];
  const template = segment.clockTemplate?.trim();
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      {segment.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{segment.description}</Text>}
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: 0 }}>
        <dt>{s.fields.clockTemplate}</dt>
        <dd style={{ margin: 0 }}>{template ? (props.templates.includes(template) ? template : format(s.templateMissing, { template })) : '–'}</dd>
        <dt>{s.fields.survey}</dt>
        <dd style={{ margin: 0 }}>{segment.careTier?.survey ? c.surveyKind[segment.careTier.survey] ?? segment.careTier.survey : s.noSurvey}</dd>
      </dl>
      {meetings.length === 0 ? (
        <Text>{s.noMeetings}</Text>
      ) : (
        <table aria-label={`${s.meetingsHeading}: ${segment.name}`} style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col" style={cell}>{s.meetingColumns.meetingType}</th>
              <th scope="col" style={{ ...cell, textAlign: 'right' }}>{s.meetingColumns.perYear}</th>
              <th scope="col" style={cell}>{s.meetingColumns.level}</th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m, i) => (
              <tr key={`${m.meetingType}-${i}`}>
                <th scope="row" style={{ ...cell, fontWeight: 400 }}>{c.meetingType[m.meetingType] ?? m.meetingType}</th>
                <td style={{ ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{m.perYear}</td>
                <td style={cell}>{m.level ? c.meetingLevel[m.level] ?? m.level : s.noLevel}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Text>{summaryText(s, meetings)}</Text>
    </Stack>
  );
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'problems' } | { kind: 'conflict'; theirs?: Segment } | { kind: 'noAccess' } | { kind: 'error'; error: unknown };

function TierForm(props: TierCardProps): JSX.Element {
  const { segment, data } = props;
  const { services, strings } = useApp();
  const s = useBundle(tierStrings);
  const c = useBundle(choiceBundle);
  const cell = useCellStyle();
  const [draft, setDraft] = React.useState<TierDraft>(() => draftOf(segment));
  const [tried, setTried] = React.useState(false);
  const [serverProblems, setServerProblems] = React.useState<TierProblem[]>([]);
  const [repoMessages, setRepoMessages] = React.useState<Record<string, string>>({});
  const [state, setState] = React.useState<SaveState>({ kind: 'idle' });

  const problems = tried ? [...validateTier(inputOf(draft), data.templates), ...serverProblems] : [];
  const messages = { ...repoMessages, ...messagesFor(s, problems) };
  const msg = (field: string): string | undefined => messages[field];
  const rowMsg = (row: number, prop: MeetingProp): string | undefined => messages[meetingField(row, prop)];

  const change = (patch: Partial<TierDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerProblems([]);
    setRepoMessages({});
    if (state.kind !== 'conflict') setState({ kind: 'idle' });
  };
  const changeRow = (key: string, patch: Partial<MeetingRow>): void => change({ meetings: draft.meetings.map((m) => (m.key === key ? { ...m, ...patch } : m)) });

  const save = async (etag = segment?.etag): Promise<void> => {
    setTried(true);
    const input = inputOf(draft);
    if (validateTier(input, data.templates).length) {
      setState({ kind: 'problems' });
      return;
    }
    setState({ kind: 'saving' });
    try {
      const saved = await saveSegment(services, segment ? { ...input, id: segment.id } : { ...input, clientKey: props.clientKey }, etag);
      props.onSaved(saved);
    } catch (e) {
      if (e instanceof TierValidationError) {
        setServerProblems(e.tierProblems);
        setState({ kind: 'problems' });
      } else if (e instanceof ValidationError) {
        setRepoMessages(messagesOf(strings, e.problems));
        setState({ kind: 'problems' });
      } else if (e instanceof DataError && e.kind === 'conflict' && segment) {
        let theirs: Segment | undefined;
        try {
          theirs = await services.repos.segments.get(segment.id);
        } catch {
          // The conflict stands; the user's input stays either way.
        }
        setState({ kind: 'conflict', theirs });
      } else if (e instanceof DataError && e.kind === 'accessDenied') {
        setState({ kind: 'noAccess' });
      } else setState({ kind: 'error', error: e });
    }
  };

  const busy = state.kind === 'saving';
  const typeOptions: IDropdownOption[] = MEETING_TYPES.map((t) => ({ key: t, text: c.meetingType[t] }));
  const levelOptions: IDropdownOption[] = [{ key: '', text: s.noLevel }, ...MEETING_LEVELS.map((l) => ({ key: l, text: c.meetingLevel[l] }))];
  const surveyOptions: IDropdownOption[] = [{ key: '', text: s.noSurvey }, ...SURVEY_KINDS.map((k) => ({ key: k, text: c.surveyKind[k] }))];
  const column = (name: string, row: number): string => format(s.rowControl, { column: name, row });

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
        <TextField label={s.fields.name} required value={draft.name} onChange={(_, v) => change({ name: v ?? '' })} errorMessage={msg('name')} styles={{ root: { width: 280 } }} />
        <Dropdown
          label={s.fields.clockTemplate}
          required
          placeholder={s.noTemplate}
          options={templateOptions(s, data.templates, draft.clockTemplate)}
          selectedKey={draft.clockTemplate || null}
          onChange={(_, o) => change({ clockTemplate: String(o?.key ?? '') })}
          errorMessage={msg('clockTemplate')}
          styles={{ root: { width: 220 } }}
        />
        <Dropdown
          label={s.fields.survey}
          options={surveyOptions}
          selectedKey={draft.survey}
          onChange={(_, o) => change({ survey: String(o?.key ?? '') })}
          errorMessage={msg('survey')}
          styles={{ root: { width: 260 } }}
        />
      </Stack>
      <TextField label={s.fields.description} multiline autoAdjustHeight value={draft.description} onChange={(_, v) => change({ description: v ?? '' })} errorMessage={msg('description')} />
      <Text as="h4" variant="medium" style={{ fontWeight: 600, margin: '8px 0 0' }} id={`${segment?.id ?? props.clientKey}-meetings`}>
        {s.meetingsHeading}
      </Text>
      {draft.meetings.length === 0 ? (
        <Text>{s.noMeetings}</Text>
      ) : (
        <table aria-labelledby={`${segment?.id ?? props.clientKey}-meetings`} style={{ borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th scope="col" style={cell}>{s.meetingColumns.meetingType}</th>
              <th scope="col" style={cell}>{s.meetingColumns.perYear}</th>
              <th scope="col" style={cell}>{s.meetingColumns.level}</th>
              <th scope="col" style={cell}>{s.meetingColumns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {draft.meetings.map((m, i) => (
              <tr key={m.key}>
                <td style={cell}>
                  <Dropdown
                    ariaLabel={column(s.meetingColumns.meetingType, i + 1)}
                    placeholder={s.meetingColumns.meetingType}
                    options={typeOptions}
                    selectedKey={m.meetingType || null}
                    onChange={(_, o) => changeRow(m.key, { meetingType: String(o?.key ?? '') })}
                    errorMessage={rowMsg(i, 'meetingType')}
                    styles={{ root: { width: 240 } }}
                  />
                </td>
                <td style={cell}>
                  <TextField
                    ariaLabel={column(s.meetingColumns.perYear, i + 1)}
                    inputMode="numeric"
                    value={m.perYear}
                    onChange={(_, v) => changeRow(m.key, { perYear: v ?? '' })}
                    errorMessage={rowMsg(i, 'perYear')}
                    styles={{ root: { width: 120 } }}
                  />
                </td>
                <td style={cell}>
                  <Dropdown
                    ariaLabel={column(s.meetingColumns.level, i + 1)}
                    options={levelOptions}
                    selectedKey={m.level}
                    onChange={(_, o) => changeRow(m.key, { level: String(o?.key ?? '') })}
                    errorMessage={rowMsg(i, 'level')}
                    styles={{ root: { width: 160 } }}
                  />
                </td>
                <td style={cell}>
                  <DefaultButton
                    text={s.removeMeeting}
                    ariaLabel={format(s.removeMeetingLabel, { row: i + 1 })}
                    onClick={() => change({ meetings: draft.meetings.filter((x) => x.key !== m.key) })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Stack horizontal>
        <DefaultButton text={s.addMeeting} onClick={() => change({ meetings: [...draft.meetings, { key: rowKey(), meetingType: '', perYear: '', level: '' }] })} />
      </Stack>
      <Text>{summaryText(s, inputOf(draft).careTier.meetings)}</Text>
      {state.kind === 'problems' && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">
          {s.fixProblems}
        </MessageBar>
      )}
      {state.kind === 'noAccess' && (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline role="alert">
          {s.noAccess}
        </MessageBar>
      )}
      {state.kind === 'error' && <ErrorBar error={state.error} onRetry={() => save()} />}
      {state.kind === 'conflict' && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          role="alert"
          actions={
            state.theirs ? (
              <div>
                <MessageBarButton onClick={() => save(state.theirs!.etag)}>{strings.saveMineAnyway}</MessageBarButton>
                <MessageBarButton onClick={() => props.onReplaced(state.theirs!)}>{strings.keepTheirs}</MessageBarButton>
              </div>
            ) : (
              <MessageBarButton onClick={props.onReload}>{s.refresh}</MessageBarButton>
            )
          }
        >
          {s.conflict}
        </MessageBar>
      )}
      <Stack horizontal tokens={{ childrenGap: 8 }}>
        <PrimaryButton text={busy ? s.saving : s.save} disabled={busy} onClick={() => save(state.kind === 'conflict' && state.theirs ? state.theirs.etag : segment?.etag)} />
        {props.onDiscard && <DefaultButton text={s.discardNew} disabled={busy} onClick={props.onDiscard} />}
      </Stack>
    </Stack>
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Accounts and moving them

interface AccountListProps {
  accounts: Account[];
  /** The tier these accounts follow (undefined: none). */
  current?: number;
  segments: Segment[];
  onMoved: (account: Account, target: Segment, report: TierMoveReport) => Promise<void>;
  onReload: () => void;
}

function AccountList(props: AccountListProps): JSX.Element {
  const s = useBundle(tierStrings);
  const cell = useCellStyle();
  return (
    <Stack tokens={{ childrenGap: 4 }}>
      <Text variant="small">{s.moveHint}</Text>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <thead>
          <tr>
            <th scope="col" style={cell}>{s.accountColumns.account}</th>
            <th scope="col" style={cell}>{s.accountColumns.move}</th>
          </tr>
        </thead>
        <tbody>
          {props.accounts.map((a) => (
            <AccountRow key={a.id} account={a} {...props} />
          ))}
        </tbody>
      </table>
    </Stack>
  );
}

type MoveState = { kind: 'closed' } | { kind: 'open'; target?: number } | { kind: 'moving'; target: number } | { kind: 'failed'; target?: number; error: unknown };

function AccountRow(props: AccountListProps & { account: Account }): JSX.Element {
  const { account } = props;
  const { services, strings } = useApp();
  const s = useBundle(tierStrings);
  const cell = useCellStyle();
  const [state, setState] = React.useState<MoveState>({ kind: 'closed' });
  const label = account.abbreviation ? `${account.name} (${account.abbreviation})` : account.name;
  const options: IDropdownOption[] = props.segments.filter((x) => x.id !== props.current).map((x) => ({ key: x.id, text: x.name }));
  const target = state.kind === 'closed' ? undefined : state.target;

  const move = async (): Promise<void> => {
    const to = props.segments.find((x) => x.id === target);
    if (!to) return;
    setState({ kind: 'moving', target: to.id });
    try {
      const report = await moveAccountToSegment(services, account, to.id, todayInHelsinki());
      await props.onMoved(account, to, report);
    } catch (e) {
      setState({ kind: 'failed', target: to.id, error: e });
    }
  };

  const failure = state.kind === 'failed' ? state.error : undefined;
  return (
    <tr>
      <th scope="row" style={{ ...cell, fontWeight: 400 }}>
        {label}
      </th>
      <td style={cell}>
        {state.kind === 'closed' ? (
          <DefaultButton text={s.moveOpen} ariaLabel={format(s.moveOpenLabel, { account: label })} onClick={() => setState({ kind: 'open' })} />
        ) : (
          <Stack tokens={{ childrenGap: 8 }}>
            <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
              <Dropdown
                label={s.moveTarget}
                options={options}
                selectedKey={target ?? null}
                onChange={(_, o) => setState({ kind: 'open', target: Number(o?.key) })}
                styles={{ root: { width: 240 } }}
              />
              <PrimaryButton text={state.kind === 'moving' ? s.moving : s.moveConfirm} disabled={target === undefined || state.kind === 'moving'} onClick={move} />
              <DefaultButton text={strings.cancel} disabled={state.kind === 'moving'} onClick={() => setState({ kind: 'closed' })} />
            </Stack>
            {failure !== undefined &&
              (failure instanceof DataError && failure.kind === 'conflict' ? (
                <MessageBar messageBarType={MessageBarType.warning} isMultiline role="alert" actions={<MessageBarButton onClick={props.onReload}>{s.refresh}</MessageBarButton>}>
                  {s.moveConflict}
                </MessageBar>
              ) : failure instanceof DataError && failure.kind === 'accessDenied' ? (
                <MessageBar messageBarType={MessageBarType.blocked} isMultiline role="alert">
                  {s.moveNoAccess}
                </MessageBar>
              ) : (
                <ErrorBar error={failure} onRetry={move} />
              ))}
          </Stack>
        )}
      </td>
    </tr>
  );
}
