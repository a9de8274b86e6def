/**
 * The care tiers section of the setup view (Hoitomallit), through the real feature and its lazily loaded chunk,
 * on the hand-written Services double: an owner edits a tier with inline messages and a conflict that keeps the
 * input, a new tier without a clock template is refused, a reader sees the tiers read-only, a refused save says so
 * and keeps the input, and moving an account replans its clock and says how many items were removed and added.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { feature } from '../../src/features/setup';
import type { HostContext } from '../../src/ui/host';
import type { Services } from '../../src/data/ports';
import { DataError } from '../../src/data/errors';
import { LISTS, SCHEMA_VERSION } from '../../src/data/schema/lists';
import { addDays, todayInHelsinki } from '../../src/domain/dates';
import type { Account, ClockOccurrence, ClockTask, Segment } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

// Fluent's dropdowns in jsdom on a shared machine: generous, so a slow run fails on what it shows, not on the clock.
jest.setTimeout(120_000);

const today = todayInHelsinki();

const segments = (): Segment[] => [
  {
    id: 1,
    etag: '"1"',
    name: 'Laaja-alainen virasto',
    code: 'laaja',
    description: 'Suuri virasto, jolla laajat IT-tarpeet.',
    clockTemplate: 'ork',
    careTier: { meetings: [{ meetingType: 'operational', perYear: 12, level: 'operational' }, { meetingType: 'followUpGroup', perYear: 4, level: 'tactical' }], survey: 'quarterly' },
  },
  { id: 2, etag: '"1"', name: 'Pieni yksikkö', clockTemplate: 'ork', careTier: { meetings: [{ meetingType: 'followUpGroup', perYear: 4 }] } },
  { id: 3, etag: '"1"', name: 'Tiivis hoitomalli', clockTemplate: 'tiivis', careTier: { meetings: [{ meetingType: 'accountTeam', perYear: 12, level: 'operational' }] } },
];

const accounts = (): Account[] => [
  { id: 21, etag: '"1"', name: 'Korkein hallinto-oikeus', abbreviation: 'KHO', accountType: 'agency', segmentId: 1, active: true },
  { id: 22, etag: '"1"', name: 'Rikosseuraamuslaitos', abbreviation: 'RISE', accountType: 'sector', segmentId: 1, active: true },
  { id: 23, etag: '"1"', name: 'Oikeusrekisterikeskus', abbreviation: 'ORK', accountType: 'agency', active: true },
];

const tasks = (): ClockTask[] => [
  { id: 31, etag: '"1"', title: 'Seurantaryhmä', template: 'ork', category: 'followUp', month: 3, code: 'seuranta', perAccount: true, rule: { kind: 'date', months: [3, 6, 9, 12], day: 15 } },
  { id: 32, etag: '"1"', title: 'Kuukausikatsaus', template: 'tiivis', category: 'meetings', month: 1, code: 'kk', perAccount: true, rule: { kind: 'date', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], day: 'last', adjust: 'none' } },
];

const occurrences = (): ClockOccurrence[] => [
  { id: 41, etag: '"1"', taskId: 31, accountId: 21, dueDate: addDays(today, -40), done: true, doneOn: addDays(today, -41) },
  { id: 42, etag: '"1"', taskId: 31, accountId: 21, dueDate: addDays(today, -10), done: false },
  { id: 43, etag: '"1"', taskId: 31, accountId: 21, dueDate: addDays(today, 20), done: false },
  { id: 44, etag: '"1"', taskId: 31, accountId: 21, dueDate: addDays(today, 50), done: false },
  { id: 45, etag: '"1"', taskId: 31, accountId: 22, dueDate: addDays(today, 20), done: false },
];

function setup(opts: { canEdit?: boolean } = {}) {
  const fake = fakeServices(
    { segments: segments(), accounts: accounts(), clockTasks: tasks(), clockCompletions: occurrences() },
    { canEdit: opts.canEdit ?? true, user: { id: 6, title: 'Johan Westerberg', isSiteAdmin: false } },
  );
  fake.services.site.schemaStatus = async () => ({
    siteVersion: SCHEMA_VERSION,
    codeVersion: SCHEMA_VERSION,
    upToDate: true,
    lists: LISTS.map((l) => ({ key: l.key, title: l.title, exists: true, itemCount: 1, missingFields: [], missingIndexes: [] })),
  });
  return fake;
}

const host = (locale: HostContext['locale']): HostContext => ({
  hostKind: 'Workbench',
  siteUrl: 'http://local/sites/ork',
  locale,
  theme: 'light',
  user: { loginName: 'johan', displayName: 'Johan Westerberg', email: 'johan.westerberg@asiakkuus.example' },
});

async function open(services: Services, locale: HostContext['locale'], show: string, firstTier = 'Laaja-alainen virasto'): Promise<HTMLElement> {
  render(<AccountCareRoot services={services} host={host(locale)} feature={feature} />);
  fireEvent.click(await screen.findByRole('button', { name: show }));
  return screen.findByRole('article', { name: firstTier }, { timeout: 5000 });
}

/** Opens a Fluent dropdown and picks an option from its list (rendered in a layer at the end of the page). */
async function choose(combobox: HTMLElement, option: string): Promise<void> {
  fireEvent.click(combobox);
  const listbox = await waitFor(() => {
    const l = document.querySelector<HTMLElement>('[role="listbox"]');
    if (!l) throw new Error('the dropdown did not open');
    return l;
  });
  fireEvent.click(within(listbox).getByRole('option', { name: option }));
  await waitFor(() => expect(document.querySelector('[role="listbox"]')).toBeNull());
}

const updates = (fake: ReturnType<typeof setup>) => fake.calls.filter((c) => c.list === 'segments' && (c.method === 'update' || c.method === 'add'));

describe('Care tiers (Hoitomallit) in the setup view', () => {
  it('an owner edits a tier: inline messages for a bad row, nothing sent until it is right, then saved with the etag', async () => {
    const fake = setup();
    const card = await open(fake.services, 'fi-FI', 'Näytä hoitomallit');
    expect(screen.getByRole('heading', { name: 'Hoitomallit', level: 2 })).toBeInTheDocument();
    expect(within(card).getByRole('textbox', { name: 'Nimi' })).toHaveValue('Laaja-alainen virasto');
    expect(within(card).getByText('Tapaamisia vuodessa: 16 (operatiivinen 12, taktinen 4, strateginen 0, ilman tasoa 0)')).toBeInTheDocument();
    expect(within(card).getByRole('combobox', { name: /^Vuosikellon pohja/ })).toHaveTextContent('ork');
    // Its accounts, each with a move button.
    expect(within(card).getByRole('rowheader', { name: 'Korkein hallinto-oikeus (KHO)' })).toBeInTheDocument();

    fireEvent.click(within(card).getByRole('button', { name: 'Lisää tapaaminen' }));
    fireEvent.change(within(card).getByRole('textbox', { name: 'Kertaa vuodessa, rivi 3' }), { target: { value: '60' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Tallenna hoitomalli' }));
    expect(await within(card).findByText('Hoitomallia ei tallennettu. Korjaa merkityt kohdat.')).toBeInTheDocument();
    expect(within(card).getByText('Valitse tapaamisen tyyppi.')).toBeInTheDocument();
    expect(within(card).getByText('Anna kokonaisluku väliltä 1–52.')).toBeInTheDocument();
    expect(updates(fake)).toEqual([]);

    // The same type twice is refused on the later row.
    await choose(within(card).getByRole('combobox', { name: /^Tapaamisen tyyppi, rivi 3/ }), 'Operatiivinen tapaaminen');
    expect(await within(card).findByText('Tämä tapaamisen tyyppi on jo hoitomallissa.')).toBeInTheDocument();
    await choose(within(card).getByRole('combobox', { name: /^Tapaamisen tyyppi, rivi 3/ }), 'Asiakasohjausryhmä');
    fireEvent.change(within(card).getByRole('textbox', { name: 'Kertaa vuodessa, rivi 3' }), { target: { value: '2' } });
    await choose(within(card).getByRole('combobox', { name: /^Taso, rivi 3/ }), 'Strateginen');
    expect(within(card).queryByText('Anna kokonaisluku väliltä 1–52.')).not.toBeInTheDocument();
    expect(within(card).getByText('Tapaamisia vuodessa: 18 (operatiivinen 12, taktinen 4, strateginen 2, ilman tasoa 0)')).toBeInTheDocument();
    // The first row goes.
    fireEvent.click(within(card).getByRole('button', { name: 'Poista tapaaminen riviltä 1' }));
    fireEvent.click(within(card).getByRole('button', { name: 'Tallenna hoitomalli' }));

    expect(await screen.findByText('Hoitomalli tallennettu.')).toBeInTheDocument();
    expect(updates(fake)).toHaveLength(1);
    expect(updates(fake)[0].args).toEqual([
      1,
      {
        name: 'Laaja-alainen virasto',
        description: 'Suuri virasto, jolla laajat IT-tarpeet.',
        clockTemplate: 'ork',
        careTier: { meetings: [{ meetingType: 'followUpGroup', perYear: 4, level: 'tactical' }, { meetingType: 'steeringGroup', perYear: 2, level: 'strategic' }], survey: 'quarterly' },
      },
      '"1"',
    ]);
  });

  it('a concurrent save is a conflict that keeps the input; the owner may save theirs over it', async () => {
    const fake = setup();
    const card = await open(fake.services, 'fi-FI', 'Näytä hoitomallit');
    fake.setEtagOutside('segments', 1, { description: 'Toisen käyttäjän kuvaus.' });
    fireEvent.change(within(card).getByRole('textbox', { name: 'Kuvaus' }), { target: { value: 'Oma kuvaukseni.' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Tallenna hoitomalli' }));
    expect(await within(card).findByText(/Joku muu tallensi tämän hoitomallin sillä välin/)).toBeInTheDocument();
    expect(within(card).getByRole('textbox', { name: 'Kuvaus' })).toHaveValue('Oma kuvaukseni.');
    fireEvent.click(within(card).getByRole('button', { name: 'Tallenna oma versioni' }));
    expect(await screen.findByText('Hoitomalli tallennettu.')).toBeInTheDocument();
    // The code the form does not show is kept.
    expect(fake.store.get('segments')!.find((s) => s.id === 1)).toMatchObject({ description: 'Oma kuvaukseni.', code: 'laaja', etag: '"3"' });
  });

  it('a new tier without a clock template is refused with nothing written; with one it is created with a client key', async () => {
    const fake = setup();
    await open(fake.services, 'en-US', 'Show care tiers');
    fireEvent.click(screen.getByRole('button', { name: 'Add a care tier' }));
    const card = screen.getByRole('article', { name: 'New care tier' });
    fireEvent.change(within(card).getByRole('textbox', { name: 'Name' }), { target: { value: 'City division' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save care tier' }));
    expect(await within(card).findByText('A care tier needs an annual clock template.')).toBeInTheDocument();
    expect(updates(fake)).toEqual([]);
    await choose(within(card).getByRole('combobox', { name: /^Annual clock template/ }), 'tiivis');
    await choose(within(card).getByRole('combobox', { name: /^Survey/ }), 'Annual customer survey');
    fireEvent.click(within(card).getByRole('button', { name: 'Save care tier' }));
    expect(await screen.findByText('New care tier saved.')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'City division' })).toBeInTheDocument();
    const add = updates(fake)[0];
    expect(add.method).toBe('add');
    expect(add.args[0]).toMatchObject({ name: 'City division', clockTemplate: 'tiivis', careTier: { meetings: [], survey: 'annualCustomer' }, clientKey: expect.any(String) });
  });

  it('someone who may not change tiers sees them read-only, in Swedish', async () => {
    const fake = setup({ canEdit: false });
    const card = await open(fake.services, 'sv-SE', 'Visa vårdmodellerna');
    expect(screen.getByText(/Bara webbplatsens ägare kan ändra vårdmodellerna/)).toBeInTheDocument();
    expect(within(card).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Spara vårdmodellen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lägg till vårdmodell' })).not.toBeInTheDocument();
    const meetings = within(card).getByRole('table', { name: 'Möten: Laaja-alainen virasto' });
    expect(within(meetings).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Mötestyp', 'Gånger per år', 'Nivå']);
    expect(within(meetings).getByRole('rowheader', { name: 'Operativt möte' })).toBeInTheDocument();
    expect(within(card).getByText('Kvartalsenkät')).toBeInTheDocument();
    expect(within(card).getByText('Möten per år: 16 (operativa 12, taktiska 4, strategiska 0, utan nivå 0)')).toBeInTheDocument();
  });

  it('a save SharePoint refuses says so and keeps the input', async () => {
    const fake = setup();
    fake.services.repos.segments.update = async () => {
      throw new DataError('accessDenied', 'Access denied.', { status: 403 });
    };
    const card = await open(fake.services, 'en-US', 'Show care tiers');
    fireEvent.change(within(card).getByRole('textbox', { name: 'Name' }), { target: { value: 'Broad agency' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save care tier' }));
    expect(await within(card).findByText(/You do not have permission to change care tiers; only site owners can/)).toBeInTheDocument();
    expect(within(card).getByRole('textbox', { name: 'Name' })).toHaveValue('Broad agency');
    expect(fake.store.get('segments')!.find((s) => s.id === 1)).toMatchObject({ name: 'Laaja-alainen virasto' });
  });

  it('moves an account to another tier: its old open items ahead go, the new template’s come from today, history stays', async () => {
    const fake = setup();
    const card = await open(fake.services, 'fi-FI', 'Näytä hoitomallit');
    fireEvent.click(within(card).getByRole('button', { name: 'Siirrä Korkein hallinto-oikeus (KHO) toiseen hoitomalliin' }));
    await choose(within(card).getByRole('combobox', { name: /^Uusi hoitomalli/ }), 'Tiivis hoitomalli');
    fireEvent.click(within(card).getByRole('button', { name: 'Siirrä' }));

    const month = Number(today.slice(5, 7));
    const created = 13 - month + (month >= 10 ? 12 : 0);
    expect(
      await screen.findByText(
        `Korkein hallinto-oikeus (KHO) siirrettiin hoitomalliin Tiivis hoitomalli. Vuosikellosta poistettiin vanhan pohjan avoimia tehtäviä: 2. Uuden pohjan tehtäviä lisättiin tästä päivästä alkaen: ${created}.`,
        undefined,
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(fake.store.get('accounts')!.find((a) => a.id === 21)).toMatchObject({ segmentId: 3 });
    const kho = (fake.store.get('clockCompletions') as ClockOccurrence[]).filter((o) => o.accountId === 21);
    expect(kho.filter((o) => o.taskId === 31).map((o) => o.id)).toEqual([41, 42]);
    expect(kho.filter((o) => o.taskId === 32)).toHaveLength(created);
    expect(kho.filter((o) => o.taskId === 32).every((o) => o.dueDate >= today)).toBe(true);
    // RISE's items are not KHO's business.
    expect(fake.store.get('clockCompletions')!.some((o) => o.id === 45)).toBe(true);
    // The view follows: KHO is now listed under its new tier.
    const tiivis = screen.getByRole('article', { name: 'Tiivis hoitomalli' });
    await waitFor(() => expect(within(tiivis).getByRole('rowheader', { name: 'Korkein hallinto-oikeus (KHO)' })).toBeInTheDocument());
  });

  it('a move over someone else’s change to the account says so and changes nothing', async () => {
    const fake = setup();
    const card = await open(fake.services, 'en-US', 'Show care tiers');
    fake.setEtagOutside('accounts', 21, { workingAgreements: 'Changed elsewhere.' });
    fireEvent.click(within(card).getByRole('button', { name: 'Move Korkein hallinto-oikeus (KHO) to another care tier' }));
    await choose(within(card).getByRole('combobox', { name: /^New care tier/ }), 'Pieni yksikkö');
    fireEvent.click(within(card).getByRole('button', { name: 'Move' }));
    expect(await within(card).findByText(/Someone else changed the account in the meantime, so it was not moved/)).toBeInTheDocument();
    expect(fake.store.get('accounts')!.find((a) => a.id === 21)).toMatchObject({ segmentId: 1 });
    expect(fake.store.get('clockCompletions')).toHaveLength(5);
    // Accounts without a tier are listed on their own.
    expect(screen.getByRole('heading', { name: 'Accounts without a care tier' })).toBeInTheDocument();
  });
});
