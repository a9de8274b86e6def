/**
 * @jest-environment node
 *
 * The idea portfolio's gate against the local SharePoint service on the ORK demo site: the manager (Aino) prepares
 * the card and submits it; SharePoint refuses her a decision however it is attempted; the leader (Sari) decides GO
 * with a reason and a date, which moves the idea, writes its history and one follow-up action, and a retry adds
 * nothing; two sessions deciding the same round at once leave one decision and a plain conflict for the other; a
 * refused decision writes nothing; a return, a resubmission and a rejection are two rounds; the view's first read is
 * one `$batch` and shows a stage written by hand as not decided at the gate. A new idea made twice under one client
 * key is one item; staff who only read ideas are refused a new idea and a move by SharePoint, whatever the page
 * shows; an idea moves to need and on to the solution analysis with its etag, recording who moved it.
 */
import '@pnp/sp/batching';
import { createIdea, decide, decisionKey, followUpDue, followUpKey, gateRound, IdeaDecidedElsewhere, loadIdeas, moveIdea, saveCard, shownStage, submitToGate } from '../../src/data/queries/ideas';
import { newClientKey } from '../../src/data/clientKey';
import { IdeaGateError } from '../../src/domain/ideaGate';
import { DataError } from '../../src/data/errors';
import { f } from '../../src/data/odata';
import type { Services } from '../../src/data/ports';
import type { Account, Draft, Idea } from '../../src/domain/types';
import { useDemoWorkbench } from './helpers';

jest.setTimeout(300_000);

const wb = useDemoWorkbench('ideas');
const { as, apiCalls } = wb;
const TODAY = '2026-11-30';
const NOW = new Date('2026-11-30T10:00:00Z');

let account: Account;
let seq = 0;

beforeAll(async () => {
  [account] = await as('aino.virtanen').repos.accounts.find({ filter: f.eq('active', true), top: 1 });
});

const CARD = {
  description: 'Lupahakemukset sähköiseen asiointiin',
  goals: 'Käsittelyaika puoleen',
  estimatedCost: 40000,
  risks: 'Integraatio asianhallintaan',
  schedule: '2027 H1',
  benefitAnalysis: 'Säästö kaksi henkilötyövuotta vuodessa',
};

/** A new idea at the need stage on the demo's first ORK account, created by the manager (no card unless given). */
async function newIdea(services: Services, over: Partial<Draft<Idea>> = {}): Promise<Idea> {
  seq++;
  return services.repos.ideas.add({ title: `Testi-idea ${seq}`, accountId: account.id, stage: 'need', ...over });
}

/** A complete card submitted to the gate by the manager. */
async function atGate(): Promise<Idea> {
  const aino = as('aino.virtanen');
  const idea = await saveCard(aino, await newIdea(aino), CARD);
  return submitToGate(aino, idea, { now: new Date('2026-11-20T08:00:00Z') });
}

it('the manager saves the card and submits it; the first read is one $batch and says who may decide', async () => {
  const aino = as('aino.virtanen');
  let idea = await newIdea(aino);
  const refused = await submitToGate(aino, idea).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(IdeaGateError);
  expect((refused as IdeaGateError).check.missing.map((m) => m.requirement)).toEqual(['description', 'goals', 'estimatedCost', 'risks', 'schedule', 'benefitAnalysis']);

  const negative = await saveCard(aino, idea, { estimatedCost: -5 }).catch((e: unknown) => e);
  expect((negative as IdeaGateError).check.missing).toEqual([{ requirement: 'estimatedCost', detail: 'negative' }]);

  idea = await saveCard(aino, idea, CARD);
  // A second save with the first version's etag is someone else's change: a conflict, not an overwrite.
  const stale = await saveCard(aino, { ...idea, etag: (await newIdea(aino)).etag }, { goals: 'Toinen' }).catch((e: unknown) => e);
  expect(stale).toBeInstanceOf(DataError);
  expect((stale as DataError).kind).toBe('conflict');

  idea = await submitToGate(aino, idea, { now: NOW });
  const stored = await aino.repos.ideas.get(idea.id);
  expect(stored).toMatchObject({ stage: 'awaitingGate', ...CARD });
  expect(stored.etag).toBe(idea.etag);
  expect(stored.gateHistory).toEqual([{ action: 'submitCard', from: 'need', to: 'awaitingGate', at: NOW.toISOString() }]);

  wb.server.sp.requestLog.clear();
  const mine = await loadIdeas(aino, { account: account.abbreviation });
  expect(apiCalls()).toEqual([wb.batchPost()]);
  expect(mine).toMatchObject({ account: { id: account.id }, canDecide: false, canEdit: true, problems: [] });
  expect(mine.ideas.every((i) => i.accountId === account.id)).toBe(true);
  expect(mine.ideas.map((i) => i.id)).toContain(idea.id);

  wb.server.sp.requestLog.clear();
  const portfolio = await loadIdeas(as('sari.heikkinen'));
  expect(apiCalls()).toEqual([wb.batchPost()]);
  expect(portfolio).toMatchObject({ canDecide: true, problems: [] });
  expect(portfolio.ideas.find((i) => i.id === idea.id)?.stage).toBe('awaitingGate');

  const byId = await loadIdeas(aino, { account: String(account.id) });
  expect(byId.ideas.map((i) => i.id)).toContain(idea.id);
  expect(await loadIdeas(aino, { account: 'EI-OLE' })).toMatchObject({ ideas: [], unknownAccount: 'EI-OLE' });
});

it('a manager cannot decide: SharePoint refuses the decision (403) and nothing is written', async () => {
  const aino = as('aino.virtanen');
  const idea = await atGate();
  const direct = await aino.repos.ideaDecisions
    .add({ ideaId: idea.id, decision: 'go', reason: 'Oma päätös', decidedOn: TODAY, round: gateRound(idea) })
    .catch((e: unknown) => e);
  expect(direct).toBeInstanceOf(DataError);
  expect((direct as DataError).kind).toBe('accessDenied');

  const viaGate = await decide(aino, idea, 'go', { reason: 'Oma päätös', decidedOn: TODAY }, { today: TODAY, now: NOW }).catch((e: unknown) => e);
  expect((viaGate as DataError).kind).toBe('accessDenied');
  const sari = as('sari.heikkinen');
  expect(await sari.repos.ideaDecisions.find({ filter: f.eq('ideaId', idea.id) })).toEqual([]);
  expect(await sari.repos.actions.findByClientKey(followUpKey(idea.id))).toBeUndefined();
  expect((await sari.repos.ideas.get(idea.id)).stage).toBe('awaitingGate');
});

it('the leader decides GO: the idea moves, its history keeps the reason and date, one follow-up action; a retry adds nothing', async () => {
  const sari = as('sari.heikkinen');
  const idea = await atGate();
  const decidedOn = '2026-11-27';
  const result = await decide(sari, idea, 'go', { reason: 'Hyödyt selvät, rahoitus budjetissa', decidedOn }, { today: TODAY, now: NOW, account });
  expect(result.idea).toMatchObject({ stage: 'go', decisionOn: decidedOn, decisionReason: 'Hyödyt selvät, rahoitus budjetissa' });
  expect(result.decision).toMatchObject({ ideaId: idea.id, decision: 'go', decidedOn, decidedBy: { title: 'Sari Heikkinen' }, round: gateRound(idea), clientKey: decisionKey(idea.id, gateRound(idea)) });
  expect(result.followUp).toMatchObject({ title: idea.title, accountId: account.id, source: 'idea', sourceRef: `idea:${idea.id}`, status: 'open', dueDate: followUpDue(decidedOn) });
  expect(result.followUp?.dueDate).toBe('2026-12-25');
  // The idea has no owner of its own: the account manager owns the follow-up.
  expect(result.followUp?.owner?.id).toBe(account.accountManager?.id);
  expect(result.followUp?.owner?.title).toBe(account.accountManager?.title);

  const stored = await sari.repos.ideas.get(idea.id);
  expect(stored).toMatchObject({ stage: 'go', decisionOn: decidedOn });
  expect(stored.gateHistory?.map((h) => [h.action, h.from, h.to])).toEqual([['submitCard', 'need', 'awaitingGate'], ['go', 'awaitingGate', 'go']]);
  expect(stored.gateHistory?.[1]).toMatchObject({ decision: 'go', reason: 'Hyödyt selvät, rahoitus budjetissa', decidedOn, at: NOW.toISOString() });

  // The same decision sent again from the page's old copy (an answer lost on the way): the same items come back.
  const again = await decide(sari, idea, 'go', { reason: 'Hyödyt selvät, rahoitus budjetissa', decidedOn }, { today: TODAY, now: new Date('2026-11-30T10:05:00Z'), account });
  expect(again.decision.id).toBe(result.decision.id);
  expect(again.followUp?.id).toBe(result.followUp?.id);
  expect(await sari.repos.ideaDecisions.find({ filter: f.eq('ideaId', idea.id) })).toHaveLength(1);
  const actions = await sari.repos.actions.find({ filter: f.eq('accountId', account.id), top: 5000 });
  expect(actions.filter((a) => a.sourceRef === `idea:${idea.id}`)).toHaveLength(1);
  expect((await sari.repos.ideas.get(idea.id)).gateHistory).toHaveLength(2);

  const data = await loadIdeas(sari);
  const shown = shownStage(data.ideas.find((i) => i.id === idea.id) as Idea, data.decisions);
  expect(shown).toMatchObject({ stage: 'go', kind: 'decided', decision: { id: result.decision.id } });
});

it('two leaders deciding the same round at once: one decision lands, the other is told who decided what', async () => {
  const idea = await atGate();
  // Only one leadership person in the ORK directory: two sessions of her, deciding differently.
  const first = as('sari.heikkinen');
  const second = as('sari.heikkinen');
  const [x, y] = await Promise.allSettled([
    decide(first, idea, 'go', { reason: 'Hyödyt selvät', decidedOn: TODAY }, { today: TODAY, now: NOW, account }),
    decide(second, idea, 'reject', { reason: 'Ei rahoitusta', decidedOn: TODAY }, { today: TODAY, now: NOW, account }),
  ]);
  expect([x.status, y.status].sort()).toEqual(['fulfilled', 'rejected']);
  const won = (x.status === 'fulfilled' ? x : y) as PromiseFulfilledResult<Awaited<ReturnType<typeof decide>>>;
  const lost = (x.status === 'rejected' ? x : y) as PromiseRejectedResult;
  expect(lost.reason).toBeInstanceOf(IdeaDecidedElsewhere);
  expect((lost.reason as IdeaDecidedElsewhere).kind).toBe('conflict');
  expect((lost.reason as IdeaDecidedElsewhere).decision).toMatchObject({ id: won.value.decision.id, decision: won.value.decision.decision, decidedBy: { title: 'Sari Heikkinen' } });

  const decisions = await first.repos.ideaDecisions.find({ filter: f.eq('ideaId', idea.id) });
  expect(decisions).toHaveLength(1);
  const stored = await first.repos.ideas.get(idea.id);
  expect(stored.stage).toBe(won.value.idea.stage);
  expect(stored.gateHistory?.filter((h) => h.decision)).toHaveLength(1);
  const followUps = (await first.repos.actions.find({ filter: f.eq('accountId', account.id), top: 5000 })).filter((a) => a.sourceRef === `idea:${idea.id}`);
  expect(followUps).toHaveLength(won.value.decision.decision === 'go' ? 1 : 0);
});

it('a manager editing the card while the leader decides: the decision still moves the idea, the edit stays', async () => {
  const aino = as('aino.virtanen');
  const sari = as('sari.heikkinen');
  const idea = await atGate();
  await saveCard(aino, idea, { risks: 'Integraatio ja koulutus' });
  const result = await decide(sari, idea, 'reject', { reason: 'Hyöty jää pieneksi', decidedOn: TODAY }, { today: TODAY, now: NOW });
  const stored = await sari.repos.ideas.get(idea.id);
  expect(stored).toMatchObject({ stage: 'rejected', risks: 'Integraatio ja koulutus', decisionReason: 'Hyöty jää pieneksi', decisionOn: TODAY });
  expect(stored.etag).toBe(result.idea.etag);
  expect(stored.gateHistory?.map((h) => h.to)).toEqual(['awaitingGate', 'rejected']);
});

it('a GO without a decision date, a date after today or no reason is refused with what is missing, and nothing is sent', async () => {
  const sari = as('sari.heikkinen');
  const idea = await atGate();
  wb.server.sp.requestLog.clear();
  const noDate = await decide(sari, idea, 'go', { reason: 'Hyödyt selvät' }, { today: TODAY, now: NOW }).catch((e: unknown) => e);
  expect(noDate).toBeInstanceOf(IdeaGateError);
  expect((noDate as IdeaGateError).check.missing).toEqual([{ requirement: 'decisionDate' }]);
  const future = await decide(sari, idea, 'reject', { reason: 'Ei rahoitusta', decidedOn: '2026-12-01' }, { today: TODAY, now: NOW }).catch((e: unknown) => e);
  expect((future as IdeaGateError).check.missing).toEqual([{ requirement: 'decisionDate', detail: 'future' }]);
  const noReason = await decide(sari, idea, 'return', { reason: '  ' }, { today: TODAY, now: NOW }).catch((e: unknown) => e);
  expect((noReason as IdeaGateError).check.missing).toEqual([{ requirement: 'reason' }]);
  expect(apiCalls()).toEqual([]);
  expect(await sari.repos.ideaDecisions.find({ filter: f.eq('ideaId', idea.id) })).toEqual([]);
  expect((await sari.repos.ideas.get(idea.id)).etag).toBe(idea.etag);
});

it('returned for preparation, submitted again and rejected: two rounds, two decisions, one history', async () => {
  const aino = as('aino.virtanen');
  const sari = as('sari.heikkinen');
  let idea = await atGate();
  const returned = await decide(sari, idea, 'return', { reason: 'Kustannusarvio tarkennettava' }, { today: TODAY, now: new Date('2026-11-24T09:00:00Z') });
  expect(returned.idea).toMatchObject({ stage: 'returned', decisionReason: 'Kustannusarvio tarkennettava' });
  expect(returned.followUp).toBeUndefined();

  idea = await aino.repos.ideas.get(idea.id);
  idea = await saveCard(aino, idea, { estimatedCost: 52000 });
  idea = await submitToGate(aino, idea, { now: new Date('2026-11-25T09:00:00Z') });
  const rejected = await decide(sari, idea, 'reject', { reason: 'Ei mahdu ensi vuoden budjettiin', decidedOn: '2026-11-28' }, { today: TODAY, now: NOW });
  expect(rejected.idea.stage).toBe('rejected');

  const decisions = await sari.repos.ideaDecisions.find({ filter: f.eq('ideaId', idea.id) });
  expect(decisions.map((d) => [d.decision, d.round]).sort()).toEqual([
    ['rejected', '2026-11-25T09:00:00.000Z'],
    ['returned', '2026-11-20T08:00:00.000Z'],
  ]);
  const stored = await sari.repos.ideas.get(idea.id);
  expect(stored.gateHistory?.map((h) => `${h.from}→${h.to}`)).toEqual(['need→awaitingGate', 'awaitingGate→returned', 'returned→awaitingGate', 'awaitingGate→rejected']);
  expect(stored.gateHistory?.[3]).toMatchObject({ reason: 'Ei mahdu ensi vuoden budjettiin', decidedOn: '2026-11-28' });
  expect(stored).toMatchObject({ estimatedCost: 52000, decisionOn: '2026-11-28', decisionReason: 'Ei mahdu ensi vuoden budjettiin' });
});

it('a gate stage written by hand, without a decision, is shown as not decided at the gate', async () => {
  const aino = as('aino.virtanen');
  const idea = await newIdea(aino, { ...CARD, stage: 'go' });
  const data = await loadIdeas(aino, { account: String(account.id) });
  const shown = shownStage(data.ideas.find((i) => i.id === idea.id) as Idea, data.decisions);
  expect(shown).toEqual({ stage: 'go', kind: 'notDecided' });
});

it('a new idea sent twice under one client key is one item, at the stage it starts at; the first read says who may add', async () => {
  const aino = as('aino.virtanen');
  const key = newClientKey();
  const input = { title: '  Sähköinen allekirjoitus  ', accountId: account.id, source: 'workshop' as const, description: 'Päätökset allekirjoitetaan sähköisesti' };
  const first = await createIdea(aino, input, key);
  // The answer was lost on the way, and the form sent it again: the same idea comes back.
  const again = await createIdea(aino, input, key);
  expect(again.id).toBe(first.id);
  expect(first).toMatchObject({ title: 'Sähköinen allekirjoitus', accountId: account.id, stage: 'idea', source: 'workshop', description: 'Päätökset allekirjoitetaan sähköisesti', clientKey: key });
  const mine = (await aino.repos.ideas.find({ filter: f.eq('accountId', account.id), top: 5000 })).filter((i) => i.title === 'Sähköinen allekirjoitus');
  expect(mine.map((i) => i.id)).toEqual([first.id]);

  const need = await createIdea(aino, { title: 'Tunnistettu tarve', accountId: account.id, stage: 'need' }, newClientKey());
  expect((await aino.repos.ideas.get(need.id)).stage).toBe('need');

  // No title or account: refused with the fields named, nothing sent.
  wb.server.sp.requestLog.clear();
  const invalid = await createIdea(aino, { title: ' ', accountId: undefined }, newClientKey()).catch((e: unknown) => e);
  expect((invalid as DataError).kind).toBe('validation');
  expect((invalid as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual(['title', 'accountId']);
  expect(apiCalls()).toEqual([]);

  expect(await loadIdeas(aino, { account: String(account.id) })).toMatchObject({ canAdd: true, canEdit: true });
  expect(await loadIdeas(as('pekka.makinen'), { account: String(account.id) })).toMatchObject({ canAdd: false, canEdit: false });
});

it('staff who only read ideas are refused a new idea and a move by SharePoint (403), and nothing is written', async () => {
  const pekka = as('pekka.makinen');
  const key = newClientKey();
  const refused = await createIdea(pekka, { title: 'Henkilöstön idea', accountId: account.id }, key).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(DataError);
  expect((refused as DataError).kind).toBe('accessDenied');
  const aino = as('aino.virtanen');
  expect(await aino.repos.ideas.findByClientKey(key)).toBeUndefined();

  const idea = await newIdea(aino, { stage: 'idea' });
  const move = await moveIdea(pekka, idea, 'toNeed', { now: NOW, by: 'Pekka Mäkinen' }).catch((e: unknown) => e);
  expect((move as DataError).kind).toBe('accessDenied');
  const stored = await aino.repos.ideas.get(idea.id);
  expect(stored).toMatchObject({ stage: 'idea', etag: idea.etag });
  expect(stored.gateHistory ?? []).toEqual([]);
});

it('the manager moves an idea to need and on to the solution analysis with its etag; the history says who', async () => {
  const aino = as('aino.virtanen');
  let idea = await newIdea(aino, { stage: 'idea' });
  idea = await moveIdea(aino, idea, 'toNeed', { now: new Date('2026-11-20T08:00:00Z'), by: 'Aino Virtanen' });
  // An old copy of the page moving it again is someone else's change: a conflict, not a second move.
  const stale = await moveIdea(aino, { ...idea, stage: 'need', etag: '"1"' }, 'toAnalysis', { now: NOW }).catch((e: unknown) => e);
  expect((stale as DataError).kind).toBe('conflict');
  idea = await moveIdea(aino, idea, 'toAnalysis', { now: NOW, by: 'Aino Virtanen' });
  const stored = await aino.repos.ideas.get(idea.id);
  expect(stored).toMatchObject({ stage: 'solutionAnalysis', etag: idea.etag });
  expect(stored.gateHistory).toEqual([
    { action: 'toNeed', from: 'idea', to: 'need', at: '2026-11-20T08:00:00.000Z', by: 'Aino Virtanen' },
    { action: 'toAnalysis', from: 'need', to: 'solutionAnalysis', at: NOW.toISOString(), by: 'Aino Virtanen' },
  ]);
  // The card is then submitted from the solution analysis, the submitter named too.
  idea = await saveCard(aino, idea, CARD);
  idea = await submitToGate(aino, idea, { now: new Date('2026-11-30T11:00:00Z'), by: 'Aino Virtanen' });
  expect((await aino.repos.ideas.get(idea.id)).gateHistory?.[2]).toEqual({ action: 'submitCard', from: 'solutionAnalysis', to: 'awaitingGate', at: '2026-11-30T11:00:00.000Z', by: 'Aino Virtanen' });
});
