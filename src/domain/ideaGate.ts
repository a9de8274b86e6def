/**
 * The idea portfolio's gate as a state machine (docs/care-model.md §8). An idea's card (description, goals,
 * estimated cost, risks, schedule, benefit analysis) is prepared during the need and the solution analysis, then
 * submitted to the gate; the steering group (leadership) decides GO, reject, or return for preparation, each with a
 * reason and a date. A returned idea is at the card stage again and is submitted anew.
 *
 * Besides the gate's moves, the two simple moves before it are modelled (`checkMove`, `applyMove`): an idea becomes a
 * need, a need goes to the solution analysis (Ratsu). The small-development path and development → done are not. `check` says what is missing, `apply` gives the patch and the history entry, `replay`
 * walks a history back to a stage, as in agreementFlow.ts.
 */
import { isIsoDate } from './dates';
import type { Idea, IdeaStage, IsoDate } from './types';

export type IdeaGateAction = 'submitCard' | 'go' | 'reject' | 'return';
export const IDEA_GATE_ACTIONS: readonly IdeaGateAction[] = ['submitCard', 'go', 'reject', 'return'];

/** Where the card is written: the need (the idea card), the solution analysis (Ratsu), and after a return. */
export const CARD_STAGES: readonly IdeaStage[] = ['need', 'solutionAnalysis', 'returned'];

export type IdeaDecision = 'go' | 'rejected' | 'returned';

/** The simple stage moves before the gate: idea → need, need → solution analysis. */
export type IdeaMove = 'toNeed' | 'toAnalysis';
export const IDEA_MOVES: readonly IdeaMove[] = ['toNeed', 'toAnalysis'];
const MOVE: Record<IdeaMove, { from: IdeaStage; to: IdeaStage }> = { toNeed: { from: 'idea', to: 'need' }, toAnalysis: { from: 'need', to: 'solutionAnalysis' } };

const TARGET: Record<IdeaGateAction, IdeaStage> = { submitCard: 'awaitingGate', go: 'go', reject: 'rejected', return: 'returned' };
const DECISION: Record<Exclude<IdeaGateAction, 'submitCard'>, IdeaDecision> = { go: 'go', reject: 'rejected', return: 'returned' };

export const CARD_FIELDS = ['description', 'goals', 'estimatedCost', 'risks', 'schedule', 'benefitAnalysis'] as const;
export type CardField = (typeof CARD_FIELDS)[number];

export type IdeaRequirement = CardField | 'reason' | 'decisionDate';

export interface IdeaMissing {
  requirement: IdeaRequirement;
  /** e.g. 'negative' for a cost below zero, or the date as given when it is no date. */
  detail?: string;
}

export type IdeaCheck =
  | { allowed: true }
  | { allowed: false; reason: 'wrongStage' | 'notLeadership' | 'missing'; missing: IdeaMissing[] };

export interface IdeaGateInput {
  /** The caller is leadership (the steering group): only it decides at the gate. */
  canDecide?: boolean;
  reason?: string;
  decidedOn?: IsoDate;
  /** Who makes the move (the display name), kept in the history entry. */
  by?: string;
}

export interface IdeaHistoryEntry {
  action: IdeaGateAction | IdeaMove;
  from: IdeaStage;
  to: IdeaStage;
  decision?: IdeaDecision;
  reason?: string;
  decidedOn?: IsoDate;
  /** When it was recorded (ISO instant). */
  at: string;
  /** Who made the move (the display name); entries written before it was kept have none. */
  by?: string;
}

export interface FollowUpProposal {
  title: string;
  accountId: number;
  /** `idea:<id>`, so the follow-up action is made once per idea. */
  sourceRef: string;
}

export interface IdeaTransition {
  patch: Partial<Idea>;
  entry: IdeaHistoryEntry;
  /** After a GO: the action that carries the idea into development. */
  followUp?: FollowUpProposal;
}

export class IdeaGateError extends Error {
  public readonly check: Extract<IdeaCheck, { allowed: false }>;

  public constructor(action: IdeaGateAction | IdeaMove, check: Extract<IdeaCheck, { allowed: false }>) {
    super(`Idea action ${action} refused: ${check.reason}${check.missing.length ? ` (${check.missing.map((m) => m.requirement).join(', ')})` : ''}`);
    this.name = 'IdeaGateError';
    this.check = check;
  }
}

const filled = (s: string | undefined): boolean => typeof s === 'string' && s.trim() !== '';

/** Each card field that is empty, or a cost that is no number or below zero. */
export function cardProblems(idea: Pick<Idea, CardField>): IdeaMissing[] {
  const out: IdeaMissing[] = [];
  for (const field of CARD_FIELDS) {
    if (field === 'estimatedCost') {
      const cost = idea.estimatedCost;
      if (typeof cost !== 'number' || !Number.isFinite(cost)) out.push({ requirement: field });
      else if (cost < 0) out.push({ requirement: field, detail: 'negative' });
    } else if (!filled(idea[field])) out.push({ requirement: field });
  }
  return out;
}

const fromStages = (action: IdeaGateAction): readonly IdeaStage[] => (action === 'submitCard' ? CARD_STAGES : ['awaitingGate']);

const refuse = (reason: Extract<IdeaCheck, { allowed: false }>['reason'], missing: IdeaMissing[] = []): IdeaCheck => ({ allowed: false, reason, missing });

function dateProblem(decidedOn: string | undefined): IdeaMissing[] {
  if (!filled(decidedOn)) return [{ requirement: 'decisionDate' }];
  return isIsoDate(decidedOn) ? [] : [{ requirement: 'decisionDate', detail: decidedOn }];
}

export function check(idea: Idea, action: IdeaGateAction, input: IdeaGateInput = {}): IdeaCheck {
  if (!fromStages(action).includes(idea.stage)) return refuse('wrongStage');
  if (action === 'submitCard') {
    const missing = cardProblems(idea);
    return missing.length ? refuse('missing', missing) : { allowed: true };
  }
  if (!input.canDecide) return refuse('notLeadership');
  const missing: IdeaMissing[] = filled(input.reason) ? [] : [{ requirement: 'reason' }];
  // A return needs only its reason (the date defaults to none); GO and reject are dated decisions.
  if (action !== 'return' || filled(input.decidedOn)) missing.push(...dateProblem(input.decidedOn));
  return missing.length ? refuse('missing', missing) : { allowed: true };
}

/** Every gate action with whether it may run now. */
export function availableActions(idea: Idea, input: IdeaGateInput = {}): { action: IdeaGateAction; check: IdeaCheck }[] {
  return IDEA_GATE_ACTIONS.map((action) => ({ action, check: check(idea, action, input) }));
}

/** The transition of an allowed action; throws IdeaGateError (with the check) otherwise. `at` is the ISO instant. */
export function apply(idea: Idea, action: IdeaGateAction, input: IdeaGateInput, at: string): IdeaTransition {
  const c = check(idea, action, input);
  if (!c.allowed) throw new IdeaGateError(action, c);
  const to = TARGET[action];
  const by = filled(input.by) ? { by: (input.by as string).trim() } : {};
  if (action === 'submitCard') return { patch: { stage: to }, entry: { action, from: idea.stage, to, at, ...by } };
  const reason = (input.reason as string).trim();
  const decidedOn = filled(input.decidedOn) ? input.decidedOn : undefined;
  const patch: Partial<Idea> = decidedOn ? { stage: to, decisionOn: decidedOn } : { stage: to };
  const entry: IdeaHistoryEntry = { action, from: idea.stage, to, decision: DECISION[action], reason, ...(decidedOn ? { decidedOn } : {}), at, ...by };
  if (action !== 'go') return { patch, entry };
  return { patch, entry, followUp: { title: idea.title, accountId: idea.accountId, sourceRef: `idea:${idea.id}` } };
}

/** Whether a simple move may run now: only from its one stage (an idea → need, a need → solution analysis). */
export function checkMove(idea: Pick<Idea, 'stage'>, move: IdeaMove): IdeaCheck {
  return idea.stage === MOVE[move].from ? { allowed: true } : refuse('wrongStage');
}

/** The patch and history entry of a simple move; throws IdeaGateError('wrongStage') from any other stage. */
export function applyMove(idea: Idea, move: IdeaMove, at: string, by?: string): IdeaTransition {
  const c = checkMove(idea, move);
  if (!c.allowed) throw new IdeaGateError(move, c);
  const to = MOVE[move].to;
  return { patch: { stage: to }, entry: { action: move, from: idea.stage, to, at, ...(filled(by) ? { by: (by as string).trim() } : {}) } };
}

/**
 * The stage a history leads to from `initial` (by default 'idea' when an entry leaves the idea stage, as nothing
 * returns there, else the card stage 'need'): entries by `at` (ties keep their
 * order), each followed when it starts where the previous one ended; one that starts elsewhere (a twin left by a
 * failed write) is passed over.
 */
export function replay(history: readonly Pick<IdeaHistoryEntry, 'from' | 'to' | 'at'>[], initial?: IdeaStage): IdeaStage {
  let stage = initial ?? (history.some((h) => h.from === 'idea') ? 'idea' : 'need');
  const ordered = history.map((h, i) => ({ h, i, t: Date.parse(h.at) })).sort((a, b) => a.t - b.t || a.i - b.i);
  for (const { h } of ordered) if (h.from === stage) stage = h.to;
  return stage;
}
