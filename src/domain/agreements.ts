/**
 * The service agreement process (docs/care-model.md §2): planning meetings in November → case opened and diary number
 * reserved → drafting → customer review (changes requested ↔ accepted) → approved as one PDF → signatures in a
 * fixed order → signed → stored. Target: next year's agreement signed before Christmas. The state machine itself,
 * per flow, is agreementFlow.ts; these helpers take the flow where its stages matter (a city unit has no case step).
 */
import { AGREEMENT_STAGES } from './vocabulary';
import { daysBetween, IsoDate } from './dates';
import type { Agreement, AgreementStage } from './types';
// Type only: the account tab shows the stage without loading the whole state machine.
import type { AgreementFlow } from './agreementFlow';

/** ORK's flow runs through every stage of the vocabulary. */
const ALL_STAGES: Pick<AgreementFlow, 'stages'> = { stages: [...AGREEMENT_STAGES] };

export function stageIndex(stage: AgreementStage): number {
  return AGREEMENT_STAGES.indexOf(stage);
}

/** 'changesRequested' is a loop back to drafting, so progress counts it as customer review. Steps of the flow's own stages. */
export function stageProgress(stage: AgreementStage, flow: Pick<AgreementFlow, 'stages'> = ALL_STAGES): { step: number; of: number } {
  const linear = flow.stages.filter((s) => s !== 'changesRequested');
  // A stage the flow lacks (an agreement moved to another flow) counts as the last of the flow's stages before it.
  const target = stage === 'changesRequested' ? 'customerReview' : stage;
  const at = linear.filter((s) => stageIndex(s) <= stageIndex(target)).length - 1;
  return { step: at + 1, of: linear.length };
}

export type DeadlineState = 'done' | 'onTrack' | 'atRisk' | 'late' | 'noDeadline';

/**
 * Against the deadline: signed or stored is done; past the deadline is late. At risk: within four weeks and not
 * yet approved, or within two weeks and not yet in signature (one PDF, then three signatures in a fixed order
 * take time before Christmas). Stages are compared in the vocabulary's order, which every flow keeps, so this
 * holds for any flow.
 */
export function deadlineState(agreement: Pick<Agreement, 'stage' | 'deadline'>, today: IsoDate): DeadlineState {
  if (agreement.stage === 'signed' || agreement.stage === 'stored') return 'done';
  if (!agreement.deadline) return 'noDeadline';
  const left = daysBetween(today, agreement.deadline);
  if (left < 0) return 'late';
  const at = stageIndex(agreement.stage);
  if ((left <= 28 && at < stageIndex('approved')) || (left <= 14 && at < stageIndex('inSignature'))) return 'atRisk';
  return 'onTrack';
}
