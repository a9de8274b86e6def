/**
 * Linking a Teams channel is the account's people's decision: only its manager, its backup or a site owner may
 * link an account, and taking an account from another channel asks first, naming that channel. The rule holds in
 * the data layer too (linkChannel), not only in what the picker offers.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ThemeProvider } from '@fluentui/react';
import { AppContextProvider } from '../../src/ui/AppContext';
import { ChannelPicker } from '../../src/features/accountTab/ChannelPicker';
import { ChannelMoveNotConfirmed, linkChannel, mayLinkChannel } from '../../src/data/queries/accounts';
import { DataError } from '../../src/data/errors';
import type { SiteUser } from '../../src/data/ports';
import type { HostContext } from '../../src/ui/host';
import type { Locale } from '../../src/loc/locale';
import type { Account } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

jest.setTimeout(30000);

const aino = { id: 11, title: 'Aino Virtanen', email: 'aino.virtanen@asiakkuus.example' };
const mikko = { id: 12, title: 'Mikko Korhonen', email: 'mikko.korhonen@asiakkuus.example' };
const sami = { id: 13, title: 'Sami Laine', email: 'sami.laine@asiakkuus.example' };

const base = { accountType: 'sector', lifecycleStage: 'established', engagementLevel: 3, active: true } as const;
/** KHO is linked to its own channel; KKO to none; RISE belongs to Sami (manager) and Aino (backup). */
const kho: Account = { ...base, id: 1, etag: '"4"', name: 'Korkein hallinto-oikeus', abbreviation: 'KHO', accountManager: aino, backup: mikko, teamsGroupId: 'ork-asiakkuudet', teamsChannelId: '19:kho@thread.tacv2', teamsChannelName: 'KHO-kanava' };
const kko: Account = { ...base, id: 2, etag: '"1"', name: 'Korkein oikeus', abbreviation: 'KKO', accountManager: aino, backup: mikko };
const rise: Account = { ...base, id: 3, etag: '"2"', name: 'Rikosseuraamuslaitos', abbreviation: 'RISE', accountManager: sami, backup: aino };

const user = (id: number, title: string, isSiteAdmin = false): SiteUser => ({ id, title, email: `${id}@asiakkuus.example`, isSiteAdmin });
const colleague = user(99, 'Pekka Mäkinen');
const channel = { teamId: 'ork-asiakkuudet', channelId: '19:uusi@thread.tacv2', channelName: 'Tuomioistuimet' };

const host = (locale: Locale): HostContext => ({
  hostKind: 'TeamsTab',
  siteUrl: 'http://local/sites/ork',
  locale,
  theme: 'light',
  user: { loginName: 'x', displayName: 'x', email: 'x@asiakkuus.example' },
  teams: channel,
});

function mount(me: SiteUser, locale: Locale = 'fi-FI') {
  // The double updates its rows in place: give it copies, so every test starts from the same accounts.
  const fake = fakeServices({ accounts: [kho, kko, rise].map((a) => ({ ...a })) }, { user: me });
  const onLinked = jest.fn();
  render(
    <ThemeProvider>
      <AppContextProvider services={fake.services} host={host(locale)}>
        <ChannelPicker onLinked={onLinked} />
      </AppContextProvider>
    </ThemeProvider>,
  );
  return { fake, onLinked };
}

async function choose(name: RegExp): Promise<void> {
  fireEvent.click(await screen.findByRole('combobox', { name: /^Asiakkuus/ }));
  fireEvent.click(await screen.findByRole('option', { name }));
}

const offered = async (): Promise<string[]> => {
  fireEvent.click(await screen.findByRole('combobox', { name: /^Asiakkuus/ }));
  const names = (await screen.findAllByRole('option')).map((o) => o.textContent ?? '');
  fireEvent.keyDown(screen.getByRole('listbox'), { key: 'Escape', code: 'Escape', keyCode: 27, which: 27 });
  await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
  return names;
};

const MOVE_TEXT = 'Asiakkuus Korkein hallinto-oikeus on nyt liitetty kanavaan KHO-kanava. Siirretäänkö linkki tähän kanavaan? Kanava KHO-kanava ei enää näytä asiakkuutta.';

describe('who may link', () => {
  it('the rule: manager, backup or site owner', () => {
    expect(mayLinkChannel(kho, user(11, 'Aino'))).toBe(true);
    expect(mayLinkChannel(kho, user(12, 'Mikko'))).toBe(true);
    expect(mayLinkChannel(kho, colleague)).toBe(false);
    expect(mayLinkChannel({}, colleague)).toBe(false);
    expect(mayLinkChannel(kho, user(50, 'Johan', true))).toBe(true);
  });

  it('a colleague who is neither manager nor backup gets "ask the account manager", and the data layer refuses them', async () => {
    const { fake } = mount(colleague);
    expect(await screen.findByText(/Pyydä asiakaspäällikköä tai sivuston omistajaa liittämään se\./)).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    await expect(linkChannel(fake.services, kko, colleague, channel)).rejects.toMatchObject({ kind: 'accessDenied' });
    await expect(linkChannel(fake.services, kho, colleague, channel, { confirmMove: true })).rejects.toBeInstanceOf(DataError);
    expect(fake.calls.filter((c) => c.method === 'update')).toHaveLength(0);
    expect((fake.store.get('accounts')!.find((a) => a.id === 2) as Account).teamsChannelId).toBeUndefined();
  });

  it('offers only the accounts the user manages or backs up; a site owner gets all', async () => {
    mount(user(13, 'Sami Laine'));
    expect(await offered()).toEqual(['Rikosseuraamuslaitos (RISE)']);
  });

  it('a site owner may link any account', async () => {
    mount(user(50, 'Johan Site Owner', true));
    expect(await offered()).toEqual(['Korkein hallinto-oikeus (KHO) – liitetty kanavaan KHO-kanava', 'Korkein oikeus (KKO)', 'Rikosseuraamuslaitos (RISE)']);
  });
});

describe('moving a link from another channel', () => {
  it('asks first, naming the channel it leaves, with Cancel focused; Cancel changes nothing', async () => {
    const { fake, onLinked } = mount(user(12, 'Mikko Korhonen'));
    await choose(/^Korkein hallinto-oikeus \(KHO\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Liitä kanavaan' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Siirretäänkö kanavalinkki?' });
    expect(within(dialog).getByText(MOVE_TEXT)).toBeInTheDocument();
    const cancel = within(dialog).getByRole('button', { name: 'Peruuta' });
    await waitFor(() => expect(cancel).toHaveFocus());
    fireEvent.click(cancel);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(fake.calls.filter((c) => c.method === 'update')).toHaveLength(0);
    expect(onLinked).not.toHaveBeenCalled();
    expect(fake.store.get('accounts')!.find((a) => a.id === 1)).toMatchObject({ teamsChannelId: '19:kho@thread.tacv2', etag: '"4"' });
  });

  it('Escape cancels too, from the keyboard', async () => {
    const { fake } = mount(user(11, 'Aino Virtanen'));
    await choose(/^Korkein hallinto-oikeus \(KHO\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Liitä kanavaan' }));
    const dialog = await screen.findByRole('alertdialog');
    const cancel = within(dialog).getByRole('button', { name: 'Peruuta' });
    await waitFor(() => expect(cancel).toHaveFocus());
    fireEvent.keyDown(cancel, { key: 'Escape', code: 'Escape', keyCode: 27, which: 27 });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(fake.calls.filter((c) => c.method === 'update')).toHaveLength(0);
  });

  it('confirming moves the link with the etag the account was read with', async () => {
    const { fake, onLinked } = mount(user(11, 'Aino Virtanen'));
    await choose(/^Korkein hallinto-oikeus \(KHO\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Liitä kanavaan' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Siirrä linkki' }));
    await waitFor(() => expect(onLinked).toHaveBeenCalledWith(1));
    expect(fake.calls.filter((c) => c.method === 'update').map((c) => c.args)).toEqual([
      [1, { teamsGroupId: 'ork-asiakkuudet', teamsChannelId: '19:uusi@thread.tacv2', teamsChannelName: 'Tuomioistuimet' }, '"4"'],
    ]);
  });

  it('an unlinked account is linked without asking', async () => {
    const { fake, onLinked } = mount(user(11, 'Aino Virtanen'));
    await choose(/^Korkein oikeus \(KKO\)/);
    fireEvent.click(screen.getByRole('button', { name: 'Liitä kanavaan' }));
    await waitFor(() => expect(onLinked).toHaveBeenCalledWith(2));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(fake.calls.find((c) => c.method === 'update')!.args[2]).toBe('"1"');
  });

  it('the dialog in Swedish names the channel too', async () => {
    mount(user(11, 'Aino Virtanen'), 'sv-SE');
    fireEvent.click(await screen.findByRole('combobox', { name: /^Kundrelation/ }));
    fireEvent.click(await screen.findByRole('option', { name: /^Korkein hallinto-oikeus \(KHO\)/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Koppla till kanalen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Flytta kanalkopplingen?' });
    expect(dialog).toHaveTextContent('Kundrelationen Korkein hallinto-oikeus är nu kopplad till kanalen KHO-kanava. Vill du flytta kopplingen till den här kanalen? Kanalen KHO-kanava visar då inte längre kundrelationen.');
    const cancel = within(dialog).getByRole('button', { name: 'Avbryt' });
    await waitFor(() => expect(cancel).toHaveFocus());
    fireEvent.click(cancel);
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
  });
});

describe('linkChannel in the data layer', () => {
  it('refuses a move without confirmation and writes nothing; with it, sends the etag', async () => {
    const fake = fakeServices({ accounts: [{ ...kho }] });
    const me = user(12, 'Mikko Korhonen');
    const refused = linkChannel(fake.services, kho, me, channel);
    await expect(refused).rejects.toBeInstanceOf(ChannelMoveNotConfirmed);
    await expect(refused).rejects.toMatchObject({ fromChannel: 'KHO-kanava' });
    expect(fake.calls.filter((c) => c.method === 'update')).toHaveLength(0);

    await expect(linkChannel(fake.services, kho, me, channel, { confirmMove: true })).resolves.toBe('"5"');
    expect(fake.calls.find((c) => c.method === 'update')!.args[2]).toBe('"4"');
    // A link someone else changed meanwhile is a conflict, not overwritten.
    await expect(linkChannel(fake.services, kho, me, { ...channel, channelId: '19:toinen@thread.tacv2' }, { confirmMove: true })).rejects.toMatchObject({ kind: 'conflict' });
  });
});
