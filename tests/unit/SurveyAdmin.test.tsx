import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AppContextProvider } from '../../src/ui/AppContext';
import { SurveyAdmin } from '../../src/features/satisfaction/surveys';
import type { HostContext } from '../../src/ui/host';
import { defaultQuarterlyDefinition } from '../../src/domain/surveys';
import type { Account, Contact, Survey, SurveyResponse } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

const account = (id: number, name: string, abbreviation: string): Account => ({ id, etag: '"1"', name, abbreviation, accountType: 'sector', active: true }) as Account;
const ACCOUNTS = [account(1, 'Korkein oikeus', 'KKO'), account(5, 'Korkein hallinto-oikeus', 'KHO'), account(6, 'Tuomioistuinvirasto', 'TIV')];
const contact = (id: number, name: string, accountId: number, email?: string, roles: Contact['roles'] = ['followUpMember']): Contact => ({ id, etag: '"1"', name, accountId, side: 'customer', roles, email });
const CONTACTS = [
  contact(1, 'Mervi Koskela', 5, 'mervi.koskela@kho.example'),
  contact(2, 'Mervi Koskela', 1, 'Mervi.Koskela@kho.example'),
  contact(3, 'Olli Aho', 6, 'olli.aho@tiv.example'),
  contact(4, 'Olli Aho', 1, 'olli.aho@tiv.example', ['headOfIt']),
];
const q1 = (): Survey => ({ id: 40, etag: '"2"', title: 'Neljännesvuosikysely Q1/2026', kind: 'quarterly', year: 2026, quarter: 1, definition: defaultQuarterlyDefinition(), opensOn: '2026-02-16', closesOn: '2026-03-13', status: 'open' });
const ANSWER: SurveyResponse = { id: 70, etag: '"1"', surveyId: 40, accountId: 5, answers: { continuousServices: 8, proactivity: 9 }, submittedAt: '2026-02-20T10:00:00Z' };

const host: HostContext = {
  hostKind: 'SharePoint',
  siteUrl: 'https://contoso.sharepoint.com/sites/ork',
  locale: 'fi-FI',
  theme: 'light',
  user: { loginName: 'i:0#.f|membership|aino.virtanen@asiakkuus.example', displayName: 'Aino Virtanen', email: 'aino.virtanen@asiakkuus.example' },
  now: new Date('2026-03-02T09:00:00Z'),
};

function setup() {
  const fake = fakeServices({ accounts: ACCOUNTS, contacts: CONTACTS, surveys: [q1()], surveyResponses: [ANSWER] });
  const onChanged = jest.fn();
  const view = render(
    <AppContextProvider services={fake.services} host={host}>
      <SurveyAdmin onChanged={onChanged} />
    </AppContextProvider>,
  );
  return { ...fake, view, onChanged };
}

jest.setTimeout(30_000);

it('lists the year with its response count and warns of one person asked about two accounts in a quarter', async () => {
  setup();
  const row = (await screen.findByRole('rowheader', { name: 'Neljännesvuosikysely Q1/2026' })).closest('tr')!;
  expect(row).toHaveTextContent('Q1/2026');
  expect(row).toHaveTextContent('16.2.2026');
  expect(row).toHaveTextContent('Avoinna');
  expect(within(row).getAllByRole('cell')[5]).toHaveTextContent('1');
  const guard = screen.getByTestId('survey-guard');
  // Mervi by e-mail (any case) on KHO and KKO; Olli is a follow-up member only on TIV.
  await waitFor(() => expect(guard).toHaveTextContent('Mervi Koskela saisi kyselyn kahdesti tällä neljänneksellä (KHO, KKO).'));
  expect(guard).not.toHaveTextContent('Olli Aho saisi');
  expect(guard).toHaveTextContent('Neljännes Q1/2026: 2 seurantaryhmän jäsentä saa kyselyn.');
});

it('refuses removing an answered question with a message naming it, and saves a text change with the etag', async () => {
  const { calls, onChanged } = setup();
  fireEvent.click(await screen.findByRole('button', { name: 'Muokkaa kyselyä Neljännesvuosikysely Q1/2026' }));
  const editor = await screen.findByTestId('survey-editor');
  await waitFor(() => expect(editor).toHaveTextContent('Kyselyyn on 1 vastausta'));
  fireEvent.click(within(editor).getByRole('button', { name: 'Poista kysymys continuousServices' }));
  await act(async () => {
    fireEvent.click(screen.getByTestId('survey-save'));
  });
  await waitFor(() => expect(screen.getByTestId('survey-problems')).toHaveTextContent('Kysymystä ”Jatkuvien palveluiden laatu (ylläpito, pienkehitys)” ei voi poistaa: siihen on jo vastattu'));
  expect(calls.filter((c) => c.list === 'surveys' && c.method === 'update')).toHaveLength(0);

  // Cancel and edit again: a changed text and an unanswered question removed are fine.
  fireEvent.click(screen.getByRole('button', { name: 'Peruuta' }));
  fireEvent.click(screen.getByRole('button', { name: 'Muokkaa kyselyä Neljännesvuosikysely Q1/2026' }));
  const again = await screen.findByTestId('survey-editor');
  fireEvent.change(within(again).getAllByLabelText(/^Teksti suomeksi/)[0], { target: { value: 'Jatkuvat palvelut' } });
  fireEvent.click(within(again).getByRole('button', { name: 'Poista kysymys jointDevelopment' }));
  await act(async () => {
    fireEvent.click(screen.getByTestId('survey-save'));
  });
  await waitFor(() => expect(onChanged).toHaveBeenCalled());
  const update = calls.find((c) => c.list === 'surveys' && c.method === 'update')!;
  expect(update.args[2]).toBe('"2"');
  const sent = update.args[1] as Survey;
  expect(sent.definition.questions[0].text.fi).toBe('Jatkuvat palvelut');
  expect(sent.definition.questions.map((q) => q.id)).not.toContain('jointDevelopment');
});

it('creates the next quarter from the latest definition, with a client key; validation is localized', async () => {
  const { calls } = setup();
  fireEvent.click(await screen.findByRole('button', { name: 'Luo seuraavan neljänneksen kysely' }));
  const editor = await screen.findByTestId('survey-editor');
  expect((within(editor).getByLabelText(/^Otsikko/) as HTMLInputElement).value).toBe('Neljännesvuosikysely Q2/2026');
  expect(screen.queryByTestId('quarter-taken')).toBeNull();
  fireEvent.change(within(editor).getByLabelText(/^Otsikko/), { target: { value: ' ' } });
  const sv = within(editor).getAllByLabelText(/^Teksti ruotsiksi/)[1] as HTMLInputElement;
  const swedishOf = sv.value;
  fireEvent.change(sv, { target: { value: '' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('survey-save'));
  });
  await waitFor(() => expect(screen.getByTestId('survey-problems')).toHaveTextContent('Otsikko on pakollinen.'));
  expect(screen.getByTestId('survey-problems')).toHaveTextContent(/Kysymykseltä \w+ puuttuu teksti: ruotsi\./);
  fireEvent.change(within(editor).getByLabelText(/^Otsikko/), { target: { value: 'Kysely Q2/2026' } });
  fireEvent.change(sv, { target: { value: swedishOf } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('survey-save'));
  });
  await waitFor(() => expect(calls.filter((c) => c.list === 'surveys' && c.method === 'add')).toHaveLength(1));
  const added = calls.find((c) => c.list === 'surveys' && c.method === 'add')!.args[0] as Survey;
  expect(added).toMatchObject({ kind: 'quarterly', year: 2026, quarter: 2, status: 'draft', title: 'Kysely Q2/2026' });
  expect(added.clientKey).toBeTruthy();
  expect(added.definition.questions).toHaveLength(8);
});
