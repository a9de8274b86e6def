import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AccountPlan } from '../../src/features/accountTab/AccountPlan';
import { parseUserDate } from '../../src/ui/forms/DateField';
import { renderSection, tabData } from './fixtures/orkAccount';
import { sourceText } from '../../src/features/accountTab/plan/actions';

jest.setTimeout(30000);
beforeEach(() => sessionStorage.clear());

describe('AccountPlan', () => {
  it('shows the four sections with hints, and the development actions with goal, metric, owner, date and status, in Finnish', () => {
    renderSection(<AccountPlan />, { canEdit: false });
    expect(screen.getByRole('heading', { level: 2, name: 'Asiakkuussuunnitelma' })).toBeInTheDocument();
    for (const h of ['Asiakkaan yleisinformaatio', 'Asiakassuhteen kuvaus', 'Asiakassuhteen hoitamisen vastuut', 'Asiakassuhteen kehittämisen toimenpiteet', 'Muut avoimet toimenpiteet']) {
      expect(screen.getByRole('heading', { level: 3, name: h })).toBeInTheDocument();
    }
    expect(screen.getByText(/Toimiala, toiminta-ajatus ja organisaatio\./)).toBeInTheDocument();
    expect(screen.getByTestId('plan-general-value')).toHaveTextContent('Rikosseuraamuslaitos panee täytäntöön');
    expect(screen.getByTestId('plan-relationship-value')).toHaveTextContent('Asiakassuhdetta ei ole vielä kuvattu.');

    const row = screen.getByTestId('plan-action-1');
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Yhdyskuntaseuraamusten asiakastietojärjestelmän tiekartta');
    expect(row).toHaveTextContent('Yhteinen näkemys uudistuksen vaiheista');
    expect(row).toHaveTextContent('Tiekartta hyväksytty seurantaryhmässä');
    expect(row).toHaveTextContent('Aino Virtanen');
    expect(row).toHaveTextContent('1.9.2026');
    expect(row).toHaveTextContent('Myöhässä');
    expect(row).toHaveTextContent('Käynnissä');
    // Unfinished first by due date, the finished one last; survey actions are not in the plan table.
    const titles = within(screen.getByTestId('plan-actions-table')).getAllByRole('rowheader').map((x) => x.textContent);
    expect(titles).toEqual(['Yhdyskuntaseuraamusten asiakastietojärjestelmän tiekartta', 'Jatkuvien palvelujen tyytyväisyys vähintään 8', 'Pääkäyttäjäverkoston käynnistys']);
    const others = screen.getByTestId('other-open-actions');
    expect(others).toHaveTextContent('Projektiraportoinnin selkeyttäminen');
    expect(others).toHaveTextContent('Kysely · Tilaajatyytyväisyyskysely Q3/2026 · Mikko Korhonen · 30.11.2026 · Avoin');
    expect(others).not.toHaveTextContent('Talousraportin toimitus');
    expect(screen.queryByRole('button', { name: 'Lisää toimenpide' })).not.toBeInTheDocument();
  });

  it('saves a plan section with saveAccount, and on a concurrent edit keeps the typed text', async () => {
    const { fake } = renderSection(<AccountPlan />);
    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa: Asiakassuhteen kuvaus' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Asiakassuhteen kuvaus' }), { target: { value: 'Asiakkaan prosessi: vankeuden täytäntöönpano.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(screen.getByTestId('plan-relationship-value')).toHaveTextContent('Asiakkaan prosessi: vankeuden täytäntöönpano.'));
    expect(fake.calls.find((c) => c.method === 'update' && c.list === 'accounts')?.args).toEqual([1, { planRelationship: 'Asiakkaan prosessi: vankeuden täytäntöönpano.' }, '"3"']);

    fake.setEtagOutside('accounts', 1, { planResponsibilities: 'Kollegan versio vastuista.' });
    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa: Asiakassuhteen hoitamisen vastuut' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Asiakassuhteen hoitamisen vastuut' }), { target: { value: 'Oma versioni vastuista.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText(/Joku muu on muuttanut tietoja sillä välin/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Asiakassuhteen hoitamisen vastuut' })).toHaveValue('Oma versioni vastuista.');
    expect(screen.getByTestId('plan-responsibilities-theirs')).toHaveTextContent('Kollegan versio vastuista.');
  });

  it('changes an action status in place with the etag, and offers to apply the choice again after a 412, in English', async () => {
    const { fake } = renderSection(<AccountPlan />, { locale: 'en-US' });
    // English in Finland: day before month.
    expect(screen.getByTestId('plan-action-1')).toHaveTextContent('01/09/2026');
    fireEvent.click(screen.getByRole('combobox', { name: 'Status: Jatkuvien palvelujen tyytyväisyys vähintään 8' }));
    fireEvent.click(await screen.findByRole('option', { name: 'In progress' }));
    await waitFor(() => expect(fake.calls.some((c) => c.method === 'update' && c.list === 'actions')).toBe(true));
    expect(fake.calls.find((c) => c.method === 'update' && c.list === 'actions')!.args).toEqual([2, { status: 'inProgress' }, '"1"']);
    expect(await screen.findByText('Action Jatkuvien palvelujen tyytyväisyys vähintään 8 is now In progress.')).toBeInTheDocument();

    // A colleague marks the roadmap done meanwhile; my "cancelled" is not saved over it silently.
    fake.setEtagOutside('actions', 1, { status: 'done' });
    fireEvent.click(screen.getByRole('combobox', { name: 'Status: Yhdyskuntaseuraamusten asiakastietojärjestelmän tiekartta' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Cancelled' }));
    expect(await screen.findByText(/Someone else changed the action Yhdyskuntaseuraamusten asiakastietojärjestelmän tiekartta in the meantime, so your choice \(Cancelled\) was not saved\. The status is now Done\./)).toBeInTheDocument();
    expect(within(screen.getByTestId('plan-action-1')).getByRole('combobox')).toHaveTextContent('Done');
    fireEvent.click(screen.getByRole('button', { name: 'Change it to Cancelled anyway' }));
    await waitFor(() => expect(fake.store.get('actions')!.find((x) => x.id === 1)).toMatchObject({ status: 'cancelled', etag: '"3"' }));
  });

  it('adds a development action with owner and due date, showing a missing title at the field, in Swedish', async () => {
    const { fake } = renderSection(<AccountPlan />, { locale: 'sv-SE', data: tabData({ actions: [] }) });
    expect(screen.getByText('Inga utvecklingsåtgärder har förts in i planen ännu.')).toBeInTheDocument();
    expect(screen.getByText('Inga andra öppna åtgärder.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Lägg till åtgärd' }));
    const panel = await screen.findByTestId('action-panel');
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Mål' }), { target: { value: 'Nöjdhet med projekttjänster ≥ 8' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Obligatorisk uppgift.')).toBeInTheDocument();
    expect(within(panel).getByRole('textbox', { name: 'Mål' })).toHaveValue('Nöjdhet med projekttjänster ≥ 8');
    expect(fake.calls.filter((c) => c.method === 'add')).toHaveLength(0);

    fireEvent.change(within(panel).getByRole('textbox', { name: /^Åtgärd/ }), { target: { value: 'Projektrapporternas struktur' } });
    fireEvent.change(within(panel).getByRole('textbox', { name: 'Mätare' }), { target: { value: 'Enkätens medelvärde' } });
    const date = within(panel).getByRole('combobox', { name: 'Förfallodag' });
    fireEvent.change(date, { target: { value: '15.12.2026' } });
    fireEvent.blur(date);
    fireEvent.click(within(panel).getByRole('combobox', { name: /^Ansvarig/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Sami Laine (systemchef)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.queryByTestId('action-panel')).not.toBeInTheDocument());
    const add = fake.calls.find((c) => c.method === 'add' && c.list === 'actions')!;
    expect(add.args[0]).toMatchObject({
      title: 'Projektrapporternas struktur',
      accountId: 1,
      source: 'accountPlan',
      status: 'open',
      goal: 'Nöjdhet med projekttjänster ≥ 8',
      metric: 'Enkätens medelvärde',
      dueDate: '2026-12-15',
      owner: { id: 13, title: 'Sami Laine' },
    });
    const row = await screen.findByText('Projektrapporternas struktur');
    expect(row.closest('tr')).toHaveTextContent('15.12.2026');
    expect(row.closest('tr')).toHaveTextContent('Sami Laine');
  });

  it('does not save an action while its due date is typed but not a date, and says so at the field, in Finnish', async () => {
    const { fake } = renderSection(<AccountPlan />, { data: tabData({ actions: [] }) });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää toimenpide' }));
    const panel = await screen.findByTestId('action-panel');
    fireEvent.change(within(panel).getByRole('textbox', { name: /^Toimenpide/ }), { target: { value: 'Raporttipohjan uudistus' } });
    const date = within(panel).getByRole('combobox', { name: 'Määräpäivä' });
    fireEvent.change(date, { target: { value: '31.13.2027' } });
    fireEvent.blur(date);
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await within(panel).findAllByText('Anna päivämäärä muodossa p.k.vvvv, esimerkiksi 1.9.2026.')).not.toHaveLength(0);
    expect(fake.calls.filter((c) => c.method === 'add')).toHaveLength(0);
    expect(date).toHaveValue('31.13.2027');
    // Corrected, it saves.
    fireEvent.change(date, { target: { value: '31.12.2027' } });
    fireEvent.blur(date);
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(screen.queryByTestId('action-panel')).not.toBeInTheDocument());
    expect(fake.calls.find((c) => c.method === 'add')?.args[0]).toMatchObject({ title: 'Raporttipohjan uudistus', dueDate: '2027-12-31' });
    await screen.findByText('Raporttipohjan uudistus');
  });

  it('reads typed dates the way they are shown: d.m.yyyy, dd/mm/yyyy (day first) and ISO', () => {
    expect(parseUserDate('1.9.2026')).toBe('2026-09-01');
    expect(parseUserDate('01/09/2026')).toBe('2026-09-01');
    expect(parseUserDate('2026-09-01')).toBe('2026-09-01');
    expect(parseUserDate('31.2.2026')).toBeUndefined();
    expect(parseUserDate('huomenna')).toBeUndefined();
  });
});

describe('an action\'s source in the plan', () => {
  const action = (sourceRef?: string) => ({ id: 1, etag: '"1"', title: 'x', accountId: 1, status: 'open' as const, sourceRef });
  it('names the source, and a reference a person wrote, but not the key the product keeps to find the action again', () => {
    expect(sourceText(action('Tilaajatyytyväisyyskysely Q3/2026'), 'Kysely')).toBe('Kysely · Tilaajatyytyväisyyskysely Q3/2026');
    expect(sourceText(action('9e:41:economy'), 'Kumppanuusarvio (9E)')).toBe('Kumppanuusarvio (9E)');
    expect(sourceText(action('idea:12'), 'Ideasalkku')).toBe('Ideasalkku');
    expect(sourceText(action('satisfaction:2026-Q4:TIV:financialManagement'), 'Kysely')).toBe('Kysely');
    expect(sourceText(action(), 'Palaute')).toBe('Palaute');
  });
});
