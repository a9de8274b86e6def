/**
 * The survey import panel in jsdom: choosing a file, the suggested mapping, and the dry run's rejected rows with
 * the file's row numbers, in Finnish and in Swedish; then the import and its result.
 */
import * as fs from 'fs';
import * as path from 'path';
import { TextDecoder as NodeTextDecoder } from 'util';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ImportPanel } from '../../src/features/satisfaction/import';
import { AppContextProvider } from '../../src/ui/AppContext';
import type { HostContext } from '../../src/ui/host';
import { defaultQuarterlyDefinition } from '../../src/domain/surveys';
import type { Account, Survey } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

// jsdom has no TextDecoder (every browser has); Node's is the same WHATWG decoder.
if (typeof globalThis.TextDecoder === 'undefined') Object.assign(globalThis, { TextDecoder: NodeTextDecoder });

jest.setTimeout(30_000);

const SURVEY: Survey = { id: 7, etag: '"1"', title: 'Asiakaskysely Q1/2025', kind: 'quarterly', year: 2025, quarter: 1, definition: defaultQuarterlyDefinition(), status: 'open' };
const ACCOUNTS = [
  { id: 1, etag: '"1"', name: 'Oikeusrekisterikeskus', abbreviation: 'ORK', accountType: 'sector' },
  { id: 2, etag: '"1"', name: 'Tuomioistuinvirasto', abbreviation: 'TIO', accountType: 'sector' },
] as Account[];

const host = (locale: HostContext['locale']): HostContext => ({
  hostKind: 'SharePoint',
  siteUrl: 'https://contoso.sharepoint.com/sites/ork',
  locale,
  theme: 'light',
  user: { loginName: 'aino', displayName: 'Aino Virtanen', email: 'aino.virtanen@asiakkuus.example' },
  now: new Date('2025-03-01T09:00:00Z'),
});

const fixture = (name: string): File => new File([fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'survey-import', name))], name, { type: 'text/csv' });

function setup(locale: HostContext['locale'], rights = { add: true, edit: true, editOthers: true }) {
  const fake = fakeServices({ accounts: ACCOUNTS, surveys: [SURVEY] }, { rights: { surveyResponses: rights } });
  const onClose = jest.fn();
  render(
    <AppContextProvider services={fake.services} host={host(locale)}>
      <ImportPanel surveys={[SURVEY]} accounts={ACCOUNTS} onClose={onClose} />
    </AppContextProvider>,
  );
  return { fake, onClose };
}

async function chooseFile(label: RegExp, name: string): Promise<void> {
  const input = (await screen.findByLabelText(label)) as HTMLInputElement;
  await waitFor(() => expect(input).not.toBeDisabled());
  fireEvent.change(input, { target: { files: [fixture(name)] } });
}

it('Finnish: choose a file, see the mapping, try it: rejected rows with row and reason; then import', async () => {
  const { fake, onClose } = setup('fi-FI');
  expect(await screen.findByRole('heading', { name: 'Tuo vastauksia' })).toBeInTheDocument();
  await chooseFile(/^Tiedosto$/, 'bad-values.csv');
  const mapping = await screen.findByTestId('import-mapping');
  expect(screen.getByRole('heading', { name: 'Sarakkeiden vastaavuus' })).toBeInTheDocument();
  expect(within(mapping).getByRole('rowheader', { name: 'Email' })).toBeInTheDocument();
  expect(within(mapping).getByRole('combobox', { name: 'Vastaa: Email' })).toHaveTextContent('Vastaajan sähköposti');
  expect(within(mapping).getByRole('combobox', { name: 'Vastaa: Open feedback' })).toHaveTextContent('Avoin palaute');

  fireEvent.click(screen.getByRole('button', { name: 'Kokeile' }));
  const rejected = await screen.findByTestId('import-rejected');
  expect(screen.getByRole('heading', { name: 'Koeajo' })).toBeInTheDocument();
  expect(screen.getByText('1 tuodaan, 8 hylätään')).toBeInTheDocument();
  expect(within(rejected).getByText('Hylätyt rivit')).toBeInTheDocument();
  expect(within(rejected).getByRole('columnheader', { name: 'Rivi' })).toBeInTheDocument();
  expect(within(rejected).getByRole('columnheader', { name: 'Syy' })).toBeInTheDocument();
  const reason = (row: string): string => within(rejected).getByRole('rowheader', { name: row }).closest('tr')!.querySelector('td')!.textContent!;
  expect(reason('3')).toBe('Jatkuvien palveluiden laatu (ylläpito, pienkehitys): arvo 3 ei ole välillä 4–10');
  expect(reason('4')).toBe('Jatkuvien palveluiden laatu (ylläpito, pienkehitys): ”hyvä” ei ole luku');
  expect(reason('5')).toBe('Sama vastaaja ja asiakkuus kuin rivillä 2');
  expect(reason('6')).toBe('Tuntematon asiakkuus: XYZ');
  expect(reason('7')).toBe('Asiakkuus puuttuu');
  expect(reason('8')).toBe('Vastausaikaa ei voi lukea: 31.2.2025 10:23');
  expect(reason('10')).toBe('Suositteluhalukkuus: arvo 11 ei ole välillä 0–10');
  expect(within(screen.getByTestId('import-preview')).getByText('Oikeusrekisterikeskus (ORK)')).toBeInTheDocument();

  fireEvent.click(screen.getByRole('button', { name: 'Tuo' }));
  const done = await screen.findByText(/vastausta tuotiin/);
  await waitFor(() => expect(done).toHaveTextContent('1 vastausta tuotiin, 0 oli jo tuotu.'));
  const added = fake.calls.filter((c) => c.list === 'surveyResponses' && c.method === 'add');
  expect(added).toHaveLength(1);
  expect(added[0].args[0]).toMatchObject({ surveyId: 7, accountId: 1, respondentKey: 'ok@x.example', source: 'formsImport' });

  fireEvent.click(screen.getByRole('button', { name: 'Sulje' }));
  expect(onClose).toHaveBeenCalledWith(true);
});

it('Swedish: a wrong delimiter is a file-level error; the dry run of a good file lists notes and rejected rows in Swedish', async () => {
  setup('sv-SE');
  expect(await screen.findByRole('heading', { name: 'Importera svar' })).toBeInTheDocument();
  await chooseFile(/^Fil$/, 'wrong-delimiter.csv');
  await screen.findByTestId('import-mapping');
  fireEvent.click(screen.getByRole('button', { name: 'Prova' }));
  const alert = await screen.findByText(/avgränsaren är troligen fel/);
  await waitFor(() => expect(alert).toHaveTextContent('Raderna lästes som en enda kolumn: avgränsaren är troligen fel (; eller ,).'));

  await chooseFile(/^Fil$/, 'bad-values.csv');
  await screen.findByTestId('import-mapping');
  fireEvent.click(screen.getByRole('button', { name: 'Prova' }));
  const rejected = await screen.findByTestId('import-rejected');
  expect(within(rejected).getByText('Avvisade rader')).toBeInTheDocument();
  expect(within(rejected).getByRole('columnheader', { name: 'Rad' })).toBeInTheDocument();
  expect(within(rejected).getByRole('columnheader', { name: 'Orsak' })).toBeInTheDocument();
  expect(within(rejected).getByText('Samma svarande och kundrelation som på rad 2')).toBeInTheDocument();
  expect(within(rejected).getByText('Obligatoriskt svar saknas: Experttjänsterna (t.ex. lösnings- och säkerhetstjänster)')).toBeInTheDocument();
  expect(within(rejected).getByText('Okänd kundrelation: XYZ')).toBeInTheDocument();
});

it('a Webropol file: the source is detected, formula-like text is a note, not a rejection', async () => {
  setup('en-US');
  await chooseFile(/^File$/, 'webropol-bom-semicolon.csv');
  await screen.findByTestId('import-mapping');
  expect(screen.getByRole('combobox', { name: /^Source/ })).toHaveTextContent('Webropol');
  fireEvent.click(screen.getByRole('button', { name: 'Try' }));
  const notes = await screen.findByTestId('import-notes');
  expect(screen.getByText('4 to import, 0 rejected')).toBeInTheDocument();
  const note = (row: string): string => within(notes).getByRole('rowheader', { name: row }).closest('tr')!.querySelector('td')!.textContent!;
  expect(note('3')).toBe('Avoin palaute begins like a spreadsheet formula (= + - @); it is imported as plain text.');
  expect(note('5')).toMatch(/^Vastaaja begins like .*; Avoin palaute begins like/);
  expect(screen.queryByTestId('import-rejected')).toBeNull();
  expect(document.querySelector('img')).toBeNull();
});

it('those who may not import are told so and cannot choose a file', async () => {
  setup('fi-FI', { add: true, edit: true, editOthers: false });
  const bar = await screen.findByText(/Sinulla ei ole oikeutta/);
  await waitFor(() => expect(bar).toHaveTextContent('Sinulla ei ole oikeutta tuoda kyselyvastauksia.'));
  expect(screen.getByLabelText(/^Tiedosto$/)).toBeDisabled();
});
