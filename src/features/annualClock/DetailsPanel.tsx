/**
 * The details of a mark (one task on one day, for one account or many) in a Fluent Panel: description, account,
 * owner, due date, state, and "Merkitse tehdyksi" / "Peru" with one click. Saving goes through the view's
 * `onSetDone` (etag-safe); a conflict or a failure is said next to the item and leaves its state as it was.
 */
import * as React from 'react';
import { DefaultButton, Icon, mergeStyleSets, MessageBar, MessageBarType, Panel, PanelType, PrimaryButton, Spinner, SpinnerSize, useTheme } from '@fluentui/react';
import type { Theme } from '@fluentui/react';
import { formatDate } from '../../domain/dates';
import type { ClockCategory } from '../../domain/types';
import { format } from '../../loc/strings';
import type { ClockItem, ClockMark } from './model';
import { accountLabel, actingShort, actingUntil, dayLabel } from './names';
import { STATE_ICON, stateColors } from './stateVisuals';
import type { AnnualClockStrings } from './strings';

/** What saving one item came to; the view has already put the new or reloaded occurrence in place. */
export type SetDoneOutcome = { kind: 'saved'; done: boolean } | { kind: 'conflict' } | { kind: 'failed'; message: string };

export interface DetailsPanelProps {
  /** The marks the panel shows (one, or a cluster's); read from the view's current data so saves show at once. */
  marks: ClockMark[];
  s: AnnualClockStrings;
  categoryLabels: Record<ClockCategory, string>;
  locale: string;
  canMarkDone: boolean;
  onSetDone(item: ClockItem, done: boolean): Promise<SetDoneOutcome>;
  onDismiss(): void;
}

type ItemStatus = { kind: 'working' } | { kind: 'message'; type: MessageBarType; text: string };

export function DetailsPanel(props: DetailsPanelProps): JSX.Element {
  const { marks, s, locale } = props;
  const theme = useTheme();
  const classes = React.useMemo(() => classesFor(theme), [theme]);
  const [status, setStatus] = React.useState<Record<number, ItemStatus | undefined>>({});
  const items = marks.flatMap((m) => m.items);
  const single = items.length === 1 ? items[0] : undefined;
  const title = marks.length === 1 ? marks[0].title : marks.map((m) => m.title).join(', ');

  const toggle = async (item: ClockItem): Promise<void> => {
    const id = item.occurrence.id;
    const done = !item.occurrence.done;
    setStatus((st) => ({ ...st, [id]: { kind: 'working' } }));
    const outcome = await props.onSetDone(item, done);
    const next: ItemStatus =
      outcome.kind === 'saved'
        ? { kind: 'message', type: MessageBarType.success, text: outcome.done ? s.details.markedDone : s.details.undone }
        : outcome.kind === 'conflict'
        ? { kind: 'message', type: MessageBarType.warning, text: s.details.conflict }
        : { kind: 'message', type: MessageBarType.error, text: format(s.details.failed, { message: outcome.message }) };
    setStatus((st) => ({ ...st, [id]: next }));
  };

  return (
    <Panel
      isOpen
      type={PanelType.medium}
      headerText={title}
      isLightDismiss
      onDismiss={props.onDismiss}
      closeButtonAriaLabel={s.details.close ?? 'Close'}
      data-testid="clock-details"
    >
      <div className={classes.body} data-testid="clock-details-body">
        {marks.map((mark) => (
          <section key={mark.key} className={classes.mark} aria-label={marks.length > 1 ? mark.title : undefined}>
            {marks.length > 1 && <h3 className={classes.markTitle}>{mark.title}</h3>}
            <dl className={classes.facts}>
              <dt>{s.details.due}</dt>
              <dd>{dayLabel(mark.dueDate, locale)}</dd>
              <dt>{s.details.category}</dt>
              <dd>{props.categoryLabels[mark.category]}</dd>
              {single && (
                <>
                  <dt>{s.details.account}</dt>
                  <dd>{single.account ? `${single.account.name}${single.account.abbreviation ? ` (${single.account.abbreviation})` : ''}` : accountLabel(single, s)}</dd>
                  <dt>{s.details.owner}</dt>
                  <dd>{single.occurrence.owner?.title || single.acting?.manager.title || s.details.noOwner}</dd>
                  {single.acting && (
                    <>
                      <dt>{s.details.acting}</dt>
                      <dd data-testid="clock-details-acting">{actingUntil(single, s, locale)}</dd>
                    </>
                  )}
                  <dt>{s.details.state}</dt>
                  <dd>
                    <StateText item={single} s={s} locale={locale} theme={theme} />
                  </dd>
                </>
              )}
            </dl>
            {mark.items[0].task?.description && (
              <>
                <h3 className={classes.subTitle}>{s.details.description}</h3>
                <p className={classes.description}>{mark.items[0].task.description}</p>
              </>
            )}
            {single?.occurrence.notes && (
              <>
                <h3 className={classes.subTitle}>{s.details.notes}</h3>
                <p className={classes.description}>{single.occurrence.notes}</p>
              </>
            )}
            {!props.canMarkDone && <p className={classes.note}>{s.details.cannotMark}</p>}
            {single ? (
              props.canMarkDone && <ItemActions item={single} status={status[single.occurrence.id]} s={s} onToggle={toggle} primary />
            ) : (
              <>
                <h3 className={classes.subTitle}>{s.details.items}</h3>
                <ul className={classes.items}>
                  {mark.items.map((item) => (
                    <li key={item.occurrence.id} className={classes.item}>
                      <div className={classes.itemText}>
                        <span className={classes.itemAccount}>{item.account?.name ?? accountLabel(item, s)}</span>
                        <span className={classes.itemMeta}>
                          <StateText item={item} s={s} locale={locale} theme={theme} />
                          {' · '}
                          {item.occurrence.owner?.title || item.acting?.manager.title || s.details.noOwner}
                          {item.acting && ` · ${actingShort(item, s)}`}
                        </span>
                      </div>
                      {props.canMarkDone && <ItemActions item={item} status={status[item.occurrence.id]} s={s} onToggle={toggle} />}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        ))}
      </div>
    </Panel>
  );
}

function StateText(props: { item: ClockItem; s: AnnualClockStrings; locale: string; theme: Theme }): JSX.Element {
  const { item, s, theme } = props;
  const color = stateColors(theme)[item.state];
  return (
    <span data-testid="clock-item-state" data-state={item.state}>
      <Icon iconName={STATE_ICON[item.state]} aria-hidden="true" style={{ color, marginRight: 6, verticalAlign: 'middle' }} />
      <span style={{ fontWeight: item.state === 'overdue' ? 600 : 400, color: item.state === 'overdue' ? theme.semanticColors.errorText : undefined }}>
        {/* "Tehty 14.1.2027" when the day is known, else the state's word */}
        {item.occurrence.done && item.occurrence.doneOn ? format(s.details.doneOn, { date: formatDate(item.occurrence.doneOn, props.locale) }) : s.stateLabel[item.state]}
      </span>
    </span>
  );
}

function ItemActions(props: { item: ClockItem; status?: ItemStatus; s: AnnualClockStrings; onToggle(item: ClockItem): void; primary?: boolean }): JSX.Element {
  const { item, status, s } = props;
  const done = !!item.occurrence.done;
  const working = status?.kind === 'working';
  const who = item.account?.abbreviation || item.account?.name || s.organisation;
  const label = props.primary ? undefined : format(done ? s.details.undoFor : s.details.markDoneFor, { account: who });
  const Button = done ? DefaultButton : PrimaryButton;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, alignItems: 'flex-start', marginTop: props.primary ? 16 : 0 }}>
      <Button
        text={done ? s.details.undo : s.details.markDone}
        ariaLabel={label}
        iconProps={{ iconName: done ? 'Undo' : 'CheckMark' }}
        disabled={working}
        onClick={() => props.onToggle(item)}
        data-testid={done ? 'clock-undo' : 'clock-mark-done'}
      />
      <div role="status" aria-live="polite">
        {working ? (
          <Spinner size={SpinnerSize.small} label={s.details.working} labelPosition="right" />
        ) : status?.kind === 'message' ? (
          <MessageBar messageBarType={status.type} isMultiline data-testid="clock-save-message">
            {status.text}
          </MessageBar>
        ) : null}
      </div>
    </div>
  );
}

function classesFor(theme: Theme) {
  const sc = theme.semanticColors;
  return mergeStyleSets({
    body: { display: 'flex', flexDirection: 'column', gap: 20, paddingTop: 8 },
    mark: { display: 'flex', flexDirection: 'column', gap: 8 },
    markTitle: { margin: 0, fontSize: theme.fonts.large.fontSize, fontWeight: 600 },
    subTitle: { margin: '8px 0 0', fontSize: theme.fonts.medium.fontSize, fontWeight: 600 },
    facts: {
      display: 'grid',
      gridTemplateColumns: 'max-content 1fr',
      gap: '6px 16px',
      margin: 0,
      selectors: { dt: { color: sc.bodySubtext, fontWeight: 600 }, dd: { margin: 0 } },
    },
    description: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
    note: { margin: 0, color: sc.bodySubtext },
    items: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
    item: {
      display: 'flex',
      flexWrap: 'wrap',
      gap: 8,
      alignItems: 'center',
      justifyContent: 'space-between',
      padding: '8px 0',
      borderBottom: `1px solid ${sc.bodyDivider}`,
    },
    itemText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
    itemAccount: { fontWeight: 600, overflowWrap: 'anywhere' },
    itemMeta: { fontSize: theme.fonts.small.fontSize },
  });
}
