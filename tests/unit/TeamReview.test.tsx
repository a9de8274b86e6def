import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { feature } from '../../src/features/teamReview';
import type { HostContext } from '../../src/ui/host';
import type { ListRights } from '../../src/data/ports';
import type { Account, Feedback, PersonRef, SituationRecord } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

const TIMO: PersonRef = { id: 5, title: 'Timo Hämäläinen' };
const LIISA: PersonRef = { id: 6, title: 'Liisa Laine' };
const ACCOUNTS = [{ id: 1, etag: '"1"', name: 'Sivistystoimi', abbreviation: 'SIV', accountType: 'sector', active: true } as Account];

const record = (id: number, extra: Partial<SituationRecord>): SituationRecord =>
  ({ id, etag: '"1"', recorder: LIISA, date: '2026-03-02', accountId: 1, category: 'challenging', situation: 'Tilanne', reviewed: false, forReview: true, ...extra }) as SituationRecord;
const feedback = (id: number, extra: Partial<Feedback>): Feedback =>
  ({ id, etag: '"1"', recorder: LIISA, date: '2026-02-20', accountId: 1, kind: 'negative', reason: 'serviceQuality', text: 'Palaute', status: 'new', reviewed: false, forReview: true, ...extra }) as Feedback;

const RECORDS = [
  record(1, { category: 'conflict', forReview: false, situation: '=HYPERLINK("x") <b>ei lihavoitu</b>' }),
  record(2, { category: 'adviceRequest' }),
  record(3, { category: 'error', reviewed: true }),
];
const FEEDBACK = [
  feedback(10, {}),
  feedback(11, { date: '2026-01-10', kind: 'positive', reason: 'other', status: 'answered', reactedOn: '2026-01-12', forReview: false }),
  feedback(12, { date: '2026-01-15', kind: 'negative', reason: 'serviceQuality', status: 'closed', reactedOn: '2026-01-19', forReview: false }),
];

const host = (locale: HostContext['locale'] = 'fi-FI'): HostContext => ({
  hostKind: 'TeamsTab',
  siteUrl: 'https://contoso.sharepoint.com/sites/hepa',
  locale,
  theme: 'light',
  user: { loginName: 'timo', displayName: TIMO.title!, email: 'timo.hamalainen@asiakkuus.example' },
  now: new Date('2026-03-04T09:00:00Z'),
});

const SUPERVISOR: ListRights = { add: true, edit: true, editOthers: true };

function setup(opts: { rights?: ListRights; locale?: HostContext['locale'] } = {}) {
  const fake = fakeServices(
    { accounts: ACCOUNTS, situationRecords: RECORDS.map((r) => ({ ...r })), feedback: FEEDBACK.map((f) => ({ ...f })) },
    { user: { ...TIMO, isSiteAdmin: false }, rights: { situationRecords: opts.rights ?? SUPERVISOR, feedback: opts.rights ?? SUPERVISOR } },
  );
  render(<AccountCareRoot services={fake.services} host={host(opts.locale)} feature={feature} />);
  return fake;
}

jest.setTimeout(30_000);

it('lists what is up for review by category and account, conflict contacts always, user text as plain text', async () => {
  setup();
  const records = await screen.findByTestId('review-records');
  expect(within(records).getByRole('heading', { name: /Ristiriitainen asiakaskontakti \(1\)/ })).toBeInTheDocument();
  expect(within(records).getByRole('heading', { name: /Neuvontapyyntö \(1\)/ })).toBeInTheDocument();
  expect(within(records).queryByText(/Virhe/)).toBeNull(); // reviewed already
  expect(within(records).getAllByRole('heading', { name: 'Sivistystoimi (SIV)' })).toHaveLength(2);
  expect(within(records).getByText('=HYPERLINK("x") <b>ei lihavoitu</b>')).toBeInTheDocument();
  expect(records.querySelector('b')).toBeNull();
  const fb = screen.getByTestId('review-feedback');
  expect(within(fb).getByRole('heading', { name: 'Kielteinen (1)' })).toBeInTheDocument();
});

it('one click marks a record reviewed with its etag, and it leaves the list', async () => {
  const fake = setup();
  fireEvent.click(await screen.findByRole('button', { name: 'Merkitse käsitellyksi: Neuvontapyyntö, SIV, 2.3.2026' }));
  expect(await screen.findByText('Merkitty käsitellyksi: Neuvontapyyntö, 2.3.2026.')).toBeInTheDocument();
  expect(fake.calls.find((c) => c.method === 'update')?.args).toEqual([2, { reviewed: true }, '"1"']);
  expect(screen.queryByTestId('record-2')).toBeNull();
  expect(screen.getByTestId('reviewed-count')).toHaveTextContent('Käsitelty tässä palaverissa: 1');
});

it('an item someone else marked first counts as done and says so', async () => {
  const fake = setup({ locale: 'sv-SE' });
  const button = await screen.findByRole('button', { name: 'Markera som behandlad: Negativ, SIV, 20.2.2026' });
  fake.setEtagOutside('feedback', 10, { reviewed: true });
  fireEvent.click(button);
  expect(await screen.findByText('Någon annan hade redan markerat den som behandlad: Negativ, 20.2.2026.')).toBeInTheDocument();
  expect(fake.calls.filter((c) => c.method === 'update')).toHaveLength(0);
  expect(screen.queryByTestId('feedback-10')).toBeNull();
});

it('a staff member is told she sees her own records, and without edit rights nothing offers marking', async () => {
  setup({ rights: { add: true, edit: false, editOthers: false }, locale: 'en-US' });
  // Fluent's MessageBar draws its text a moment after the bar itself (for screen readers): wait for the words.
  const note = await screen.findByTestId('own-records-only');
  await waitFor(() => expect(note).toHaveTextContent('You see only the situation records you filed yourself.'));
  expect(screen.queryByRole('button', { name: /Mark reviewed/ })).toBeNull();
});

it('the summary shows the quarter by kind and reason, with the trend as a chart and as a table', async () => {
  setup();
  fireEvent.click(await screen.findByRole('tab', { name: 'Palautekooste' }));
  expect(await screen.findByTestId('summary-total', undefined, { timeout: 10_000 })).toHaveTextContent('3');
  expect(screen.getByTestId('summary-period')).toHaveTextContent('1. vuosineljännes 2026');
  const table = screen.getByTestId('summary-kind-reason');
  const negative = within(table).getByRole('row', { name: /Kielteinen/ });
  expect(within(negative).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '0', '0', '2']);
  expect(screen.getByTestId('summary-reacted')).toHaveTextContent('66,7 % (2/3)');
  expect(screen.getByTestId('summary-median')).toHaveTextContent('3 päivää'); // 2 and 4 days
  expect(await screen.findByRole('img', { name: /1\. vuosineljännes 2026: palautteet lajeittain, tammi 2, helmi 1, maalis 0/ }, { timeout: 10_000 })).toBeInTheDocument();
  const trend = screen.getByTestId('summary-trend');
  expect(within(trend).getAllByRole('row')).toHaveLength(4);
  fireEvent.click(screen.getByRole('button', { name: 'Edellinen jakso' }));
  await waitFor(() => expect(screen.getByTestId('summary-period')).toHaveTextContent('4. vuosineljännes 2025'));
  await waitFor(() => expect(screen.getByTestId('summary-total')).toHaveTextContent('0'), { timeout: 10_000 });
});
