/**
 * Leadership's portfolio: every account's agreement for a year against its deadline, in words (late, at risk, on
 * track), with what blocks it; sortable by any column (the headers are buttons, the sorted one has aria-sort),
 * filterable by stage, state, owner and text, each row opening the workflow; CSV for Finnish Excel.
 */
import * as React from 'react';
import { CommandButton, DefaultButton, Dropdown, IDropdownOption, Icon, SearchBox, Stack, Text, useTheme } from '@fluentui/react';
import type { PortfolioData } from '../../data/queries/agreements';
import { AGREEMENT_STAGES } from '../../domain/vocabulary';
import { csvFileName, toCsv } from '../../domain/csv';
import { formatDate } from '../../domain/dates';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { csvRows, filterRows, Filters, portfolioRows, RowState, Sort, SortKey, sortRows } from './portfolioModel';
import { bundle as agreementBundle } from './strings';
import { downloadFile } from '../../ui/download';
import { ExportStatus, useExportRun } from '../../ui/ExportStatus';

const cell: React.CSSProperties = { textAlign: 'left', padding: '4px 8px', verticalAlign: 'top' };
const STATES: RowState[] = ['late', 'atRisk', 'onTrack', 'noDeadline', 'done'];
const ALL = '__all';

export interface PortfolioProps {
  data: PortfolioData;
  today: string;
  year: number;
  onYear(year: number): void;
  onOpen(agreementId: number, accountId: number): void;
}

export function Portfolio(props: PortfolioProps): JSX.Element {
  const { host } = useApp();
  const s = useBundle(agreementBundle);
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const p = s.portfolio;
  const [sort, setSort] = React.useState<Sort>({ key: 'state', descending: false });
  const [filters, setFilters] = React.useState<Filters>({ text: '' });
  const all = React.useMemo(() => portfolioRows(props.data, props.today, s, c), [props.data, props.today, s, c]);
  const rows = sortRows(filterRows(all, filters), sort, host.locale);
  const count = (st: RowState): number => all.filter((r) => r.state === st).length;
  const notStarted = all.filter((r) => !r.agreement).length;
  const owners = [...new Set(all.map((r) => r.owner ?? ''))].sort((a, b) => a.localeCompare(b, host.locale));
  const thisYear = Number(props.today.slice(0, 4));
  const years = [...new Set([thisYear - 2, thisYear - 1, thisYear, thisYear + 1, props.year])].sort();
  const filtered = filters.stage !== undefined || filters.state !== undefined || filters.owner !== undefined || filters.text.trim() !== '';

  const header = (key: SortKey, label: string): JSX.Element => {
    const active = sort.key === key;
    return (
      <th scope="col" style={cell} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <CommandButton
          onClick={() => setSort(active ? { key, descending: !sort.descending } : { key, descending: false })}
          title={format(p.sortBy, { column: label })}
          styles={{ root: { height: 'auto', padding: 0, fontWeight: 600 }, label: { margin: 0, fontWeight: 600 } }}
          data-testid={`sort-${key}`}
        >
          {label}
          {active && <Icon iconName={sort.descending ? 'SortDown' : 'SortUp'} aria-hidden="true" style={{ marginLeft: 4 }} />}
        </CommandButton>
      </th>
    );
  };
  const opt = (key: string, text: string): IDropdownOption => ({ key, text });

  return (
    <Stack tokens={{ childrenGap: 12 }} as="section" aria-labelledby="ac-portfolio-title" data-testid="agreement-portfolio">
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }}>
        <Text as="h2" variant="large" id="ac-portfolio-title" style={{ margin: 0 }}>
          {format(p.heading, { year: props.year })}
        </Text>
        <Dropdown
          label={p.year}
          selectedKey={props.year}
          options={years.map((y) => ({ key: y, text: String(y) }))}
          onChange={(_, o) => o && props.onYear(Number(o.key))}
          styles={{ root: { width: 110 } }}
          data-testid="portfolio-year"
        />
      </Stack>
      <Text block data-testid="portfolio-summary">
        {format(p.summary, { count: all.length, late: count('late'), atRisk: count('atRisk'), notStarted })}
      </Text>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }} role="search" aria-label={p.filters}>
        <Dropdown
          label={p.filterStage}
          selectedKey={filters.stage ?? ALL}
          options={[opt(ALL, p.all), opt('notStarted', p.notStarted), ...AGREEMENT_STAGES.map((st) => opt(st, c.agreementStage[st]))]}
          onChange={(_, o) => o && setFilters((f) => ({ ...f, stage: o.key === ALL ? undefined : (o.key as Filters['stage']) }))}
          styles={{ root: { minWidth: 180 } }}
          data-testid="filter-stage"
        />
        <Dropdown
          label={p.filterState}
          selectedKey={filters.state ?? ALL}
          options={[opt(ALL, p.all), ...STATES.map((st) => opt(st, s.deadline.state[st]))]}
          onChange={(_, o) => o && setFilters((f) => ({ ...f, state: o.key === ALL ? undefined : (o.key as RowState) }))}
          styles={{ root: { minWidth: 160 } }}
          data-testid="filter-state"
        />
        <Dropdown
          label={p.filterOwner}
          selectedKey={filters.owner === undefined ? ALL : `o:${filters.owner}`}
          options={[opt(ALL, p.all), ...owners.map((o) => opt(`o:${o}`, o || p.noOwner))]}
          onChange={(_, o) => o && setFilters((f) => ({ ...f, owner: o.key === ALL ? undefined : String(o.key).slice(2) }))}
          styles={{ root: { minWidth: 180 } }}
          data-testid="filter-owner"
        />
        <SearchBox
          placeholder={p.filterText}
          ariaLabel={p.filterText}
          value={filters.text}
          onChange={(_, v) => setFilters((f) => ({ ...f, text: v ?? '' }))}
          styles={{ root: { minWidth: 240 } }}
          data-testid="filter-text"
        />
        {filtered && <DefaultButton text={p.clearFilters} onClick={() => setFilters({ text: '' })} />}
        <Export rows={rows} year={props.year} />
      </Stack>
      <Text block role="status" aria-live="polite" variant="small">
        {format(p.shown, { shown: rows.length, total: all.length })}
      </Text>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%' }} data-testid="portfolio-table">
          <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{p.caption}</caption>
          <thead>
            <tr>
              {header('account', p.account)}
              {header('stage', p.stage)}
              {header('deadline', p.deadline)}
              {header('state', p.state)}
              {header('days', p.daysLeft)}
              {header('blocker', p.blocker)}
              {header('owner', p.owner)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.account.id} data-testid={`portfolio-row-${r.account.abbreviation}`} style={{ borderTop: `1px solid ${theme.semanticColors.bodyDivider}` }}>
                <th scope="row" style={cell}>
                  {r.agreement ? (
                    <CommandButton
                      text={r.account.abbreviation}
                      title={r.account.name}
                      ariaLabel={format(p.open, { account: `${r.account.name} (${r.account.abbreviation})` })}
                      onClick={() => props.onOpen((r.agreement as { id: number }).id, r.account.id)}
                      styles={{ root: { height: 'auto', padding: 0 }, label: { margin: 0 } }}
                    />
                  ) : (
                    <span title={r.account.name}>{r.account.abbreviation}</span>
                  )}
                </th>
                <td style={cell}>
                  {r.stageText}
                  {r.progress && (
                    <span style={{ display: 'block', fontSize: 12, color: theme.semanticColors.bodySubtext }}>{format(s.stepper.step, r.progress)}</span>
                  )}
                </td>
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>{r.deadline ? formatDate(r.deadline, host.locale) : ''}</td>
                <td style={cell} data-testid="portfolio-state">
                  <StateText state={r.state} text={r.stateText} />
                </td>
                <td style={{ ...cell, whiteSpace: 'nowrap' }}>{r.daysText}</td>
                <td style={cell}>{r.blocker ?? p.noBlocker}</td>
                <td style={cell}>{r.owner ?? (r.agreement ? p.noOwner : '')}</td>
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={7} style={cell}>
                  {p.empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </Stack>
  );
}

/** The state in words, with an icon beside it for the eye (the words carry the meaning; the icon's colour is the body text's). */
function StateText({ state, text }: { state: RowState; text: string }): JSX.Element {
  const icon = state === 'late' ? 'ErrorBadge' : state === 'atRisk' ? 'Warning' : state === 'done' ? 'CompletedSolid' : state === 'onTrack' ? 'CheckMark' : undefined;
  return (
    <span style={{ whiteSpace: 'nowrap', fontWeight: state === 'late' || state === 'atRisk' ? 600 : 400 }}>
      {icon && <Icon iconName={icon} aria-hidden="true" style={{ marginRight: 4 }} />}
      {text}
    </span>
  );
}

function Export(props: { rows: Parameters<typeof csvRows>[0]; year: number }): JSX.Element {
  const s = useBundle(agreementBundle);
  const { status, failed, run: runExport } = useExportRun();
  const run = (): void =>
    void runExport(() => {
      const name = csvFileName([s.export.fileStem, props.year]);
      downloadFile(toCsv(csvRows(props.rows, s)), name);
      return format(s.export.downloaded, { file: name });
    });
  return (
    <div>
      <DefaultButton text={s.export.button} iconProps={{ iconName: 'ExcelDocument' }} onClick={run} data-testid="portfolio-export" />
      <ExportStatus status={status} failed={failed} failedText={s.export.failed} />
    </div>
  );
}

