/**
 * The account tab: everything about one account on one screen. In a Teams channel the account comes from the
 * channel id stored on the account (a one-time picker links an unmapped channel); on a SharePoint page from the
 * web-part property (or My accounts); otherwise the user chooses. The first screen is one batched round trip
 * (data/queries/accountTab.ts), started by the web part before React when it can be (firstRead.ts).
 */
import * as React from 'react';
import { IconButton, Link, MessageBar, MessageBarButton, MessageBarType, Pivot, PivotItem, Shimmer, ShimmerElementType, Spinner, Stack, Text } from '@fluentui/react';
import { formatDate, toHelsinkiDate } from '../../domain/dates';
import { isActive } from '../../domain/substitution';
import type { Account, Draft } from '../../domain/types';
import { bundle as tabBundle } from './strings/tab';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { errorMessage } from '../../ui/errorMessage';
import { useAsync } from '../../ui/useAsync';
import { lazyForm } from '../../ui/forms/lazyForm';
import { AccountTabCtx, AccountTabContextValue } from './AccountTabContext';
import { savedOrThrow, useEntitySave } from '../../ui/forms/useEntitySave';
import { AccountTabData, AccountTabStart, loadAccountTab } from '../../data/queries/accountTab';
import type { ViewProps } from '../../ui/feature';
import { firstRead } from './firstRead';
import { Overview } from './Overview';
import { AtAGlance } from './AtAGlance';
import { Contacts } from './Contacts';
import type { FollowUpGroupsProps } from './FollowUpGroups';
import { AccountPlan } from './AccountPlan';

// Linking a channel or choosing the page's account happens once per channel or page: the picker (with its dropdown
// and dialog) is a chunk of its own, so opening an already linked account does not download it.
const loadPicker = () => import(/* webpackChunkName: 'account-tab-picker' */ './ChannelPicker');
const ChannelPicker = lazyForm<{ onLinked(accountId: number): void }>(() => loadPicker().then((m) => m.ChannelPicker));
const AccountChooser = lazyForm<{ onChoose(accountId: number): void }>(() => loadPicker().then((m) => m.AccountChooser));
import type { RecentActivityProps } from './RecentActivity';
import type { TeamRolesProps } from './TeamRoles';

// The account team (both sides by role) is a chunk of its own: the tab's first bundle stays within its budget.
const loadTeam = () => import(/* webpackChunkName: 'account-team' */ './TeamRoles');
// The follow-up groups (with the meeting kit) and the activity are tabs behind the overview: chunks of their own,
// fetched when their tab is opened, so the first screen's download stays within its budget.
const loadFollowUp = () => import(/* webpackChunkName: 'account-tab-follow-up' */ './FollowUpGroups');
const loadActivity = () => import(/* webpackChunkName: 'account-tab-activity' */ './RecentActivity');

export function AccountTab(props: ViewProps): JSX.Element {
  const { services, host } = useApp();
  const [picked, setPicked] = React.useState<number>();
  const initial = React.useRef(props.initial as Promise<AccountTabStart> | undefined);

  const start = useAsync<AccountTabStart>(() => {
    // The web part's early read serves the first render only; a pick or a retry reads again.
    const early = initial.current;
    initial.current = undefined;
    if (early && !picked) return early;
    return firstRead(services, picked ? { ...host, config: { ...host.config, accountId: picked } } : host);
  }, [services, host, picked]);

  if (start.error !== undefined) return <ErrorBar error={start.error} onRetry={start.reload} />;
  if (!start.value) return <AccountSkeleton />;
  if (start.value.kind === 'unmappedChannel') return <ChannelPicker onLinked={setPicked} />;
  if (start.value.kind === 'choose')
    return (
      <AccountChooser
        onChoose={(id) => {
          host.saveConfig?.({ accountId: id });
          setPicked(id);
        }}
      />
    );
  return <AccountView key={start.value.data.account.id} initial={start.value.data} />;
}

function AccountSkeleton(): JSX.Element {
  const { strings } = useApp();
  return (
    <div aria-busy="true" aria-label={strings.loading} style={{ padding: 16 }} data-testid="account-skeleton">
      <Shimmer shimmerElements={[{ type: ShimmerElementType.line, height: 28, width: '40%' }]} />
      <Stack horizontal tokens={{ childrenGap: 16 }} style={{ marginTop: 16 }}>
        <Stack.Item grow>
          <Shimmer shimmerElements={[{ type: ShimmerElementType.line, height: 120 }]} />
        </Stack.Item>
        <Stack.Item grow>
          <Shimmer shimmerElements={[{ type: ShimmerElementType.line, height: 120 }]} />
        </Stack.Item>
      </Stack>
      <Shimmer style={{ marginTop: 16 }} />
      <Shimmer style={{ marginTop: 8 }} width="80%" />
    </div>
  );
}

function AccountView(props: { initial: AccountTabData }): JSX.Element {
  const { services, host, strings } = useApp();
  const s = useBundle(tabBundle);
  const now = React.useMemo(() => host.now ?? new Date(), [host.now]);
  const today = toHelsinkiDate(now);
  const accountId = props.initial.account.id;
  const [data, setData] = React.useState<AccountTabData | undefined>(props.initial);
  const [error, setError] = React.useState<unknown>();
  const [section, setSection] = React.useState('overview');
  /** The absence whose handover brief is open in place of the tab. */
  const [briefFor, setBriefFor] = React.useState<number>();
  const [backFromBrief, setBackFromBrief] = React.useState(false);

  const load = React.useCallback(async () => {
    setError(undefined);
    try {
      setData(await loadAccountTab(services, accountId, today));
    } catch (e) {
      setError(e);
    }
  }, [services, accountId, today]);

  const { save } = useEntitySave(services.repos.accounts);
  const saveAccount = React.useCallback(
    async (patch: Partial<Draft<Account>>) => {
      const put = (account: Account): void => setData((d) => (d ? { ...d, account } : d));
      put(savedOrThrow(await save(data!.account, patch), put));
    },
    [save, data],
  );

  if (!data) return error !== undefined ? <ErrorBar error={error} onRetry={() => load()} /> : <AccountSkeleton />;

  const ctx: AccountTabContextValue = {
    data,
    now,
    today,
    canEdit: data.canEditAccount,
    reload: load,
    saveAccount,
    update: (change) => setData((d) => (d ? change(d) : d)),
  };
  const a = data.account;
  // A cheap check first (the cover rules themselves load with the brief's chunk, not in the tab's bundle).
  const managerAway = data.absences.some((x) => x.person.id === a.accountManager?.id && isActive(x, today));

  if (briefFor !== undefined) {
    return (
      <div data-testid="account-tab-brief">
        <OpenBrief
          accountId={a.id}
          absenceId={briefFor}
          onBack={() => {
            setBriefFor(undefined);
            // Back on the tab: focus returns to the banner's link that opened the brief, once it is drawn again.
            setBackFromBrief(true);
          }}
        />
      </div>
    );
  }

  return (
    <AccountTabCtx.Provider value={ctx}>
      <Stack tokens={{ childrenGap: 12, padding: 16 }} as="main" aria-labelledby="ac-account-title" data-testid="account-tab">
        <Stack horizontal verticalAlign="center" horizontalAlign="space-between" wrap>
          <Text as="h1" variant="xLarge" id="ac-account-title" style={{ margin: 0 }}>
            {a.name} {a.abbreviation && <span style={{ fontWeight: 400 }}>({a.abbreviation})</span>}
          </Text>
          <IconButton iconProps={{ iconName: 'Refresh' }} title={s.reload} ariaLabel={s.reload} onClick={() => load()} />
        </Stack>
        {managerAway && <CoverBanner data={data} today={today} focusLink={backFromBrief} onFocused={() => setBackFromBrief(false)} onOpen={setBriefFor} />}
        {error !== undefined && (
          // A failed refresh (an outage) keeps what is on screen, drafts included, and says so beside it.
          <div data-testid="account-refresh-error">
            <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert" actions={<MessageBarButton onClick={() => load()}>{strings.retry}</MessageBarButton>}>
              {s.refreshFailed} {errorMessage(strings, error)}
            </MessageBar>
          </div>
        )}
        {data.problems.length > 0 && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline role="status" data-testid="account-problems">
            {s.problemsIntro}
            <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
              {data.problems.map((p, i) => (
                <li key={i}>{format(s.problemList, { list: p.list ?? '', message: errorMessage(strings, p) })}</li>
              ))}
            </ul>
          </MessageBar>
        )}
        <Pivot selectedKey={section} onLinkClick={(item) => item?.props.itemKey && setSection(item.props.itemKey)} aria-label={s.tabLabel} overflowBehavior="menu">
          <PivotItem itemKey="overview" headerText={s.sections.overview}>
            <Stack tokens={{ childrenGap: 16 }} style={{ paddingTop: 12 }}>
              <Overview />
              <AtAGlance {...data} today={today} now={now} />
              <Team account={a} contacts={data.contacts} />
              <Contacts accountId={a.id} contacts={data.contacts} canEdit={ctx.canEdit} onContactsChange={(change) => ctx.update((d) => ({ ...d, contacts: change(d.contacts) }))} />
            </Stack>
          </PivotItem>
          <PivotItem itemKey="followUp" headerText={s.sections.followUp}>
            <div style={{ paddingTop: 12 }}>
              <FollowUpTab {...data} today={today} now={now} />
            </div>
          </PivotItem>
          <PivotItem itemKey="plan" headerText={s.sections.plan}>
            <div style={{ paddingTop: 12 }}>
              <AccountPlan />
            </div>
          </PivotItem>
          <PivotItem itemKey="activity" headerText={s.sections.activity}>
            <div style={{ paddingTop: 12 }}>
              <ActivityTab {...data} today={today} />
            </div>
          </PivotItem>
        </Pivot>
      </Stack>
    </AccountTabCtx.Provider>
  );
}

/** The handover brief's chunk: the brief itself and who covers today (the cover rules stay out of the tab's bundle). */
const loadBrief = () => import(/* webpackChunkName: 'handover-brief' */ '../substitutes/brief');

/** "Tuuraaja: X, DATE asti" with a link to the handover brief, while the manager is away on an absence that needs cover. */
function CoverBanner(props: {
  data: AccountTabData;
  today: string;
  /** Put the focus on the link once shown (back from the brief). */
  focusLink: boolean;
  onFocused(): void;
  onOpen(absenceId: number): void;
}): JSX.Element | null {
  const { host } = useApp();
  const s = useBundle(tabBundle).cover;
  const { data, today, focusLink, onFocused } = props;
  // The brief's chunk (with the cover rules) is fetched only when the manager has an absence today.
  const managerAway = data.absences.some((x) => x.person.id === data.account.accountManager?.id);
  const part = useAsync(() => (managerAway ? loadBrief() : Promise.resolve(undefined)), [managerAway]);
  const bar = React.useRef<HTMLDivElement>(null);
  const cover = part.value?.coverToday(data.account, data.absences, today, data.settings);
  const shown = !!cover;
  React.useEffect(() => {
    if (!focusLink || !shown) return;
    // MessageBar draws its text a moment later (DelayedRender, for screen readers): wait for the link, briefly.
    let tries = 0;
    const timer = window.setInterval(() => {
      const link = bar.current?.querySelector<HTMLElement>('[data-testid="cover-banner-brief"]');
      if (link) link.focus();
      if (link || ++tries > 40) {
        window.clearInterval(timer);
        onFocused();
      }
    }, 25);
    return () => window.clearInterval(timer);
  }, [focusLink, shown, onFocused]);
  if (!cover) return null;
  const end = formatDate(cover.absence.end, host.locale);
  const manager = cover.absence.person.title || data.account.accountManager?.title || '';
  return (
    <div ref={bar}>
    <MessageBar messageBarType={cover.cover ? MessageBarType.info : MessageBarType.warning} isMultiline data-testid="cover-banner">
      {cover.cover ? format(s.banner, { name: cover.cover.title || cover.cover.email || '', end }) : format(s.noCover, { manager, end })}{' '}
      <Link onClick={() => props.onOpen(cover.absence.id)} data-testid="cover-banner-brief">
        {s.openBrief}
      </Link>
    </MessageBar>
    </div>
  );
}

/** The follow-up groups tab once its chunk is here (a retry when it cannot be fetched). */
function FollowUpTab(props: FollowUpGroupsProps): JSX.Element {
  const { strings } = useApp();
  const part = useAsync(loadFollowUp, []);
  if (part.error !== undefined) return <ErrorBar error={part.error} onRetry={part.reload} />;
  return part.value ? <part.value.FollowUpGroups {...props} /> : <Spinner label={strings.loading} />;
}

/** The activity tab once its chunk is here. */
function ActivityTab(props: RecentActivityProps): JSX.Element {
  const { strings } = useApp();
  const part = useAsync(loadActivity, []);
  if (part.error !== undefined) return <ErrorBar error={part.error} onRetry={part.reload} />;
  return part.value ? <part.value.RecentActivity {...props} /> : <Spinner label={strings.loading} />;
}

/** The account team once its chunk is here; a chunk that cannot be fetched gets a retry, not a broken tab. */
function Team(props: TeamRolesProps): JSX.Element {
  const { strings } = useApp();
  const part = useAsync(loadTeam, []);
  if (part.error !== undefined) return <ErrorBar error={part.error} onRetry={part.reload} />;
  return part.value ? <part.value.TeamRoles {...props} /> : <Spinner label={strings.loading} />;
}

function OpenBrief(props: { accountId: number; absenceId: number; onBack: () => void }): JSX.Element {
  const { strings } = useApp();
  const part = useAsync(loadBrief, []);
  if (part.error !== undefined) return <ErrorBar error={part.error} onRetry={part.reload} />;
  if (!part.value) return <Spinner label={strings.loading} style={{ padding: 16 }} />;
  const { HandoverBrief } = part.value;
  return <HandoverBrief accountId={props.accountId} absenceId={props.absenceId} onBack={props.onBack} />;
}
