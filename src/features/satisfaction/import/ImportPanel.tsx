/**
 * The survey import panel: choose the quarterly survey and a Forms or Webropol export, confirm what each column
 * is, try it (the dry run: what would be imported and which rows are rejected, with the file's row numbers), then
 * import. The parsers load only when the panel opens; the import can be run again after a failure without
 * duplicating anything (src/data/queries/surveyImport.ts).
 */
import * as React from 'react';
import {
  DefaultButton,
  Dropdown,
  IDropdownOption,
  Label,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  ProgressIndicator,
  Spinner,
  SpinnerSize,
  Stack,
  Text,
} from '@fluentui/react';
import {
  ColumnTarget,
  DryRun,
  FileProblem,
  ImportSource,
  ImportTable,
  RowNote,
  RowProblem,
  detectSource,
  dryRun,
  headersOf,
  sampleValues,
  suggestMapping,
  targetsFor,
} from '../../../domain/surveyImport';
import type { Account, Survey } from '../../../domain/types';
import { checkAgainstSite, importResponses, ImportResult, mayImport } from '../../../data/queries/surveyImport';
import { langOf } from '../../../loc/bundle';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';
import { ErrorBar } from '../../../ui/ErrorBar';
import { useAsync } from '../../../ui/useAsync';
import { bundle, SurveyImportStrings } from './strings';
import type { ImportFileError } from './parsers';

export interface ImportPanelProps {
  surveys: Survey[];
  accounts: Account[];
  onClose(imported: boolean): void;
}

const PREVIEW_ROWS = 20;

const loadParsers = (): Promise<typeof import('./parsers')> => import(/* webpackChunkName: 'survey-import-parsers' */ './parsers');

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function isFileError(e: unknown): e is ImportFileError {
  return e instanceof Error && e.name === 'ImportFileError';
}

/** The quarterly surveys newest first; others after them. */
function sortSurveys(surveys: readonly Survey[]): Survey[] {
  const rank = (s: Survey): number => (s.kind === 'quarterly' ? 0 : 1);
  return [...surveys].sort((a, b) => rank(a) - rank(b) || b.year - a.year || (b.quarter ?? 0) - (a.quarter ?? 0));
}

export function ImportPanelView(props: ImportPanelProps): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(bundle);
  const lang = langOf(host.locale);
  const ids = React.useMemo(() => ({ file: `si-file-${Math.random().toString(36).slice(2)}`, fileHint: `si-hint-${Math.random().toString(36).slice(2)}` }), []);
  const surveys = React.useMemo(() => sortSurveys(props.surveys), [props.surveys]);
  const [surveyId, setSurveyId] = React.useState<number | undefined>(surveys[0]?.id);
  const survey = surveys.find((x) => x.id === surveyId);
  const [fileName, setFileName] = React.useState<string>();
  const [table, setTable] = React.useState<ImportTable>();
  const [reading, setReading] = React.useState(false);
  const [fileError, setFileError] = React.useState<string>();
  const [source, setSource] = React.useState<ImportSource>('formsImport');
  const [mapping, setMapping] = React.useState<ColumnTarget[]>([]);
  const [fixedAccountId, setFixedAccountId] = React.useState<number>();
  const [run, setRun] = React.useState<DryRun>();
  const [checking, setChecking] = React.useState(false);
  const [progress, setProgress] = React.useState<{ done: number; total: number }>();
  const [result, setResult] = React.useState<ImportResult>();
  const [error, setError] = React.useState<unknown>();
  const imported = React.useRef(false);

  // The parsers are their own chunk, fetched as the panel opens (while the user picks a file).
  const parsers = useAsync(loadParsers, []);
  const rights = useAsync(() => mayImport(services), [services]);
  const allowed = rights.value === true;

  const headers = React.useMemo(() => (table ? headersOf(table) : []), [table]);
  const questionText = (id: string): string => (id === 'nps' ? s.npsQuestion : survey?.definition.questions.find((q) => q.id === id)?.text[lang] ?? id);
  const accountLabel = (id: number): string => {
    const a = props.accounts.find((x) => x.id === id);
    return a ? `${a.name} (${a.abbreviation})` : String(id);
  };

  const resetRun = (): void => {
    setRun(undefined);
    setResult(undefined);
    setError(undefined);
  };

  React.useEffect(() => {
    if (survey && table) setMapping(suggestMapping(headersOf(table), survey));
    resetRun();
  }, [survey, table]);

  const onFile = async (e: React.ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = e.target.files?.[0];
    setTable(undefined);
    setFileError(undefined);
    resetRun();
    if (!file) return;
    setFileName(file.name);
    setReading(true);
    try {
      const p = parsers.value ?? (await loadParsers());
      const t = await p.parseImportFile(file);
      setTable(t);
      setSource(detectSource(headersOf(t)));
    } catch (x) {
      if (isFileError(x)) {
        const f = x.failure;
        const values: Record<string, string | number> = f.code === 'tooLarge' ? { size: mb(f.size), max: mb(f.max) } : f.code === 'tooManyRows' ? { max: f.max } : f.code === 'unsupported' ? { name: f.name } : {};
        setFileError(format(s.parse[f.code], values));
      } else setFileError(s.parse.unreadable);
    } finally {
      setReading(false);
    }
  };

  const targetLabel = (t: ColumnTarget): string => (t.startsWith('question:') ? format(s.questionTarget, { text: questionText(t.slice('question:'.length)) }) : s.targets[t as keyof SurveyImportStrings['targets']]);
  const targetOptions: IDropdownOption[] = survey ? targetsFor(survey).map((t) => ({ key: t, text: targetLabel(t) })) : [];

  const problemText = (p: RowProblem): string => {
    const values: Record<string, string | number> = { ...(p as unknown as Record<string, string | number>) };
    if ('question' in p) values.question = questionText(p.question);
    return format(s.problems[p.code], values);
  };
  const noteText = (n: RowNote): string => format(s.notes[n.code], { column: n.column });
  const fileProblemText = (p: FileProblem): string => {
    if (p.code === 'missingColumns') return format(s.fileProblems.missingColumns, { columns: p.columns.map(questionText).join(', ') });
    if (p.code === 'tooManyRows') return format(s.fileProblems.tooManyRows, { count: p.count, max: p.max });
    return s.fileProblems[p.code];
  };

  const tryIt = async (): Promise<void> => {
    if (!survey || !table) return;
    resetRun();
    setChecking(true);
    try {
      const local = dryRun({ table, mapping, survey, accounts: props.accounts, fixedAccountId, source, now: new Date().toISOString() });
      setRun(await checkAgainstSite(services, local));
    } catch (x) {
      setError(x);
    } finally {
      setChecking(false);
    }
  };

  const doImport = async (): Promise<void> => {
    if (!run) return;
    setError(undefined);
    setResult(undefined);
    setProgress({ done: 0, total: run.accepted });
    try {
      const r = await importResponses(services, run, setProgress);
      if (r.created > 0) imported.current = true;
      setResult(r);
    } catch (x) {
      setError(x);
    } finally {
      setProgress(undefined);
    }
  };

  const rejected = run?.rows.filter((r) => r.problems.length) ?? [];
  const noted = run?.rows.filter((r) => r.notes.length) ?? [];
  const accepted = run?.rows.filter((r) => r.response) ?? [];
  const busy = reading || checking || progress !== undefined;

  return (
    <Panel isOpen type={PanelType.large} headerText={s.title} closeButtonAriaLabel={s.close} onDismiss={() => props.onClose(imported.current)} isFooterAtBottom>
      <Stack tokens={{ childrenGap: 16 }}>
        <Text>{s.intro}</Text>
        {rights.value === false && (
          <MessageBar messageBarType={MessageBarType.blocked} isMultiline>
            {s.noRights}
          </MessageBar>
        )}
        {rights.error !== undefined && <ErrorBar error={rights.error} onRetry={rights.reload} />}
        {parsers.error !== undefined && <ErrorBar error={parsers.error} onRetry={parsers.reload} />}

        <Dropdown
          label={s.survey}
          placeholder={s.surveyPlaceholder}
          selectedKey={surveyId ?? null}
          options={surveys.map((x) => ({ key: x.id, text: x.title }))}
          onChange={(_, o) => setSurveyId(o ? Number(o.key) : undefined)}
          disabled={busy}
        />

        <div>
          <Label htmlFor={ids.file}>{s.file}</Label>
          <input id={ids.file} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby={ids.fileHint} onChange={(e) => void onFile(e)} disabled={busy || !allowed} />
          <Text id={ids.fileHint} block variant="small">
            {s.fileHint}
          </Text>
        </div>
        {reading && <Spinner size={SpinnerSize.small} label={s.reading} />}
        {fileError && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert">
            {fileError}
          </MessageBar>
        )}

        {table && survey && (
          <>
            <Text>{format(s.fileRead, { name: fileName ?? '', rows: table.rows.length })}</Text>
            <Dropdown
              label={s.source}
              selectedKey={source}
              options={(['formsImport', 'webropolImport'] as const).map((k) => ({ key: k, text: s.sources[k] }))}
              onChange={(_, o) => o && setSource(o.key as ImportSource)}
              disabled={busy}
            />
            <Dropdown
              label={s.account}
              selectedKey={fixedAccountId ?? 'none'}
              options={[{ key: 'none', text: s.accountNone }, ...props.accounts.map((a) => ({ key: a.id, text: accountLabel(a.id) }))]}
              onChange={(_, o) => {
                setFixedAccountId(!o || o.key === 'none' ? undefined : Number(o.key));
                resetRun();
              }}
              onRenderLabel={() => <Label>{s.account}</Label>}
              ariaLabel={`${s.account}. ${s.accountHint}`}
              disabled={busy}
            />

            <section aria-labelledby="si-mapping">
              <h3 id="si-mapping">{s.mapping}</h3>
              <Text block>{s.mappingIntro}</Text>
              <table data-testid="import-mapping">
                <thead>
                  <tr>
                    <th scope="col">{s.column}</th>
                    <th scope="col">{s.target}</th>
                    <th scope="col">{s.samples}</th>
                  </tr>
                </thead>
                <tbody>
                  {headers.map((h, i) => (
                    <tr key={i}>
                      <th scope="row">{h || `#${i + 1}`}</th>
                      <td>
                        <Dropdown
                          ariaLabel={`${s.target}: ${h || `#${i + 1}`}`}
                          selectedKey={mapping[i] ?? 'ignore'}
                          options={targetOptions}
                          onChange={(_, o) => {
                            if (!o) return;
                            setMapping((m) => m.map((t, j) => (j === i ? (o.key as ColumnTarget) : t === o.key && o.key !== 'ignore' ? 'ignore' : t)));
                            resetRun();
                          }}
                          disabled={busy}
                        />
                      </td>
                      <td>{sampleValues(table, i).join(' · ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>

            <Stack horizontal tokens={{ childrenGap: 8 }}>
              <DefaultButton text={s.dryRun} onClick={() => void tryIt()} disabled={busy || !allowed} />
              <PrimaryButton text={s.doImport} onClick={() => void doImport()} disabled={busy || !allowed || !run || !run.accepted} />
            </Stack>
          </>
        )}
        {checking && <Spinner size={SpinnerSize.small} label={s.checking} />}
        {progress && <ProgressIndicator label={s.importing} description={format(s.progress, progress)} percentComplete={progress.total ? progress.done / progress.total : undefined} />}
        {error !== undefined && <ErrorBar error={error} />}
        {result && !result.error && (
          <MessageBar messageBarType={MessageBarType.success} isMultiline role="status">
            {format(s.done, { created: result.created, skipped: result.skipped })}
          </MessageBar>
        )}
        {result?.error && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline role="alert">
            {format(s.partial, { created: result.created, remaining: result.remaining, message: result.error.message })}
          </MessageBar>
        )}

        {run && (
          <section aria-labelledby="si-dryrun" data-testid="import-dryrun">
            <h3 id="si-dryrun">{s.dryRunHeading}</h3>
            {run.fileProblems.map((p, i) => (
              <MessageBar key={i} messageBarType={MessageBarType.error} isMultiline role="alert">
                {fileProblemText(p)}
              </MessageBar>
            ))}
            {!run.fileProblems.length && (
              <>
                <Text block role="status">
                  {format(s.counts, { accepted: run.accepted, rejected: run.rejected })}
                </Text>
                {run.alreadyImported > 0 && <Text block>{format(s.alreadyCount, { count: run.alreadyImported })}</Text>}
                {!run.accepted && <Text block>{s.nothingToImport}</Text>}
              </>
            )}
            {rejected.length > 0 && (
              <RowReasons testId="import-rejected" caption={s.rejectedHeading} rowLabel={s.row} reasonLabel={s.reason} rows={rejected.map((r) => ({ row: r.row, text: r.problems.map(problemText).join('; ') }))} />
            )}
            {noted.length > 0 && (
              <RowReasons testId="import-notes" caption={s.notesHeading} rowLabel={s.row} reasonLabel={s.reason} rows={noted.map((r) => ({ row: r.row, text: r.notes.map(noteText).join('; ') }))} />
            )}
            {accepted.length > 0 && (
              <table data-testid="import-preview">
                <caption>
                  {s.previewHeading}
                  {accepted.length > PREVIEW_ROWS ? ` (${format(s.previewMore, { shown: PREVIEW_ROWS, total: accepted.length })})` : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{s.row}</th>
                    <th scope="col">{s.respondent}</th>
                    <th scope="col">{s.accountColumn}</th>
                    <th scope="col">{s.submitted}</th>
                    <th scope="col">{s.answers}</th>
                  </tr>
                </thead>
                <tbody>
                  {accepted.slice(0, PREVIEW_ROWS).map((r) => (
                    <tr key={r.row}>
                      <th scope="row">{r.row}</th>
                      <td>{r.response!.respondentName ?? r.response!.respondentKey}</td>
                      <td>{accountLabel(r.response!.accountId)}</td>
                      <td>{new Date(r.response!.submittedAt).toLocaleString(host.locale)}</td>
                      <td>
                        {Object.values(r.response!.answers).join(', ')}
                        {r.response!.nps !== undefined ? ` · NPS ${r.response!.nps}` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        )}
      </Stack>
    </Panel>
  );
}

/** A table of file rows (as numbered in the file) and what was found on each: the rejected rows, or the notes. */
function RowReasons(props: { testId: string; caption: string; rowLabel: string; reasonLabel: string; rows: { row: number; text: string }[] }): JSX.Element {
  return (
    <table data-testid={props.testId}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.rowLabel}</th>
          <th scope="col">{props.reasonLabel}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr key={r.row}>
            <th scope="row">{r.row}</th>
            <td>{r.text}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
