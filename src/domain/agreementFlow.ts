/**
 * The service agreement process as a state machine (docs/care-model.md §2, §9). A flow is data: its stages (a subset
 * of AGREEMENT_STAGES, in their order), whether it needs a diary number, the signing order and the fields each
 * action requires, so a site can add or tune a flow (settings key `agreements.flows`) without code.
 *
 * `check` says whether an action may run now and, if not, why (wrong stage, what is missing, who must sign next);
 * `apply` turns an allowed action into a transition (the agreement's patch and the history entry's stages);
 * `replay` walks the history back to a stage, so the history and the agreement can be checked against each other.
 */
import { AGREEMENT_STAGES, SIGNER_ROLES } from './vocabulary';
import { isIsoDate } from './dates';
import { iso, workingDayOnOrBefore } from './holidays';
import type { Agreement, AgreementHistoryEntry, AgreementSignature, AgreementStage, IsoDate, SignerRole } from './types';

export type { SignerRole };

export type AgreementAction =
  | 'openCase' // planning → caseOpened (needs a valid diary number when the flow requires one)
  | 'startDrafting' // caseOpened → drafting (flows without a case step: planning → drafting)
  | 'sendForReview' // drafting → customerReview (needs the drafting checklist complete)
  | 'requestChanges' // customerReview → changesRequested (needs a comment)
  | 'submitRevision' // changesRequested → customerReview
  | 'approve' // customerReview → approved (approved by both)
  | 'startSigning' // approved → inSignature (needs the signatories in the flow's order)
  | 'recordSignature' // inSignature → inSignature, or → signed with the last signature; only the NEXT signer
  | 'store'; // signed → stored (needs the case-system link and the workspace link)

/** Every action, in the order of the process (the order availableActions lists them in). */
export const AGREEMENT_ACTIONS: readonly AgreementAction[] = [
  'openCase',
  'startDrafting',
  'sendForReview',
  'requestChanges',
  'submitRevision',
  'approve',
  'startSigning',
  'recordSignature',
  'store',
];

export type RequirementId =
  | 'diaryNumber'
  | 'checklistComplete'
  | 'appendicesCarryDnro'
  | 'comment'
  | 'signatories'
  | 'caseSystemUrl'
  | 'workspaceUrl'
  | 'servicesVerified';

export interface FlowStep {
  stage: AgreementStage;
  /** Requirement ids checked to leave this stage. */
  requirements: RequirementId[];
}

export interface AgreementFlow {
  /** 'ork' (default) | 'cityPartnership' | a site's own. */
  id: string;
  name: { fi: string; sv: string; en: string };
  /** Stages in order, a subset of AGREEMENT_STAGES (a city unit's flow has no caseOpened). */
  stages: AgreementStage[];
  requiresDiaryNumber: boolean;
  /** Signing order; each inner array: the roles that may sign at that position. */
  signingOrder: SignerRole[][];
  /** Required fields per action, as data (so a flow edits them without code). */
  requirements: Partial<Record<AgreementAction, RequirementId[]>>;
}

/** The ORK model: case and diary number first; the customer director (or the account manager), the Director General, then the customer. */
export const ORK_FLOW: AgreementFlow = {
  id: 'ork',
  name: { fi: 'Palvelusopimus (ORK)', sv: 'Tjänsteavtal (ORK)', en: 'Service agreement (ORK)' },
  stages: [...AGREEMENT_STAGES],
  requiresDiaryNumber: true,
  signingOrder: [['customerDirector', 'accountManager'], ['directorGeneral'], ['customerRepresentative']],
  requirements: {
    openCase: ['diaryNumber'],
    sendForReview: ['checklistComplete', 'servicesVerified', 'appendicesCarryDnro'],
    requestChanges: ['comment'],
    startSigning: ['signatories'],
    recordSignature: ['signatories'],
    store: ['caseSystemUrl', 'workspaceUrl'],
  },
};

/** The partnership model's city unit: no case step, no diary number, no Director General; stored in the workspace. */
export const CITY_PARTNERSHIP_FLOW: AgreementFlow = {
  id: 'cityPartnership',
  name: { fi: 'Kumppanuussopimus (kaupunki)', sv: 'Partnerskapsavtal (stad)', en: 'Partnership agreement (city)' },
  stages: AGREEMENT_STAGES.filter((s) => s !== 'caseOpened'),
  requiresDiaryNumber: false,
  signingOrder: [['customerDirector', 'accountManager'], ['customerRepresentative']],
  requirements: {
    sendForReview: ['checklistComplete'],
    requestChanges: ['comment'],
    startSigning: ['signatories'],
    recordSignature: ['signatories'],
    store: ['workspaceUrl'],
  },
};

export const BUILT_IN_FLOWS: readonly AgreementFlow[] = [ORK_FLOW, CITY_PARTNERSHIP_FLOW];

/** The flow with this id: a site's own first (it may redefine a built-in one), then the built-in ones, else ORK. */
export function flowById(id: string | undefined, custom: AgreementFlow[] = []): AgreementFlow {
  if (!id) return custom.find((f) => f.id === ORK_FLOW.id) ?? ORK_FLOW;
  return custom.find((f) => f.id === id) ?? BUILT_IN_FLOWS.find((f) => f.id === id) ?? custom.find((f) => f.id === ORK_FLOW.id) ?? ORK_FLOW;
}

const REQUIREMENT_IDS: readonly RequirementId[] = [
  'diaryNumber',
  'checklistComplete',
  'appendicesCarryDnro',
  'comment',
  'signatories',
  'caseSystemUrl',
  'workspaceUrl',
  'servicesVerified',
];

/**
 * The site's own flows from the settings value (a JSON array of AgreementFlow). Flows that do not hold together
 * (unknown stage or role, stages out of order, no signing order) are left out, so one bad edit cannot stop the
 * agreements view; the built-in flows stay.
 */
export function parseFlows(json: string | undefined): AgreementFlow[] {
  if (!json) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.filter(isFlow);
}

function isFlow(x: unknown): x is AgreementFlow {
  if (!x || typeof x !== 'object') return false;
  const f = x as Partial<AgreementFlow>;
  if (typeof f.id !== 'string' || !f.id) return false;
  if (!f.name || typeof f.name.fi !== 'string' || typeof f.name.sv !== 'string' || typeof f.name.en !== 'string') return false;
  if (!Array.isArray(f.stages) || f.stages.length === 0) return false;
  const at = f.stages.map((s) => (AGREEMENT_STAGES as readonly string[]).indexOf(s));
  if (at.some((i, k) => i < 0 || (k > 0 && i <= at[k - 1]))) return false;
  if (!f.stages.includes('planning') || !f.stages.includes('stored')) return false;
  if (typeof f.requiresDiaryNumber !== 'boolean') return false;
  if (!Array.isArray(f.signingOrder) || f.signingOrder.length === 0) return false;
  if (!f.signingOrder.every((p) => Array.isArray(p) && p.length > 0 && p.every((r) => (SIGNER_ROLES as readonly string[]).includes(r)))) return false;
  if (!f.requirements || typeof f.requirements !== 'object') return false;
  return Object.entries(f.requirements).every(
    ([a, ids]) => (AGREEMENT_ACTIONS as readonly string[]).includes(a) && Array.isArray(ids) && ids.every((id) => REQUIREMENT_IDS.includes(id as RequirementId)),
  );
}

export interface Missing {
  requirement: RequirementId;
  /** e.g. the appendix titles without the Dnro, the next signer's role, the unchecked checklist item. */
  detail?: string;
}

export type Check =
  | { allowed: true }
  | { allowed: false; reason: 'wrongStage' | 'missing' | 'signatureOutOfOrder' | 'notInFlow'; missing: Missing[] };

export interface ActionInput {
  comment?: string;
  signature?: { role: SignerRole; name: string; signedOn: IsoDate };
}

export interface Transition {
  action: AgreementAction;
  from: AgreementStage;
  to: AgreementStage;
  /** What the agreement's item changes (always its stage). */
  patch: Partial<Agreement>;
  comment?: string;
  /** When it happened (ISO instant): the history entry's changedAt. */
  at: string;
}

export class AgreementRuleError extends Error {
  public readonly check: Extract<Check, { allowed: false }>;

  public constructor(action: AgreementAction, check: Extract<Check, { allowed: false }>) {
    super(`Agreement action ${action} refused: ${check.reason}${check.missing.length ? ` (${check.missing.map((m) => m.requirement + (m.detail ? `: ${m.detail}` : '')).join(', ')})` : ''}`);
    this.name = 'AgreementRuleError';
    this.check = check;
  }
}

// --- Stages each action moves between -------------------------------------------------------------------------

/** Where an action starts and ends in a flow; undefined when the flow lacks one of its stages. */
function edge(flow: AgreementFlow, action: AgreementAction): { from: AgreementStage; to: AgreementStage } | undefined {
  const has = (s: AgreementStage): boolean => flow.stages.includes(s);
  const e = ((): { from: AgreementStage; to: AgreementStage } => {
    switch (action) {
      case 'openCase':
        return { from: 'planning', to: 'caseOpened' };
      case 'startDrafting':
        return { from: has('caseOpened') ? 'caseOpened' : 'planning', to: 'drafting' };
      case 'sendForReview':
        return { from: 'drafting', to: 'customerReview' };
      case 'requestChanges':
        return { from: 'customerReview', to: 'changesRequested' };
      case 'submitRevision':
        return { from: 'changesRequested', to: 'customerReview' };
      case 'approve':
        return { from: 'customerReview', to: 'approved' };
      case 'startSigning':
        return { from: 'approved', to: 'inSignature' };
      case 'recordSignature':
        return { from: 'inSignature', to: 'signed' };
      case 'store':
        return { from: 'signed', to: 'stored' };
    }
  })();
  return has(e.from) && has(e.to) ? e : undefined;
}

// --- Signatories ----------------------------------------------------------------------------------------------

/** v5 data called the customer's representative 'customer'. */
export function signerRoleOf(s: Pick<AgreementSignature, 'role'>): SignerRole {
  return s.role === 'customer' ? 'customerRepresentative' : s.role;
}

/** The signatories in signing order: by `order` where given (v5 data), else as listed. */
export function signatoriesInOrder(agreement: Pick<Agreement, 'signatures'>): AgreementSignature[] {
  const list = agreement.signatures ?? [];
  return list
    .map((s, i) => ({ s, k: s.order ?? i + 1, i }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.s);
}

function positionOf(flow: AgreementFlow, role: SignerRole): number {
  return flow.signingOrder.findIndex((p) => p.includes(role));
}

/** Only the customer's side may have several signatories at one position ("customer representatives"). */
function mayRepeat(flow: AgreementFlow, position: number): boolean {
  return flow.signingOrder[position].every((r) => r === 'customerRepresentative');
}

/**
 * Whether the planned signatories follow the flow's order: every position signed by one (the customer's by one
 * or more), none out of place. Returns the problems as Missing entries (detail: the roles expected there).
 */
function signatoryProblems(flow: AgreementFlow, agreement: Agreement): Missing[] {
  const list = signatoriesInOrder(agreement);
  const outOfPlace: Missing[] = [];
  const covered = new Set<number>();
  let at = 0;
  for (const s of list) {
    const role = signerRoleOf(s);
    const p = positionOf(flow, role);
    // A role of no position, one earlier than a signer before it, or a second one where one is enough.
    if (p < 0 || p < at || (covered.has(p) && !mayRepeat(flow, p)) || s.name.trim() === '') {
      outOfPlace.push({ requirement: 'signatories', detail: role });
      continue;
    }
    at = p;
    covered.add(p);
  }
  const uncovered = flow.signingOrder.flatMap((roles, p) => (covered.has(p) ? [] : [{ requirement: 'signatories' as const, detail: roles.join('|') }]));
  return [...uncovered, ...outOfPlace];
}

/** The next signatory in order who has not signed (index into signatoriesInOrder), or -1 when all have. */
function nextSignerIndex(agreement: Agreement): number {
  return signatoriesInOrder(agreement).findIndex((s) => !s.signedOn);
}

/** Who signs next: the planned signatory and the roles that may sign at that position. */
export function nextSigner(flow: AgreementFlow, agreement: Agreement): { signatory: AgreementSignature; roles: SignerRole[] } | undefined {
  const i = nextSignerIndex(agreement);
  if (i < 0) return undefined;
  const signatory = signatoriesInOrder(agreement)[i];
  const p = positionOf(flow, signerRoleOf(signatory));
  return { signatory, roles: p >= 0 ? flow.signingOrder[p] : [signerRoleOf(signatory)] };
}

// --- Requirements ---------------------------------------------------------------------------------------------

// The diary number's form lives in its own small module: the repositories' validation checks it on every save.
export { isValidDiaryNumber } from './diaryNumber';
import { isValidDiaryNumber } from './diaryNumber';

const CHECKLIST_ITEMS = ['templateChecked', 'dataCollected', 'draftComplete'] as const;

const filled = (s: string | undefined): boolean => !!s && s.trim() !== '';

function requirementProblems(flow: AgreementFlow, agreement: Agreement, id: RequirementId, input: ActionInput | undefined): Missing[] {
  switch (id) {
    case 'diaryNumber':
      // A flow without diary numbers accepts none, but one that is given must still be well formed.
      if (!filled(agreement.diaryNumber)) return flow.requiresDiaryNumber ? [{ requirement: id }] : [];
      return isValidDiaryNumber(agreement.diaryNumber as string) ? [] : [{ requirement: id, detail: agreement.diaryNumber }];
    case 'checklistComplete':
      return CHECKLIST_ITEMS.filter((k) => !agreement.checklist?.[k]).map((k) => ({ requirement: id, detail: k }));
    case 'appendicesCarryDnro': {
      if (!flow.requiresDiaryNumber) return [];
      const dnro = agreement.diaryNumber?.trim();
      if (!dnro) return [{ requirement: 'diaryNumber' }];
      const without = (agreement.appendices ?? []).filter((a) => a.diaryNumber?.trim() !== dnro).map((a) => a.title);
      return without.length ? [{ requirement: id, detail: without.join(', ') }] : [];
    }
    case 'comment':
      return filled(input?.comment) ? [] : [{ requirement: id }];
    case 'signatories':
      return signatoryProblems(flow, agreement);
    case 'caseSystemUrl':
      return filled(agreement.caseSystemUrl?.url) ? [] : [{ requirement: id }];
    case 'workspaceUrl':
      return filled(agreement.workspaceUrl?.url) ? [] : [{ requirement: id }];
    case 'servicesVerified':
      return filled(agreement.services?.verifiedBy) && isIsoDate(agreement.services?.verifiedOn) ? [] : [{ requirement: id }];
  }
}

// --- check / apply --------------------------------------------------------------------------------------------

const refuse = (reason: Extract<Check, { allowed: false }>['reason'], missing: Missing[] = []): Check => ({ allowed: false, reason, missing });

export function check(flow: AgreementFlow, agreement: Agreement, action: AgreementAction, input?: ActionInput): Check {
  const e = edge(flow, action);
  if (!e) return refuse('notInFlow');
  if (agreement.stage !== e.from) return refuse('wrongStage');
  const missing = (flow.requirements[action] ?? []).flatMap((id) => requirementProblems(flow, agreement, id, input));
  if (missing.length) return refuse('missing', missing);
  if (action === 'recordSignature') return checkSignature(flow, agreement, input);
  return { allowed: true };
}

/** Only the next signatory in order signs; someone of the same position may sign instead (the account manager for the director). */
function checkSignature(flow: AgreementFlow, agreement: Agreement, input: ActionInput | undefined): Check {
  const next = nextSigner(flow, agreement);
  // No one left to sign while still in signature: the plan is empty or all signed (the stage should have moved).
  if (!next) return refuse('missing', [{ requirement: 'signatories' }]);
  const expected: Missing = { requirement: 'signatories', detail: signerRoleOf(next.signatory) };
  const sig = input?.signature;
  if (!sig || !filled(sig.name) || !isIsoDate(sig.signedOn)) return refuse('missing', [expected]);
  if (!next.roles.includes(sig.role)) return refuse('signatureOutOfOrder', [expected]);
  // Signatures are dated in order too: none before the previous one.
  const prev = signatoriesInOrder(agreement).filter((s) => s.signedOn).pop();
  if (prev?.signedOn && sig.signedOn < prev.signedOn) return refuse('signatureOutOfOrder', [expected]);
  return { allowed: true };
}

/** Every action of the flow with whether it may run now (and why not). Actions whose stages the flow lacks are left out. */
export function availableActions(flow: AgreementFlow, agreement: Agreement): { action: AgreementAction; check: Check }[] {
  return AGREEMENT_ACTIONS.filter((a) => edge(flow, a)).map((action) => ({ action, check: check(flow, agreement, action) }));
}

export function apply(flow: AgreementFlow, agreement: Agreement, action: AgreementAction, input: ActionInput | undefined, at: string): Transition {
  const c = check(flow, agreement, action, input);
  if (!c.allowed) throw new AgreementRuleError(action, c);
  const e = edge(flow, action) as { from: AgreementStage; to: AgreementStage };
  const comment = filled(input?.comment) ? (input?.comment as string).trim() : undefined;
  if (action === 'recordSignature') {
    const sig = input?.signature as NonNullable<ActionInput['signature']>;
    const list = signatoriesInOrder(agreement);
    const i = nextSignerIndex(agreement);
    // Written back in signing order with explicit positions, so v5 `order` values and the array agree.
    const signatures = list.map((s, k) => ({ ...s, order: k + 1, ...(k === i ? { role: sig.role, name: sig.name.trim(), signedOn: sig.signedOn } : {}) }));
    const last = signatures.every((s) => !!s.signedOn);
    const to: AgreementStage = last ? 'signed' : 'inSignature';
    return { action, from: e.from, to, patch: last ? { stage: to, signatures, signedOn: sig.signedOn } : { stage: to, signatures }, comment, at };
  }
  return { action, from: e.from, to: e.to, patch: { stage: e.to }, comment, at };
}

/**
 * The stage the history leads to: entries ordered by changedAt (ties keep their order), each followed when it
 * starts where the previous one ended (or starts nowhere: the item's creation). An entry that starts elsewhere
 * (a twin left by a failed write) is passed over.
 */
export function replay(
  flow: AgreementFlow,
  history: Pick<AgreementHistoryEntry, 'fromStage' | 'toStage' | 'changedAt'>[],
  initial?: AgreementStage,
): AgreementStage {
  let stage: AgreementStage = initial ?? flow.stages[0];
  const ordered = history.map((h, i) => ({ h, i, t: Date.parse(h.changedAt) })).sort((a, b) => a.t - b.t || a.i - b.i);
  for (const { h } of ordered) {
    if (h.fromStage === undefined || h.fromStage === stage) stage = h.toStage;
  }
  return stage;
}

/** The last working day before Christmas Eve (itself a day off in Finland, holidays.ts): 2026 → 23.12., 2028 → 22.12. */
export function christmasDeadline(year: number): IsoDate {
  return workingDayOnOrBefore(iso(year, 12, 23));
}

export type Blocker = Missing & { action: AgreementAction };

/** The forward step from a stage (review goes forward by approval; asking for changes is the loop back). */
export function nextAction(flow: AgreementFlow, agreement: Agreement): AgreementAction | undefined {
  return AGREEMENT_ACTIONS.find((a) => a !== 'requestChanges' && edge(flow, a)?.from === agreement.stage);
}

/**
 * What stops the next forward step, from the agreement's own fields only (the portfolio reads no history). Waiting
 * for the customer (review) is no blocker; in signature the next signatory is named.
 */
export function blockers(flow: AgreementFlow, agreement: Agreement): Blocker[] {
  const action = nextAction(flow, agreement);
  if (!action) return [];
  const c = check(flow, agreement, action);
  if (c.allowed) return [];
  return c.missing.map((m) => ({ ...m, action }));
}
