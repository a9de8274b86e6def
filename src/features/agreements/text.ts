/**
 * The agreement rules in words: what the domain's checks say (Missing, Check, DeadlineState) as the sentences the
 * workflow and the portfolio show, so both say the same thing the same way.
 */
import { AgreementAction, AgreementFlow, Check, Missing, nextSigner, SignerRole } from '../../domain/agreementFlow';
import { deadlineState, DeadlineState } from '../../domain/agreements';
import { daysBetween, IsoDate } from '../../domain/dates';
import type { Agreement, AgreementStage } from '../../domain/types';
import type { ChoiceLabels } from '../../loc/choices';
import { format } from '../../loc/strings';
import type { AgreementStrings } from './strings';

/** The example the diary-number hint and messages show; it passes isValidDiaryNumber. */
export const DIARY_EXAMPLE = 'ORK/1837/00.01.02/2026';

const ROLES: readonly SignerRole[] = ['accountManager', 'customerDirector', 'directorGeneral', 'customerRepresentative'];

/** "customerDirector|accountManager" → "asiakkuusjohtaja tai asiakaspäällikkö"; unknown words stay as they are. */
export function roleWords(detail: string | undefined, s: AgreementStrings): string {
  if (!detail) return '';
  return detail
    .split('|')
    .map((r) => (ROLES.includes(r as SignerRole) ? s.signerRole[r as SignerRole] : r))
    .join(` ${s.or} `);
}

/** Checklist keys as their labels. */
function checklistWords(keys: string[], s: AgreementStrings): string {
  const labels = s.record.checklistItems as Record<string, string>;
  return keys.map((k) => labels[k] ?? k).join(', ');
}

/**
 * What is missing as sentences, one per requirement (the domain lists one Missing per checklist item or signing
 * position; a reader wants them in one sentence). In signature, the missing signatory is "next to sign: …".
 */
export function missingSentences(missing: readonly Missing[], s: AgreementStrings, opts: { flow?: AgreementFlow; agreement?: Agreement; action?: AgreementAction } = {}): string[] {
  const r = s.requirements;
  const byId = new Map<string, Missing[]>();
  for (const m of missing) byId.set(m.requirement, [...(byId.get(m.requirement) ?? []), m]);
  const out: string[] = [];
  for (const [id, ms] of byId) {
    const details = ms.map((m) => m.detail).filter((d): d is string => !!d);
    switch (id) {
      case 'diaryNumber':
        out.push(details.length ? format(r.diaryNumberInvalid, { value: details[0], example: DIARY_EXAMPLE }) : r.diaryNumber);
        break;
      case 'checklistComplete':
        out.push(details.length ? format(r.checklistItems, { items: checklistWords(details, s) }) : r.checklistComplete);
        break;
      case 'appendicesCarryDnro':
        out.push(details.length ? format(r.appendicesWithout, { appendices: details.join(', ') }) : r.appendicesCarryDnro);
        break;
      case 'signatories':
        if (opts.action === 'recordSignature' && opts.flow && opts.agreement) {
          out.push(nextSignerSentence(opts.flow, opts.agreement, s) ?? r.signatories);
        } else if (details.length && opts.agreement?.signatures?.length) {
          out.push(format(r.signatoriesRoles, { roles: details.map((d) => roleWords(d, s)).join(', ') }));
        } else out.push(r.signatories);
        break;
      default:
        out.push(r[id as keyof typeof r]);
    }
  }
  return out;
}

/** "Seuraavaksi allekirjoittaa: pääjohtaja (Name)." while in signature; undefined when nobody is left to sign. */
export function nextSignerSentence(flow: AgreementFlow, agreement: Agreement, s: AgreementStrings): string | undefined {
  const next = nextSigner(flow, agreement);
  if (!next) return undefined;
  const role = roleWords(next.roles.join('|'), s);
  const name = next.signatory.name.trim();
  return name ? format(s.status.nextSignerNamed, { role, name }) : format(s.status.nextSigner, { role });
}

/** A refusal as the message the user reads: the heading names the action, the lines say why and what to do. */
export function refusalLines(check: Extract<Check, { allowed: false }>, action: AgreementAction, s: AgreementStrings, c: ChoiceLabels, flow: AgreementFlow, agreement: Agreement): { heading: string; lines: string[] } {
  const heading = format(s.refusal.heading, { action: s.actions[action] });
  switch (check.reason) {
    case 'wrongStage':
      return { heading, lines: [format(s.refusal.wrongStage, { stage: c.agreementStage[agreement.stage] })] };
    case 'notInFlow':
      return { heading, lines: [s.refusal.notInFlow] };
    case 'signatureOutOfOrder': {
      const next = nextSigner(flow, agreement);
      const role = next ? roleWords(next.roles.join('|'), s) : roleWords(check.missing[0]?.detail, s);
      return { heading, lines: [format(s.refusal.signatureOutOfOrder, { role })] };
    }
    default:
      return { heading, lines: missingSentences(check.missing, s, { flow, agreement, action }) };
  }
}

/** The flow's stages as the stepper shows them: changes requested is a loop inside review, not a step of its own. */
export function stepperStages(flow: AgreementFlow): AgreementStage[] {
  return flow.stages.filter((st) => st !== 'changesRequested');
}

export type StepState = 'done' | 'current' | 'next' | 'later';

export function stepStates(flow: AgreementFlow, stage: AgreementStage): { stage: AgreementStage; state: StepState }[] {
  const steps = stepperStages(flow);
  const at = stage === 'changesRequested' ? steps.indexOf('customerReview') : steps.indexOf(stage);
  // Stored is the end: nothing is current after it, everything done.
  return steps.map((st, i) => ({
    stage: st,
    state: stage === 'stored' ? 'done' : i < at ? 'done' : i === at ? 'current' : i === at + 1 ? 'next' : 'later',
  }));
}

export interface DeadlineWords {
  state: DeadlineState;
  stateText: string;
  /** Days to the deadline (negative: late), undefined without a deadline. */
  days?: number;
  daysText?: string;
}

export function deadlineWords(agreement: Pick<Agreement, 'stage' | 'deadline'>, today: IsoDate, s: AgreementStrings): DeadlineWords {
  const state = deadlineState(agreement, today);
  const stateText = s.deadline.state[state];
  if (!agreement.deadline) return { state, stateText };
  const days = daysBetween(today, agreement.deadline);
  // Done agreements need no countdown.
  if (state === 'done') return { state, stateText, days };
  const daysText = days > 0 ? format(s.deadline.daysLeft, { days }) : days === 0 ? s.deadline.dueToday : format(s.deadline.daysLate, { days: -days });
  return { state, stateText, days, daysText };
}

/** The portfolio's year: next year's agreements from October on (planning starts in November), else this year's. */
export function defaultYear(today: IsoDate): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 10 ? year + 1 : year;
}
