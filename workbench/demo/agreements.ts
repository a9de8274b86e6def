/**
 * Agreement stories for the demo and the bench: an agreement taken through its flow by the product's own state
 * machine (src/domain/agreementFlow.ts), so every stage, field and history entry is one the product would have
 * produced. A step the rules refuse throws (a demo bug); a refused attempt the story wants told is checked to be
 * refused and recorded as a history entry that stays on its stage (it replays to the same stage).
 */
import { AgreementAction, AgreementFlow, ActionInput, apply, check, replay, SignerRole } from '../../src/domain/agreementFlow';
import type { Agreement, AgreementStage, Draft, IsoDate, PersonRef } from '../../src/domain/types';

export interface StoryEntry {
  from?: AgreementStage;
  to: AgreementStage;
  /** ISO instant. */
  at: string;
  comment: string;
  by?: PersonRef;
}

/** One step of a story: the fields filled before it (the work of the stage), then the action. */
export interface StoryStep {
  action: AgreementAction;
  at: string;
  comment?: string;
  by?: PersonRef;
  fill?: Partial<Agreement>;
  signature?: { role: SignerRole; name: string; signedOn: IsoDate };
  /** Tell an attempt the rules refuse (it must be refused now), with what the user was told. */
  refused?: true;
}

export class AgreementStory {
  public readonly entries: StoryEntry[] = [];
  private current: Agreement;

  /** The agreement as created in the flow's first stage, with the creation entry. */
  public constructor(
    private readonly flow: AgreementFlow,
    basics: Draft<Agreement> & { clientKey: string },
    created: { at: string; comment: string; by?: PersonRef },
  ) {
    this.current = { ...basics, id: 0, etag: '', stage: flow.stages[0], flow: flow.id } as Agreement;
    this.entries.push({ to: this.current.stage, at: created.at, comment: created.comment, by: created.by });
  }

  public get stage(): AgreementStage {
    return this.current.stage;
  }

  public get year(): number {
    return this.current.year;
  }

  /** Fields filled without a stage change (work within the stage). */
  public fill(patch: Partial<Agreement>): this {
    this.current = { ...this.current, ...patch };
    return this;
  }

  public step(s: StoryStep): this {
    if (s.fill) this.fill(s.fill);
    const input: ActionInput = { comment: s.comment, signature: s.signature };
    if (s.refused) {
      const c = check(this.flow, this.current, s.action, input);
      if (c.allowed) throw new Error(`demo agreement ${this.current.title}: ${s.action} was meant to be refused but is allowed`);
      this.entries.push({ from: this.current.stage, to: this.current.stage, at: s.at, comment: s.comment ?? s.action, by: s.by });
      return this;
    }
    const t = apply(this.flow, this.current, s.action, input, s.at);
    this.current = { ...this.current, ...t.patch };
    this.entries.push({ from: t.from, to: t.to, at: t.at, comment: s.comment ?? s.action, by: s.by });
    return this;
  }

  /** The item to write, checked against its own history (replay must end where the agreement is). */
  public draft(): Draft<Agreement> & { clientKey: string } {
    const ended = replay(this.flow, this.entries.map((e) => ({ fromStage: e.from, toStage: e.to, changedAt: e.at })));
    if (ended !== this.current.stage) throw new Error(`demo agreement ${this.current.title}: history replays to ${ended}, not ${this.current.stage}`);
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { id, etag, ...draft } = this.current;
    return draft as Draft<Agreement> & { clientKey: string };
  }
}

/** The forward actions of a flow from its first stage to `target`; `loop` adds one round of requested changes. */
export function actionsTo(flow: AgreementFlow, target: AgreementStage, loop: boolean): AgreementAction[] {
  const has = (s: AgreementStage): boolean => flow.stages.includes(s);
  const out: AgreementAction[] = [];
  const order: [AgreementAction, AgreementStage][] = [
    ['openCase', 'caseOpened'],
    ['startDrafting', 'drafting'],
    ['sendForReview', 'customerReview'],
  ];
  for (const [a, to] of order) {
    if (target === flow.stages[0]) return out;
    if (!has(to)) continue;
    out.push(a);
    if (to === target) return out;
  }
  if (target === 'changesRequested') return [...out, 'requestChanges'];
  if (loop) out.push('requestChanges', 'submitRevision');
  out.push('approve');
  if (target === 'approved') return out;
  out.push('startSigning');
  if (target === 'inSignature') return out;
  // Signatures follow one by one (recordSignature); the caller adds them, and 'store' after the last.
  return out;
}

/** Budget lines of a transferred ICT budget: the five cost types of the ORK budget (TAE B1), summing to the whole. */
export function budgetAllocation(total: number): { item: string; amount: number }[] {
  const shares: [string, number][] = [
    ['Jatkuvat palvelut', 0.46],
    ['Henkilötyö', 0.16],
    ['Yhteiset ja Valtorin palvelut', 0.2],
    ['Projektit', 0.14],
  ];
  const lines = shares.map(([item, share]) => ({ item, amount: Math.round((total * share) / 1000) * 1000 }));
  return [...lines, { item: 'Uudet ideat ja pienkehitys', amount: total - lines.reduce((n, l) => n + l.amount, 0) }];
}
