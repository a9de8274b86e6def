import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { feedbackFeature } from '../../src/features/recordForms';
import type { HostContext } from '../../src/ui/host';
import type { ListRights } from '../../src/data/ports';
import type { Account, Feedback, PersonRef } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

const PEKKA: PersonRef = { id: 12, title: 'Pekka Mäkinen' };
const AINO: PersonRef = { id: 7, title: 'Aino Virtanen' };
const ACCOUNTS = [{ id: 5, etag: '"1"', name: 'Korkein hallinto-oikeus', abbreviation: 'KHO', accountType: 'sector', accountManager: AINO, active: true } as Account];
const FEEDBACK: Feedback = {
  id: 40,
  etag: '"1"',
  recorder: PEKKA,
  date: '2026-02-20',
  accountId: 5,
  kind: 'negative',
  reason: 'serviceQuality',
  text: 'Vastaus viipyi <b>kolme</b> viikkoa.',
  status: 'new',
  clientKey: 'fb-40',
};
const EDIT: ListRights = { add: true, edit: true, editOthers: false };

const host = (query: Record<string, string>, locale: HostContext['locale'] = 'fi-FI', user = PEKKA): HostContext => ({
  hostKind: 'TeamsTab',
  siteUrl: 'https://contoso.sharepoint.com/sites/ork',
  locale,
  theme: 'light',
  user: { loginName: `user-${user.id}`, displayName: user.title!, email: '' },
  now: new Date('2026-03-02T09:00:00Z'),
  query,
});

function setup(query: Record<string, string>, opts: { locale?: HostContext['locale']; user?: PersonRef } = {}) {
  const user = opts.user ?? PEKKA;
  const fake = fakeServices({ accounts: ACCOUNTS, feedback: [{ ...FEEDBACK }] }, { user: { ...user, isSiteAdmin: false }, rights: { situationRecords: EDIT, feedback: EDIT, actions: { add: false, edit: false, editOthers: false } } });
  render(<AccountCareRoot services={fake.services} host={host(query, opts.locale, user)} feature={feedbackFeature} />);
  return fake;
}

jest.setTimeout(30_000);
beforeEach(() => window.sessionStorage.clear());

it('files a feedback from a quick link: kind and account chosen, the channel is the quick link, "other" needs its reason', async () => {
  const { calls } = setup({ account: 'KHO', kind: 'developmentIdea' });
  expect(await screen.findByRole('heading', { name: 'Palautteen dokumentointi' })).toBeTruthy();
  expect((screen.getByLabelText('Kehitysehdotus') as HTMLInputElement).checked).toBe(true);
  fireEvent.click(screen.getByLabelText('Muu'));
  fireEvent.change(screen.getByLabelText(/^Palaute/), { target: { value: 'Raportin voisi saada myös Excelinä 📊' } });
  await act(async () => {
    fireEvent.keyDown(screen.getByLabelText(/^Palaute/), { key: 'Enter', ctrlKey: true });
  });
  await waitFor(() => expect(screen.getByTestId('form-error').textContent).toContain('Tarkista merkityt kentät'));
  fireEvent.change(screen.getByLabelText(/^Muu syy, mikä/), { target: { value: 'Raportointi' } });
  await act(async () => {
    fireEvent.keyDown(screen.getByLabelText(/^Palaute/), { key: 'Enter', ctrlKey: true });
  });
  await waitFor(() => expect(screen.getByTestId('record-saved').textContent).toContain('Palaute tallennettu: Kehitysehdotus, KHO, 2.3.2026.'));
  const filed = calls.filter((c) => c.list === 'feedback' && c.method === 'add').map((c) => c.args[0]);
  expect(filed).toEqual([expect.objectContaining({ kind: 'developmentIdea', reason: 'other', reasonOther: 'Raportointi', channel: 'quickLink', status: 'new', accountId: 5, text: 'Raportin voisi saada myös Excelinä 📊' })]);
  expect(screen.getByRole('link', { name: 'Avaa palaute käsittelyyn' }).getAttribute('href')).toMatch(/feedbackId=\d+/);
});

it('handles a feedback: the text shown as plain text, reacted needs a reaction, the save carries the etag', async () => {
  const { calls } = setup({ feedbackId: '40' }, { user: AINO });
  expect(await screen.findByRole('heading', { name: 'Palautteen käsittely' })).toBeTruthy();
  expect(screen.getByTestId('feedback-text').textContent).toBe('Vastaus viipyi <b>kolme</b> viikkoa.');
  expect(document.querySelector('[data-testid=feedback-text] b')).toBeNull();
  fireEvent.click(screen.getByRole('combobox', { name: /^Tila/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'Reagoitu' }));
  await act(async () => {
    fireEvent.click(screen.getByTestId('record-submit'));
  });
  await waitFor(() => expect(screen.getByTestId('form-error').textContent).toContain('Tarkista merkityt kentät'));
  fireEvent.change(screen.getByLabelText(/^Reaktio/), { target: { value: 'Pahoittelimme ja nopeutimme käsittelyä.' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('record-submit'));
  });
  await waitFor(() => expect(screen.getByTestId('record-saved').textContent).toContain('Käsittely tallennettu: Reagoitu.'));
  const update = calls.find((c) => c.list === 'feedback' && c.method === 'update');
  expect(update?.args).toEqual([40, expect.objectContaining({ status: 'answered', reaction: 'Pahoittelimme ja nopeutimme käsittelyä.', reactedOn: '2026-03-02' }), '"1"']);
});

it('a concurrent change (412) shows the saved version and keeps what the user wrote', async () => {
  const fake = setup({ feedbackId: '40' }, { user: AINO });
  await screen.findByRole('heading', { name: 'Palautteen käsittely' });
  fake.setEtagOutside('feedback', 40, { status: 'inProgress', reaction: 'Selvitetään' });
  fireEvent.change(screen.getByLabelText(/^Reaktio/), { target: { value: 'Minun reaktioni' } });
  await act(async () => {
    fireEvent.click(screen.getByTestId('record-submit'));
  });
  // MessageBar draws its text a moment after the bar (for screen readers).
  await waitFor(() => expect(screen.getByTestId('form-error').textContent).not.toBe(''));
  const error = screen.getByTestId('form-error').textContent!;
  expect(error).toContain('Joku muu on muuttanut tietoja');
  expect(error).toContain('Tallennettu versio: tila Käsittelyssä, reaktio ”Selvitetään”.');
  expect((screen.getByLabelText(/^Reaktio/) as HTMLTextAreaElement).value).toBe('Minun reaktioni');
  // Saving again is deliberate and uses their fresh etag.
  await act(async () => {
    fireEvent.click(screen.getByTestId('record-submit'));
  });
  expect(await screen.findByTestId('record-saved')).toBeTruthy();
});

it('closing without informing the respondent asks about it', async () => {
  setup({ feedbackId: '40' }, { user: AINO });
  await screen.findByRole('heading', { name: 'Palautteen käsittely' });
  fireEvent.click(screen.getByRole('combobox', { name: /^Tila/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'Suljettu' }));
  expect(await screen.findByText(/Onko palautteen antajalle kerrottu reaktiosta/)).toBeTruthy();
});

it('speaks Swedish and says when the feedback cannot be found', async () => {
  setup({ feedbackId: '999' }, { locale: 'sv-SE' });
  expect(await screen.findByText(/Responsen hittades inte/)).toBeTruthy();
});
