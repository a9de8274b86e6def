import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { feature } from '../../src/features/assessment';
import type { HostContext } from '../../src/ui/host';
import type { ListRights } from '../../src/data/ports';
import type { ListKey } from '../../src/data/schema/types';
import { assessmentClientKey } from '../../src/data/queries/assessment';
import { NINE_E_DIMENSIONS, nineEDefinition } from '../../src/domain/partnership9E';
import type { Account, Action, Meeting, Survey, SurveyResponse } from '../../src/domain/types';
import { satisfactionKit } from '../../src/domain/meetingKit';
import { SatisfactionResults } from '../../src/features/accountTab/followUp/SatisfactionResults';
import { bundle as followUpStrings } from '../../src/features/accountTab/strings/followUp';
import { bundle as choiceStrings } from '../../src/loc/choices';
import { fakeServices } from './fixtures/fakeServices';

const AINO = { id: 11, title: 'Aino Virtanen', email: 'aino.virtanen@asiakkuus.example' };
const account = (id: number, name: string, abbreviation: string): Account => ({ id, etag: '"1"', name, abbreviation, accountType: 'sector', active: true, accountManager: AINO }) as Account;
const ACCOUNTS = [account(1, 'Korkein oikeus', 'KKO'), account(5, 'Korkein hallinto-oikeus', 'KHO')];

const period = (id: number, year: number, status: Survey['status'], combine = false): Survey => ({
  id,
  etag: '"1"',
  title: `Kumppanuusarvio 9E – syksy ${year}`,
  kind: 'partnership9E',
  year,
  definition: nineEDefinition({ combineEnergyAndEnthusiasm: combine }),
  opensOn: `${year}-09-01`,
  closesOn: `${year}-12-31`,
  status,
});
const PREVIOUS = period(40, 2025, 'closed');
const CURRENT = period(41, 2026, 'open');

let nextId = 100;
const scores = (score: number, over: Record<string, number> = {}): Record<string, number> => ({ ...Object.fromEntries(NINE_E_DIMENSIONS.map((d) => [d.id, score])), ...over });
function response(survey: Survey, accountId: number, name: string, level: string, answers: Record<string, number>): SurveyResponse {
  return {
    id: nextId++,
    etag: '"1"',
    surveyId: survey.id,
    accountId,
    respondentName: name,
    respondentLevel: level,
    answers,
    submittedAt: `${survey.year}-10-01T09:00:00Z`,
    source: 'product',
    clientKey: assessmentClientKey(survey.id, accountId, name),
  };
}

// Last year: three at the contract level, one at the operational level (4 in all, so the split must hide the contract cell too).
const RESPONSES = [
  response(PREVIOUS, 5, 'Kaisa Korkein', 'contract', scores(4, { economy: 2 })),
  response(PREVIOUS, 5, 'Sanna Sopimus', 'contract', scores(4, { economy: 3 })),
  response(PREVIOUS, 5, 'Seppo Sopimus', 'contract', scores(4, { economy: 2 })),
  response(PREVIOUS, 5, 'Olli Operatiivinen', 'operational', scores(5, { economy: 3 })),
  // This year so far: two, under the threshold.
  response(CURRENT, 5, 'Kaisa Korkein', 'contract', scores(3)),
  response(CURRENT, 5, 'Olli Operatiivinen', 'operational', scores(3)),
];

const MEETING: Meeting = { id: 70, etag: '"1"', title: 'Seurantaryhmä Q4', accountId: 5, meetingType: 'followUpGroup', startsAt: '2026-12-09T07:00:00Z', status: 'planned' } as Meeting;
const MANAGER: ListRights = { add: true, edit: true, editOthers: true };

const host = (locale: HostContext['locale'], query: Record<string, string>): HostContext => ({
  hostKind: 'SharePoint',
  siteUrl: 'https://contoso.sharepoint.com/sites/ork',
  locale,
  theme: 'light',
  user: { loginName: 'i:0#.f|membership|aino.virtanen@asiakkuus.example', displayName: AINO.title, email: AINO.email },
  now: new Date('2026-11-02T09:00:00Z'),
  query,
});

function setup(opts: { locale?: HostContext['locale']; query?: Record<string, string>; responses?: SurveyResponse[]; surveys?: Survey[]; actions?: Action[]; missing?: ListKey[] } = {}) {
  const fake = fakeServices(
    { accounts: ACCOUNTS, surveys: opts.surveys ?? [PREVIOUS, CURRENT], surveyResponses: opts.responses ?? RESPONSES, meetings: [MEETING], actions: opts.actions ?? [] },
    { user: { ...AINO, isSiteAdmin: false }, rights: { surveyResponses: MANAGER, actions: MANAGER }, missing: opts.missing },
  );
  const view = render(<AccountCareRoot services={fake.services} host={host(opts.locale ?? 'fi-FI', opts.query ?? { account: 'KHO' })} feature={feature} />);
  return { ...fake, view };
}

const row = (id: string): HTMLElement => screen.getByTestId(`row-${id}`);

jest.setTimeout(30_000);
beforeEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

describe('results', () => {
  it('shows the worlds and dimensions by period as an accessible table; a period under the threshold says so and carries no figure', async () => {
    setup({ locale: 'sv-SE' });
    const table = await screen.findByRole('table', { name: /Korkein hallinto-oikeus \(KHO\): partnerskapsbedömningens medelvärden per period/ });
    const cols = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(cols).toEqual(['Värld och dimension', 'syksy 2025', 'syksy 2026', 'Utveckling']);
    expect(within(table).getAllByRole('columnheader').every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    const economic = row('economic');
    expect(within(economic).getByRole('rowheader').textContent).toBe('Ekonomins värld');
    const economy = row('economy');
    const cells = within(economy).getAllByRole('cell');
    // (2 + 3 + 2 + 3) / 4 = 2.5, Swedish decimal comma.
    expect(cells[0].textContent).toContain('2,5');
    expect(cells[0].textContent).toContain('4 svar');
    // This year: two answers under the threshold of three.
    expect(cells[1].textContent).toBe('färre än 3 svar');
    expect(cells[1].textContent).not.toMatch(/\d,\d/);
    expect(cells[2].textContent).toBe('ingen jämförelse');
    // The combined energy-and-enthusiasm row is left out when nobody answered it that way.
    expect(screen.queryByTestId('row-energyEnthusiasm')).toBeNull();
    expect(screen.getByTestId('row-energy')).toBeTruthy();
  });

  it('splits by respondent level only where no group is small: the one operational answer hides the contract cell too', async () => {
    setup();
    await screen.findByTestId('assessment-results');
    expect(screen.queryByTestId('row-economy-contract')).toBeNull();
    fireEvent.click(screen.getByLabelText('Näytä vastaajatasoittain'));
    const contract = within(row('economy-contract')).getAllByRole('cell');
    const operational = within(row('economy-operational')).getAllByRole('cell');
    expect(contract[0].textContent).toBe('piilotettu (pienen ryhmän suoja)');
    expect(operational[0].textContent).toBe('alle 3 vastausta');
    expect(within(row('economy-contract')).getByRole('rowheader').textContent).toContain('Sopimustaso');
  });

  it('gives the trend in words and with an arrow when two periods show', async () => {
    const more = [...RESPONSES, response(CURRENT, 5, 'Sanna Sopimus', 'contract', scores(3))];
    setup({ locale: 'en-US', responses: more });
    await screen.findByTestId('assessment-results');
    const cells = within(row('economy')).getAllByRole('cell');
    expect(cells[1].textContent).toContain('3.0');
    // 2.5 → 3.0, in words (not colour alone).
    expect(cells[2].textContent).toContain('up +0.5');
    expect(cells[2].textContent).toContain('syksy 2025–syksy 2026');
    expect(within(row('competence')).getAllByRole('cell')[2].textContent).toContain('down -1.3');
  });
});

describe('recording an assessment', () => {
  it('names the missing scores and moves focus to the first, sends nothing; one tab stop per score group', async () => {
    const { calls } = setup({ responses: [] });
    const form = await screen.findByTestId('assessment-form');
    const economy = within(form).getByRole('radiogroup', { name: /^Talous:/ });
    const radios = within(economy).getAllByRole('radio');
    expect(radios).toHaveLength(5);
    expect(within(economy).getByLabelText('1 heikko')).toBeTruthy();
    expect(within(economy).getByLabelText('5 erinomainen')).toBeTruthy();
    // Native radios sharing one name: one tab stop, arrow keys move between them.
    expect(new Set(radios.map((r) => (r as HTMLInputElement).name)).size).toBe(1);
    expect(radios.every((r) => (r as HTMLInputElement).type === 'radio')).toBe(true);

    fireEvent.click(within(form).getByLabelText('Sopimustaso'));
    fireEvent.change(within(form).getByLabelText(/Vastaaja \(asiakkaan edustaja\)/), { target: { value: 'Kaisa Korkein' } });
    for (const g of within(form).getAllByRole('radiogroup')) {
      const label = g.getAttribute('aria-labelledby') ? document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent ?? '' : '';
      if (/^(Tehokkuus|Etiikka)/.test(label) || /Vastaajan taso/.test(label)) continue;
      fireEvent.click(within(g).getByLabelText('4 hyvä'));
    }
    await act(async () => {
      fireEvent.click(screen.getByTestId('assessment-submit'));
    });
    expect(screen.getByTestId('assessment-missing').textContent).toBe('Arvioimatta: Tehokkuus, Etiikka');
    const efficiency = within(form).getByRole('radiogroup', { name: /^Tehokkuus:/ });
    await waitFor(() => expect(efficiency.contains(document.activeElement)).toBe(true));
    expect(calls.filter((c) => c.list === 'surveyResponses' && c.method === 'add')).toHaveLength(0);
  });

  it('keeps a draft across a reload, saves once, clears the draft and proposes the weak dimensions; the action is due before the next group', async () => {
    const first = setup({ responses: RESPONSES.slice(0, 4) });
    const form = await screen.findByTestId('assessment-form');
    fireEvent.click(within(form).getByLabelText('Operatiivinen taso'));
    fireEvent.change(within(form).getByLabelText(/Vastaaja \(asiakkaan edustaja\)/), { target: { value: 'Outi Operatiivinen' } });
    fireEvent.click(within(within(form).getByRole('radiogroup', { name: /^Talous:/ })).getByLabelText('2 välttävä'));
    first.view.unmount();

    const { calls, store } = setup({ responses: RESPONSES.slice(0, 4) });
    const again = await screen.findByTestId('assessment-form');
    expect(await screen.findByText('Keskeneräinen arvio palautettiin luonnoksesta.')).toBeTruthy();
    expect((within(again).getByLabelText(/Vastaaja \(asiakkaan edustaja\)/) as HTMLInputElement).value).toBe('Outi Operatiivinen');
    expect((within(within(again).getByRole('radiogroup', { name: /^Talous:/ })).getByLabelText('2 välttävä') as HTMLInputElement).checked).toBe(true);
    for (const g of within(again).getAllByRole('radiogroup')) {
      const label = g.getAttribute('aria-labelledby') ? document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent ?? '' : '';
      if (/^Talous/.test(label) || /Vastaajan taso/.test(label)) continue;
      fireEvent.click(within(g).getByLabelText('4 hyvä'));
    }
    fireEvent.change(within(again).getByLabelText('Vapaa palaute'), { target: { value: '<b>Laskutus</b> epäselvää' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('assessment-submit'));
    });
    await screen.findByTestId('assessment-saved');
    const adds = calls.filter((c) => c.list === 'surveyResponses' && c.method === 'add');
    expect(adds).toHaveLength(1);
    expect(adds[0].args[0]).toMatchObject({ surveyId: 41, accountId: 5, respondentLevel: 'operational', respondentName: 'Outi Operatiivinen', comment: '<b>Laskutus</b> epäselvää', source: 'product', clientKey: assessmentClientKey(41, 5, 'Outi Operatiivinen') });
    expect((adds[0].args[0] as SurveyResponse).answers).toMatchObject({ economy: 2, efficiency: 4 });
    expect(Object.keys(window.localStorage).concat(Object.keys(window.sessionStorage)).filter((k) => k.includes('assessment'))).toEqual([]);

    // Economy is weak in last year's shown results (a single 2 is enough); this year's one answer shows nothing.
    const proposals = screen.getByTestId('assessment-proposals');
    const economy = within(proposals).getByTestId('proposal-economy');
    expect(economy.textContent).toContain('Talous, syksy 2025: keskiarvo 2,5, heikkoja arvioita 2');
    await act(async () => {
      fireEvent.click(within(economy).getByRole('button', { name: 'Ehdota kehittämistoimenpide' }));
    });
    await waitFor(() => expect(within(screen.getByTestId('assessment-proposals')).getByTestId('proposal-economy').textContent).toContain('Kehittämistoimenpide luotu: vastuuhenkilö Aino Virtanen, määräpäivä 8.12.2026.'));
    expect(within(screen.getByTestId('assessment-proposals')).getByTestId('proposal-economy').textContent).toContain('Näkyy seuraavan seurantaryhmän asialistalla (9.12.2026).');
    const actions = store.get('actions')!;
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ source: 'assessment', sourceRef: '9e:40:economy', dueDate: '2026-12-08', status: 'open', title: '9E-kehityskohde: Talous', owner: AINO, accountId: 5 });
  });

  it('an existing action of a proposal shows as created, with no button', async () => {
    const existing: Action = { id: 90, etag: '"1"', title: '9E-kehityskohde: Talous', accountId: 5, source: 'assessment', sourceRef: '9e:40:economy', status: 'open', dueDate: '2026-12-08', owner: { id: 11 } };
    setup({ actions: [existing] });
    const economy = await screen.findByTestId('proposal-economy');
    expect(within(economy).queryByRole('button')).toBeNull();
    expect(economy.textContent).toContain('vastuuhenkilö Aino Virtanen, määräpäivä 8.12.2026');
  });

  it('a 412 keeps the input and says someone else changed it', async () => {
    const { setEtagOutside } = setup();
    const form = await screen.findByTestId('assessment-form');
    fireEvent.change(within(form).getByLabelText(/Vastaaja \(asiakkaan edustaja\)/), { target: { value: 'Kaisa Korkein' } });
    await waitFor(() => expect(screen.getByTestId('assessment-editing').textContent).toContain('Muokkaat henkilön Kaisa Korkein arviota'));
    fireEvent.click(within(form).getByLabelText('Sopimustaso'));
    for (const g of within(form).getAllByRole('radiogroup')) {
      const label = g.getAttribute('aria-labelledby') ? document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent ?? '' : '';
      if (/Vastaajan taso/.test(label)) continue;
      fireEvent.click(within(g).getByLabelText('5 erinomainen'));
    }
    setEtagOutside('surveyResponses', RESPONSES[4].id, { comment: 'Toisen käyttäjän muutos' });
    await act(async () => {
      fireEvent.click(screen.getByTestId('assessment-submit'));
    });
    await screen.findByTestId('assessment-conflict');
    await waitFor(() => expect(screen.getByTestId('assessment-conflict').textContent).toContain('Joku muu muutti tätä arviota'));
    expect((within(within(form).getByRole('radiogroup', { name: /^Eepos:/ })).getByLabelText('5 erinomainen') as HTMLInputElement).checked).toBe(true);
    expect((within(form).getByLabelText(/Vastaaja \(asiakkaan edustaja\)/) as HTMLInputElement).value).toBe('Kaisa Korkein');
  });

  it('follows the period: energy and enthusiasm as one question when the period asks it so', async () => {
    setup({ surveys: [PREVIOUS, period(41, 2026, 'open', true)], responses: [] });
    const form = await screen.findByTestId('assessment-form');
    expect((within(form).getByLabelText('Energia ja innostus yhtenä kysymyksenä') as HTMLInputElement).checked).toBe(true);
    expect(within(form).getByRole('radiogroup', { name: /^Energia ja innostus:/ })).toBeTruthy();
    expect(within(form).queryByRole('radiogroup', { name: /^Innostus:/ })).toBeNull();
  });
});

it('staff see that the assessments are closed to them, not an error', async () => {
  setup({ missing: ['surveyResponses'] });
  await screen.findByTestId('assessment-no-access');
  await waitFor(() => expect(screen.getByTestId('assessment-no-access').textContent).toContain('Kumppanuusarviot näkyvät vain asiakkuuspäälliköille ja johdolle'));
  expect(screen.queryByTestId('assessment-form')).toBeNull();
});

it('without account= offers the picker of accounts', async () => {
  setup({ query: {} });
  expect(await screen.findByText('Valitse asiakkuus', { selector: 'label' })).toBeTruthy();
  expect(screen.queryByTestId('assessment-results')).toBeNull();
});

it("the proposed action is on the next follow-up group's agenda, item 6, under its own heading", () => {
  const action: Action = { id: 90, etag: '"1"', title: '9E-kehityskohde: Talous', accountId: 5, source: 'assessment', sourceRef: '9e:40:economy', status: 'open', dueDate: '2026-12-08', owner: { id: 11, title: 'Aino Virtanen' } };
  const kit = satisfactionKit(MEETING, [], [], { actions: [action, { ...action, id: 91, title: 'Valmis', status: 'done' }] });
  render(<SatisfactionResults kit={kit} today="2026-11-02" locale="fi-FI" s={followUpStrings.get('fi')} c={choiceStrings.get('fi')} />);
  expect(screen.getByRole('heading', { name: 'Kumppanuusarvion (9E) kehittämistoimenpiteet' })).toBeTruthy();
  const list = screen.getByTestId('fu-assessment-actions');
  expect(within(list).getAllByRole('listitem')).toHaveLength(1);
  expect(list.textContent).toContain('9E-kehityskohde: Talous');
  expect(list.textContent).toContain('8.12.2026');
});
