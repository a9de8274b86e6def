import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ThemeProvider } from '@fluentui/react';
import { AppContextProvider } from '../../src/ui/AppContext';
import { AccountTab } from '../../src/features/accountTab/AccountTab';
import type { HostContext } from '../../src/ui/host';
import type { Account, Agreement, ClockOccurrence, ClockTask, Meeting } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

const NOW = new Date('2026-11-23T09:00:00Z');

const kho: Account = {
  id: 1,
  etag: '"4"',
  name: 'Korkein hallinto-oikeus',
  abbreviation: 'KHO',
  accountType: 'sector',
  lifecycleStage: 'established',
  engagementLevel: 4,
  accountManager: { id: 11, title: 'Aino Virtanen', email: 'aino.virtanen@asiakkuus.example' },
  backup: { id: 12, title: 'Mikko Korhonen', email: 'mikko.korhonen@asiakkuus.example' },
  meetingRhythm: 'monthly',
  workingAgreements: 'Kaikki yhteydenotot asiakkaan tietohallintopäällikön kautta.',
  teamsGroupId: 'ork-asiakkuudet',
  teamsChannelId: '19:kho@thread.tacv2',
  teamsChannelName: 'KHO',
  active: true,
};
const kko: Account = { ...kho, id: 2, etag: '"1"', name: 'Korkein oikeus', abbreviation: 'KKO', teamsChannelId: undefined, teamsGroupId: undefined, teamsChannelName: undefined, workingAgreements: undefined };

const tasks: ClockTask[] = [
  { id: 1, etag: '"1"', title: 'TAE B3 – talousarvion viimeistely', template: 'ork', category: 'economy', month: 11 },
  { id: 2, etag: '"1"', title: 'Allekirjoitukset ennen joulua', template: 'ork', category: 'agreement', month: 12 },
];
const occurrences: ClockOccurrence[] = [
  { id: 1, etag: '"1"', taskId: 1, accountId: 1, dueDate: '2026-11-20' },
  { id: 2, etag: '"1"', taskId: 2, accountId: 1, dueDate: '2026-12-18' },
];
const meetings: Meeting[] = [
  { id: 1, etag: '"1"', title: 'Seurantaryhmä Q4/2026', accountId: 1, meetingType: 'followUpGroup', startsAt: '2026-12-10T08:00:00Z', status: 'planned', year: 2026, quarter: 4 },
];
const agreements: Agreement[] = [{ id: 1, etag: '"1"', title: 'Palvelusopimus 2027', accountId: 1, year: 2027, kind: 'serviceAgreement', stage: 'customerReview', deadline: '2026-12-18' }];

// The overview now draws the account team as well: a whole edit-and-conflict round takes a few seconds on a busy machine.
jest.setTimeout(30_000);

function host(overrides: Partial<HostContext> = {}): HostContext {
  return {
    hostKind: 'TeamsTab',
    siteUrl: 'http://local/sites/ork',
    locale: 'fi-FI',
    theme: 'light',
    user: { loginName: 'aino', displayName: 'Aino Virtanen', email: 'aino.virtanen@asiakkuus.example' },
    teams: { teamId: 'ork-asiakkuudet', channelId: '19:kho@thread.tacv2', channelName: 'KHO' },
    now: NOW,
    ...overrides,
  };
}

function mount(services: ReturnType<typeof fakeServices>['services'], h: HostContext): void {
  render(
    <ThemeProvider>
      <AppContextProvider services={services} host={h}>
        <AccountTab />
      </AppContextProvider>
    </ThemeProvider>,
  );
}

describe('AccountTab', () => {
  it('opens the account of the Teams channel with the working agreements first, in one batch', async () => {
    const fake = fakeServices({ accounts: [kho, kko], clockTasks: tasks, clockCompletions: occurrences, meetings, agreements });
    mount(fake.services, host());
    expect(screen.getByTestId('account-skeleton')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: /Korkein hallinto-oikeus/ })).toBeInTheDocument();
    expect(screen.getByTestId('working-agreements-value')).toHaveTextContent('Kaikki yhteydenotot asiakkaan tietohallintopäällikön kautta.');
    expect(screen.getByTestId('engagement-level')).toHaveTextContent('4 – Vahva');
    const clock = screen.getByTestId('glance-clock');
    expect(within(clock).getByText('TAE B3 – talousarvion viimeistely')).toBeInTheDocument();
    expect(within(clock).getByText(/Myöhässä · Määräpäivä 20\.11\.2026/)).toBeInTheDocument();
    expect(screen.getByTestId('glance-next-follow-up')).toHaveTextContent('Materiaalit valmiina 3.12.2026 mennessä');
    expect(screen.getByTestId('glance-agreement')).toHaveTextContent('Sopimus vuodelle 2027: Asiakkaan tarkistettavana');
    expect(screen.getByTestId('glance-agreement')).toHaveTextContent('Aikataulu vaarassa');
    expect(fake.calls.filter((c) => c.method === 'batch')).toHaveLength(1);
  });

  it('says who covers an away manager and until when, and does not call the backup the cover when the absence names someone else', async () => {
    const juha = { id: 13, title: 'Juha Nieminen', email: 'juha.nieminen@asiakkuus.example' };
    const absences = [{ id: 1, etag: '"1"', person: kho.accountManager!, start: '2026-11-20', end: '2026-12-04', kind: 'holiday' as const, substitute: juha }];
    const fake = fakeServices({ accounts: [kho, kko], clockTasks: tasks, clockCompletions: occurrences, meetings, agreements, absences });
    mount(fake.services, host());
    const banner = await screen.findByTestId('cover-banner');
    await waitFor(() => expect(banner).toHaveTextContent('Tuuraaja: Juha Nieminen, 4.12.2026 asti'));
    expect(within(banner).getByRole('button', { name: 'Avaa tuurauskortti' })).toBeInTheDocument();
    expect(screen.queryByText('Tuuraa nyt')).toBeNull();
  });

  it('saves the working agreements with the etag, and on a concurrent edit keeps the text and shows the other version', async () => {
    const fake = fakeServices({ accounts: [kho] });
    mount(fake.services, host());
    await screen.findByRole('heading', { name: /Korkein hallinto-oikeus/ });

    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa: Toimintatavat' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Toimintatavat' }), { target: { value: 'Yhteys suoraan yksiköihin.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(screen.getByTestId('working-agreements-value')).toHaveTextContent('Yhteys suoraan yksiköihin.'));
    expect(fake.calls.find((c) => c.method === 'update')?.args).toEqual([1, { workingAgreements: 'Yhteys suoraan yksiköihin.' }, '"4"']);

    // A colleague saves in the meantime.
    fake.setEtagOutside('accounts', 1, { workingAgreements: 'Colleague: kaikki tietohallinnon kautta.' });
    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa: Toimintatavat' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Toimintatavat' }), { target: { value: 'Oma tekstini' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText(/Joku muu on muuttanut tietoja sillä välin/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Toimintatavat' })).toHaveValue('Oma tekstini');
    expect(screen.getByTestId('working-agreements-theirs')).toHaveTextContent('Colleague: kaikki tietohallinnon kautta.');
    // Deliberately saving mine now uses the fresh etag.
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna oma versioni' }));
    await waitFor(() => expect(screen.getByTestId('working-agreements-value')).toHaveTextContent('Oma tekstini'));
    expect(fake.store.get('accounts')![0].etag).toBe('"7"');
    // Focus goes back to the edit button (keyboard users keep their place).
    await waitFor(() => expect(screen.getByRole('button', { name: 'Muokkaa: Toimintatavat' })).toHaveFocus());
  });

  it('offers no editing to someone who may only read', async () => {
    const fake = fakeServices({ accounts: [kho] }, { canEdit: false });
    mount(fake.services, host());
    await screen.findByRole('heading', { name: /Korkein hallinto-oikeus/ });
    expect(screen.queryByRole('button', { name: 'Muokkaa: Toimintatavat' })).not.toBeInTheDocument();
  });

  it('lets an account manager link an unmapped channel once', async () => {
    const fake = fakeServices({ accounts: [kho, kko] });
    mount(fake.services, host({ teams: { teamId: 'ork-asiakkuudet', channelId: '19:kko@thread.tacv2', channelName: 'KKO' } }));
    expect(await screen.findByRole('heading', { name: 'Liitä kanava asiakkuuteen' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('combobox', { name: /^Asiakkuus/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Korkein oikeus (KKO)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Liitä kanavaan' }));
    expect(await screen.findByRole('heading', { name: /Korkein oikeus/ })).toBeInTheDocument();
    expect(fake.calls.find((c) => c.method === 'update')?.args).toEqual([
      2,
      { teamsGroupId: 'ork-asiakkuudet', teamsChannelId: '19:kko@thread.tacv2', teamsChannelName: 'KKO' },
      '"1"',
    ]);
  });

  it('tells a colleague without rights to ask the account manager, in Swedish', async () => {
    const fake = fakeServices({ accounts: [] }, { user: { id: 99, title: 'Pekka Mäkinen', isSiteAdmin: false } });
    mount(fake.services, host({ locale: 'sv-SE', teams: { teamId: 't', channelId: 'c', channelName: 'X' } }));
    expect(await screen.findByText(/Be den kundansvariga chefen eller webbplatsens ägare att koppla den/)).toBeInTheDocument();
  });

  it('names the list a site owner must provision when one is missing', async () => {
    const fake = fakeServices({ accounts: [kho] }, { missing: ['ideas'] });
    mount(fake.services, host({ locale: 'en-US' }));
    expect(await screen.findByText(/ACIdeas: The list ACIdeas is missing on this site. A site owner needs to set up Account Care/)).toBeInTheDocument();
  });
});
