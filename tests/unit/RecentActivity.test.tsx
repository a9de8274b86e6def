import * as React from 'react';
import { screen, within } from '@testing-library/react';
import { RecentActivity } from '../../src/features/accountTab/RecentActivity';
import { renderSection, SectionUi, tabData } from './fixtures/orkAccount';

jest.setTimeout(30000);

const recentActivity: SectionUi = (tab) => <RecentActivity {...tab.data} today={tab.today} />;

const rows = (table: HTMLElement): string[][] =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent ?? ''));

describe('RecentActivity', () => {
  it('shows situation records with the conflict flagged in words, feedback, actions and the satisfaction trend, in Finnish', () => {
    renderSection(recentActivity);
    expect(screen.getByRole('heading', { level: 2, name: 'Viimeaikaiset tapahtumat' })).toBeInTheDocument();
    for (const h of ['Asiakastilanteet', 'Palautteet', 'Toimenpiteet', 'Asiakastyytyväisyys']) expect(screen.getByRole('heading', { level: 3, name: h })).toBeInTheDocument();

    const conflict = screen.getByTestId('situation-1');
    expect(conflict).toHaveTextContent('20.9.2026 · Ristiriitainen asiakaskontakti');
    expect(within(conflict).getByTestId('conflict-flag')).toHaveTextContent('Ristiriitatilanne: ilmoitettava omalle esihenkilölle – Esihenkilölle ilmoitettu');
    expect(conflict).toHaveTextContent('Ratkaisu: Sovittiin, että pyynnöt kulkevat tietohallintopäällikön kautta.');
    expect(conflict).toHaveTextContent('Ei vielä käsitelty tiimipalaverissa');
    expect(conflict).toHaveTextContent('Kirjaaja: Aino Virtanen');
    const advice = screen.getByTestId('situation-2');
    expect(within(advice).queryByTestId('conflict-flag')).not.toBeInTheDocument();
    expect(advice).toHaveTextContent('Käsitelty tiimipalaverissa');
    expect(advice).toHaveTextContent('Ratkaisua ei ole kirjattu.');
    // List text stays text: markup typed into a record is shown, not interpreted.
    expect(advice).toHaveTextContent('Kysymys käyttöoikeuksien hakemisesta <b>uudelle</b> työntekijälle.');
    expect(advice.querySelector('b')).toBeNull();

    expect(screen.getByTestId('feedback-1')).toHaveTextContent('30.9.2026 · Kielteinen · Käsittelyssä');
    expect(screen.getByTestId('feedback-1')).toHaveTextContent('Palvelun laatu · Kanava: Sähköposti');
    expect(screen.getByTestId('feedback-1')).toHaveTextContent('Vastaus ja toimet: Tiedotusketju tarkistetaan.');
    expect(screen.getByTestId('feedback-2')).toHaveTextContent('Muu: Koulutus');

    expect(screen.getByTestId('action-counts')).toHaveTextContent('Avoinna 2, käynnissä 1, tehty 2, peruttu 0.');
    const open = within(screen.getByTestId('activity-actions')).getByRole('list', { name: 'Keskeneräiset toimenpiteet määräpäivän mukaan' });
    expect(within(open).getAllByRole('listitem')[0]).toHaveTextContent('Yhdyskuntaseuraamusten asiakastietojärjestelmän tiekartta');
    expect(within(open).getAllByRole('listitem')[0]).toHaveTextContent('Myöhässä');

    expect(rows(screen.getByTestId('trend-table-quarterly'))).toEqual([
      ['Q2/2026', '3', '7,5', '0'],
      ['Q3/2026', '3', '8,3', '+67'],
    ]);
    const areas = screen.getByRole('table', { name: 'Osa-alueet, Q3/2026' });
    expect(rows(areas)).toEqual([
      ['Jatkuvat palvelut', '8,3', '+1,3 (parani)'],
      ['Projektipalvelut', '7,0', '0,0 (ennallaan)'],
    ]);
    expect(screen.getByTestId('trend-chart')).toBeInTheDocument();
    expect(screen.getByText('Tiekarttatyö on lähtenyt hyvin liikkeelle.')).toBeInTheDocument();
  });

  it('reads the trend in English with the area change in words', () => {
    renderSection(recentActivity, { locale: 'en-US' });
    expect(rows(screen.getByRole('table', { name: 'Results by period – Quarterly survey' }))).toEqual([
      ['Q2/2026', '3', '7.5', '0'],
      ['Q3/2026', '3', '8.3', '+67'],
    ]);
    expect(rows(screen.getByRole('table', { name: 'Areas, Q3/2026' }))[0]).toEqual(['Continuous services', '8.3', '+1.3 (up)']);
    expect(screen.getByTestId('situation-1')).toHaveTextContent('Conflict contact: must be reported to your supervisor – Supervisor informed');
  });

  it('has a useful empty state for every block, in Swedish', () => {
    renderSection(recentActivity, { locale: 'sv-SE', data: tabData({ situations: [], feedback: [], actions: [], surveys: [], responses: [] }) });
    expect(screen.getByRole('heading', { level: 2, name: 'Senaste händelser' })).toBeInTheDocument();
    expect(screen.getByText('Inga kundsituationer har dokumenterats under det senaste året.')).toBeInTheDocument();
    expect(screen.getByText('Ingen respons har dokumenterats under det senaste året.')).toBeInTheDocument();
    expect(screen.getByText('Inga åtgärder har antecknats för kundrelationen.')).toBeInTheDocument();
    expect(screen.getByText('Det finns ännu inga enkätsvar från kundrelationen.')).toBeInTheDocument();
  });
});
