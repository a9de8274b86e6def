import * as React from 'react';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { feature } from '../../src/features/ideas';
import type { HostContext } from '../../src/ui/host';
import type { ListRights } from '../../src/data/ports';
import type { Account, Action, Idea, IdeaGateDecision, PersonRef } from '../../src/domain/types';
import type { Locale } from '../../src/loc/locale';
import { fakeServices } from './fixtures/fakeServices';
import { DataError } from '../../src/data/errors';

jest.setTimeout(30_000);

// Unsaved card text is kept per tab (sessionStorage): each test starts with none.
beforeEach(() => sessionStorage.clear());

const AINO: PersonRef = { id: 11, title: 'Aino Virtanen' };
const SARI = { id: 17, title: 'Sari Heikkinen', email: 'sari.heikkinen@asiakkuus.example', isSiteAdmin: false };
const ACCOUNTS: Account[] = [
  { id: 1, etag: '"1"', name: 'Korkein hallinto-oikeus', abbreviation: 'KHO', accountType: 'sector', active: true, accountManager: AINO },
  { id: 2, etag: '"1"', name: 'Rikosseuraamuslaitos', abbreviation: 'RISE', accountType: 'sector', active: true, accountManager: AINO },
];
const CARD = {
  description: 'Lupahakemukset verkkoon',
  goals: 'Käsittelyaika puoleen',
  estimatedCost: 40000,
  risks: 'Integraatio asianhallintaan',
  schedule: '2027 H1',
  benefitAnalysis: 'Säästö 2 htv vuodessa',
};
const SUBMITTED = '2026-11-10T08:00:00.000Z';

const idea = (id: number, extra: Partial<Idea>): Idea => ({ id, etag: '"1"', title: `Idea ${id}`, accountId: 1, stage: 'need', ...extra });

const MANAGER: Partial<Record<'ideas' | 'ideaDecisions', ListRights>> = {
  ideas: { add: true, edit: true, editOthers: true },
  ideaDecisions: { add: false, edit: false, editOthers: false },
};
const LEADERSHIP: Partial<Record<'ideas' | 'ideaDecisions', ListRights>> = {
  ideas: { add: true, edit: true, editOthers: false },
  ideaDecisions: { add: true, edit: true, editOthers: false },
};

const host = (query: Record<string, string>, locale: Locale = 'fi-FI', displayName = 'Aino Virtanen'): HostContext => ({
  hostKind: 'SharePoint',
  siteUrl: 'https://contoso.sharepoint.com/sites/ork',
  locale,
  theme: 'light',
  user: { loginName: 'x', displayName, email: 'x@asiakkuus.example' },
  query,
  now: new Date('2026-11-20T09:00:00Z'),
});

function setup(opts: { ideas: Idea[]; decisions?: IdeaGateDecision[]; leader?: boolean; query?: Record<string, string>; locale?: Locale; rights?: typeof MANAGER }) {
  const fake = fakeServices(
    { accounts: ACCOUNTS, ideas: opts.ideas, ideaDecisions: opts.decisions ?? [], actions: [] },
    { user: opts.leader ? SARI : { id: 11, title: 'Aino Virtanen', isSiteAdmin: false }, rights: opts.rights ?? (opts.leader ? LEADERSHIP : MANAGER) },
  );
  const view = render(<AccountCareRoot services={fake.services} host={host(opts.query ?? {}, opts.locale, opts.leader ? SARI.title : AINO.title)} feature={feature} />);
  return Object.assign(fake, { view });
}

const writes = (fake: ReturnType<typeof setup>) => fake.calls.filter((c) => ['add', 'update', 'remove'].includes(c.method));

async function openIdea(id: number): Promise<void> {
  fireEvent.click(await screen.findByTestId(`idea-open-${id}`));
  await screen.findByTestId('idea-detail');
}

it("shows one account's ideas with the stage, the owner and the cost in euros; a stage written by hand says it was not decided at the gate", async () => {
  setup({
    ideas: [
      idea(1, { title: 'Sähköinen lupahakemus', ...CARD, owner: AINO, stage: 'need' }),
      idea(2, { title: 'Käsin merkitty GO', stage: 'go', estimatedCost: 1500.5 }),
      idea(3, { title: 'Toisen asiakkuuden idea', accountId: 2 }),
    ],
    query: { account: 'kho' },
  });
  expect(await screen.findByRole('heading', { level: 1, name: 'Korkein hallinto-oikeus (KHO): ideat' })).toBeInTheDocument();
  const row = screen.getByTestId('idea-row-1');
  expect(row).toHaveTextContent('Sähköinen lupahakemus');
  expect(row).toHaveTextContent('Tarve');
  expect(row).toHaveTextContent('Aino Virtanen');
  expect(within(row).getAllByRole('cell')[3].textContent?.replace(/\s/g, ' ')).toBe('40 000 €');
  expect(within(screen.getByTestId('idea-row-2')).getByTestId('idea-not-decided')).toHaveTextContent('ei päätetty portilla');
  expect(screen.queryByTestId('idea-row-3')).toBeNull();
  // Grouped by stage, each group a table with its heading.
  expect(screen.getByRole('heading', { level: 2, name: 'Tarve' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'GO-päätös' })).toBeInTheDocument();
});

it('puts the ideas awaiting the gate first for leadership, and filters by stage', async () => {
  setup({
    ideas: [idea(1, { title: 'Tarpeen idea' }), idea(2, { title: 'Portilla odottava', ...CARD, stage: 'awaitingGate', gateHistory: [{ action: 'submitCard', from: 'need', to: 'awaitingGate', at: SUBMITTED }] })],
    leader: true,
  });
  await screen.findByTestId('idea-row-2');
  const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
  expect(headings).toEqual(['Odottaa ohjausryhmää', 'Tarve']);
  fireEvent.click(screen.getByTestId('ideas-filter-stage'));
  fireEvent.click(await screen.findByRole('option', { name: 'Tarve' }));
  await waitFor(() => expect(screen.queryByTestId('idea-row-2')).toBeNull());
  expect(screen.getByTestId('idea-row-1')).toBeInTheDocument();
});

it('refuses to submit an incomplete card, naming what is missing (click and Enter alike), and writes nothing', async () => {
  const fake = setup({ ideas: [idea(1, { title: 'Puolivalmis', description: 'Lupahakemukset verkkoon', estimatedCost: 0 })] });
  await openIdea(1);
  const submit = screen.getByTestId('idea-submit');
  expect(submit).toHaveAttribute('aria-disabled', 'true');
  submit.focus();
  fireEvent.keyDown(submit, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
  const refusal = await screen.findByTestId('idea-refusal');
  expect(refusal).toHaveTextContent('Ei voi vielä viedä ohjausryhmään: Ideakortista puuttuu tavoitteet, riskit, alustava aikataulu ja tuottavuus- ja hyötyanalyysi.');
  fireEvent.click(submit);
  await waitFor(() => expect(screen.getByTestId('idea-refusal')).toHaveTextContent('Ideakortista puuttuu tavoitteet'));
  expect(writes(fake)).toEqual([]);
});

it('saves the card with its etag and submits it; a negative cost is refused at the field and sends nothing', async () => {
  const fake = setup({ ideas: [idea(1, { title: 'Sähköinen lupahakemus', ...CARD, estimatedCost: undefined })] });
  await openIdea(1);
  const cost = within(screen.getByTestId('idea-card')).getByRole('textbox', { name: 'Arvioidut kustannukset (€)' });
  fireEvent.change(cost, { target: { value: '-100' } });
  expect(await screen.findByText('Kustannus ei voi olla negatiivinen.')).toBeInTheDocument();
  fireEvent.click(screen.getByTestId('card-save'));
  expect(writes(fake)).toEqual([]);

  fireEvent.change(cost, { target: { value: '40 000' } });
  fireEvent.click(screen.getByTestId('idea-submit'));
  await waitFor(() => expect(screen.getByTestId('idea-submitted')).toHaveTextContent('Idea on viety ohjausryhmän käsittelyyn.'));
  const updates = writes(fake).map((c) => c.args);
  expect(updates[0]).toEqual([1, expect.objectContaining({ estimatedCost: 40000 }), '"1"']);
  expect(updates[1]).toEqual([1, expect.objectContaining({ stage: 'awaitingGate' }), '"2"']);
  expect(fake.store.get('ideas')![0]).toMatchObject({ stage: 'awaitingGate', estimatedCost: 40000 });
  expect(screen.getByTestId('idea-stage')).toHaveTextContent('Vaihe: Odottaa ohjausryhmää');
});

it('keeps what was typed when someone else saved the idea first (412), and offers their version', async () => {
  const fake = setup({ ideas: [idea(1, { title: 'Sähköinen lupahakemus', ...CARD })] });
  await openIdea(1);
  fake.setEtagOutside('ideas', 1, { risks: 'Toisen muutos' });
  const goals = within(screen.getByTestId('idea-card')).getByRole('textbox', { name: 'Tavoitteet' });
  fireEvent.change(goals, { target: { value: 'Käsittelyaika kolmannekseen' } });
  fireEvent.click(screen.getByTestId('card-save'));
  await waitFor(() => expect(screen.getByTestId('card-conflict')).toHaveTextContent('Joku muu on muuttanut ideaa sillä välin.'));
  expect(goals).toHaveValue('Käsittelyaika kolmannekseen');
  fireEvent.click(screen.getByRole('button', { name: 'Lataa uusin versio' }));
  // Their version underneath, the user's change on top, saved with the new etag.
  await waitFor(() => expect(within(screen.getByTestId('idea-card')).getByRole('textbox', { name: 'Riskit' })).toHaveValue('Toisen muutos'));
  expect(goals).toHaveValue('Käsittelyaika kolmannekseen');
  fireEvent.click(screen.getByTestId('card-save'));
  await waitFor(() => expect(screen.getByTestId('card-saved')).toHaveTextContent('Ideakortti tallennettu.'));
  expect(fake.store.get('ideas')![0]).toMatchObject({ risks: 'Toisen muutos', goals: 'Käsittelyaika kolmannekseen', etag: '"3"' });
  expect(writes(fake).map((c) => c.args[1])).toEqual([{ goals: 'Käsittelyaika kolmannekseen' }, { goals: 'Käsittelyaika kolmannekseen' }]);
});

it('non-leaders see no gate buttons (SharePoint, not the page, refuses their decisions)', async () => {
  setup({ ideas: [idea(1, { ...CARD, stage: 'awaitingGate', gateHistory: [{ action: 'submitCard', from: 'need', to: 'awaitingGate', at: SUBMITTED }] })] });
  await openIdea(1);
  expect(screen.queryByTestId('idea-gate')).toBeNull();
  expect(screen.queryByRole('button', { name: 'GO' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Hylkää' })).toBeNull();
});

it('the gate requires a reason and a decision date, and writes nothing until both are given', async () => {
  const fake = setup({ ideas: [idea(1, { ...CARD, stage: 'awaitingGate', gateHistory: [{ action: 'submitCard', from: 'need', to: 'awaitingGate', at: SUBMITTED }] })], leader: true });
  await openIdea(1);
  fireEvent.click(screen.getByTestId('gate-go'));
  await waitFor(() => expect(screen.getByTestId('gate-refusal')).toHaveTextContent('Päätöstä ei voi kirjata: Perustelu puuttuu. Päätöspäivä puuttuu.'));
  fireEvent.change(screen.getByRole('textbox', { name: /Perustelu/ }), { target: { value: 'Hyödyt selvät' } });
  fireEvent.click(screen.getByTestId('gate-reject'));
  await waitFor(() => expect(screen.getByTestId('gate-refusal')).toHaveTextContent('Päätöstä ei voi kirjata: Päätöspäivä puuttuu.'));
  // A date after today (the page's today is 20.11.2026) is refused too.
  const date = screen.getByRole('combobox', { name: 'Päätöspäivä' });
  fireEvent.change(date, { target: { value: '21.11.2026' } });
  fireEvent.blur(date);
  fireEvent.click(screen.getByTestId('gate-go'));
  await waitFor(() => expect(screen.getByTestId('gate-refusal')).toHaveTextContent('Päätöspäivä ei voi olla tämän päivän jälkeen.'));
  expect(writes(fake)).toEqual([]);
});

it('a GO is confirmed, recorded, and says which follow-up action was created with its due date', async () => {
  const fake = setup({ ideas: [idea(1, { title: 'Sähköinen lupahakemus', ...CARD, owner: AINO, stage: 'awaitingGate', gateHistory: [{ action: 'submitCard', from: 'need', to: 'awaitingGate', at: SUBMITTED }] })], leader: true });
  await openIdea(1);
  fireEvent.change(screen.getByRole('textbox', { name: /Perustelu/ }), { target: { value: 'Hyödyt selvät' } });
  const date = screen.getByRole('combobox', { name: 'Päätöspäivä' });
  fireEvent.change(date, { target: { value: '19.11.2026' } });
  fireEvent.blur(date);
  fireEvent.click(screen.getByTestId('gate-go'));
  await waitFor(() => expect(screen.getByTestId('gate-confirm')).toHaveTextContent('GO: Sähköinen lupahakemus'));
  expect(writes(fake)).toEqual([]);
  fireEvent.click(screen.getByTestId('gate-confirm-ok'));
  const done = await screen.findByTestId('gate-decided');
  expect(done).toHaveTextContent('Päätös kirjattu: GO. Jatkotoimenpide luotu: Sähköinen lupahakemus, määräpäivä 17.12.2026, vastuuhenkilö Aino Virtanen.');
  const decision = fake.store.get('ideaDecisions')![0] as IdeaGateDecision;
  expect(decision).toMatchObject({ ideaId: 1, decision: 'go', reason: 'Hyödyt selvät', decidedOn: '2026-11-19', round: SUBMITTED, clientKey: `ideaDecision:1:${SUBMITTED}` });
  expect(fake.store.get('actions')![0] as Action).toMatchObject({ source: 'idea', sourceRef: 'idea:1', dueDate: '2026-12-17', owner: { id: 11 } });
  expect(screen.getByTestId('idea-stage')).toHaveTextContent('Vaihe: GO-päätös');
  const rows = within(screen.getByTestId('idea-history')).getAllByRole('row');
  expect(rows[1]).toHaveTextContent('Sari Heikkinen');
  expect(rows[1]).toHaveTextContent('Odottaa ohjausryhmää → GO-päätös');
  expect(rows[1]).toHaveTextContent('Hyödyt selvät');
  expect(rows[1]).toHaveTextContent('19.11.2026');
});

it('names what is missing in Swedish', async () => {
  setup({ ideas: [idea(1, { title: 'Puolivalmis' })], locale: 'sv-SE' });
  await openIdea(1);
  fireEvent.click(screen.getByTestId('idea-submit'));
  // The message bar renders its text a moment after the bar itself.
  await waitFor(() =>
    expect(screen.getByTestId('idea-refusal')).toHaveTextContent(
      'Kan inte föras till styrgruppen ännu: I idékortet saknas beskrivning, mål, kostnadsuppskattning, risker, preliminär tidtabell och produktivitets- och nyttoanalys.',
    ),
  );
});

it('names what is missing in English', async () => {
  setup({ ideas: [idea(1, { title: 'Half done', ...CARD, risks: undefined, estimatedCost: -3 })], locale: 'en-US' });
  await openIdea(1);
  fireEvent.click(screen.getByTestId('idea-submit'));
  await waitFor(() => expect(screen.getByTestId('idea-refusal')).toHaveTextContent('Cannot be submitted to the steering group yet: The idea card is missing the risks. The cost cannot be negative.'));
});

it("tells the second leader plainly who decided the round first, and records nothing of theirs", async () => {
  const gateIdea = idea(1, { title: 'Sähköinen lupahakemus', ...CARD, stage: 'awaitingGate', gateHistory: [{ action: 'submitCard', from: 'need', to: 'awaitingGate', at: SUBMITTED }] });
  const fake = setup({ ideas: [gateIdea], leader: true });
  // The unique key met a colleague's decision: SharePoint's twin comes back instead of a new item.
  const theirs: IdeaGateDecision = { id: 90, etag: '"1"', ideaId: 1, decision: 'rejected', reason: 'Ei rahoitusta', decidedOn: '2026-11-18', decidedBy: { id: 23, title: 'Pekka Mäkinen' }, round: SUBMITTED };
  fake.services.repos.ideaDecisions.add = async () => theirs;
  await openIdea(1);
  fireEvent.change(screen.getByRole('textbox', { name: /Perustelu/ }), { target: { value: 'Hyödyt selvät' } });
  const date = screen.getByRole('combobox', { name: 'Päätöspäivä' });
  fireEvent.change(date, { target: { value: '19.11.2026' } });
  fireEvent.blur(date);
  fireEvent.click(screen.getByTestId('gate-go'));
  fireEvent.click(await screen.findByTestId('gate-confirm-ok'));
  await waitFor(() => expect(screen.getByTestId('gate-elsewhere')).toHaveTextContent(
    'Pekka Mäkinen ehti jo kirjata tämän käsittelykierroksen päätöksen: Hylätty (18.11.2026), perusteluna ”Ei rahoitusta”. Sinun päätöstäsi ei kirjattu.',
  ));
  expect(writes(fake).filter((c) => c.list !== 'ideaDecisions')).toEqual([]);
  expect(fake.store.get('actions')).toEqual([]);
  // The decision list is the authority: the idea shows the colleague's decision.
  expect(screen.getByTestId('idea-stage')).toHaveTextContent('Vaihe: Hylätty');
});

describe('a new idea', () => {
  it('names the required fields, saves once however often it is clicked, and opens the new idea at its card', async () => {
    const fake = setup({ ideas: [idea(1, { title: 'Vanha idea' })] });
    fireEvent.click(await screen.findByRole('button', { name: 'Uusi idea' }));
    const form = await screen.findByTestId('new-idea');
    expect(within(form).getByRole('heading', { level: 2, name: 'Uusi idea' })).toBeInTheDocument();
    fireEvent.click(within(form).getByRole('button', { name: 'Tallenna idea' }));
    await waitFor(() => expect(screen.getByTestId('new-idea-refusal')).toHaveTextContent('Ideaa ei voi tallentaa: Anna idealle otsikko. Valitse asiakkuus, jota idea koskee.'));
    expect(writes(fake)).toEqual([]);

    fireEvent.change(within(form).getByRole('textbox', { name: 'Otsikko' }), { target: { value: '  Sähköinen allekirjoitus  ' } });
    fireEvent.click(screen.getByTestId('new-idea-account'));
    fireEvent.click(await screen.findByRole('option', { name: 'RISE – Rikosseuraamuslaitos' }));
    fireEvent.click(screen.getByTestId('new-idea-source'));
    fireEvent.click(await screen.findByRole('option', { name: 'Työpaja' }));
    fireEvent.change(within(form).getByRole('textbox', { name: 'Lyhyt kuvaus' }), { target: { value: 'Päätökset allekirjoitetaan sähköisesti' } });
    expect(within(form).getByRole('radio', { name: 'Idea' })).toBeChecked();
    const save = within(form).getByRole('button', { name: 'Tallenna idea' });
    fireEvent.click(save);
    fireEvent.click(save);

    await waitFor(() => expect(screen.getByTestId('idea-created')).toHaveTextContent('Idea ”Sähköinen allekirjoitus” tallennettu. Täydennä seuraavaksi ideakortti.'));
    expect(screen.getByRole('heading', { level: 2, name: 'Sähköinen allekirjoitus' })).toBeInTheDocument();
    expect(screen.getByTestId('idea-stage')).toHaveTextContent('Vaihe: Idea');
    // The card is there to be filled in.
    expect(within(screen.getByTestId('idea-card')).getByRole('textbox', { name: 'Tavoitteet' })).toBeInTheDocument();
    const adds = writes(fake).filter((c) => c.method === 'add');
    expect(adds).toHaveLength(1);
    expect(adds[0].args[0]).toEqual({
      clientKey: expect.any(String),
      title: 'Sähköinen allekirjoitus',
      accountId: 2,
      stage: 'idea',
      source: 'workshop',
      description: 'Päätökset allekirjoitetaan sähköisesti',
    });
    expect(fake.store.get('ideas')).toHaveLength(2);
    // The draft is gone: the next new idea starts empty.
    fireEvent.click(screen.getByTestId('idea-back'));
    fireEvent.click(await screen.findByRole('button', { name: 'Uusi idea' }));
    expect(within(await screen.findByTestId('new-idea')).getByRole('textbox', { name: 'Otsikko' })).toHaveValue('');
  });

  it("keeps the unsaved form across a reload of the tab, with the page's account chosen", async () => {
    const first = setup({ ideas: [], query: { account: 'kho' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Uusi idea' }));
    expect(screen.getByTestId('new-idea-account')).toHaveTextContent('KHO – Korkein hallinto-oikeus');
    fireEvent.change(screen.getByRole('textbox', { name: 'Otsikko' }), { target: { value: 'Puolivalmis ajatus' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Tarve' }));
    first.view.unmount();

    const fake = setup({ ideas: [], query: { account: 'kho' } });
    const form = await screen.findByTestId('new-idea');
    expect(within(form).getByRole('textbox', { name: 'Otsikko' })).toHaveValue('Puolivalmis ajatus');
    expect(within(form).getByRole('radio', { name: 'Tarve' })).toBeChecked();
    fireEvent.click(within(form).getByRole('button', { name: 'Tallenna idea' }));
    await screen.findByTestId('idea-detail');
    expect(writes(fake).map((c) => c.args[0])).toEqual([expect.objectContaining({ title: 'Puolivalmis ajatus', accountId: 1, stage: 'need' })]);
    expect(Object.keys(sessionStorage).filter((k) => k.includes('idea:new'))).toEqual([]);
  });

  it('shows no button to those who may not add ideas, and SharePoint\'s refusal plainly, keeping what was typed', async () => {
    setup({ ideas: [idea(1, {})], rights: { ideas: { add: false, edit: false, editOthers: false }, ideaDecisions: MANAGER.ideaDecisions } });
    await screen.findByTestId('idea-row-1');
    expect(screen.queryByRole('button', { name: 'Uusi idea' })).toBeNull();
    cleanup();

    const fake = setup({ ideas: [], query: { account: 'kho' } });
    fake.services.repos.ideas.add = async () => {
      throw new DataError('accessDenied', 'Access denied', { status: 403 });
    };
    fireEvent.click(await screen.findByRole('button', { name: 'Uusi idea' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Otsikko' }), { target: { value: 'Kielletty idea' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna idea' }));
    await waitFor(() => expect(screen.getByTestId('new-idea-denied')).toHaveTextContent('Sinulla ei ole oikeutta lisätä ideoita tälle sivustolle. Mitään ei tallennettu, ja kirjoittamasi tiedot ovat tallessa.'));
    expect(screen.getByRole('textbox', { name: 'Otsikko' })).toHaveValue('Kielletty idea');
  });
});

it('moves an idea to need and a need to the solution analysis with the etag; the history says who moved it', async () => {
  const fake = setup({ ideas: [idea(1, { title: 'Tuore idea', stage: 'idea' })] });
  await openIdea(1);
  expect(screen.queryByRole('button', { name: 'Ratsuun' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Siirrä tarpeeksi' }));
  await waitFor(() => expect(screen.getByTestId('idea-moved')).toHaveTextContent('Idea siirretty vaiheeseen Tarve.'));
  expect(screen.getByTestId('idea-stage')).toHaveTextContent('Vaihe: Tarve');
  expect(writes(fake).map((c) => c.args)).toEqual([
    [1, { stage: 'need', gateHistory: [{ action: 'toNeed', from: 'idea', to: 'need', at: '2026-11-20T09:00:00.000Z', by: 'Aino Virtanen' }] }, '"1"'],
  ]);
  const rows = within(screen.getByTestId('idea-history')).getAllByRole('row');
  expect(rows[1]).toHaveTextContent('Aino Virtanen');
  expect(rows[1]).toHaveTextContent('Idea → Tarve');

  fireEvent.click(screen.getByRole('button', { name: 'Ratsuun' }));
  await waitFor(() => expect(screen.getByTestId('idea-stage')).toHaveTextContent('Vaihe: Ratkaisuanalyysi (Ratsu)'));
  expect(fake.store.get('ideas')![0]).toMatchObject({ stage: 'solutionAnalysis', etag: '"3"' });
  expect(screen.queryByRole('button', { name: 'Ratsuun' })).toBeNull();
});

it('a move someone else overtook (412) moves nothing and offers the latest version', async () => {
  const fake = setup({ ideas: [idea(1, { stage: 'need' })] });
  await openIdea(1);
  fake.setEtagOutside('ideas', 1, { goals: 'Toisen muutos' });
  fireEvent.click(screen.getByRole('button', { name: 'Ratsuun' }));
  await waitFor(() => expect(screen.getByTestId('idea-move-conflict')).toHaveTextContent('Joku muu on muuttanut ideaa sillä välin, joten sitä ei siirretty.'));
  expect(fake.store.get('ideas')![0]).toMatchObject({ stage: 'need' });
});

it('the history names who submitted the card, and shows "–" for an older entry without a name', async () => {
  const fake = setup({ ideas: [idea(1, { title: 'Sähköinen lupahakemus', ...CARD, gateHistory: [{ action: 'toNeed', from: 'idea', to: 'need', at: '2026-11-01T08:00:00.000Z' }] })] });
  await openIdea(1);
  fireEvent.click(screen.getByTestId('idea-submit'));
  await screen.findByTestId('idea-submitted');
  expect((fake.store.get('ideas')![0] as Idea).gateHistory?.[1]).toMatchObject({ action: 'submitCard', by: 'Aino Virtanen' });
  const rows = within(screen.getByTestId('idea-history')).getAllByRole('row');
  expect(within(rows[1]).getAllByRole('cell')[1]).toHaveTextContent('Aino Virtanen');
  expect(within(rows[2]).getAllByRole('cell')[1]).toHaveTextContent('–');
});
