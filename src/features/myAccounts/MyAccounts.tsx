/**
 * "My accounts", the Teams personal app: the signed-in user's own accounts (account manager or backup) and the
 * accounts they cover today because the manager is away. Selecting one opens its account tab right here, with a
 * back button; focus returns to the account the user came from.
 */
import * as React from 'react';
import { ActionButton, IButton, Icon, mergeStyleSets, Shimmer, ShimmerElementType, Spinner, Stack, Text, useTheme } from '@fluentui/react';
import type { Theme } from '@fluentui/react';
import { formatDate, toHelsinkiDate } from '../../domain/dates';
import type { Account } from '../../domain/types';
import { bundle as choiceBundle } from '../../loc/choices';
import { bundle as myBundle, MyAccountsStrings } from './strings';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ViewHeader } from '../../ui/ViewHeader';
import { LazyFeature } from '../../ui/LazyFeature';
import type { ViewProps } from '../../ui/feature';
import { ErrorBar } from '../../ui/ErrorBar';
import { errorMessage } from '../../ui/errorMessage';
import { useAsync } from '../../ui/useAsync';
import type { MyAccountsData } from '../../data/queries/myAccounts';
import { firstRead } from './firstRead';

interface Opened {
  accountId: number;
  /** Set when the handover brief of this absence was opened rather than the account. */
  absenceId?: number;
  /** Which row opened it (an account can be in both groups), so focus can go back there. */
  rowKey: string;
}

export function MyAccounts(props: ViewProps): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(myBundle);
  const today = toHelsinkiDate(host.now ?? new Date());
  const initial = React.useRef(props.initial as Promise<MyAccountsData> | undefined);
  const state = useAsync(() => {
    // The web part's early read serves the first render; Refresh reads again.
    const early = initial.current;
    initial.current = undefined;
    return early ?? firstRead(services, host);
  }, [services, today, host.locale]);
  const [opened, setOpened] = React.useState<Opened>();
  const lastRow = React.useRef<string>();
  const listRef = React.useRef<HTMLDivElement>(null);

  // Back from an account: put focus on the row that opened it (keyboard and screen-reader users keep their place).
  React.useEffect(() => {
    if (opened || !lastRow.current || !listRef.current) return;
    listRef.current.querySelector<HTMLButtonElement>(`[data-row-key="${lastRow.current}"]`)?.focus();
    lastRow.current = undefined;
  }, [opened, state.value]);

  const back = (): void => {
    lastRow.current = opened?.rowKey;
    setOpened(undefined);
  };
  if (opened?.absenceId !== undefined) {
    return (
      <div data-testid="my-accounts-brief">
        <OpenBrief accountId={opened.accountId} absenceId={opened.absenceId} onBack={back} />
      </div>
    );
  }
  if (opened) {
    return (
      <OpenAccount
        accountId={opened.accountId}
        backLabel={s.back}
        onBack={() => {
          lastRow.current = opened.rowKey;
          setOpened(undefined);
        }}
      />
    );
  }

  return (
    <Stack tokens={{ childrenGap: 16, padding: 16 }} as="main" aria-labelledby="ac-my-title" data-testid="my-accounts">
      <ViewHeader titleId="ac-my-title" title={s.title} intro={s.intro} refreshLabel={s.refresh} onRefresh={state.reload} refreshing={state.loading} />
      {state.error !== undefined ? (
        <ErrorBar error={state.error} onRetry={state.reload} />
      ) : !state.value ? (
        <MyAccountsSkeleton label={s.loading} />
      ) : (
        <div ref={listRef}>
          <Groups data={state.value} onOpen={(accountId, rowKey, absenceId) => setOpened({ accountId, rowKey, absenceId })} />
        </div>
      )}
    </Stack>
  );
}

function Groups(props: { data: MyAccountsData; onOpen: (accountId: number, rowKey: string, absenceId?: number) => void }): JSX.Element {
  const { host, strings } = useApp();
  const s = useBundle(myBundle);
  const c = useBundle(choiceBundle);
  const classes = useClasses();
  const { own, covering, coverError } = props.data;

  if (own.length === 0 && covering.length === 0 && !coverError) {
    return (
      <div className={classes.empty} data-testid="my-accounts-empty">
        <Icon iconName="ContactCard" className={classes.emptyIcon} aria-hidden />
        <Text as="h2" variant="large" style={{ margin: 0 }}>
          {s.emptyTitle}
        </Text>
        <Text as="p" style={{ margin: 0, maxWidth: 560 }}>
          {s.emptyBody}
        </Text>
      </div>
    );
  }

  return (
    <Stack tokens={{ childrenGap: 24 }}>
      <section aria-labelledby="ac-my-own" data-testid="group-own">
        <GroupHeading id="ac-my-own" title={s.ownGroup} count={own.length} />
        {own.length === 0 ? (
          <Text as="p">{s.ownEmpty}</Text>
        ) : (
          <ul className={classes.list}>
            {own.map(({ account, role }) => (
              <AccountRow
                key={account.id}
                rowKey={`own-${account.id}`}
                account={account}
                role={role === 'manager' ? s.roleManager : s.roleBackup}
                s={s}
                onOpen={props.onOpen}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ac-my-cover" data-testid="group-cover">
        <GroupHeading id="ac-my-cover" title={s.coverGroup} count={covering.length} />
        <Text as="p" block variant="small" className={classes.secondary} style={{ margin: '0 0 8px' }}>
          {s.coverRule}
        </Text>
        {coverError ? (
          <Text as="p" role="status">
            {format(s.coverFailed, { message: errorMessage(strings, coverError) })}
          </Text>
        ) : covering.length === 0 ? (
          <Text as="p">{s.coverEmpty}</Text>
        ) : (
          <ul className={classes.list}>
            {covering.map(({ account, absence }) => (
              <AccountRow
                key={account.id}
                rowKey={`cover-${account.id}`}
                account={account}
                role={s.roleCover}
                detail={format(s.coverFor, {
                  kind: c.absenceKind[absence.kind].toLocaleLowerCase(host.locale),
                  name: absence.person.title || account.accountManager?.title || s.colleague,
                  end: formatDate(absence.end, host.locale),
                })}
                acting={format(s.coverActing, { end: formatDate(absence.end, host.locale) })}
                s={s}
                onOpen={props.onOpen}
                onBrief={() => props.onOpen(account.id, `brief-${account.id}`, absence.id)}
              />
            ))}
          </ul>
        )}
      </section>
    </Stack>
  );
}

function GroupHeading(props: { id: string; title: string; count: number }): JSX.Element {
  return (
    <Text as="h2" block variant="large" id={props.id} style={{ margin: '0 0 8px' }}>
      {props.title} <span style={{ fontWeight: 400 }}>({props.count})</span>
    </Text>
  );
}

function AccountRow(props: {
  account: Account;
  rowKey: string;
  role: string;
  detail?: string;
  /** For a covered account: until when the user acts for the manager. */
  acting?: string;
  s: MyAccountsStrings;
  onOpen: (accountId: number, rowKey: string) => void;
  /** Opens the handover brief (covered accounts). */
  onBrief?: () => void;
}): JSX.Element {
  const classes = useClasses();
  const a = props.account;
  return (
    <li className={classes.item}>
      <button type="button" className={classes.row} data-row-key={props.rowKey} onClick={() => props.onOpen(a.id, props.rowKey)}>
        <span className={classes.name}>
          {a.name}
          {a.abbreviation && <span className={classes.abbr}> ({a.abbreviation})</span>}
        </span>
        <span className={classes.meta}>{props.detail ? `${props.role} · ${props.detail}` : props.role}</span>
        {props.acting && <span className={classes.meta}>{props.acting}</span>}
        {a.teamsChannelName && (
          <span className={classes.meta}>
            <Icon iconName="TeamsLogo" aria-hidden style={{ marginRight: 4, verticalAlign: 'middle' }} />
            {format(props.s.teamsChannel, { channel: a.teamsChannelName })}
          </span>
        )}
      </button>
      {props.onBrief && (
        <ActionButton
          iconProps={{ iconName: 'ContactCardSettings' }}
          className={classes.brief}
          data-row-key={`brief-${a.id}`}
          ariaLabel={format(props.s.openBriefFor, { name: a.name })}
          onClick={props.onBrief}
        >
          {props.s.openBrief}
        </ActionButton>
      )}
    </li>
  );
}

/** The handover brief is a chunk of its own too: loaded when the user first opens one (a retry if it cannot be fetched). */
const loadBrief = () => import(/* webpackChunkName: 'handover-brief' */ '../substitutes/brief');

function OpenBrief(props: { accountId: number; absenceId: number; onBack: () => void }): JSX.Element {
  const { strings } = useApp();
  const part = useAsync(loadBrief, []);
  if (part.error !== undefined) return <ErrorBar error={part.error} onRetry={part.reload} />;
  if (!part.value) return <Spinner label={strings.loading} style={{ padding: 16 }} />;
  const { HandoverBrief } = part.value;
  return <HandoverBrief accountId={props.accountId} absenceId={props.absenceId} onBack={props.onBack} />;
}

/** The account tab is a chunk of its own: loaded when the user first opens an account here. */
const loadAccountTabFeature = () => import(/* webpackChunkName: 'account-tab' */ '../accountTab');

function OpenAccount(props: { accountId: number; backLabel: string; onBack: () => void }): JSX.Element {
  const back = React.useRef<IButton>(null);
  React.useEffect(() => back.current?.focus(), []);
  return (
    <div data-testid="my-accounts-open">
      <div style={{ padding: '8px 16px 0' }}>
        <ActionButton componentRef={back} iconProps={{ iconName: 'Back' }} onClick={props.onBack} data-testid="my-accounts-back">
          {props.backLabel}
        </ActionButton>
      </div>
      <LazyFeature load={loadAccountTabFeature} config={{ accountId: props.accountId }} />
    </div>
  );
}

function MyAccountsSkeleton(props: { label: string }): JSX.Element {
  const row = [{ type: ShimmerElementType.line, height: 56 }];
  return (
    <div aria-busy="true" aria-label={props.label} role="status" data-testid="my-accounts-skeleton">
      <Shimmer shimmerElements={[{ type: ShimmerElementType.line, height: 22, width: '30%' }]} />
      <Stack tokens={{ childrenGap: 8 }} style={{ marginTop: 12 }}>
        <Shimmer shimmerElements={row} />
        <Shimmer shimmerElements={row} />
        <Shimmer shimmerElements={row} width="90%" />
      </Stack>
      <Shimmer shimmerElements={[{ type: ShimmerElementType.line, height: 22, width: '25%' }]} style={{ marginTop: 24 }} />
      <Shimmer shimmerElements={row} style={{ marginTop: 12 }} width="80%" />
    </div>
  );
}

function useClasses(): ReturnType<typeof classesFor> {
  const theme = useTheme();
  return React.useMemo(() => classesFor(theme), [theme]);
}

function classesFor(theme: Theme) {
  const sc = theme.semanticColors;
  const forcedColors = '@media screen and (forced-colors: active), screen and (-ms-high-contrast: active)';
  return mergeStyleSets({
    list: {
      listStyle: 'none',
      margin: 0,
      padding: 0,
      display: 'grid',
      gap: 8,
      // Cards side by side when there is room; one column down to 320 px (Teams mobile, side panel).
      gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 280px), 1fr))',
    },
    item: { display: 'flex', flexDirection: 'column' },
    brief: { alignSelf: 'flex-start', height: 32 },
    row: {
      flex: 1,
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'flex-start',
      gap: 4,
      textAlign: 'left',
      font: 'inherit',
      padding: '10px 12px',
      cursor: 'pointer',
      color: sc.bodyText,
      background: sc.bodyBackground,
      border: `1px solid ${sc.bodyDivider}`,
      borderLeft: `4px solid ${theme.palette.themePrimary}`,
      borderRadius: 4,
      selectors: {
        ':hover': { background: sc.bodyBackgroundHovered },
        ':focus-visible': { outline: `2px solid ${sc.focusBorder}`, outlineOffset: 2 },
        [forcedColors]: { border: '1px solid ButtonText', forcedColorAdjust: 'auto' },
      },
    },
    name: { fontWeight: 600, fontSize: theme.fonts.mediumPlus.fontSize, overflowWrap: 'anywhere' },
    abbr: { fontWeight: 400 },
    meta: { color: sc.bodySubtext, fontSize: theme.fonts.small.fontSize, overflowWrap: 'anywhere' },
    secondary: { color: sc.bodySubtext },
    empty: {
      display: 'flex',
      flexDirection: 'column',
      alignItems: 'flex-start',
      gap: 8,
      padding: 16,
      border: `1px dashed ${sc.bodyDivider}`,
      borderRadius: 4,
    },
    emptyIcon: { fontSize: 32, color: theme.palette.themePrimary },
  });
}
