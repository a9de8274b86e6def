/**
 * The idea portfolio's reads and writes (docs/care-model.md §8; the rules: src/domain/ideaGate.ts).
 *
 * - `loadIdeas`: the view's first screen in ONE `$batch`: the ideas (one account's by the indexed ACAccount lookup
 *   when the page names the account by id; else the portfolio, one request per stage on the indexed ACStage), the
 *   gate decisions, the accounts, the current user and the rights on ACIdeas and ACIdeaDecisions (who may decide).
 * - `createIdea`: a new idea (title, account, source, description, starting at 'idea' or 'need') under the form's
 *   client key, so a double click or a retry returns the one already made. Only those SharePoint lets add to ACIdeas
 *   can: for anyone else the add is refused (accessDenied) and nothing is written.
 * - `moveIdea`: the simple moves before the gate (idea → need, need → solution analysis) with the history entry, one
 *   etag write.
 * - `saveCard`: the card's fields with the idea's etag (a 412 is DataError('conflict'); the caller keeps the input).
 * - `submitToGate`: the domain's 'submitCard' (refused with what is missing before anything is sent), the stage and
 *   the history entry in one etag write.
 * - `decide`: the steering group's decision. The ACIdeaDecisions item comes first, under the client key
 *   `ideaDecision:<idea>:<round>`; the key is unique, so a second leader deciding the same round at once gets the
 *   first one's decision back instead of a second one, and is told who decided what (IdeaDecidedElsewhere). Then
 *   the idea mirrors it (stage, date, reason, history) with its etag; a 412 (the manager touched the card) reads
 *   the idea again and mirrors the decision onto the fresh version. A GO then creates the follow-up action under a
 *   key derived from the idea, so a retry never makes a second one. Only leadership (and the owners) can write
 *   ACIdeaDecisions: for anyone else SharePoint refuses the first write (accessDenied) and nothing is written.
 */
import { DataError, FieldProblem, ValidationError } from '../errors';
import { f } from '../odata';
import type { ListRights, Services, Settled, SiteUser } from '../ports';
import { addDays, compareIsoDates, isIsoDate, IsoDate } from '../../domain/dates';
import { apply, applyMove, CARD_FIELDS, CardField, check, IdeaDecision, IdeaGateAction, IdeaGateError, IdeaHistoryEntry, IdeaMissing, IdeaMove } from '../../domain/ideaGate';
import { IDEA_SOURCES, IDEA_STAGES } from '../../domain/vocabulary';
import type { Account, Action, Idea, IdeaGateDecision, IdeaSource, IdeaStage } from '../../domain/types';

/** One page: a site's ideas per stage, its accounts and the steering group's decisions stay far below it. */
const PAGE = 5000;

/** The follow-up action of a GO is due four weeks after the decision (see `followUpDue`). */
export const FOLLOW_UP_DAYS = 28;

export type GateDecisionAction = Exclude<IdeaGateAction, 'submitCard'>;

const DECISION_OF: Record<GateDecisionAction, IdeaDecision> = { go: 'go', reject: 'rejected', return: 'returned' };
const ACTION_OF: Record<IdeaDecision, GateDecisionAction> = { go: 'go', rejected: 'reject', returned: 'return' };
/** The stages only the gate sets: shown as decided only when a decision says so. */
const DECIDED_STAGES: readonly IdeaStage[] = ['go', 'rejected', 'returned'];

const NO_RIGHTS: ListRights = { add: false, edit: false, editOthers: false };

export interface IdeasData {
  ideas: Idea[];
  /** Every gate decision of the ideas read, oldest first. */
  decisions: IdeaGateDecision[];
  accounts: Account[];
  /** The account the page named (`account=`), when it was found. */
  account?: Account;
  /** The page named an account that is not on this site. */
  unknownAccount?: string;
  me?: SiteUser;
  /** May add to ACIdeaDecisions: leadership (and the owners). Only decides what the UI offers; SharePoint enforces it. */
  canDecide: boolean;
  /** May edit ACIdeas (the card). */
  canEdit: boolean;
  /** May add to ACIdeas (a new idea). Only decides what the UI offers; SharePoint enforces it. */
  canAdd: boolean;
  problems: DataError[];
}

function settled<T>(x: Settled<T>, empty: T, problems: DataError[]): T {
  if (x.ok) return x.value;
  problems.push(x.error);
  return empty;
}

function findAccount(accounts: readonly Account[], wanted: string): Account | undefined {
  const key = wanted.trim().toLocaleLowerCase();
  return accounts.find((a) => a.abbreviation.toLocaleLowerCase() === key || String(a.id) === wanted.trim());
}

const byId = (a: { id: number }, b: { id: number }): number => a.id - b.id;

/**
 * The view's first read in ONE `$batch`. `account` is an abbreviation or an id: an id reads that account's ideas by
 * the indexed lookup; an abbreviation (the account tab's link) reads the portfolio, stage by stage, and keeps the
 * account's own, so the page still costs one round trip.
 */
export async function loadIdeas(services: Services, options: { account?: string } = {}): Promise<IdeasData> {
  const wanted = options.account?.trim() || undefined;
  const numeric = wanted && /^\d+$/.test(wanted) ? Number(wanted) : undefined;
  const r = await services.batch((repos, site) => {
    const ideas: Promise<Idea[]> =
      numeric !== undefined
        ? repos.ideas.find({ filter: f.eq('accountId', numeric), top: PAGE })
        : Promise.all(IDEA_STAGES.map((stage) => repos.ideas.find({ filter: f.eq('stage', stage), top: PAGE }))).then((pages) => pages.flat());
    return {
      ideas,
      // The steering group decides a few dozen ideas a year: the list is read whole, one page, as the settings are.
      decisions: repos.ideaDecisions.find({ top: PAGE }),
      accounts: repos.accounts.find({ top: PAGE }),
      me: site.currentUser(),
      decide: repos.ideaDecisions.rights(),
      edit: repos.ideas.rights(),
    };
  });
  if (!r.ideas.ok) throw r.ideas.error;
  const problems: DataError[] = [];
  const accounts = settled(r.accounts, [] as Account[], problems);
  const account = wanted ? findAccount(accounts, wanted) : undefined;
  let ideas = r.ideas.value;
  if (wanted && numeric === undefined) ideas = account ? ideas.filter((i) => i.accountId === account.id) : [];
  const ids = new Set(ideas.map((i) => i.id));
  const decisions = settled(r.decisions, [] as IdeaGateDecision[], problems).filter((d) => ids.has(d.ideaId)).sort(byId);
  const ideaRights = settled(r.edit, NO_RIGHTS, problems);
  return {
    ideas: ideas.sort(byId),
    decisions,
    accounts,
    account,
    unknownAccount: wanted && !account ? wanted : undefined,
    me: settled(r.me, undefined as SiteUser | undefined, problems),
    canDecide: settled(r.decide, NO_RIGHTS, problems).add,
    canEdit: ideaRights.edit,
    canAdd: ideaRights.add,
    problems,
  };
}

/** The current submission to the gate: the `at` of the latest submitCard entry (undefined: never submitted). */
export function gateRound(idea: Pick<Idea, 'gateHistory'>): string | undefined {
  let round: string | undefined;
  for (const h of idea.gateHistory ?? []) if (h.action === 'submitCard' && (!round || Date.parse(h.at) >= Date.parse(round))) round = h.at;
  return round;
}

/** The key of the one decision a round can have. An idea put at the gate by hand (no submission) has round 'none'. */
export function decisionKey(ideaId: number, round: string | undefined): string {
  return `ideaDecision:${ideaId}:${round ?? 'none'}`;
}

/** The key of a GO's follow-up action: one per idea, so a retried GO finds the one it made. */
export function followUpKey(ideaId: number): string {
  return `idea:${ideaId}:followUp`;
}

/**
 * The due date of a GO's follow-up action: four weeks after the decision. Derived from the decision alone (not from
 * the account's meeting calendar, which may be empty or change), so a retried GO computes the same date, and four
 * weeks gives the owner time to start the development before the steering group's next round.
 */
export function followUpDue(decidedOn: IsoDate): IsoDate {
  return addDays(decidedOn, FOLLOW_UP_DAYS);
}

export type ShownStage =
  | { stage: IdeaStage; kind: 'plain' }
  /** The gate moved it: the decision that says so. */
  | { stage: IdeaStage; kind: 'decided'; decision: IdeaGateDecision }
  /** ACIdeas says go/rejected/returned but no decision of the gate does: someone wrote the stage by hand. */
  | { stage: IdeaStage; kind: 'notDecided' };

/** The decisions of one idea, latest first. */
export function decisionsOf(ideaId: number, decisions: readonly IdeaGateDecision[]): IdeaGateDecision[] {
  return decisions.filter((d) => d.ideaId === ideaId).sort((a, b) => (Date.parse(b.round ?? '') || 0) - (Date.parse(a.round ?? '') || 0) || b.id - a.id);
}

const STAGE_OF: Record<IdeaDecision, IdeaStage> = { go: 'go', rejected: 'rejected', returned: 'returned' };

/**
 * The stage the view shows: the decision list is the authority. A decision of the current round shows its stage
 * even when the idea's own update has not landed yet; a gate stage without a decision is "not decided at the gate".
 */
export function shownStage(idea: Idea, decisions: readonly IdeaGateDecision[]): ShownStage {
  const mine = decisionsOf(idea.id, decisions);
  const round = gateRound(idea);
  if (idea.stage === 'awaitingGate') {
    const current = mine.find((d) => d.round === (round ?? 'none'));
    return current ? { stage: STAGE_OF[current.decision], kind: 'decided', decision: current } : { stage: idea.stage, kind: 'plain' };
  }
  if (!DECIDED_STAGES.includes(idea.stage)) return { stage: idea.stage, kind: 'plain' };
  const latest = mine[0];
  return latest && STAGE_OF[latest.decision] === idea.stage ? { stage: idea.stage, kind: 'decided', decision: latest } : { stage: idea.stage, kind: 'notDecided' };
}

// ---------------------------------------------------------------------------------------------------------------
// A new idea and the moves before the gate

/** The stages a new idea starts at: an idea, or a need already recognised. */
export const NEW_IDEA_STAGES = ['idea', 'need'] as const;
export type NewIdeaStage = (typeof NEW_IDEA_STAGES)[number];

export interface NewIdeaInput {
  title: string;
  accountId?: number;
  source?: IdeaSource;
  description?: string;
  stage?: NewIdeaStage;
}

/** The longest title SharePoint keeps (a single line of text). */
export const TITLE_MAX = 255;

/** What keeps a new idea from being saved, per field: the title (required, at most 255), the account, the stage and source as offered. */
export function newIdeaProblems(input: NewIdeaInput): FieldProblem[] {
  const out: FieldProblem[] = [];
  const title = (input.title ?? '').trim();
  if (!title) out.push({ field: 'title', code: 'required' });
  else if (title.length > TITLE_MAX) out.push({ field: 'title', code: 'tooLong', params: { max: TITLE_MAX } });
  if (typeof input.accountId !== 'number' || !Number.isInteger(input.accountId) || input.accountId <= 0) out.push({ field: 'accountId', code: 'required' });
  if (input.stage !== undefined && !NEW_IDEA_STAGES.includes(input.stage)) out.push({ field: 'stage', code: 'invalidChoice' });
  if (input.source !== undefined && !IDEA_SOURCES.includes(input.source)) out.push({ field: 'source', code: 'invalidChoice' });
  return out;
}

/**
 * Adds a new idea under `clientKey` (the form keeps it with its draft): a double click or a retry gets the one
 * already made back. Throws ValidationError (nothing sent) for a missing title or account, DataError('accessDenied')
 * for a user SharePoint does not let add ideas.
 */
export async function createIdea(services: Services, input: NewIdeaInput, clientKey: string): Promise<Idea> {
  const problems = newIdeaProblems(input);
  if (problems.length) throw new ValidationError(problems);
  const description = input.description?.trim() ? input.description : undefined;
  return services.repos.ideas.add({
    clientKey,
    title: input.title.trim(),
    accountId: input.accountId as number,
    stage: input.stage ?? 'idea',
    ...(input.source ? { source: input.source } : {}),
    ...(description ? { description } : {}),
  });
}

/**
 * A simple move before the gate (an idea → need, a need → the solution analysis), with its history entry, in one
 * etag write. Throws IdeaGateError('wrongStage') from any other stage (nothing sent), DataError('conflict') when
 * someone else saved the idea first.
 */
export async function moveIdea(services: Services, idea: Idea, move: IdeaMove, options: { now?: Date; by?: string } = {}): Promise<Idea> {
  const t = applyMove(idea, move, (options.now ?? new Date()).toISOString(), options.by);
  const patch = { ...t.patch, gateHistory: [...(idea.gateHistory ?? []), t.entry] };
  const etag = await services.repos.ideas.update(idea.id, patch, idea.etag);
  return { ...idea, ...patch, etag };
}

// ---------------------------------------------------------------------------------------------------------------
// The card

export type CardValues = Partial<Pick<Idea, CardField | 'title'>>;

/** What keeps a card from being saved (not from being submitted: empty fields are fine while it is prepared). */
export function cardSaveProblems(values: CardValues): IdeaMissing[] {
  const out: IdeaMissing[] = [];
  const cost = values.estimatedCost;
  if (cost !== undefined && (typeof cost !== 'number' || !Number.isFinite(cost))) out.push({ requirement: 'estimatedCost', detail: 'notNumber' });
  else if (typeof cost === 'number' && cost < 0) out.push({ requirement: 'estimatedCost', detail: 'negative' });
  return out;
}

/**
 * Saves the card's fields with the idea's etag. Throws IdeaGateError('missing') for a cost that is no number or
 * below zero (nothing sent), DataError('conflict') when someone else saved the idea first (the caller keeps the
 * input), accessDenied for a user who may not edit.
 */
export async function saveCard(services: Services, idea: Idea, values: CardValues): Promise<Idea> {
  const problems = cardSaveProblems(values);
  if (problems.length) throw new IdeaGateError('submitCard', { allowed: false, reason: 'missing', missing: problems });
  const patch: CardValues = {};
  for (const k of ['title', ...CARD_FIELDS] as const) {
    if (!(k in values)) continue;
    const v = values[k];
    (patch as Record<string, unknown>)[k] = typeof v === 'string' ? (v.trim() === '' ? undefined : v) : v;
  }
  const etag = await services.repos.ideas.update(idea.id, patch, idea.etag);
  return { ...idea, ...patch, etag };
}

/** Submits the card to the gate: refused with what is missing before anything is sent; one etag write. `by` is
 * the submitter's display name, kept in the history entry. */
export async function submitToGate(services: Services, idea: Idea, options: { now?: Date; by?: string } = {}): Promise<Idea> {
  const at = (options.now ?? new Date()).toISOString();
  const t = apply(idea, 'submitCard', { by: options.by }, at);
  const gateHistory = [...(idea.gateHistory ?? []), t.entry];
  const patch = { ...t.patch, gateHistory };
  const etag = await services.repos.ideas.update(idea.id, patch, idea.etag);
  return { ...idea, ...patch, etag };
}

// ---------------------------------------------------------------------------------------------------------------
// The gate

export interface DecisionInput {
  reason?: string;
  decidedOn?: IsoDate;
}

/**
 * What refuses a decision, before anything is sent: the domain's check (stage, reason, a dated GO and reject) and a
 * decision date after today (a decision is recorded once made). `canDecide` is what the UI believes; SharePoint
 * refuses the write of anyone else whatever this says.
 */
export function decisionCheck(idea: Idea, action: GateDecisionAction, input: DecisionInput, today: IsoDate, canDecide = true): ReturnType<typeof check> {
  const c = check(idea, action, { canDecide, reason: input.reason, decidedOn: input.decidedOn });
  const future = isIsoDate(input.decidedOn) && compareIsoDates(input.decidedOn, today) > 0;
  if (!future) return c;
  const missing: IdeaMissing[] = c.allowed ? [] : c.missing.filter((m) => m.requirement !== 'decisionDate');
  if (!c.allowed && c.reason !== 'missing') return c;
  return { allowed: false, reason: 'missing', missing: [...missing, { requirement: 'decisionDate', detail: 'future' }] };
}

/** A colleague's decision of the same round landed first: nothing of this run was written. */
export class IdeaDecidedElsewhere extends DataError {
  public readonly decision: IdeaGateDecision;

  public constructor(decision: IdeaGateDecision) {
    super('conflict', `The idea ${decision.ideaId} was already decided at this gate round (${decision.decision})`);
    this.name = 'IdeaDecidedElsewhere';
    this.decision = decision;
  }
}

export interface DecideResult {
  idea: Idea;
  decision: IdeaGateDecision;
  /** After a GO: the action that carries the idea into development. */
  followUp?: Action;
}

const sameDecision = (d: IdeaGateDecision, mine: { decision: IdeaDecision; reason: string; decidedOn?: IsoDate; by: number }): boolean =>
  d.decision === mine.decision && d.reason.trim() === mine.reason && (d.decidedOn ?? undefined) === (mine.decidedOn ?? undefined) && d.decidedBy?.id === mine.by;

/** Whether the idea already mirrors the decision (a retried run, or one whose answer was lost). */
function mirrors(idea: Idea, d: IdeaGateDecision): boolean {
  if (idea.stage !== STAGE_OF[d.decision]) return false;
  const round = d.round && d.round !== 'none' ? Date.parse(d.round) : 0;
  return (idea.gateHistory ?? []).some((h) => h.decision === d.decision && (h.reason ?? '') === d.reason.trim() && h.decidedOn === d.decidedOn && Date.parse(h.at) >= round);
}

/** The idea's fields that mirror a decision, onto whatever version of the idea was read. */
function mirrorPatch(idea: Idea, d: IdeaGateDecision, at: string, by?: string): Partial<Idea> {
  const to = STAGE_OF[d.decision];
  const entry: IdeaHistoryEntry = { action: ACTION_OF[d.decision], from: idea.stage, to, decision: d.decision, reason: d.reason.trim(), ...(d.decidedOn ? { decidedOn: d.decidedOn } : {}), at, ...(by ? { by } : {}) };
  return { stage: to, decisionOn: d.decidedOn, decisionReason: d.reason.trim(), gateHistory: [...(idea.gateHistory ?? []), entry] };
}

/**
 * The steering group decides: GO, reject or return. Throws IdeaGateError with what is missing (reason; the date of a
 * GO or reject; a date after today) before anything is sent; IdeaDecidedElsewhere when a colleague's decision of
 * this round landed first; DataError('accessDenied') for a user SharePoint does not let write decisions (nothing is
 * written). `account` (the idea's) names the follow-up's owner when the idea has none. `by` (the decider's display
 * name, else the current user's name on the site) is kept in the history entry.
 */
export async function decide(
  services: Services,
  idea: Idea,
  action: GateDecisionAction,
  input: DecisionInput,
  options: { today: IsoDate; now?: Date; account?: Account; by?: string },
): Promise<DecideResult> {
  const c = decisionCheck(idea, action, input, options.today);
  if (!c.allowed) throw new IdeaGateError(action, c);
  const at = (options.now ?? new Date()).toISOString();
  const needsAccount = action === 'go' && !idea.owner && !options.account;
  const pre = await services.batch((repos, site) => ({
    me: site.currentUser(),
    account: needsAccount ? repos.accounts.get(idea.accountId) : Promise.resolve(options.account),
  }));
  if (!pre.me.ok) throw pre.me.error;
  const me = pre.me.value;
  const by = options.by?.trim() || me.title || undefined;
  const reason = (input.reason as string).trim();
  const decidedOn = input.decidedOn || undefined;
  const round = gateRound(idea) ?? 'none';

  // (1) The decision: the authority. A second leader's create meets the unique key and gets the first one back.
  const landed = await services.repos.ideaDecisions.add({
    clientKey: decisionKey(idea.id, round),
    ideaId: idea.id,
    decision: DECISION_OF[action],
    reason,
    decidedOn,
    decidedBy: { id: me.id },
    round,
  });
  if (!sameDecision(landed, { decision: DECISION_OF[action], reason, decidedOn, by: me.id })) throw new IdeaDecidedElsewhere(landed);
  // A create answers people as ids: the decider is the current user, named.
  const decision: IdeaGateDecision = { ...landed, decidedBy: { id: me.id, title: me.title, email: me.email } };

  // (2) The idea mirrors it, with its etag; a 412 (the card was touched) mirrors it onto the fresh version.
  let current = idea;
  let patch = fromDomain(idea, action, reason, decidedOn, at, by);
  let updated: Idea | undefined;
  for (let attempt = 1; !updated; attempt++) {
    try {
      const etag = await services.repos.ideas.update(current.id, patch, current.etag);
      updated = { ...current, ...patch, etag };
    } catch (e) {
      if (!(e instanceof DataError && e.kind === 'conflict') || attempt === 3) throw e;
      current = await services.repos.ideas.get(idea.id);
      // Already mirrored (a retry), or submitted anew since (a later round is not overwritten by this one's decision).
      if (mirrors(current, decision) || (gateRound(current) ?? 'none') !== round) updated = current;
      else patch = mirrorPatch(current, decision, at, by);
    }
  }
  const result: DecideResult = { idea: updated, decision };
  if (action !== 'go') return result;

  // (3) GO: the follow-up action, once per idea.
  const account = pre.account.ok ? pre.account.value : undefined;
  const owner = idea.owner ?? account?.accountManager;
  const followUp = await services.repos.actions.add({
    clientKey: followUpKey(idea.id),
    title: idea.title,
    accountId: idea.accountId,
    source: 'idea',
    sourceRef: `idea:${idea.id}`,
    owner: owner ? { id: owner.id } : undefined,
    dueDate: followUpDue(decidedOn as IsoDate),
    status: 'open',
    goal: idea.goals,
    notes: reason,
  });
  // A create answers people as ids: the owner is the one named above (a retry's twin is read with names).
  result.followUp = owner && followUp.owner?.id === owner.id && !followUp.owner.title ? { ...followUp, owner } : followUp;
  return result;
}

function fromDomain(idea: Idea, action: GateDecisionAction, reason: string, decidedOn: IsoDate | undefined, at: string, by?: string): Partial<Idea> {
  const t = apply(idea, action, { canDecide: true, reason, decidedOn, by }, at);
  return { ...t.patch, decisionOn: decidedOn, decisionReason: reason, gateHistory: [...(idea.gateHistory ?? []), t.entry] };
}
