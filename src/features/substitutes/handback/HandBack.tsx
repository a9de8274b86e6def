/**
 * The hand-back list: on return, what happened on each account the absence covered (items created or changed,
 * clock items done and missed, new feedback), so the manager catches up on one screen. Printable like the brief.
 */
import * as React from 'react';
import { ActionButton, MessageBar, MessageBarType, Shimmer, Text, useTheme } from '@fluentui/react';
import { ChangedItem, DueItem, HAND_BACK_LISTS, HandBackAccount, HandBackData, HandBackList, loadHandBack } from '../../../data/queries/handover';
import { listDef } from '../../../data/schema/lists';
import { compareIsoDates, formatDate, formatDateTime, toHelsinkiDate } from '../../../domain/dates';
import { bundle as choiceBundle } from '../../../loc/choices';
import { langOf } from '../../../loc/bundle';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';
import { ErrorBar } from '../../../ui/ErrorBar';
import { errorMessage } from '../../../ui/errorMessage';
import { useAsync } from '../../../ui/useAsync';
import { withStrings } from '../../../ui/withStrings';
import { PRINT_ROOT, PrintStyles, PrintToolbar } from '../brief/print';
import { bundle as handBackBundle, HandBackStrings } from './strings';

export interface HandBackProps {
  absenceId: number;
  onBack(): void;
}

function HandBackList(props: HandBackProps): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(handBackBundle);
  const today = toHelsinkiDate(host.now ?? new Date());
  const state = useAsync(() => loadHandBack(services, { absenceId: props.absenceId, today }), [services, props.absenceId, today]);
  return (
    <div className={PRINT_ROOT} style={{ padding: 16 }} data-testid="hand-back">
      <PrintStyles />
      <PrintToolbar label={s.actions} back={s.back} print={s.print} onBack={props.onBack} />
      {state.error !== undefined ? (
        <ErrorBar error={state.error} onRetry={state.reload} />
      ) : !state.value ? (
        <div role="status" aria-busy="true" aria-label={s.loading}>
          <Shimmer width="50%" />
          <Shimmer style={{ marginTop: 12 }} />
        </div>
      ) : (
        <Body data={state.value} today={today} s={s} />
      )}
    </div>
  );
}

function Body(props: { data: HandBackData; today: string; s: HandBackStrings }): JSX.Element {
  const { host, strings } = useApp();
  const c = useBundle(choiceBundle);
  const { data: d, s } = props;
  const date = (x: string): string => formatDate(x, host.locale);
  const ongoing = compareIsoDates(d.absence.end, props.today) >= 0;
  return (
    <article aria-labelledby="ac-handback-title">
      <Text as="h1" variant="xLarge" block id="ac-handback-title" style={{ margin: '8px 0 4px' }}>
        {format(s.heading, { name: d.absence.person.title ?? '' })}
      </Text>
      <Text as="p" block style={{ margin: '0 0 12px' }}>
        {format(ongoing ? s.periodOngoing : s.period, { kind: c.absenceKind[d.absence.kind], start: date(d.absence.start), end: date(d.absence.end) })}
      </Text>
      {d.problems.length > 0 && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline>
          {format(s.partly, { message: d.problems.map((p) => errorMessage(strings, p)).join(' ') })}
        </MessageBar>
      )}
      {d.accounts.length === 0 ? <p>{s.noAccounts}</p> : d.accounts.map((x) => <AccountSection key={x.account.id} item={x} s={s} />)}
    </article>
  );
}

function AccountSection(props: { item: HandBackAccount; s: HandBackStrings }): JSX.Element {
  const { host } = useApp();
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const { item, s } = props;
  const date = (x: string): string => formatDate(x, host.locale);
  const id = `ac-handback-${item.account.id}`;
  const names = [...new Set(item.cover.map((x) => x.cover?.title).filter(Boolean))].join(', ');
  // New feedback has its own heading above; other changes group by list, so a busy account still fits one screen.
  const newFeedbackIds = new Set(item.newFeedback.map((x) => x.id));
  const changedGroups = HAND_BACK_LISTS.map((list) => ({ list, items: item.changed.filter((x) => x.list === list && !(list === 'feedback' && newFeedbackIds.has(x.id))) })).filter(
    (g) => g.items.length > 0,
  );
  const h3: React.CSSProperties = { fontSize: theme.fonts.mediumPlus.fontSize, fontWeight: 600, margin: '12px 0 4px' };
  const list: React.CSSProperties = { margin: 0, paddingLeft: 20, display: 'grid', gap: 2 };
  const text: React.CSSProperties = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' };
  const clock = (items: DueItem[], done: boolean): JSX.Element =>
    items.length === 0 ? (
      <p style={{ margin: 0 }}>{s.nothing}</p>
    ) : (
      <ul style={list}>
        {items.map(({ occurrence: o, task }) => (
          <li key={o.id}>
            {task?.title ?? ''} · {done ? format(s.doneOn, { date: date(o.doneOn!) }) : format(s.dueOn, { date: date(o.dueDate) })}
          </li>
        ))}
      </ul>
    );
  return (
    <section aria-labelledby={id} data-testid={`hand-back-account-${item.account.id}`} style={{ borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, marginTop: 16 }}>
      <h2 id={id} style={{ fontSize: theme.fonts.large.fontSize, fontWeight: 600, margin: '12px 0 2px' }}>
        {item.account.abbreviation ? `${item.account.name} (${item.account.abbreviation})` : item.account.name}
      </h2>
      <p style={{ margin: 0, color: theme.semanticColors.bodySubtext }}>{names ? format(s.coveredBy, { names }) : s.nobodyCovered}</p>

      <h3 style={h3}>{s.clockMissed}</h3>
      {clock(item.clockMissed, false)}
      <h3 style={h3}>{s.newFeedback}</h3>
      {item.newFeedback.length === 0 ? (
        <p style={{ margin: 0 }}>{s.nothing}</p>
      ) : (
        <ul style={list}>
          {item.newFeedback.map((x) => (
            <li key={x.id}>
              <strong>{date(x.date)}</strong> · {c.feedbackKind[x.kind]} · {c.feedbackStatus[x.status]}
              <div style={text}>{x.text}</div>
            </li>
          ))}
        </ul>
      )}
      <h3 style={h3}>{s.changed}</h3>
      {changedGroups.length === 0 ? (
        <p style={{ margin: 0 }}>{s.nothing}</p>
      ) : (
        changedGroups.map((g) => <ChangedGroup key={g.list} list={g.list} items={g.items} s={s} />)
      )}
      <h3 style={h3}>{s.clockDone}</h3>
      {clock(item.clockDone, true)}
    </section>
  );
}

/** How many of a list's changes show before "Show all". */
const FIRST_CHANGES = 5;

function ChangedGroup(props: { list: HandBackList; items: ChangedItem[]; s: HandBackStrings }): JSX.Element {
  const { host } = useApp();
  const theme = useTheme();
  const { list, items, s } = props;
  const [all, setAll] = React.useState(false);
  const shown = all ? items : items.slice(0, FIRST_CHANGES);
  return (
    <div data-testid={`hand-back-changed-${list}`} style={{ margin: '4px 0 8px' }}>
      <h4 style={{ fontSize: theme.fonts.medium.fontSize, fontWeight: 600, margin: '6px 0 2px' }}>
        {format(s.changedGroup, { list: listDef(list).displayName[langOf(host.locale)], count: String(items.length) })}
      </h4>
      <ul style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 2 }}>
        {shown.map((x) => (
          <li key={x.id}>
            <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{x.label}</span> · {x.created ? s.created : s.modified}
            {x.modified ? ` ${formatDateTime(x.modified, host.locale)}` : ''}
          </li>
        ))}
      </ul>
      {items.length > FIRST_CHANGES && (
        <ActionButton data-print="hide" onClick={() => setAll(!all)} aria-expanded={all} styles={{ root: { height: 28, padding: 0 } }}>
          {all ? s.showFewer : format(s.showAll, { count: String(items.length) })}
        </ActionButton>
      )}
    </div>
  );
}

export const HandBack = withStrings<HandBackProps>([handBackBundle, choiceBundle], HandBackList);
