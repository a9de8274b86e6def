import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { feature } from '../../src/features/agreements';
import type { HostContext } from '../../src/ui/host';
import type { ListRights } from '../../src/data/ports';
import type { Account, Agreement, AgreementHistoryEntry, PersonRef } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

const AINO: PersonRef = { id: 11, title: 'Aino Virtanen' };
const ACCOUNTS: Account[] = [{ id: 1, etag: '"1"', name: 'Korkein hallinto-oikeus', abbreviation: 'KHO', accountType: 'sector', active: true, accountManager: AINO }];
const MANAGER: ListRights = { add: true, edit: true, editOthers: true };

const agreement = (extra: Partial<Agreement>): Agreement => ({
  id: 5,
  etag: '"1"',
  title: 'KHO 2027',
  accountId: 1,
  year: 2027,
  kind: 'serviceAgreement',
  stage: 'planning',
  deadline: '2026-12-23',
  owner: AINO,
  ...extra,
});
const HISTORY: AgreementHistoryEntry[] = [
  { id: 70, etag: '"1"', agreementId: 5, toStage: 'planning', changedAt: '2026-11-02T08:00:00Z', changedBy: AINO },
];

const host = (query: Record<string, string>): HostContext => ({
  hostKind: 'SharePoint',
  siteUrl: 'https://contoso.sharepoint.com/sites/ork',
  locale: 'fi-FI',
  theme: 'light',
  user: { loginName: 'aino', displayName: 'Aino Virtanen', email: 'aino.virtanen@asiakkuus.example' },
  query,
  now: new Date('2026-11-20T09:00:00Z'),
});

function setup(a: Agreement) {
  const fake = fakeServices(
    { accounts: ACCOUNTS, agreements: [a], agreementHistory: HISTORY, contacts: [], settings: [] },
    { user: { id: 11, title: 'Aino Virtanen', isSiteAdmin: false }, rights: { agreements: MANAGER } },
  );
  render(<AccountCareRoot services={fake.services} host={host({ agreement: String(a.id) })} feature={feature} />);
  return fake;
}

const writes = (fake: ReturnType<typeof setup>) => fake.calls.filter((c) => ['add', 'update', 'remove'].includes(c.method));

jest.setTimeout(30_000);

it('refuses a step whose requirement is missing, says in Finnish what is missing, and writes nothing', async () => {
  const fake = setup(agreement({ stage: 'planning' }));
  const button = await screen.findByTestId('action-openCase');
  expect(button).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByTestId('agreement-blockers')).toHaveTextContent('Diaarinumero puuttuu: varaa se asianhallinnasta ja kirjaa tähän.');
  // The stepper says where the agreement is in words, not only by colour.
  expect(screen.getByTestId('step-planning')).toHaveAttribute('aria-current', 'step');
  expect(screen.getByTestId('step-planning')).toHaveTextContent('nyt');
  expect(screen.getByTestId('step-caseOpened')).toHaveTextContent('seuraavaksi');
  fireEvent.click(button);
  const refusal = await screen.findByTestId('agreement-refusal');
  await waitFor(() => expect(refusal).toHaveTextContent('Ei voi vielä: Perusta asia ja varaa Dnro. Diaarinumero puuttuu: varaa se asianhallinnasta ja kirjaa tähän.'));
  expect(writes(fake)).toEqual([]);
});

it('says why on Enter too: a keyboard user on a refused action hears what is missing (Fluent swallows Enter on a disabled button)', async () => {
  const fake = setup(agreement({ stage: 'planning' }));
  const button = await screen.findByTestId('action-openCase');
  button.focus();
  fireEvent.keyDown(button, { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
  const refusal = await screen.findByTestId('agreement-refusal');
  await waitFor(() => expect(refusal).toHaveTextContent('Ei voi vielä: Perusta asia ja varaa Dnro. Diaarinumero puuttuu: varaa se asianhallinnasta ja kirjaa tähän.'));
  expect(writes(fake)).toEqual([]);
});

it('moves a step when the rules allow it: the stage changes, the history gains the entry with the comment', async () => {
  const fake = setup(agreement({ stage: 'planning', diaryNumber: 'ORK/1837/00.01.02/2026' }));
  const button = await screen.findByTestId('action-openCase');
  expect(button).not.toHaveAttribute('aria-disabled');
  fireEvent.change(within(screen.getByTestId('agreement-actions')).getByRole('textbox', { name: 'Kommentti vaiheen vaihtoon' }), { target: { value: 'Dnro varattu' } });
  fireEvent.click(button);
  const moved = await screen.findByTestId('agreement-moved');
  await waitFor(() => expect(moved).toHaveTextContent('Perusta asia ja varaa Dnro: vaihe on nyt Asia perustettu, Dnro varattu.'));
  expect(fake.store.get('agreements')![0]).toMatchObject({ stage: 'caseOpened' });
  const added = fake.calls.find((c) => c.list === 'agreementHistory' && c.method === 'add')!.args[0] as AgreementHistoryEntry;
  expect(added).toMatchObject({ agreementId: 5, fromStage: 'planning', toStage: 'caseOpened', comment: 'Dnro varattu' });
  // The history shows it first (newest first), the stepper has moved on.
  const rows = within(screen.getByTestId('agreement-history')).getAllByRole('row');
  expect(rows[1]).toHaveTextContent('Suunnittelukokoukset → Asia perustettu, Dnro varattu');
  expect(rows[1]).toHaveTextContent('Dnro varattu');
  expect(screen.getByTestId('step-caseOpened')).toHaveAttribute('aria-current', 'step');
  expect(screen.getByTestId('step-planning')).toHaveTextContent('tehty');
});

it('names the next signatory while in signature', async () => {
  setup(
    agreement({
      stage: 'inSignature',
      signatures: [
        { role: 'customerDirector', name: 'Kalle Kallio', signedOn: '2026-11-18' },
        { role: 'directorGeneral', name: 'Pirjo Pääjohtaja' },
        { role: 'customerRepresentative', name: 'Kaisa Ojala' },
      ],
    }),
  );
  expect(await screen.findByTestId('agreement-next-signer')).toHaveTextContent('Seuraavaksi allekirjoittaa: pääjohtaja (Pirjo Pääjohtaja).');
});

it('shows the conflict message when someone else moved the agreement first (412), and reads their version on request', async () => {
  const fake = setup(agreement({ stage: 'planning', diaryNumber: 'ORK/1837/00.01.02/2026' }));
  const button = await screen.findByTestId('action-openCase');
  // A colleague saves in between: the page's etag is stale.
  fake.setEtagOutside('agreements', 5, { notes: 'Toisen muutos' });
  fireEvent.click(button);
  const conflict = await screen.findByTestId('agreement-conflict');
  await waitFor(() => expect(conflict).toHaveTextContent('Joku muu on muuttanut sopimusta sillä välin.'));
  expect(fake.store.get('agreements')![0]).toMatchObject({ stage: 'planning' });
  // Nothing of the refused run is left in the history.
  expect(fake.store.get('agreementHistory')).toHaveLength(1);
  fireEvent.click(within(conflict).getByRole('button', { name: 'Lataa hänen versionsa' }));
  await waitFor(() => expect(screen.getByRole('textbox', { name: 'Muistiinpanot' })).toHaveValue('Toisen muutos'));
});

it('keeps the typed diary number on a conflicting save and validates its format', async () => {
  const fake = setup(agreement({ stage: 'planning' }));
  const field = await screen.findByRole('textbox', { name: 'Diaarinumero (Dnro)' });
  fireEvent.change(field, { target: { value: 'väärä' } });
  expect(await screen.findByText(/Diaarinumero ei ole oikeassa muodossa/)).toBeInTheDocument();
  fireEvent.click(screen.getByTestId('record-save'));
  expect(writes(fake)).toEqual([]);
  fireEvent.change(field, { target: { value: 'ORK/1837/00.01.02/2026' } });
  fake.setEtagOutside('agreements', 5, { notes: 'Toisen muutos' });
  fireEvent.click(screen.getByTestId('record-save'));
  const conflict = await screen.findByTestId('agreement-conflict');
  await waitFor(() => expect(conflict).toHaveTextContent('Muutoksesi ovat tallessa'));
  expect(screen.getByRole('textbox', { name: 'Diaarinumero (Dnro)' })).toHaveValue('ORK/1837/00.01.02/2026');
  // Saving mine onto theirs uses their etag and keeps their note.
  fireEvent.click(within(conflict).getByRole('button', { name: 'Tallenna omani silti' }));
  await waitFor(() => expect(fake.store.get('agreements')![0]).toMatchObject({ diaryNumber: 'ORK/1837/00.01.02/2026', notes: 'Toisen muutos' }));
});
