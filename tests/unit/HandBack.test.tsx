/**
 * The hand-back list as the returning manager reads it: per covered account, who covered it, what was missed,
 * new feedback, what was created or changed during the absence and what was done.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ThemeProvider } from '@fluentui/react';
import { AppContextProvider } from '../../src/ui/AppContext';
import { commonStrings } from '../../src/loc/strings';
import type { Locale } from '../../src/loc/locale';
import { HandBack } from '../../src/features/substitutes/handback';
import type { Absence, Account, Action, ClockOccurrence, ClockTask, Feedback } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

const MIKKO = { id: 2, title: 'Mikko Korhonen' };
const AINO = { id: 1, title: 'Aino Virtanen' };
const account = (id: number, name: string, abbreviation: string, manager = MIKKO): Account =>
  ({ id, etag: '1', name, abbreviation, accountType: 'sector', accountManager: manager, backup: AINO, active: true }) as Account;
const accounts = [account(1, 'Rikosseuraamuslaitos', 'RISE'), account(2, 'Korkein oikeus', 'KKO'), account(3, 'Muu asiakkuus', 'MUU', { id: 9, title: 'Joku Muu' })];
// 12.–23.10., read on 26.10. after the return.
const holiday: Absence = { id: 60, etag: '1', person: MIKKO, start: '2026-10-12', end: '2026-10-23', kind: 'holiday', substitute: AINO };
const actions: Action[] = [
  { id: 30, etag: '1', accountId: 1, title: 'Käyttöoikeuspyyntö tietohallintopäällikön kautta', status: 'open', created: '2026-10-14T08:00:00Z', modified: '2026-10-14T08:00:00Z' },
  { id: 31, etag: '1', accountId: 1, title: 'Vanha toimenpide', status: 'inProgress', created: '2026-03-01T08:00:00Z', modified: '2026-10-20T10:00:00Z' },
  { id: 32, etag: '1', accountId: 1, title: 'Ennen poissaoloa', status: 'open', created: '2026-09-01T08:00:00Z', modified: '2026-09-02T08:00:00Z' },
  { id: 33, etag: '1', accountId: 3, title: 'Toisen asiakkuus', status: 'open', created: '2026-10-14T08:00:00Z', modified: '2026-10-14T08:00:00Z' },
];
const tasks: ClockTask[] = [
  { id: 7, etag: '1', title: 'TAE-luonnos', template: 'ork', category: 'economy', month: 10 },
  { id: 8, etag: '1', title: 'Seurantaryhmän materiaalit', template: 'ork', category: 'followUp', month: 10 },
];
const occurrences: ClockOccurrence[] = [
  { id: 40, etag: '1', taskId: 7, accountId: 1, dueDate: '2026-10-16', modified: '2026-09-01T08:00:00Z' },
  { id: 41, etag: '1', taskId: 8, accountId: 1, dueDate: '2026-10-19', done: true, doneOn: '2026-10-19', modified: '2026-10-19T12:00:00Z' },
];
const feedback: Feedback[] = [
  { id: 50, etag: '1', recorder: AINO, date: '2026-10-15', accountId: 1, kind: 'negative', reason: 'serviceQuality', text: 'Vasteaika oli yli kaksi päivää.', status: 'new', created: '2026-10-15T09:00:00Z', modified: '2026-10-15T09:00:00Z' },
];

beforeAll(() => Promise.all((['fi', 'sv', 'en'] as const).map((l) => commonStrings.load(l))));

function renderHandBack(locale: Locale = 'fi-FI') {
  const fake = fakeServices({ accounts, absences: [holiday], actions, clockTasks: tasks, clockCompletions: occurrences, feedback });
  const onBack = jest.fn();
  render(
    <ThemeProvider>
      <AppContextProvider services={fake.services} host={{ hostKind: 'SharePoint', siteUrl: 'http://local/sites/ork', locale, theme: 'light', user: { loginName: 'mikko', displayName: 'Mikko Korhonen', email: 'mikko@x' }, now: new Date('2026-10-26T06:00:00Z') }}>
        <HandBack absenceId={60} onBack={onBack} />
      </AppContextProvider>
    </ThemeProvider>,
  );
  return { ...fake, onBack };
}

describe('HandBack', () => {
  it('lists per covered account what was missed, new feedback, what changed and what was done during the absence', async () => {
    const { calls, onBack } = renderHandBack();
    expect(await screen.findByRole('heading', { level: 1, name: 'Poissaolon aikana tapahtunut: Mikko Korhonen' })).toBeInTheDocument();
    expect(screen.getByText('Loma 12.10.2026–23.10.2026')).toBeInTheDocument();
    // Mikko's two accounts, not someone else's.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Korkein oikeus (KKO)', 'Rikosseuraamuslaitos (RISE)']);
    const rise = screen.getByRole('region', { name: 'Rikosseuraamuslaitos (RISE)' });
    expect(rise).toHaveTextContent('Tuuraaja: Aino Virtanen');
    const items = within(rise).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(items).toContainEqual(expect.stringMatching(/^TAE-luonnos · erääntyi 16\.10\.2026$/));
    expect(items).toContainEqual(expect.stringMatching(/^Seurantaryhmän materiaalit · tehty 19\.10\.2026$/));
    expect(items).toContainEqual(expect.stringContaining('Vasteaika oli yli kaksi päivää.'));
    // Changes group by list under a heading with their count; the new feedback is not repeated among them.
    const actions = within(rise).getByTestId('hand-back-changed-actions');
    expect(within(actions).getByRole('heading', { level: 4 })).toHaveTextContent('Toimenpiteet (2)');
    const changed = within(actions).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(changed).toContainEqual(expect.stringMatching(/^Käyttöoikeuspyyntö tietohallintopäällikön kautta · uusi/));
    expect(changed).toContainEqual(expect.stringMatching(/^Vanha toimenpide · muutettu/));
    expect(within(rise).queryByTestId('hand-back-changed-feedback')).toBeNull();
    expect(rise).not.toHaveTextContent('Ennen poissaoloa');
    expect(rise).not.toHaveTextContent('Toisen asiakkuus');
    expect(within(screen.getByRole('region', { name: 'Korkein oikeus (KKO)' })).getAllByText('Ei mitään.')).toHaveLength(4);

    // The absence and accounts, then one batch for the rest.
    expect(calls.filter((c) => c.method === 'batch')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Takaisin' }));
    expect(onBack).toHaveBeenCalled();
  });

  it('reads in Swedish', async () => {
    renderHandBack('sv-SE');
    expect(await screen.findByRole('heading', { level: 1, name: 'Det här hände under frånvaron: Mikko Korhonen' })).toBeInTheDocument();
    const rise = screen.getByRole('region', { name: 'Rikosseuraamuslaitos (RISE)' });
    expect(rise).toHaveTextContent('Vikarie: Aino Virtanen');
    expect(rise).toHaveTextContent('Årshjulet: inte gjorda');
    expect(rise).toHaveTextContent('förföll 16.10.2026');
  });
});
