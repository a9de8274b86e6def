/**
 * Privacy (Tietosuoja), for site owners: how long situation records and feedback are kept, a dry run that lists
 * what is older, and deleting or anonymising exactly that after a confirmation naming the counts. SharePoint decides
 * who may: the purge refuses anyone who is not a site owner, whatever this section shows.
 */
import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField, useTheme } from '@fluentui/react';
import { formatDate, todayInHelsinki } from '../../domain/dates';
import { parseRetentionMonths } from '../../domain/retention';
import type { Setting } from '../../domain/types';
import { PurgeMode, PurgePlan, PurgeReport, RETENTION_LISTS, RetentionList, loadRetention, planPurge, purge, retentionMonths, saveRetention } from '../../data/queries/retention';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { bundle as privacyStrings } from './strings';

/** Rows of the dry run shown at once; the total is always named. */
export const PREVIEW_ROWS = 50;

export function Privacy(): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(privacyStrings);
  const theme = useTheme();
  const [settings, setSettings] = React.useState<Setting[]>();
  const [typed, setTyped] = React.useState<Record<RetentionList, string>>({ situationRecords: '', feedback: '' });
  const [error, setError] = React.useState<unknown>();
  const [busy, setBusy] = React.useState<'save' | 'preview' | 'purge'>();
  const [saved, setSaved] = React.useState(false);
  const [plan, setPlan] = React.useState<PurgePlan>();
  const [confirming, setConfirming] = React.useState<PurgeMode>();
  const [report, setReport] = React.useState<PurgeReport>();

  const load = React.useCallback(async () => {
    const r = await loadRetention(services);
    setSettings(r.settings);
    setTyped({ situationRecords: String(r.months.situationRecords), feedback: String(r.months.feedback) });
  }, [services]);

  React.useEffect(() => {
    load().catch(setError);
  }, [load]);

  const run = async (what: 'save' | 'preview' | 'purge', action: () => Promise<void>): Promise<void> => {
    setBusy(what);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(undefined);
    }
  };

  const invalid = (list: RetentionList): boolean => parseRetentionMonths(typed[list]) === undefined;

  const save = (): Promise<void> =>
    run('save', async () => {
      setSaved(false);
      let current = settings ?? [];
      for (const list of RETENTION_LISTS) {
        const months = parseRetentionMonths(typed[list])!;
        if (retentionMonths(current)[list] === months) continue;
        await saveRetention(services, list, months, current);
        // Re-read after each write: the next one needs the rows and etags as they are now.
        current = (await loadRetention(services)).settings;
      }
      await load();
      setSaved(true);
      setPlan(undefined);
    });

  const preview = (): Promise<void> =>
    run('preview', async () => {
      setReport(undefined);
      setPlan(await planPurge(services, todayInHelsinki()));
    });

  const counts = (p: PurgePlan, mode: PurgeMode): Record<RetentionList, number> => {
    const n = (list: RetentionList): number => p.lists.find((l) => l.list === list)?.items.filter((x) => mode === 'delete' || !x.anonymised).length ?? 0;
    return { situationRecords: n('situationRecords'), feedback: n('feedback') };
  };

  const execute = (mode: PurgeMode): Promise<void> =>
    run('purge', async () => {
      setConfirming(undefined);
      if (!plan) return;
      setReport(await purge(services, plan, mode));
      setPlan(undefined);
    });

  const rows = plan ? plan.lists.flatMap((l) => l.items.map((item) => ({ list: l.list, item }))) : [];
  const total = rows.length;
  const cell: React.CSSProperties = { padding: '4px 12px 4px 0', textAlign: 'left', verticalAlign: 'top', borderBottom: `1px solid ${theme.palette.neutralLight}` };
  const confirmCounts = plan && confirming ? counts(plan, confirming) : undefined;

  return (
    <section aria-labelledby="ac-privacy-title">
      <Stack tokens={{ childrenGap: 12 }}>
        <Text as="h2" variant="large" id="ac-privacy-title">
          {s.heading}
        </Text>
        <Text>{s.intro}</Text>
        {error !== undefined && <ErrorBar error={error} onRetry={() => load().catch(setError)} />}
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: 600, marginBottom: 4 }}>{s.retentionLegend}</legend>
          <Stack horizontal wrap tokens={{ childrenGap: 16 }} verticalAlign="end">
            {RETENTION_LISTS.map((list) => (
              <TextField
                key={list}
                label={format(s.retentionLabel, { list: s.lists[list] })}
                value={typed[list]}
                inputMode="numeric"
                disabled={!settings}
                styles={{ root: { width: 260 } }}
                onChange={(_, v) => {
                  setSaved(false);
                  setTyped((t) => ({ ...t, [list]: v ?? '' }));
                }}
                errorMessage={settings && invalid(list) ? s.retentionInvalid : undefined}
              />
            ))}
            <PrimaryButton text={busy === 'save' ? s.saving : s.save} disabled={!settings || !!busy || RETENTION_LISTS.some(invalid)} onClick={save} />
          </Stack>
        </fieldset>
        {saved && (
          <MessageBar messageBarType={MessageBarType.success} role="status">
            {s.saved}
          </MessageBar>
        )}
        <Stack horizontal tokens={{ childrenGap: 12 }} verticalAlign="center">
          <DefaultButton text={busy === 'preview' ? s.previewing : s.preview} disabled={!!busy} onClick={preview} />
        </Stack>
        {report && (
          <MessageBar messageBarType={report.failed.length ? MessageBarType.warning : MessageBarType.success} role="status">
            {format(report.mode === 'delete' ? s.doneDelete : s.doneAnonymise, { records: report.done.situationRecords, feedback: report.done.feedback })}
            {report.skipped.situationRecords + report.skipped.feedback > 0 && ` ${format(s.skipped, { count: report.skipped.situationRecords + report.skipped.feedback })}`}
            {report.failed.length > 0 && ` ${format(s.failed, { count: report.failed.length })}`}
          </MessageBar>
        )}
        {plan && (
          <Stack tokens={{ childrenGap: 8 }} data-testid="purge-plan">
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {plan.lists.map((l) => (
                <li key={l.list}>
                  {s.lists[l.list]}: {format(s.planCount, { count: l.items.length, months: l.months, cutoff: formatDate(l.cutoff, host.locale) })}
                </li>
              ))}
            </ul>
            {total === 0 ? (
              <Text>{s.planNone}</Text>
            ) : (
              <>
                <table aria-label={s.tableLabel} style={{ borderCollapse: 'collapse', width: '100%' }}>
                  <thead>
                    <tr>
                      <th scope="col" style={cell}>{s.columns.list}</th>
                      <th scope="col" style={cell}>{s.columns.date}</th>
                      <th scope="col" style={cell}>{s.columns.account}</th>
                      <th scope="col" style={cell}>{s.columns.preview}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.slice(0, PREVIEW_ROWS).map(({ list, item }) => (
                      <tr key={`${list}-${item.id}`}>
                        <td style={cell}>{s.lists[list]}</td>
                        <td style={cell}>{formatDate(item.date, host.locale)}</td>
                        <td style={cell}>{item.account ?? s.noAccount}</td>
                        <td style={cell}>
                          {item.preview} {item.anonymised && s.anonymisedTag}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {total > PREVIEW_ROWS && <Text>{format(s.shownOf, { shown: PREVIEW_ROWS, total })}</Text>}
                <Text>{s.anonymiseNote}</Text>
                <Stack horizontal tokens={{ childrenGap: 12 }}>
                  <PrimaryButton text={busy === 'purge' ? s.working : s.delete} disabled={!!busy} onClick={() => setConfirming('delete')} />
                  <DefaultButton text={s.anonymise} disabled={!!busy || rows.every((r) => r.item.anonymised)} onClick={() => setConfirming('anonymise')} />
                </Stack>
              </>
            )}
          </Stack>
        )}
      </Stack>
      <Dialog
        hidden={!confirming}
        onDismiss={() => setConfirming(undefined)}
        dialogContentProps={{
          type: DialogType.normal,
          title: confirming === 'anonymise' ? s.confirmAnonymiseTitle : s.confirmDeleteTitle,
          subText: confirmCounts
            ? format(confirming === 'anonymise' ? s.confirmAnonymise : s.confirmDelete, { records: confirmCounts.situationRecords, feedback: confirmCounts.feedback })
            : undefined,
        }}
        modalProps={{ isBlocking: true }}
      >
        <DialogFooter>
          <PrimaryButton text={s.confirm} onClick={() => confirming && execute(confirming)} />
          <DefaultButton text={s.cancel} onClick={() => setConfirming(undefined)} />
        </DialogFooter>
      </Dialog>
    </section>
  );
}
