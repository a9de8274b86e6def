import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { feature } from '../../src/features/myAccounts';
import type { HostContext } from '../../src/ui/host';
import { classifyError } from '../../src/data/errors';
import type { Filter } from '../../src/data/odata';
import type { Query, Repositories, Services, Settled, SiteService } from '../../src/data/ports';
import type { Absence, Account, PersonRef, Setting } from '../../src/domain/types';

// The account tab has its own tests; here it only has to open with the right account.
// The account tab (its own chunk) is stubbed: it shows which account My accounts asked it to open.
jest.mock('../../src/features/accountTab/AccountTab', () => ({
  AccountTab: () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { host } = require('../../src/ui/AppContext').useApp();
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    return require('react').createElement('div', { 'data-testid': 'account-tab-stub' }, `account ${host.config?.accountId}`);
  },
}));

// The handover brief has its own tests; here it only has to open for the right account and absence.
jest.mock('../../src/features/substitutes/brief', () => ({
  HandoverBrief: (props: { accountId: number; absenceId: number; onBack(): void }) => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const R = require('react');
    return R.createElement(
      'div',
      { 'data-testid': 'brief-stub' },
      `brief ${props.accountId} / absence ${props.absenceId}`,
      R.createElement('button', { type: 'button', onClick: props.onBack }, 'back from brief'),
    );
  },
}));

const person = (id: number, title: string): PersonRef => ({ id, title });
const AINO = person(7, 'Aino Virtanen');

function account(id: number, name: string, abbreviation: string, manager?: PersonRef, backup?: PersonRef, extra: Partial<Account> = {}): Account {
  return { id, etag: '"1"', name, abbreviation, accountType: 'single', accountManager: manager, backup, active: true, ...extra } as Account;
}

const ACCOUNTS: Account[] = [
  account(1, 'Oikeusrekisterikeskus', 'ORK', AINO, person(20, 'Olli Salo'), { teamsChannelName: 'ORK – asiakkuus', teamsChannelId: '19:ork@thread.tacv2' }),
  account(2, 'Hätäkeskuslaitos', 'HAK', person(11, 'Sanna Laine'), AINO),
  account(3, 'Kansallisarkisto', 'KA', person(12, 'Kalle Korhonen'), AINO),
  account(4, 'Maanmittauslaitos', 'MML', person(13, 'Maija Mäkinen'), AINO),
  account(5, 'Tilastokeskus', 'TK', person(14, 'Pekka Nieminen'), person(20, 'Olli Salo')),
  account(6, 'Verohallinto', 'VH', person(16, 'Liisa Heikkinen'), person(17, 'Jari Lehto')),
  account(8, 'Vanha asiakkuus', 'VA', AINO, undefined, { active: false }),
];

const absence = (id: number, who: PersonRef, start: string, end: string, kind: Absence['kind'], extra: Partial<Absence> = {}): Absence =>
  ({ id, etag: '"1"', person: who, start, end, kind, ...extra }) as Absence;

const ABSENCES: Absence[] = [
  // Two weeks' holiday: covered by the account's backup (Aino).
  absence(1, person(12, 'Kalle Korhonen'), '2025-09-01', '2025-09-19', 'holiday'),
  // Vantaa: a 2-day sick leave is not covered unless marked.
  absence(2, person(13, 'Maija Mäkinen'), '2025-09-10', '2025-09-11', 'sickLeave'),
  // 1 day, but marked for cover, with Aino named as substitute (not the account's backup).
  absence(3, person(14, 'Pekka Nieminen'), '2025-09-10', '2025-09-10', 'training', { coverShort: true, substitute: AINO }),
  // Starts later: the query itself leaves it out.
  absence(4, person(16, 'Liisa Heikkinen'), '2025-09-20', '2025-09-30', 'holiday'),
];

/** Evaluates the few filter shapes the app builds, on domain objects (person columns compare by id). */
function matches(item: Record<string, unknown>, filter: Filter): boolean {
  if ('items' in filter) {
    return filter.op === 'and' ? filter.items.every((x) => matches(item, x)) : filter.items.some((x) => matches(item, x));
  }
  const raw = item[filter.prop];
  const v = raw && typeof raw === 'object' && 'id' in raw ? (raw as PersonRef).id : raw;
  switch (filter.op) {
    case 'eq':
      return v === filter.value;
    case 'ge':
      return String(v) >= String(filter.value);
    case 'le':
      return String(v) <= String(filter.value);
    case 'startswith':
      return String(v).startsWith(filter.value);
    default:
      throw new Error(`unexpected filter ${filter.op}`);
  }
}

interface Recorded {
  list: string;
  query?: Query;
}

function services(opts: { accounts?: Account[]; absences?: Absence[]; absencesFail?: boolean; settings?: Setting[] } = {}): Services & { queries: Recorded[]; batches: number } {
  const queries: Recorded[] = [];
  let batches = 0;
  const repo = <T,>(list: string, items: T[], fail = false) => ({
    find: async (query?: Query): Promise<T[]> => {
      queries.push({ list, query });
      if (fail) throw Object.assign(new Error('List does not exist'), { status: 404 });
      return items.filter((x) => !query?.filter || matches(x as unknown as Record<string, unknown>, query.filter));
    },
  });
  const repos = {
    accounts: repo('accounts', opts.accounts ?? ACCOUNTS),
    absences: repo('absences', opts.absences ?? ABSENCES, opts.absencesFail),
    settings: repo('settings', opts.settings ?? []),
  } as unknown as Repositories;
  const site = { currentUser: async () => ({ ...AINO, isSiteAdmin: false }) } as unknown as SiteService;
  const batch = (async (build: (r: Repositories, s: SiteService) => Record<string, Promise<unknown>>) => {
    batches += 1;
    const started = build(repos, site);
    const out: Record<string, Settled<unknown>> = {};
    for (const [k, p] of Object.entries(started)) {
      try {
        out[k] = { ok: true, value: await p };
      } catch (e) {
        out[k] = { ok: false, error: classifyError(e, k) };
      }
    }
    return out;
  }) as Services['batch'];
  return {
    queries,
    repos,
    batch,
    site,
    get batches() {
      return batches;
    },
  };
}

const host = (locale: HostContext['locale']): HostContext => ({
  hostKind: 'TeamsPersonal',
  siteUrl: 'https://contoso.sharepoint.com',
  locale,
  theme: 'light',
  user: { loginName: 'aino', displayName: 'Aino Virtanen', email: 'aino@x' },
  now: new Date('2025-09-10T09:00:00Z'),
});

/** The accounts' names as listed (the row buttons, not the rows' "open the brief" buttons). */
const names = (group: HTMLElement): string[] => [...group.querySelectorAll('button[data-row-key^="own-"], button[data-row-key^="cover-"]')].map((b) => b.querySelector('span')!.textContent!);

describe('MyAccounts (Teams personal app)', () => {
  it('shows own accounts and the ones covered today, in Finnish, with the Vantaa short-absence rule', async () => {
    const svc = services();
    render(<AccountCareRoot services={svc} host={host('fi-FI')} feature={feature} />);
    expect(screen.getByTestId('my-accounts-skeleton')).toBeInTheDocument();

    const own = await screen.findByTestId('group-own');
    expect(within(own).getByRole('heading', { name: 'Omat asiakkuudet (4)' })).toBeInTheDocument();
    // Sorted by name (Finnish collation); the inactive account is left out.
    expect(names(own)).toEqual(['Hätäkeskuslaitos (HAK)', 'Kansallisarkisto (KA)', 'Maanmittauslaitos (MML)', 'Oikeusrekisterikeskus (ORK)']);
    const ork = within(own).getByRole('button', { name: /Oikeusrekisterikeskus/ });
    expect(ork).toHaveTextContent('Asiakaspäällikkö');
    expect(ork).toHaveTextContent('Teams-kanava: ORK – asiakkuus');
    expect(within(own).getByRole('button', { name: /Hätäkeskuslaitos/ })).toHaveTextContent('Varahenkilö');

    const cover = screen.getByTestId('group-cover');
    expect(within(cover).getByRole('heading', { name: 'Tuuraan nyt (2)' })).toBeInTheDocument();
    expect(names(cover)).toEqual(['Kansallisarkisto (KA)', 'Tilastokeskus (TK)']);
    // The manager stays the owner; the user acts for them until the manager is back.
    const ka = within(cover).getByRole('button', { name: /^Kansallisarkisto/ });
    expect(ka).toHaveTextContent('Tuuraaja · Omistaja: Kalle Korhonen (loma 19.9.2025 asti)');
    expect(ka).toHaveTextContent('Sinä tuuraat 19.9.2025 asti');
    expect(within(cover).getByRole('button', { name: /^Tilastokeskus/ })).toHaveTextContent('Omistaja: Pekka Nieminen (koulutus 10.9.2025 asti)');
    // Each covered account offers its handover brief.
    expect(within(cover).getByRole('button', { name: 'Avaa tuurauskortti: Kansallisarkisto' })).toBeInTheDocument();
    expect(within(own).queryByRole('button', { name: /tuurauskortti/ })).toBeNull();
    // Maija's 2-day sick leave is not marked for cover: her account is not Aino's to cover.
    expect(within(cover).queryByText(/Maanmittauslaitos/)).toBeNull();

    // One round trip: the active accounts (indexed ACActive) and today's absences (`end ≥ today` first) in one
    // batch; who owns and who covers what is worked out from them, so nothing waits for a second query.
    expect(svc.batches).toBe(1);
    const accountQueries = svc.queries.filter((q) => q.list === 'accounts').map((q) => q.query?.filter);
    expect(accountQueries).toEqual([{ op: 'eq', prop: 'active', value: true }]);
    expect(svc.queries.find((q) => q.list === 'absences')?.query?.filter).toEqual({
      op: 'and',
      items: [{ op: 'ge', prop: 'end', value: '2025-09-10' }, { op: 'le', prop: 'start', value: '2025-09-10' }],
    });
  });

  it('covers a 1–2 day absence when it is marked for cover', async () => {
    const marked = ABSENCES.map((a) => (a.id === 2 ? { ...a, coverShort: true } : a));
    render(<AccountCareRoot services={services({ absences: marked })} host={host('fi-FI')} feature={feature} />);
    const cover = await screen.findByTestId('group-cover');
    expect(names(cover)).toEqual(['Kansallisarkisto (KA)', 'Maanmittauslaitos (MML)', 'Tilastokeskus (TK)']);
    expect(within(cover).getByRole('button', { name: /^Maanmittauslaitos/ })).toHaveTextContent('Omistaja: Maija Mäkinen (sairausloma 11.9.2025 asti)');
  });

  it('does not hand accounts to a substitute who is away today herself (a day of training): the chain passes them on', async () => {
    const chained = [...ABSENCES, absence(5, AINO, '2025-09-10', '2025-09-10', 'training')];
    render(<AccountCareRoot services={services({ absences: chained })} host={host('fi-FI')} feature={feature} />);
    await screen.findByTestId('group-own');
    // Kalle's KA (backup Aino) and Pekka's TK (substitute Aino): Aino is away today, so neither is hers to cover now.
    const cover = screen.getByTestId('group-cover');
    expect(within(cover).getByRole('heading', { name: 'Tuuraan nyt (0)' })).toBeInTheDocument();
    expect(within(cover).getByText('Et tuuraa tänään ketään.')).toBeInTheDocument();
  });

  it('shows the same groups in Swedish', async () => {
    render(<AccountCareRoot services={services()} host={host('sv-SE')} feature={feature} />);
    expect(await screen.findByRole('heading', { name: 'Mina kundrelationer' })).toBeInTheDocument();
    const own = await screen.findByTestId('group-own');
    expect(within(own).getByRole('heading', { name: 'Egna kundrelationer (4)' })).toBeInTheDocument();
    expect(within(own).getByRole('button', { name: /Oikeusrekisterikeskus/ })).toHaveTextContent('Kundansvarig chef');
    expect(within(own).getByRole('button', { name: /Oikeusrekisterikeskus/ })).toHaveTextContent('Teams-kanal: ORK – asiakkuus');
    expect(within(own).getByRole('button', { name: /Hätäkeskuslaitos/ })).toHaveTextContent('Ersättare');
    const cover = screen.getByTestId('group-cover');
    expect(within(cover).getByRole('heading', { name: 'Jag vikarierar nu (2)' })).toBeInTheDocument();
    const sep19 = '19.9.2025'; // Finland Swedish date order
    const ka = within(cover).getByRole('button', { name: /^Kansallisarkisto/ });
    expect(ka).toHaveTextContent(`Vikarie · Ägare: Kalle Korhonen (semester till och med ${sep19})`);
    expect(ka).toHaveTextContent(`Du vikarierar till och med ${sep19}`);
    expect(within(cover).getByRole('button', { name: 'Öppna vikariekortet: Kansallisarkisto' })).toBeInTheDocument();
    expect(within(cover).queryByText(/Maanmittauslaitos/)).toBeNull();
  });

  it('opens the account tab for an account and goes back with the keyboard focus where it was', async () => {
    render(<AccountCareRoot services={services()} host={host('fi-FI')} feature={feature} />);
    const cover = await screen.findByTestId('group-cover');
    fireEvent.click(within(cover).getByRole('button', { name: /^Kansallisarkisto/ }));

    expect(await screen.findByTestId('account-tab-stub')).toHaveTextContent('account 3');
    const back = screen.getByRole('button', { name: 'Takaisin asiakkuuksiini' });
    await waitFor(() => expect(back).toHaveFocus());
    fireEvent.click(back);

    const again = await screen.findByTestId('group-cover');
    await waitFor(() => expect(within(again).getByRole('button', { name: /^Kansallisarkisto/ })).toHaveFocus());
    expect(screen.queryByTestId('account-tab-stub')).toBeNull();
  });

  it("opens a covered account's handover brief in place, and Back returns the focus to the brief's button", async () => {
    render(<AccountCareRoot services={services()} host={host('fi-FI')} feature={feature} />);
    const cover = await screen.findByTestId('group-cover');
    fireEvent.click(within(cover).getByRole('button', { name: 'Avaa tuurauskortti: Kansallisarkisto' }));

    // The brief (its own chunk) was asked for Kalle's account and absence.
    expect(await screen.findByTestId('brief-stub')).toHaveTextContent('brief 3 / absence 1');
    fireEvent.click(screen.getByRole('button', { name: 'back from brief' }));
    const again = await screen.findByTestId('group-cover');
    await waitFor(() => expect(within(again).getByRole('button', { name: 'Avaa tuurauskortti: Kansallisarkisto' })).toHaveFocus());
  });

  it("follows the site's short-absence setting: with a one-day threshold, Maija's two-day sick leave is covered", async () => {
    const settings = [{ id: 1, etag: '"1"', key: 'cover.shortAbsenceMaxDays', value: '1' }];
    render(<AccountCareRoot services={services({ settings })} host={host('fi-FI')} feature={feature} />);
    const cover = await screen.findByTestId('group-cover');
    expect(names(cover)).toEqual(['Kansallisarkisto (KA)', 'Maanmittauslaitos (MML)', 'Tilastokeskus (TK)']);
  });

  it('explains what to do when the user has no accounts', async () => {
    render(<AccountCareRoot services={services({ accounts: [], absences: [] })} host={host('fi-FI')} feature={feature} />);
    expect(await screen.findByRole('heading', { name: 'Sinulla ei ole vielä asiakkuuksia' })).toBeInTheDocument();
    expect(screen.getByText(/pyydä sivuston omistajaa/)).toBeInTheDocument();
  });

  it('still lists own accounts when the absences list cannot be read', async () => {
    render(<AccountCareRoot services={services({ absencesFail: true })} host={host('en-US')} feature={feature} />);
    const own = await screen.findByTestId('group-own');
    expect(within(own).getByRole('heading', { name: 'My own accounts (4)' })).toBeInTheDocument();
    expect(within(screen.getByTestId('group-cover')).getByText(/^Could not check whom you cover:/)).toBeInTheDocument();
  });
});
