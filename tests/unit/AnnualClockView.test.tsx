/**
 * The annual clock's view in jsdom over the Services double: it opens on "my accounts", the wheel's marks are one
 * tab stop moved with the arrow keys in date order, Enter opens the details, "Merkitse tehdyksi" saves with the
 * etag (one click), a 412 says so and shows the item as stored now, a failure leaves the state; the month list is
 * the same content, remembered per user; in a Teams channel it opens on the channel's account.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { Feature, prepareFeature } from '../../src/ui/feature';
import type { HostContext } from '../../src/ui/host';
import type { Absence, Account, ClockOccurrence, ClockTask, PersonRef } from '../../src/domain/types';
import { DataError } from '../../src/data/errors';
import { fakeServices } from './fixtures/fakeServices';
import * as clockTemplate from '../../src/data/queries/clockTemplate';

const NOW = new Date('2027-03-20T09:00:00Z');
const AINO: PersonRef = { id: 11, title: 'Aino Virtanen' };
const MIKKO: PersonRef = { id: 12, title: 'Mikko Korhonen' };
const account = (id: number, name: string, abbreviation: string, manager: PersonRef, extra: Partial<Account> = {}): Account =>
  ({ id, etag: '"1"', name, abbreviation, accountType: 'sector', accountManager: manager, active: true, ...extra }) as Account;
const ACCOUNTS = [
  account(1, 'Korkein hallinto-oikeus', 'KHO', AINO, { teamsGroupId: 'ork', teamsChannelId: '19:kho@thread.tacv2', teamsChannelName: 'KHO' }),
  account(2, 'Korkein oikeus', 'KKO', AINO),
  account(3, 'Oikeusrekisterikeskus', 'ORK', MIKKO),
];
const TASKS: ClockTask[] = [
  { id: 1, etag: '"1"', title: 'TAE B1', template: 'ork', category: 'economy', month: 3, description: 'Talousarvioesityksen ensimmäinen vaihe.' },
  { id: 2, etag: '"1"', title: 'Seurantaryhmä Q1', template: 'ork', category: 'followUp', month: 3 },
  { id: 3, etag: '"1"', title: 'Kuukausitapaaminen', template: 'ork', category: 'meetings', month: 1 },
];
const OCCURRENCES: ClockOccurrence[] = [
  { id: 1, etag: '"1"', taskId: 3, accountId: 1, dueDate: '2027-01-15', owner: AINO, done: true, doneOn: '2027-01-14' },
  { id: 2, etag: '"1"', taskId: 1, accountId: 1, dueDate: '2027-03-12', owner: AINO },
  { id: 3, etag: '"1"', taskId: 1, accountId: 2, dueDate: '2027-03-15', owner: AINO },
  { id: 4, etag: '"1"', taskId: 2, accountId: 1, dueDate: '2027-03-24', owner: AINO },
  { id: 5, etag: '"1"', taskId: 1, accountId: 3, dueDate: '2027-03-12', owner: MIKKO },
  { id: 6, etag: '"1"', taskId: 3, accountId: 2, dueDate: '2027-06-10', owner: AINO },
];

function setup(opts: { host?: Partial<HostContext>; absences?: Absence[]; missing?: 'absences'[]; more?: ClockOccurrence[] } = {}) {
  const occurrences = [...OCCURRENCES, ...(opts.more ?? [])].map((o) => ({ ...o }));
  const fake = fakeServices({ accounts: ACCOUNTS, clockTasks: TASKS, clockCompletions: occurrences, absences: opts.absences ?? [] }, { missing: opts.missing });
  const host: HostContext = {
    hostKind: 'TeamsPersonal',
    siteUrl: 'http://local/sites/ork',
    locale: 'fi-FI',
    theme: 'light',
    user: { loginName: 'i:0#.f|membership|aino.virtanen@asiakkuus.example', displayName: 'Aino Virtanen', email: 'aino.virtanen@asiakkuus.example' },
    now: NOW,
    ...opts.host,
  };
  return { ...fake, host };
}

let feature: Feature;
beforeAll(async () => {
  // As the web part does: the index chunk, then the view's chunk with the strings.
  feature = await prepareFeature(() => import('../../src/features/annualClock'), 'fi-FI');
});
beforeEach(() => window.localStorage.clear());

const active = (): HTMLElement => document.activeElement as HTMLElement;

describe('annual clock view', () => {
  it('opens on my accounts; arrows move between marks in date order; Enter opens the details; one click marks it done', async () => {
    const { services, host, store, calls } = setup();
    render(<AccountCareRoot services={services} host={host} feature={feature} />);
    await screen.findByRole('heading', { name: 'Vuosikello 2027' });
    const spots = await screen.findAllByTestId('clock-spot');
    // Mikko's ORK is not one of Aino's accounts: TAE B1 on 12.3. has only KHO
    const tabStops = spots.filter((x) => x.getAttribute('tabindex') === '0');
    expect(tabStops).toHaveLength(1);
    // The roving stop starts on the first mark on or after today (24.3.)
    expect(tabStops[0]).toHaveAttribute('aria-label', 'Seurantaryhmä Q1 – KHO – ke 24.3.2027 – erääntyy pian');
    tabStops[0].focus();
    fireEvent.keyDown(active(), { key: 'ArrowLeft' });
    expect(active()).toHaveAttribute('aria-label', 'TAE B1 – KKO – ma 15.3.2027 – myöhässä');
    fireEvent.keyDown(active(), { key: 'ArrowLeft' });
    expect(active()).toHaveAttribute('aria-label', 'TAE B1 – KHO – pe 12.3.2027 – myöhässä');
    fireEvent.keyDown(active(), { key: 'Home' });
    expect(active()).toHaveAttribute('aria-label', 'Kuukausitapaaminen – KHO – pe 15.1.2027 – tehty');
    fireEvent.keyDown(active(), { key: 'End' });
    expect(active().getAttribute('aria-label')).toMatch(/^Kuukausitapaaminen – KKO – to 10\.6\.2027/);
    fireEvent.keyDown(active(), { key: 'PageUp' });
    expect(active().getAttribute('aria-label')).toMatch(/^TAE B1 – KHO – pe 12\.3\.2027/);
    expect(spots.filter((x) => x.getAttribute('tabindex') === '0')).toEqual([active()]);

    fireEvent.keyDown(active(), { key: 'Enter' });
    const panel = await screen.findByRole('dialog');
    expect(within(panel).getByText('Talousarvioesityksen ensimmäinen vaihe.')).toBeInTheDocument();
    expect(within(panel).getByText('Korkein hallinto-oikeus (KHO)')).toBeInTheDocument();
    expect(within(panel).getByText('Myöhässä')).toBeInTheDocument();
    fireEvent.click(within(panel).getByRole('button', { name: 'Merkitse tehdyksi' }));
    await within(panel).findByText('Merkitty tehdyksi.');
    expect(store.get('clockCompletions')!.find((o) => o.id === 2)).toMatchObject({ done: true, doneOn: '2027-03-20', etag: '"2"' });
    expect(calls.filter((c) => c.method === 'update')).toEqual([{ list: 'clockCompletions', method: 'update', args: [2, { done: true, doneOn: '2027-03-20' }, '"1"'] }]);
    // The wheel shows it at once, and "Peru" undoes it with the new etag
    expect(screen.getAllByTestId('clock-spot').find((x) => x.getAttribute('aria-label')?.startsWith('TAE B1 – KHO'))).toHaveAttribute('data-state', 'done');
    fireEvent.click(within(panel).getByRole('button', { name: 'Peru' }));
    await within(panel).findByText('Merkintä peruttu.');
    expect(store.get('clockCompletions')!.find((o) => o.id === 2)).toMatchObject({ done: false, etag: '"3"' });
  });

  it('a 412 says someone else changed it and shows the item as stored now; a failure leaves the state', async () => {
    const { services, host, setEtagOutside, store } = setup();
    render(<AccountCareRoot services={services} host={host} feature={feature} />);
    const spots = await screen.findAllByTestId('clock-spot');
    // Someone else marks KKO's TAE B1 done meanwhile
    setEtagOutside('clockCompletions', 3, { done: true, doneOn: '2027-03-19' });
    fireEvent.click(spots.find((x) => x.getAttribute('aria-label')?.startsWith('TAE B1 – KKO'))!);
    const panel = await screen.findByRole('dialog');
    fireEvent.click(within(panel).getByRole('button', { name: 'Merkitse tehdyksi' }));
    await within(panel).findByText(/Joku muu muutti tätä tehtävää samaan aikaan/);
    // reloaded: it is done (by the other user), the button now offers undo
    await within(panel).findByRole('button', { name: 'Peru' });
    expect(within(panel).getByText(/Tehty 19\.3\.2027/)).toBeInTheDocument();

    // A failure (network): the message says so and the state stays
    const repo = services.repos.clockCompletions;
    const original = repo.update;
    repo.update = async () => {
      throw new DataError('network', 'offline');
    };
    fireEvent.click(within(panel).getByRole('button', { name: 'Peru' }));
    await within(panel).findByText(/Tallennus ei onnistunut, tila on ennallaan/);
    expect(within(panel).getByRole('button', { name: 'Peru' })).toBeInTheDocument();
    expect(store.get('clockCompletions')!.find((o) => o.id === 3)).toMatchObject({ done: true });
    repo.update = original;
  });

  it('the month list shows the same marks by month, and the choice is remembered', async () => {
    const { services, host } = setup();
    const first = render(<AccountCareRoot services={services} host={host} feature={feature} />);
    await screen.findAllByTestId('clock-spot');
    fireEvent.click(screen.getByRole('button', { name: 'Kuukausilista' }));
    const list = await screen.findByTestId('clock-month-list');
    expect(within(list).getByRole('heading', { name: /maaliskuu/ })).toBeInTheDocument();
    const rows = within(list).getAllByTestId('clock-list-item');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Kuukausitapaaminen – KHO – pe 15.1.2027 – tehty',
      'TAE B1 – KHO – pe 12.3.2027 – myöhässä',
      'TAE B1 – KKO – ma 15.3.2027 – myöhässä',
      'Seurantaryhmä Q1 – KHO – ke 24.3.2027 – erääntyy pian',
      'Kuukausitapaaminen – KKO – to 10.6.2027 – tulossa',
    ]);
    first.unmount();
    render(<AccountCareRoot services={services} host={host} feature={feature} />);
    expect(await screen.findByTestId('clock-month-list')).toBeInTheDocument();
    expect(screen.queryByTestId('clock-wheel')).toBeNull();
  });

  it('filters by owner: everyone adds Mikko\'s account, and one task on one day becomes one mark with a count', async () => {
    const { services, host } = setup();
    render(<AccountCareRoot services={services} host={host} feature={feature} />);
    await screen.findAllByTestId('clock-spot');
    fireEvent.click(screen.getByRole('combobox', { name: /Kenen/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Kaikki' }));
    await waitFor(() => expect(screen.getAllByTestId('clock-spot').map((x) => x.getAttribute('aria-label'))).toContain('TAE B1 – 2 asiakkuutta – pe 12.3.2027 – 2 myöhässä'));
    expect(screen.getByTestId('clock-summary')).toHaveTextContent('Myöhässä: 3');
  });

  it('in a Teams channel opens on the channel\'s account and can widen to everyone', async () => {
    const { services, host } = setup({ host: { hostKind: 'TeamsTab', teams: { teamId: 'ork', channelId: '19:kho@thread.tacv2', channelName: 'KHO' } } });
    render(<AccountCareRoot services={services} host={host} feature={feature} />);
    await screen.findByText('Näytetään kanavan asiakkuus: Korkein hallinto-oikeus (KHO).');
    const labels = (await screen.findAllByTestId('clock-spot')).map((x) => x.getAttribute('aria-label'));
    expect(labels.every((l) => / – KHO – /.test(l!))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Näytä kaikki asiakkuudet' }));
    await waitFor(() => expect(screen.getAllByTestId('clock-spot').map((x) => x.getAttribute('aria-label'))).toContain('TAE B1 – 2 asiakkuutta – pe 12.3.2027 – 2 myöhässä'));
    expect(screen.getByRole('button', { name: 'Näytä vain KHO' })).toBeInTheDocument();
  });

  it('zooms to a month with + and back out with −, keeping the focused mark', async () => {
    const { services, host } = setup();
    render(<AccountCareRoot services={services} host={host} feature={feature} />);
    const spots = await screen.findAllByTestId('clock-spot');
    const start = spots.find((x) => x.getAttribute('tabindex') === '0')!;
    start.focus();
    fireEvent.keyDown(active(), { key: '+' });
    await waitFor(() => expect(screen.getByRole('group', { name: /1\. neljännes 2027/ })).toBeInTheDocument());
    fireEvent.keyDown(active(), { key: '+' });
    await waitFor(() => expect(screen.getByRole('group', { name: /maaliskuu 2027: 3 kohdetta/ })).toBeInTheDocument());
    expect(active()).toHaveAttribute('aria-label', 'Seurantaryhmä Q1 – KHO – ke 24.3.2027 – erääntyy pian');
    fireEvent.keyDown(active(), { key: '-' });
    fireEvent.keyDown(active(), { key: '-' });
    await waitFor(() => expect(screen.getByRole('group', { name: /koko vuosi 2027: 5 kohdetta/ })).toBeInTheDocument());
  });

  it('offers to create the year\'s items for an account that has none yet, creates them with one click and reads the year again', async () => {
    const ruled = TASKS.map((t) => ({ ...t, code: `t${t.id}`, perAccount: true, rule: { kind: 'date' as const, months: [t.month], day: 10 } }));
    const fake = fakeServices({ accounts: [...ACCOUNTS, account(4, 'Oikeusministeriö', 'OM', AINO)], clockTasks: ruled, clockCompletions: OCCURRENCES.map((o) => ({ ...o })) });
    const generate = jest.spyOn(clockTemplate, 'generateOccurrences').mockResolvedValue({ created: 5, updated: 0, unchanged: 0 });
    try {
      const { host } = setup();
      render(<AccountCareRoot services={fake.services} host={host} feature={feature} />);
      const bar = await screen.findByTestId('clock-generate');
      // MessageBar renders its text a moment later (so screen readers announce it).
      await waitFor(() => expect(bar).toHaveTextContent('Vuoden 2027 vuosikellon tehtäviä ei ole vielä muodostettu asiakkuuksille: OM.'));
      fireEvent.click(within(bar).getByRole('button', { name: 'Muodosta tehtävät' }));
      expect(await screen.findByText('Muodostettiin 5 tehtävää.')).toBeInTheDocument();
      expect(generate).toHaveBeenCalledWith(expect.anything(), { template: 'ork', year: 2027, today: '2027-03-20', accountIds: [4] });
      // Nothing more to create for OM this year: the offer does not come back after the year is read again.
      await screen.findByRole('heading', { name: 'Vuosikello 2027' });
      await waitFor(() => expect(screen.queryByTestId('clock-generate')).not.toBeInTheDocument());
    } finally {
      generate.mockRestore();
    }
  });
  describe('while Mikko is on holiday and Aino covers his account (tuuraus)', () => {
    const HOLIDAY: Absence = { id: 1, etag: '"1"', person: MIKKO, start: '2027-03-10', end: '2027-03-26', kind: 'holiday', substitute: AINO };

    // Mikko's own follow-up group, due while he is away.
    const ORK_GROUP: ClockOccurrence = { id: 7, etag: '"1"', taskId: 2, accountId: 3, dueDate: '2027-03-25', owner: MIKKO };

    it('shows Mikko\'s open items on Aino\'s clock with her handling them, and Mikko still as the owner', async () => {
      const { services, host } = setup({ absences: [HOLIDAY], more: [ORK_GROUP] });
      render(<AccountCareRoot services={services} host={host} feature={feature} />);
      const spots = await screen.findAllByTestId('clock-spot');
      const group = spots.find((x) => x.getAttribute('aria-label')?.includes(' – ORK – '))!;
      expect(group).toHaveAttribute('aria-label', 'Seurantaryhmä Q1 – ORK – to 25.3.2027 – erääntyy pian – hoitaa Aino Virtanen');
      fireEvent.click(group);
      const panel = await screen.findByRole('dialog');
      const facts = within(panel).getByText('Vastuuhenkilö').closest('dl')!;
      expect(within(facts).getByText('Mikko Korhonen')).toBeInTheDocument();
      expect(within(facts).getByText('Hoitaa')).toBeInTheDocument();
      expect(within(panel).getByTestId('clock-details-acting')).toHaveTextContent('Aino Virtanen (tuuraa 26.3. asti)');
      fireEvent.click(within(panel).getByRole('button', { name: 'Sulje' }));
      // His overdue TAE B1 joins Aino's KHO on 12.3.: one mark, each account's owner and who handles it.
      const tae = screen.getAllByTestId('clock-spot').find((x) => x.getAttribute('aria-label')?.startsWith('TAE B1 – 2 asiakkuutta – pe 12.3.2027'))!;
      fireEvent.click(tae);
      const both = await screen.findByRole('dialog');
      expect(within(both).getByText(/Mikko Korhonen · hoitaa Aino Virtanen/)).toBeInTheDocument();
    });

    it('without a readable absences list the clock still opens, with the owners only', async () => {
      const { services, host } = setup({ absences: [HOLIDAY], missing: ['absences'] });
      render(<AccountCareRoot services={services} host={host} feature={feature} />);
      const labels = (await screen.findAllByTestId('clock-spot')).map((x) => x.getAttribute('aria-label'));
      expect(labels.some((l) => / – ORK – /.test(l!))).toBe(false);
      expect(labels.some((l) => /hoitaa/.test(l!))).toBe(false);
      expect(screen.queryByRole('alert')).toBeNull();
    });
  });
});
