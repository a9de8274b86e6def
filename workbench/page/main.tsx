/**
 * The local workbench page: a thin host-simulation bar (user, organisation, host + Teams channel, view, language,
 * theme) above one Account Care app, rendered exactly as SPFx renders it: an SPFI built once per site (with PnPjs's
 * SPFx behaviour and the form digest the server put on the page, as a SharePoint page carries one, against the
 * local SharePoint service on this origin, identity by the `ac-user` cookie), a Graph client
 * (here pointed at the local Graph service), `createServices` and `<AccountCareRoot>`.
 *
 * The state lives in the URL query so tests and links open a precise state:
 * `?user=aino.virtanen&site=ork&lang=fi-FI&theme=dark&host=teams&channel=19:kho@thread.tacv2&view=siteContents`
 * (+ `&account=<id>`: the web part property a SharePoint page saves, via HostContext.saveConfig).
 */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import { Dropdown, IDropdownOption, IDropdownStyles, MessageBar, MessageBarType, Text, ThemeProvider, Theme, Stack } from '@fluentui/react';
import { spfi, SPBrowser, SPFx } from '@pnp/sp';
import { Client } from '@microsoft/microsoft-graph-client';
import { AccountCareRoot } from '../../src/ui/AccountCareRoot';
import { Feature, prepareFeature } from '../../src/ui/feature';
import { useAsync } from '../../src/ui/useAsync';
import { firstRead as accountTabFirstRead } from '../../src/features/accountTab/firstRead';
import { firstRead as myAccountsFirstRead } from '../../src/features/myAccounts/firstRead';
import { firstRead as annualClockFirstRead } from '../../src/features/annualClock/firstRead';
import { firstRead as substitutesFirstRead } from '../../src/features/substitutes/firstRead';
import { firstRead as recordFormsFirstRead } from '../../src/features/recordForms/firstRead';
import { firstRead as teamReviewFirstRead } from '../../src/features/teamReview/firstRead';
import { firstRead as satisfactionFirstRead } from '../../src/features/satisfaction/firstRead';
import { firstRead as surveyAnswerFirstRead } from '../../src/features/surveyAnswer/firstRead';
import { firstRead as agreementsFirstRead } from '../../src/features/agreements/firstRead';
import { firstRead as ideasFirstRead } from '../../src/features/ideas/firstRead';
import { firstRead as leadershipFirstRead } from '../../src/features/leadership/firstRead';
import { firstRead as assessmentFirstRead } from '../../src/features/assessment/firstRead';
import { HostContext, HostKind, ThemeName } from '../../src/ui/host';
import { Locale, SUPPORTED_LOCALES, resolveLocale } from '../../src/loc/locale';
import { themeFor } from '../../src/ui/theme';
import { createServices } from '../../src/data/sp/createServices';
import type { Services } from '../../src/data/ports';
import { DEFAULT_USER_UPN, DEMO_PEOPLE, DemoPerson, hasSiteAccess } from '../demo/people';
import { registerWorkbenchIcons } from './icons';
import { LANGUAGE_NAMES, ShellHost, ShellStrings, shellStringsFor } from './shellStrings';
import { ChannelDef, SiteKey, WORKBENCH_SITES, WorkbenchSite, siteByKey } from './sites';
import { VIEWS, VIEW_NAMES, ViewName } from './views';

registerWorkbenchIcons();

// ------------------------------------------------------------------------------------------ state <-> URL

interface ShellState {
  user: string;
  site: SiteKey;
  lang: Locale;
  theme: ThemeName;
  host: ShellHost;
  channel: string;
  view: ViewName;
  /** The web part's saved property (which account a page shows), as SharePoint's property pane would keep it. */
  account?: number;
  /** A `user=` from the URL that is no demo person: said plainly instead of signing in as someone else. */
  unknownUser?: string;
  /** A quick link's form parameters (account by id or abbreviation, category, kind, feedbackId), kept in the URL. */
  query?: Record<string, string>;
}

const QUICK_LINK_PARAMS = ['account', 'category', 'kind', 'feedbackId', 'quarter', 'survey', 'agreement', 'year'];

const THEMES: ThemeName[] = ['light', 'dark', 'contrast'];
const HOSTS: ShellHost[] = ['sharepoint', 'teams', 'personal'];
const COOKIE = 'ac-user';

const alias = (upn: string): string => upn.split('@')[0];

function findPerson(key: string | null | undefined): DemoPerson | undefined {
  if (!key) return undefined;
  const k = key.trim().toLowerCase();
  return DEMO_PEOPLE.find((p) => p.upn.toLowerCase() === k || alias(p.upn).toLowerCase() === k || p.id === k);
}

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

function readState(): ShellState {
  const q = new URLSearchParams(window.location.search);
  const asked = q.get('user');
  const unknownUser = asked && !findPerson(asked) ? asked : undefined;
  const person = findPerson(asked) ?? findPerson(readCookie(COOKIE)) ?? findPerson(DEFAULT_USER_UPN)!;
  const site = siteByKey(q.get('site'));
  const theme = THEMES.find((t) => t === q.get('theme')) ?? 'light';
  // The main job first: the account tab in a customer's Teams channel.
  const host = HOSTS.find((h) => h === q.get('host')) ?? 'teams';
  const channel = site.channels.find((c) => c.channelId === q.get('channel')) ?? defaultChannel(site);
  const view = VIEW_NAMES.find((v) => v === q.get('view')) ?? 'accountTab';
  // Finnish first; the user's preferred language is not applied automatically (SharePoint follows the site's).
  const lang = resolveLocale(q.get('lang') ?? 'fi-FI');
  const account = Number(q.get('account'));
  return { user: person.upn, site: site.key, lang, theme, host, channel: channel.channelId, view, account: Number.isInteger(account) && account > 0 ? account : undefined, unknownUser, query: quickLinkOf(q) };
}

/** The first channel with an account linked (the demo links one per account; "Yleinen" has none). */
function defaultChannel(site: WorkbenchSite): ChannelDef {
  return site.channels.find((c) => !/general/.test(c.channelId)) ?? site.channels[0];
}

function quickLinkOf(q: URLSearchParams): Record<string, string> | undefined {
  const out = Object.fromEntries(QUICK_LINK_PARAMS.filter((k) => q.get(k)).map((k) => [k, q.get(k)!]));
  return Object.keys(out).length ? out : undefined;
}

function writeState(s: ShellState): void {
  const q = new URLSearchParams();
  q.set('user', s.unknownUser ?? alias(s.user));
  q.set('site', s.site);
  q.set('lang', s.lang);
  q.set('theme', s.theme);
  q.set('host', s.host);
  if (s.host === 'teams') q.set('channel', s.channel);
  q.set('view', s.view);
  if (s.account) q.set('account', String(s.account));
  for (const [k, v] of Object.entries(s.query ?? {})) if (!q.has(k)) q.set(k, v);
  const next = `${window.location.pathname}?${q.toString()}`;
  if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
}

/** The workbench's sign-in: SharePoint and Graph on this origin read the same cookie. */
function signIn(upn: string): void {
  document.cookie = `${COOKIE}=${upn}; path=/; SameSite=Strict`;
}

// ------------------------------------------------------------------------------------------ composition (as SPFx does)

/** What the server put on the page, as SharePoint does: the form digest per site (see workbench/server.ts). */
interface PageContextGlobal {
  digests?: Record<string, { value: string; timeoutSeconds: number } | undefined>;
}

/** One SPFI per site and signed-in user (nothing of one identity serves another), shared by the boot and the shell. */
const servicesCache = new Map<string, Services>();
function servicesFor(site: WorkbenchSite, user: string): Services {
  const key = `${site.key}|${user}`;
  if (!servicesCache.has(key)) servicesCache.set(key, buildServices(site));
  return servicesCache.get(key)!;
}

function buildServices(site: WorkbenchSite): Services {
  const siteUrl = `${window.location.origin}${site.serverRelativeUrl}`;
  const digest = ((window as unknown as Record<string, PageContextGlobal | undefined>).__ACCOUNT_CARE_PAGE__?.digests ?? {})[site.serverRelativeUrl];
  // The same PnPjs behaviour SharePoint pages use: SPFx(context) with the page's digest; it asks contextinfo only
  // when the digest has expired (a page left open for half an hour).
  const pageContext = { web: { absoluteUrl: siteUrl }, legacyPageContext: { formDigestValue: digest?.value ?? '', formDigestTimeoutSeconds: digest?.timeoutSeconds ?? 0 } };
  const sp = digest ? spfi().using(SPFx({ pageContext } as Parameters<typeof SPFx>[0])) : spfi(siteUrl).using(SPBrowser({ baseUrl: siteUrl }));
  const graph = Client.init({
    baseUrl: `${window.location.origin}/graph/`,
    defaultVersion: 'v1.0',
    authProvider: (done) => done(null, 'local'),
  });
  return createServices(sp, { graph, siteLanguage: 'fi' });
}

function hostContext(s: ShellState, site: WorkbenchSite, person: DemoPerson, channel: ChannelDef, saveConfig: (c: { accountId?: number }) => void): HostContext {
  const hostKind: HostKind = s.host === 'teams' ? 'TeamsTab' : s.host === 'personal' ? 'TeamsPersonal' : 'SharePoint';
  return {
    hostKind,
    siteUrl: `${window.location.origin}${site.serverRelativeUrl}`,
    locale: s.lang,
    theme: s.theme,
    user: { loginName: `i:0#.f|membership|${person.upn}`, displayName: person.displayName, email: person.mail },
    teams: s.host === 'teams' ? { teamId: channel.teamId, teamName: channel.teamName, channelId: channel.channelId, channelName: channel.channelName } : undefined,
    config: { accountId: s.account },
    saveConfig,
    query: s.query,
  };
}

// ------------------------------------------------------------------------------------------ the bar

function barDropdownStyles(theme: Theme, minWidth: number): Partial<IDropdownStyles> {
  return {
    root: { display: 'flex', alignItems: 'center', gap: 6 },
    label: { padding: 0, fontSize: 12, fontWeight: 600, whiteSpace: 'nowrap', color: theme.semanticColors.bodyText },
    dropdown: { minWidth },
    title: { height: 28, lineHeight: 26, fontSize: 13 },
    caretDownWrapper: { height: 28, lineHeight: 28 },
    dropdownItemsWrapper: { maxHeight: 420 },
  };
}

interface BarProps {
  state: ShellState;
  strings: ShellStrings;
  theme: Theme;
  onChange(patch: Partial<ShellState>): void;
}

function Bar({ state, strings: s, theme, onChange }: BarProps): JSX.Element {
  const site = siteByKey(state.site);
  const person = findPerson(state.user)!;
  const userOptions: IDropdownOption[] = DEMO_PEOPLE.map((p) => ({ key: p.upn, text: p.displayName, data: p }));
  const access = (p: DemoPerson): boolean => hasSiteAccess(p, site.serverRelativeUrl);

  const renderPerson = (o?: IDropdownOption): JSX.Element | null => {
    if (!o) return null;
    const p = o.data as DemoPerson;
    return (
      <span style={{ display: 'flex', flexDirection: 'column', lineHeight: '16px', padding: '4px 0' }}>
        <span>{p.displayName}</span>
        <span style={{ fontSize: 11, color: theme.palette.neutralSecondary }}>
          {s.roles[p.role]} · {p.jobTitle}
          {access(p) ? '' : ` · ${s.noAccess}`}
        </span>
      </span>
    );
  };
  const renderPersonTitle = (opts?: IDropdownOption[]): JSX.Element | null => {
    const o = opts?.[0];
    if (!o) return null;
    const p = o.data as DemoPerson;
    return (
      <span>
        {p.displayName} <span style={{ color: theme.palette.neutralSecondary }}>· {s.roles[p.role]}</span>
      </span>
    );
  };

  return (
    <header
      role="toolbar"
      aria-label={s.barLabel}
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: '6px 14px',
        padding: '6px 16px',
        minHeight: 44,
        boxSizing: 'border-box',
        background: theme.palette.neutralLighter,
        borderBottom: `1px solid ${theme.palette.neutralQuaternaryAlt}`,
        color: theme.semanticColors.bodyText,
      }}
    >
      <Text variant="mediumPlus" styles={{ root: { fontWeight: 600, marginRight: 8, whiteSpace: 'nowrap' } }}>
        {s.brand}
      </Text>
      <Dropdown
        id="wb-site"
        label={s.site}
        selectedKey={state.site}
        options={WORKBENCH_SITES.map((x) => ({ key: x.key, text: x.shortName }))}
        onChange={(_, o) => o && onChange({ site: o.key as SiteKey })}
        styles={barDropdownStyles(theme, 100)}
      />
      <Dropdown
        id="wb-host"
        label={s.host}
        selectedKey={state.host}
        options={HOSTS.map((h) => ({ key: h, text: s.hosts[h] }))}
        onChange={(_, o) => o && onChange({ host: o.key as ShellHost })}
        styles={barDropdownStyles(theme, 125)}
      />
      {state.host === 'teams' && (
        <Dropdown
          id="wb-channel"
          label={s.channel}
          selectedKey={state.channel}
          options={site.channels.map((c) => ({ key: c.channelId, text: c.channelName }))}
          onChange={(_, o) => o && onChange({ channel: String(o.key) })}
          styles={barDropdownStyles(theme, 130)}
        />
      )}
      <Dropdown
        id="wb-view"
        label={s.view}
        selectedKey={state.view}
        options={VIEW_NAMES.map((v) => ({ key: v, text: s.views[v] ?? v }))}
        onChange={(_, o) => o && onChange({ view: o.key as ViewName })}
        styles={barDropdownStyles(theme, 130)}
      />
      <Dropdown
        id="wb-lang"
        label={s.language}
        selectedKey={state.lang}
        options={SUPPORTED_LOCALES.map((l) => ({ key: l, text: LANGUAGE_NAMES[l], lang: l.slice(0, 2) } as IDropdownOption))}
        onRenderOption={(o) => <span lang={(o as IDropdownOption & { lang: string }).lang}>{o?.text}</span>}
        onChange={(_, o) => o && onChange({ lang: o.key as Locale })}
        styles={barDropdownStyles(theme, 95)}
      />
      <Dropdown
        id="wb-theme"
        label={s.theme}
        selectedKey={state.theme}
        options={THEMES.map((t) => ({ key: t, text: s.themes[t] }))}
        onChange={(_, o) => o && onChange({ theme: o.key as ThemeName })}
        styles={barDropdownStyles(theme, 100)}
      />
      <div style={{ marginLeft: 'auto' }}>
        <Dropdown
          id="wb-user"
          label={s.user}
          selectedKey={person.upn}
          options={userOptions}
          onRenderOption={renderPerson}
          onRenderTitle={renderPersonTitle}
          onChange={(_, o) => o && onChange({ user: String(o.key) })}
          styles={{ ...barDropdownStyles(theme, 205), dropdown: { width: 235 }, dropdownItem: { height: 'auto', minHeight: 40 }, dropdownItemSelected: { height: 'auto', minHeight: 40 } }}
        />
      </div>
    </header>
  );
}

// ------------------------------------------------------------------------------------------ host frames

function Frame(props: { state: ShellState; strings: ShellStrings; theme: Theme; site: WorkbenchSite; channel: ChannelDef; children: React.ReactNode }): JSX.Element {
  const { state, strings: s, theme, site, channel } = props;
  const p = theme.palette;
  const canvas: React.CSSProperties = { background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText };
  if (state.host === 'sharepoint') {
    return (
      <div style={{ flex: 1, background: p.neutralLighterAlt }}>
        <div style={{ ...canvas, borderBottom: `1px solid ${p.neutralLight}` }}>
          <div style={{ maxWidth: 1204, margin: '0 auto', padding: '14px 24px', display: 'flex', alignItems: 'center', gap: 14 }}>
            <div
              aria-hidden="true"
              style={{ minWidth: 40, height: 40, padding: '0 6px', boxSizing: 'border-box', borderRadius: 4, fontSize: 13, background: p.themePrimary, color: p.white, display: 'flex', alignItems: 'center', justifyContent: 'center', fontWeight: 600 }}
            >
              {site.badge}
            </div>
            <Text variant="xLarge" styles={{ root: { fontWeight: 600 } }}>
              {site.title}
            </Text>
          </div>
        </div>
        <div style={{ ...canvas, maxWidth: 1204, margin: '16px auto', boxShadow: theme.effects.elevation4, borderRadius: 2 }}>{props.children}</div>
      </div>
    );
  }
  const tabs = state.host === 'teams' ? [s.teamsTabName] : [s.personalAppName];
  const heading = state.host === 'teams' ? `${channel.teamName} › ${channel.channelName}` : s.personalAppName;
  return (
    <div style={{ flex: 1, background: p.neutralLighter, display: 'flex', flexDirection: 'column' }}>
      <div style={{ display: 'flex', alignItems: 'flex-end', gap: 20, padding: '10px 20px 0', borderBottom: `1px solid ${p.neutralQuaternaryAlt}` }}>
        <Text variant="large" styles={{ root: { fontWeight: 600, paddingBottom: 10 } }}>
          {heading}
        </Text>
        {tabs.map((t) => (
          <span key={t} style={{ paddingBottom: 8, borderBottom: `3px solid ${p.themePrimary}`, fontWeight: 600 }}>
            {t}
          </span>
        ))}
      </div>
      <div style={{ ...canvas, flex: 1, margin: 12, borderRadius: 4, boxShadow: theme.effects.elevation4 }}>{props.children}</div>
    </div>
  );
}

class AppErrorBoundary extends React.Component<{ children: React.ReactNode }, { error?: Error }> {
  public state: { error?: Error } = {};
  public static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }
  public render(): React.ReactNode {
    if (this.state.error) {
      return (
        <pre role="alert" style={{ padding: 16, whiteSpace: 'pre-wrap', color: '#a4262c' }}>
          {String(this.state.error.stack || this.state.error)}
        </pre>
      );
    }
    return this.props.children;
  }
}

// ------------------------------------------------------------------------------------------ the hosted view (as the web part base does)

/** The first screen's read each web part starts in onInit, before the view's chunk has loaded. */
const FIRST_READS: Partial<Record<ViewName, (services: Services, host: HostContext) => Promise<unknown>>> = {
  accountTab: accountTabFirstRead,
  myAccounts: myAccountsFirstRead,
  annualClock: annualClockFirstRead,
  substitutes: substitutesFirstRead,
  situationForm: recordFormsFirstRead,
  feedbackForm: recordFormsFirstRead,
  teamReview: teamReviewFirstRead,
  satisfaction: satisfactionFirstRead,
  surveyAnswer: surveyAnswerFirstRead,
  agreements: agreementsFirstRead,
  ideas: ideasFirstRead,
  leadership: leadershipFirstRead,
  assessment: assessmentFirstRead,
};

/** What identifies one hosted view: a change of any of these mounts the view afresh (and starts its read again). */
const hostedKey = (s: ShellState): string => `${s.user}|${s.site}|${s.host}|${s.channel}|${s.view}|${s.lang}`;

interface Boot {
  key: string;
  initial?: Promise<unknown>;
  feature: Promise<Feature>;
}

/**
 * Page start, as SPFx runs a web part's onInit before its first render: the first screen's read and the view's
 * chunk start while the shell is still being rendered, so neither waits for React.
 */
function startBoot(): Boot | undefined {
  const s = readState();
  if (s.unknownUser) return undefined;
  signIn(s.user);
  const site = siteByKey(s.site);
  const channel = site.channels.find((c) => c.channelId === s.channel) ?? site.channels[0];
  const host = hostContext(s, site, findPerson(s.user)!, channel, () => undefined);
  const initial = FIRST_READS[s.view]?.(servicesFor(site, s.user), host);
  initial?.catch(() => undefined); // the view reports it
  const feature = prepareFeature(VIEWS[s.view], s.lang);
  feature.catch(() => undefined);
  return { key: hostedKey(s), initial, feature };
}

let boot: Boot | undefined;

/** The boot's read and chunk serve the view they were started for, once. */
function takeBoot(key: string): Boot | undefined {
  const b = boot?.key === key ? boot : undefined;
  boot = undefined;
  return b;
}

function HostedView(props: { view: ViewName; services: Services; host: HostContext; bootKey: string }): JSX.Element | null {
  const { view, services, host } = props;
  // Started once per mount, like onInit; the view takes it over for its first render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const started = React.useMemo(() => takeBoot(props.bootKey), []);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const initial = React.useMemo(() => (started ? started.initial : FIRST_READS[view]?.(services, host)), []);
  const feature = useAsync<Feature>(() => started?.feature ?? prepareFeature(VIEWS[view], host.locale), [view, host.locale]);
  if (feature.error !== undefined) throw feature.error;
  if (!feature.value) return null;
  return <AccountCareRoot services={services} host={host} feature={feature.value} initial={initial} />;
}

// ------------------------------------------------------------------------------------------ the shell

function Shell(): JSX.Element {
  const [state, setState] = React.useState<ShellState>(() => {
    const s = readState();
    signIn(s.user);
    return s;
  });
  const site = siteByKey(state.site);
  const person = findPerson(state.user)!;
  const channel = site.channels.find((c) => c.channelId === state.channel) ?? site.channels[0];
  const strings = shellStringsFor(state.lang);
  const theme = themeFor(state.theme);

  // A new SPFI per site and per signed-in user: nothing of the previous identity survives a switch.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const services = React.useMemo(() => servicesFor(site, state.user), [site.key, state.user]);
  const saveConfig = React.useCallback((c: { accountId?: number }) => setState((prev) => ({ ...prev, account: c.accountId })), []);
  const host = React.useMemo(() => hostContext(state, site, person, channel, saveConfig), [state, site, person, channel, saveConfig]);

  React.useEffect(() => writeState(state), [state]);
  React.useLayoutEffect(() => {
    document.documentElement.lang = state.lang.slice(0, 2);
    document.title = strings.documentTitle;
    document.body.style.background = theme.semanticColors.bodyBackground;
    document.body.style.colorScheme = state.theme === 'light' ? 'light' : 'dark';
  }, [state.lang, state.theme, strings, theme]);

  const onChange = (patch: Partial<ShellState>): void => {
    if (patch.user) signIn(patch.user);
    setState((prev) => {
      const next = { ...prev, ...patch };
      if (patch.user) next.unknownUser = undefined;
      if (patch.site && patch.site !== prev.site) {
        next.channel = defaultChannel(siteByKey(patch.site)).channelId;
        next.account = undefined; // account ids belong to a site
      }
      // A quick link fills one form once; another view or site starts clean.
      if ((patch.view && patch.view !== prev.view) || (patch.site && patch.site !== prev.site)) next.query = undefined;
      return next;
    });
  };

  return (
    <ThemeProvider theme={theme} style={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', background: theme.semanticColors.bodyBackground }}>
      <Bar state={state} strings={strings} theme={theme} onChange={onChange} />
      <Stack grow styles={{ root: { display: 'flex', flexDirection: 'column' } }}>
        <Frame state={state} strings={strings} theme={theme} site={site} channel={channel}>
          {state.unknownUser !== undefined ? (
            <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert" data-testid="unknown-user">
              {strings.unknownUser.replace('{user}', state.unknownUser)}
            </MessageBar>
          ) : (
            <AppErrorBoundary key={`${state.user}|${state.site}|${state.view}`}>
              <HostedView key={hostedKey(state)} bootKey={hostedKey(state)} view={state.view} services={services} host={host} />
            </AppErrorBoundary>
          )}
        </Frame>
      </Stack>
    </ThemeProvider>
  );
}

boot = startBoot();
// As SPFx renders a web part only when its onInit has resolved (the view's chunk and strings are in), so does the
// page: PnPjs sends each request from a timer, and a synchronous first render of the whole shell before that would
// hold the first screen's read back by the length of the render.
const renderShell = (): void => ReactDOM.render(<Shell />, document.getElementById('root'));
if (boot) boot.feature.then(renderShell, renderShell);
else renderShell();
