import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ThemeProvider } from '@fluentui/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { AppContextProvider } from '../../src/ui/AppContext';
import { feature } from '../../src/features/substitutes';
import { CrossCoverView } from '../../src/features/substitutes/crossCover';
import type { HostContext } from '../../src/ui/host';
import type { Account, OrganisationForm, PersonRef } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

const person = (id: number, title: string): PersonRef => ({ id, title, email: `${title.toLowerCase().replace(' ', '.')}@kaupunki.example` });
const ANNA = person(1, 'Anna Aalto');
const BERTTA = person(2, 'Bertta Berg');
const CECILIA = person(3, 'Cecilia Cole');

const account = (id: number, name: string, abbreviation: string, manager: PersonRef | undefined, form: OrganisationForm | undefined, backup?: PersonRef): Account => ({
  id,
  etag: '"1"',
  name,
  abbreviation,
  accountType: 'sector',
  accountManager: manager,
  backup,
  organisationForm: form,
  active: true,
});

// Anna holds companies only; Bertta companies and divisions; Cecilia a foundation, a division and one without a form.
const ACCOUNTS = [
  account(1, 'Satamayhtiö', 'SATAMA', ANNA, 'company', BERTTA),
  account(2, 'Energiayhtiö', 'ENERGIA', ANNA, 'company', CECILIA),
  account(3, 'Vesiyhtiö', 'VESI', BERTTA, 'company', ANNA),
  account(4, 'Kasvatuksen ja koulutuksen toimiala', 'KASKO', BERTTA, 'sector'),
  account(5, 'Kulttuurisäätiö', 'KULTS', CECILIA, 'foundation', ANNA),
  account(6, 'Kaupunkiympäristön toimiala', 'KYMP', CECILIA, 'sector', BERTTA),
  account(7, 'Uusi asiakkuus', 'UUSI', CECILIA, undefined),
  account(8, 'Hallintokeskus', 'HALKE', undefined, 'agency'),
];

const host = (locale: HostContext['locale'] = 'fi-FI'): HostContext => ({
  hostKind: 'SharePoint',
  siteUrl: 'https://contoso.sharepoint.com/sites/kaupunki',
  locale,
  theme: 'light',
  user: { loginName: 'anna', displayName: 'Anna Aalto', email: ANNA.email! },
  now: new Date('2026-03-02T09:00:00Z'),
});

function mount(accounts: Account[], locale?: HostContext['locale']): void {
  render(
    <ThemeProvider>
      <AppContextProvider services={fakeServices({}).services} host={host(locale)}>
        <CrossCoverView accounts={accounts} />
      </AppContextProvider>
    </ThemeProvider>,
  );
}

const cells = (row: HTMLElement): string[] => [...row.querySelectorAll('th, td')].map((c) => c.textContent ?? '');
const rowOf = (table: HTMLElement, name: string): HTMLElement => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('Cross-cover readiness', () => {
  it('counts each manager’s accounts by organisation form and marks the one-form manager in words and with an icon', async () => {
    mount(ACCOUNTS);
    expect(await screen.findByRole('heading', { level: 2, name: 'Ristiintuuraus' })).toBeInTheDocument();
    const summary = screen.getByTestId('cross-cover-summary');
    expect(within(summary).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Vain yhden organisaatiomuodon asiakkuuksia: 1/3 asiakaspäälliköllä.',
      'Asiakkuuksia, joita kukaan muu ei voi tuurata: 1.',
      'Asiakkuuksia, joilta puuttuu organisaatiomuoto: 1.',
      'Aktiivisia asiakkuuksia ilman asiakaspäällikköä: 1.',
    ]);

    const table = screen.getByRole('table', { name: 'Asiakaspäälliköiden aktiiviset asiakkuudet organisaatiomuodoittain' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Asiakaspäällikkö', 'Yhtiö', 'Toimiala', 'Säätiö', 'Virasto tai liikelaitos', 'Muoto puuttuu', 'Yhteensä', 'Tilanne']);
    expect(cells(rowOf(table, 'Anna Aalto'))).toEqual(['Anna Aalto', '2', '0', '0', '0', '0', '2', 'Vain yksi muoto: Yhtiö']);
    expect(cells(rowOf(table, 'Bertta Berg'))).toEqual(['Bertta Berg', '1', '1', '0', '0', '0', '2', '2 muotoa']);
    expect(cells(rowOf(table, 'Cecilia Cole'))).toEqual(['Cecilia Cole', '0', '1', '1', '0', '1', '3', '2 muotoa']);
    // The highlight is said in words and shown with an icon, not by the tint alone.
    expect(rowOf(table, 'Anna Aalto').querySelector('[data-icon-name="Warning"]')).not.toBeNull();
    expect(rowOf(table, 'Bertta Berg').querySelector('[data-icon-name="Warning"]')).toBeNull();
    // How many managers know each form: nobody knows agencies, one knows foundations.
    expect(cells(rowOf(table, 'Muodon tuntevia päälliköitä'))).toEqual(['Muodon tuntevia päälliköitä', '2', '2', '1', '0', '', '', '']);
    expect(within(screen.getByTestId('cross-cover-unmanaged')).getByText('HALKE')).toBeInTheDocument();
  });

  it('says who can cover each account and whether its backup knows the form, and filters to the risks', async () => {
    mount(ACCOUNTS);
    const table = await screen.findByRole('table', { name: 'Aktiiviset asiakkuudet ja muut saman organisaatiomuodon asiakaspäälliköt' });
    expect(cells(rowOf(table, 'Satamayhtiö (SATAMA)'))).toEqual(['Satamayhtiö (SATAMA)', 'Yhtiö', 'Anna Aalto', 'Bertta Berg', 'Bertta Berg – hoitaa saman muodon asiakkuuksia']);
    expect(cells(rowOf(table, 'Energiayhtiö (ENERGIA)'))[4]).toBe('Cecilia Cole – ei hoida tämän muodon asiakkuuksia');
    expect(cells(rowOf(table, 'Kasvatuksen ja koulutuksen toimiala (KASKO)')).slice(3)).toEqual(['Cecilia Cole', 'Ei nimetty']);
    expect(cells(rowOf(table, 'Kulttuurisäätiö (KULTS)')).slice(3)).toEqual(['Ei kukaan muu', 'Anna Aalto – ei hoida tämän muodon asiakkuuksia']);
    expect(cells(rowOf(table, 'Uusi asiakkuus (UUSI)')).slice(1, 4)).toEqual(['Muoto puuttuu', 'Cecilia Cole', 'Organisaatiomuoto puuttuu']);
    expect(screen.getByRole('status')).toHaveTextContent('7/7 asiakkuutta');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Vain asiakkuudet, joita kukaan muu ei voi tuurata tai joilta muoto puuttuu' }));
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Kulttuurisäätiö (KULTS)', 'Uusi asiakkuus (UUSI)']);
    expect(screen.getByRole('status')).toHaveTextContent('2/7 asiakkuutta');
  });

  it('lets a keyboard user reach and scroll each table, in English', async () => {
    mount(ACCOUNTS.filter((a) => a.organisationForm && a.accountManager), 'en-US');
    expect(await screen.findByRole('heading', { level: 2, name: 'Cross-cover readiness' })).toBeInTheDocument();
    const regions = [
      screen.getByRole('region', { name: "Account managers' active accounts by organisation form" }),
      screen.getByRole('region', { name: 'Active accounts and the other account managers of the same organisation form' }),
    ];
    // Each wide table sits in a named, focusable region: Tab reaches it and the arrow keys scroll it.
    expect(regions.map((r) => r.getAttribute('tabindex'))).toEqual(['0', '0']);
    expect(regions.map((r) => within(r).getAllByRole('table'))).toHaveLength(2);
    // No account lacks a form: no column for it, and no line about it.
    expect(within(regions[0]).queryByRole('columnheader', { name: 'Form not given' })).not.toBeInTheDocument();
    expect(screen.getByTestId('cross-cover-summary')).not.toHaveTextContent('without an organisation form');
    expect(cells(rowOf(regions[0], 'Anna Aalto')).pop()).toBe('One form only: Company');
  });

  it('says so when there are no active accounts, in Swedish', async () => {
    mount([], 'sv-SE');
    expect(await screen.findByRole('heading', { level: 2, name: 'Korsvis vikariat' })).toBeInTheDocument();
    expect(screen.getByText('Inga aktiva kundrelationer.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('is a tab of the Substitutes view, computed from the accounts its one read already has', async () => {
    const fake = fakeServices({ accounts: ACCOUNTS, absences: [], settings: [] }, { user: { ...ANNA, isSiteAdmin: false }, rights: { absences: { add: true, edit: true, editOthers: false } } });
    render(<AccountCareRoot services={fake.services} host={host()} feature={feature} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Ristiintuuraus' }));
    const part = await screen.findByTestId('cross-cover');
    expect(within(part).getByRole('table', { name: /organisaatiomuodoittain/ })).toBeInTheDocument();
    expect(fake.calls.filter((c) => c.method === 'batch')).toHaveLength(1);
  });
});
