/**
 * The feedback summary (palautekooste) for a week, month, quarter or year: counts by kind × reason and by status,
 * the reacted share and the median days to a reaction beside the previous period, the trend as a chart (its own
 * chunk) and as a table, and the CSV export. Read date-first in month slices (data/queries/teamReview.ts).
 */
import * as React from 'react';
import { CommandButton, Dropdown, IconButton, IContextualMenuItem, Spinner, Stack, Text } from '@fluentui/react';
import { loadFeedbackSummary, loadPeriodFeedback, loadPreviousCounts } from '../../data/queries/teamReview';
import { FeedbackSummary, nextPeriod, Period, periodOf, PERIOD_KINDS, PeriodKind, previousPeriod } from '../../domain/feedbackSummary';
import type { Account } from '../../domain/types';
import { FEEDBACK_KINDS, FEEDBACK_REASONS, FEEDBACK_STATUSES } from '../../domain/vocabulary';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { useAsync } from '../../ui/useAsync';
import { downloadFile } from '../../ui/download';
import { csvFile, itemRows, summaryRows } from './exportCsv';
import { bundle as reviewBundle } from './strings';
import { decimal, percent, periodLabel, stepLabel } from './text';
import { ExportStatus, useExportRun } from '../../ui/ExportStatus';

const TrendChart = React.lazy(() => import(/* webpackChunkName: 'team-review-chart' */ './TrendChart'));

const cell: React.CSSProperties = { textAlign: 'right', padding: '2px 8px' };
const head: React.CSSProperties = { textAlign: 'left', padding: '2px 8px' };

export function Summary(props: { today: string; accounts: Account[] }): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(reviewBundle);
  const [period, setPeriod] = React.useState<Period>(() => periodOf('quarter', props.today));
  // The period first; its comparison follows in a read of its own, so a year of feedback shows without waiting for the year before.
  const state = useAsync(() => loadFeedbackSummary(services, period), [services, period.kind, period.start]);
  const before = useAsync(() => loadPreviousCounts(services, period), [services, period.kind, period.start]);
  const summary = React.useMemo<FeedbackSummary | undefined>(
    () => (state.value && state.value.period.start === period.start && state.value.period.kind === period.kind ? { ...state.value, previous: before.loading ? undefined : before.value } : undefined),
    [state.value, before.value, before.loading, period],
  );
  const current = periodOf(period.kind, props.today);
  const label = periodLabel(period, s, host.locale);

  return (
    <section aria-labelledby="ac-review-summary" data-testid="feedback-summary">
      <Stack tokens={{ childrenGap: 12 }}>
        <Text block as="h2" variant="large" id="ac-review-summary" style={{ margin: 0 }}>
          {s.summary.heading}: <span data-testid="summary-period">{label}</span>
        </Text>
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 8 }}>
          <Dropdown
            label={s.summary.period}
            selectedKey={period.kind}
            options={PERIOD_KINDS.map((k) => ({ key: k, text: s.summary.periodKinds[k] }))}
            onChange={(_, o) => o && setPeriod(periodOf(o.key as PeriodKind, props.today))}
            styles={{ root: { minWidth: 160 } }}
            data-testid="summary-kind"
          />
          <IconButton iconProps={{ iconName: 'ChevronLeft' }} title={s.summary.previous} ariaLabel={s.summary.previous} onClick={() => setPeriod(previousPeriod(period))} />
          <IconButton
            iconProps={{ iconName: 'ChevronRight' }}
            title={s.summary.next}
            ariaLabel={s.summary.next}
            disabled={period.start >= current.start}
            onClick={() => setPeriod(nextPeriod(period))}
          />
          <CommandButton text={s.summary.current} iconProps={{ iconName: 'GotoToday' }} disabled={period.start === current.start} onClick={() => setPeriod(current)} />
          {summary && <ExportMenu summary={summary} accounts={props.accounts} />}
        </Stack>
        {state.error !== undefined ? (
          <ErrorBar error={state.error} onRetry={state.reload} />
        ) : !summary || state.loading ? (
          <Spinner label={s.summary.loading} />
        ) : (
          <Figures sum={summary} />
        )}
      </Stack>
    </section>
  );
}

function Figures({ sum }: { sum: FeedbackSummary }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(reviewBundle);
  const c = useBundle(choiceBundle);
  const locale = host.locale;
  const prevLabel = periodLabel(previousPeriod(sum.period), s, locale);
  const labels = sum.trend.map((t) => stepLabel(t, s, locale));
  const chartLabel = format(s.summary.chartLabel, { period: periodLabel(sum.period, s, locale), steps: sum.trend.map((t, i) => `${labels[i]} ${t.total}`).join(', ') });
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: 0 }} data-testid="summary-figures">
        <dt style={{ fontWeight: 600 }}>{s.summary.total}</dt>
        <dd style={{ margin: 0 }}>
          <span data-testid="summary-total">{sum.total}</span> ({format(s.summary.comparedTo, { count: sum.previous ? sum.previous.total : '…', period: prevLabel })})
        </dd>
        <dt style={{ fontWeight: 600 }}>{s.summary.reactedShare}</dt>
        <dd style={{ margin: 0 }} data-testid="summary-reacted">
          {sum.reactedShare === undefined ? s.summary.none : format(s.summary.reactedShareValue, { percent: percent(sum.reactedShare, locale), count: sum.reacted, total: sum.total })}
        </dd>
        <dt style={{ fontWeight: 600 }}>{s.summary.medianDays}</dt>
        <dd style={{ margin: 0 }} data-testid="summary-median">
          {sum.medianDaysToReaction === undefined ? s.summary.none : format(s.summary.medianDaysValue, { days: decimal(sum.medianDaysToReaction, locale) })}
        </dd>
      </dl>
      {sum.total === 0 && <Text block as="p">{s.summary.empty}</Text>}

      <table style={{ borderCollapse: 'collapse', alignSelf: 'flex-start' }} data-testid="summary-kind-reason">
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{s.summary.byKindReason}</caption>
        <thead>
          <tr>
            <th scope="col" style={head}>
              {s.summary.kind}
            </th>
            {FEEDBACK_REASONS.map((r) => (
              <th scope="col" key={r} style={cell}>
                {c.feedbackReason[r]}
              </th>
            ))}
            <th scope="col" style={cell}>
              {s.summary.sum}
            </th>
          </tr>
        </thead>
        <tbody>
          {FEEDBACK_KINDS.map((k) => (
            <tr key={k} data-kind={k}>
              <th scope="row" style={head}>
                {c.feedbackKind[k]}
              </th>
              {FEEDBACK_REASONS.map((r) => (
                <td key={r} style={cell}>
                  {sum.byKindReason[k][r]}
                </td>
              ))}
              <td style={{ ...cell, fontWeight: 600 }}>{sum.byKind[k]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" style={head}>
              {s.summary.sum}
            </th>
            {FEEDBACK_REASONS.map((r) => (
              <td key={r} style={{ ...cell, fontWeight: 600 }}>
                {sum.byReason[r]}
              </td>
            ))}
            <td style={{ ...cell, fontWeight: 600 }}>{sum.total}</td>
          </tr>
        </tbody>
      </table>

      <table style={{ borderCollapse: 'collapse', alignSelf: 'flex-start' }} data-testid="summary-status">
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{s.summary.byStatus}</caption>
        <tbody>
          {FEEDBACK_STATUSES.map((st) => (
            <tr key={st}>
              <th scope="row" style={head}>
                {c.feedbackStatus[st]}
              </th>
              <td style={cell}>{sum.byStatus[st]}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby="ac-review-trend">
        <Text block as="h3" variant="mediumPlus" id="ac-review-trend" style={{ margin: '0 0 8px' }}>
          {s.summary.trend}
        </Text>
        <React.Suspense fallback={<Spinner />}>
          <TrendChart summary={sum} labels={labels} kindLabels={c.feedbackKind} previousLabel={s.summary.previousPeriodColumn} label={chartLabel} theme={host.theme} />
        </React.Suspense>
        <table style={{ borderCollapse: 'collapse', marginTop: 8, alignSelf: 'flex-start' }} data-testid="summary-trend">
          <caption style={{ textAlign: 'left', padding: '4px 0' }}>{chartLabel.split(':')[0]}</caption>
          <thead>
            <tr>
              <th scope="col" style={head}>
                {s.summary.trendStep}
              </th>
              {FEEDBACK_KINDS.map((k) => (
                <th scope="col" key={k} style={cell}>
                  {c.feedbackKind[k]}
                </th>
              ))}
              <th scope="col" style={cell}>
                {s.summary.sum}
              </th>
              <th scope="col" style={cell}>
                {s.summary.previousPeriodColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {sum.trend.map((t, i) => (
              <tr key={t.start}>
                <th scope="row" style={head}>
                  {labels[i]}
                </th>
                {FEEDBACK_KINDS.map((k) => (
                  <td key={k} style={cell}>
                    {t.byKind[k]}
                  </td>
                ))}
                <td style={{ ...cell, fontWeight: 600 }}>{t.total}</td>
                <td style={cell}>{sum.previous?.trend[i]?.total ?? s.summary.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Stack>
  );
}

function ExportMenu(props: { summary: FeedbackSummary; accounts: Account[] }): JSX.Element {
  const { host, services } = useApp();
  const s = useBundle(reviewBundle);
  const c = useBundle(choiceBundle);
  const { status, failed, run: runExport } = useExportRun();
  const run = (kind: 'summary' | 'items'): void | Promise<void> =>
    runExport(async () => {
      const { summary } = props;
      // The items in full are read only when asked for: the summary itself reads a few fields of each.
      const items = kind === 'items' ? await loadPeriodFeedback(services, summary.period) : [];
      if (kind === 'items' && !items.length) return s.export.nothing;
      const rows = kind === 'summary' ? summaryRows(summary, s, c, host.locale) : itemRows(items, props.accounts, s, c);
      const file = csvFile(kind, summary, rows, s, host.locale);
      downloadFile(file.text, file.name);
      return format(s.export.downloaded, { file: file.name, count: rows.length - 1 });
    });
  const items: IContextualMenuItem[] = [
    { key: 'summary', text: s.export.summaryCsv, ariaDescription: s.export.hint, iconProps: { iconName: 'ExcelDocument' }, onClick: () => void run('summary'), 'data-testid': 'export-summary' },
    { key: 'items', text: s.export.itemsCsv, ariaDescription: s.export.hint, iconProps: { iconName: 'Table' }, onClick: () => void run('items'), 'data-testid': 'export-items' },
  ];
  return (
    <div data-testid="summary-export">
      <CommandButton text={s.export.button} iconProps={{ iconName: 'Download' }} menuProps={{ items }} data-testid="export-menu" />
      <ExportStatus status={status} failed={failed} failedText={s.export.failed} statusTestId="export-status" />
    </div>
  );
}
