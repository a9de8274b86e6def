/**
 * The export menu: the shown items download as a .ics (all-day events, UIDs from client keys, texts in the user's
 * language, an ASCII file name with scope and year), and Print prints. Keyboard: the menu opens from its button.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ThemeProvider } from '@fluentui/react';
import type { AnnualClockData } from '../../src/data/queries/annualClock';
import type { ClockOccurrence, ClockTask } from '../../src/domain/types';
import type { Locale } from '../../src/loc/locale';
import { AppContextProvider } from '../../src/ui/AppContext';
import { ExportMenu } from '../../src/features/annualClock/export/ExportMenu';
import { fakeServices } from './fixtures/fakeServices';

const task = (id: number, title: string, over: Partial<ClockTask> = {}): ClockTask => ({ id, etag: '1', title, template: 'ork', category: 'economy', month: 3, code: `T${id}`, perAccount: true, ...over });

const data = {
  year: 2027,
  today: '2027-06-15',
  me: { id: 7, title: 'Aino Virtanen' },
  accounts: [{ id: 1, etag: '1', name: 'Opetusrahasto', abbreviation: 'ORK', accountType: 'sector' }],
  tasks: [task(10, 'Tilinpäätös', { description: 'Talousyksikön ohje; ks. intranet', ownerRole: 'finance' }), task(11, 'Henkilöstökysely', { category: 'team', perAccount: false })],
  occurrences: [],
  canEditTemplate: false,
  canMarkDone: true,
} as unknown as AnnualClockData;

const items: ClockOccurrence[] = [
  { id: 2, etag: '1', taskId: 11, dueDate: '2027-10-15', clientKey: 'clock:ork:T11:2027-10:org' },
  { id: 1, etag: '1', taskId: 10, accountId: 1, dueDate: '2027-03-12', clientKey: 'clock:ork:T10:2027-03:1', done: true, doneOn: '2027-03-10', modified: '2027-03-10T09:00:00Z', owner: { id: 7, title: 'Aino Virtanen' } },
];

function renderMenu(visible: ClockOccurrence[], locale: Locale = 'fi-FI') {
  const { services } = fakeServices({});
  render(
    <ThemeProvider>
      <AppContextProvider
        services={services}
        host={{ hostKind: 'SharePoint', siteUrl: 'http://local/sites/ork', locale, theme: 'light', user: { loginName: 'aino', displayName: 'Aino Virtanen', email: 'aino@example.fi' }, now: new Date('2027-06-15T07:00:00Z') }}
      >
        <ExportMenu data={data} visible={visible} scopeLabel="ORK – Åbo" />
      </AppContextProvider>
    </ThemeProvider>,
  );
}

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as string);
    r.onerror = () => reject(r.error);
    r.readAsText(blob, 'utf-8');
  });
}

let blobs: Blob[] = [];
let clicked: { download: string; href: string }[] = [];
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };

beforeEach(() => {
  blobs = [];
  clicked = [];
  URL.createObjectURL = jest.fn((b: Blob) => {
    blobs.push(b);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = jest.fn();
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href });
  });
});

afterEach(() => {
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
  jest.restoreAllMocks();
});

describe('ExportMenu', () => {
  it('downloads the shown items as an .ics of all-day events', async () => {
    renderMenu(items);
    const button = await screen.findByRole('button', { name: 'Vie tai tulosta: ORK – Åbo' });
    fireEvent.click(button);
    fireEvent.click(await screen.findByRole('menuitem', { name: /Vie kalenteriin \(\.ics\)/ }));
    expect(await screen.findByText('Tiedosto vuosikello-ork-abo-2027.ics ladattu (2 tehtävää).')).toBeInTheDocument();
    expect(clicked).toEqual([{ download: 'vuosikello-ork-abo-2027.ics', href: 'blob:test/1' }]);
    expect(blobs[0].type).toBe('text/calendar;charset=utf-8');
    const text = await readBlob(blobs[0]);
    const unfolded = text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('X-WR-CALNAME:Vuosikello ORK – Åbo 2027\r\n');
    // Sorted by date; the done item is marked in its title, the account's abbreviation follows the task.
    const summaries = unfolded.split('\r\n').filter((l) => l.startsWith('SUMMARY:'));
    expect(summaries).toEqual(['SUMMARY:✓ Tehty: Tilinpäätös – ORK', 'SUMMARY:Henkilöstökysely']);
    expect(unfolded).toContain('UID:clock:ork:T10:2027-03:1@ork.sites.local\r\n');
    expect(unfolded).toContain('UID:clock:ork:T11:2027-10:org@ork.sites.local\r\n');
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20270312\r\nDTEND;VALUE=DATE:20270313\r\n');
    expect(unfolded).toContain(
      'DESCRIPTION:Talousyksikön ohje\\; ks. intranet\\nAsiakkuus: Opetusrahasto\\nVastuu: Talousyksikkö\\nVastuuhenkilö: Aino Virtanen\\nMerkitty tehdyksi 10.3.2027\r\n',
    );
    expect(unfolded).toContain('DESCRIPTION:Koko organisaation tehtävä\r\n');
    expect(unfolded).toContain('CATEGORIES:Talouden suunnittelu\r\n');
    expect(unfolded).toContain('DTSTAMP:20270615T070000Z\r\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('speaks Swedish in the file', async () => {
    renderMenu(items, 'sv-SE');
    fireEvent.click(await screen.findByRole('button', { name: 'Exportera eller skriv ut: ORK – Åbo' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /Exportera till kalendern/ }));
    await screen.findByText(/Filen arshjul-ork-abo-2027\.ics har laddats ned/);
    const text = (await readBlob(blobs[0])).replace(/\r\n[ \t]/g, '');
    expect(text).toContain('SUMMARY:✓ Klar: Tilinpäätös – ORK');
    expect(text).toContain('Kundrelation: Opetusrahasto');
  });

  it('prints, and offers no export when nothing is shown', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    renderMenu([], 'en-US');
    fireEvent.click(await screen.findByRole('button', { name: 'Export or print: ORK – Åbo' }));
    const ics = await screen.findByRole('menuitem', { name: /Export to calendar/ });
    expect(ics).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(screen.getByRole('menuitem', { name: 'Print' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(blobs).toHaveLength(0);
  });
});
