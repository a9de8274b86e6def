import fc from 'fast-check';
import {
  AGREEMENT_ACTIONS,
  AgreementAction,
  AgreementFlow,
  AgreementRuleError,
  apply,
  availableActions,
  blockers,
  check,
  christmasDeadline,
  CITY_PARTNERSHIP_FLOW,
  flowById,
  isValidDiaryNumber,
  nextAction,
  ORK_FLOW,
  parseFlows,
  replay,
} from '../../src/domain/agreementFlow';
import { deadlineState, stageProgress } from '../../src/domain/agreements';
import { AGREEMENT_STAGES } from '../../src/domain/vocabulary';
import { isWorkingDay, weekday } from '../../src/domain/holidays';
import type { Agreement, AgreementHistoryEntry, AgreementStage } from '../../src/domain/types';

const DNRO = 'ORK/1837/00.01.02/2026';

/** An agreement at `stage` with every field any action of either flow requires. */
function ready(stage: AgreementStage, over: Partial<Agreement> = {}): Agreement {
  return {
    id: 1,
    etag: '"1"',
    title: 'Palvelusopimus 2027 – KKO',
    accountId: 7,
    year: 2027,
    kind: 'serviceAgreement',
    stage,
    diaryNumber: DNRO,
    checklist: { templateChecked: true, dataCollected: true, draftComplete: true },
    services: { services: ['Asianhallinta'], systems: ['Hilda'], projects: [], verifiedBy: 'Pekka Järjestelmä', verifiedOn: '2026-11-25' },
    appendices: [
      { title: 'Liite 1: Talousliite', url: 'https://tiimeri.example/l1.pdf', diaryNumber: DNRO },
      { title: 'Liite 2: Turvallisuusliite', url: 'https://tiimeri.example/l2.pdf', diaryNumber: DNRO },
    ],
    signatures: [
      { role: 'customerDirector', name: 'Sari Asiakkuusjohtaja' },
      { role: 'directorGeneral', name: 'Jukka Pääjohtaja' },
      { role: 'customerRepresentative', name: 'Kaisa Korkein' },
    ],
    caseSystemUrl: { url: 'https://hilda.example/asia/1837' },
    workspaceUrl: { url: 'https://tiimeri.example/kko' },
    ...over,
  };
}

const cityReady = (stage: AgreementStage, over: Partial<Agreement> = {}): Agreement =>
  ready(stage, {
    diaryNumber: undefined,
    kind: 'partnershipAgreement',
    flow: 'cityPartnership',
    appendices: [{ title: 'Liite A', audience: 'talous' }],
    signatures: [
      { role: 'accountManager', name: 'Aino Virtanen' },
      { role: 'customerRepresentative', name: 'Tuula Toimiala' },
      { role: 'customerRepresentative', name: 'Olli Opetus' },
    ],
    caseSystemUrl: undefined,
    ...over,
  });

const EDGES: Record<AgreementAction, [AgreementStage, AgreementStage]> = {
  openCase: ['planning', 'caseOpened'],
  startDrafting: ['caseOpened', 'drafting'],
  sendForReview: ['drafting', 'customerReview'],
  requestChanges: ['customerReview', 'changesRequested'],
  submitRevision: ['changesRequested', 'customerReview'],
  approve: ['customerReview', 'approved'],
  startSigning: ['approved', 'inSignature'],
  recordSignature: ['inSignature', 'inSignature'],
  store: ['signed', 'stored'],
};

const inputFor = (action: AgreementAction, flow: AgreementFlow): { comment?: string; signature?: { role: 'customerDirector' | 'accountManager'; name: string; signedOn: string } } =>
  action === 'requestChanges'
    ? { comment: 'Talousliitteen kustannukset tarkennettava' }
    : action === 'recordSignature'
      ? { signature: { role: flow.id === 'ork' ? 'customerDirector' : 'accountManager', name: flow.id === 'ork' ? 'Sari Asiakkuusjohtaja' : 'Aino Virtanen', signedOn: '2026-12-14' } }
      : {};

describe.each([
  ['ORK', ORK_FLOW, ready],
  ['city partnership', CITY_PARTNERSHIP_FLOW, cityReady],
] as const)('the %s flow: every stage × every action', (_name, flow, make) => {
  const cases = AGREEMENT_STAGES.flatMap((stage) => AGREEMENT_ACTIONS.map((action) => [stage, action] as const));

  it.each(cases)('at %s, %s', (stage, action) => {
    const agreement = make(stage);
    const input = inputFor(action, flow);
    const result = check(flow, agreement, action, input);
    const [edgeFrom, to] = EDGES[action];
    const from = action === 'startDrafting' && !flow.stages.includes('caseOpened') ? 'planning' : edgeFrom;
    const inFlow = flow.stages.includes(from) && flow.stages.includes(to);
    if (!inFlow) {
      expect(result).toEqual({ allowed: false, reason: 'notInFlow', missing: [] });
      expect(() => apply(flow, agreement, action, input, '2026-12-14T10:00:00Z')).toThrow(AgreementRuleError);
    } else if (stage !== from) {
      expect(result).toEqual({ allowed: false, reason: 'wrongStage', missing: [] });
      expect(() => apply(flow, agreement, action, input, '2026-12-14T10:00:00Z')).toThrow(AgreementRuleError);
    } else {
      expect(result).toEqual({ allowed: true });
      const t = apply(flow, agreement, action, input, '2026-12-14T10:00:00Z');
      expect(t).toMatchObject({ action, from, to, at: '2026-12-14T10:00:00Z' });
      expect(t.patch.stage).toBe(to);
    }
  });

  it('lists every action of the flow in availableActions, only the forward one(s) allowed', () => {
    for (const stage of flow.stages) {
      const actions = availableActions(flow, make(stage));
      expect(actions.map((a) => a.action)).toEqual(AGREEMENT_ACTIONS.filter((a) => !(a === 'openCase' && !flow.stages.includes('caseOpened'))));
      const allowed = actions.filter((a) => a.check.allowed).map((a) => a.action);
      // Without input, a signature and a change request cannot run; everything else forward can.
      const expected = AGREEMENT_ACTIONS.filter((a) => {
        let [from] = EDGES[a];
        if (a === 'startDrafting' && !flow.stages.includes('caseOpened')) from = 'planning';
        return from === stage && flow.stages.includes(EDGES[a][1]) && a !== 'requestChanges' && a !== 'recordSignature';
      });
      expect(allowed).toEqual(expected);
    }
  });

  it('walks planning → stored by its forward actions', () => {
    let a = make('planning');
    const seen: AgreementStage[] = [a.stage];
    for (let guard = 0; guard < 20; guard++) {
      const next = nextAction(flow, a);
      if (!next) break;
      let input = {};
      if (next === 'recordSignature') {
        const who = (a.signatures ?? []).find((s) => !s.signedOn);
        input = { signature: { role: who?.role === 'customer' ? 'customerRepresentative' : who?.role, name: who?.name, signedOn: '2026-12-15' } };
      }
      const t = apply(flow, a, next, input, '2026-12-15T09:00:00Z');
      a = { ...a, ...t.patch };
      if (seen[seen.length - 1] !== a.stage) seen.push(a.stage);
    }
    expect(seen).toEqual(flow.stages.filter((s) => s !== 'changesRequested'));
    expect(a.signedOn).toBe('2026-12-15');
  });
});

describe('required fields per action', () => {
  it('opens a case only with a well-formed diary number (ORK), and needs none in the city flow', () => {
    expect(check(ORK_FLOW, ready('planning', { diaryNumber: undefined }), 'openCase')).toEqual({ allowed: false, reason: 'missing', missing: [{ requirement: 'diaryNumber' }] });
    expect(check(ORK_FLOW, ready('planning', { diaryNumber: 'ORK 1837 2026' }), 'openCase')).toEqual({
      allowed: false,
      reason: 'missing',
      missing: [{ requirement: 'diaryNumber', detail: 'ORK 1837 2026' }],
    });
    expect(check(CITY_PARTNERSHIP_FLOW, cityReady('planning'), 'startDrafting')).toEqual({ allowed: true });
  });

  it('sends for review only with the checklist complete, the services verified and the Dnro on every appendix', () => {
    const a = ready('drafting', {
      checklist: { templateChecked: true, dataCollected: false },
      services: { services: [], systems: [], projects: [] },
      appendices: [
        { title: 'Liite 1: Talousliite', diaryNumber: DNRO },
        { title: 'Liite 2: Turvallisuusliite' },
        { title: 'Liite 3: Palvelut', diaryNumber: 'ORK/1/2025' },
      ],
    });
    expect(check(ORK_FLOW, a, 'sendForReview')).toEqual({
      allowed: false,
      reason: 'missing',
      missing: [
        { requirement: 'checklistComplete', detail: 'dataCollected' },
        { requirement: 'checklistComplete', detail: 'draftComplete' },
        { requirement: 'servicesVerified' },
        { requirement: 'appendicesCarryDnro', detail: 'Liite 2: Turvallisuusliite, Liite 3: Palvelut' },
      ],
    });
    // The city flow has no Dnro and no system-manager verification step.
    expect(check(CITY_PARTNERSHIP_FLOW, cityReady('drafting', { services: undefined }), 'sendForReview')).toEqual({ allowed: true });
  });

  it('asks for changes only with a comment, which the transition carries', () => {
    expect(check(ORK_FLOW, ready('customerReview'), 'requestChanges', { comment: '  ' })).toEqual({ allowed: false, reason: 'missing', missing: [{ requirement: 'comment' }] });
    const t = apply(ORK_FLOW, ready('customerReview'), 'requestChanges', { comment: ' Budjettijako uusiksi ' }, '2026-12-01T08:00:00Z');
    expect(t).toEqual({ action: 'requestChanges', from: 'customerReview', to: 'changesRequested', patch: { stage: 'changesRequested' }, comment: 'Budjettijako uusiksi', at: '2026-12-01T08:00:00Z' });
  });

  it('starts signing only with the signatories in the flow order', () => {
    expect(check(ORK_FLOW, ready('approved', { signatures: [] }), 'startSigning')).toMatchObject({ allowed: false, reason: 'missing' });
    const swapped = ready('approved', {
      signatures: [
        { role: 'directorGeneral', name: 'Jukka Pääjohtaja' },
        { role: 'customerDirector', name: 'Sari Asiakkuusjohtaja' },
        { role: 'customerRepresentative', name: 'Kaisa Korkein' },
      ],
    });
    const c = check(ORK_FLOW, swapped, 'startSigning');
    expect(c.allowed).toBe(false);
    if (!c.allowed) expect(c.missing[0]).toEqual({ requirement: 'signatories', detail: 'customerDirector|accountManager' });
    // The city flow has no Director General: naming one is out of place.
    const withDg = cityReady('approved', { signatures: [{ role: 'accountManager', name: 'A' }, { role: 'directorGeneral', name: 'D' }, { role: 'customerRepresentative', name: 'C' }] });
    expect(check(CITY_PARTNERSHIP_FLOW, withDg, 'startSigning')).toMatchObject({ allowed: false, reason: 'missing', missing: [{ requirement: 'signatories', detail: 'directorGeneral' }] });
    // v5 data: explicit `order`, the customer as 'customer'.
    const v5 = ready('approved', {
      signatures: [
        { order: 3, role: 'customer', name: 'Kaisa Korkein' },
        { order: 1, role: 'customerDirector', name: 'Sari' },
        { order: 2, role: 'directorGeneral', name: 'Jukka' },
      ],
    });
    expect(check(ORK_FLOW, v5, 'startSigning')).toEqual({ allowed: true });
  });

  it('stores only with the case-system and workspace links (the city: the workspace)', () => {
    expect(check(ORK_FLOW, ready('signed', { caseSystemUrl: undefined, workspaceUrl: { url: ' ' } }), 'store')).toEqual({
      allowed: false,
      reason: 'missing',
      missing: [{ requirement: 'caseSystemUrl' }, { requirement: 'workspaceUrl' }],
    });
    expect(check(CITY_PARTNERSHIP_FLOW, cityReady('signed'), 'store')).toEqual({ allowed: true });
  });

  it('follows requirements a flow defines as data', () => {
    const strict: AgreementFlow = { ...ORK_FLOW, id: 'strict', requirements: { ...ORK_FLOW.requirements, approve: ['workspaceUrl'] } };
    expect(check(strict, ready('customerReview', { workspaceUrl: undefined }), 'approve')).toEqual({ allowed: false, reason: 'missing', missing: [{ requirement: 'workspaceUrl' }] });
    expect(check(ORK_FLOW, ready('customerReview', { workspaceUrl: undefined }), 'approve')).toEqual({ allowed: true });
  });
});

describe('the signing order', () => {
  const at = '2026-12-14T10:00:00Z';

  it('takes only the next signer, naming who that is', () => {
    const a = ready('inSignature');
    expect(check(ORK_FLOW, a, 'recordSignature', { signature: { role: 'directorGeneral', name: 'Jukka Pääjohtaja', signedOn: '2026-12-14' } })).toEqual({
      allowed: false,
      reason: 'signatureOutOfOrder',
      missing: [{ requirement: 'signatories', detail: 'customerDirector' }],
    });
    expect(check(ORK_FLOW, a, 'recordSignature')).toEqual({ allowed: false, reason: 'missing', missing: [{ requirement: 'signatories', detail: 'customerDirector' }] });
  });

  it('lets the account manager sign instead of the customer director, then goes on in order to signed', () => {
    let a = ready('inSignature');
    let t = apply(ORK_FLOW, a, 'recordSignature', { signature: { role: 'accountManager', name: 'Aino Virtanen', signedOn: '2026-12-14' } }, at);
    expect(t.to).toBe('inSignature');
    a = { ...a, ...t.patch };
    expect(a.signatures?.[0]).toEqual({ order: 1, role: 'accountManager', name: 'Aino Virtanen', signedOn: '2026-12-14' });
    expect(blockers(ORK_FLOW, a)).toEqual([{ action: 'recordSignature', requirement: 'signatories', detail: 'directorGeneral' }]);
    // Dated before the previous signature: out of order.
    expect(check(ORK_FLOW, a, 'recordSignature', { signature: { role: 'directorGeneral', name: 'Jukka', signedOn: '2026-12-11' } })).toMatchObject({ reason: 'signatureOutOfOrder' });
    t = apply(ORK_FLOW, a, 'recordSignature', { signature: { role: 'directorGeneral', name: 'Jukka Pääjohtaja', signedOn: '2026-12-15' } }, at);
    a = { ...a, ...t.patch };
    expect(check(ORK_FLOW, a, 'recordSignature', { signature: { role: 'accountManager', name: 'Aino', signedOn: '2026-12-16' } })).toMatchObject({
      reason: 'signatureOutOfOrder',
      missing: [{ requirement: 'signatories', detail: 'customerRepresentative' }],
    });
    t = apply(ORK_FLOW, a, 'recordSignature', { signature: { role: 'customerRepresentative', name: 'Kaisa Korkein', signedOn: '2026-12-16' } }, at);
    expect(t).toMatchObject({ from: 'inSignature', to: 'signed', patch: { stage: 'signed', signedOn: '2026-12-16' } });
  });

  it('has several customer representatives sign one after another in the city flow', () => {
    let a = cityReady('inSignature');
    for (const [role, name, to] of [
      ['accountManager', 'Aino Virtanen', 'inSignature'],
      ['customerRepresentative', 'Tuula Toimiala', 'inSignature'],
      ['customerRepresentative', 'Olli Opetus', 'signed'],
    ] as const) {
      const t = apply(CITY_PARTNERSHIP_FLOW, a, 'recordSignature', { signature: { role, name, signedOn: '2026-12-10' } }, '2026-12-10T12:00:00Z');
      expect(t.to).toBe(to);
      a = { ...a, ...t.patch };
    }
  });

  it('throws an AgreementRuleError carrying the check', () => {
    try {
      apply(ORK_FLOW, ready('planning', { diaryNumber: '' }), 'openCase', undefined, '2026-11-20T10:00:00Z');
      throw new Error('not thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(AgreementRuleError);
      expect((e as AgreementRuleError).check).toEqual({ allowed: false, reason: 'missing', missing: [{ requirement: 'diaryNumber' }] });
    }
  });
});

describe('diary numbers', () => {
  it.each(['VN/1234/2026', 'ORK/1837/00.01.02/2026', 'ORK/5/02/2025', ' OM/12/2027 ', 'VANTAA/123456/2026', 'HUS-IT/9/00.01/2026', 'ÅU/1/2026'])('accepts %s', (v) => {
    expect(isValidDiaryNumber(v)).toBe(true);
  });
  it.each(['', 'ORK', 'ORK/1837', 'ork/1837/2026', 'ORK/0123/2026', 'ORK/1837/2026/', 'ORK/1837/1.2/2026', 'ORK/1837/00.01.02.03.04/2026', 'ORK/1234567/2026', 'ORK 1837 2026', 'ORK/1837/26', 'O/1/2026', 'ORK/1/2126'])(
    'refuses %p',
    (v) => {
      expect(isValidDiaryNumber(v)).toBe(false);
    },
  );
});

describe('the Christmas deadline', () => {
  // Christmas Eve is a day off (holidays.ts), so the last day is the working day before 24.12.
  it.each([
    [2025, '2025-12-23'], // Tuesday
    [2026, '2026-12-23'], // Wednesday
    [2027, '2027-12-23'], // Thursday
    [2028, '2028-12-22'], // 23.12. is a Saturday → Friday
    [2029, '2029-12-21'], // 23.12. is a Sunday → Friday
    [2030, '2030-12-23'], // Monday
  ])('%i → %s', (year, day) => {
    expect(christmasDeadline(year)).toBe(day);
    expect(isWorkingDay(day)).toBe(true);
    expect([1, 2, 3, 4, 5]).toContain(weekday(day));
  });
});

describe('flows', () => {
  it('falls back to ORK and lets a site redefine or add a flow', () => {
    expect(flowById(undefined)).toBe(ORK_FLOW);
    expect(flowById('nope')).toBe(ORK_FLOW);
    expect(flowById('cityPartnership')).toBe(CITY_PARTNERSHIP_FLOW);
    const own: AgreementFlow = { ...CITY_PARTNERSHIP_FLOW, id: 'hepa', name: { fi: 'HEPA', sv: 'HEPA', en: 'HEPA' } };
    expect(flowById('hepa', [own])).toBe(own);
  });

  it('reads the site setting, leaving out flows that do not hold together', () => {
    const own = { ...CITY_PARTNERSHIP_FLOW, id: 'hepa' };
    const bad = [
      { ...own, id: 'unordered', stages: ['drafting', 'planning', 'stored'] },
      { ...own, id: 'role', signingOrder: [['mayor']] },
      { ...own, id: 'req', requirements: { store: ['coffee'] } },
      { id: 'bare' },
    ];
    expect(parseFlows(JSON.stringify([own, ...bad])).map((f) => f.id)).toEqual(['hepa']);
    expect(parseFlows('not json')).toEqual([]);
    expect(parseFlows(undefined)).toEqual([]);
  });

  it('counts progress in the flow’s own stages', () => {
    expect(stageProgress('stored')).toEqual({ step: 8, of: 8 });
    expect(stageProgress('drafting', CITY_PARTNERSHIP_FLOW)).toEqual({ step: 2, of: 7 });
    expect(stageProgress('changesRequested', CITY_PARTNERSHIP_FLOW)).toEqual(stageProgress('customerReview', CITY_PARTNERSHIP_FLOW));
    expect(deadlineState({ stage: 'drafting', deadline: christmasDeadline(2026) }, '2026-12-01')).toBe('atRisk');
  });

  it('names what blocks the next step from the agreement’s own fields', () => {
    expect(blockers(ORK_FLOW, ready('planning', { diaryNumber: undefined }))).toEqual([{ action: 'openCase', requirement: 'diaryNumber' }]);
    expect(blockers(ORK_FLOW, ready('customerReview'))).toEqual([]);
    expect(blockers(ORK_FLOW, ready('stored'))).toEqual([]);
    expect(nextAction(ORK_FLOW, ready('stored'))).toBeUndefined();
    expect(nextAction(CITY_PARTNERSHIP_FLOW, cityReady('planning'))).toBe('startDrafting');
    expect(nextAction(ORK_FLOW, ready('changesRequested'))).toBe('submitRevision');
  });
});

describe('replay', () => {
  const h = (fromStage: AgreementStage | undefined, toStage: AgreementStage, changedAt: string): Pick<AgreementHistoryEntry, 'fromStage' | 'toStage' | 'changedAt'> => ({ fromStage, toStage, changedAt });

  it('orders by changedAt and passes over an entry that starts elsewhere', () => {
    const history = [
      h('caseOpened', 'drafting', '2026-11-25T10:00:00Z'),
      h(undefined, 'planning', '2026-11-01T10:00:00Z'),
      h('planning', 'caseOpened', '2026-11-20T10:00:00Z'),
      h('planning', 'caseOpened', '2026-11-26T10:00:00Z'), // a twin left behind
    ];
    expect(replay(ORK_FLOW, history)).toBe('drafting');
    expect(replay(ORK_FLOW, [])).toBe('planning');
  });

  it('equals the current stage after any sequence of allowed actions (property)', () => {
    const flows = [ORK_FLOW, CITY_PARTNERSHIP_FLOW];
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.array(fc.tuple(fc.constantFrom(...AGREEMENT_ACTIONS), fc.boolean(), fc.integer({ min: 0, max: 3 })), { maxLength: 40 }), (fi, steps) => {
        const flow = flows[fi];
        let a = fi === 0 ? ready('planning') : cityReady('planning');
        const history: Pick<AgreementHistoryEntry, 'fromStage' | 'toStage' | 'changedAt'>[] = [{ fromStage: undefined, toStage: 'planning', changedAt: '2026-11-01T00:00:00.000Z' }];
        let clock = Date.parse('2026-11-02T08:00:00Z');
        for (const [action, withComment, who] of steps) {
          const next = a.signatures?.find((s) => !s.signedOn);
          const roles = ['accountManager', 'customerDirector', 'directorGeneral', 'customerRepresentative'] as const;
          const role = who === 0 && next ? (next.role === 'customer' ? 'customerRepresentative' : next.role) : roles[who];
          const input = { comment: withComment ? 'Muutos' : undefined, signature: { role, name: 'N', signedOn: '2026-12-10' } };
          const c = check(flow, a, action, input);
          if (!c.allowed) {
            expect(() => apply(flow, a, action, input, new Date(clock).toISOString())).toThrow(AgreementRuleError);
            continue;
          }
          const t = apply(flow, a, action, input, new Date((clock += 60_000)).toISOString());
          expect(t.from).toBe(a.stage);
          history.push({ fromStage: t.from, toStage: t.to, changedAt: t.at });
          a = { ...a, ...t.patch };
          expect(flow.stages).toContain(a.stage);
        }
        // Shuffled input order does not matter: replay sorts by changedAt.
        expect(replay(flow, [...history].reverse())).toBe(a.stage);
      }),
      { numRuns: 300 },
    );
  });
});
