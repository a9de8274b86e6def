/**
 * The template editor: only for site owners; impossible rules (31 February, a cycle, a retired anchor) are refused
 * with a message that says what is wrong and nothing is written; a valid task shows next year's dates before it is
 * saved, saves through saveClockTask, and "Päivitä tämän vuoden tehtävät" generates this and next year with a
 * report; an unsent form survives closing the panel.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ThemeProvider } from '@fluentui/react';
import * as clockTemplate from '../../src/data/queries/clockTemplate';
import type { AnnualClockData } from '../../src/data/queries/annualClock';
import type { ClockTask } from '../../src/domain/types';
import type { Locale } from '../../src/loc/locale';
import { AppContextProvider } from '../../src/ui/AppContext';
import { TemplateEditor } from '../../src/features/annualClock/editor/TemplateEditor';
import { fakeServices } from './fixtures/fakeServices';

jest.setTimeout(30000);

const base = { etag: '"1"', template: 'ork', perAccount: true } as const;
const TASKS: ClockTask[] = [
  { ...base, id: 1, title: 'Seurantaryhmä', code: 'SR', category: 'followUp', month: 3, rule: { kind: 'nthWeekday', months: [3, 6, 9, 12], weekday: 3, n: 2 } },
  { ...base, id: 2, title: 'Asiakaskysely', code: 'KYSELY', category: 'satisfaction', month: 2, rule: { kind: 'relative', anchor: 'SR', offsetDays: -14 } },
  { ...base, id: 3, title: 'Tilinpäätös', code: 'TP', category: 'economy', month: 2, perAccount: false, rule: { kind: 'date', months: [2], day: 'last' } },
  { ...base, id: 4, title: 'Vanha raportti', code: 'VANHA', category: 'other', month: 5, retired: true, rule: { kind: 'date', months: [5], day: 1 } },
];

function clockData(over: Partial<AnnualClockData> = {}): AnnualClockData {
  return { year: 2027, today: '2027-01-20', me: { id: 7, title: 'Aino Virtanen' }, accounts: [], tasks: TASKS, occurrences: [], canEditTemplate: true, canMarkDone: true, ...over };
}

function renderEditor(data: AnnualClockData = clockData(), locale: Locale = 'fi-FI') {
  const fake = fakeServices({ clockTasks: JSON.parse(JSON.stringify(data.tasks)) });
  const onClose = jest.fn();
  const onSaved = jest.fn();
  const ui = (): JSX.Element => (
    <ThemeProvider>
      <AppContextProvider services={fake.services} host={{ hostKind: 'SharePoint', siteUrl: 'http://local/sites/ork', locale, theme: 'light', user: { loginName: 'aino', displayName: 'Aino Virtanen', email: 'aino@example.fi' } }}>
        <TemplateEditor data={data} onClose={onClose} onSaved={onSaved} />
      </AppContextProvider>
    </ThemeProvider>
  );
  const result = render(ui());
  return { fake, onClose, onSaved, result, ui };
}

const writes = (fake: ReturnType<typeof fakeServices>) => fake.calls.filter((c) => c.list === 'clockTasks' && (c.method === 'add' || c.method === 'update'));

const type = (name: RegExp, value: string): void => {
  fireEvent.change(screen.getByRole('textbox', { name }), { target: { value } });
};

beforeEach(() => sessionStorage.clear());
afterEach(() => jest.restoreAllMocks());

describe('TemplateEditor', () => {
  it('is for site owners only', async () => {
    renderEditor(clockData({ canEditTemplate: false }));
    expect(await screen.findByText('Vain sivuston omistaja voi muokata vuosikellon pohjaa.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lisää tehtävä' })).not.toBeInTheDocument();
  });

  it('lists the tasks in use and the retired ones separately', async () => {
    renderEditor();
    const active = await screen.findByRole('region', { name: 'Käytössä olevat tehtävät' });
    expect(within(active).getByText('Seurantaryhmä')).toBeInTheDocument();
    expect(within(active).getByText(/14 päivää ennen: Seurantaryhmä/)).toBeInTheDocument();
    expect(within(active).getByText(/2\. keskiviikko: maaliskuu, kesäkuu, syyskuu, joulukuu/)).toBeInTheDocument();
    const retired = screen.getByRole('region', { name: 'Käytöstä poistetut tehtävät' });
    expect(within(retired).getByText('Vanha raportti')).toBeInTheDocument();
    expect(within(retired).getByRole('button', { name: 'Palauta käyttöön: Vanha raportti' })).toBeInTheDocument();
  });

  it('refuses 31 February with a message and saves nothing', async () => {
    const { fake } = renderEditor();
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää tehtävä' }));
    type(/^Tehtävä/, 'Budjettiraami');
    type(/^Tunnus/, 'RAAMI');
    fireEvent.click(screen.getByRole('checkbox', { name: 'helmikuu' }));
    type(/^Päivä/, '31');
    // The preview already says what is wrong, before any save.
    expect(await screen.findByTestId('clock-task-live-problems')).toHaveTextContent('Helmikuussa ei ole 31. päivää.');
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    const problems = await screen.findByTestId('clock-task-problems');
    expect(problems).toHaveTextContent('Helmikuussa ei ole 31. päivää.');
    expect(writes(fake)).toHaveLength(0);
  });

  it('says at the field when a description is too long, keeps the text, and shows markup in a title as text', async () => {
    const { fake } = renderEditor();
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää tehtävä' }));
    type(/^Tehtävä/, '<img src=x onerror="window.__pwned=1">');
    type(/^Tunnus/, 'HTML');
    fireEvent.click(screen.getByRole('checkbox', { name: 'maaliskuu' }));
    type(/^Päivä/, '10');
    const long = 'x'.repeat(1_000_000);
    type(/^Kuvaus/, long);
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText('Enintään 63 999 merkkiä.')).toBeInTheDocument();
    expect(writes(fake)).toHaveLength(0);
    expect((screen.getByRole('textbox', { name: /^Kuvaus/ }) as HTMLTextAreaElement).value).toHaveLength(1_000_000);
    type(/^Kuvaus/, 'Lyhyt kuvaus.');
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText(/Tehtävä tallennettu\./)).toBeInTheDocument();
    expect(writes(fake)).toHaveLength(1);
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('refuses a cycle of relative tasks, naming the tasks', async () => {
    const { fake } = renderEditor();
    fireEvent.click(await screen.findByRole('button', { name: 'Muokkaa: Seurantaryhmä' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Suhteessa toiseen tehtävään' }));
    fireEvent.click(screen.getByRole('combobox', { name: /Tehtävä, jonka mukaan päivä lasketaan/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Asiakaskysely' }));
    type(/^Päiviä/, '7');
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    const problems = await screen.findByTestId('clock-task-problems');
    expect(problems).toHaveTextContent(/kehässä toisistaan: (Seurantaryhmä → Asiakaskysely → Seurantaryhmä|Asiakaskysely → Seurantaryhmä → Asiakaskysely)/);
    expect(writes(fake)).toHaveLength(0);
  });

  it('refuses to retire a task another task is counted from, and names it', async () => {
    const { fake } = renderEditor();
    fireEvent.click(await screen.findByRole('button', { name: 'Poista käytöstä: Seurantaryhmä' }));
    const dialog = await screen.findByTestId('clock-retire-dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Poista käytöstä: Seurantaryhmä' }));
    expect(await screen.findByText(/Tehtävän ”Asiakaskysely” päivä lasketaan tehtävästä ”Seurantaryhmä”, joka on poistettu käytöstä/)).toBeInTheDocument();
    expect(writes(fake)).toHaveLength(0);
  });

  it('retires a task nobody depends on', async () => {
    const { fake, onSaved } = renderEditor();
    fireEvent.click(await screen.findByRole('button', { name: 'Poista käytöstä: Tilinpäätös' }));
    fireEvent.click(within(await screen.findByTestId('clock-retire-dialog')).getByRole('button', { name: 'Poista käytöstä: Tilinpäätös' }));
    const retired = screen.getByRole('region', { name: 'Käytöstä poistetut tehtävät' });
    expect(await within(retired).findByText('Tilinpäätös')).toBeInTheDocument();
    expect(writes(fake)).toEqual([expect.objectContaining({ method: 'update', args: [3, { retired: true }, '"1"'] })]);
    expect(onSaved).toHaveBeenCalled();
  });

  it('previews next year, saves a valid task and generates this and next year', async () => {
    const generate = jest.spyOn(clockTemplate, 'generateOccurrences').mockImplementation(async (_s, o) => (o.year === 2027 ? { created: 4, updated: 1, unchanged: 30 } : { created: 35, updated: 0, unchanged: 0 }));
    const { fake, onSaved } = renderEditor();
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää tehtävä' }));
    type(/^Tehtävä/, 'Materiaalit');
    type(/^Tunnus/, 'MAT');
    fireEvent.click(screen.getByRole('radio', { name: 'Suhteessa toiseen tehtävään' }));
    fireEvent.click(screen.getByRole('combobox', { name: /Tehtävä, jonka mukaan päivä lasketaan/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Seurantaryhmä' }));
    type(/^Päiviä/, '7');
    // 2028: the 2nd Wednesdays of March, June, September and December are 8.3., 14.6., 13.9. and 13.12.; a week
    // before, except that 6 December is Independence Day, so the day moves to the working day before it.
    const preview = screen.getByRole('region', { name: 'Esikatselu: päivät vuonna 2028' });
    await waitFor(() => expect(within(preview).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['ke 1.3.2028', 'ke 7.6.2028', 'ke 6.9.2028', 'ti 5.12.2028']));
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText(/Tehtävä tallennettu\./)).toBeInTheDocument();
    const added = writes(fake);
    expect(added).toHaveLength(1);
    expect(added[0].args[0]).toMatchObject({ title: 'Materiaalit', code: 'MAT', template: 'ork', rule: { kind: 'relative', anchor: 'SR', offsetDays: -7 }, month: 3 });
    expect(onSaved).toHaveBeenCalled();
    expect(within(screen.getByRole('region', { name: 'Käytössä olevat tehtävät' })).getByText('Materiaalit')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Päivitä tämän vuoden tehtävät' }));
    const report = await screen.findByTestId('clock-generation-report');
    expect(report).toHaveTextContent('Vuosi 2027: 4 uutta, 1 päivitetty, 30 ennallaan.');
    expect(report).toHaveTextContent('Vuosi 2028: 35 uutta, 0 päivitetty, 0 ennallaan.');
    expect(generate.mock.calls.map((c) => c[1])).toEqual([
      { template: 'ork', year: 2027, today: '2027-01-20' },
      { template: 'ork', year: 2028, today: '2027-01-20' },
    ]);
  });

  it('keeps an unsent form when the panel is closed, and gives it back', async () => {
    const first = renderEditor();
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää tehtävä' }));
    type(/^Tehtävä/, 'Puoliksi kirjoitettu');
    first.result.unmount();
    renderEditor();
    expect(await screen.findByText('Palautimme tallentamattoman luonnoksesi.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Tehtävä/ })).toHaveValue('Puoliksi kirjoitettu');
  });

  it('words the problems in Swedish too', async () => {
    renderEditor(clockData(), 'sv-SE');
    fireEvent.click(await screen.findByRole('button', { name: 'Lägg till uppgift' }));
    type(/^Uppgift/, 'Budgetram');
    type(/^Kod/, 'RAM');
    fireEvent.click(screen.getByRole('checkbox', { name: 'februari' }));
    type(/^Dag/, '30');
    fireEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByTestId('clock-task-problems')).toHaveTextContent('Det finns ingen dag 30 i februari.');
  });
});
