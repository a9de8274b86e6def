/**
 * The Substitutes view (tuuraus, docs/care-model.md §5), in three tabs:
 * - Absences: the team's "away now and in the next four weeks" as a timeline (or a table), Graph's out-of-office
 *   beside each person, the cover warnings in plain words, and the editor in a panel;
 * - My duties: the accounts the user covers in the window, each with its handover brief;
 * - Cover matrix: accounts × people who can cover them, single points of failure marked;
 * - Cross-cover readiness: account managers × organisation forms, one-form managers marked, who can cover each account.
 * The handover brief and the hand-back list are chunks of their own, shown in place with Back returning the focus;
 * cross-cover readiness is a chunk of its own too, loaded when its tab is opened.
 */
import * as React from 'react';
import {
  ActionButton,
  MessageBar,
  MessageBarType,
  Pivot,
  PivotItem,
  Shimmer,
  ShimmerElementType,
  Spinner,
  Stack,
  Text,
  Toggle,
} from '@fluentui/react';
import type { SubstitutesData } from '../../data/queries/substitutes';
import { canChange } from '../../data/queries/substitutes';
import { awayInWeeks, coverMatrix, coverSpans, CoverDuty, dutiesOf, AwayRow } from '../../domain/cover';
import { formatDate, toHelsinkiDate } from '../../domain/dates';
import { isActive, needsCover } from '../../domain/substitution';
import type { Absence } from '../../domain/types';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ViewHeader } from '../../ui/ViewHeader';
import { ErrorBar } from '../../ui/ErrorBar';
import { errorMessage } from '../../ui/errorMessage';
import type { ViewProps } from '../../ui/feature';
import { useAsync } from '../../ui/useAsync';
import { AbsencePanel } from './AbsencePanel';
import { AbsenceTable } from './AbsenceTable';
import { CoverMatrixView } from './CoverMatrixView';
import { firstRead } from './firstRead';
import { MyDuties } from './MyDuties';
import { bundle as subsBundle } from './strings';
import { dayRange, personName, warningLines } from './text';
import { Timeline } from './Timeline';
import { presenceOf, usePresenceState } from './usePresenceState';

const HandoverBrief = React.lazy(() => import(/* webpackChunkName: 'handover-brief' */ './brief').then((m) => ({ default: m.HandoverBrief })));
const HandBack = React.lazy(() => import(/* webpackChunkName: 'hand-back' */ './handback').then((m) => ({ default: m.HandBack })));
const CrossCover = React.lazy(() => import(/* webpackChunkName: 'cross-cover' */ './crossCover').then((m) => ({ default: m.CrossCoverView })));

type Tab = 'absences' | 'duties' | 'matrix' | 'crossCover';
const WEEKS = 4;

type Opened = { kind: 'brief'; accountId: number; absenceId: number; returnTo: string } | { kind: 'handBack'; absenceId: number; returnTo: string };

export function Substitutes(props: ViewProps): JSX.Element {
  const { services, host, strings } = useApp();
  const s = useBundle(subsBundle);
  const today = toHelsinkiDate(host.now ?? new Date());
  const initial = React.useRef(props.initial as Promise<SubstitutesData> | undefined);
  const state = useAsync(() => {
    // The web part's early read serves the first render; Refresh and saves read again.
    const early = initial.current;
    initial.current = undefined;
    return early ?? firstRead(services, host);
  }, [services, today, host.locale]);
  const [tab, setTab] = React.useState<Tab>('absences');
  const [opened, setOpened] = React.useState<Opened>();
  const returnTo = React.useRef<string>();
  const root = React.useRef<HTMLDivElement>(null);

  // Back from the brief or the hand-back list: focus the control that opened it.
  React.useEffect(() => {
    if (opened || !returnTo.current) return;
    const selector = returnTo.current;
    returnTo.current = undefined;
    window.setTimeout(() => root.current?.querySelector<HTMLElement>(selector)?.focus(), 0);
  }, [opened]);

  if (opened) {
    const back = (): void => {
      returnTo.current = opened.returnTo;
      setOpened(undefined);
    };
    return (
      <React.Suspense fallback={<Spinner label={strings.loading} />}>
        {opened.kind === 'brief' ? <HandoverBrief accountId={opened.accountId} absenceId={opened.absenceId} onBack={back} /> : <HandBack absenceId={opened.absenceId} onBack={back} />}
      </React.Suspense>
    );
  }

  return (
    <div ref={root}>
      <Stack tokens={{ childrenGap: 12, padding: 16 }} as="main" aria-labelledby="ac-subs-title" data-testid="substitutes">
        <ViewHeader titleId="ac-subs-title" title={s.title} intro={s.intro} refreshLabel={s.refresh} onRefresh={state.reload} refreshing={state.loading} />
        {state.error !== undefined ? (
          <ErrorBar error={state.error} onRetry={state.reload} />
        ) : !state.value ? (
          <Skeleton label={s.loading} />
        ) : (
          <Loaded
            data={state.value}
            tab={tab}
            onTab={setTab}
            reload={state.reload}
            onOpen={(o) => setOpened(o)}
          />
        )}
      </Stack>
    </div>
  );
}

function Loaded(props: { data: SubstitutesData; tab: Tab; onTab: (t: Tab) => void; reload: () => void; onOpen: (o: Opened) => void }): JSX.Element {
  const { host, strings } = useApp();
  const s = useBundle(subsBundle);
  const c = useBundle(choiceBundle);
  const { data } = props;
  const locale = host.locale;
  const rows = React.useMemo(() => awayInWeeks(data.absences, data.today, WEEKS), [data]);
  const warnings = React.useMemo(() => coverSpans(data.accounts, data.absences, data.today, data.until, data.options).warnings, [data]);
  const duties = React.useMemo(() => dutiesOf(data.me.id, data.accounts, data.absences, data.today, data.until, data.options), [data]);
  const matrix = React.useMemo(() => coverMatrix(data.accounts, [...data.absences, ...data.ownLater]), [data]);
  const byAccount = React.useMemo(() => new Map(data.accounts.map((a) => [a.id, a])), [data]);
  const presence = usePresenceState(rows.map((r) => r.person.email));
  const [asTable, setAsTable] = React.useState(false);
  const [panel, setPanel] = React.useState<{ absence?: Absence }>();
  const [notice, setNotice] = React.useState<string>();

  const may = (a: Absence): boolean => canChange(a, data.me, data.rights);
  const covered = (a: Absence): boolean => needsCover(a, data.options.shortAbsenceMaxDays);
  const describe = (a: Absence): string => (!covered(a) ? s.absences.notCovered : a.substitute ? format(s.absences.barSubstitute, { name: personName(a.substitute, s) }) : s.absences.noSubstitute);
  const own = [...data.absences.filter((a) => a.person.id === data.me.id), ...data.ownLater];

  const personNote = (row: AwayRow): React.ReactNode => {
    const p = presenceOf(presence, row.person.email);
    if (!p) return null;
    const ooo = p.outOfOffice?.isOutOfOffice;
    return (
      <span data-testid={`presence-${row.person.id}`}>
        {ooo ? s.presence.outOfOffice : s.presence.availability[p.availability] ?? s.presence.availability.PresenceUnknown}
        {ooo && p.outOfOffice?.message ? <span title={p.outOfOffice.message}>: “{p.outOfOffice.message}”</span> : null}
      </span>
    );
  };

  return (
    <>
      <Pivot selectedKey={props.tab} onLinkClick={(item) => item?.props.itemKey && props.onTab(item.props.itemKey as Tab)} headersOnly aria-label={s.title}>
        <PivotItem itemKey="absences" headerText={s.tabs.absences} itemIcon="Calendar" />
        <PivotItem itemKey="duties" headerText={s.tabs.duties} itemIcon="ContactCard" itemCount={duties.length || undefined} />
        <PivotItem itemKey="matrix" headerText={s.tabs.matrix} itemIcon="ViewAll" />
        <PivotItem itemKey="crossCover" headerText={s.tabs.crossCover} itemIcon="Sync" />
      </Pivot>
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setNotice(undefined)} dismissButtonAriaLabel={strings.close}>
            {notice}
          </MessageBar>
        )}
      </div>

      {props.tab === 'absences' && (
        <section aria-labelledby="ac-subs-absences" data-testid="tab-absences">
          <Stack tokens={{ childrenGap: 12 }}>
            <Stack horizontal verticalAlign="center" horizontalAlign="space-between" wrap tokens={{ childrenGap: 8 }}>
              <Text as="h2" variant="large" id="ac-subs-absences" style={{ margin: 0 }}>
                {s.absences.heading} <span style={{ fontWeight: 400 }}>({dayRange(data.today, data.until, locale)})</span>
              </Text>
              <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 16 }}>
                <Toggle label={s.absences.asTable} inlineLabel checked={asTable} onChange={(_, v) => setAsTable(!!v)} styles={{ root: { margin: 0 } }} />
                {data.rights.add && <ActionButton iconProps={{ iconName: 'Add' }} text={s.absences.add} onClick={() => setPanel({})} data-testid="absence-add" />}
              </Stack>
            </Stack>
            {!data.rights.add && (
              <MessageBar messageBarType={MessageBarType.info} isMultiline>
                {s.absences.readOnly}
              </MessageBar>
            )}
            {(presence.status === 'noGraph' || presence.status === 'failed') && (
              <MessageBar messageBarType={MessageBarType.info} isMultiline data-testid="presence-missing">
                {presence.status === 'noGraph' ? s.presence.noGraph : format(s.presence.failed, { message: errorMessage(strings, presence.error) })}
              </MessageBar>
            )}
            {rows.length === 0 ? (
              <Text as="p" data-testid="absences-empty">
                {s.absences.empty}
              </Text>
            ) : asTable ? (
              <AbsenceTable rows={rows} covered={covered} canChange={may} onOpen={(a) => setPanel({ absence: a })} />
            ) : (
              <Timeline rows={rows} from={data.today} days={WEEKS * 7} describe={describe} personNote={personNote} onOpen={(a) => setPanel({ absence: a })} />
            )}
            <section aria-labelledby="ac-subs-warnings" data-testid="cover-warnings">
              <Text as="h3" variant="mediumPlus" id="ac-subs-warnings" block style={{ fontWeight: 600, margin: '8px 0 4px' }}>
                {s.warnings.heading}
              </Text>
              {warnings.length === 0 ? (
                <Text as="p">{s.warnings.none}</Text>
              ) : (
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {warningLines(warnings, s, locale, byAccount).map((w) => (
                    <li key={w.key} data-kind={w.kind}>
                      {w.text}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {own.length > 0 && (
              <section aria-labelledby="ac-subs-own" data-testid="own-absences">
                <Text as="h3" variant="mediumPlus" id="ac-subs-own" block style={{ fontWeight: 600, margin: '8px 0 4px' }}>
                  {s.absences.ownLater}
                </Text>
                <ul style={{ margin: 0, padding: 0, listStyle: 'none' }}>
                  {own.map((a) => {
                    const when = `${c.absenceKind[a.kind]} ${formatDate(a.start, locale)}–${formatDate(a.end, locale)}`;
                    const verb = may(a) ? s.absences.edit : s.absences.view;
                    return (
                      <li key={a.id} style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
                        <Text>{when}</Text>
                        <ActionButton iconProps={{ iconName: may(a) ? 'Edit' : 'View' }} text={verb} ariaLabel={`${verb}: ${when}`} onClick={() => setPanel({ absence: a })} />
                        {isActive(a, data.today) && (
                          <ActionButton
                            iconProps={{ iconName: 'Checklist' }}
                            text={s.absences.handBack}
                            ariaLabel={format(s.absences.handBackFor, { kind: c.absenceKind[a.kind], from: formatDate(a.start, locale), to: formatDate(a.end, locale) })}
                            data-handback-key={a.id}
                            onClick={() => props.onOpen({ kind: 'handBack', absenceId: a.id, returnTo: `[data-handback-key="${a.id}"]` })}
                          />
                        )}
                      </li>
                    );
                  })}
                </ul>
              </section>
            )}
          </Stack>
        </section>
      )}

      {props.tab === 'duties' && (
        <section aria-labelledby="ac-subs-duties" data-testid="tab-duties">
          <Text as="h2" variant="large" id="ac-subs-duties" block style={{ margin: '0 0 4px' }}>
            {s.duties.heading}
          </Text>
          <Text as="p" style={{ margin: '0 0 8px' }}>
            {s.duties.intro}
          </Text>
          <MyDuties
            duties={duties}
            onOpenBrief={(d: CoverDuty) =>
              props.onOpen({ kind: 'brief', accountId: d.account.id, absenceId: d.absence.id, returnTo: `[data-brief-key="${d.absence.id}-${d.account.id}"]` })
            }
          />
        </section>
      )}

      {props.tab === 'matrix' && (
        <section aria-labelledby="ac-subs-matrix" data-testid="tab-matrix">
          <Text as="h2" variant="large" id="ac-subs-matrix" block style={{ margin: '0 0 4px' }}>
            {s.matrix.heading}
          </Text>
          <Text as="p" style={{ margin: '0 0 8px' }}>
            {s.matrix.intro}
          </Text>
          <CoverMatrixView matrix={matrix} />
        </section>
      )}

      {props.tab === 'crossCover' && (
        <div data-testid="tab-crossCover">
          <React.Suspense fallback={<Spinner label={strings.loading} />}>
            <CrossCover accounts={data.accounts} />
          </React.Suspense>
        </div>
      )}

      {panel && (
        <AbsencePanel
          data={data}
          absence={panel.absence}
          editable={panel.absence ? may(panel.absence) : data.rights.add}
          onClose={() => setPanel(undefined)}
          onChanged={(what) => {
            setPanel(undefined);
            setNotice(what === 'saved' ? s.editor.saved : s.editor.deleted);
            props.reload();
          }}
        />
      )}
    </>
  );
}

function Skeleton(props: { label: string }): JSX.Element {
  const row = [{ type: ShimmerElementType.line, height: 36 }];
  return (
    <div aria-busy="true" aria-label={props.label} role="status" data-testid="substitutes-skeleton">
      <Shimmer shimmerElements={[{ type: ShimmerElementType.line, height: 28, width: '40%' }]} />
      <Stack tokens={{ childrenGap: 8 }} style={{ marginTop: 12 }}>
        <Shimmer shimmerElements={row} />
        <Shimmer shimmerElements={row} width="85%" />
        <Shimmer shimmerElements={row} width="70%" />
      </Stack>
    </div>
  );
}
