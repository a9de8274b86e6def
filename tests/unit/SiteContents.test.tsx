import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { feature } from '../../src/features/setup';
import type { HostContext } from '../../src/ui/host';
import type { SchemaStatus, Services, SiteService } from '../../src/data/ports';
import { LISTS, SCHEMA_VERSION } from '../../src/data/schema/lists';
import type { Filter } from '../../src/data/odata';
import type { Feedback, Setting, SituationRecord } from '../../src/domain/types';
import { addDays, todayInHelsinki } from '../../src/domain/dates';

function status(provisioned: boolean): SchemaStatus {
  return {
    siteVersion: provisioned ? SCHEMA_VERSION : undefined,
    codeVersion: SCHEMA_VERSION,
    upToDate: provisioned,
    lists: LISTS.map((l) => ({ key: l.key, title: l.title, exists: provisioned, itemCount: provisioned ? 3 : 0, missingFields: [], missingIndexes: [] })),
  };
}

/** Narrow UI test: the site service is a hand-written double; the data layer has its own tests against the local service. */
function matches(filter: Filter | undefined, item: Record<string, unknown>): boolean {
  if (!filter) return true;
  if (filter.op === 'and') return filter.items.every((x) => matches(x, item));
  if (filter.op === 'or') return filter.items.some((x) => matches(x, item));
  const leaf = filter as { prop: string; value: string | number };
  const v = item[leaf.prop] as string | number;
  const w = leaf.value;
  switch (filter.op) {
    case 'lt': return v < w;
    case 'ge': return v >= w;
    case 'eq': return v === w;
    default: throw new Error(`double: ${filter.op}`);
  }
}

/** An in-memory list: enough of Repository for the privacy section (find, all, add, update, remove). */
function memoryRepo<T extends { id: number; etag?: string }>(rows: T[]): Services['repos']['settings'] {
  const repo = {
    rows,
    find: async (q: { filter?: Filter; orderBy?: { prop: string }[]; top?: number } = {}) => {
      let out = rows.filter((r) => matches(q.filter, r as unknown as Record<string, unknown>));
      if (q.orderBy?.length) out = [...out].sort((a, b) => String((a as never)[q.orderBy![0].prop]).localeCompare(String((b as never)[q.orderBy![0].prop])));
      return out.slice(0, q.top ?? 500);
    },
    all: async (q: { filter?: Filter } = {}) => rows.filter((r) => matches(q.filter, r as unknown as Record<string, unknown>)),
    add: async (draft: Omit<T, 'id'>) => {
      const row = { ...draft, id: rows.length + 100, etag: '"1"' } as unknown as T;
      rows.push(row);
      return row;
    },
    update: async (id: number, patch: Partial<T>, etag: string) => {
      const row = rows.find((r) => r.id === id)!;
      if (row.etag !== etag) throw Object.assign(new Error('conflict'), { kind: 'conflict' });
      Object.assign(row, patch, { etag: `"${Number(JSON.parse(row.etag!)) + 1}"` });
      return row.etag!;
    },
    remove: async (id: number) => {
      rows.splice(rows.findIndex((r) => r.id === id), 1);
    },
  };
  return repo as unknown as Services['repos']['settings'];
}

const today = todayInHelsinki();
const old = (n: number): string => addDays(today, -800 - n);

function services(isSiteAdmin: boolean, provisioned: boolean, oldRecords = 2): Services & { ensureCalls: number; records: SituationRecord[]; settings: Setting[] } {
  let current = status(provisioned);
  const records: SituationRecord[] = [
    ...Array.from({ length: oldRecords }, (_, i): SituationRecord => ({ id: i + 1, etag: '"1"', recorder: { id: 7 }, date: old(i), accountId: 1, category: 'challenging', situation: `Vanha tilanne ${i + 1}` })),
    { id: 999, etag: '"1"', recorder: { id: 7 }, date: today, category: 'other', situation: 'Tämän päivän kirjaus' },
  ];
  const feedback: Feedback[] = [{ id: 5, etag: '"1"', recorder: { id: 7 }, date: old(3), kind: 'question', reason: 'other', text: 'Milloin lomaraha maksetaan?', status: 'answered' }];
  const settings: Setting[] = [{ id: 1, etag: '"1"', key: 'schemaVersion', value: String(SCHEMA_VERSION) }];
  const repos = {
    settings: memoryRepo(settings),
    accounts: memoryRepo([{ id: 1, etag: '"1"', name: 'Korkein hallinto-oikeus', abbreviation: 'KHO', accountType: 'sector' }]),
    situationRecords: memoryRepo(records),
    feedback: memoryRepo(feedback),
  } as unknown as Services['repos'];
  const out = {
    ensureCalls: 0,
    records,
    settings,
    repos,
    batch: (async (build: (r: Services['repos'], s: SiteService) => Record<string, Promise<unknown>>) => {
      const started = build(repos, out.site);
      const result: Record<string, unknown> = {};
      for (const [k, p] of Object.entries(started)) result[k] = await p.then((value) => ({ ok: true, value }), (error) => ({ ok: false, error }));
      return result;
    }) as unknown as Services['batch'],
    site: {
      info: async () => ({ title: 'Oikeusrekisterikeskus – asiakkuudenhoito', url: 'http://x/sites/ork', serverRelativeUrl: '/sites/ork' }),
      currentUser: async () => ({ id: 1, title: 'Aino Virtanen', isSiteAdmin }),
      ensureUser: async () => ({ id: 1 }),
      schemaStatus: async () => current,
      ensureSchema: async () => {
        out.ensureCalls++;
        current = status(true);
        return { createdLists: LISTS.map((l) => l.title), addedFields: ['a', 'b'], addedIndexes: [], toVersion: SCHEMA_VERSION };
      },
    } as SiteService,
  };
  return out as typeof out & { site: SiteService };
}

const host = (locale: HostContext['locale']): HostContext => ({
  hostKind: 'Workbench',
  siteUrl: 'http://x/sites/ork',
  locale,
  theme: 'light',
  user: { loginName: 'aino', displayName: 'Aino Virtanen', email: 'aino@x' },
});

describe('SiteContents', () => {
  it('shows lists, counts and the schema version in Finnish', async () => {
    render(<AccountCareRoot services={services(false, true)} host={host('fi-FI')} feature={feature} />);
    expect(await screen.findByText('Oikeusrekisterikeskus – asiakkuudenhoito')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Sivuston sisältö' })).toBeInTheDocument();
    expect(screen.getByText('Asiakkuudet')).toBeInTheDocument();
    expect(screen.getByTestId('total-items')).toHaveTextContent(String(LISTS.length * 3));
    // Fluent renders a status MessageBar's text a moment later, so screen readers announce it.
    expect(await screen.findByText('Kaikki luettelot, kentät ja indeksit ovat ajan tasalla.')).toBeInTheDocument();
  });

  it('lets a site owner provision an empty site, in Swedish', async () => {
    const svc = services(true, false);
    render(<AccountCareRoot services={svc} host={host('sv-SE')} feature={feature} />);
    const button = await screen.findByRole('button', { name: 'Ta i bruk / uppdatera schemat' });
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByText(`Klart: ${LISTS.length} listor och 2 fält har lagts till.`)).toBeInTheDocument());
    expect(svc.ensureCalls).toBe(1);
  });

  it('tells other users that only an owner can provision', async () => {
    render(<AccountCareRoot services={services(false, false)} host={host('en-US')} feature={feature} />);
    expect(await screen.findByRole('button', { name: 'Set up / upgrade schema' })).toBeDisabled();
    expect(screen.getByText('Only a site owner can set up the schema.')).toBeInTheDocument();
  });
});

describe('SiteContents: privacy', () => {
  it('is not offered to someone who is not a site owner', async () => {
    render(<AccountCareRoot services={services(false, true)} host={host('fi-FI')} feature={feature} />);
    expect(await screen.findByText('Oikeusrekisterikeskus – asiakkuudenhoito')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Tietosuoja' })).not.toBeInTheDocument();
  });

  it('an owner sets the retention per list, validated to 1–120 months', async () => {
    const svc = services(true, true);
    render(<AccountCareRoot services={svc} host={host('fi-FI')} feature={feature} />);
    expect(await screen.findByRole('heading', { name: 'Tietosuoja' })).toBeInTheDocument();
    const records = await screen.findByLabelText('Asiakastilanteet: säilytysaika (kuukautta)');
    await waitFor(() => expect(records).toHaveValue('24'));
    fireEvent.change(records, { target: { value: '0' } });
    expect(await screen.findByText('Anna kokonaisluku väliltä 1–120.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tallenna säilytysajat' })).toBeDisabled();
    fireEvent.change(records, { target: { value: '36' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna säilytysajat' }));
    expect(await screen.findByText('Säilytysajat tallennettu.')).toBeInTheDocument();
    expect(svc.settings.find((x) => x.key === 'retention.situationRecords.months')?.value).toBe('36');
    // The feedback setting was the default and was not written.
    expect(svc.settings.find((x) => x.key === 'retention.feedback.months')).toBeUndefined();
  });

  it('previews the older records (the first 50 with the total) and deletes them after a confirmation that names the counts', async () => {
    const svc = services(true, true, 60);
    render(<AccountCareRoot services={svc} host={host('fi-FI')} feature={feature} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Esikatsele' }));
    const plan = await screen.findByTestId('purge-plan');
    expect(plan).toHaveTextContent('Asiakastilanteet: yli 24 kuukautta vanhoja 60');
    expect(plan).toHaveTextContent('Palautteet: yli 24 kuukautta vanhoja 1');
    const table = screen.getByRole('table', { name: 'Kirjaukset, joihin toimenpide kohdistuisi' });
    expect(table.querySelectorAll('tbody tr')).toHaveLength(50);
    expect(screen.getByText('Näytetään ensimmäiset 50 / 61.')).toBeInTheDocument();
    expect(svc.records).toHaveLength(61);

    fireEvent.click(screen.getByRole('button', { name: 'Poista' }));
    expect(await screen.findByText('Poistettavat: asiakastilanteita 60, palautteita 1. Poistoa ei voi perua tästä näkymästä.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Kyllä, jatka' }));
    expect(await screen.findByText('Poistettu: asiakastilanteita 60, palautteita 1.')).toBeInTheDocument();
    expect(svc.records.map((r) => r.situation)).toEqual(['Tämän päivän kirjaus']);
  }, 20_000);

  it('anonymises in English, and says what stays', async () => {
    const svc = services(true, true);
    render(<AccountCareRoot services={svc} host={host('en-US')} feature={feature} />);
    expect(await screen.findByRole('heading', { name: 'Privacy' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByText(/The person who filed the record remains visible/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Anonymise' }));
    expect(await screen.findByText('To be anonymised: situation records 2, feedback 1. The texts cannot be recovered.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, continue' }));
    expect(await screen.findByText('Anonymised: situation records 2, feedback 1.')).toBeInTheDocument();
    expect(svc.records.map((r) => r.situation)).toEqual(['[anonymisoitu]', '[anonymisoitu]', 'Tämän päivän kirjaus']);
  });
});
