/**
 * The annual clock for leadership: a table of accounts × quarter with, in each cell, how many items are overdue,
 * were done late, were done on time and are still coming up; the accounts furthest behind first, and a summary
 * line ("3 asiakkuutta jäljessä"). A real table (caption, column and row headers) whose cells say everything in
 * words: colour only repeats what the text says. The account's name opens that account's clock.
 * Counts come from `summarizeClock` (src/domain/clockSummary.ts) over the occurrences the user may read.
 */
import * as React from 'react';
import { Link, Text, useTheme } from '@fluentui/react';
import type { AnnualClockData } from '../../../data/queries/annualClock';
import { formatDate } from '../../../domain/dates';
import { ClockSummaryRow, QuarterCounts, summarizeClock } from '../../../domain/clockSummary';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';
import { withStrings } from '../../../ui/withStrings';
import { bundle as orgBundle, OrgViewStrings } from './strings';

export interface OrgViewProps {
  data: AnnualClockData;
  onOpenAccount(accountId: number): void;
}

const QUARTERS = [1, 2, 3, 4] as const;

function Counts(props: { counts: QuarterCounts; s: OrgViewStrings }): JSX.Element {
  const { counts: c, s } = props;
  const theme = useTheme();
  if (c.total === 0) return <span style={{ color: theme.semanticColors.bodySubtext }}>{s.none}</span>;
  const lines: { key: keyof QuarterCounts; text: string; style?: React.CSSProperties }[] = [];
  if (c.overdue) lines.push({ key: 'overdue', text: format(s.overdue, { n: c.overdue }), style: { color: theme.semanticColors.errorText, fontWeight: 600 } });
  if (c.doneLate) lines.push({ key: 'doneLate', text: format(s.doneLate, { n: c.doneLate }) });
  if (c.doneOnTime) lines.push({ key: 'doneOnTime', text: format(s.doneOnTime, { n: c.doneOnTime }) });
  if (c.open) lines.push({ key: 'open', text: format(s.open, { n: c.open }), style: { color: theme.semanticColors.bodySubtext } });
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {lines.map((l) => (
        <li key={l.key} style={l.style} data-kind={l.key}>
          {l.text}
        </li>
      ))}
    </ul>
  );
}

function OrgTable(props: OrgViewProps): JSX.Element {
  const { host } = useApp();
  const s = useBundle(orgBundle);
  const theme = useTheme();
  const { data } = props;
  const summary = React.useMemo(() => summarizeClock(data.accounts, data.occurrences, data.today, data.year, s.organisation), [data.accounts, data.occurrences, data.today, data.year, s.organisation]);
  const border = `1px solid ${theme.semanticColors.bodyDivider}`;
  const cell: React.CSSProperties = { borderTop: border, padding: '6px 10px', textAlign: 'left', verticalAlign: 'top' };
  const head: React.CSSProperties = { ...cell, borderTop: 0, fontWeight: 600 };
  const behindText = summary.behind === 0 ? s.behindNone : summary.behind === 1 ? s.behindOne : format(s.behindMany, { n: summary.behind });

  const row = (r: ClockSummaryRow): JSX.Element => (
    <tr key={r.accountId ?? 'org'} data-testid={`org-row-${r.accountId ?? 'org'}`}>
      <th scope="row" style={{ ...cell, fontWeight: r.total.overdue ? 600 : 400 }}>
        {r.accountId !== undefined ? (
          <Link onClick={() => props.onOpenAccount(r.accountId!)} aria-label={format(s.openAccount, { name: r.name })}>
            {r.name}
          </Link>
        ) : (
          r.name
        )}
      </th>
      {r.quarters.map((q, i) => (
        <td key={i} style={cell}>
          <Counts counts={q} s={s} />
        </td>
      ))}
      <td style={{ ...cell, borderLeft: border }}>
        <Counts counts={r.total} s={s} />
      </td>
    </tr>
  );

  return (
    <section aria-labelledby="ac-clock-org-title" data-testid="clock-org-view">
      <Text as="h2" id="ac-clock-org-title" variant="xLarge" block styles={{ root: { margin: '8px 0' } }}>
        {s.title}
      </Text>
      <Text block styles={{ root: { marginBottom: 4 } }}>
        {s.intro}
      </Text>
      <Text as="p" block role="status" variant="mediumPlus" styles={{ root: { fontWeight: 600, margin: '8px 0', color: summary.behind ? theme.semanticColors.errorText : undefined } }} data-testid="org-behind">
        {behindText}
        <span style={{ fontWeight: 400, color: theme.semanticColors.bodySubtext }}> · {format(s.asOf, { date: formatDate(data.today, host.locale) })}</span>
      </Text>
      {summary.rows.length === 0 && !summary.organisation ? (
        <Text block>{s.noAccounts}</Text>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse', width: '100%', minWidth: 720 }}>
            <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{format(s.caption, { year: data.year })}</caption>
            <thead>
              <tr>
                <th scope="col" style={head}>
                  {s.account}
                </th>
                {QUARTERS.map((n) => (
                  <th key={n} scope="col" style={head}>
                    {format(s.quarter, { n })}
                  </th>
                ))}
                <th scope="col" style={{ ...head, borderLeft: border }}>
                  {s.wholeYear}
                </th>
              </tr>
            </thead>
            <tbody>
              {summary.rows.map(row)}
              {summary.organisation && row(summary.organisation)}
            </tbody>
          </table>
        </div>
      )}
      <Text block variant="small" styles={{ root: { marginTop: 8, color: theme.semanticColors.bodySubtext } }}>
        {s.legend}
      </Text>
    </section>
  );
}

/** Loaded lazily by the annual clock view; brings its own strings. */
export const OrgView = withStrings<OrgViewProps>([orgBundle], OrgTable);
