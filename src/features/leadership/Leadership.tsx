/**
 * The leadership situation picture (view=leadership): every account in one table — next year's agreement against
 * its deadline, overdue annual clock items, the satisfaction trend and 9E under the privacy threshold, actions,
 * ideas, this quarter's feedback, cover gaps, the tier and the manager — sortable (the headers are buttons, the
 * sorted one carries aria-sort), filterable by tier, manager and text, exported as CSV for Finnish Excel; the
 * account managers' goals in a second tab, each measure with how it is counted. A row opens the account's tab in a
 * side panel (the account tab's own chunk, loaded on first open, as My accounts does).
 */
import * as React from 'react';
import { CommandButton, DefaultButton, Dropdown, Icon, IDropdownOption, Label, MessageBar, MessageBarType, Panel, PanelType, Pivot, PivotItem, SearchBox, Spinner, Stack, Text, useTheme } from '@fluentui/react';
import type { SituationData } from '../../data/queries/leadership';
import { DataError } from '../../data/errors';
import { csvFileName, toCsv } from '../../domain/csv';

import { filterSituation, managerGoals, ManagerGoals, Ratio, SituationFilters, SituationRow, situationTotals } from '../../domain/situationPicture';
import { NINE_E_WORLDS } from '../../domain/partnership9E';
import type { Account } from '../../domain/types';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { downloadFile } from '../../ui/download';
import { ErrorBar } from '../../ui/ErrorBar';
import { errorMessage } from '../../ui/errorMessage';
import { ExportStatus, useExportRun } from '../../ui/ExportStatus';
import type { ViewProps } from '../../ui/feature';
import { useReturnFocus } from '../../ui/forms/useReturnFocus';
import { LazyFeature } from '../../ui/LazyFeature';
import { useAsync } from '../../ui/useAsync';
import { ViewHeader } from '../../ui/ViewHeader';
import { firstRead } from './firstRead';
import { agreementText, coverText, csvRows, numberFormat, percentFormat, quarterText, satisfactionText, signed, Sort, SortKey, sortRows } from './model';
import { bundle as leadershipBundle, LeadershipStrings } from './strings';

const cell: React.CSSProperties = { textAlign: 'left', padding: '4px 8px', verticalAlign: 'top' };
const small: React.CSSProperties = { display: 'block', fontSize: 12 };
const ALL = '__all';
const NONE = '__none';

/** 403/404 on the provider's lists: the reader is not one of the provider's people (a customer's respondent). */
export const isNoAccess = (e: unknown): boolean => e instanceof DataError && (e.kind === 'accessDenied' || e.kind === 'notFound' || e.kind === 'listMissing');

export function Leadership(props: ViewProps): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(leadershipBundle);
  const initial = React.useRef(props.initial as Promise<SituationData> | undefined);
  const state = useAsync(() => {
    // The web part's early read serves the first render; Refresh reads again.
    const early = initial.current;
    initial.current = undefined;
    return early ?? firstRead(services, host);
  }, [services]);

  let body: React.ReactNode;
  if (state.error !== undefined) {
    body = isNoAccess(state.error) ? (
      <MessageBar messageBarType={MessageBarType.blocked} isMultiline data-testid="leadership-no-access">
        <strong>{s.noAccessTitle}. </strong>
        {s.noAccess}
      </MessageBar>
    ) : (
      <ErrorBar error={state.error} onRetry={state.reload} />
    );
  } else if (!state.value) body = <Spinner label={s.loading} />;
  else body = <Picture data={state.value} />;

  return (
    <Stack tokens={{ childrenGap: 12, padding: 16 }} as="main" aria-labelledby="ac-leadership-title" data-testid="leadership">
      <ViewHeader titleId="ac-leadership-title" title={s.title} intro={s.intro} refreshLabel={s.refresh} onRefresh={state.reload} refreshing={state.loading} />
      {body}
    </Stack>
  );
}

function Picture({ data }: { data: SituationData }): JSX.Element {
  const { host, strings } = useApp();
  const s = useBundle(leadershipBundle);
  const { picture } = data;
  const [filters, setFilters] = React.useState<SituationFilters>({});
  const [tab, setTab] = React.useState<'accounts' | 'goals'>('accounts');
  const [opened, setOpened] = React.useState<Account>();
  const rows = React.useMemo(() => filterSituation(picture.rows, filters), [picture.rows, filters]);

  const tiers = React.useMemo(() => {
    const m = new Map<number, string>();
    for (const r of picture.rows) if (r.tier) m.set(r.tier.segmentId, r.tier.name);
    return [...m].sort((a, b) => a[1].localeCompare(b[1], host.locale));
  }, [picture.rows, host.locale]);
  const managers = React.useMemo(() => {
    const m = new Map<number, string>();
    for (const r of picture.rows) if (r.manager) m.set(r.manager.id, r.manager.title ?? String(r.manager.id));
    return [...m].sort((a, b) => a[1].localeCompare(b[1], host.locale));
  }, [picture.rows, host.locale]);
  const opt = (key: string, text: string): IDropdownOption => ({ key, text });
  const keyOf = (v: number | 'none' | undefined): string => (v === undefined ? ALL : v === 'none' ? NONE : String(v));
  const valueOf = (k: string | number): number | 'none' | undefined => (k === ALL ? undefined : k === NONE ? 'none' : Number(k));
  const filtered = filters.tier !== undefined || filters.manager !== undefined || (filters.text ?? '').trim() !== '';
  const totals = situationTotals(rows);

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {data.problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="leadership-problems">
          {format(s.partsMissing, { count: data.problems.length, message: errorMessage(strings, data.problems[0]) })}
        </MessageBar>
      )}
      {picture.responsesAccess === 'none' && <MessageBar messageBarType={MessageBarType.info}>{s.noResponses}</MessageBar>}
      <Text block data-testid="leadership-summary">
        {format(s.summary, { count: totals.accounts, late: totals.agreementsLate, atRisk: totals.agreementsAtRisk, overdue: totals.clockOverdue, gaps: totals.accountsWithCoverGap })}
      </Text>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }} role="search" aria-label={s.filters}>
        <Dropdown
          label={s.filterTier}
          selectedKey={keyOf(filters.tier)}
          options={[opt(ALL, s.all), ...tiers.map(([id, name]) => opt(String(id), name)), opt(NONE, s.noTier)]}
          onChange={(_, o) => o && setFilters((f) => ({ ...f, tier: valueOf(o.key) }))}
          styles={{ root: { minWidth: 200 } }}
          data-testid="filter-tier"
        />
        <Dropdown
          label={s.filterManager}
          selectedKey={keyOf(filters.manager)}
          options={[opt(ALL, s.all), ...managers.map(([id, name]) => opt(String(id), name)), opt(NONE, s.noManager)]}
          onChange={(_, o) => o && setFilters((f) => ({ ...f, manager: valueOf(o.key) }))}
          styles={{ root: { minWidth: 200 } }}
          data-testid="filter-manager"
        />
        <Stack>
          <Label htmlFor="ac-leadership-text">{s.filterText}</Label>
          <SearchBox
            id="ac-leadership-text"
            ariaLabel={s.filterText}
            value={filters.text ?? ''}
            onChange={(_, v) => setFilters((f) => ({ ...f, text: v ?? '' }))}
            styles={{ root: { minWidth: 220 } }}
            data-testid="filter-text"
          />
        </Stack>
        {filtered && <DefaultButton text={s.clearFilters} onClick={() => setFilters({})} />}
        <Export rows={rows} data={data} />
      </Stack>
      <Pivot selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as 'accounts' | 'goals')} headersOnly data-testid="leadership-tabs">
        <PivotItem itemKey="accounts" headerText={s.tabs.accounts} />
        <PivotItem itemKey="goals" headerText={s.tabs.goals} />
      </Pivot>
      {tab === 'accounts' ? (
        <AccountsTable rows={rows} all={picture.rows.length} data={data} onOpen={setOpened} />
      ) : (
        <Goals goals={managerGoals(rows)} totals={managerGoals(rows.map((r) => ({ ...r, manager: { id: -1, title: s.goals.total } })))[0]} />
      )}
      <HowCounted s={s} goals={tab === 'goals'} />
      {opened && <AccountPanel account={opened} onClose={() => setOpened(undefined)} />}
    </Stack>
  );
}

function AccountsTable(props: { rows: SituationRow[]; all: number; data: SituationData; onOpen(a: Account): void }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(leadershipBundle);
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const [sort, setSort] = React.useState<Sort>({ key: 'account', descending: false });
  const { picture } = props.data;
  const rows = sortRows(props.rows, sort, host.locale);
  const n = numberFormat(host.locale);
  const noAccess = picture.responsesAccess === 'none';
  const sub: React.CSSProperties = { ...small, color: theme.semanticColors.bodySubtext };
  const quarters = picture.quarters.map((q) => quarterText(q, s)).join(', ');

  const header = (key: SortKey | undefined, label: string): JSX.Element => {
    if (!key)
      return (
        <th scope="col" style={cell}>
          {label}
        </th>
      );
    const active = sort.key === key;
    return (
      <th scope="col" style={cell} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <CommandButton
          onClick={() => setSort(active ? { key, descending: !sort.descending } : { key, descending: false })}
          title={format(s.sortBy, { column: label })}
          styles={{ root: { height: 'auto', padding: 0 }, label: { margin: 0, fontWeight: 600 } }}
          data-testid={`sort-${key}`}
        >
          {label}
          {active && <Icon iconName={sort.descending ? 'SortDown' : 'SortUp'} aria-hidden="true" style={{ marginLeft: 4 }} />}
        </CommandButton>
      </th>
    );
  };

  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text block role="status" aria-live="polite" variant="small">
        {format(s.shown, { shown: rows.length, total: props.all })}
      </Text>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="leadership-table">
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{s.caption}</caption>
          <thead>
            <tr>
              {header('account', s.columns.account)}
              {header('manager', s.columns.manager)}
              {header('agreement', s.columns.agreement)}
              {header('clock', s.columns.clock)}
              {header('satisfaction', s.columns.satisfaction)}
              {header(undefined, s.columns.nineE)}
              {header('actions', s.columns.actions)}
              {header('ideas', s.columns.ideas)}
              {header('feedback', s.columns.feedback)}
              {header('cover', s.columns.cover)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const a = agreementText(r, s, c);
              const label = `${r.account.name} (${r.account.abbreviation})`;
              return (
                <tr key={r.account.id} data-testid={`leadership-row-${r.account.abbreviation}`} style={{ borderTop: `1px solid ${theme.semanticColors.bodyDivider}` }}>
                  <th scope="row" style={cell}>
                    <CommandButton
                      text={r.account.abbreviation}
                      title={r.account.name}
                      ariaLabel={format(s.open, { account: label })}
                      onClick={() => props.onOpen(r.account)}
                      styles={{ root: { height: 'auto', padding: 0 }, label: { margin: 0 } }}
                    />
                    <span style={sub}>{r.account.name}</span>
                    {/* The tier under the name, not a column of its own: the table fits a laptop screen, cover gaps included. */}
                    <span style={sub} data-testid="cell-tier">
                      {s.columns.tier}: {r.tier?.name ?? s.noTier}
                    </span>
                  </th>
                  <td style={cell}>{r.manager?.title ?? s.noManager}</td>
                  <td style={cell} data-testid="cell-agreement">
                    <StateText state={r.agreement.state === 'late' ? 'bad' : r.agreement.state === 'atRisk' ? 'warn' : r.agreement.state === 'done' ? 'done' : 'ok'} text={a.state} />
                    <span style={small}>
                      {a.stage}
                      {r.agreement.agreement ? ` · ${format(s.agreement.step, r.agreement.progress)}` : ''}
                    </span>
                    {a.days && <span style={sub}>{a.days}</span>}
                  </td>
                  <td style={cell} data-testid="cell-clock">
                    {r.clock.overdue > 0 ? <StateText state="warn" text={format(s.overdue, { count: r.clock.overdue })} /> : <span>{s.noneOverdue}</span>}
                  </td>
                  <td style={cell} data-testid="cell-satisfaction">
                    <span style={{ whiteSpace: 'nowrap' }}>{satisfactionText(r, picture.threshold, noAccess, s, n)}</span>
                    {r.satisfaction.change !== undefined && <span style={sub}>{format(s.satisfaction.change, { change: signed(r.satisfaction.change, n) })}</span>}
                    {r.satisfaction.drop && <StateText state="bad" text={s.satisfaction.drop} />}
                    {r.satisfaction.trend.some((t) => t.shown && t.overall !== undefined) && (
                      <span style={sub} title={format(s.satisfaction.trend, { quarters })}>
                        {format(s.trendLine, {
                          first: quarterText(r.satisfaction.trend[0].quarter, s),
                          last: quarterText(r.satisfaction.trend[r.satisfaction.trend.length - 1].quarter, s),
                          values: r.satisfaction.trend.map((t) => (t.shown && t.overall !== undefined ? n(t.overall) : '–')).join(' · '),
                        })}
                      </span>
                    )}
                  </td>
                  <td style={cell} data-testid="cell-9e">
                    {noAccess ? (
                      s.satisfaction.noAccess
                    ) : !r.nineE ? (
                      s.nineE.none
                    ) : (
                      <>
                        {NINE_E_WORLDS.map((w) => {
                          const x = r.nineE!.worlds[w];
                          return (
                            <span key={w} style={{ display: 'block', whiteSpace: 'nowrap' }} title={s.nineE.worlds[w]}>
                              {s.nineE.short[w]}: {x.shown ? n(x.average) : x.category === 'none' ? s.nineE.none : format(s.nineE.few, { threshold: picture.threshold })}
                            </span>
                          );
                        })}
                        <span style={sub}>{r.nineE.survey.title}</span>
                      </>
                    )}
                  </td>
                  <td style={cell}>
                    {r.actions.overdue > 0 ? (
                      <StateText state="warn" text={format(s.actionsText, { open: r.actions.open, overdue: r.actions.overdue })} />
                    ) : r.actions.open > 0 ? (
                      format(s.openOnly, { open: r.actions.open })
                    ) : (
                      s.noneOpen
                    )}
                  </td>
                  <td style={cell}>
                    {r.ideas.awaitingGate > 0 ? format(s.ideasText, { open: r.ideas.open, gate: r.ideas.awaitingGate }) : r.ideas.open > 0 ? format(s.openOnly, { open: r.ideas.open }) : s.noneOpen}
                  </td>
                  <td style={cell}>{r.feedback.total > 0 ? format(s.feedbackText, { total: r.feedback.total, negative: r.feedback.negative }) : s.noFeedback}</td>
                  <td style={cell} data-testid="cell-cover">
                    {r.coverGaps.length ? <StateText state={r.coverGaps[0].now ? 'bad' : 'warn'} text={coverText(r, s, host.locale)} /> : <StateText state="ok" text={s.cover.none} />}
                  </td>
                </tr>
              );
            })}
            {rows.length === 0 && (
              <tr>
                <td colSpan={10} style={cell}>
                  {props.all === 0 ? s.emptySite : s.empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </Stack>
  );
}

/** A state in words with an icon beside it (the words carry the meaning; the icon is for the eye, in the text's colour). */
function StateText({ state, text }: { state: 'bad' | 'warn' | 'ok' | 'done'; text: string }): JSX.Element {
  const icon = state === 'bad' ? 'ErrorBadge' : state === 'warn' ? 'Warning' : state === 'done' ? 'CompletedSolid' : 'CheckMark';
  return (
    <span style={{ display: 'block', whiteSpace: 'nowrap', fontWeight: state === 'bad' || state === 'warn' ? 600 : 400 }}>
      <Icon iconName={icon} aria-hidden="true" style={{ marginRight: 4 }} />
      {text}
    </span>
  );
}

function Goals(props: { goals: ManagerGoals[]; totals?: ManagerGoals }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(leadershipBundle);
  const theme = useTheme();
  const n = numberFormat(host.locale);
  const pct = percentFormat(host.locale);
  const g = s.goals;
  const ratio = (r: Ratio): string => (r.of ? format(g.ratio, { done: r.done, of: r.of, share: pct(r.share ?? 0) }) : g.noFigure);
  const row = (x: ManagerGoals, key: string, total = false): JSX.Element => (
    <tr key={key} style={{ borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, fontWeight: total ? 600 : undefined }} data-testid={`goals-row-${key}`}>
      <th scope="row" style={cell}>
        {total ? g.total : x.manager?.title ?? s.noManager}
      </th>
      <td style={cell}>{x.accounts}</td>
      <td style={cell}>
        {x.satisfaction.mean === undefined ? g.noFigure : format(g.satisfactionValue, { value: n(x.satisfaction.mean), shown: x.satisfaction.shown, leftOut: x.satisfaction.leftOut })}
      </td>
      <td style={cell}>{x.events.plannedToDate > 0 ? format(g.eventsValue, { held: x.events.held, planned: n(x.events.plannedToDate), share: pct(x.events.share ?? 0) }) : g.noFigure}</td>
      <td style={cell}>{ratio(x.development)}</td>
      <td style={cell}>{ratio(x.projects)}</td>
      <td style={cell}>{ratio(x.ideaActions)}</td>
    </tr>
  );
  return (
    <section aria-labelledby="ac-leadership-goals">
      <Text as="h2" variant="large" id="ac-leadership-goals" block style={{ margin: '0 0 4px' }}>
        {g.heading}
      </Text>
      <Text as="p" block style={{ margin: '0 0 8px' }}>
        {g.intro}
      </Text>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="goals-table">
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{g.caption}</caption>
          <thead>
            <tr>
              {[g.manager, g.accounts, g.satisfaction, g.events, g.development, g.projects, g.ideaActions].map((h) => (
                <th key={h} scope="col" style={cell}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.goals.map((x) => row(x, x.manager ? String(x.manager.id) : 'none'))}
            {props.totals && row(props.totals, 'total', true)}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function HowCounted({ s, goals }: { s: LeadershipStrings; goals: boolean }): JSX.Element {
  const h = s.howCounted;
  const items = goals ? [h.goalSatisfaction, h.goalEvents, h.goalDevelopment, h.goalProjects, h.goalIdeaActions] : [h.agreement, h.clock, h.satisfaction, h.nineE, h.actions, h.ideas, h.feedback, h.cover];
  return (
    <section aria-labelledby="ac-leadership-how" data-testid="how-counted">
      <Text as="h2" variant="mediumPlus" id="ac-leadership-how" block style={{ margin: '8px 0 4px', fontWeight: 600 }}>
        {h.heading}
      </Text>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {items.map((t) => (
          <li key={t}>
            <Text variant="small">{t}</Text>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Export(props: { rows: SituationRow[]; data: SituationData }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(leadershipBundle);
  const c = useBundle(choiceBundle);
  const { status, failed, run: runExport } = useExportRun();
  const run = (): void =>
    void runExport(() => {
      const { picture } = props.data;
      const name = csvFileName([s.export.fileStem, picture.today]);
      downloadFile(toCsv(csvRows(sortRows(props.rows, { key: 'account', descending: false }, host.locale), picture.threshold, picture.responsesAccess === 'none', s, c, host.locale)), name);
      return format(s.export.downloaded, { file: name });
    });
  return (
    <div>
      <DefaultButton text={s.export.button} iconProps={{ iconName: 'ExcelDocument' }} onClick={run} data-testid="leadership-export" />
      <ExportStatus status={status} failed={failed} failedText={s.export.failed} />
    </div>
  );
}

/** The account tab is a chunk of its own: loaded when the user first opens an account here. */
const loadAccountTab = () => import(/* webpackChunkName: 'account-tab' */ '../accountTab');

function PanelBody(props: { accountId: number }): JSX.Element {
  // Focus goes back to the row's button when the panel closes.
  useReturnFocus();
  return <LazyFeature load={loadAccountTab} config={{ accountId: props.accountId }} />;
}

function AccountPanel(props: { account: Account; onClose(): void }): JSX.Element {
  const s = useBundle(leadershipBundle);
  return (
    <Panel isOpen type={PanelType.large} headerText={`${props.account.name} (${props.account.abbreviation})`} closeButtonAriaLabel={s.panelClose} onDismiss={props.onClose} isLightDismiss data-testid="leadership-panel">
      <PanelBody accountId={props.account.id} />
    </Panel>
  );
}


