/**
 * The contact and action panels: focus returns to the button that opened them however they close (saved,
 * cancelled, Escape; WCAG 2.4.3), and their forms are loaded when first opened, not with the account tab.
 */
import * as React from 'react';
import * as fs from 'fs';
import * as path from 'path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Contacts } from '../../src/features/accountTab/Contacts';
import { AccountPlan } from '../../src/features/accountTab/AccountPlan';
import { renderSection, SectionUi, tabData } from './fixtures/orkAccount';

jest.setTimeout(30000);
beforeEach(() => sessionStorage.clear());

const contactsSection: SectionUi = (tab) => (
  <Contacts accountId={tab.data.account.id} contacts={tab.data.contacts} canEdit={tab.canEdit} onContactsChange={(change) => tab.update((d) => ({ ...d, contacts: change(d.contacts) }))} />
);

/** A click as a browser does it: the button takes the focus, then the click opens the panel. */
function press(button: HTMLElement): void {
  button.focus();
  fireEvent.click(button);
}

describe('focus returns to the opener', () => {
  it('when the contact panel is cancelled or closed with Escape', async () => {
    renderSection(contactsSection);
    const add = screen.getByRole('button', { name: 'Lisää yhteyshenkilö' });
    press(add);
    const panel = await screen.findByTestId('contact-panel');
    fireEvent.click(within(panel.closest('.ms-Panel-main') as HTMLElement).getByRole('button', { name: 'Peruuta' }));
    await waitFor(() => expect(screen.queryByTestId('contact-panel')).not.toBeInTheDocument());
    await waitFor(() => expect(add).toHaveFocus());

    const edit = screen.getAllByRole('button', { name: 'Muokkaa: Leena Salo' })[0];
    press(edit);
    const again = await screen.findByTestId('contact-panel');
    fireEvent.keyDown(within(again).getByRole('textbox', { name: /^Nimi/ }), { key: 'Escape', code: 'Escape', keyCode: 27, which: 27 });
    await waitFor(() => expect(screen.queryByTestId('contact-panel')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Muokkaa: Leena Salo' })[0]).toHaveFocus());
  });

  it('when a contact is saved, also when the save redrew the button', async () => {
    const { fake } = renderSection(contactsSection);
    press(screen.getAllByRole('button', { name: 'Muokkaa: Jari Heikkinen' })[0]);
    const panel = await screen.findByTestId('contact-panel');
    // Finance → IT: the contact moves to another group, so the button that opened the panel is a new one.
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Talous' }));
    fireEvent.click(within(panel).getByRole('checkbox', { name: 'Tietohallintopäällikkö' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(screen.queryByTestId('contact-panel')).not.toBeInTheDocument());
    expect(fake.calls.filter((c) => c.method === 'update' && c.list === 'contacts')).toHaveLength(1);
    await waitFor(() => expect(screen.getAllByRole('button', { name: 'Muokkaa: Jari Heikkinen' })[0]).toHaveFocus());
  });

  it('when the action panel is saved or cancelled', async () => {
    renderSection(<AccountPlan />, { data: tabData({ actions: [] }) });
    const add = screen.getByRole('button', { name: 'Lisää toimenpide' });
    press(add);
    let panel = await screen.findByTestId('action-panel');
    fireEvent.click(within(panel.closest('.ms-Panel-main') as HTMLElement).getByRole('button', { name: 'Peruuta' }));
    await waitFor(() => expect(screen.queryByTestId('action-panel')).not.toBeInTheDocument());
    await waitFor(() => expect(add).toHaveFocus());

    press(add);
    panel = await screen.findByTestId('action-panel');
    fireEvent.change(within(panel).getByRole('textbox', { name: /^Toimenpide/ }), { target: { value: 'Pääkäyttäjäpäivä' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(screen.queryByTestId('action-panel')).not.toBeInTheDocument());
    expect(await screen.findByText('Pääkäyttäjäpäivä')).toBeInTheDocument();
    await waitFor(() => expect(add).toHaveFocus());
  });
});

describe('edit forms load when opened', () => {
  const read = (file: string): string => fs.readFileSync(path.join(__dirname, '../../src/features/accountTab', file), 'utf8');

  it('the account tab reaches the panel forms only through a dynamic import of their own chunk', () => {
    for (const [wrapper, form] of [
      ['contacts/ContactPanel.tsx', 'ContactPanelForm'],
      ['plan/ActionPanel.tsx', 'ActionPanelForm'],
    ]) {
      expect(read(wrapper)).toMatch(new RegExp(`import\\(/\\* webpackChunkName: 'account-tab-forms' \\*/ '\\./${form}'\\)`));
    }
    // No static import of a form anywhere in the feature (that would pull it into the tab's first chunk).
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    for (const file of files(path.join(__dirname, '../../src'))) {
      const text = fs.readFileSync(file, 'utf8');
      expect({ file, staticImport: /^import[^;]*from '[^']*(ContactPanelForm|ActionPanelForm)'/m.test(text) }).toEqual({ file, staticImport: false });
    }
  });
});
