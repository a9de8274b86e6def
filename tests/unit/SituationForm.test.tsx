import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { situationFeature } from '../../src/features/recordForms';
import type { HostContext } from '../../src/ui/host';
import type { ListRights } from '../../src/data/ports';
import { DataError } from '../../src/data/errors';
import type { Account, PersonRef, SituationRecord } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

const person = (id: number, title: string): PersonRef => ({ id, title });
const PEKKA = person(12, 'Pekka Mäkinen');
const AINO = person(7, 'Aino Virtanen');
const TIMO = person(20, 'Timo Hämäläinen');
const account = (id: number, name: string, abbreviation: string, manager: PersonRef): Account =>
  ({ id, etag: '"1"', name, abbreviation, accountType: 'sector', accountManager: manager, active: true }) as Account;
const ACCOUNTS = [account(1, 'Korkein oikeus', 'KKO', AINO), account(5, 'Korkein hallinto-oikeus', 'KHO', AINO)];

const STAFF: ListRights = { add: true, edit: true, editOthers: false };
const READ: ListRights = { add: false, edit: false, editOthers: false };

const host = (query: Record<string, string>, locale: HostContext['locale'] = 'fi-FI', user = PEKKA): HostContext => ({
  hostKind: 'SharePoint',
  siteUrl: 'https://contoso.sharepoint.com/sites/ork',
  locale,
  theme: 'light',
  user: { loginName: `i:0#.f|membership|${user.id}`, displayName: user.title!, email: '' },
  now: new Date('2026-03-02T09:00:00Z'),
  query,
});

function setup(opts: { query?: Record<string, string>; locale?: HostContext['locale']; user?: PersonRef; supervisor?: boolean; actions?: ListRights } = {}) {
  const user = opts.user ?? PEKKA;
  const fake = fakeServices(
    { accounts: ACCOUNTS },
    {
      user: { ...user, isSiteAdmin: false },
      rights: { situationRecords: opts.supervisor ? { add: true, edit: true, editOthers: true } : STAFF, feedback: STAFF, actions: opts.actions ?? READ },
    },
  );
  const view = render(<AccountCareRoot services={fake.services} host={host(opts.query ?? { account: 'KHO' }, opts.locale, user)} feature={situationFeature} />);
  return { ...fake, view };
}

const adds = (calls: { list: string; method: string; args: unknown[] }[]) => calls.filter((c) => c.list === 'situationRecords' && c.method === 'add').map((c) => c.args[0] as SituationRecord);

jest.setTimeout(30_000);
beforeEach(() => window.sessionStorage.clear());

it('opens from a quick link with the account and category chosen; a conflict contact says it goes to the supervisor', async () => {
  setup({ query: { account: 'kho', category: 'conflict' } });
  expect(await screen.findByRole('heading', { name: 'Asiakastilanteen dokumentointi' })).toBeTruthy();
  expect(screen.getByText('Korkein hallinto-oikeus (KHO)')).toBeTruthy();
  expect((screen.getByLabelText('Ristiriitainen asiakaskontakti') as HTMLInputElement).checked).toBe(true);
  expect(await screen.findByText(/näytetään esihenkilölle ja tuodaan tiimipalaveriin/)).toBeTruthy();
  const review = screen.getByRole('checkbox', { name: 'Tuodaan tiimipalaveriin' }) as HTMLInputElement;
  expect(review.checked).toBe(true);
});

it('files with Ctrl+Enter, once however often it is pressed, and confirms with a link and "file another"', async () => {
  const { calls } = setup({ query: { account: 'KHO', category: 'conflict' } });
  const text = await screen.findByLabelText(/^Asiakastilanne/);
  fireEvent.change(text, { target: { value: '  Asiakas korotti ääntään puhelimessa.  ' } });
  await act(async () => {
    fireEvent.keyDown(text, { key: 'Enter', ctrlKey: true });
    fireEvent.click(screen.getByTestId('record-submit'));
    fireEvent.keyDown(text, { key: 'Enter', ctrlKey: true });
  });
  const saved = await screen.findByTestId('record-saved');
  await waitFor(() => expect(saved.textContent).toContain('Asiakastilanne tallennettu: Ristiriitainen asiakaskontakti, KHO, 2.3.2026.'));
  expect(screen.getByRole('link', { name: 'Avaa kirjaus' }).getAttribute('href')).toMatch(/\/Lists\/ACSituationRecords\/DispForm\.aspx\?ID=\d+$/);
  const filed = adds(calls);
  expect(filed).toHaveLength(1);
  expect(filed[0]).toMatchObject({ recorder: { id: PEKKA.id }, accountId: 5, category: 'conflict', situation: 'Asiakas korotti ääntään puhelimessa.', supervisorNotified: true, forReview: true, date: '2026-03-02' });
  expect(filed[0].clientKey).toBeTruthy();
  // "File another" takes the focus and opens an empty form for the same account.
  await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('file-another')));
  fireEvent.click(screen.getByTestId('file-another'));
  expect(((await screen.findByLabelText(/^Asiakastilanne/)) as HTMLTextAreaElement).value).toBe('');
  expect(screen.getByText('Korkein hallinto-oikeus (KHO)')).toBeTruthy();
});

it('refuses an empty form with messages at the fields, sends nothing and keeps what was typed', async () => {
  const { calls } = setup({ query: {} });
  const solution = await screen.findByLabelText('Ratkaisu');
  fireEvent.change(solution, { target: { value: 'Ohjasin oikealle taholle.' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('record-submit'));
  });
  await waitFor(() => expect(screen.getByTestId('form-error').textContent).toContain('Tarkista merkityt kentät'));
  expect(screen.getAllByText('Pakollinen tieto.').length).toBeGreaterThan(0);
  expect(adds(calls)).toHaveLength(0);
  expect((screen.getByLabelText('Ratkaisu') as HTMLTextAreaElement).value).toBe('Ohjasin oikealle taholle.');
});

it('keeps unsent input across a reload, per user, and offers to clear it', async () => {
  const first = setup();
  fireEvent.change(await screen.findByLabelText(/^Asiakastilanne/), { target: { value: 'Kesken jäänyt kirjaus' } });
  first.view.unmount();
  setup();
  expect(((await screen.findByLabelText(/^Asiakastilanne/)) as HTMLTextAreaElement).value).toBe('Kesken jäänyt kirjaus');
  expect(screen.getByText('Tallentamaton kirjauksesi palautettiin.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Tyhjennä lomake' }));
  expect(((await screen.findByLabelText(/^Asiakastilanne/)) as HTMLTextAreaElement).value).toBe('');
});

it('another person on the same browser does not get the draft', async () => {
  const first = setup();
  fireEvent.change(await screen.findByLabelText(/^Asiakastilanne/), { target: { value: 'Pekan luonnos' } });
  first.view.unmount();
  setup({ user: AINO });
  expect(((await screen.findByLabelText(/^Asiakastilanne/)) as HTMLTextAreaElement).value).toBe('');
});

it('throttling says so plainly and keeps the text; saving again files it with the same client key', async () => {
  const { services, calls } = setup({ query: { account: 'KHO', category: 'error' } });
  const add = services.repos.situationRecords.add;
  jest.spyOn(services.repos.situationRecords, 'add').mockRejectedValueOnce(new DataError('throttled', 'busy', { status: 429 }));
  fireEvent.change(await screen.findByLabelText(/^Asiakastilanne/), { target: { value: 'Väärä päätös lähti asiakkaalle.' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('record-submit'));
  });
  await waitFor(() => expect(screen.getByTestId('form-error').textContent).toContain('SharePoint on juuri nyt ruuhkautunut. Mitään ei kadonnut'));
  expect((screen.getByLabelText(/^Asiakastilanne/) as HTMLTextAreaElement).value).toBe('Väärä päätös lähti asiakkaalle.');
  (services.repos.situationRecords.add as jest.Mock).mockImplementation(add);
  await act(async () => {
    fireEvent.click(screen.getByTestId('record-submit'));
  });
  expect(await screen.findByTestId('record-saved')).toBeTruthy();
  const keys = (services.repos.situationRecords.add as jest.Mock).mock.calls.map((c) => (c[0] as SituationRecord).clientKey);
  expect(new Set(keys).size).toBe(1);
  expect(adds(calls)).toHaveLength(1);
});

it('text is shown and stored as plain text, markup and all', async () => {
  const { calls } = setup({ query: { account: 'KHO', category: 'other' } });
  const hostile = '<img src=x onerror="alert(1)"> =HYPERLINK("x")';
  fireEvent.change(await screen.findByLabelText(/^Asiakastilanne/), { target: { value: hostile } });
  expect(document.querySelector('img')).toBeNull();
  await act(async () => {
    fireEvent.click(screen.getByTestId('record-submit'));
  });
  await screen.findByTestId('record-saved');
  expect(adds(calls)[0].situation).toBe(hostile);
  expect(document.querySelector('img')).toBeNull();
});

it('staff file as themselves; a supervisor may pick the recorder; follow-up is offered only with rights on actions', async () => {
  const staff = setup();
  fireEvent.click(await screen.findByTestId('more-toggle'));
  expect(screen.getByRole('combobox', { name: /^Kirjaaja/ }).getAttribute('aria-disabled')).toBe('true');
  expect(screen.getByText(/Jatkotoimen kirjaa asiakaspäällikkö/)).toBeTruthy();
  staff.view.unmount();
  setup({ user: TIMO, supervisor: true, actions: { add: true, edit: true, editOthers: false } });
  fireEvent.click(await screen.findByTestId('more-toggle'));
  expect(screen.getByRole('combobox', { name: /^Kirjaaja/ }).getAttribute('aria-disabled')).not.toBe('true');
  expect(screen.getByRole('checkbox', { name: 'Vaatii jatkotoimia' })).toBeTruthy();
});

it('a follow-up needs an owner and a due date, and is filed as an action tied to the record', async () => {
  const { calls } = setup({ user: AINO, actions: { add: true, edit: true, editOthers: false }, query: { account: 'KHO', category: 'adviceRequest' } });
  fireEvent.change(await screen.findByLabelText(/^Asiakastilanne/), { target: { value: 'Asiakas kysyi uuden palvelun hinnoittelusta.' } });
  fireEvent.click(screen.getByTestId('more-toggle'));
  fireEvent.click(screen.getByRole('checkbox', { name: 'Vaatii jatkotoimia' }));
  await act(async () => {
    fireEvent.click(screen.getByTestId('record-submit'));
  });
  await waitFor(() => expect(screen.getByTestId('form-error').textContent).toContain('Tarkista merkityt kentät'));
  expect(adds(calls)).toHaveLength(0);
  fireEvent.change(screen.getByLabelText('Määräpäivä'), { target: { value: '9.3.2026' } });
  fireEvent.blur(screen.getByLabelText('Määräpäivä'));
  await act(async () => {
    fireEvent.click(screen.getByTestId('record-submit'));
  });
  await screen.findByTestId('record-saved');
  const action = calls.find((c) => c.list === 'actions' && c.method === 'add')?.args[0];
  expect(action).toMatchObject({ source: 'situation', owner: { id: AINO.id }, dueDate: '2026-03-09', accountId: 5, title: 'Asiakas kysyi uuden palvelun hinnoittelusta.', sourceRef: adds(calls)[0].clientKey });
  expect(screen.getByText('Jatkotoimi luotiin toimenpideseurantaan.')).toBeTruthy();
});

it('speaks Swedish', async () => {
  setup({ locale: 'sv-SE', query: { account: 'KHO', category: 'challenging' } });
  expect(await screen.findByRole('heading', { name: 'Dokumentation av kundsituation' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Spara' })).toBeTruthy();
  expect(screen.getByRole('button', { name: /Kopiera länk/ })).toBeTruthy();
});

