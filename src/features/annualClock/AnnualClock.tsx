/**
 * The annual clock (vuosikello): the year as a wheel or a month list, filters, the details with one-click
 * "Merkitse tehdyksi" / "Peru", and leadership's organisation view. In a Teams channel it opens on the channel's
 * account (with a way to widen to everyone); elsewhere on the user's own accounts. Layout and filters are
 * remembered per user on this device. Export, the template editor and the organisation view load on demand.
 */
import * as React from 'react';
import {
  ActionButton, DefaultButton, IconButton, MessageBar, MessageBarType, mergeStyleSets, Pivot, PivotItem, Shimmer, ShimmerElementType, Spinner, SpinnerSize, useTheme,
} from '@fluentui/react';
import type { Theme } from '@fluentui/react';
import { setOccurrenceDone } from '../../data/queries/annualClock';
import { toHelsinkiDate } from '../../domain/dates';
import type { AccountType, ClockOccurrence } from '../../domain/types';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { errorMessage } from '../../ui/errorMessage';
import type { ViewProps } from '../../ui/feature';
import { isConflictError } from '../../ui/forms/useEntitySave';
import { useAsync } from '../../ui/useAsync';
import { DetailsPanel, SetDoneOutcome } from './DetailsPanel';
import { Filters } from './Filters';
import { ClockStart, firstRead } from './firstRead';
import { quarterOf, step, Zoom } from './geometry';
import { MarkRow, MonthList, useMarkListClasses } from './MonthList';
import { MonthStrip } from './MonthStrip';
import { applyFilters, buildItems, buildMarks, ClockFilters, ClockItem, ClockMark, countStates, myAccountIds, ringCategories, STATES, withOccurrence } from './model';
import { ClockLayout, ClockPrefs, loadPrefs, savePrefs } from './prefs';
import { stateColors } from './stateVisuals';
import { bundle as clockBundle, AnnualClockStrings } from './strings';
import { bundle as stripBundle } from './stripStrings';
import { monthName, Wheel } from './Wheel';

const ExportMenu = React.lazy(() => import(/* webpackChunkName: 'annual-clock-export' */ './export/ExportMenu').then((m) => ({ default: m.ExportMenu })));
const OrgView = React.lazy(() => import(/* webpackChunkName: 'annual-clock-org' */ './org/OrgView').then((m) => ({ default: m.OrgView })));
const GenerateBar = React.lazy(() => import(/* webpackChunkName: 'annual-clock-generate' */ './generate/GenerateBar').then((m) => ({ default: m.GenerateBar })));
const TemplateEditor = React.lazy(() => import(/* webpackChunkName: 'annual-clock-editor' */ './editor/TemplateEditor').then((m) => ({ default: m.TemplateEditor })));

/** On paper: the month list only (the wheel, toolbar and filters stay on screen). */
const PRINT_CSS = `
.ac-clock-print-only { display: none; }
@media print {
  .ac-clock-no-print, .ms-Panel, .ms-Layer { display: none !important; }
  .ac-clock-print-only { display: block !important; }
  [data-testid="annual-clock"] { padding: 0 !important; }
}`;

/** Marks in the "needs attention" column next to the wheel. */
const ATTENTION = 8;

export function AnnualClock(props: ViewProps): JSX.Element {
  const { services, host, strings } = useApp();
  const s = useBundle(clockBundle);
  const stripStrings = useBundle(stripBundle);
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const classes = React.useMemo(() => classesFor(theme), [theme]);
  const today = toHelsinkiDate(host.now ?? new Date());
  const thisYear = Number(today.slice(0, 4));
  const collator = React.useMemo(() => new Intl.Collator(host.locale), [host.locale]);

  const [year, setYear] = React.useState(thisYear);
  const [widen, setWiden] = React.useState(false);
  const initial = React.useRef(props.initial as Promise<ClockStart> | undefined);
  const state = useAsync(() => {
    // The web part's early read serves the first render; a year change, widening or Refresh reads again.
    const early = initial.current;
    initial.current = undefined;
    return early ?? firstRead(services, host, { year, widen });
  }, [services, host, year, widen]);

  // The loaded data, kept here so a saved item shows at once without reading the year again.
  const [start, setStart] = React.useState<ClockStart>();
  React.useEffect(() => {
    if (state.value) setStart(state.value);
  }, [state.value]);

  const [prefs, setPrefs] = React.useState<ClockPrefs>(() => loadPrefs(host.siteUrl, host.user.loginName));
  const [filters, setFilters] = React.useState<ClockFilters>();
  const scopeKey = start ? `${start.scopeAccountId ?? 'all'}|${start.channelAccount?.id ?? ''}` : undefined;
  const lastScope = React.useRef<string>();
  React.useEffect(() => {
    if (!start || scopeKey === lastScope.current) return;
    lastScope.current = scopeKey;
    const remembered = prefs.filters;
    if (start.scopeAccountId !== undefined) setFilters({ ...remembered, accountId: start.scopeAccountId, owner: 'everyone' });
    else if (start.channelAccount) setFilters({ ...remembered, accountId: undefined, owner: 'everyone' });
    else setFilters({ ...remembered, accountId: start.data.accounts.some((a) => a.id === remembered.accountId) ? remembered.accountId : undefined });
  }, [start, scopeKey, prefs.filters]);

  const remember = (next: Partial<ClockPrefs>): void => {
    setPrefs((p) => {
      const merged = { ...p, ...next };
      savePrefs(host.siteUrl, host.user.loginName, merged);
      return merged;
    });
  };
  const changeFilters = (next: ClockFilters): void => {
    setFilters(next);
    // In a channel the account and owner come from the channel; what the user picks there is not carried elsewhere.
    remember({ filters: start?.channelAccount ? { ...prefs.filters, categories: next.categories, states: next.states } : next });
  };
  const setLayout = (layout: ClockLayout): void => remember({ layout });

  const [zoom, setZoom] = React.useState<Zoom>({ kind: 'year' });
  const [tab, setTab] = React.useState<'clock' | 'org'>('clock');
  const [openKeys, setOpenKeys] = React.useState<string[]>();
  const [editing, setEditing] = React.useState(false);
  const templateSaved = React.useRef(false);
  const [printing, setPrinting] = React.useState(false);

  React.useEffect(() => {
    // Ctrl+P as well as the Print button: the month list is what goes on paper.
    const before = (): void => setPrinting(true);
    const after = (): void => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const data = start?.data;
  const items = React.useMemo(() => (data ? buildItems(data, collator) : []), [data, collator]);
  const mine = React.useMemo(() => (data ? myAccountIds(data.accounts, data.me) : new Set<number>()), [data]);
  const visibleItems = React.useMemo(() => (data && filters ? applyFilters(items, filters, data.me, mine) : []), [items, filters, data, mine]);
  const marks = React.useMemo(() => buildMarks(visibleItems), [visibleItems]);
  const rings = React.useMemo(() => (data ? ringCategories(data.tasks.filter((t) => !t.retired || items.some((i) => i.task === t)), filters?.categories) : []), [data, items, filters]);
  const sortedAccounts = React.useMemo(() => (data ? [...data.accounts].sort((a, b) => collator.compare(a.name, b.name)) : []), [data, collator]);

  // Accounts in view without any item this year (a new account, or a year not generated yet): offer to create them.
  // Managers for their own accounts, owners for every account (or the whole year when it has nothing at all).
  const [generateNote, setGenerateNote] = React.useState<string>();
  const [generateDismissed, setGenerateDismissed] = React.useState<string>();
  const toGenerate = React.useMemo((): { key: string; accountIds?: number[] } | undefined => {
    if (!data || !data.canMarkDone || year < thisYear) return undefined;
    const live = data.tasks.filter((t) => !t.retired && t.rule);
    if (!live.length) return undefined;
    const scoped = start?.scopeAccountId;
    if (data.canEditTemplate && scoped === undefined && data.occurrences.length === 0) return { key: `${year}:all` };
    const perAccount = live.filter((t) => t.perAccount);
    const eligible = (type: AccountType): boolean => perAccount.some((t) => !t.accountTypes?.length || t.accountTypes.includes(type));
    const inScope = data.accounts.filter((a) => (scoped !== undefined ? a.id === scoped : data.canEditTemplate || mine.has(a.id)) && eligible(a.accountType));
    const withItems = new Set(data.occurrences.map((o) => o.accountId));
    const missing = inScope.filter((a) => !withItems.has(a.id)).map((a) => a.id);
    return missing.length ? { key: `${year}:${missing.join(',')}`, accountIds: missing } : undefined;
  }, [data, year, thisYear, start, mine]);
  const onGenerated = (created: number): void => {
    setGenerateNote(created ? format(s.generate.done, { created }) : s.generate.nothing);
    // Nothing left to create for them (e.g. no task due the rest of the year): do not offer it again.
    setGenerateDismissed(toGenerate?.key);
    state.reload();
  };

  const updateOccurrence = (next: ClockOccurrence): void => setStart((prev) => (prev ? { ...prev, data: withOccurrence(prev.data, next) } : prev));

  const onSetDone = async (item: ClockItem, done: boolean): Promise<SetDoneOutcome> => {
    try {
      updateOccurrence(await setOccurrenceDone(services, item.occurrence, done, today));
      return { kind: 'saved', done };
    } catch (e) {
      if (isConflictError(e)) {
        // Someone else changed it: show what is stored now (their change), and let the user decide again.
        try {
          updateOccurrence(await services.repos.clockCompletions.get(item.occurrence.id));
        } catch {
          /* the message already says to check; the old state stays */
        }
        return { kind: 'conflict' };
      }
      return { kind: 'failed', message: errorMessage(strings, e) };
    }
  };

  // The panel's marks come from the current data (a save shows at once), without the state filter (an item
  // marked done stays in the panel even when only overdue items are shown).
  const panelMarks = React.useMemo(() => {
    if (!openKeys || !data || !filters) return [];
    const all = buildMarks(applyFilters(items, { ...filters, states: [] }, data.me, mine));
    return openKeys.map((k) => all.find((m) => m.key === k)).filter((m): m is ClockMark => !!m);
  }, [openKeys, items, filters, data, mine]);

  const windowLabel =
    zoom.kind === 'year'
      ? format(s.windowYear, { year })
      : zoom.kind === 'quarter'
      ? `${format(s.zoom.quarterName, { n: zoom.quarter })} ${year}`
      : `${monthName(year, zoom.month, host.locale, 'long')} ${year}`;
  const windowMonths = zoom.kind === 'year' ? undefined : zoom.kind === 'quarter' ? [zoom.quarter * 3 - 2, zoom.quarter * 3 - 1, zoom.quarter * 3] : [zoom.month];
  const focusMonth = Number(today.slice(5, 7));
  const layout = prefs.layout;

  const scopeAccount = start?.channelAccount;
  const scopeLabel =
    filters?.accountId !== undefined
      ? data?.accounts.find((a) => a.id === filters.accountId)?.abbreviation ?? ''
      : filters?.owner === 'me'
      ? data?.me.title ?? ''
      : filters
      ? s.filters.owners[filters.owner]
      : '';

  const header = (
    <div className={`${classes.header} ac-clock-no-print`}>
      <div className={classes.titleRow}>
        <h1 id="ac-clock-title" className={classes.title}>
          {format(s.titleYear, { year })}
        </h1>
        <IconButton iconProps={{ iconName: 'ChevronLeft' }} title={s.yearPrevious} ariaLabel={s.yearPrevious} onClick={() => setYear((y) => y - 1)} disabled={state.loading} />
        <IconButton iconProps={{ iconName: 'ChevronRight' }} title={s.yearNext} ariaLabel={s.yearNext} onClick={() => setYear((y) => y + 1)} disabled={state.loading} />
        {state.loading && start && <Spinner size={SpinnerSize.small} ariaLabel={s.loading} />}
      </div>
      <IconButton iconProps={{ iconName: 'Refresh' }} title={s.refresh} ariaLabel={s.refresh} onClick={state.reload} disabled={state.loading} />
    </div>
  );

  return (
    <main className={classes.root} aria-labelledby="ac-clock-title" data-testid="annual-clock">
      <style>{PRINT_CSS}</style>
      {header}
      <h1 className={`${classes.printTitle} ac-clock-print-only`}>
        {format(s.titleYear, { year })}
        {scopeLabel ? ` – ${scopeLabel}` : ''}
      </h1>
      <p className={`${classes.intro} ac-clock-no-print`}>{s.intro}</p>
      {state.error !== undefined &&
        (start ? (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline role="alert">
            {s.refreshFailed} {errorMessage(strings, state.error)}
          </MessageBar>
        ) : (
          <ErrorBar error={state.error} onRetry={state.reload} />
        ))}
      {!data || !filters ? (
        state.error === undefined && <ClockSkeleton label={s.loading} />
      ) : (
        <>
          {scopeAccount && (
            <MessageBar
              className="ac-clock-no-print"
              messageBarType={MessageBarType.info}
              isMultiline={false}
              actions={
                <ActionButton
                  iconProps={{ iconName: widen ? 'Filter' : 'People' }}
                  onClick={() => setWiden((w) => !w)}
                  disabled={state.loading}
                  data-testid="clock-scope-toggle"
                >
                  {widen ? format(s.scope.narrow, { account: scopeAccount.abbreviation || scopeAccount.name }) : s.scope.widen}
                </ActionButton>
              }
            >
              {format(s.scope.channel, { account: scopeAccount.abbreviation ? `${scopeAccount.name} (${scopeAccount.abbreviation})` : scopeAccount.name })}
            </MessageBar>
          )}
          {generateNote && (
            <MessageBar className="ac-clock-no-print" messageBarType={MessageBarType.success} onDismiss={() => setGenerateNote(undefined)} dismissButtonAriaLabel={strings.close} role="status">
              {generateNote}
            </MessageBar>
          )}
          {toGenerate && toGenerate.key !== generateDismissed && !state.loading && (
            <PartBoundary message={s.toolbar.partFailed}>
              <React.Suspense fallback={null}>
                <GenerateBar data={data} accountIds={toGenerate.accountIds} onDone={onGenerated} />
              </React.Suspense>
            </PartBoundary>
          )}
          <Pivot className="ac-clock-no-print" selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as 'clock' | 'org')} headersOnly>
            <PivotItem itemKey="clock" headerText={s.toolbar.clock} itemIcon="Clock" />
            <PivotItem itemKey="org" headerText={s.toolbar.organisation} itemIcon="Org" />
          </Pivot>
          {tab === 'org' ? (
            <PartBoundary message={s.toolbar.partFailed}>
              <React.Suspense fallback={<Spinner label={strings.loading} />}>
                <OrgView
                  data={data}
                  onOpenAccount={(accountId) => {
                    changeFilters({ ...filters, accountId, owner: 'everyone', states: [] });
                    setTab('clock');
                  }}
                />
              </React.Suspense>
            </PartBoundary>
          ) : (
            <>
              <div className={`${classes.toolbar} ac-clock-no-print`} role="group" aria-label={s.toolbar.label}>
                <div role="group" aria-label={s.layout.label} className={classes.segmented}>
                  <DefaultButton toggle checked={layout === 'wheel'} iconProps={{ iconName: 'Clock' }} text={s.layout.wheel} onClick={() => setLayout('wheel')} data-testid="clock-layout-wheel" />
                  <DefaultButton toggle checked={layout === 'list'} iconProps={{ iconName: 'BulletedList' }} text={s.layout.list} onClick={() => setLayout('list')} data-testid="clock-layout-list" />
                </div>
                <div role="group" aria-label={s.zoom.label} className={classes.segmented}>
                  <DefaultButton toggle checked={zoom.kind === 'year'} text={s.zoom.year} onClick={() => setZoom({ kind: 'year' })} />
                  <DefaultButton
                    toggle
                    checked={zoom.kind === 'quarter'}
                    text={s.zoom.quarter}
                    onClick={() => setZoom({ kind: 'quarter', quarter: zoom.kind === 'month' ? quarterOf(zoom.month) : quarterOf(focusMonth) })}
                  />
                  <DefaultButton
                    toggle
                    checked={zoom.kind === 'month'}
                    text={s.zoom.month}
                    onClick={() => setZoom({ kind: 'month', month: zoom.kind === 'quarter' ? zoom.quarter * 3 - 2 : focusMonth })}
                  />
                </div>
                {zoom.kind !== 'year' && (
                  <div className={classes.stepper}>
                    <IconButton iconProps={{ iconName: 'ChevronLeft' }} title={s.zoom.previous} ariaLabel={s.zoom.previous} onClick={() => setZoom(step(zoom, -1))} />
                    <span className={classes.windowName} aria-live="polite">
                      {windowLabel}
                    </span>
                    <IconButton iconProps={{ iconName: 'ChevronRight' }} title={s.zoom.next} ariaLabel={s.zoom.next} onClick={() => setZoom(step(zoom, 1))} />
                  </div>
                )}
                <div className={classes.actions}>
                  <PartBoundary message={s.toolbar.partFailed}>
                    <React.Suspense fallback={<DefaultButton disabled text={s.toolbar.export} />}>
                      <ExportMenu data={data} visible={visibleItems.map((i) => i.occurrence)} scopeLabel={scopeLabel} />
                    </React.Suspense>
                  </PartBoundary>
                  {data.canEditTemplate && <ActionButton iconProps={{ iconName: 'Edit' }} text={s.toolbar.editTemplate} onClick={() => setEditing(true)} data-testid="clock-edit-template" />}
                </div>
              </div>
              <div className="ac-clock-no-print">
                <Filters filters={filters} accounts={sortedAccounts} categories={ringCategories(data.tasks)} categoryLabels={c.clockCategory} s={s} onChange={changeFilters} />
              </div>
              <Summary items={visibleItems} s={s} theme={theme} />
              <div className="ac-clock-no-print">
                <MonthStrip
                  occurrences={visibleItems.map((i) => i.occurrence)}
                  year={year}
                  today={today}
                  locale={host.locale}
                  strings={stripStrings}
                  selectedMonth={zoom.kind === 'month' ? zoom.month : undefined}
                  onSelectMonth={(month) => setZoom({ kind: 'month', month })}
                />
              </div>
              {marks.length === 0 && <p className={classes.empty}>{s.empty}</p>}
              {layout === 'wheel' ? (
                <div className={`${classes.wheelArea} ac-clock-no-print`}>
                  <div className={classes.wheelBox}>
                    <Wheel
                      year={year}
                      today={today}
                      zoom={zoom}
                      marks={marks}
                      rings={rings}
                      ringLabels={c.clockCategory}
                      locale={host.locale}
                      s={s}
                      windowLabel={windowLabel}
                      onOpen={(spot) => setOpenKeys(spot.marks.map((m) => m.key))}
                      onZoom={setZoom}
                    />
                  </div>
                  <Attention marks={marks} s={s} categoryLabels={c.clockCategory} locale={host.locale} onOpen={(m) => setOpenKeys([m.key])} />
                </div>
              ) : (
                <MonthList year={year} marks={marks} months={windowMonths} categoryLabels={c.clockCategory} locale={host.locale} s={s} onOpen={(m) => setOpenKeys([m.key])} />
              )}
              {printing && layout === 'wheel' && (
                <div className="ac-clock-print-only">
                  <MonthList year={year} marks={marks} categoryLabels={c.clockCategory} locale={host.locale} s={s} onOpen={() => undefined} />
                </div>
              )}
            </>
          )}
          {openKeys && panelMarks.length > 0 && (
            <DetailsPanel
              marks={panelMarks}
              s={s}
              categoryLabels={c.clockCategory}
              locale={host.locale}
              canMarkDone={data.canMarkDone}
              onSetDone={onSetDone}
              onDismiss={() => setOpenKeys(undefined)}
            />
          )}
          {editing && (
            <PartBoundary message={s.toolbar.partFailed}>
              <React.Suspense fallback={<Spinner label={strings.loading} />}>
                <TemplateEditor
                  data={data}
                  onClose={() => {
                    setEditing(false);
                    // The editor saves task by task and stays open; the clock reads its year again once it closes.
                    if (templateSaved.current) state.reload();
                    templateSaved.current = false;
                  }}
                  onSaved={() => (templateSaved.current = true)}
                />
              </React.Suspense>
            </PartBoundary>
          )}
        </>
      )}
    </main>
  );
}

/** The counts of what the filters show, by state, in words (and the overdue count emphasised). */
function Summary(props: { items: ClockItem[]; s: AnnualClockStrings; theme: Theme }): JSX.Element {
  const { s, theme } = props;
  const counts = countStates(props.items);
  const colors = stateColors(theme);
  return (
    <ul className={summaryClasses(theme).list} data-testid="clock-summary">
      {STATES.map((st) => (
        <li key={st} data-state={st} className={summaryClasses(theme).item} style={{ borderColor: colors[st] }}>
          <span style={st === 'overdue' && counts.overdue > 0 ? { color: theme.semanticColors.errorText, fontWeight: 700 } : undefined}>{format(s.summary[st], { count: counts[st] })}</span>
        </li>
      ))}
    </ul>
  );
}

const summaryClasses = (theme: Theme) =>
  mergeStyleSets({
    list: { listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: '6px 20px', margin: 0, padding: 0 },
    item: { borderLeft: '4px solid', paddingLeft: 8, fontSize: theme.fonts.medium.fontSize },
  });

/** Next to the wheel: what is overdue and what falls due within two weeks, most urgent first. */
function Attention(props: { marks: ClockMark[]; s: AnnualClockStrings; categoryLabels: Record<string, string>; locale: string; onOpen(m: ClockMark): void }): JSX.Element {
  const { s } = props;
  const theme = useTheme();
  const listClasses = useMarkListClasses();
  const colors = stateColors(theme);
  const urgent = props.marks.filter((m) => m.state === 'overdue').concat(props.marks.filter((m) => m.state === 'dueSoon'));
  return (
    <section aria-labelledby="ac-clock-attention" className={attentionClasses.root} data-testid="clock-attention">
      <h2 id="ac-clock-attention" className={attentionClasses.title}>
        {s.attention}
      </h2>
      {urgent.length === 0 ? (
        <p style={{ margin: 0, color: theme.semanticColors.bodySubtext }}>{s.attentionEmpty}</p>
      ) : (
        <ul className={listClasses.list}>
          {urgent.slice(0, ATTENTION).map((m) => (
            <MarkRow key={m.key} mark={m} classes={listClasses} colors={colors} categoryLabels={props.categoryLabels as never} locale={props.locale} s={s} onOpen={props.onOpen} testId="clock-attention-item" />
          ))}
        </ul>
      )}
      {urgent.length > ATTENTION && <p className={attentionClasses.more}>{format(s.more, { count: urgent.length - ATTENTION })}</p>}
    </section>
  );
}

const attentionClasses = mergeStyleSets({
  root: { flex: '1 1 280px', minWidth: 260, maxWidth: 420 },
  title: { margin: '0 0 4px', fontSize: 18, fontWeight: 600 },
  more: { margin: '6px 0 0', fontSize: 12 },
});

/** A lazily loaded part that could not be fetched says so in place; the rest of the clock keeps working. */
class PartBoundary extends React.Component<{ message: string; children: React.ReactNode }, { failed: boolean }> {
  public state = { failed: false };
  public static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  public render(): React.ReactNode {
    return this.state.failed ? (
      <MessageBar messageBarType={MessageBarType.error} role="alert">
        {this.props.message}
      </MessageBar>
    ) : (
      this.props.children
    );
  }
}

function ClockSkeleton(props: { label: string }): JSX.Element {
  return (
    <div aria-busy="true" aria-label={props.label} role="status" data-testid="clock-skeleton" style={{ display: 'flex', gap: 24, flexWrap: 'wrap' }}>
      <Shimmer shimmerElements={[{ type: ShimmerElementType.circle, height: 320 }]} style={{ width: 320 }} />
      <div style={{ flex: 1, minWidth: 240, display: 'flex', flexDirection: 'column', gap: 10 }}>
        <Shimmer shimmerElements={[{ type: ShimmerElementType.line, height: 22, width: '40%' }]} />
        <Shimmer shimmerElements={[{ type: ShimmerElementType.line, height: 48 }]} />
        <Shimmer shimmerElements={[{ type: ShimmerElementType.line, height: 48 }]} />
        <Shimmer shimmerElements={[{ type: ShimmerElementType.line, height: 48 }]} width="80%" />
      </div>
    </div>
  );
}

function classesFor(theme: Theme) {
  const sc = theme.semanticColors;
  return mergeStyleSets({
    root: { display: 'flex', flexDirection: 'column', gap: 14, padding: 16, color: sc.bodyText, minWidth: 0 },
    header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8 },
    titleRow: { display: 'flex', alignItems: 'center', gap: 4 },
    title: { margin: '0 8px 0 0', fontSize: theme.fonts.xxLarge.fontSize, fontWeight: 600 },
    printTitle: { margin: 0, fontSize: 22 },
    intro: { margin: 0, color: sc.bodySubtext, maxWidth: 760 },
    toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px 16px' },
    segmented: {
      display: 'flex',
      selectors: {
        '.ms-Button': { borderRadius: 0, minWidth: 0, padding: '0 12px' },
        '.ms-Button:first-child': { borderRadius: '2px 0 0 2px' },
        '.ms-Button:last-child': { borderRadius: '0 2px 2px 0' },
        '.ms-Button + .ms-Button': { marginLeft: -1 },
      },
    },
    stepper: { display: 'flex', alignItems: 'center', gap: 2 },
    windowName: { minWidth: 150, textAlign: 'center', fontWeight: 600, textTransform: 'capitalize' },
    actions: { display: 'flex', alignItems: 'center', gap: 4, marginLeft: 'auto', flexWrap: 'wrap' },
    empty: { margin: 0, color: sc.bodySubtext },
    wheelArea: { display: 'flex', flexWrap: 'wrap', gap: 24, alignItems: 'flex-start' },
    wheelBox: { flex: '2 1 420px', minWidth: 0, maxWidth: 700 },
  });
}
