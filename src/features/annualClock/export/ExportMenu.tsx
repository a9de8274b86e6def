/**
 * "Vie ja tulosta": the annual clock items now shown (an account's, a person's, or all the filters let through) as
 * an iCalendar file that Outlook imports as all-day events, or printed (window.print(); the month list's print
 * stylesheet decides what goes on paper). The file is made in the browser (src/domain/ical.ts) and downloaded
 * through a Blob URL; its events keep their UIDs from export to export, so importing a newer file updates them.
 */
import * as React from 'react';
import { CommandButton, IContextualMenuItem, MessageBar, MessageBarType } from '@fluentui/react';
import type { AnnualClockData } from '../../../data/queries/annualClock';
import { formatDate } from '../../../domain/dates';
import { buildCalendar, icsFileName, icsSequence, icsUid, icsUidDomain, IcsEvent } from '../../../domain/ical';
import type { ClockOccurrence } from '../../../domain/types';
import { bundle as choiceBundle, ChoiceLabels } from '../../../loc/choices';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';
import { bundle as exportBundle, ExportStrings } from './strings';
import { withStrings } from '../../../ui/withStrings';
import { downloadFile } from '../../../ui/download';

export interface ExportMenuProps {
  data: AnnualClockData;
  /** The items shown now (after the view's filters). */
  visible: ClockOccurrence[];
  /** Whose items these are, e.g. the account's abbreviation or the person's name; in the calendar and file name. */
  scopeLabel: string;
}

/** The calendar events of the given items, with texts in the user's language. Items of unknown tasks are left out. */
export function clockEvents(data: Pick<AnnualClockData, 'tasks' | 'accounts'>, items: ClockOccurrence[], s: ExportStrings, c: ChoiceLabels, locale: string, siteUrl: string): IcsEvent[] {
  const uidDomain = icsUidDomain(siteUrl);
  const tasks = new Map(data.tasks.map((t) => [t.id, t]));
  const accounts = new Map(data.accounts.map((a) => [a.id, a]));
  const events: IcsEvent[] = [];
  for (const o of [...items].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id)) {
    const task = tasks.get(o.taskId);
    if (!task) continue;
    const account = o.accountId !== undefined ? accounts.get(o.accountId) : undefined;
    const who = account ? account.abbreviation || account.name : undefined;
    const description = [
      task.description?.trim(),
      account ? format(s.account, { name: account.name }) : o.accountId === undefined ? s.organisation : undefined,
      task.ownerRole ? format(s.ownerRole, { role: c.ownerRole[task.ownerRole] }) : undefined,
      o.owner?.title ? format(s.owner, { name: o.owner.title }) : undefined,
      o.done && o.doneOn ? format(s.doneOn, { date: formatDate(o.doneOn, locale) }) : undefined,
    ]
      .filter(Boolean)
      .join('\n');
    events.push({
      uid: icsUid(o.clientKey || `clock-occurrence:${o.id}`, uidDomain),
      date: o.dueDate,
      summary: who ? `${task.title} – ${who}` : task.title,
      description,
      done: !!o.done,
      sequence: icsSequence(o.modified),
      categories: [c.clockCategory[task.category] ?? task.category],
      modified: o.modified,
    });
  }
  return events;
}


function Menu(props: ExportMenuProps): JSX.Element {
  const { host } = useApp();
  const s = useBundle(exportBundle);
  const c = useBundle(choiceBundle);
  const [status, setStatus] = React.useState('');
  const [failed, setFailed] = React.useState(false);

  const exportIcs = (): void => {
    setFailed(false);
    try {
      const events = clockEvents(props.data, props.visible, s, c, host.locale, host.siteUrl);
      if (!events.length) {
        setStatus(s.nothingToExport);
        return;
      }
      const text = buildCalendar({ name: format(s.calendarName, { scope: props.scopeLabel, year: props.data.year }), events, now: host.now ?? new Date(), donePrefix: s.donePrefix });
      const file = icsFileName([s.fileStem, props.scopeLabel, props.data.year]);
      downloadFile(text, file, 'text/calendar;charset=utf-8');
      setStatus(format(s.downloaded, { file, count: events.length }));
    } catch {
      setStatus('');
      setFailed(true);
    }
  };

  const items: IContextualMenuItem[] = [
    { key: 'ics', text: s.ics, ariaDescription: s.icsHint, iconProps: { iconName: 'Calendar' }, disabled: props.visible.length === 0, onClick: exportIcs },
    { key: 'print', text: s.print, iconProps: { iconName: 'Print' }, onClick: () => window.print() },
  ];

  return (
    <div className="ac-clock-export" data-testid="clock-export">
      <CommandButton text={s.menu} ariaLabel={format(s.menuLabel, { scope: props.scopeLabel })} iconProps={{ iconName: 'Share' }} menuProps={{ items }} />
      <div role="status" aria-live="polite" style={{ fontSize: 12 }}>
        {status}
      </div>
      {failed && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">
          {s.failed}
        </MessageBar>
      )}
    </div>
  );
}

/** Loaded lazily by the annual clock view; brings its own strings. */
export const ExportMenu = withStrings<ExportMenuProps>([exportBundle, choiceBundle], Menu);
