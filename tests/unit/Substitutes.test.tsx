import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { feature } from '../../src/features/substitutes';
import type { HostContext } from '../../src/ui/host';
import type { ListRights } from '../../src/data/ports';
import type { Absence, Account, PersonRef, Setting } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

// The handover brief is helper-owned and tested on its own; here it only has to open with the right ids.
jest.mock('../../src/features/substitutes/brief', () => ({
  HandoverBrief: (props: { accountId: number; absenceId: number; onBack: () => void }) => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const R = require('react');
    return R.createElement('div', { 'data-testid': 'brief-stub' }, `brief ${props.accountId}/${props.absenceId}`, R.createElement('button', { onClick: props.onBack }, 'Takaisin'));
  },
}));

const person = (id: number, title: string): PersonRef => ({ id, title, email: `${title.toLowerCase().replace(' ', '.')}@asiakkuus.example` });
const AINO = person(7, 'Aino Virtanen');
const MIKKO = person(8, 'Mikko Korhonen');
const ELINA = person(9, 'Elina Lindqvist');
const JUHA = person(10, 'Juha Nieminen');

const account = (id: number, name: string, abbreviation: string, manager: PersonRef, backup?: PersonRef): Account =>
  ({ id, etag: '"1"', name, abbreviation, accountType: 'sector', accountManager: manager, backup, active: true }) as Account;

const ACCOUNTS = [
  account(1, 'Korkein oikeus', 'KKO', MIKKO, AINO),
  account(2, 'Tuomioistuinvirasto', 'TIV', ELINA, MIKKO),
  account(3, 'Oikeuspalveluvirasto', 'OPV', ELINA, JUHA),
  account(4, 'Vaalit', 'VAALIT', JUHA),
  account(5, 'Korkein hallinto-oikeus', 'KHO', AINO, JUHA),
];

const absence = (id: number, who: PersonRef, start: string, end: string, kind: Absence['kind'], extra: Partial<Absence> = {}): Absence =>
  ({ id, etag: '"1"', person: who, start, end, kind, authorId: who.id, ...extra }) as Absence;

// Today is Monday 2 March 2026.
const ABSENCES: Absence[] = [
  absence(1, MIKKO, '2026-02-27', '2026-03-10', 'holiday', { substitute: AINO }),
  // A day of training inside Mikko's holiday: his accounts go down the chain to Aino's own substitute.
  absence(2, AINO, '2026-03-04', '2026-03-04', 'training', { substitute: JUHA }),
  absence(3, ELINA, '2026-03-02', '2026-03-13', 'holiday', { substitute: JUHA, cover: { overrides: { 2: AINO } } }),
  // Two days, not marked: not covered.
  absence(4, JUHA, '2026-03-16', '2026-03-17', 'sickLeave'),
];

const SETTINGS: Setting[] = [
  { id: 1, etag: '"1"', key: 'cover.shortAbsenceMaxDays', value: '2' },
  { id: 2, etag: '"1"', key: 'cover.maxCoveredAccounts', value: '3' },
];

const host = (locale: HostContext['locale'] = 'fi-FI'): HostContext => ({
  hostKind: 'TeamsPersonal',
  siteUrl: 'https://contoso.sharepoint.com/sites/ork',
  locale,
  theme: 'light',
  user: { loginName: 'aino', displayName: 'Aino Virtanen', email: AINO.email! },
  now: new Date('2026-03-02T09:00:00Z'),
});

const MANAGER_RIGHTS: ListRights = { add: true, edit: true, editOthers: false };

function setup(opts: { user?: PersonRef; rights?: ListRights; absences?: Absence[]; locale?: HostContext['locale'] } = {}) {
  const user = opts.user ?? AINO;
  const fake = fakeServices(
    { accounts: ACCOUNTS, absences: opts.absences ?? ABSENCES, settings: SETTINGS },
    { user: { ...user, isSiteAdmin: false }, rights: { absences: opts.rights ?? MANAGER_RIGHTS } },
  );
  render(<AccountCareRoot services={fake.services} host={host(opts.locale)} feature={feature} />);
  return fake;
}

const bars = (): HTMLButtonElement[] => [...screen.getByTestId('absence-timeline').querySelectorAll<HTMLButtonElement>('button[data-absence-id]')];

jest.setTimeout(30_000);

beforeEach(() => window.sessionStorage.clear());

describe('Substitutes: the team timeline', () => {
  it('shows one row a person with each absence as a bar named in words, and the cover warnings in plain language', async () => {
    setup();
    const timeline = await screen.findByTestId('absence-timeline');
    // People away today first (Mikko since Friday, Elina from today), then by their first absence.
    expect([...timeline.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Mikko Korhonen', 'Elina Lindqvist', 'Aino Virtanen', 'Juha Nieminen']);
    expect(within(timeline).getByRole('button', { name: 'Elina Lindqvist: Loma 2.3.2026–13.3.2026, tuuraaja Juha Nieminen' })).toBeInTheDocument();
    expect(within(timeline).getByRole('button', { name: 'Juha Nieminen: Sairausloma 16.3.2026–17.3.2026, Ei tuurata (lyhyt poissaolo)' })).toBeInTheDocument();
    // The kind is written in the bar, not only drawn.
    expect(within(timeline).getByRole('button', { name: /^Aino Virtanen: Koulutus/ })).toHaveTextContent('Koulutus');

    const warnings = screen.getByTestId('cover-warnings');
    // Both of the accounts Aino would cover that day go to Juha: one sentence names them together.
    expect(within(warnings).getByText('Aino Virtanen on itse poissa 4.3.2026; asiakkuudet KKO ja TIV hoitaa silloin Juha Nieminen.')).toBeInTheDocument();
    // Juha covers Mikko's KKO on Aino's training day besides Elina's OPV: within the limit of 3, so no overload there.
    expect(within(warnings).queryByText(/Juha Nieminen tuuraisi/)).toBeNull();
  });

  it('moves between bars with the arrow keys (one tab stop) and opens one with Enter', async () => {
    setup();
    await screen.findByTestId('absence-timeline');
    const [mikko, elina, aino, juha] = bars();
    expect(bars().filter((b) => b.tabIndex === 0)).toEqual([mikko]);
    act(() => mikko.focus());
    fireEvent.keyDown(mikko, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(elina);
    fireEvent.keyDown(elina, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(aino);
    fireEvent.keyDown(aino, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(juha);
    fireEvent.keyDown(juha, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(aino);
    expect(bars().filter((b) => b.tabIndex === 0)).toEqual([aino]);
    // The native button opens on Enter; a teammate's absence opens read-only for a manager.
    fireEvent.keyDown(elina, { key: 'ArrowLeft' });
    fireEvent.click(elina);
    const panel = await screen.findByTestId('absence-panel');
    expect(within(panel).getByText(/Voit vain lukea tämän poissaolon/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tallenna' })).toBeNull();
  });

  it('has a table alternative with the same absences', async () => {
    setup();
    await screen.findByTestId('absence-timeline');
    fireEvent.click(screen.getByRole('switch', { name: 'Taulukkona' }));
    const table = await screen.findByTestId('absence-table');
    expect(within(table).getByText('Elina Lindqvist')).toBeInTheDocument();
    expect(within(table).getAllByText('Ei tuurata (lyhyt poissaolo)')).toHaveLength(2);
    expect(within(table).getByRole('button', { name: 'Muokkaa: Aino Virtanen, Koulutus 4.3.2026–4.3.2026' })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Näytä: Mikko Korhonen, Loma 27.2.2026–10.3.2026' })).toBeInTheDocument();
  });
});

describe('Substitutes: the absence editor', () => {
  async function openNew(): Promise<HTMLElement> {
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää poissaolo' }));
    return screen.findByTestId('absence-panel');
  }

  function typeDate(panel: HTMLElement, label: string, text: string): void {
    const field = within(panel).getByRole('combobox', { name: label });
    fireEvent.change(field, { target: { value: text } });
    fireEvent.blur(field);
  }

  it('refuses an end before the start, an overlap and self-substitution with clear messages, and keeps what was typed', async () => {
    const fake = setup();
    let panel = await openNew();
    // The manager records her own absence; the supervisor could pick someone else.
    expect(within(panel).getByRole('combobox', { name: /^Poissa oleva henkilö/ })).toHaveAttribute('aria-disabled', 'true');
    typeDate(panel, 'Alkaa', '10.3.2026');
    typeDate(panel, 'Päättyy', '9.3.2026');
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await within(panel).findByText('Päättymispäivä ei voi olla ennen alkamispäivää.')).toBeInTheDocument();
    expect(within(panel).getByTestId('absence-error')).toHaveTextContent('Tarkista merkityt kentät.');

    typeDate(panel, 'Alkaa', '3.3.2026');
    typeDate(panel, 'Päättyy', '5.3.2026');
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await within(panel).findByText('Henkilöllä on jo poissaolo 4.3.2026–4.3.2026 osittain samoina päivinä.')).toBeInTheDocument();

    typeDate(panel, 'Alkaa', '23.3.2026');
    typeDate(panel, 'Päättyy', '27.3.2026');
    fireEvent.click(within(panel).getByRole('combobox', { name: /^Tuuraaja(?!:)/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Aino Virtanen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await within(panel).findByText('Poissa oleva ei voi tuurata itseään. Valitse toinen tuuraaja.')).toBeInTheDocument();
    expect(fake.calls.filter((c) => c.method === 'add')).toHaveLength(0);
    // Still there: the dates as typed.
    expect(within(panel).getByRole('combobox', { name: 'Alkaa' })).toHaveValue('23.3.2026');

    // Closed by accident: the draft comes back.
    fireEvent.click(screen.getByRole('button', { name: 'Peruuta' }));
    await waitFor(() => expect(screen.queryByTestId('absence-panel')).toBeNull());
    panel = await openNew();
    expect(within(panel).getByText('Palautimme tallentamattomat muutoksesi.')).toBeInTheDocument();
    expect(within(panel).getByRole('combobox', { name: 'Päättyy' })).toHaveValue('27.3.2026');

    fireEvent.click(within(panel).getByRole('combobox', { name: /^Tuuraaja(?!:)/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Juha Nieminen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(screen.queryByTestId('absence-panel')).toBeNull());
    const add = fake.calls.find((c) => c.method === 'add' && c.list === 'absences')!;
    expect(add.args[0]).toMatchObject({ person: { id: 7 }, start: '2026-03-23', end: '2026-03-27', kind: 'holiday', substitute: { id: 10 }, coverShort: false });
    expect(await screen.findByText('Poissaolo tallennettu.')).toBeInTheDocument();
  });

  it('says the short-absence threshold and covers all of the person’s accounts by default, with a substitute per account', async () => {
    const fake = setup({ user: ELINA, rights: MANAGER_RIGHTS, absences: ABSENCES.filter((a) => a.person.id !== ELINA.id) });
    const panel = await openNew();
    typeDate(panel, 'Alkaa', '23.3.2026');
    typeDate(panel, 'Päättyy', '24.3.2026');
    expect(within(panel).getByTestId('absence-threshold')).toHaveTextContent(
      'Enintään 2 päivän poissaoloja ei tuurata, ellei tätä valita. Poissaolo on 2 päivää: asiakkuuksia ei tuurata, ellei tuurausta valita.',
    );
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Tuuraus myös lyhyelle poissaololle' }));
    expect(within(panel).getByTestId('absence-threshold')).toHaveTextContent('Poissaolo on 2 päivää: asiakkuudet tuurataan.');
    expect(within(panel).getByRole('checkbox', { name: 'Tuomioistuinvirasto (TIV)' })).toBeChecked();
    expect(within(panel).getByRole('checkbox', { name: 'Oikeuspalveluvirasto (OPV)' })).toBeChecked();
    // OPV left out; TIV to Juha instead of the backup.
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Oikeuspalveluvirasto (OPV)' }));
    fireEvent.click(within(panel).getByRole('combobox', { name: /^Tuuraaja: TIV/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Juha Nieminen' }));
    // VAALIT has no backup: Juha away? no. The warning preview names what would go uncovered, if anything.
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(screen.queryByTestId('absence-panel')).toBeNull());
    const add = fake.calls.find((c) => c.method === 'add' && c.list === 'absences')!;
    expect(add.args[0]).toMatchObject({ person: { id: 9 }, coverShort: true, cover: { accountIds: [2], overrides: { 2: { id: 10 } } } });
  });

  it('warns before saving when an account would have no cover', async () => {
    setup({ user: JUHA, absences: [] });
    const panel = await openNew();
    typeDate(panel, 'Alkaa', '9.3.2026');
    typeDate(panel, 'Päättyy', '13.3.2026');
    expect(await within(panel).findByTestId('absence-warnings')).toHaveTextContent('Asiakkuudella VAALIT ei ole tuuraajaa, kun Juha Nieminen on poissa 9.3.2026–13.3.2026.');
  });

  it('a concurrent edit gets the conflict message, keeps the input, and a second save uses the fresh version', async () => {
    const fake = setup();
    await screen.findByTestId('absence-timeline');
    fireEvent.click(within(screen.getByTestId('absence-timeline')).getByRole('button', { name: /^Aino Virtanen: Koulutus/ }));
    const panel = await screen.findByTestId('absence-panel');
    expect(screen.getByText('Muokkaa poissaoloa')).toBeInTheDocument();
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Huomiot' }), { target: { value: 'Koulutus Tampereella' } });
    // Someone else saves first.
    fake.setEtagOutside('absences', 2, { notes: 'Esihenkilön muutos', substitute: MIKKO });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    const alert = await within(panel).findByTestId('absence-error');
    expect(alert).toHaveTextContent('Joku muu on muuttanut tietoja sillä välin. Tekstisi on tallessa');
    expect(alert).toHaveTextContent('Tallennettu versio nyt: Koulutus 4.3.2026–4.3.2026, tuuraaja Mikko Korhonen.');
    expect(within(panel).getByRole('textbox', { name: 'Huomiot' })).toHaveValue('Koulutus Tampereella');

    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(screen.queryByTestId('absence-panel')).toBeNull());
    const updates = fake.calls.filter((c) => c.method === 'update' && c.list === 'absences');
    expect(updates.map((u) => u.args[2])).toEqual(['"1"', '"2"']);
    expect(fake.store.get('absences')!.find((a) => a.id === 2)).toMatchObject({ notes: 'Koulutus Tampereella' });
  });

  it('offers no adding to a reader and says why', async () => {
    setup({ user: person(20, 'Sari Heikkinen'), rights: { add: false, edit: false, editOthers: false } });
    await screen.findByTestId('absence-timeline');
    expect(screen.queryByRole('button', { name: 'Lisää poissaolo' })).toBeNull();
    expect(screen.getByText(/Voit lukea poissaoloja/)).toBeInTheDocument();
  });
});

describe('Substitutes: my duties and the cover matrix', () => {
  it('lists what I cover, since and until and why, and opens the handover brief in place; Back returns the focus', async () => {
    setup({ user: JUHA });
    await screen.findByTestId('absence-timeline');
    fireEvent.click(screen.getByRole('tab', { name: /Omat tuuraukset/ }));
    const table = await screen.findByTestId('duties-table');
    const rows = within(table).getAllByRole('row').slice(1);
    const text = rows.map((r) => [...r.querySelectorAll('[role="gridcell"]')].slice(0, 5).map((c) => c.textContent).join(' | '));
    expect(text).toEqual([
      'Oikeuspalveluvirasto (OPV) | Elina Lindqvist | 2.3.2026 | 13.3.2026 | Nimetty tuuraajaksi',
      'Korkein oikeus (KKO) | Mikko Korhonen | 4.3.2026 | 4.3.2026 | Tuuraajan tuuraaja',
      // Aino covers TIV for Elina by override, but is on training that day: it comes to Juha, her substitute.
      'Tuomioistuinvirasto (TIV) | Elina Lindqvist | 4.3.2026 | 4.3.2026 | Tuuraajan tuuraaja',
    ]);
    const open = within(table).getByRole('button', { name: 'Tuurauskortti: Oikeuspalveluvirasto' });
    fireEvent.click(open);
    expect(await screen.findByTestId('brief-stub')).toHaveTextContent('brief 3/3');
    fireEvent.click(screen.getByRole('button', { name: 'Takaisin' }));
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('Tuurauskortti: Oikeuspalveluvirasto'));
  });

  it('marks accounts with a single point of failure in words, and filters to them', async () => {
    setup({ user: person(20, 'Sari Heikkinen'), rights: { add: false, edit: false, editOthers: false }, locale: 'sv-SE' });
    await screen.findByTestId('absence-timeline');
    fireEvent.click(screen.getByRole('tab', { name: 'Vikariatsmatris' }));
    const matrix = await screen.findByTestId('cover-matrix');
    const table = within(matrix).getByRole('table', { name: 'Kundrelationer och de personer som kan sköta dem' });
    const row = (name: string): HTMLElement => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    // VAALIT: its manager only.
    expect(row('Vaalit (VAALIT)')).toHaveTextContent('Ingen vikarie');
    // OPV: Juha is both its backup and Elina's substitute: one person.
    expect(row('Oikeuspalveluvirasto (OPV)')).toHaveTextContent('Hänger på en vikarie');
    // KHO: Juha, its backup only.
    expect(row('Korkein hallinto-oikeus (KHO)')).toHaveTextContent('Hänger på en vikarie');
    // TIV: the backup Mikko and Aino by override.
    expect(row('Tuomioistuinvirasto (TIV)')).toHaveTextContent('2 vikarier');
    expect(within(row('Tuomioistuinvirasto (TIV)')).getAllByRole('cell')[1]).toHaveTextContent('Vikarie');
    fireEvent.click(within(matrix).getByRole('checkbox', { name: 'Endast de som hänger på en person' }));
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Korkein oikeus (KKO)', 'Oikeuspalveluvirasto (OPV)', 'Vaalit (VAALIT)', 'Korkein hallinto-oikeus (KHO)']);
    expect(within(matrix).getByRole('status')).toHaveTextContent('4 av 5 kundrelationer');
  });
});
