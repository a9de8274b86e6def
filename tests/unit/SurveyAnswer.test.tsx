import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { feature } from '../../src/features/surveyAnswer';
import type { HostContext } from '../../src/ui/host';
import type { ListRights } from '../../src/data/ports';
import { defaultQuarterlyDefinition, respondentKeyOf, responseClientKey } from '../../src/domain/surveys';
import type { Account, Contact, Survey, SurveyResponse } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

const KAISA = { id: 31, title: 'Kaisa Ojala', email: 'kaisa.ojala@asiakkuus.example' };
const account = (id: number, name: string, abbreviation: string): Account => ({ id, etag: '"1"', name, abbreviation, accountType: 'sector', active: true }) as Account;
const ACCOUNTS = [account(1, 'Korkein oikeus', 'KKO'), account(5, 'Korkein hallinto-oikeus', 'KHO')];
const CONTACTS: Contact[] = [{ id: 90, etag: '"1"', name: 'Kaisa Ojala', accountId: 5, side: 'customer', roles: ['followUpMember'], email: 'kaisa.ojala@asiakkuus.example' }];

function surveyOf(patch: Partial<Survey> = {}): Survey {
  const definition = defaultQuarterlyDefinition();
  // One optional question, to offer "can't say".
  definition.questions[2] = { ...definition.questions[2], required: false };
  return { id: 40, etag: '"1"', title: 'Kundenkät Q1/2026', kind: 'quarterly', year: 2026, quarter: 1, definition, opensOn: '2026-02-16', closesOn: '2026-03-13', status: 'open', ...patch };
}

const RESPONDENT: ListRights = { add: true, edit: true, editOthers: false };

const host = (locale: HostContext['locale'], query: Record<string, string>, now = '2026-03-02T09:00:00Z'): HostContext => ({
  hostKind: 'SharePoint',
  siteUrl: 'https://contoso.sharepoint.com/sites/ork',
  locale,
  theme: 'light',
  user: { loginName: 'i:0#.f|membership|kaisa.ojala@asiakkuus.example', displayName: KAISA.title, email: KAISA.email },
  now: new Date(now),
  query,
});

function setup(opts: { locale?: HostContext['locale']; query?: Record<string, string>; survey?: Survey; responses?: SurveyResponse[]; rights?: ListRights; now?: string } = {}) {
  const fake = fakeServices(
    { accounts: ACCOUNTS, contacts: CONTACTS, surveys: [opts.survey ?? surveyOf()], surveyResponses: opts.responses ?? [] },
    { user: { ...KAISA, isSiteAdmin: false }, rights: { surveyResponses: opts.rights ?? RESPONDENT } },
  );
  const view = render(<AccountCareRoot services={fake.services} host={host(opts.locale ?? 'fi-FI', opts.query ?? { account: 'KHO', quarter: '2026-Q1' }, opts.now)} feature={feature} />);
  return { ...fake, view };
}

const key = (): string => responseClientKey(40, 5, respondentKeyOf({ email: KAISA.email })!);

jest.setTimeout(30_000);
beforeEach(() => window.sessionStorage.clear());

it('answers in Swedish: the scale in Swedish, the missing required question named and focused, then saved once with its keys', async () => {
  const { calls, store } = setup({ locale: 'sv-SE' });
  expect(await screen.findByRole('heading', { name: 'Kundenkät Q1/2026' })).toBeTruthy();
  expect(screen.getByText(/Kvartal 1 2026/)).toBeTruthy();
  const first = screen.getByRole('radiogroup', { name: /Kvaliteten på de kontinuerliga tjänsterna/ });
  expect(within(first).getByLabelText('4 underkänd')).toBeTruthy();
  expect(within(first).getByLabelText('10 utmärkt')).toBeTruthy();
  expect(within(first).queryByLabelText('Kan inte säga')).toBeNull();
  const optional = screen.getByRole('radiogroup', { name: /Projekttjänster och projektledning/ });
  expect(within(optional).getByLabelText('Kan inte säga')).toBeTruthy();
  expect(screen.getByText('Hur sannolikt är det att du skulle rekommendera våra tjänster till en kollega?')).toBeTruthy();

  // Everything but the expertise question.
  const groups = screen.getAllByRole('radiogroup');
  for (const g of groups) {
    const name = g.getAttribute('aria-labelledby') ? document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent ?? '' : '';
    if (/sakkunskap/.test(name)) continue;
    if (/Projekttjänster/.test(name)) fireEvent.click(within(g).getByLabelText('Kan inte säga'));
    else if (/rekommendera/.test(name)) fireEvent.click(within(g).getByLabelText('9'));
    else if (/proaktivitet/.test(name)) fireEvent.click(within(g).getByLabelText('9 berömlig'));
    else fireEvent.click(within(g).getByLabelText('8 god'));
  }
  await act(async () => {
    fireEvent.click(screen.getByTestId('survey-submit'));
  });
  await waitFor(() => expect(screen.getByTestId('survey-missing')).toHaveTextContent('Svara ännu på följande frågor: Helhetsintryck: sakkunskap'));
  const expertise = screen.getByRole('radiogroup', { name: /Helhetsintryck: sakkunskap/ });
  await waitFor(() => expect(expertise.contains(document.activeElement)).toBe(true));
  expect(calls.filter((c) => c.list === 'surveyResponses' && c.method === 'add')).toHaveLength(0);

  fireEvent.click(within(expertise).getByLabelText('7 nöjaktig'));
  fireEvent.change(screen.getByLabelText('Öppen respons'), { target: { value: '<b>Bra</b> samarbete' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('survey-submit'));
    fireEvent.click(screen.getByTestId('survey-submit'));
  });
  await waitFor(() => expect(screen.getByTestId('survey-saved')).toHaveTextContent('Tack! Dina svar om kundrelationen KHO har sparats'));
  const adds = calls.filter((c) => c.list === 'surveyResponses' && c.method === 'add').map((c) => c.args[0] as SurveyResponse);
  expect(adds).toHaveLength(1);
  expect(adds[0]).toMatchObject({ surveyId: 40, accountId: 5, respondentKey: 'kaisa.ojala@asiakkuus.example', source: 'product', clientKey: key(), nps: 9, comment: '<b>Bra</b> samarbete' });
  // The 'overall' area: 9, 7, 8 → 8.0; "can't say" is no answer.
  expect(adds[0].overall).toBe(8);
  expect(adds[0].answers).not.toHaveProperty('projectServices');
  expect(adds[0].submittedAt).toBe('2026-03-02T09:00:00.000Z');
  expect(store.get('surveyResponses')).toHaveLength(1);
  expect(window.sessionStorage.length).toBe(0);
});

const MINE = (): SurveyResponse => ({
  id: 77,
  etag: '"3"',
  surveyId: 40,
  accountId: 5,
  respondentKey: 'kaisa.ojala@asiakkuus.example',
  clientKey: key(),
  answers: { continuousServices: 8, jointDevelopment: 7, financialManagement: 9, expertServices: 8, proactivity: 9, expertise: 9, customerService: 10 },
  nps: 10,
  overall: 9.3,
  comment: 'Hyvää työtä',
  submittedAt: '2026-02-20T10:00:00Z',
  source: 'product',
});

it('reopening shows the own answers and saves a change with the etag; a 412 keeps the choices and says so', async () => {
  const { calls, setEtagOutside } = setup({ responses: [MINE()], query: { account: '5' } });
  const group = await screen.findByRole('radiogroup', { name: /Jatkuvien palveluiden laatu/ });
  expect((within(group).getByLabelText('8 hyvä') as HTMLInputElement).checked).toBe(true);
  expect((screen.getByLabelText('Avoin palaute') as HTMLTextAreaElement).value).toBe('Hyvää työtä');
  expect(screen.getByText(/Vastasit .* Voit muuttaa vastauksiasi 13.3.2026 asti/)).toBeTruthy();
  fireEvent.click(within(group).getByLabelText('6 kohtalainen'));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna muutokset' }));
  });
  await waitFor(() => expect(screen.getByTestId('survey-saved')).toHaveTextContent('Kiitos!'));
  const update = calls.find((c) => c.list === 'surveyResponses' && c.method === 'update')!;
  expect(update.args[0]).toBe(77);
  expect(update.args[2]).toBe('"3"');
  expect((update.args[1] as SurveyResponse).answers.continuousServices).toBe(6);

  setEtagOutside('surveyResponses', 77, { comment: 'Toisessa välilehdessä' });
  fireEvent.click(within(group).getByLabelText('5 välttävä'));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna muutokset' }));
  });
  await waitFor(() => expect(screen.getByTestId('survey-conflict')).toHaveTextContent('Vastaustasi on muutettu toisaalla'));
  expect((within(group).getByLabelText('5 välttävä') as HTMLInputElement).checked).toBe(true);
  fireEvent.click(screen.getByRole('button', { name: 'Lataa uusin versio' }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna muutokset' }));
  });
  await waitFor(() => expect(screen.getByTestId('survey-saved')).toHaveTextContent('Kiitos!'));
  expect(calls.filter((c) => c.list === 'surveyResponses' && c.method === 'add')).toHaveLength(0);
});

it('a closed survey shows the own answers read-only with when it closed', async () => {
  setup({ responses: [MINE()], survey: surveyOf({ status: 'closed' }), now: '2026-03-20T09:00:00Z' });
  const ro = await screen.findByTestId('survey-readonly');
  await waitFor(() => expect(ro).toHaveTextContent('Kysely on sulkeutunut'));
  expect(ro).toHaveTextContent('Kysely sulkeutui 13.3.2026.');
  expect(ro).toHaveTextContent('10 erinomainen');
  expect(screen.queryAllByRole('radiogroup')).toHaveLength(0);
  expect(screen.queryByTestId('survey-submit')).toBeNull();
});

it('keeps unsent choices across a reload, per survey and account', async () => {
  const first = setup();
  const group = await screen.findByRole('radiogroup', { name: /Jatkuvien palveluiden laatu/ });
  fireEvent.click(within(group).getByLabelText('7 tyydyttävä'));
  first.view.unmount();
  setup();
  const again = await screen.findByRole('radiogroup', { name: /Jatkuvien palveluiden laatu/ });
  expect((within(again).getByLabelText('7 tyydyttävä') as HTMLInputElement).checked).toBe(true);
  expect(screen.getByText('Lähettämättömät vastauksesi palautettiin.')).toBeTruthy();
});

it('finds the accounts where the user is a customer contact when the link names none', async () => {
  setup({ query: {} });
  expect(await screen.findByText('Korkein hallinto-oikeus (KHO)')).toBeTruthy();
  expect(screen.getByRole('radiogroup', { name: /Jatkuvien palveluiden laatu/ })).toBeTruthy();
});

it('someone who may not add responses gets the reason, not a form', async () => {
  setup({ rights: { add: false, edit: false, editOthers: false } });
  await waitFor(() => expect(screen.getByTestId('survey-no-right')).toHaveTextContent('Sinulla ei ole oikeutta vastata tähän kyselyyn'));
  expect(screen.queryAllByRole('radiogroup')).toHaveLength(0);
});
