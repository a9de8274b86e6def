import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Contacts } from '../../src/features/accountTab/Contacts';
import { contacts, renderSection, SectionUi, tabData } from './fixtures/orkAccount';

const names = (el: HTMLElement): string[] => within(el).getAllByRole('listitem').map((li) => li.textContent ?? '');

jest.setTimeout(30000);

// As the account tab renders it: the contacts it holds, its edit right, and saves put back into its state.
const contactsSection: SectionUi = (tab) => (
  <Contacts accountId={tab.data.account.id} contacts={tab.data.contacts} canEdit={tab.canEdit} onContactsChange={(change) => tab.update((d) => ({ ...d, contacts: change(d.contacts) }))} />
);
beforeEach(() => sessionStorage.clear());

describe('Contacts', () => {
  it('lists the signatories of both sides in the ORK signing order and marks the chair, in Finnish', () => {
    renderSection(contactsSection);
    expect(screen.getByRole('heading', { level: 2, name: 'Yhteyshenkilöt' })).toBeInTheDocument();

    const signatories = screen.getByTestId('contacts-signatories');
    expect(within(signatories).getByRole('heading', { level: 3, name: 'Palvelusopimuksen allekirjoittajat' })).toBeInTheDocument();
    const list = within(signatories).getByRole('list');
    expect(list.tagName).toBe('OL');
    const order = names(list);
    expect(order).toHaveLength(3);
    expect(order[0]).toMatch(/^Maria Lehtonen\(Palveluntuottaja\)Asiakkuusjohtaja/);
    expect(order[1]).toMatch(/^Pekka Nurmi\(Palveluntuottaja\)Ylijohtaja/);
    expect(order[2]).toMatch(/^Tuula Aho\(Asiakas\)Pääjohtaja/);
    expect(within(list).getAllByRole('listitem').map((li) => li.getAttribute('value'))).toEqual(['1', '2', '3']);

    const followUp = screen.getByTestId('contacts-follow-up');
    const members = names(followUp);
    expect(members[0]).toMatch(/^Heikki RantanenPuheenjohtaja/);
    expect(within(followUp).getAllByText('Puheenjohtaja')).toHaveLength(1);
    expect(screen.queryByTestId('no-chair')).not.toBeInTheDocument();

    const it = screen.getByTestId('contacts-it');
    expect(within(it).getByText('Leena Salo')).toBeInTheDocument();
    expect(within(it).getByRole('link', { name: /leena\.salo@rise\.example/ })).toHaveAttribute('href', 'mailto:leena.salo@rise.example');
    expect(within(it).getByRole('link', { name: /\+358 29 568 8001/ })).toHaveAttribute('href', 'tel:+358295688001');
    expect(within(screen.getByTestId('contacts-finance')).getByText('Jari Heikkinen')).toBeInTheDocument();
    expect(within(screen.getByTestId('contacts-provider')).getByText('Aino Virtanen')).toBeInTheDocument();
  });

  it('says when no chair is marked, in Swedish, and offers no editing without rights', () => {
    renderSection(contactsSection, { locale: 'sv-SE', canEdit: false, data: tabData({ contacts: contacts.filter((c) => !c.roles?.includes('chair')) }) });
    expect(screen.getByRole('heading', { level: 2, name: 'Kontaktpersoner' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Tjänsteavtalets undertecknare' })).toBeInTheDocument();
    expect(screen.getByTestId('no-chair')).toHaveTextContent('Uppföljningsgruppens ordförande har inte angetts.');
    expect(within(screen.getByTestId('contacts-signatories')).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Lägg till kontaktperson' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Redigera:/ })).not.toBeInTheDocument();
  });

  it('shows a bad email at the field in English, keeps everything typed, and adds the contact once fixed', async () => {
    const { fake } = renderSection(contactsSection, { locale: 'en-US' });
    fireEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    const panel = await screen.findByTestId('contact-panel');
    fireEvent.change(within(panel).getByRole('textbox', { name: /^Name/ }), { target: { value: 'Sanna Mäki' } });
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Follow-up group member' }));
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Job title' }), { target: { value: 'IT-asiantuntija' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Email' }), { target: { value: 'sanna.maki@rise' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Signing order' }), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Check the email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter a number.')).toBeInTheDocument();
    expect(await screen.findByText(/Check the marked fields\. Nothing you typed has been lost\./)).toBeInTheDocument();
    expect(within(panel).getByRole('textbox', { name: /^Name/ })).toHaveValue('Sanna Mäki');
    expect(within(panel).getByRole('textbox', { name: 'Job title' })).toHaveValue('IT-asiantuntija');
    expect(within(panel).getByRole('textbox', { name: 'Email' })).toHaveValue('sanna.maki@rise');
    expect(within(panel).getByRole('checkbox', { name: 'Follow-up group member' })).toBeChecked();
    expect(fake.calls.filter((c) => c.method === 'add')).toHaveLength(0);

    fireEvent.change(within(panel).getByRole('textbox', { name: 'Email' }), { target: { value: 'sanna.maki@rise.example' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Signing order' }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByTestId('contact-panel')).not.toBeInTheDocument());
    const add = fake.calls.find((c) => c.method === 'add' && c.list === 'contacts')!;
    expect(add.args[0]).toMatchObject({
      name: 'Sanna Mäki',
      accountId: 1,
      side: 'customer',
      roles: ['followUpMember'],
      jobTitle: 'IT-asiantuntija',
      email: 'sanna.maki@rise.example',
      signingOrder: undefined,
    });
    expect((add.args[0] as { clientKey?: string }).clientKey).toMatch(/\w{8,}/);
    expect(within(screen.getByTestId('contacts-follow-up')).getByText('Sanna Mäki')).toBeInTheDocument();
    expect(screen.getByText('Contact Sanna Mäki added.')).toBeInTheDocument();
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps the unsent draft when the panel is closed by accident, in Finnish', async () => {
    renderSection(contactsSection);
    fireEvent.click(screen.getByRole('button', { name: 'Lisää yhteyshenkilö' }));
    const panel = await screen.findByTestId('contact-panel');
    fireEvent.change(within(panel).getByRole('textbox', { name: /^Nimi/ }), { target: { value: 'Kalle Koski' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sulje' }));
    await waitFor(() => expect(screen.queryByTestId('contact-panel')).not.toBeInTheDocument());

    fireEvent.click(await screen.findByRole('button', { name: 'Lisää yhteyshenkilö' }));
    const again = await screen.findByTestId('contact-panel');
    expect(within(again).getByRole('textbox', { name: /^Nimi/ })).toHaveValue('Kalle Koski');
    expect(within(again).getByText('Lomakkeella on aiemmin tallentamatta jäänyt luonnoksesi.')).toBeInTheDocument();
    fireEvent.click(within(again).getByRole('button', { name: 'Hylkää luonnos' }));
    expect(within(again).getByRole('textbox', { name: /^Nimi/ })).toHaveValue('');
  });

  it('on a concurrent edit shows the other version and keeps the draft; saving again uses the fresh etag', async () => {
    const { fake } = renderSection(contactsSection);
    fireEvent.click(screen.getAllByRole('button', { name: 'Muokkaa: Jari Heikkinen' })[0]);
    const panel = await screen.findByTestId('contact-panel');
    expect(within(panel).getByRole('textbox', { name: 'Sähköposti' })).toHaveValue('jari.heikkinen@rise.example');
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Tehtävänimike' }), { target: { value: 'Talousjohtaja' } });

    fake.setEtagOutside('contacts', 2, { phone: '029 568 9999' });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText(/Joku muu tallensi tiedot sillä välin/)).toBeInTheDocument();
    expect(within(panel).getByRole('textbox', { name: 'Tehtävänimike' })).toHaveValue('Talousjohtaja');
    const theirs = screen.getByTestId('contact-theirs');
    expect(theirs).toHaveTextContent('029 568 9999');
    expect(theirs).toHaveTextContent('Talouspäällikkö');

    fireEvent.click(screen.getByRole('button', { name: 'Tallenna oma versioni' }));
    await waitFor(() => expect(screen.queryByTestId('contact-panel')).not.toBeInTheDocument());
    const updates = fake.calls.filter((c) => c.method === 'update' && c.list === 'contacts');
    expect(updates.map((u) => u.args[2])).toEqual(['"1"', '"2"']);
    // Only the field the user changed is sent: the colleague's new phone number stays.
    expect(updates[1].args[1]).toEqual({ jobTitle: 'Talousjohtaja' });
    expect(fake.store.get('contacts')!.find((x) => x.id === 2)).toMatchObject({ jobTitle: 'Talousjohtaja', phone: '029 568 9999' });
    expect(within(screen.getByTestId('contacts-finance')).getByText(/029 568 9999/)).toBeInTheDocument();
    expect(within(screen.getByTestId('contacts-finance')).getByText(/Talousjohtaja/)).toBeInTheDocument();
  });
});
