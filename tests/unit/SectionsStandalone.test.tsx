/**
 * The account tab's sections take what they show as props, so another view (e.g. a leadership web part) can reuse
 * them. These render them with only the app's context (language, theme, services) and NO account-tab context:
 * useAccountTab would throw here, so a section that still reads it fails this test.
 */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { ThemeProvider } from '@fluentui/react';
import { AppContextProvider } from '../../src/ui/AppContext';
import { SatisfactionTrend } from '../../src/features/accountTab/activity/SatisfactionTrend';
import { AtAGlance, ClockStrip } from '../../src/features/accountTab/AtAGlance';
import type { ClockOccurrence, ClockTask, Meeting } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';
import { host, responses, surveys } from './fixtures/orkAccount';
import type { Locale } from '../../src/loc/locale';

function outsideTheTab(ui: React.ReactElement, locale: Locale = 'fi-FI'): void {
  render(
    <ThemeProvider>
      <AppContextProvider services={fakeServices({}).services} host={host(locale)}>
        {ui}
      </AppContextProvider>
    </ThemeProvider>,
  );
}

const rows = (table: HTMLElement): string[][] =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent ?? ''));

const tasks: ClockTask[] = [
  { id: 1, etag: '"1"', title: 'TAE B3 – talousarvion viimeistely', template: 'ork', category: 'economy', month: 11 },
  { id: 2, etag: '"1"', title: 'Allekirjoitukset ennen joulua', template: 'ork', category: 'agreement', month: 12 },
];
const occurrences: ClockOccurrence[] = [
  { id: 1, etag: '"1"', taskId: 1, accountId: 1, dueDate: '2026-10-01' },
  { id: 2, etag: '"1"', taskId: 2, accountId: 2, dueDate: '2026-12-18' },
];

describe('sections outside the account tab', () => {
  it('SatisfactionTrend shows the responses it is given, in Finnish', () => {
    outsideTheTab(<SatisfactionTrend surveys={surveys} responses={responses} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Asiakastyytyväisyys' })).toBeInTheDocument();
    expect(rows(screen.getByTestId('trend-table-quarterly'))).toEqual([
      ['Q2/2026', '3', '7,5', '0'],
      ['Q3/2026', '3', '8,3', '+67'],
    ]);
    expect(rows(screen.getByRole('table', { name: 'Osa-alueet, Q3/2026' }))[0]).toEqual(['Jatkuvat palvelut', '8,3', '+1,3 (parani)']);
  });

  it('SatisfactionTrend shows only what it is given: a subset of responses, and none', () => {
    outsideTheTab(<SatisfactionTrend surveys={surveys} responses={responses.filter((r) => r.surveyId === 2)} />, 'en-US');
    expect(rows(screen.getByRole('table', { name: 'Results by period – Quarterly survey' }))).toEqual([['Q3/2026', '3', '8.3', '+67']]);
  });

  it('SatisfactionTrend shows no figures for a period under the privacy threshold, and compares with no such period', () => {
    outsideTheTab(<SatisfactionTrend surveys={surveys} responses={responses.filter((r) => r.id !== 6)} />);
    expect(rows(screen.getByTestId('trend-table-quarterly'))).toEqual([
      ['Q2/2026', 'Alle 3 vastausta – tuloksia ei näytetä yksityisyyden vuoksi.'],
      ['Q3/2026', '3', '8,3', '+67'],
    ]);
    expect(rows(screen.getByRole('table', { name: 'Osa-alueet, Q3/2026' }))[0]).toEqual(['Jatkuvat palvelut', '8,3', 'ei vertailukohtaa']);
  });

  it('SatisfactionTrend under a raised threshold shows only the periods, in English', () => {
    outsideTheTab(<SatisfactionTrend surveys={surveys} responses={responses} threshold={4} />, 'en-US');
    expect(rows(screen.getByTestId('trend-table-quarterly')).map((r) => r.length)).toEqual([2, 2]);
    expect(screen.getByTestId('latest-below-threshold-quarterly')).toHaveTextContent('Q3/2026: fewer than 4 responses – results are not shown, to protect respondents’ privacy.');
    expect(screen.queryByTestId('areas-table-quarterly')).toBeNull();
    expect(screen.queryByText('Tiekarttatyö on lähtenyt hyvin liikkeelle.')).toBeNull();
    expect(screen.queryByTestId('trend-chart')).toBeNull();
  });

  it('SatisfactionTrend says plainly that there are no results when the responses are closed to the user', () => {
    outsideTheTab(<SatisfactionTrend surveys={surveys} responses={[]} hidden />);
    expect(screen.getByTestId('satisfaction-empty')).toHaveTextContent('Kyselytuloksia ei ole näytettävissä.');
  });

  it('SatisfactionTrend says so when there is nothing, in Swedish', () => {
    outsideTheTab(<SatisfactionTrend surveys={[]} responses={[]} />, 'sv-SE');
    expect(screen.getByText('Det finns ännu inga enkätsvar från kundrelationen.')).toBeInTheDocument();
  });

  it('the clock strip shows the occurrences it is given against the given day', () => {
    outsideTheTab(<ClockStrip occurrences={occurrences} tasks={tasks} today="2026-10-15" />);
    const clock = screen.getByTestId('glance-clock');
    const items = within(clock).getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toBe('TAE B3 – talousarvion viimeistelyMyöhässä · Määräpäivä 1.10.2026');
    expect(items[1]).toMatch(/^Allekirjoitukset ennen joulua.*Määräpäivä 18\.12\.2026$/);
  });

  it('the clock strip follows the day it is given, in English', () => {
    outsideTheTab(<ClockStrip occurrences={occurrences.slice(0, 1)} tasks={tasks} today="2026-09-01" />, 'en-US');
    expect(within(screen.getByTestId('glance-clock')).getByText(/Due 01\/10\/2026/)).toBeInTheDocument();
    expect(within(screen.getByTestId('glance-clock')).queryByText(/Overdue/)).not.toBeInTheDocument();
  });

  it('the whole glance renders from props', () => {
    const meetings: Meeting[] = [
      { id: 1, etag: '"1"', title: 'Seurantaryhmä Q4/2026', accountId: 1, meetingType: 'followUpGroup', startsAt: '2026-12-10T08:00:00Z', status: 'planned', year: 2026, quarter: 4 },
    ];
    outsideTheTab(<AtAGlance occurrences={occurrences} tasks={tasks} meetings={meetings} agreements={[]} actions={[]} ideas={[]} today="2026-11-23" now={new Date('2026-11-23T09:00:00Z')} />);
    expect(screen.getByTestId('glance-next-follow-up')).toHaveTextContent('Materiaalit valmiina 3.12.2026 mennessä');
    expect(within(screen.getByTestId('glance-clock')).getAllByRole('listitem')).toHaveLength(2);
  });
});
