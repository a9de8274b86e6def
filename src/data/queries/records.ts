/**
 * The situation and feedback forms (docs/care-model.md §6): their first screen in ONE `$batch`, the quick-link
 * parameters, the forms' rules, and saving a record with its follow-up action.
 *
 * The batch reads the current user, the active accounts (indexed ACActive; tens of accounts), the channel's account
 * in a Teams tab (indexed channel id), the user's rights on ACSituationRecords, ACFeedback and ACActions, the people
 * who recently filed records (indexed ACDate, a narrow window: for a supervisor's recorder picker) and, when a
 * feedback is opened for handling, that item. Nothing waits for the user's id.
 *
 * Creates are safe to repeat: the record and its action carry client keys (unique index), so a second press of
 * submit, or a retry after a lost answer, returns what is already stored. The two creates run one after the other,
 * not in one `$batch`: a create whose key already exists looks its twin up, and a batch that has been sent takes no
 * further request.
 */
import { addDays, IsoDate, isIsoDate } from '../../domain/dates';
import type { FieldProblem } from '../../domain/validation';
import type { Account, Action, Draft, Feedback, FeedbackKind, FeedbackStatus, PersonRef, SituationCategory, SituationRecord } from '../../domain/types';
import { FEEDBACK_KINDS, SITUATION_CATEGORIES } from '../../domain/vocabulary';
import { DataError, ValidationError } from '../errors';
import { f } from '../odata';
import type { ListRights, Services, Settled, SiteUser } from '../ports';
import { listDef } from '../schema/lists';
import { TEXT_MAX, validateValues } from '../schema/validate';
import { channelFilter } from './accounts';

/** How far back the recorder picker looks for colleagues who file records (a narrow window on the indexed date). */
const RECENT_DAYS = 60;

// ---------------------------------------------------------------------------------------------------------------
// Quick links

/** What a quick link carries: `account=<id or abbreviation>`, `category=` (situation), `kind=` (feedback), `feedbackId=`. */
export interface QuickLink {
  account?: string;
  category?: SituationCategory;
  kind?: FeedbackKind;
  feedbackId?: number;
}

/** Reads the quick-link parameters; unknown keys and values are ignored (a link never breaks the form). */
export function parseQuickLink(query: Readonly<Record<string, string>> | undefined): QuickLink {
  const q = query ?? {};
  const out: QuickLink = {};
  const account = (q.account ?? '').trim();
  if (account && account.length <= 40) out.account = account;
  if ((SITUATION_CATEGORIES as readonly string[]).includes(q.category)) out.category = q.category as SituationCategory;
  if ((FEEDBACK_KINDS as readonly string[]).includes(q.kind)) out.kind = q.kind as FeedbackKind;
  const id = Number(q.feedbackId);
  if (Number.isInteger(id) && id > 0) out.feedbackId = id;
  return out;
}

/** The account a link names, by id or by abbreviation (any case). */
export function accountByRef(accounts: readonly Account[], ref: string | number | undefined): Account | undefined {
  if (ref === undefined || ref === '') return undefined;
  const asId = Number(ref);
  if (Number.isInteger(asId) && asId > 0) return accounts.find((a) => a.id === asId);
  const lower = String(ref).toLowerCase();
  return accounts.find((a) => a.abbreviation?.toLowerCase() === lower);
}

/**
 * A link to `pageUrl` that opens the form with `params` chosen (empty values dropped); the page's other parameters
 * are kept, a stale `feedbackId` is not (a link files a new item).
 */
export function quickLinkUrl(pageUrl: string, params: Record<string, string | undefined>): string {
  const url = new URL(pageUrl);
  url.searchParams.delete('feedbackId');
  for (const [k, v] of Object.entries(params)) {
    if (v) url.searchParams.set(k, v);
    else url.searchParams.delete(k);
  }
  return url.toString();
}

// ---------------------------------------------------------------------------------------------------------------
// The first read

export interface RecordRights {
  situations: ListRights;
  feedback: ListRights;
  actions: ListRights;
  /** Whether the rights could not be read (the form then offers everything and SharePoint answers). */
  unknown?: boolean;
}

export interface RecordFormsData {
  today: IsoDate;
  me: SiteUser;
  /** Active accounts: the user's own (manager or backup) first, then the rest, each by name. */
  accounts: Account[];
  /** How many of `accounts` are the user's own (the picker's first group). */
  ownCount: number;
  /** The account the form opens with: the quick link's, the page's, or the Teams channel's. */
  preset?: Account;
  /** A quick link's account that names no active account (said, not ignored). */
  unknownAccount?: string;
  rights: RecordRights;
  /** May file for someone else (supervisors: Override List Behaviors on the situation records). */
  mayPickRecorder: boolean;
  /** People the pickers offer (recorder, follow-up owner, handler). */
  people: PersonRef[];
  /** The feedback opened for handling (`feedbackId`). */
  feedback?: Feedback;
}

export interface RecordFormsRequest {
  today: IsoDate;
  link: QuickLink;
  /** The page's saved account (SharePoint property pane). */
  pageAccountId?: number;
  teams?: { teamId: string; channelId: string };
  collator: Intl.Collator;
}

const NO_RIGHTS: ListRights = { add: false, edit: false, editOthers: false };

export async function loadRecordForms(services: Services, req: RecordFormsRequest): Promise<RecordFormsData> {
  const { link } = req;
  const r = await services.batch((repos, site) => ({
    me: site.currentUser(),
    accounts: repos.accounts.find({ filter: f.eq('active', true), top: 500 }),
    channel: req.teams ? repos.accounts.find({ filter: channelFilter(req.teams.teamId, req.teams.channelId), top: 2 }) : Promise.resolve([] as Account[]),
    situationRights: repos.situationRecords.rights(),
    feedbackRights: repos.feedback.rights(),
    actionRights: repos.actions.rights(),
    // Colleagues who filed lately, for a supervisor's recorder picker; staff read only their own here (ReadSecurity 2).
    recent: repos.situationRecords.find({ filter: f.ge('date', addDays(req.today, -RECENT_DAYS)), top: 500 }),
    feedback: link.feedbackId ? repos.feedback.get(link.feedbackId) : Promise.resolve(undefined),
  }));
  if (!r.me.ok) throw r.me.error;
  if (!r.accounts.ok) throw r.accounts.error;
  // A feedback deleted meanwhile (or not the reader's to see) is said by the form; any other failure is an error.
  if (!r.feedback.ok && r.feedback.error.kind !== 'notFound') throw r.feedback.error;
  const me = r.me.value;
  const own = (a: Account): boolean => a.accountManager?.id === me.id || a.backup?.id === me.id;
  const byName = (a: Account, b: Account): number => req.collator.compare(a.name, b.name);
  const mine = r.accounts.value.filter(own).sort(byName);
  const others = r.accounts.value.filter((a) => !own(a)).sort(byName);
  const accounts = [...mine, ...others];
  // A list the user may not see answers as missing (SharePoint hides it): no rights, not "unknown".
  const rightsOf = (x: Settled<ListRights>, fallback: ListRights): ListRights => (x.ok ? x.value : x.error.kind === 'listMissing' ? NO_RIGHTS : fallback);
  const guessed = [r.situationRights, r.feedbackRights, r.actionRights].some((x) => !x.ok && x.error.kind !== 'listMissing');
  const rights: RecordRights = {
    situations: rightsOf(r.situationRights, { add: true, edit: true, editOthers: false }),
    feedback: rightsOf(r.feedbackRights, { add: true, edit: true, editOthers: false }),
    actions: rightsOf(r.actionRights, NO_RIGHTS),
    ...(guessed ? { unknown: true } : {}),
  };
  const feedback = r.feedback.ok ? r.feedback.value : undefined;
  // The link's account first (it is what the user clicked), then the feedback's own, the page's, the channel's.
  const fromLink = accountByRef(accounts, link.account);
  const channelAccount = r.channel.ok ? r.channel.value[0] : undefined;
  const preset =
    fromLink ??
    accountByRef(accounts, feedback?.accountId) ??
    accountByRef(accounts, req.pageAccountId) ??
    (channelAccount ? accounts.find((a) => a.id === channelAccount.id) ?? channelAccount : undefined);
  const people = new Map<number, PersonRef>();
  const add = (p?: PersonRef): void => {
    if (p && (!people.has(p.id) || (!people.get(p.id)!.title && p.title))) people.set(p.id, p);
  };
  add(me);
  add(feedback?.recorder);
  add(feedback?.handler);
  for (const a of accounts) {
    add(a.accountManager);
    add(a.backup);
  }
  if (r.recent.ok) r.recent.value.forEach((x) => add(x.recorder));
  return {
    today: req.today,
    me,
    accounts,
    ownCount: mine.length,
    preset,
    unknownAccount: link.account && !fromLink ? link.account : undefined,
    rights,
    mayPickRecorder: rights.situations.editOthers,
    people: [...people.values()].sort((a, b) => req.collator.compare(a.title ?? '', b.title ?? '') || a.id - b.id),
    feedback,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Rules

/** A follow-up action: who does what by when. */
export interface FollowUp {
  title: string;
  owner?: PersonRef;
  dueDate?: IsoDate;
}

/** The action's default title: the text's first words, cut at a word boundary (an action title is one line). */
export function followUpTitle(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trim()}…`;
}

function followUpProblems(followUp: FollowUp | undefined, accountId: number | undefined): FieldProblem[] {
  if (!followUp) return [];
  const problems: FieldProblem[] = [];
  const title = followUp.title.trim();
  if (!title) problems.push({ field: 'followUpTitle', code: 'required' });
  else if (title.length > TEXT_MAX) problems.push({ field: 'followUpTitle', code: 'tooLong', params: { max: TEXT_MAX } });
  if (!followUp.owner) problems.push({ field: 'followUpOwner', code: 'required' });
  if (!followUp.dueDate) problems.push({ field: 'followUpDue', code: 'required' });
  else if (!isIsoDate(followUp.dueDate)) problems.push({ field: 'followUpDue', code: 'invalidDate' });
  // An action belongs to an account (ACActions requires one).
  if (accountId === undefined) problems.push({ field: 'accountId', code: 'required' });
  return problems;
}

export type SituationValues = Draft<SituationRecord>;
export type FeedbackValues = Draft<Feedback>;

/** Every problem of a situation record (and its follow-up): the list's schema, then the form's own rules. */
export function validateSituation(values: SituationValues, followUp?: FollowUp): FieldProblem[] {
  return [...validateValues(listDef('situationRecords'), values as unknown as Record<string, unknown>), ...followUpProblems(followUp, values.accountId)];
}

/** Every problem of a feedback: the schema, "other" needs its reason, a reaction before reacted/closed, the follow-up. */
export function validateFeedback(values: Partial<FeedbackValues>, followUp?: FollowUp): FieldProblem[] {
  const problems = validateValues(listDef('feedback'), values as Record<string, unknown>);
  if (values.reason === 'other' && !values.reasonOther?.trim()) problems.push({ field: 'reasonOther', code: 'required' });
  if (needsReaction(values.status) && !values.reaction?.trim()) problems.push({ field: 'reaction', code: 'required' });
  return [...problems, ...followUpProblems(followUp, values.accountId)];
}

/** Reacted and closed feedback carry the reaction (every feedback gets one). */
export function needsReaction(status: FeedbackStatus | undefined): boolean {
  return status === 'answered' || status === 'closed';
}

/** The statuses a feedback may move to from `status` (forward, or back one step to correct a slip). */
export function nextStatuses(status: FeedbackStatus): FeedbackStatus[] {
  const order: FeedbackStatus[] = ['new', 'inProgress', 'answered', 'closed'];
  const i = order.indexOf(status);
  return order.filter((_, j) => j >= i - 1);
}

/** A conflict contact goes to the supervisor's view and to the team meeting. */
export function withConflictFlags(values: SituationValues): SituationValues {
  return values.category === 'conflict' ? { ...values, supervisorNotified: true, forReview: true } : values;
}

// ---------------------------------------------------------------------------------------------------------------
// Saving

export interface SaveResult<T> {
  item: T;
  action?: Action;
  /** The record was stored but its action was not: saving again (same keys) creates only the action. */
  actionError?: DataError;
}

/** The action's client key: the record's key with a suffix, so saving again finds both. */
export function actionKeyOf(recordKey: string): string {
  return `${recordKey}:action`;
}

async function addFollowUp(services: Services, source: 'situation' | 'feedback', recordKey: string, accountId: number, followUp: FollowUp): Promise<Pick<SaveResult<unknown>, 'action' | 'actionError'>> {
  const draft: Draft<Action> = {
    title: followUp.title.trim(),
    accountId,
    source,
    sourceRef: recordKey,
    owner: followUp.owner,
    dueDate: followUp.dueDate,
    status: 'open',
    clientKey: actionKeyOf(recordKey),
  };
  try {
    return { action: await services.repos.actions.add(draft) };
  } catch (e) {
    if (e instanceof DataError) return { actionError: e };
    throw e;
  }
}

/** Files a situation record (client key required) and its follow-up action; refused values throw ValidationError. */
export async function saveSituation(services: Services, values: SituationValues, followUp?: FollowUp): Promise<SaveResult<SituationRecord>> {
  if (!values.clientKey) throw new DataError('unknown', 'A situation record needs its client key');
  const v = withConflictFlags(values);
  const problems = validateSituation(v, followUp);
  if (problems.length) throw new ValidationError(problems);
  const item = await services.repos.situationRecords.add(v);
  if (!followUp || v.accountId === undefined) return { item };
  return { item, ...(await addFollowUp(services, 'situation', v.clientKey!, v.accountId, followUp)) };
}

/** Files a feedback (client key required) and its follow-up action. */
export async function saveFeedback(services: Services, values: FeedbackValues, followUp?: FollowUp): Promise<SaveResult<Feedback>> {
  if (!values.clientKey) throw new DataError('unknown', 'A feedback needs its client key');
  const problems = validateFeedback(values, followUp);
  if (problems.length) throw new ValidationError(problems);
  const item = await services.repos.feedback.add(values);
  if (!followUp || values.accountId === undefined) return { item };
  return { item, ...(await addFollowUp(services, 'feedback', values.clientKey, values.accountId, followUp)) };
}

export type FeedbackPatch = Partial<Pick<Feedback, 'status' | 'reaction' | 'handler' | 'reactedOn' | 'respondentInformed' | 'forReview'>>;

export type UpdateFeedbackResult = ({ kind: 'saved' } & SaveResult<Feedback>) | { kind: 'conflict'; theirs?: Feedback; error: DataError };

/**
 * Saves the handling of `base` with its etag. Reacted or closed without a reaction is refused; the first move to
 * reacted stamps the day. A 412 returns their version so the form keeps the user's input beside it. The action's
 * key comes from the feedback's own key (or its id when it has none), so saving twice creates one action.
 */
export async function updateFeedback(services: Services, base: Feedback, patch: FeedbackPatch, today: IsoDate, followUp?: FollowUp): Promise<UpdateFeedbackResult> {
  const p: FeedbackPatch = { ...patch };
  if (needsReaction(p.status) && !base.reactedOn && !p.reactedOn) p.reactedOn = today;
  const problems = validateFeedback({ ...base, ...p }, followUp);
  if (problems.length) throw new ValidationError(problems);
  let etag: string;
  try {
    etag = await services.repos.feedback.update(base.id, p, base.etag);
  } catch (e) {
    if (!(e instanceof DataError) || e.kind !== 'conflict') throw e;
    const theirs = await services.repos.feedback.get(base.id).catch(() => undefined);
    return { kind: 'conflict', theirs, error: e };
  }
  const item: Feedback = { ...base, ...p, etag };
  if (!followUp || base.accountId === undefined) return { kind: 'saved', item };
  const key = base.clientKey ?? `feedback:${base.id}`;
  return { kind: 'saved', item, ...(await addFollowUp(services, 'feedback', key, base.accountId, followUp)) };
}
