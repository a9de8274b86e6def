/**
 * Nothing typed is lost: in-place drafts survive a section switch, a reload (remount) and a failed Refresh; they
 * come back with a notice and can be discarded; leaving the page with unsaved text asks first. Long texts are
 * shown collapsed, and over-long text is refused at the field with SharePoint's limit.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ThemeProvider } from '@fluentui/react';
import { AppContextProvider } from '../../src/ui/AppContext';
import { AccountTab } from '../../src/features/accountTab/AccountTab';
import { AccountPlan } from '../../src/features/accountTab/AccountPlan';
import { DataError } from '../../src/data/errors';
import { listDef } from '../../src/data/schema/lists';
import { NOTE_MAX, validateValues } from '../../src/data/schema/validate';
import { fieldDraftKey, readDraft, writeDraft } from '../../src/ui/forms/drafts';
import type { Services } from '../../src/data/ports';
import { host as orkHost, renderSection, rise, tabData } from './fixtures/orkAccount';
import { fakeServices } from './fixtures/fakeServices';

jest.setTimeout(30000);
beforeEach(() => sessionStorage.clear());

const teamsHost = { ...orkHost(), teams: { teamId: 'ork-asiakkuudet', channelId: '19:rise@thread.tacv2', channelName: 'RISE' } };
const account = { ...rise, teamsGroupId: 'ork-asiakkuudet', teamsChannelId: '19:rise@thread.tacv2', active: true };

function mountTab(fake = fakeServices({ accounts: [{ ...account }] })): ReturnType<typeof fakeServices> & { unmount: () => void } {
  const { unmount } = render(
    <ThemeProvider>
      <AppContextProvider services={fake.services} host={teamsHost}>
        <AccountTab />
      </AppContextProvider>
    </ThemeProvider>,
  );
  return { ...fake, unmount };
}

/** Whether leaving the page now would ask first (the beforeunload handler cancels the event). */
function leavingAsks(): boolean {
  const e = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(e);
  return e.defaultPrevented;
}

/** Picks a section: its tab, or (jsdom has no layout, so the Pivot may overflow) the entry in the overflow menu. */
async function openSection(name: string): Promise<void> {
  const tab = screen.queryByRole('tab', { name });
  if (tab) {
    fireEvent.click(tab);
    return;
  }
  fireEvent.click(screen.getAllByRole('tab').find((t) => t.classList.contains('ms-Pivot-overflowMenuButton'))!);
  fireEvent.click(await screen.findByRole('menuitem', { name }));
}

const agreementsKey = fieldDraftKey('accounts', 1, 'workingAgreements');

describe('in-place drafts', () => {
  it('keep the working agreements typed across a section switch, offered back with a discard', async () => {
    mountTab();
    await screen.findByRole('heading', { name: /Rikosseuraamuslaitos/ });
    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa: Toimintatavat' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Toimintatavat' }), { target: { value: 'Puolivalmis ajatus' } });
    expect(leavingAsks()).toBe(true);

    await openSection('Asiakkuussuunnitelma');
    expect(await screen.findByRole('heading', { level: 2, name: 'Asiakkuussuunnitelma' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Toimintatavat' })).not.toBeInTheDocument();
    await openSection('Yleiskatsaus');

    expect(await screen.findByRole('textbox', { name: 'Toimintatavat' })).toHaveValue('Puolivalmis ajatus');
    const notice = screen.getByTestId('working-agreements-restored');
    expect(notice).toHaveTextContent('Tallentamaton tekstisi palautettiin. Tallenna se tai hylkää luonnos.');
    fireEvent.click(within(notice).getByRole('button', { name: 'Hylkää luonnos' }));
    expect(screen.getByTestId('working-agreements-value')).toHaveTextContent('Kaikki yhteydenotot tietohallintopäällikön kautta.');
    expect(readDraft(agreementsKey)).toBeUndefined();
    expect(leavingAsks()).toBe(false);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Muokkaa: Toimintatavat' })).toHaveFocus());
  });

  it('come back after a reload (a remount) and are saved with the etag; saving clears the draft', async () => {
    const first = renderSection(<AccountPlan />);
    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa: Asiakassuhteen kuvaus' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Asiakassuhteen kuvaus' }), { target: { value: 'Kesken jäänyt kuvaus.' } });
    first.unmount();
    expect(leavingAsks()).toBe(false);

    const { fake } = renderSection(<AccountPlan />, { fake: first.fake });
    expect(screen.getByRole('textbox', { name: 'Asiakassuhteen kuvaus' })).toHaveValue('Kesken jäänyt kuvaus.');
    expect(screen.getByTestId('plan-relationship-restored')).toBeInTheDocument();
    // A restored draft does not take the focus on its own.
    expect(screen.getByRole('textbox', { name: 'Asiakassuhteen kuvaus' })).not.toHaveFocus();
    expect(leavingAsks()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(screen.getByTestId('plan-relationship-value')).toHaveTextContent('Kesken jäänyt kuvaus.'));
    expect(fake.calls.filter((c) => c.method === 'update').map((c) => c.args)).toEqual([[1, { planRelationship: 'Kesken jäänyt kuvaus.' }, '"3"']]);
    expect(sessionStorage.length).toBe(0);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Muokkaa: Asiakassuhteen kuvaus' })).toHaveFocus());
  });

  it('come back as a conflict when someone saved the field after the draft was written, in English', async () => {
    writeDraft(fieldDraftKey('accounts', 1, 'planGeneral'), { text: 'My half-written text.', base: rise.planGeneral });
    const data = tabData({ account: { ...rise, planGeneral: 'A colleague saved this meanwhile.', etag: '"4"' } });
    renderSection(<AccountPlan />, { locale: 'en-US', data });
    expect(screen.getByRole('textbox', { name: 'General customer information' })).toHaveValue('My half-written text.');
    expect(await screen.findByText(/Someone else changed this in the meantime\./)).toBeInTheDocument();
    expect(screen.getByTestId('plan-general-theirs')).toHaveTextContent('A colleague saved this meanwhile.');
    fireEvent.click(screen.getByRole('button', { name: 'Keep the other version' }));
    expect(screen.getByTestId('plan-general-value')).toHaveTextContent('A colleague saved this meanwhile.');
    expect(sessionStorage.length).toBe(0);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit: General customer information' })).toHaveFocus());
  });

  it('stay on screen when Refresh fails during an outage, with the error beside them', async () => {
    const fake = fakeServices({ accounts: [{ ...account }] });
    mountTab(fake);
    await screen.findByRole('heading', { name: /Rikosseuraamuslaitos/ });
    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa: Toimintatavat' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Toimintatavat' }), { target: { value: 'Tärkeä muistiinpano' } });

    const batch = fake.services.batch;
    (fake.services as Services).batch = () => Promise.reject(new DataError('throttled', 'SharePoint is busy.', { status: 503 }));
    fireEvent.click(screen.getByRole('button', { name: 'Päivitä' }));
    const bar = await screen.findByTestId('account-refresh-error');
    expect(bar).toHaveTextContent('Tietoja ei voitu päivittää, joten näet aiemmin ladatut tiedot.');
    expect(bar).toHaveTextContent('SharePoint on juuri nyt ruuhkautunut.');
    expect(screen.getByRole('heading', { level: 1, name: /Rikosseuraamuslaitos/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Toimintatavat' })).toHaveValue('Tärkeä muistiinpano');

    (fake.services as Services).batch = batch;
    fireEvent.click(within(bar).getByRole('button', { name: 'Yritä uudelleen' }));
    await waitFor(() => expect(screen.queryByTestId('account-refresh-error')).not.toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'Toimintatavat' })).toHaveValue('Tärkeä muistiinpano');
  });
});

describe('long texts', () => {
  it('are refused over SharePoint limits by validate: 63,999 per note, 255 per single line', () => {
    const accounts = listDef('accounts');
    expect(validateValues(accounts, { workingAgreements: 'x'.repeat(NOTE_MAX) }, true)).toEqual([]);
    expect(validateValues(accounts, { workingAgreements: 'x'.repeat(NOTE_MAX + 1) }, true)).toEqual([{ field: 'workingAgreements', code: 'tooLong', params: { max: 63999 } }]);
    expect(validateValues(accounts, { diaryNumbers: 'x'.repeat(256) }, true)).toEqual([{ field: 'diaryNumbers', code: 'tooLong', params: { max: 255 } }]);
  });

  it('are refused at the field when over the limit (nothing is cut off), with a counter near it', async () => {
    const { fake } = renderSection(<AccountPlan />);
    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa: Asiakassuhteen kuvaus' }));
    const field = screen.getByRole('textbox', { name: 'Asiakassuhteen kuvaus' });
    fireEvent.change(field, { target: { value: 'a'.repeat(1000) } });
    expect(screen.queryByTestId('plan-relationship-count')).not.toBeInTheDocument();
    fireEvent.change(field, { target: { value: 'a'.repeat(58000) } });
    expect(screen.getByTestId('plan-relationship-count')).toHaveTextContent(/^58\s000 \/ 63\s999 merkkiä$/);
    const megabyte = 'Toimintatapa. '.repeat(75000);
    fireEvent.change(field, { target: { value: megabyte } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText(/^Enintään 63\s999 merkkiä\.$/)).toBeInTheDocument();
    expect(field).toHaveValue(megabyte);
    expect(fake.calls.filter((c) => c.method === 'update')).toHaveLength(0);
  });

  it('are shown collapsed to their first lines with a keyboard-usable Show all', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Rivi ${i + 1}`).join('\n');
    renderSection(<AccountPlan />, { canEdit: false, data: tabData({ account: { ...rise, planGeneral: lines, planResponsibilities: 'x'.repeat(400000) } }) });
    const value = screen.getByTestId('plan-general-value');
    expect(value).toHaveTextContent('Rivi 12');
    expect(value).not.toHaveTextContent('Rivi 13');
    const toggle = screen.getByTestId('plan-general-value-toggle');
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle).toHaveAccessibleName('Näytä kaikki');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', value.id);
    fireEvent.click(toggle);
    expect(value).toHaveTextContent('Rivi 30');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Näytä vähemmän');
    // 400,000 characters draw only their beginning until asked for.
    expect((screen.getByTestId('plan-responsibilities-value').textContent ?? '').length).toBeLessThan(2000);
    // Short texts have no toggle.
    expect(screen.queryByTestId('plan-relationship-value-toggle')).not.toBeInTheDocument();
  });
});
