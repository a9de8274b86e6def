/**
 * The handover brief as the colleague covering an account sees it: who is away and who covers until when, how the
 * customer wants to be worked with, whom to call, what falls due; Back and Print; Finnish and Swedish.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ThemeProvider } from '@fluentui/react';
import { AppContextProvider } from '../../src/ui/AppContext';
import { commonStrings } from '../../src/loc/strings';
import type { Locale } from '../../src/loc/locale';
import { HandoverBrief } from '../../src/features/substitutes/brief';
import type { Absence, Account, Action, Agreement, ClockOccurrence, ClockTask, Contact, Idea, Meeting, SituationRecord } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

const ELINA = { id: 3, title: 'Elina Lindqvist', email: 'elina@x' };
const JUHA = { id: 4, title: 'Juha Nieminen', email: 'juha@x' };
const opv: Account = {
  id: 1, etag: '1', name: 'Oikeuspalveluvirasto', abbreviation: 'OPV', accountType: 'sector', accountManager: ELINA, backup: JUHA, active: true,
  workingAgreements: 'Kaikki yhteydenotot tietohallintoyksikön kautta.\nEi suoraan oikeusaputoimistoihin.',
  workspaceUrl: { url: 'https://example.sharepoint.com/sites/opv', description: 'OPV-työtila' },
};
const holiday: Absence = { id: 50, etag: '1', person: ELINA, start: '2026-10-15', end: '2026-10-28', kind: 'holiday', substitute: JUHA };
const contacts: Contact[] = [
  { id: 11, etag: '1', accountId: 1, name: 'Olli Provider', side: 'provider', email: 'olli@x' },
  { id: 10, etag: '1', accountId: 1, name: 'Tiina Tietohallinto', side: 'customer', roles: ['headOfIt'], organisation: 'OPV', phone: '+358 40 123 4567', email: 'tiina@opv.example' },
];
const tasks: ClockTask[] = [{ id: 7, etag: '1', title: 'Seurantaryhmän materiaalit', template: 'ork', category: 'followUp', month: 10 }];
const occurrences: ClockOccurrence[] = [
  { id: 20, etag: '1', taskId: 7, accountId: 1, dueDate: '2026-10-20' },
  { id: 21, etag: '1', taskId: 7, accountId: 1, dueDate: '2026-11-20' },
];
const actions: Action[] = [
  { id: 30, etag: '1', accountId: 1, title: 'Lomakemuutosten yhteinen palaveri', status: 'open', owner: ELINA, dueDate: '2026-11-05' },
  { id: 31, etag: '1', accountId: 1, title: 'Valmis asia', status: 'done' },
];
const ideas: Idea[] = [
  { id: 40, etag: '1', accountId: 1, title: 'Oikeusapuhakemuksen tilan seuranta', stage: 'idea' },
  { id: 41, etag: '1', accountId: 1, title: 'Hylätty chatbot', stage: 'rejected' },
];
const meetings: Meeting[] = [
  { id: 60, etag: '1', accountId: 1, title: 'Seurantaryhmä 3/2026', meetingType: 'followUpGroup', startsAt: '2026-09-09T09:00:00Z', year: 2026, status: 'held', minutes: 'Sovittiin lomakemuutosten käsittelystä.' },
];
const agreements: Agreement[] = [{ id: 70, etag: '1', accountId: 1, title: 'Palvelusopimus 2026', year: 2026, kind: 'serviceAgreement', stage: 'drafting', diaryNumber: 'ORK/123/2026' }];
const situations: SituationRecord[] = [{ id: 80, etag: '1', recorder: JUHA, date: '2026-10-07', accountId: 1, category: 'conflict', situation: '<b>Ristiriitaiset</b> pyynnöt' }];

beforeAll(() => Promise.all((['fi', 'sv', 'en'] as const).map((l) => commonStrings.load(l))));

function renderBrief(locale: Locale = 'fi-FI', onBack = jest.fn()) {
  const fake = fakeServices({ accounts: [opv], absences: [holiday], contacts, clockTasks: tasks, clockCompletions: occurrences, actions, ideas, meetings, agreements, situationRecords: situations });
  render(
    <ThemeProvider>
      <AppContextProvider services={fake.services} host={{ hostKind: 'TeamsPersonal', siteUrl: 'http://local/sites/ork', locale, theme: 'light', user: { loginName: 'juha', displayName: 'Juha Nieminen', email: 'juha@x' }, now: new Date('2026-10-15T06:00:00Z') }}>
        <HandoverBrief accountId={1} absenceId={50} onBack={onBack} />
      </AppContextProvider>
    </ThemeProvider>,
  );
  return { ...fake, onBack };
}

describe('HandoverBrief', () => {
  it('shows who covers whom until when, how to work, whom to call and what is due, from one batch', async () => {
    const { calls } = renderBrief();
    expect(await screen.findByRole('heading', { level: 1, name: 'Tuurauskortti: Oikeuspalveluvirasto (OPV)' })).toBeInTheDocument();
    const cover = screen.getByTestId('brief-cover');
    expect(cover).toHaveTextContent('Elina Lindqvist, loma 15.10.2026–28.10.2026');
    expect(cover).toHaveTextContent('TuuraajaJuha Nieminen, 15.10.2026–28.10.2026');

    const wa = screen.getByRole('region', { name: 'Näin asiakas haluaa toimia' });
    expect(wa).toHaveTextContent('Kaikki yhteydenotot tietohallintoyksikön kautta.');

    // The customer's head of IT first, with phone and email as links named for the person.
    const who = screen.getByRole('region', { name: 'Keneen olla yhteydessä' });
    const rows = within(who).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Tiina Tietohallinto');
    expect(rows[1]).toHaveTextContent('Tietohallintopäällikkö');
    expect(within(who).getByRole('link', { name: 'Soita: Tiina Tietohallinto, +358 40 123 4567' })).toHaveAttribute('href', 'tel:+358401234567');
    expect(within(who).getByRole('link', { name: 'Sähköposti: Tiina Tietohallinto, tiina@opv.example' })).toHaveAttribute('href', 'mailto:tiina@opv.example');

    // Only what falls due during the absence.
    const due = screen.getByRole('region', { name: 'Erääntyy poissaolon aikana' });
    expect(within(due).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['20.10.2026 Seurantaryhmän materiaalit · Seurantaryhmät']);

    expect(screen.getByRole('region', { name: 'Palvelusopimus' })).toHaveTextContent('ORK/123/2026');
    expect(screen.getByRole('region', { name: 'Viimeisin seurantaryhmä' })).toHaveTextContent('Sovittiin lomakemuutosten käsittelystä.');
    const open = screen.getByRole('region', { name: 'Avoimet toimenpiteet' });
    expect(open).toHaveTextContent('Lomakemuutosten yhteinen palaveri');
    expect(open).not.toHaveTextContent('Valmis asia');
    expect(screen.getByRole('region', { name: 'Avoimet ideat' })).not.toHaveTextContent('Hylätty chatbot');
    // User text is plain text, markup and all.
    expect(screen.getByRole('region', { name: 'Viimeaikaiset asiakastilanteet' })).toHaveTextContent('<b>Ristiriitaiset</b> pyynnöt');
    expect(screen.getByRole('link', { name: 'Työtila: OPV-työtila' })).toHaveAttribute('href', 'https://example.sharepoint.com/sites/opv');

    expect(calls.filter((c) => c.method === 'batch')).toHaveLength(1);
  });

  it('goes back with Back (which has the focus when the brief opens) and prints on A4', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const { onBack } = renderBrief();
    await screen.findByRole('heading', { level: 1 });
    const back = screen.getByRole('button', { name: 'Takaisin' });
    expect(back).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Tulosta' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('print-styles').textContent).toMatch(/@page \{ size: A4;/);
    fireEvent.click(back);
    expect(onBack).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('reads in Swedish', async () => {
    renderBrief('sv-SE');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vikariekort: Oikeuspalveluvirasto (OPV)' })).toBeInTheDocument();
    expect(screen.getByTestId('brief-cover')).toHaveTextContent('VikarieJuha Nieminen, 15.10.2026–28.10.2026');
    expect(screen.getByRole('region', { name: 'Så vill kunden att vi arbetar' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ring: Tiina Tietohallinto, +358 40 123 4567' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skriv ut' })).toBeInTheDocument();
  });
});
