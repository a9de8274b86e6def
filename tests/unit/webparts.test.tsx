/**
 * The thin SPFx web parts on their shared base class, with doubles for the SPFx page runtime (only a tenant has
 * the real one) and the product's services double: the first screen's read starts in onInit, each web part
 * renders its own feature, Teams theme changes re-render, and the account tab's property pane lists accounts.
 */
import { screen, waitFor, within } from '@testing-library/react';
import type { Account } from '../../src/domain/types';
import { fakeServices } from './fixtures/fakeServices';

const kho: Account = {
  id: 1,
  etag: '"1"',
  name: 'Korkein hallinto-oikeus',
  abbreviation: 'KHO',
  accountType: 'sector',
  accountManager: { id: 11, title: 'Aino Virtanen' },
  teamsGroupId: 'ork-asiakkuudet',
  teamsChannelId: '19:kho@thread.tacv2',
  teamsChannelName: 'KHO',
  active: true,
};
const kko: Account = { ...kho, id: 2, name: 'Korkein oikeus', abbreviation: 'KKO', teamsGroupId: undefined, teamsChannelId: undefined, teamsChannelName: undefined };

let fake: ReturnType<typeof fakeServices>;
jest.mock('../../src/data/sp/createServices', () => ({ createServices: () => fake.services }));

function spfxContext(teams?: { channelId: string; theme?: string }) {
  const themeHandlers: ((theme: string) => void)[] = [];
  const context = {
    pageContext: {
      web: { absoluteUrl: 'https://contoso.sharepoint.com/sites/ork', language: 1035, languageName: 'fi-FI' },
      cultureInfo: { currentUICultureName: 'fi-FI' },
      user: { loginName: 'aino.virtanen@asiakkuus.example', displayName: 'Aino Virtanen', email: 'aino.virtanen@asiakkuus.example' },
      legacyPageContext: { formDigestValue: '0x1,30 Nov 2026 08:00:00 -0000', formDigestTimeoutSeconds: 1800 },
    },
    msGraphClientFactory: { getClient: () => Promise.reject(new Error('Graph not granted')) },
    propertyPane: { refresh: jest.fn() },
    sdks: {
      microsoftTeams: teams && {
        teamsJs: {
          app: {
            getContext: async () => ({
              app: { locale: 'fi-FI', theme: teams.theme ?? 'default' },
              channel: { id: teams.channelId, displayName: 'KHO' },
              team: { groupId: 'ork-asiakkuudet', displayName: 'ORK Asiakkuudet' },
            }),
            registerOnThemeChangeHandler: (h: (theme: string) => void) => themeHandlers.push(h),
          },
        },
      },
    },
  };
  return { context, changeTheme: (t: string) => themeHandlers.forEach((h) => h(t)) };
}

interface WebPartLike {
  context: unknown;
  domElement: HTMLElement;
  properties: Record<string, unknown>;
  render(): void;
  onInit(): Promise<void>;
  onDispose(): void;
  onPropertyPaneConfigurationStart(): void;
  getPropertyPaneConfiguration(): { pages: { groups: { groupFields: { props: { options: { key: number; text: string }[] } }[] }[] }[] };
}

async function start(load: () => Promise<{ default: new () => unknown }>, context: unknown): Promise<WebPartLike> {
  const WebPart = (await load()).default;
  const wp = new WebPart() as WebPartLike;
  wp.context = context;
  document.body.appendChild(wp.domElement);
  await wp.onInit();
  wp.render();
  return wp;
}

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
});

jest.setTimeout(30_000);

describe('web parts', () => {
  it('AccountTab in a Teams channel: the first read starts in onInit, and the channel\'s account renders in Finnish; Teams theme changes follow', async () => {
    fake = fakeServices({ accounts: [kho, kko] });
    const { context, changeTheme } = spfxContext({ channelId: '19:kho@thread.tacv2' });
    const wp = await start(() => import('../../src/webparts/accountTab/AccountTabWebPart'), context);
    // Reads went out before the first render: onInit started them.
    expect(fake.calls.some((c) => c.method === 'batch')).toBe(true);
    const view = within(wp.domElement);
    expect(await view.findByRole('heading', { name: /Korkein hallinto-oikeus/ })).toBeInTheDocument();
    expect(wp.domElement.querySelector('[data-theme="light"]')).not.toBeNull();
    changeTheme('dark');
    await waitFor(() => expect(wp.domElement.querySelector('[data-theme="dark"]')).not.toBeNull());
    wp.onDispose();
    expect(wp.domElement.textContent).toBe('');
  });

  it('AccountTab on a SharePoint page: the property pane lists the active accounts, and picking one shows it', async () => {
    fake = fakeServices({ accounts: [kho, kko] });
    const wp = await start(() => import('../../src/webparts/accountTab/AccountTabWebPart'), spfxContext().context);
    expect(await screen.findByRole('heading', { name: 'Valitse näytettävä asiakkuus' })).toBeInTheDocument();
    wp.onPropertyPaneConfigurationStart();
    await waitFor(() => expect(wp.getPropertyPaneConfiguration().pages[0].groups[0].groupFields[0].props.options.map((o) => o.text)).toEqual(['Korkein hallinto-oikeus (KHO)', 'Korkein oikeus (KKO)']));
    wp.properties.accountId = 2;
    wp.render();
    expect(await within(wp.domElement).findByRole('heading', { name: /Korkein oikeus/ })).toBeInTheDocument();
  });

  it('MyAccounts and Setup each render their own view', async () => {
    fake = fakeServices({ accounts: [kho] }, { user: { id: 11, title: 'Aino Virtanen', isSiteAdmin: false } });
    const my = await start(() => import('../../src/webparts/myAccounts/MyAccountsWebPart'), spfxContext().context);
    expect(await within(my.domElement).findByRole('heading', { name: 'Asiakkuuteni' })).toBeInTheDocument();
    expect(await within(my.domElement).findByText('Korkein hallinto-oikeus')).toBeInTheDocument();
    const setup = await start(() => import('../../src/webparts/setup/SetupWebPart'), spfxContext().context);
    expect(setup.domElement.querySelector('[data-theme]')).not.toBeNull();
    expect(within(setup.domElement).queryByTestId('my-accounts')).toBeNull();
  });

  it('Substitutes renders its view with the absences its first read brought', async () => {
    fake = fakeServices(
      { accounts: [kho], absences: [{ id: 1, etag: '"1"', person: { id: 11, title: 'Aino Virtanen' }, start: '2020-01-01', end: '2099-12-31', kind: 'holiday' } as never] },
      { user: { id: 11, title: 'Aino Virtanen', isSiteAdmin: false } },
    );
    const wp = await start(() => import('../../src/webparts/substitutes/SubstitutesWebPart'), spfxContext().context);
    expect(await within(wp.domElement).findByRole('heading', { name: 'Tuuraukset', level: 1 })).toBeInTheDocument();
    expect(await within(wp.domElement).findByTestId('timeline-row-11')).toHaveTextContent('Aino Virtanen');
  });

  it('TeamReview renders the team meeting with the records its first read brought', async () => {
    fake = fakeServices(
      { accounts: [kho], situationRecords: [{ id: 1, etag: '"1"', recorder: { id: 11, title: 'Aino Virtanen' }, date: '2026-03-02', accountId: 1, category: 'adviceRequest', situation: 'Neuvottu', forReview: true, reviewed: false } as never] },
      { user: { id: 11, title: 'Aino Virtanen', isSiteAdmin: false } },
    );
    const wp = await start(() => import('../../src/webparts/teamReview/TeamReviewWebPart'), spfxContext().context);
    expect(await within(wp.domElement).findByRole('heading', { name: 'Tiimipalaveri', level: 1 })).toBeInTheDocument();
    expect(await within(wp.domElement).findByTestId('record-1')).toHaveTextContent('Neuvottu');
  });
});
