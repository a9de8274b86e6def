/**
 * The organisation view: a real table (caption, column and row headers), counts in words in every cell, the most
 * behind accounts first, a summary line, and the account name opens its clock. Finnish, Swedish and English.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ThemeProvider } from '@fluentui/react';
import type { AnnualClockData } from '../../src/data/queries/annualClock';
import type { Account, ClockOccurrence } from '../../src/domain/types';
import type { Locale } from '../../src/loc/locale';
import { AppContextProvider } from '../../src/ui/AppContext';
import { OrgView } from '../../src/features/annualClock/org/OrgView';
import { fakeServices } from './fixtures/fakeServices';

const account = (id: number, name: string): Account => ({ id, etag: '1', name, abbreviation: name.slice(0, 3).toUpperCase(), accountType: 'sector', active: true });
let nextId = 1;
const occ = (accountId: number | undefined, dueDate: string, done?: boolean, doneOn?: string): ClockOccurrence => ({ id: nextId++, etag: '1', taskId: 1, accountId, dueDate, done, doneOn });

function clockData(over: Partial<AnnualClockData> = {}): AnnualClockData {
  return {
    year: 2027,
    today: '2027-06-15',
    me: { id: 7, title: 'Aino Virtanen' },
    accounts: [account(1, 'Opetusrahasto'), account(2, 'Vantaan kaupunki'), account(3, 'Espoon kaupunki')],
    tasks: [],
    occurrences: [
      occ(1, '2027-02-28', true, '2027-03-04'),
      occ(1, '2027-03-15', true, '2027-03-15'),
      occ(1, '2027-09-30'),
      occ(2, '2027-01-31'),
      occ(2, '2027-05-31'),
      occ(2, '2027-06-10', true, '2027-06-01'),
      occ(3, '2027-04-30', false),
      occ(undefined, '2027-12-15'),
    ],
    canEditTemplate: false,
    canMarkDone: true,
    ...over,
  } as AnnualClockData;
}

function renderOrg(data: AnnualClockData, locale: Locale = 'fi-FI', onOpenAccount = jest.fn()) {
  const { services } = fakeServices({});
  render(
    <ThemeProvider>
      <AppContextProvider
        services={services}
        host={{ hostKind: 'SharePoint', siteUrl: 'http://local/sites/ork', locale, theme: 'light', user: { loginName: 'aino', displayName: 'Aino Virtanen', email: 'aino@example.fi' } }}
      >
        <OrgView data={data} onOpenAccount={onOpenAccount} />
      </AppContextProvider>
    </ThemeProvider>,
  );
  return { onOpenAccount };
}

describe('OrgView', () => {
  it('shows accounts × quarter as a table with words in every cell, the most behind first', async () => {
    const { onOpenAccount } = renderOrg(clockData());
    const table = await screen.findByRole('table', { name: 'Vuosikellon tehtävät 2027 asiakkuuksittain ja neljännesvuosittain' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Asiakkuus', '1. neljännes', '2. neljännes', '3. neljännes', '4. neljännes', 'Koko vuosi']);
    const rowHeaders = within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(rowHeaders).toEqual(['Vantaan kaupunki', 'Espoon kaupunki', 'Opetusrahasto', 'Yhteiset tehtävät (ei asiakkuutta)']);
    expect(screen.getByTestId('org-behind')).toHaveTextContent('2 asiakkuutta jäljessä');

    const vantaa = within(screen.getByTestId('org-row-2')).getAllByRole('cell').map((c) => c.textContent);
    expect(vantaa).toEqual(['Myöhässä: 1', 'Myöhässä: 1Tehty ajallaan: 1', 'Ei tehtäviä', 'Ei tehtäviä', 'Myöhässä: 2Tehty ajallaan: 1']);
    const ork = within(screen.getByTestId('org-row-1')).getAllByRole('cell').map((c) => c.textContent);
    expect(ork).toEqual(['Tehty myöhässä: 1Tehty ajallaan: 1', 'Ei tehtäviä', 'Tulossa: 1', 'Ei tehtäviä', 'Tehty myöhässä: 1Tehty ajallaan: 1Tulossa: 1']);

    fireEvent.click(within(table).getByRole('button', { name: 'Avaa asiakkuuden Espoon kaupunki vuosikello' }));
    expect(onOpenAccount).toHaveBeenCalledWith(3);
  });

  it('says when nobody is behind, and when one is (Swedish)', async () => {
    renderOrg(clockData({ occurrences: [occ(1, '2027-09-30')] }), 'sv-SE');
    expect(await screen.findByTestId('org-behind')).toHaveTextContent('Alla kundrelationer följer tidsplanen.');
    expect(screen.getByRole('table', { name: 'Årshjulets uppgifter 2027 per kundrelation och kvartal' })).toBeInTheDocument();
  });

  it('one account behind, in English', async () => {
    renderOrg(clockData({ occurrences: [occ(3, '2027-01-31'), occ(1, '2027-01-31', true, '2027-01-30')] }), 'en-US');
    expect(await screen.findByTestId('org-behind')).toHaveTextContent('1 account behind');
    expect(screen.getAllByRole('rowheader')[0]).toHaveTextContent('Espoon kaupunki');
    expect(within(screen.getByTestId('org-row-3')).getAllByRole('cell')[0]).toHaveTextContent('Overdue: 1');
  });

  it('has a message instead of an empty table', async () => {
    renderOrg(clockData({ accounts: [], occurrences: [] }));
    expect(await screen.findByText('Aktiivisia asiakkuuksia ei ole.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
