/**
 * This year at a glance: the account's annual-clock items (overdue first, then the next ones), the next
 * follow-up group with its materials date, and next year's agreement stage against its deadline. Each part takes
 * what it shows as props, so another view (e.g. leadership's) can show the clock strip of any accounts.
 */
import * as React from 'react';
import { DefaultButton, Icon, Spinner, Stack, Text, useTheme } from '@fluentui/react';
import { deadlineState, stageProgress } from '../../domain/agreements';
import { glanceItems, occurrenceState, OccurrenceState } from '../../domain/clock';
import { formatDate, formatDateTime, IsoDate } from '../../domain/dates';
import { materialsReadyDate, splitMeetings } from '../../domain/followUp';
import { isOpenAction, isOpenIdea } from '../../domain/openItems';
import type { Action, Agreement, ClockOccurrence, ClockTask, Idea, Meeting } from '../../domain/types';
import { AccountTabCtx } from './AccountTabContext';
import { bundle as tabBundle } from './strings/tab';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { isFollowUpMeeting } from '../../domain/actionDue';

/**
 * The annual clock's compact month strip, from the clock's own chunk: its index is small (the strip and its few
 * words), and the wheel stays in a chunk this page never loads.
 */
const loadClock = () => import(/* webpackChunkName: 'annual-clock' */ '../annualClock');
/** The agreement's guided workflow in a panel: its own chunk, loaded when the user opens it. */
const AgreementPanel = React.lazy(() => import(/* webpackChunkName: 'agreement-panel' */ '../agreements/panel').then((m) => ({ default: m.AgreementPanel })));
type StripProps = { occurrences: ClockOccurrence[]; year: number; today: IsoDate; locale: string };
const lazyStrips = new Map<string, React.LazyExoticComponent<React.ComponentType<StripProps>>>();
/** One lazy component per language (the strip comes with its strings loaded). */
function lazyStrip(locale: Parameters<Awaited<ReturnType<typeof loadClock>>['loadMonthStrip']>[0]) {
  let C = lazyStrips.get(locale);
  if (!C) {
    C = React.lazy(() => loadClock().then(async (m) => ({ default: await m.loadMonthStrip(locale) })));
    lazyStrips.set(locale, C);
  }
  return C;
}

/** The strip is a bonus over the list below it: if its chunk cannot be fetched, the card simply goes without it. */
class StripBoundary extends React.Component<{ children: React.ReactNode }, { failed: boolean }> {
  public state = { failed: false };
  public static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  public render(): React.ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

function GlanceMonthStrip(props: { occurrences: ClockOccurrence[]; today: IsoDate }): JSX.Element {
  const { host } = useApp();
  const Strip = lazyStrip(host.locale);
  return (
    <div style={{ marginBottom: 10, minHeight: 46 }}>
      <StripBoundary>
        {/* The strip's height is kept while it loads, so the card does not jump. */}
        <React.Suspense fallback={null}>
          <Strip occurrences={props.occurrences} year={Number(props.today.slice(0, 4))} today={props.today} locale={host.locale} />
        </React.Suspense>
      </StripBoundary>
    </div>
  );
}

const STATE_ICON: Record<OccurrenceState, string> = { overdue: 'Warning', dueSoon: 'Clock', upcoming: 'Calendar', done: 'CheckMark' };

export interface ClockStripProps {
  occurrences: ClockOccurrence[];
  /** The annual-clock tasks the occurrences point to (their titles). */
  tasks: ClockTask[];
  /** Today in Helsinki: what is overdue or due soon. */
  today: IsoDate;
}

/** The annual-clock items: overdue first, then the next ones, each with its state in words and an icon. */
export function ClockStrip(props: ClockStripProps): JSX.Element {
  const { host } = useApp();
  const s = useBundle(tabBundle).glance;
  const theme = useTheme();
  const { today } = props;
  const tasks = new Map(props.tasks.map((t) => [t.id, t]));
  const items = glanceItems(props.occurrences, today);
  const stateColor = (st: OccurrenceState): string =>
    // Text colours that keep 4.5:1 in every theme; the state is also spelled out in words.
    st === 'overdue' ? theme.semanticColors.errorText : st === 'dueSoon' ? theme.semanticColors.bodyText : theme.semanticColors.bodySubtext;
  return (
    <>
      <Text as="h3" variant="mediumPlus" style={{ margin: '0 0 8px', fontWeight: 600 }}>
        {s.clock}
      </Text>
      <GlanceMonthStrip occurrences={props.occurrences} today={today} />
      {items.length === 0 ? (
        <Text>{s.noClock}</Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="glance-clock">
          {items.map((o) => {
            const st = occurrenceState(o, today);
            return (
              <li key={o.id} style={{ display: 'flex', gap: 8, padding: '4px 0', alignItems: 'baseline' }}>
                <Icon iconName={STATE_ICON[st]} aria-hidden="true" style={{ color: stateColor(st) }} />
                <span>
                  <Text block>{tasks.get(o.taskId)?.title ?? '—'}</Text>
                  <Text variant="small" style={{ color: stateColor(st), fontWeight: st === 'overdue' || st === 'dueSoon' ? 600 : 400 }}>
                    {s[st]} · {format(s.dueOn, { date: formatDate(o.dueDate, host.locale) })}
                  </Text>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/** The next follow-up group of the given meetings (any type is filtered to follow-up groups) and its materials date. */
export function NextFollowUp(props: { meetings: Meeting[]; now: Date }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(tabBundle).glance;
  const next = splitMeetings(
    props.meetings.filter(isFollowUpMeeting),
    props.now,
  ).next;
  return (
    <>
      <Text as="h3" variant="mediumPlus" style={{ margin: '0 0 8px', fontWeight: 600 }}>
        {s.nextFollowUp}
      </Text>
      {next ? (
        <div data-testid="glance-next-follow-up">
          <Text block style={{ fontWeight: 600 }}>
            {next.title}
          </Text>
          <Text block>{formatDateTime(next.startsAt, host.locale)}</Text>
          <Text block variant="small">
            {format(s.materialsBy, { date: formatDate(materialsReadyDate(next), host.locale) })}
          </Text>
        </div>
      ) : (
        <Text>{s.noFollowUp}</Text>
      )}
    </>
  );
}

/** Next year's agreement: its stage, the step it is at and whether the deadline holds. */
export function AgreementStatus(props: { agreements: Agreement[]; today: IsoDate }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(tabBundle).glance;
  const c = useBundle(choiceBundle);
  const nextYear = Number(props.today.slice(0, 4)) + 1;
  const agreement = props.agreements.find((x) => x.year === nextYear);
  const [open, setOpen] = React.useState(false);
  // Inside the account tab a change reloads it; elsewhere (a standalone section) there is nothing to reload.
  const tab = React.useContext(AccountTabCtx);
  return (
    <>
      <Text as="h3" variant="mediumPlus" style={{ margin: '16px 0 8px', fontWeight: 600 }}>
        {s.agreement}
      </Text>
      {agreement ? (
        <div data-testid="glance-agreement">
          <Text block style={{ fontWeight: 600 }}>
            {format(s.agreementFor, { year: nextYear })}: {c.agreementStage[agreement.stage]}
          </Text>
          <Text block variant="small">
            {format(s.step, stageProgress(agreement.stage))}
            {agreement.deadline ? ` · ${format(s.deadline, { date: formatDate(agreement.deadline, host.locale) })}` : ''}
          </Text>
          <Text block variant="small" style={{ fontWeight: 600 }}>
            {s.deadlineState[deadlineState(agreement, props.today)]}
          </Text>
          <DefaultButton text={s.openAgreement} onClick={() => setOpen(true)} data-testid="glance-agreement-open" styles={{ root: { marginTop: 6 } }} />
          {open && (
            <React.Suspense fallback={<Spinner />}>
              <AgreementPanel
                agreementId={agreement.id}
                accountId={agreement.accountId}
                onClose={(changed) => {
                  setOpen(false);
                  if (changed) void tab?.reload();
                }}
              />
            </React.Suspense>
          )}
        </div>
      ) : (
        <Text>{s.noAgreement}</Text>
      )}
    </>
  );
}

export interface AtAGlanceProps extends ClockStripProps {
  meetings: Meeting[];
  agreements: Agreement[];
  actions: Action[];
  ideas: Idea[];
  now: Date;
}

export function AtAGlance(props: AtAGlanceProps): JSX.Element {
  const s = useBundle(tabBundle).glance;
  const theme = useTheme();
  const openActions = props.actions.filter(isOpenAction).length;
  const openIdeas = props.ideas.filter(isOpenIdea).length;
  const card: React.CSSProperties = { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12, minWidth: 260, flexBasis: 300 };

  return (
    <section aria-labelledby="ac-glance-title">
      <Text as="h2" variant="large" id="ac-glance-title" style={{ margin: '0 0 8px' }}>
        {s.title}
      </Text>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <Stack.Item grow style={card}>
          <ClockStrip occurrences={props.occurrences} tasks={props.tasks} today={props.today} />
        </Stack.Item>
        <Stack.Item grow style={card}>
          <NextFollowUp meetings={props.meetings} now={props.now} />
          <AgreementStatus agreements={props.agreements} today={props.today} />
          <Text block style={{ marginTop: 16 }}>
            {s.openActions}: <strong>{openActions}</strong> · {s.openIdeas}: <strong>{openIdeas}</strong>
          </Text>
        </Stack.Item>
      </Stack>
    </section>
  );
}
