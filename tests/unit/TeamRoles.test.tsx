import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { ThemeProvider } from '@fluentui/react';
import { AppContextProvider } from '../../src/ui/AppContext';
import { AccountTab } from '../../src/features/accountTab/AccountTab';
import { TeamRoles } from '../../src/features/accountTab/TeamRoles';
import type { PeopleService, Presence } from '../../src/data/ports';
import type { Account, Contact, Idea } from '../../src/domain/types';
import { contacts, host, renderSection, rise, services, tabData } from './fixtures/orkAccount';
import { fakeServices } from './fixtures/fakeServices';

const liisa = { id: 14, title: 'Liisa Koski', email: 'liisa.koski@asiakkuus.example' };
const olli = { id: 15, title: 'Olli Saari', email: 'olli.saari@asiakkuus.example' };
const counterpart: Contact = { id: 20, etag: '"1"', accountId: 1, name: 'Kaisa Mäkelä', side: 'customer', roles: ['counterpart'], email: 'kaisa.makela@rise.example' };

/** Graph's answer: everyone is found; Aino is available, Liisa is out of office. */
function people(): PeopleService {
  const byEmail = new Map<string, Presence>([
    ['aino.virtanen@asiakkuus.example', { availability: 'Available' }],
    ['liisa.koski@asiakkuus.example', { availability: 'Away', outOfOffice: { isOutOfOffice: true } }],
  ]);
  return {
    me: async () => ({ id: 'me', displayName: 'Aino', userPrincipalName: 'aino' }),
    findByEmail: async () => undefined,
    findByEmails: async (emails) => emails.map((e) => ({ id: e, displayName: e, mail: e, userPrincipalName: e })),
    presence: async (ids) => new Map(ids.filter((id) => byEmail.has(id)).map((id) => [id, byEmail.get(id)!])),
  };
}

const lines = (side: HTMLElement): string[] => within(side).getAllByRole('listitem').map((li) => li.textContent ?? '');

describe('TeamRoles', () => {
  it('shows both sides of the team by role, with presence on the provider side and every unnamed role in words', async () => {
    const data = tabData({ account: { ...rise, itCoordinator: liisa, serviceOwner: olli }, contacts: [...contacts, counterpart] });
    const fake = services(data);
    fake.services.people = people();
    renderSection((tab) => <TeamRoles account={tab.data.account} contacts={tab.data.contacts} />, { data, fake });

    expect(await screen.findByRole('heading', { level: 2, name: 'Asiakkuustiimi' })).toBeInTheDocument();
    const provider = screen.getByTestId('team-provider');
    expect(within(provider).getByRole('heading', { level: 3, name: 'Palveluntuottaja' })).toBeInTheDocument();
    expect(provider).toHaveTextContent('Nimeämättä 2/7 roolia');
    expect(lines(provider)).toEqual([
      expect.stringMatching(/^AsiakaspäällikköAino Virtanen/),
      expect.stringMatching(/^Varahenkilö \/ työpariMikko Korhonen/),
      expect.stringMatching(/^JärjestelmäpäällikköSami Laine/),
      expect.stringMatching(/^IT-koordinaattoriLiisa Koski/),
      'IT-päällikköEi nimetty',
      expect.stringMatching(/^Palvelun omistajaOlli Saari/),
      'PalvelupäällikköEi nimetty',
    ]);
    // Presence as the overview shows it: in words, the out-of-office state first.
    expect(await within(provider).findByText('(Tavoitettavissa)')).toBeInTheDocument();
    expect(within(provider).getByText('(Poissa)')).toBeInTheDocument();
    expect(within(provider).getByRole('link', { name: 'liisa.koski@asiakkuus.example' })).toHaveAttribute('href', 'mailto:liisa.koski@asiakkuus.example');

    const customer = screen.getByTestId('team-customer');
    expect(within(customer).getByRole('heading', { level: 3, name: 'Asiakas' })).toBeInTheDocument();
    expect(customer).toHaveTextContent('Nimeämättä 2/5 roolia');
    expect(lines(customer)).toEqual([
      expect.stringMatching(/^Asiakkuuspäällikön vastinpariKaisa Mäkelä/),
      'SopimusyhteyshenkilöEi nimetty',
      expect.stringMatching(/^TietohallintopäällikköLeena Salo/),
      'IT-yhteyshenkilöEi nimetty',
      // The provider's signatories are not the customer's team.
      expect.stringMatching(/^AllekirjoittajaTuula Aho/),
    ]);
    // Customers are outside the directory: no presence is asked for them.
    expect(within(customer).queryByText(/^\(/)).not.toBeInTheDocument();
  });

  it('lists each holder of a customer role, and says when every role is named, in Swedish', async () => {
    const team: Contact[] = [
      counterpart,
      { ...counterpart, id: 21, name: 'Eero Lahti', roles: ['contractContact', 'itContact'] },
      { ...counterpart, id: 22, name: 'Leena Salo', roles: ['headOfIt', 'signatory'] },
      { ...counterpart, id: 23, name: 'Tuula Aho', roles: ['signatory'] },
    ];
    const account = { ...rise, itCoordinator: liisa, itManager: olli, serviceOwner: olli, serviceManager: liisa };
    renderSection(<TeamRoles account={account} contacts={team} />, { locale: 'sv-SE' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Kundteamet' })).toBeInTheDocument();
    expect(screen.getByTestId('team-provider')).toHaveTextContent('Alla roller är tillsatta');
    const customer = screen.getByTestId('team-customer');
    expect(customer).toHaveTextContent('Alla roller är tillsatta');
    expect(within(customer).getAllByText('Undertecknare')).toHaveLength(2);
    expect(screen.queryByText('Inte utsedd')).not.toBeInTheDocument();
  });

  it('names the gaps of an account with no team in English', async () => {
    renderSection(<TeamRoles account={{ ...rise, accountManager: undefined, backup: undefined, systemManager: undefined }} contacts={[]} />, { locale: 'en-US' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Account team' })).toBeInTheDocument();
    expect(screen.getByTestId('team-provider')).toHaveTextContent('7 of 7 roles not named');
    expect(screen.getByTestId('team-customer')).toHaveTextContent('5 of 5 roles not named');
    expect(screen.getAllByText('Not named')).toHaveLength(12);
  });
});

describe('the account tab', () => {
  const idea = (id: number): Idea => ({ id, etag: '"1"', title: `Idea ${id}`, accountId: 1, stage: 'idea' });

  it('shows the account team from its one batch, and links to the account’s ideas with their count', async () => {
    const withItManager: Account = { ...rise, itManager: olli };
    const fake = fakeServices({ accounts: [withItManager], contacts: [...contacts, counterpart], ideas: [idea(1), idea(2), { ...idea(3), accountId: 2 }] });
    window.history.replaceState(null, '', '/sites/ork/SitePages/Asiakkuus.aspx?view=accountTab&debug=1');
    render(
      <ThemeProvider>
        <AppContextProvider services={fake.services} host={{ ...host(), config: { accountId: 1 } }}>
          <AccountTab />
        </AppContextProvider>
      </ThemeProvider>,
    );
    const team = await screen.findByTestId('section-TeamRoles');
    expect(within(team).getByTestId('team-provider')).toHaveTextContent('IT-päällikköOlli Saari');
    expect(within(team).getByTestId('team-customer')).toHaveTextContent('Asiakkuuspäällikön vastinpariKaisa Mäkelä');
    expect(fake.calls.filter((c) => c.method === 'batch')).toHaveLength(1);

    const link = screen.getByRole('link', { name: 'Ideat (2)' });
    const href = new URL(link.getAttribute('href')!);
    expect(href.pathname).toBe('/sites/ork/SitePages/Asiakkuus.aspx');
    expect(Object.fromEntries(href.searchParams)).toEqual({ view: 'ideas', account: 'RISE', debug: '1' });
    // The assessment takes the id (its first read is then one batch).
    const assessment = new URL(screen.getByRole('link', { name: 'Kumppanuusarvio (9E)' }).getAttribute('href')!);
    expect(Object.fromEntries(assessment.searchParams)).toEqual({ view: 'assessment', account: '1', debug: '1' });
  });

  it('links to the pages a site owner named for the ideas and the assessment, and never to a script URL', async () => {
    const settings = [
      { id: 1, etag: '"1"', key: 'pages.ideas', value: 'https://contoso.sharepoint.com/sites/ork/SitePages/Ideasalkku.aspx' },
      { id: 2, etag: '"1"', key: 'pages.assessment', value: 'javascript:alert(1)' },
    ];
    const fake = fakeServices({ accounts: [rise], contacts, ideas: [idea(1)], settings });
    window.history.replaceState(null, '', '/sites/ork/SitePages/Asiakkuus.aspx');
    render(
      <ThemeProvider>
        <AppContextProvider services={fake.services} host={{ ...host(), config: { accountId: 1 } }}>
          <AccountTab />
        </AppContextProvider>
      </ThemeProvider>,
    );
    await screen.findByTestId('section-TeamRoles');
    expect(screen.getByRole('link', { name: 'Ideat (1)' }).getAttribute('href')).toBe('https://contoso.sharepoint.com/sites/ork/SitePages/Ideasalkku.aspx?account=RISE');
    const assessment = new URL(screen.getByRole('link', { name: 'Kumppanuusarvio (9E)' }).getAttribute('href')!);
    expect(assessment.protocol).toBe('http:');
    expect(Object.fromEntries(assessment.searchParams)).toEqual({ view: 'assessment', account: '1' });
  });
});
