import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { feature } from '../../src/features/agreements';
import type { HostContext } from '../../src/ui/host';
import type { Account, Agreement, PersonRef } from '../../src/domain/types';
import { csvRows, portfolioRows } from '../../src/features/agreements/portfolioModel';
import { bundle as agreementStrings } from '../../src/features/agreements/strings';
import { bundle as choiceStrings } from '../../src/loc/choices';
import { loadPortfolio } from '../../src/data/queries/agreements';
import { toCsv } from '../../src/domain/csv';
import { fakeServices } from './fixtures/fakeServices';

const AINO: PersonRef = { id: 11, title: 'Aino Virtanen' };
const MIKKO: PersonRef = { id: 12, title: 'Mikko Korhonen' };
const account = (id: number, abbreviation: string, name: string): Account => ({ id, etag: '"1"', name, abbreviation, accountType: 'sector', active: true });
const ACCOUNTS: Account[] = [account(1, 'KHO', 'Korkein hallinto-oikeus'), account(2, 'ORK', 'Oikeusrekisterikeskus'), account(3, 'TIV', 'Tietosuojavaltuutetun toimisto')];
const agreement = (id: number, accountId: number, extra: Partial<Agreement>): Agreement => ({ id, etag: '"1"', title: `Sopimus ${id}`, accountId, year: 2027, kind: 'serviceAgreement', stage: 'planning', ...extra });
const AGREEMENTS: Agreement[] = [
  // Drafting and past its deadline: late.
  agreement(20, 1, { stage: 'drafting', deadline: '2026-11-10', owner: AINO, diaryNumber: 'KHO/12/2026' }),
  agreement(21, 2, { stage: 'approved', deadline: '2026-12-23', owner: MIKKO }),
  // Last year's: not this portfolio's.
  agreement(22, 3, { year: 2026, stage: 'stored' }),
];

const host = (locale: HostContext['locale']): HostContext => ({
  hostKind: 'SharePoint',
  siteUrl: 'https://contoso.sharepoint.com/sites/ork',
  locale,
  theme: 'light',
  user: { loginName: 'sari', displayName: 'Sari Heikkinen', email: 'sari.heikkinen@asiakkuus.example' },
  // November: the portfolio opens on next year's agreements.
  now: new Date('2026-11-20T09:00:00Z'),
});

function setup(locale: HostContext['locale'] = 'sv-SE') {
  const fake = fakeServices({ accounts: ACCOUNTS, agreements: AGREEMENTS, agreementHistory: [], contacts: [], settings: [] }, { canEdit: false });
  render(<AccountCareRoot services={fake.services} host={host(locale)} feature={feature} />);
  return fake;
}

const order = (): string[] => within(screen.getByTestId('portfolio-table')).getAllByRole('row').slice(1).map((r) => r.getAttribute('data-testid') ?? '');

jest.setTimeout(30_000);

it('lists next year in Swedish with a late agreement late in words and an account without one as not started (sv)', async () => {
  const fake = setup();
  expect(await screen.findByRole('heading', { name: 'Avtal för 2027' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tjänsteavtal');
  const kho = screen.getByTestId('portfolio-row-KHO');
  expect(within(kho).getByTestId('portfolio-state')).toHaveTextContent('Försenat');
  expect(kho).toHaveTextContent('10 dagar försenat');
  expect(kho).toHaveTextContent('Utkast');
  expect(kho).toHaveTextContent('Skede 3/8');
  // What blocks it: the drafting checklist (the domain's first missing requirement), in Swedish.
  expect(kho).toHaveTextContent('Checklistan för utkastet är inte klar');
  expect(screen.getByTestId('portfolio-row-TIV')).toHaveTextContent('Inte påbörjat');
  expect(screen.getByTestId('portfolio-summary')).toHaveTextContent('3 kunder: 1 försenade, 0 med tidsplanen i fara, 1 inte påbörjade.');
  // The whole first screen was one $batch.
  expect(fake.calls.filter((c) => c.method === 'batch')).toHaveLength(1);
});

it('sorts by a column header (aria-sort says which way) and filters by state and text (sv)', async () => {
  setup();
  await screen.findByTestId('portfolio-table');
  const header = screen.getByRole('button', { name: 'Kund' });
  fireEvent.click(header);
  expect(header.closest('th')).toHaveAttribute('aria-sort', 'ascending');
  expect(order()).toEqual(['portfolio-row-KHO', 'portfolio-row-ORK', 'portfolio-row-TIV']);
  fireEvent.click(header);
  expect(header.closest('th')).toHaveAttribute('aria-sort', 'descending');
  expect(order()).toEqual(['portfolio-row-TIV', 'portfolio-row-ORK', 'portfolio-row-KHO']);
  expect(screen.getByRole('button', { name: 'Ansvarig' }).closest('th')).toHaveAttribute('aria-sort', 'none');

  fireEvent.click(screen.getByTestId('filter-state'));
  fireEvent.click(await screen.findByRole('option', { name: 'Försenat' }));
  await waitFor(() => expect(order()).toEqual(['portfolio-row-KHO']));
  expect(screen.getByText('1/3 kunder visas')).toBeInTheDocument();

  fireEvent.click(screen.getByRole('button', { name: 'Ta bort avgränsningarna' }));
  fireEvent.change(screen.getByRole('searchbox', { name: 'Sök kund eller diarienummer' }), { target: { value: 'rekisteri' } });
  await waitFor(() => expect(order()).toEqual(['portfolio-row-ORK']));
});

it('opens the workflow from a row and comes back to the portfolio (sv)', async () => {
  setup();
  fireEvent.click(await screen.findByRole('button', { name: 'Öppna avtalet: Korkein hallinto-oikeus (KHO)' }));
  expect(await screen.findByRole('heading', { name: 'Korkein hallinto-oikeus (KHO): tjänsteavtal 2027' })).toBeInTheDocument();
  expect(screen.getByTestId('agreement-deadline')).toHaveTextContent('Försenat');
  // Read-only for this user: no actions offered.
  expect(screen.queryByTestId('agreement-actions')).toBeNull();
  fireEvent.click(screen.getByTestId('agreement-back'));
  expect(await screen.findByTestId('portfolio-row-TIV')).toBeInTheDocument();
});

it('exports the rows for Finnish Excel: semicolons, d.m.yyyy, the state in words', async () => {
  const fake = fakeServices({ accounts: ACCOUNTS, agreements: AGREEMENTS, settings: [] });
  const data = await loadPortfolio(fake.services, 2027, '2026-11-20');
  const s = agreementStrings.get('fi');
  const csv = toCsv(csvRows(portfolioRows(data, '2026-11-20', s, choiceStrings.get('fi')), s));
  expect(csv.startsWith('\uFEFFAsiakkuus;Lyhenne;Vaihe;Vaihe nro;Tavoitepäivä;Aikataulu;Päiviä jäljellä;Estää etenemisen;Vastuuhenkilö;Diaarinumero\r\n')).toBe(true);
  expect(csv).toContain('Korkein hallinto-oikeus;KHO;Luonnostelu;Vaihe 3/8;10.11.2026;Myöhässä;-10;');
  expect(csv).toContain('Tietosuojavaltuutetun toimisto;TIV;Ei aloitettu;;23.12.2026;');
});
