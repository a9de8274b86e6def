import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ThemeProvider } from '@fluentui/react';
import { AccountTabCtx, AccountTabContextValue } from '../../src/features/accountTab/AccountTabContext';
import type { AccountTabData } from '../../src/data/queries/accountTab';
import { FollowUpGroups } from '../../src/features/accountTab/FollowUpGroups';
import { AppContextProvider } from '../../src/ui/AppContext';
import type { HostContext } from '../../src/ui/host';
import type { Locale } from '../../src/loc/locale';
import { DataError } from '../../src/data/errors';
import type { Services } from '../../src/data/ports';
import type { Meeting } from '../../src/domain/types';
import { fixture, NOW, TODAY } from './followUpFixture';

// Like the other section tests: a loaded machine can take longer than jest's default five seconds.
jest.setTimeout(30000);

type Update = jest.Mock<Promise<string>, [number, Partial<Meeting>, string]>;

function services(): { services: Services; update: Update; get: jest.Mock<Promise<Meeting>, [number]> } {
  const update: Update = jest.fn();
  const get = jest.fn<Promise<Meeting>, [number]>();
  const svc = {
    repos: { meetings: { update, get } } as unknown as Services['repos'],
    site: {} as Services['site'],
    batch: (() => Promise.reject(new Error('unused'))) as Services['batch'],
  };
  return { services: svc, update, get };
}

const host = (locale: Locale): HostContext => ({
  hostKind: 'TeamsTab',
  siteUrl: 'http://local/sites/ork',
  locale,
  theme: 'light',
  user: { loginName: 'aino', displayName: 'Aino Virtanen', email: 'aino.virtanen@ork.example' },
  now: NOW,
});

/** Holds the tab data in state, so saves that call `update` re-render like the real tab. */
function Harness(props: { initial: AccountTabData; canEdit?: boolean }): JSX.Element {
  const [data, setData] = React.useState(props.initial);
  const ctx: AccountTabContextValue = {
    data,
    now: NOW,
    today: TODAY,
    canEdit: props.canEdit ?? true,
    reload: async () => undefined,
    saveAccount: async () => undefined,
    update: (change) => setData((d) => change(d)),
  };
  return (
    <AccountTabCtx.Provider value={ctx}>
      <FollowUpGroups {...data} now={NOW} today={TODAY} />
    </AccountTabCtx.Provider>
  );
}

function mount(locale: Locale, data: AccountTabData = fixture(), svc = services()): ReturnType<typeof services> {
  render(
    <ThemeProvider>
      <AppContextProvider services={svc.services} host={host(locale)}>
        <Harness initial={data} />
      </AppContextProvider>
    </ThemeProvider>,
  );
  return svc;
}

const text = (el: HTMLElement): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const agendaTitles = (): string[] => within(screen.getByTestId('fu-agenda')).getAllByRole('heading', { level: 4 }).map(text);
const row = (name: string): string[] => within(screen.getByRole('row', { name: new RegExp(`^${name}`) })).getAllByRole('cell').map(text);

describe('FollowUpGroups in Finnish', () => {
  it('lists the year and prepares the next meeting: agenda, previous minutes, materials date, satisfaction', () => {
    mount('fi-FI');
    expect(screen.getByRole('heading', { level: 2, name: 'Seurantaryhmät' })).toBeInTheDocument();
    const list = within(screen.getByTestId('fu-list')).getAllByRole('button');
    expect(list.map((b) => text(b).slice(0, 7))).toEqual(['Q1/2025', 'Q2/2025', 'Q3/2025', 'Q4/2025']);
    expect(list[3]).toHaveAttribute('aria-current', 'true');
    expect(text(list[3])).toContain('Seuraava');
    expect(text(list[2])).toContain('Pöytäkirja kirjattu');
    expect(text(list[1])).toContain('Pöytäkirja puuttuu');
    expect(text(screen.getByTestId('fu-other'))).toContain('Operatiivinen tapaaminen');

    expect(screen.getByRole('heading', { level: 3, name: 'KHO: palvelusopimuksen seurantaryhmä Q4/2025' })).toBeInTheDocument();
    expect(agendaTitles()).toEqual([
      '1. Kokouksen avaus ja asialistan hyväksyminen',
      '2. Edellisen kokouksen pöytäkirja',
      '3. Talouskatsaus',
      '4. Palveluiden tilannekatsaus',
      '5. Palveluiden kehitys',
      '6. Tilaajatyytyväisyyskysely',
      '7. Muut asiat',
      '8. Seuraavan kokouksen sopiminen',
      '9. Kokouksen päättäminen',
    ]);
    expect(text(screen.getByTestId('fu-when'))).toBe('tiistaina 9. joulukuuta 2025 klo 9.00–10.30');

    // Item 2: the Q3 minutes and decisions for review, and the open actions.
    const item2 = screen.getByTestId('fu-item-previousMinutes');
    expect(text(within(item2).getByTestId('fu-prev-minutes'))).toContain('TAE B2 -tarkennus käytiin läpi.');
    expect(text(within(item2).getByTestId('fu-prev-decisions'))).toBe('Hyväksyttiin TAE B2. Seuraava kokous joulukuussa.');
    const actions = text(within(item2).getByTestId('fu-open-actions'));
    expect(actions).toContain('Päivitä palvelukuvaukset');
    expect(actions).toContain('Aino Virtanen · määräpäivä 1.11.2025 · Avoin');
    expect(actions).toContain('Myöhässä');

    // Materials one week before: 2.12.2025, 12 days from 20.11.
    expect(text(screen.getByTestId('fu-materials-date'))).toBe('2.12.2025');
    expect(screen.getByText('12 päivän päästä')).toBeInTheDocument();

    // Item 3: this year's transferred budget and the finance clock since the previous meeting.
    expect(text(screen.getByTestId('fu-budget'))).toBe('Siirretty ICT-määräraha vuodelle 2025: 1 250 000 €');
    const clock = within(screen.getByTestId('fu-economy-tasks')).getAllByRole('listitem').map(text);
    expect(clock).toEqual([
      'Kehyskauden taloussuunnittelu · 15.10.2025 · Myöhässä',
      'TPE2 · 31.10.2025 · Tehty',
      'TAE B3 ja ensi vuoden budjetin vahvistaminen · 15.12.2025 · Tulossa',
    ]);

    // Item 4 says where the system list comes from; item 5 lists open ideas with stages.
    expect(text(screen.getByTestId('fu-kit-services'))).toContain('Toimin sovellussalkusta');
    expect(screen.getByRole('link', { name: 'Asiakastyötila' })).toHaveAttribute('href', 'https://tiimeri.example/kho');
    expect(within(screen.getByTestId('fu-ideas')).getAllByRole('listitem').map(text)).toEqual([
      'Automaattinen diaarikirjaus · Ratkaisuanalyysi (Ratsu)',
      'Sähköisen asioinnin laajennus · Tarve · Aino Virtanen',
    ]);

    // Item 6: Q3 results against Q2.
    const sat = screen.getByTestId('fu-satisfaction');
    expect(text(sat)).toContain('Kysely Q3/2025 · 3 vastausta');
    expect(row('Jatkuvat palvelut')).toEqual(['8,3', '+1,3']);
    expect(row('Taloushallinto')).toEqual(['7,7', '+0,7']);
    expect(row('Kokonaisarvio')).toEqual(['8,0', '+0,5']);
    expect(text(screen.getByTestId('fu-nps'))).toBe('Suositteluindeksi (NPS): +33 (Muutos (Q2/2025): −34)');
    expect(within(sat).getByText('“Tiedottaminen on parantunut selvästi.”')).toBeInTheDocument();

    // Item 8: nothing agreed after Q4, so the usual month is suggested.
    expect(text(screen.getByTestId('fu-kit-next'))).toContain('Tavanomainen ajankohta on maaliskuu 2026.');
  });

  it('generates the invitation with both links and copies it', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    mount('fi-FI');
    const body = screen.getByLabelText('Kutsun teksti') as HTMLTextAreaElement;
    expect(body).toHaveAttribute('readonly');
    expect(body.value).toContain('Aika: tiistaina 9. joulukuuta 2025 klo 9.00–10.30');
    expect(body.value).toContain('Kokouksen materiaalit ovat saatavilla viimeistään 2.12.2025: https://tiimeri.example/kho/seurantaryhma/2025-q4');
    expect(body.value).toContain('Vastaathan ennen kokousta tilaajatyytyväisyyskyselyyn: https://asiakkuus.example/kysely/ork-2025-q4');
    expect((screen.getByLabelText('Aihe') as HTMLInputElement).value).toBe('Korkein hallinto-oikeus: palvelusopimuksen seurantaryhmä Q4/2025');
    fireEvent.click(screen.getByRole('button', { name: 'Kopioi kutsu' }));
    await waitFor(() => expect(screen.getByTestId('fu-copy-status')).toHaveTextContent('Kopioitu leikepöydälle.'));
    expect(writeText).toHaveBeenCalledWith(body.value);
    expect(screen.getByTestId('fu-copy-status')).toHaveAttribute('role', 'status');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });

  it('edits the minutes of a held meeting with its etag and keeps the new etag', async () => {
    const svc = mount('fi-FI');
    svc.update.mockResolvedValueOnce('"4"').mockResolvedValueOnce('"5"');
    fireEvent.click(screen.getByTestId('fu-list-4'));
    expect(screen.getByRole('heading', { level: 3, name: 'KHO: palvelusopimuksen seurantaryhmä Q3/2025' })).toBeInTheDocument();
    // The meeting's own agenda carries the notes recorded at the meeting.
    expect(text(screen.getByTestId('fu-item-economy'))).toContain('Kokouksessa kirjattu: TAE B2 -tarkennus käytiin läpi.');

    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa: Pöytäkirja' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Pöytäkirja' }), { target: { value: 'Korjattu pöytäkirja.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(text(screen.getByTestId('fu-minutes-value'))).toBe('Korjattu pöytäkirja.'));
    expect(svc.update).toHaveBeenCalledWith(4, { minutes: 'Korjattu pöytäkirja.' }, '"3"');

    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa: Päätökset' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Päätökset' }), { target: { value: 'Hyväksyttiin TAE B2 muutoksin.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(text(screen.getByTestId('fu-decisions-value'))).toBe('Hyväksyttiin TAE B2 muutoksin.'));
    expect(svc.update).toHaveBeenLastCalledWith(4, { decisions: 'Hyväksyttiin TAE B2 muutoksin.' }, '"4"');
  });

  it('on a concurrent edit keeps the typed text and shows the other version', async () => {
    const svc = mount('fi-FI');
    svc.update.mockRejectedValueOnce(new DataError('conflict', '412', { status: 412, list: 'ACMeetings' }));
    const fresh = { ...fixture().meetings.find((m) => m.id === 4)!, etag: '"7"', minutes: 'Sarin tallentama versio.' };
    svc.get.mockResolvedValueOnce(fresh);
    fireEvent.click(screen.getByTestId('fu-list-4'));
    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa: Pöytäkirja' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Pöytäkirja' }), { target: { value: 'Oma versioni.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(screen.getByTestId('fu-minutes-theirs')).toHaveTextContent('Sarin tallentama versio.'));
    expect(screen.getByRole('textbox', { name: 'Pöytäkirja' })).toHaveValue('Oma versioni.');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Joku muu on muuttanut tietoja'));
    expect(svc.get).toHaveBeenCalledWith(4);

    svc.update.mockResolvedValueOnce('"8"');
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna oma versioni' }));
    await waitFor(() => expect(text(screen.getByTestId('fu-minutes-value'))).toBe('Oma versioni.'));
    expect(svc.update).toHaveBeenLastCalledWith(4, { minutes: 'Oma versioni.' }, '"7"');
  });

  it('says when no follow-up group is planned and what the rhythm is', async () => {
    const data = fixture();
    data.meetings = data.meetings.filter((m) => m.id !== 5);
    mount('fi-FI', data);
    // Fluent fills a status MessageBar a moment later, so screen readers announce it.
    await waitFor(() => expect(text(screen.getByTestId('fu-no-next'))).not.toBe(''));
    const empty = text(screen.getByTestId('fu-no-next'));
    expect(empty).toContain('Seuraavaa seurantaryhmää ei ole vielä suunniteltu.');
    expect(empty).toContain('maalis-, kesä-, syys- ja joulukuussa');
    expect(empty).toContain('joulukuu 2025');
    // The latest held meeting is shown instead.
    expect(screen.getByRole('heading', { level: 3, name: 'KHO: palvelusopimuksen seurantaryhmä Q3/2025' })).toBeInTheDocument();
  });

  it('hides editing from users without rights', () => {
    render(
      <ThemeProvider>
        <AppContextProvider services={services().services} host={host('fi-FI')}>
          <Harness initial={fixture()} canEdit={false} />
        </AppContextProvider>
      </ThemeProvider>,
    );
    expect(screen.queryByRole('button', { name: /^Muokkaa/ })).toBeNull();
    expect(text(screen.getByTestId('fu-minutes-value'))).toBe('Pöytäkirja kirjataan kokouksen jälkeen.');
  });
});

describe('FollowUpGroups in English', () => {
  it('shows the agenda, materials date, invitation and results in English', () => {
    mount('en-US');
    expect(screen.getByRole('heading', { level: 2, name: 'Follow-up groups' })).toBeInTheDocument();
    expect(agendaTitles()).toEqual([
      '1. Opening and approval of the agenda',
      '2. Minutes of the previous meeting',
      '3. Financial review',
      '4. Service status review',
      '5. Service development',
      '6. Customer satisfaction survey',
      '7. Other business',
      '8. Agreeing the next meeting',
      '9. Closing the meeting',
    ]);
    expect(text(screen.getByTestId('fu-prev-minutes'))).toContain('TAE B2 -tarkennus käytiin läpi.');
    expect(text(screen.getByTestId('fu-materials-date'))).toBe('02/12/2025');
    expect(screen.getByText('in 12 days')).toBeInTheDocument();
    const body = (screen.getByLabelText('Invitation text') as HTMLTextAreaElement).value;
    expect(body).toContain('The meeting materials will be available by 02/12/2025: https://tiimeri.example/kho/seurantaryhma/2025-q4');
    expect(body).toContain('Please answer the customer satisfaction survey before the meeting: https://asiakkuus.example/kysely/ork-2025-q4');
    expect(row('Continuous services')).toEqual(['8.3', '+1.3']);
    expect(row('Financial management')).toEqual(['7.7', '+0.7']);
    expect(text(screen.getByTestId('fu-nps'))).toBe('Net Promoter Score (NPS): +33 (Change (Q2/2025): -34)');
    expect(text(screen.getByTestId('fu-satisfaction'))).toContain('Survey Q3/2025 · 3 responses');
    expect(screen.getByRole('button', { name: 'Copy invitation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit: Minutes' })).toBeInTheDocument();
  });
});

describe('item 6: the privacy threshold and the survey’s actions', () => {
  const withSurveyActions = (over: Partial<AccountTabData> = {}): AccountTabData => {
    const d = fixture();
    return {
      ...d,
      actions: [
        ...d.actions,
        { id: 60, etag: '"1"', title: 'Talousraportin poikkeamat heti kuukausitapaamiseen', accountId: 7, source: 'survey', status: 'open', dueDate: '2025-11-10', owner: { id: 3, title: 'Aino Virtanen' } },
        { id: 61, etag: '"1"', title: 'Valmis kyselytoimenpide', accountId: 7, source: 'survey', status: 'done', dueDate: '2025-10-01' },
      ],
      ...over,
    };
  };

  it('lists the open actions from the survey with owner, due date and overdue in words', async () => {
    mount('fi-FI', withSurveyActions());
    const list = screen.getByTestId('fu-survey-actions');
    expect(within(list).getAllByRole('listitem').map(text)).toEqual([expect.stringMatching(/^Talousraportin poikkeamat heti kuukausitapaamiseen ?Aino Virtanen · määräpäivä 10\.11\.2025 · .*Myöhässä/)]);
    expect(text(screen.getByTestId('fu-satisfaction'))).toContain('Kyselyn pohjalta sovitut toimenpiteet');
  });

  it('shows no averages, NPS, change or comments for a period under the threshold, in Finnish and Swedish', async () => {
    mount('fi-FI', withSurveyActions({ privacyThreshold: 4 }));
    const sat = screen.getByTestId('fu-satisfaction');
    expect(text(sat)).toContain('Kysely Q3/2025');
    expect(text(screen.getByTestId('fu-below-threshold'))).toBe('Alle 4 vastausta – tuloksia ei näytetä yksityisyyden vuoksi.');
    expect(within(sat).queryByRole('table')).toBeNull();
    expect(screen.queryByTestId('fu-nps')).toBeNull();
    expect(text(sat)).not.toContain('Tiedottaminen on parantunut');
    expect(text(sat)).not.toContain('3 vastausta');
    // The actions are listed even so.
    expect(within(screen.getByTestId('fu-survey-actions')).getAllByRole('listitem')).toHaveLength(1);
  });

  it('says plainly in Swedish that there are no results when the responses are closed to the user', async () => {
    mount('sv-SE', { ...fixture(), responses: [], responsesHidden: true });
    expect(text(screen.getByTestId('fu-satisfaction'))).toContain('Det finns inga enkätresultat att visa.');
    expect(text(screen.getByTestId('fu-satisfaction'))).toContain('Det finns inga öppna åtgärder utifrån enkäten.');
  });
});

describe('a stored agenda in the reader’s language', () => {
  // The Q3 agenda was written in Finnish; item 4's heading was edited to something of the meeting's own.
  const edited = (): AccountTabData => {
    const data = fixture();
    data.meetings = data.meetings.map((m) =>
      m.id === 4 ? { ...m, agenda: m.agenda!.map((a) => (a.number === 4 ? { ...a, title: 'Palveluiden tilannekatsaus ja häiriöt' } : a)) } : m,
    );
    return data;
  };
  const open = async (): Promise<void> => {
    fireEvent.click(screen.getByTestId('fu-list-4'));
    await waitFor(() => expect(document.getElementById('ac-fu-meeting-4')).toHaveFocus());
  };

  it('shows the standard headings in Swedish and an edited heading as written', async () => {
    mount('sv-SE', edited());
    await open();
    expect(agendaTitles()).toEqual([
      '1. Mötets öppnande och godkännande av föredragningslistan',
      '2. Föregående mötes protokoll',
      '3. Ekonomisk översikt',
      '4. Palveluiden tilannekatsaus ja häiriöt',
      '5. Utveckling av tjänsterna',
      '6. Beställarnöjdhetsenkät',
      '7. Övriga frågor',
      '8. Nästa möte',
      '9. Mötets avslutande',
    ]);
    // The notes recorded at the meeting stay as written, under the translated heading.
    expect(text(screen.getByTestId('fu-item-economy'))).toContain('TAE B2 -tarkennus käytiin läpi.');
  });

  it('shows them in English', async () => {
    mount('en-US', edited());
    await open();
    expect(agendaTitles().slice(0, 4)).toEqual(['1. Opening and approval of the agenda', '2. Minutes of the previous meeting', '3. Financial review', '4. Palveluiden tilannekatsaus ja häiriöt']);
  });
});
