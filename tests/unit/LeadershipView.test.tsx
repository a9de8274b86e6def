import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { feature } from '../../src/features/leadership';
import type { HostContext } from '../../src/ui/host';
import type { Absence, Account, Agreement, ClockOccurrence, Feedback, PersonRef, Segment, Survey, SurveyResponse } from '../../src/domain/types';
import { defaultQuarterlyDefinition } from '../../src/domain/surveys';
import { loadSituationPicture } from '../../src/data/queries/leadership';
import { csvRows } from '../../src/features/leadership/model';
import { bundle as leadershipStrings } from '../../src/features/leadership/strings';
import { bundle as choiceStrings } from '../../src/loc/choices';
import { toCsv } from '../../src/domain/csv';
import { fakeServices } from './fixtures/fakeServices';
import { DataError } from '../../src/data/errors';

// The account tab has its own tests; here it only has to open, in the panel, with the right account.
jest.mock('../../src/features/accountTab/AccountTab', () => ({
  AccountTab: () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { host } = require('../../src/ui/AppContext').useApp();
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return require('react').createElement('div', { 'data-testid': 'account-tab-stub' }, `account ${host.config?.accountId}`);
  },
}));

const AINO: PersonRef = { id: 11, title: 'Aino Virtanen' };
const MIKKO: PersonRef = { id: 12, title: 'Mikko Korhonen' };
const account = (id: number, abbreviation: string, name: string, extra: Partial<Account>): Account => ({ id, etag: '"1"', name, abbreviation, accountType: 'sector', active: true, ...extra });
const ACCOUNTS: Account[] = [
  account(1, 'KHO', 'Korkein hallinto-oikeus', { accountManager: AINO, segmentId: 1 }),
  account(2, 'ORK', 'Oikeusrekisterikeskus', { accountManager: MIKKO, segmentId: 2, backup: AINO }),
  account(3, 'TIV', 'Tietosuojavaltuutetun toimisto', { accountManager: AINO, segmentId: 2 }),
];
const SEGMENTS: Segment[] = [
  { id: 1, etag: '"1"', name: 'Strateginen kumppanuus', careTier: { meetings: [{ meetingType: 'followUpGroup', perYear: 4 }] } },
  { id: 2, etag: '"1"', name: 'Perusasiakkuus', careTier: { meetings: [{ meetingType: 'followUpGroup', perYear: 2 }] } },
];
const AGREEMENTS: Agreement[] = [{ id: 20, etag: '"1"', title: 'S', accountId: 1, year: 2027, kind: 'serviceAgreement', stage: 'drafting', deadline: '2026-11-10' }];
const OCCURRENCES: ClockOccurrence[] = [
  { id: 1, etag: '"1"', taskId: 1, accountId: 1, dueDate: '2026-11-02', done: false },
  { id: 2, etag: '"1"', taskId: 1, accountId: 1, dueDate: '2026-11-03', done: false },
  { id: 3, etag: '"1"', taskId: 1, accountId: 2, dueDate: '2026-11-03', done: true },
];
const definition = defaultQuarterlyDefinition();
const Q4: Survey = { id: 100, etag: '"1"', title: 'Q4/2026', kind: 'quarterly', year: 2026, quarter: 4, definition, status: 'open' };
let rid = 500;
const answer = (accountId: number, score: number): SurveyResponse => ({
  id: ++rid,
  etag: '"1"',
  surveyId: Q4.id,
  accountId,
  respondentKey: `r${rid}@x.example`,
  answers: Object.fromEntries(definition.questions.map((q) => [q.id, score])),
  submittedAt: '2026-10-15T08:00:00Z',
});
// KHO: three answers (shown, 8,5 on average); ORK: two (below the threshold: no figure anywhere).
const RESPONSES = [answer(1, 8), answer(1, 8), answer(1, 9.5), answer(2, 10), answer(2, 4)];
const FEEDBACK: Feedback[] = [{ id: 1, etag: '"1"', recorder: AINO, date: '2026-11-02', accountId: 2, kind: 'negative', reason: 'other', text: 'x', status: 'new' }];
// Mikko away now, no substitute, and ORK's backup Aino is here: covered. Aino away soon: TIV has nobody.
const ABSENCES: Absence[] = [{ id: 1, etag: '"1"', person: AINO, start: '2026-11-25', end: '2026-12-05', kind: 'holiday' }];

const host = (locale: HostContext['locale']): HostContext => ({
  hostKind: 'SharePoint',
  siteUrl: 'https://contoso.sharepoint.com/sites/ork',
  locale,
  theme: 'light',
  user: { loginName: 'sari', displayName: 'Sari Heikkinen', email: 'sari.heikkinen@asiakkuus.example' },
  now: new Date('2026-11-20T09:00:00Z'),
});

const rows = {
  accounts: ACCOUNTS,
  segments: SEGMENTS,
  agreements: AGREEMENTS,
  clockCompletions: OCCURRENCES,
  surveys: [Q4],
  surveyResponses: RESPONSES,
  feedback: FEEDBACK,
  absences: ABSENCES,
  actions: [],
  ideas: [],
  meetings: [],
  settings: [],
};

function setup(locale: HostContext['locale'] = 'fi-FI', opts: Parameters<typeof fakeServices>[1] = {}) {
  const fake = fakeServices(rows, opts);
  render(<AccountCareRoot services={fake.services} host={host(locale)} feature={feature} />);
  return fake;
}

const order = (): string[] => within(screen.getByTestId('leadership-table')).getAllByRole('row').slice(1).map((r) => r.getAttribute('data-testid') ?? '');

jest.setTimeout(30_000);

it('shows every account in one $batch, with states in words and no satisfaction figure under the threshold (fi)', async () => {
  const fake = setup();
  expect(await screen.findByRole('heading', { level: 1, name: 'Tilannekuva' })).toBeInTheDocument();
  await screen.findByTestId('leadership-table');
  expect(order()).toEqual(['leadership-row-KHO', 'leadership-row-ORK', 'leadership-row-TIV']);
  const kho = screen.getByTestId('leadership-row-KHO');
  expect(within(kho).getByTestId('cell-agreement')).toHaveTextContent('Myöhässä');
  expect(within(kho).getByTestId('cell-agreement')).toHaveTextContent('10 pv myöhässä');
  expect(within(kho).getByTestId('cell-clock')).toHaveTextContent('2 myöhässä');
  // Finnish decimal comma.
  expect(within(kho).getByTestId('cell-satisfaction')).toHaveTextContent('8,5 (Q4/2026)');
  const ork = screen.getByTestId('leadership-row-ORK');
  expect(within(ork).getByTestId('cell-satisfaction')).toHaveTextContent('Alle 3 vastausta');
  expect(within(ork).getByTestId('cell-satisfaction').textContent).not.toMatch(/\d,\d|\b7\b/);
  expect(ork).toHaveTextContent('1, joista 1 kielteistä');
  expect(within(screen.getByTestId('leadership-row-TIV')).getByTestId('cell-cover')).toHaveTextContent('Ei tuuraajaa 25.11.2026–5.12.2026 (Aino Virtanen)');
  expect(screen.getByTestId('leadership-summary')).toHaveTextContent('3 asiakkuutta · 1 sopimusta myöhässä');
  expect(fake.calls.filter((c) => c.method === 'batch')).toHaveLength(1);
});

it('filters to one tier with the labelled dropdown and sorts by a header with aria-sort (fi)', async () => {
  setup();
  await screen.findByTestId('leadership-table');
  fireEvent.click(screen.getByRole('combobox', { name: /^Hoitomalli/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'Perusasiakkuus' }));
  await waitFor(() => expect(order()).toEqual(['leadership-row-ORK', 'leadership-row-TIV']));
  expect(screen.getByText('2/3 asiakkuutta näkyvissä')).toBeInTheDocument();

  const header = screen.getByRole('button', { name: 'Asiakaspäällikkö' });
  fireEvent.click(header);
  expect(header.closest('th')).toHaveAttribute('aria-sort', 'ascending');
  expect(order()).toEqual(['leadership-row-TIV', 'leadership-row-ORK']);
  fireEvent.click(header);
  expect(header.closest('th')).toHaveAttribute('aria-sort', 'descending');
  expect(screen.getByRole('button', { name: 'Asiakkuus' }).closest('th')).toHaveAttribute('aria-sort', 'none');

  fireEvent.click(screen.getByRole('combobox', { name: /^Asiakaspäällikkö/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'Mikko Korhonen' }));
  await waitFor(() => expect(order()).toEqual(['leadership-row-ORK']));
  fireEvent.click(screen.getByRole('button', { name: 'Poista rajaukset' }));
  fireEvent.change(screen.getByRole('searchbox', { name: 'Hae asiakkuutta' }), { target: { value: 'tietosuoja' } });
  await waitFor(() => expect(order()).toEqual(['leadership-row-TIV']));
});

it('opens an account’s tab in a panel from its row button, and gives the focus back on closing (fi)', async () => {
  setup();
  const open = await screen.findByRole('button', { name: 'Avaa asiakkuus: Oikeusrekisterikeskus (ORK)' });
  // A real button: reached with Tab and pressed with Enter or Space like any other.
  expect(open.tagName).toBe('BUTTON');
  open.focus();
  expect(document.activeElement).toBe(open);
  fireEvent.click(open);
  const panel = await screen.findByRole('dialog');
  expect(within(panel).getByText('Oikeusrekisterikeskus (ORK)')).toBeInTheDocument();
  expect(await within(panel).findByTestId('account-tab-stub')).toHaveTextContent('account 2');
  fireEvent.click(within(panel).getByRole('button', { name: 'Sulje asiakkuus' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Avaa asiakkuus: Oikeusrekisterikeskus (ORK)' })));
});

it('shows the managers’ goals in their own tab, with how each is counted (sv)', async () => {
  setup('sv-SE');
  await screen.findByTestId('leadership-table');
  fireEvent.click(screen.getByRole('tab', { name: 'De kundansvarigas mål' }));
  const table = await screen.findByTestId('goals-table');
  const aino = within(table).getByTestId('goals-row-11');
  expect(aino).toHaveTextContent('Aino Virtanen');
  // Only KHO is shown for Aino (TIV has no answers): 8,5 from one account.
  expect(aino).toHaveTextContent('8,5 (1 kundrelationer med, 1 inte)');
  // Mikko's only account is under the threshold: no figure.
  expect(within(table).getByTestId('goals-row-12')).toHaveTextContent('Ingen siffra');
  expect(within(table).getByTestId('goals-row-total')).toHaveTextContent('Totalt');
  expect(screen.getByTestId('how-counted')).toHaveTextContent('Kundnöjdhet: medelvärdet');
});

it('says in plain words that a reader without access to the provider’s lists has none (fi)', async () => {
  setup('fi-FI', { missing: ['feedback'] });
  const message = await screen.findByTestId('leadership-no-access');
  // The message bar renders its text a moment later (for screen readers to announce it).
  await waitFor(() => expect(message).toHaveTextContent('Sinulla ei ole oikeutta näihin tietoihin.'));
  expect(screen.queryByTestId('leadership-table')).toBeNull();
});

it('exports the rows for Finnish Excel: BOM, semicolons, CRLF, words instead of figures under the threshold', async () => {
  const fake = fakeServices(rows);
  const data = await loadSituationPicture(fake.services, '2026-11-20');
  const s = leadershipStrings.get('fi');
  const csv = toCsv(csvRows(data.picture.rows, data.picture.threshold, false, s, choiceStrings.get('fi'), 'fi-FI'));
  expect(csv.startsWith('\uFEFFAsiakkuus;Lyhenne;Hoitomalli;Asiakaspäällikkö;Sopimuksen vaihe;')).toBe(true);
  expect(csv.split('\r\n')).toHaveLength(5);
  expect(csv).toContain('Korkein hallinto-oikeus;KHO;Strateginen kumppanuus;Aino Virtanen;Luonnostelu;Myöhässä;10.11.2026;-10;2;8,5;Q4/2026;');
  expect(csv).toContain('Oikeusrekisterikeskus;ORK;Perusasiakkuus;Mikko Korhonen;Ei aloitettu;Aikataulussa;23.12.2026;33;0;Alle 3 vastausta;;');
});

it('reads a month the threshold refuses again in halves, every such slice in one more $batch (two POSTs in all)', async () => {
  const fake = fakeServices(rows);
  const find = fake.services.repos.clockCompletions.find.bind(fake.services.repos.clockCompletions);
  const refused: string[] = [];
  // November and December "hold over 5,000 items": a whole-month range is refused, as SharePoint refuses it.
  fake.services.repos.clockCompletions.find = async (q) => {
    const f = JSON.stringify(q?.filter);
    if (f.includes('"2026-11-01"') && f.includes('"2026-12-01"')) {
      refused.push('11');
      throw new DataError('threshold', 'over the threshold');
    }
    if (f.includes('"2026-12-01"') && f.includes('"2027-01-01"')) {
      refused.push('12');
      throw new DataError('threshold', 'over the threshold');
    }
    return find(q);
  };
  const data = await loadSituationPicture(fake.services, '2026-11-20');
  expect(refused.sort()).toEqual(['11', '12']);
  expect(fake.calls.filter((c) => c.method === 'batch')).toHaveLength(2);
  expect(data.picture.rows.find((r) => r.account.abbreviation === 'KHO')?.clock.overdue).toBe(2);
  expect(data.read.occurrences).toBe(3);
});
