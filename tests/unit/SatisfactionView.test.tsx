import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { feature } from '../../src/features/satisfaction';
import type { HostContext } from '../../src/ui/host';
import type { ListRights } from '../../src/data/ports';
import { defaultQuarterlyDefinition } from '../../src/domain/surveys';
import { quarterWindow } from '../../src/domain/satisfactionResults';
import type { Account, Action, Contact, PersonRef, Survey, SurveyResponse } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

const AINO: PersonRef = { id: 7, title: 'Aino Virtanen' };
const MIKKO: PersonRef = { id: 8, title: 'Mikko Korhonen' };
const NOW = new Date('2026-08-15T09:00:00Z');
const QUARTERS = quarterWindow('2026-08-15');
const ACCOUNTS: Account[] = [
  { id: 1, etag: '"1"', name: 'Korkein hallinto-oikeus', abbreviation: 'KHO', accountType: 'sector', active: true, accountManager: AINO, backup: MIKKO },
  { id: 2, etag: '"1"', name: 'Oikeusrekisterikeskus', abbreviation: 'ORK', accountType: 'sector', active: true, accountManager: MIKKO },
];
const SURVEYS: Survey[] = QUARTERS.map((q, i) => ({ id: 100 + i, etag: '"1"', title: `Q${q.quarter}/${q.year}`, kind: 'quarterly', year: q.year, quarter: q.quarter, definition: defaultQuarterlyDefinition(), status: 'closed' }));
const CONTACTS: Contact[] = [0, 1, 2, 3, 4].map((k) => ({ id: 50 + k, etag: '"1"', name: `Jäsen ${k}`, email: `j${k}@kho.example`, accountId: 1, side: 'customer', roles: ['followUpMember'] }));
const QUESTIONS = defaultQuarterlyDefinition().questions;

let id = 1000;
const resp = (q: number, accountId: number, score: (qid: string) => number, comment?: string): SurveyResponse => ({
  id: ++id,
  etag: '"1"',
  surveyId: 100 + q,
  accountId,
  answers: Object.fromEntries(QUESTIONS.map((x) => [x.id, score(x.id)])),
  nps: 9,
  comment,
  submittedAt: '2026-07-01T09:00:00Z',
  respondentKey: `j${id % 5}@kho.example`,
});
// KHO: financial management falls 8,x → 5,x between Q2 and Q3/2026; ORK: two answers only (under the threshold of 3).
const RESPONSES: SurveyResponse[] = [
  ...[8, 9, 8, 8].map((v) => resp(6, 1, () => v)),
  ...[5, 6, 5, 6].map((v, i) => resp(7, 1, (qid) => (qid === 'financialManagement' ? v : 8), i === 0 ? '<b>Laskutus</b> viivästyi' : undefined)),
  resp(7, 2, () => 4, 'ORK:n salainen kommentti'),
  resp(7, 2, () => 5),
];
const OPEN_ACTION: Action = { id: 900, etag: '"1"', title: 'Laskutuksen läpikäynti', accountId: 1, source: 'survey', status: 'open', owner: MIKKO, dueDate: '2026-09-30', sourceRef: 'satisfaction:2026-Q3:KHO:expertServices' };

const host = (locale: HostContext['locale'] = 'fi-FI'): HostContext => ({
  hostKind: 'SharePoint',
  siteUrl: 'https://contoso.sharepoint.com/sites/ork',
  locale,
  theme: 'light',
  user: { loginName: 'sari', displayName: 'Sari Heikkinen', email: 'sari.heikkinen@asiakkuus.example' },
  now: NOW,
});
const ALL: ListRights = { add: true, edit: true, editOthers: true };
const READ: ListRights = { add: false, edit: false, editOthers: true };

function setup(opts: { locale?: HostContext['locale']; actions?: ListRights } = {}) {
  const fake = fakeServices(
    { accounts: ACCOUNTS, surveys: SURVEYS, surveyResponses: RESPONSES, contacts: CONTACTS, actions: [OPEN_ACTION], settings: [] },
    { user: { id: 9, title: 'Sari Heikkinen', isSiteAdmin: false }, rights: { actions: opts.actions ?? ALL, surveyResponses: READ, surveys: READ } },
  );
  render(<AccountCareRoot services={fake.services} host={host(opts.locale)} feature={feature} />);
  return fake;
}

jest.setTimeout(30_000);

it('a suppressed cell shows no number, and the total leaves that account out and says so (fi)', async () => {
  setup();
  const ork = await screen.findByTestId('overview-row-ORK');
  const cells = within(ork).getAllByTestId('overview-cell');
  expect(cells[7]).toHaveTextContent(/^alle 3 vastausta$/);
  expect(ork).not.toHaveTextContent(/\d,\d/);
  expect(screen.getByTestId('overview-left-out')).toHaveTextContent('1 asiakkuutta jätetty pois (alle 3 vastausta)');
  fireEvent.click(within(ork).getByRole('button', { name: 'Näytä asiakkuuden tiedot: Oikeusrekisterikeskus (ORK)' }));
  const detail = await screen.findByTestId('satisfaction-detail');
  expect(within(detail).getByTestId('detail-suppressed')).toHaveTextContent('Tuloksia ei näytetä, koska vastauksia on alle 3 vastausta.');
  expect(detail).not.toHaveTextContent('salainen');
  expect(screen.queryByTestId('detail-nps')).toBeNull();
});

it('a significant drop is marked in words, with the decimal comma, and comments stay plain text (fi)', async () => {
  setup();
  const kho = await screen.findByTestId('overview-row-KHO');
  expect(within(kho).getByTestId('overview-drop')).toHaveTextContent('merkittävä lasku: Taloushallinto');
  fireEvent.click(within(kho).getByRole('button', { name: 'Näytä asiakkuuden tiedot: Korkein hallinto-oikeus (KHO)' }));
  const row = await screen.findByTestId('detail-area-financialManagement');
  expect(row).toHaveTextContent('8,3');
  expect(row).toHaveTextContent('5,5');
  expect(row).toHaveTextContent('Merkittävä lasku');
  expect(screen.getByTestId('detail-area-expertServices')).toHaveTextContent('Ei merkittävää laskua');
  expect(screen.getByTestId('detail-comments')).toHaveTextContent('<b>Laskutus</b> viivästyi');
  expect(screen.getByTestId('detail-comments').querySelector('b')).toBeNull();
  // The open action of an area shows beside it.
  expect(screen.getByTestId('detail-area-expertServices')).toHaveTextContent('Laskutuksen läpikäynti – Mikko Korhonen, 30.9.2026');
});

it('the drop reads in Swedish too, and a suppressed cell says so in Swedish (sv)', async () => {
  setup({ locale: 'sv-SE' });
  const kho = await screen.findByTestId('overview-row-KHO');
  expect(within(kho).getByTestId('overview-drop')).toHaveTextContent(/betydande nedgång/);
  expect(within(screen.getByTestId('overview-row-ORK')).getAllByTestId('overview-cell')[7]).toHaveTextContent(/^färre än 3 svar$/);
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Kundnöjdhet');
});

it('creating an action from a drop saves it with the right fields and shows it beside the result', async () => {
  const fake = setup();
  fireEvent.click(await screen.findByRole('button', { name: 'Näytä asiakkuuden tiedot: Korkein hallinto-oikeus (KHO)' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Luo toimenpide: Taloushallinto' }));
  const form = await screen.findByTestId('action-form');
  expect(within(form).getByLabelText('Otsikko')).toHaveValue('Taloushallinto: keskiarvo laski 8,3 → 5,5 (Q3/2026)');
  fireEvent.click(within(form).getByRole('button', { name: 'Tallenna' }));
  await waitFor(() => expect(fake.calls.some((c) => c.list === 'actions' && c.method === 'add')).toBe(true));
  const draft = fake.calls.find((c) => c.list === 'actions' && c.method === 'add')!.args[0] as Action;
  expect(draft).toMatchObject({
    title: 'Taloushallinto: keskiarvo laski 8,3 → 5,5 (Q3/2026)',
    accountId: 1,
    source: 'survey',
    status: 'open',
    owner: AINO,
    dueDate: '2026-09-14',
    sourceRef: 'satisfaction:2026-Q3:KHO:financialManagement',
  });
  expect(draft.clientKey).toBeTruthy();
  expect(await screen.findByTestId('detail-area-financialManagement')).toHaveTextContent('Taloushallinto: keskiarvo laski 8,3 → 5,5 (Q3/2026) – Aino Virtanen, 14.9.2026');
});

it('offers no action button to those who may not add actions', async () => {
  setup({ actions: READ });
  fireEvent.click(await screen.findByRole('button', { name: 'Näytä asiakkuuden tiedot: Korkein hallinto-oikeus (KHO)' }));
  await screen.findByTestId('detail-area-financialManagement');
  expect(screen.queryByRole('button', { name: /Luo toimenpide/ })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Tuo vastauksia' })).toBeNull();
});
