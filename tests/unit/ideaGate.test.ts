import fc from 'fast-check';
import {
  apply,
  applyMove,
  availableActions,
  CARD_FIELDS,
  CARD_STAGES,
  cardProblems,
  check,
  checkMove,
  IDEA_GATE_ACTIONS,
  IDEA_MOVES,
  IdeaGateAction,
  IdeaGateError,
  IdeaGateInput,
  IdeaHistoryEntry,
  IdeaMove,
  replay,
} from '../../src/domain/ideaGate';
import { IDEA_STAGES } from '../../src/domain/vocabulary';
import type { Idea, IdeaStage } from '../../src/domain/types';

/** An idea at `stage` with a complete card. */
function idea(stage: IdeaStage, over: Partial<Idea> = {}): Idea {
  return {
    id: 7,
    etag: '"1"',
    title: 'Sähköinen lupahakemus',
    accountId: 3,
    stage,
    description: 'Lupahakemukset verkkoon',
    goals: 'Käsittelyaika puoleen',
    estimatedCost: 40000,
    risks: 'Integraatio asianhallintaan',
    schedule: '2027 H1',
    benefitAnalysis: 'Säästö 2 htv vuodessa',
    ...over,
  };
}

const LEADERSHIP: IdeaGateInput = { canDecide: true, reason: 'Hyödyt selvät', decidedOn: '2026-05-12' };

const EDGES: Record<IdeaGateAction, { from: readonly IdeaStage[]; to: IdeaStage }> = {
  submitCard: { from: CARD_STAGES, to: 'awaitingGate' },
  go: { from: ['awaitingGate'], to: 'go' },
  reject: { from: ['awaitingGate'], to: 'rejected' },
  return: { from: ['awaitingGate'], to: 'returned' },
};

describe('idea gate: every stage × action', () => {
  for (const stage of IDEA_STAGES) {
    for (const action of IDEA_GATE_ACTIONS) {
      const e = EDGES[action];
      if (e.from.includes(stage)) {
        it(`${action} from ${stage} → ${e.to}`, () => {
          expect(check(idea(stage), action, LEADERSHIP)).toEqual({ allowed: true });
          const t = apply(idea(stage), action, LEADERSHIP, '2026-05-12T10:00:00Z');
          expect(t.patch.stage).toBe(e.to);
          expect(t.entry).toMatchObject({ action, from: stage, to: e.to, at: '2026-05-12T10:00:00Z' });
        });
      } else {
        it(`${action} from ${stage} is refused as wrongStage`, () => {
          expect(check(idea(stage), action, LEADERSHIP)).toEqual({ allowed: false, reason: 'wrongStage', missing: [] });
          expect(() => apply(idea(stage), action, LEADERSHIP, '2026-05-12T10:00:00Z')).toThrow(IdeaGateError);
        });
      }
    }
  }
});

describe('submitCard', () => {
  it('names each missing card field', () => {
    const bare = idea('need', { description: ' ', goals: undefined, estimatedCost: undefined, risks: '', schedule: undefined, benefitAnalysis: undefined });
    expect(check(bare, 'submitCard')).toEqual({ allowed: false, reason: 'missing', missing: CARD_FIELDS.map((requirement) => ({ requirement })) });
  });

  it('takes a zero cost and refuses a negative or non-finite one', () => {
    expect(check(idea('need', { estimatedCost: 0 }), 'submitCard')).toEqual({ allowed: true });
    expect(cardProblems(idea('need', { estimatedCost: -1 }))).toEqual([{ requirement: 'estimatedCost', detail: 'negative' }]);
    expect(cardProblems(idea('need', { estimatedCost: Number.NaN }))).toEqual([{ requirement: 'estimatedCost' }]);
  });

  it('needs no leadership and records no decision', () => {
    const t = apply(idea('returned'), 'submitCard', {}, '2026-05-01T08:00:00Z');
    expect(t).toEqual({ patch: { stage: 'awaitingGate' }, entry: { action: 'submitCard', from: 'returned', to: 'awaitingGate', at: '2026-05-01T08:00:00Z' } });
  });
});

describe('decisions', () => {
  it.each(['go', 'reject', 'return'] as const)('%s is leadership only', (action) => {
    expect(check(idea('awaitingGate'), action, { ...LEADERSHIP, canDecide: false })).toEqual({ allowed: false, reason: 'notLeadership', missing: [] });
    expect(check(idea('awaitingGate'), action, { reason: 'x', decidedOn: '2026-05-12' })).toMatchObject({ reason: 'notLeadership' });
  });

  it('refuses a GO without a decision date with the code decisionDate', () => {
    expect(check(idea('awaitingGate'), 'go', { canDecide: true, reason: 'Hyvä' })).toEqual({ allowed: false, reason: 'missing', missing: [{ requirement: 'decisionDate' }] });
    expect(() => apply(idea('awaitingGate'), 'go', { canDecide: true, reason: 'Hyvä' }, '2026-05-12T10:00:00Z')).toThrow(/decisionDate/);
  });

  it('refuses a GO or reject with no reason and a date that is no date, naming both', () => {
    for (const action of ['go', 'reject'] as const) {
      expect(check(idea('awaitingGate'), action, { canDecide: true, reason: '  ', decidedOn: '2026-02-30' })).toEqual({
        allowed: false,
        reason: 'missing',
        missing: [{ requirement: 'reason' }, { requirement: 'decisionDate', detail: '2026-02-30' }],
      });
    }
  });

  it('a return needs a reason but no date (a malformed date is still refused)', () => {
    expect(check(idea('awaitingGate'), 'return', { canDecide: true, reason: 'Kustannusarvio puuttuu' })).toEqual({ allowed: true });
    expect(check(idea('awaitingGate'), 'return', { canDecide: true })).toEqual({ allowed: false, reason: 'missing', missing: [{ requirement: 'reason' }] });
    expect(check(idea('awaitingGate'), 'return', { canDecide: true, reason: 'x', decidedOn: '12.5.2026' })).toMatchObject({ missing: [{ requirement: 'decisionDate', detail: '12.5.2026' }] });
    const t = apply(idea('awaitingGate'), 'return', { canDecide: true, reason: ' Kustannusarvio puuttuu ' }, '2026-05-12T10:00:00Z');
    expect(t).toEqual({
      patch: { stage: 'returned' },
      entry: { action: 'return', from: 'awaitingGate', to: 'returned', decision: 'returned', reason: 'Kustannusarvio puuttuu', at: '2026-05-12T10:00:00Z' },
    });
  });

  it('GO records the decision date and proposes the follow-up action', () => {
    const t = apply(idea('awaitingGate'), 'go', LEADERSHIP, '2026-05-12T10:00:00Z');
    expect(t).toEqual({
      patch: { stage: 'go', decisionOn: '2026-05-12' },
      entry: { action: 'go', from: 'awaitingGate', to: 'go', decision: 'go', reason: 'Hyödyt selvät', decidedOn: '2026-05-12', at: '2026-05-12T10:00:00Z' },
      followUp: { title: 'Sähköinen lupahakemus', accountId: 3, sourceRef: 'idea:7' },
    });
  });

  it('reject records its decision and proposes nothing', () => {
    const t = apply(idea('awaitingGate'), 'reject', LEADERSHIP, '2026-05-12T10:00:00Z');
    expect(t.entry.decision).toBe('rejected');
    expect(t.patch).toEqual({ stage: 'rejected', decisionOn: '2026-05-12' });
    expect(t.followUp).toBeUndefined();
  });

  it('availableActions lists every action with its check', () => {
    const list = availableActions(idea('awaitingGate'), LEADERSHIP);
    expect(list.map((a) => a.action)).toEqual([...IDEA_GATE_ACTIONS]);
    expect(list.filter((a) => a.check.allowed).map((a) => a.action)).toEqual(['go', 'reject', 'return']);
  });
});

describe('replay', () => {
  it('orders by time and passes over an entry that starts elsewhere', () => {
    const h: IdeaHistoryEntry[] = [
      { action: 'return', from: 'awaitingGate', to: 'returned', at: '2026-03-01T00:00:00Z' },
      { action: 'submitCard', from: 'need', to: 'awaitingGate', at: '2026-02-01T00:00:00Z' },
      { action: 'go', from: 'awaitingGate', to: 'go', at: '2026-03-02T00:00:00Z' }, // a twin: the idea was returned
    ];
    expect(replay(h)).toBe('returned');
    expect(replay([])).toBe('need');
    expect(replay([], 'solutionAnalysis')).toBe('solutionAnalysis');
  });

  it('a history of applied actions replays to the idea stage (property)', () => {
    const inputArb = fc.record({
      canDecide: fc.boolean(),
      reason: fc.constantFrom(undefined, '', 'Perustelu'),
      decidedOn: fc.constantFrom(undefined, '', '2026-05-12', '2026-13-01'),
    });
    const stepArb = fc.record({ action: fc.constantFrom<IdeaGateAction | IdeaMove>(...IDEA_GATE_ACTIONS, ...IDEA_MOVES), input: inputArb, dropCost: fc.boolean() });
    fc.assert(
      fc.property(fc.constantFrom<IdeaStage>('idea', ...CARD_STAGES), fc.array(stepArb, { maxLength: 25 }), (start, steps) => {
        let current = idea(start);
        const history: IdeaHistoryEntry[] = [];
        steps.forEach((s, i) => {
          const candidate = { ...current, estimatedCost: s.dropCost ? undefined : current.estimatedCost };
          const at = new Date(Date.UTC(2026, 0, 1) + i * 60000).toISOString();
          const isMove = (IDEA_MOVES as readonly string[]).includes(s.action);
          const c = isMove ? checkMove(candidate, s.action as IdeaMove) : check(candidate, s.action as IdeaGateAction, s.input);
          if (!c.allowed) {
            if (isMove) expect(() => applyMove(candidate, s.action as IdeaMove, 'x')).toThrow(IdeaGateError);
            else expect(() => apply(candidate, s.action as IdeaGateAction, s.input, 'x')).toThrow(IdeaGateError);
            return;
          }
          const t = isMove ? applyMove(candidate, s.action as IdeaMove, at, 'Aino Virtanen') : apply(candidate, s.action as IdeaGateAction, s.input, at);
          expect(t.entry.from).toBe(current.stage);
          history.push(t.entry);
          current = { ...current, ...t.patch };
        });
        expect(replay(history, start)).toBe(current.stage);
        // Order of storage does not matter: the times order it.
        expect(replay([...history].reverse(), start)).toBe(current.stage);
        // Without a start: an idea's history begins by leaving the idea stage, any other starts at the need.
        if (start === 'need' || (start === 'idea' && history.length > 0)) expect(replay(history)).toBe(current.stage);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the moves before the gate', () => {
  it('an idea becomes a need and a need goes to the solution analysis, recording who moved it', () => {
    const t = applyMove(idea('idea'), 'toNeed', '2026-05-12T10:00:00Z', ' Aino Virtanen ');
    expect(t.patch).toEqual({ stage: 'need' });
    expect(t.entry).toEqual({ action: 'toNeed', from: 'idea', to: 'need', at: '2026-05-12T10:00:00Z', by: 'Aino Virtanen' });
    expect(applyMove(idea('need'), 'toAnalysis', '2026-05-13T10:00:00Z').entry).toEqual({ action: 'toAnalysis', from: 'need', to: 'solutionAnalysis', at: '2026-05-13T10:00:00Z' });
  });

  it('each move runs from its one stage only', () => {
    for (const stage of IDEA_STAGES) {
      expect(checkMove(idea(stage), 'toNeed').allowed).toBe(stage === 'idea');
      expect(checkMove(idea(stage), 'toAnalysis').allowed).toBe(stage === 'need');
    }
    const refused = (() => {
      try {
        applyMove(idea('awaitingGate'), 'toAnalysis', 'x');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(refused).toBeInstanceOf(IdeaGateError);
    expect((refused as IdeaGateError).check.reason).toBe('wrongStage');
  });

  it('the gate keeps who submitted and who decided, when given', () => {
    expect(apply(idea('need'), 'submitCard', { by: 'Aino Virtanen' }, '2026-05-12T10:00:00Z').entry.by).toBe('Aino Virtanen');
    expect(apply(idea('awaitingGate'), 'go', { ...LEADERSHIP, by: 'Sari Heikkinen' }, '2026-05-12T10:00:00Z').entry.by).toBe('Sari Heikkinen');
    expect(apply(idea('need'), 'submitCard', {}, '2026-05-12T10:00:00Z').entry).not.toHaveProperty('by');
  });

  it('replays a history that starts at the idea stage', () => {
    const h: IdeaHistoryEntry[] = [
      { action: 'toAnalysis', from: 'need', to: 'solutionAnalysis', at: '2026-02-02T00:00:00Z' },
      { action: 'toNeed', from: 'idea', to: 'need', at: '2026-02-01T00:00:00Z' },
      { action: 'submitCard', from: 'solutionAnalysis', to: 'awaitingGate', at: '2026-02-03T00:00:00Z' },
    ];
    expect(replay(h)).toBe('awaitingGate');
    expect(replay(h.slice(1, 2))).toBe('need');
    expect(replay([], 'idea')).toBe('idea');
  });
});
