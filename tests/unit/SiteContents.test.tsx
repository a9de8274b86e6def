import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { feature } from '../../src/features/setup';
import type { HostContext } from '../../src/ui/host';
import type { SchemaStatus, Services, SiteService } from '../../src/data/ports';
import { LISTS, SCHEMA_VERSION } from '../../src/data/schema/lists';

function status(provisioned: boolean): SchemaStatus {
  return {
    siteVersion: provisioned ? SCHEMA_VERSION : undefined,
    codeVersion: SCHEMA_VERSION,
    upToDate: provisioned,
    lists: LISTS.map((l) => ({ key: l.key, title: l.title, exists: provisioned, itemCount: provisioned ? 3 : 0, missingFields: [], missingIndexes: [] })),
  };
}

/** Narrow UI test: the site service is a hand-written double; the data layer has its own tests against the local service. */
function services(isSiteAdmin: boolean, provisioned: boolean): Services & { ensureCalls: number } {
  let current = status(provisioned);
  const out = {
    ensureCalls: 0,
    repos: {} as Services['repos'],
    batch: (() => Promise.reject(new Error('unused'))) as Services['batch'],
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
  return out;
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
