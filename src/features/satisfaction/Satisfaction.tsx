/**
 * The quarterly satisfaction view for leadership (docs/care-model.md §4), read before a management meeting:
 * 1. the overview: accounts × the last eight quarters of the overall average, the latest NPS and response rate,
 *    and a total of the accounts with enough answers; a cell under the privacy threshold says only "fewer than N";
 * 2. the detail of the selected account (or the whole organisation): areas against the previous quarter with the
 *    significance of a drop, the trend (chart in its own chunk, and a table), distributions, NPS, response rate and
 *    the open comments (plain text);
 * 3. an action (toimenpide) from any area result, shown beside it with the open survey actions already there;
 * 4. the CSV export; 5. the import and the survey admin, each loaded on demand for those who may use them.
 */
import * as React from 'react';
import { CommandButton, DefaultButton, Icon, IContextualMenuItem, MessageBar, MessageBarType, Spinner, Stack, Text, useTheme } from '@fluentui/react';
import type { SatisfactionData } from '../../data/queries/satisfaction';
import { csvFileName, toCsv } from '../../domain/csv';
import { analyseSatisfaction, Cell, detailCsvRows, dropsOf, overviewCsvRows, Row, SatisfactionResult } from '../../domain/satisfactionResults';
import type { Action } from '../../domain/types';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { errorMessage } from '../../ui/errorMessage';
import type { ViewProps } from '../../ui/feature';
import { ViewHeader } from '../../ui/ViewHeader';
import { useAsync } from '../../ui/useAsync';
import { Detail } from './Detail';
import { firstRead } from './firstRead';
import { bundle as satisfactionBundle } from './strings';
import { downloadFile } from '../../ui/download';
import { areaLabel, csvTexts, decimal, percent, quarterLabel, suppressedText } from './text';
import { ExportStatus, useExportRun } from '../../ui/ExportStatus';

const ImportPanel = React.lazy(() => import(/* webpackChunkName: 'satisfaction-import' */ './import').then((m) => ({ default: m.ImportPanel })));
const SurveyAdmin = React.lazy(() => import(/* webpackChunkName: 'satisfaction-surveys' */ './surveys').then((m) => ({ default: m.SurveyAdmin })));

const head: React.CSSProperties = { textAlign: 'left', padding: '4px 8px' };
const num: React.CSSProperties = { textAlign: 'right', padding: '4px 8px', whiteSpace: 'nowrap' };

type Slot = 'none' | 'import' | 'surveys';

export function Satisfaction(props: ViewProps): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(satisfactionBundle);
  const initial = React.useRef(props.initial as Promise<SatisfactionData> | undefined);
  const state = useAsync(() => {
    // The web part's early read serves the first render; Refresh and a finished import read again.
    const early = initial.current;
    initial.current = undefined;
    return early ?? firstRead(services, host);
  }, [services]);
  const [slot, setSlot] = React.useState<Slot>('none');
  const data = state.value;
  const result = React.useMemo(
    () => data && analyseSatisfaction({ surveys: data.surveys, responses: data.responses, accounts: data.accounts, contacts: data.contacts, threshold: data.threshold, today: data.today }),
    [data],
  );
  const closeSlot = (changed: boolean): void => {
    setSlot('none');
    if (changed) state.reload();
  };

  return (
    <Stack tokens={{ childrenGap: 12, padding: 16 }} as="main" aria-labelledby="ac-satisfaction-title" data-testid="satisfaction">
      <ViewHeader titleId="ac-satisfaction-title" title={s.title} intro={s.intro} refreshLabel={s.refresh} onRefresh={state.reload} refreshing={state.loading} />
      {state.error !== undefined ? (
        <ErrorBar error={state.error} onRetry={state.reload} />
      ) : !data || !result || state.loading ? (
        <Spinner label={s.loading} />
      ) : (
        <>
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            {data.rights.addResponses && <DefaultButton text={s.importButton} iconProps={{ iconName: 'Upload' }} onClick={() => setSlot('import')} aria-expanded={slot === 'import'} />}
            {data.rights.addSurveys && <DefaultButton text={s.surveysButton} iconProps={{ iconName: 'FormLibrary' }} onClick={() => setSlot('surveys')} aria-expanded={slot === 'surveys'} />}
          </Stack>
          {slot !== 'none' && (
            <React.Suspense fallback={<Spinner />}>
              {slot === 'import' ? <ImportPanel surveys={data.surveys} accounts={data.accounts} onClose={closeSlot} /> : <SurveyAdmin onChanged={() => state.reload()} />}
              {slot === 'surveys' && <DefaultButton text={s.close} onClick={() => setSlot('none')} />}
            </React.Suspense>
          )}
          <Results data={data} result={result} />
        </>
      )}
    </Stack>
  );
}

function Results({ data, result }: { data: SatisfactionData; result: SatisfactionResult }): JSX.Element {
  const s = useBundle(satisfactionBundle);
  const { services } = useApp();
  // undefined = the whole organisation.
  const [selected, setSelected] = React.useState<number | undefined>(undefined);
  const [actions, setActions] = React.useState<Action[]>(data.actions);
  React.useEffect(() => setActions(data.actions), [data.actions]);
  if (data.access === 'none')
    return (
      <MessageBar messageBarType={MessageBarType.info} data-testid="satisfaction-no-access">
        {s.noAccess}
      </MessageBar>
    );
  if (data.access === 'ownOnly')
    return (
      <MessageBar messageBarType={MessageBarType.info} data-testid="satisfaction-own-only">
        {s.ownOnly}
      </MessageBar>
    );
  const row = (selected !== undefined && result.rows.find((r) => r.account!.id === selected)) || result.totals;
  return (
    <Stack tokens={{ childrenGap: 16 }}>
      {data.responsesError && <ReadFailed error={data.responsesError} />}
      <ExportMenu result={result} row={row} />
      <Overview result={result} selected={selected} onSelect={setSelected} />
      <Detail
        key={row.account?.id ?? 'all'}
        result={result}
        row={row}
        today={data.today}
        actions={actions}
        canAddActions={data.rights.addActions}
        onActionSaved={(a) => setActions((xs) => [...xs.filter((x) => x.id !== a.id), a])}
        services={services}
      />
    </Stack>
  );
}

function ReadFailed({ error }: { error: unknown }): JSX.Element {
  const { strings } = useApp();
  const s = useBundle(satisfactionBundle);
  return <MessageBar messageBarType={MessageBarType.warning}>{format(s.readFailed, { message: errorMessage(strings, error) })}</MessageBar>;
}

function Overview(props: { result: SatisfactionResult; selected?: number; onSelect(id: number | undefined): void }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(satisfactionBundle);
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const { result } = props;
  const last = result.quarters.length - 1;
  const latest = quarterLabel(result.quarters[last], s);
  // An account nobody answered for in eight quarters (not surveyed) is named below the table, not an empty row.
  const answered = (row: Row): boolean => row.cells.some((cell) => cell.shown || cell.category === 'few');
  const shownRows = result.rows.filter(answered);
  const silent = result.rows.filter((row) => !answered(row));
  const rowCells = (row: Row): JSX.Element[] => [
    ...row.cells.map((cell, i) => {
      const drops = dropsOf(row, i);
      return (
        <td key={i} style={num} data-testid="overview-cell">
          {cell.shown ? (cell.figures.overall === undefined ? '–' : decimal(cell.figures.overall, host.locale)) : <span style={{ color: theme.semanticColors.bodySubtext, display: 'inline-block', maxWidth: '6em', whiteSpace: 'normal' }}>{suppressedText(cell, s)}</span>}
          {drops.length > 0 && (
            // Wraps within the column, so eight quarters and the latest figures fit beside each other.
            // The words in the body colour (readable on the selected row in every theme), the arrow in the error colour.
            <span style={{ display: 'block', maxWidth: '9em', marginLeft: 'auto', whiteSpace: 'normal', fontSize: 12, fontWeight: 600, color: theme.semanticColors.bodyText }} data-testid="overview-drop">
              <Icon iconName="ArrowDown" aria-hidden="true" style={{ color: theme.semanticColors.errorIcon }} /> {format(s.overview.drop, { areas: drops.map((d) => areaLabel(d.area, c)).join(', ') })}
            </span>
          )}
        </td>
      );
    }),
    <td key="nps" style={num}>
      {row.cells[last].shown ? (
        (row.cells[last] as Extract<Cell, { shown: true }>).figures.nps?.score ?? '–'
      ) : (
        <span style={{ display: 'inline-block', maxWidth: '6em', whiteSpace: 'normal' }}>{suppressedText(row.cells[last], s)}</span>
      )}
    </td>,
    <td key="rate" style={num}>
      {(() => {
        const cell = row.cells[last];
        if (!cell.shown) return <span style={{ display: 'inline-block', maxWidth: '6em', whiteSpace: 'normal' }}>{suppressedText(cell, s)}</span>;
        return cell.figures.responseRate === undefined ? '–' : `${percent(cell.figures.responseRate, host.locale)} %`;
      })()}
    </td>,
  ];
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse' }} data-testid="satisfaction-overview">
        <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>{s.overview.caption}</caption>
        <thead>
          <tr>
            <th scope="col" style={head}>
              {s.overview.account}
            </th>
            {result.quarters.map((q) => (
              <th scope="col" key={`${q.year}-${q.quarter}`} style={num}>
                {quarterLabel(q, s)}
              </th>
            ))}
            <th scope="col" style={num}>
              {format(s.overview.nps, { quarter: latest })}
            </th>
            <th scope="col" style={num}>
              {format(s.overview.responseRate, { quarter: latest })}
            </th>
          </tr>
        </thead>
        <tbody>
          {shownRows.map((row) => {
            const a = row.account!;
            const isSelected = props.selected === a.id;
            return (
              <tr key={a.id} data-testid={`overview-row-${a.abbreviation}`} style={isSelected ? { background: theme.palette.neutralLighter } : undefined}>
                <th scope="row" style={head}>
                  <CommandButton
                    text={a.abbreviation}
                    title={a.name}
                    ariaLabel={format(s.overview.select, { name: `${a.name} (${a.abbreviation})` })}
                    aria-pressed={isSelected}
                    onClick={() => props.onSelect(isSelected ? undefined : a.id)}
                    styles={{ root: { height: 'auto', padding: 0 }, label: { margin: 0, fontWeight: isSelected ? 600 : 400 } }}
                  />
                </th>
                {rowCells(row)}
              </tr>
            );
          })}
          {!result.rows.length && (
            <tr>
              <td colSpan={result.quarters.length + 3}>{s.overview.noAccounts}</td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr data-testid="overview-total" style={{ borderTop: `1px solid ${theme.semanticColors.bodyDivider}` }}>
            <th scope="row" style={head}>
              <CommandButton
                text={s.overview.total}
                aria-pressed={props.selected === undefined}
                onClick={() => props.onSelect(undefined)}
                styles={{ root: { height: 'auto', padding: 0 }, label: { margin: 0, fontWeight: 600 } }}
              />
              {result.totals.leftOut[last] > 0 && (
                <Text block variant="small" data-testid="overview-left-out">
                  {format(s.overview.leftOut, { count: result.totals.leftOut[last], n: result.threshold })}
                </Text>
              )}
            </th>
            {rowCells(result.totals)}
          </tr>
        </tfoot>
      </table>
      {silent.length > 0 && (
        <Text block variant="small" data-testid="overview-not-surveyed" style={{ marginTop: 4 }}>
          {format(s.overview.notSurveyed, { accounts: silent.map((row) => row.account!.abbreviation).join(', ') })}
        </Text>
      )}
    </div>
  );
}

function ExportMenu(props: { result: SatisfactionResult; row: Row }): JSX.Element {
  const s = useBundle(satisfactionBundle);
  const c = useBundle(choiceBundle);
  const { status, failed, run: runExport } = useExportRun();
  const run = (kind: 'overview' | 'detail'): void =>
    void runExport(() => {
      const { result, row } = props;
      const last = result.quarters.length - 1;
      const texts = csvTexts(s, c);
      const rows = kind === 'overview' ? overviewCsvRows(result, texts) : detailCsvRows(result, row, last, texts);
      const name = csvFileName(kind === 'overview' ? [s.export.fileStem, quarterLabel(result.quarters[last], s)] : [s.export.detailFileStem, row.account?.abbreviation ?? s.overview.total, quarterLabel(result.quarters[last], s)]);
      downloadFile(toCsv(rows), name);
      return format(s.export.downloaded, { file: name });
    });
  const items: IContextualMenuItem[] = [
    { key: 'overview', text: s.export.overviewCsv, iconProps: { iconName: 'ExcelDocument' }, onClick: () => run('overview'), 'data-testid': 'export-overview' },
    { key: 'detail', text: s.export.detailCsv, iconProps: { iconName: 'Table' }, onClick: () => run('detail'), 'data-testid': 'export-detail' },
  ];
  return (
    <div>
      <CommandButton text={s.export.button} iconProps={{ iconName: 'Download' }} menuProps={{ items }} data-testid="satisfaction-export" />
      <ExportStatus status={status} failed={failed} failedText={s.export.failed} />
    </div>
  );
}
