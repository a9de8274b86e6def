/**
 * Site contents: the Account Care lists on this site, their item counts and the schema version, and for site
 * owners the button that provisions or upgrades the schema (the same ensureSchema the CLI runs).
 */
import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, Shimmer, Stack, Text, Theme, mergeStyleSets, useTheme } from '@fluentui/react';
import type { SchemaReport, SchemaStatus, SiteUser, ListStatus } from '../../data/ports';
import { listDef } from '../../data/schema/lists';
import { format } from '../../loc/strings';
import { useApp } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { CareTiersEntry } from './CareTiersEntry';
import { Privacy } from './Privacy';

interface Loaded {
  site: { title: string; url: string };
  user: SiteUser;
  status: SchemaStatus;
}

export function SiteContents(): JSX.Element {
  const { services, strings, host } = useApp();
  const s = strings.siteContents;
  const lang = host.locale.slice(0, 2) as 'fi' | 'sv' | 'en';
  const [data, setData] = React.useState<Loaded>();
  const [error, setError] = React.useState<unknown>();
  const [busy, setBusy] = React.useState(false);
  const [report, setReport] = React.useState<SchemaReport>();
  const classes = tableClasses(useTheme());

  const load = React.useCallback(async () => {
    setError(undefined);
    try {
      const [site, user, status] = await Promise.all([services.site.info(), services.site.currentUser(), services.site.schemaStatus()]);
      setData({ site, user, status });
    } catch (e) {
      setError(e);
    }
  }, [services]);

  React.useEffect(() => {
    load().catch(() => undefined);
  }, [load]);

  const provision = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      setReport(await services.site.ensureSchema());
      await load();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const statusOf = (l: ListStatus): string =>
    !l.exists ? s.statusMissing : l.missingFields.length + l.missingIndexes.length ? format(s.statusMissingFields, { count: l.missingFields.length + l.missingIndexes.length }) : s.statusOk;

  const total = data ? data.status.lists.reduce((sum, l) => sum + l.itemCount, 0) : 0;

  return (
    <Stack tokens={{ childrenGap: 12, padding: 16 }} as="main" aria-labelledby="ac-site-contents-title">
      <Text as="h1" variant="xLarge" id="ac-site-contents-title">
        {s.title}
      </Text>
      <Text>{s.intro}</Text>
      {error !== undefined && <ErrorBar error={error} onRetry={() => load()} />}
      {!data && error === undefined && (
        <div aria-busy="true" aria-label={strings.loading}>
          <Shimmer width="60%" />
          <Shimmer width="40%" style={{ marginTop: 8 }} />
          <Shimmer style={{ marginTop: 8 }} />
        </div>
      )}
      {data && (
        <>
          <dl className="ac-facts" style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: 0 }}>
            <dt>{s.site}</dt>
            <dd style={{ margin: 0 }} data-testid="site-title">
              {data.site.title}
            </dd>
            <dt>{s.signedInAs}</dt>
            <dd style={{ margin: 0 }} data-testid="signed-in-as">
              {data.user.title}
            </dd>
            <dt>{s.schemaVersion}</dt>
            <dd style={{ margin: 0 }} data-testid="schema-version">
              {format(s.schemaVersionValue, { site: data.status.siteVersion ?? '–', code: data.status.codeVersion })}
            </dd>
            <dt>{s.totalItems}</dt>
            <dd style={{ margin: 0 }} data-testid="total-items">
              {total.toLocaleString(host.locale)}
            </dd>
          </dl>
          <MessageBar messageBarType={data.status.upToDate ? MessageBarType.success : MessageBarType.warning} role="status">
            {data.status.siteVersion === undefined ? s.notProvisioned : data.status.upToDate ? s.upToDate : s.needsUpgrade}
          </MessageBar>
          {report && (
            <MessageBar messageBarType={MessageBarType.info} role="status">
              {format(s.provisioned, { lists: report.createdLists.length, fields: report.addedFields.length })}
            </MessageBar>
          )}
          {!data.status.upToDate && (
            <Stack horizontal tokens={{ childrenGap: 12 }} verticalAlign="center">
              <PrimaryButton text={busy ? s.provisioning : s.provision} disabled={busy || !data.user.isSiteAdmin} onClick={provision} />
              {!data.user.isSiteAdmin && <Text>{s.provisionOnlyOwners}</Text>}
            </Stack>
          )}
          {/* A plain table: read-only rows need no grid behaviour, and DetailsList alone would cost this page ~36 KB gzip. */}
          <table className={classes.table} aria-label={s.tableLabel}>
            <thead>
              <tr>
                <th scope="col">{s.columnList}</th>
                <th scope="col">{s.columnInternal}</th>
                <th scope="col" className={classes.number}>
                  {s.columnItems}
                </th>
                <th scope="col">{s.columnStatus}</th>
              </tr>
            </thead>
            <tbody>
              {data.status.lists.map((l) => (
                <tr key={l.key}>
                  <th scope="row">{listDef(l.key).displayName[lang]}</th>
                  <td>{l.title}</td>
                  <td className={classes.number}>{l.exists ? l.itemCount.toLocaleString(host.locale) : '–'}</td>
                  <td>{statusOf(l)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {/* Owners only: the purge itself is refused to anyone else by the service. */}
          {data.user.isSiteAdmin && data.status.siteVersion !== undefined && <Privacy />}
          {/* Everyone reads the tiers; SharePoint lets only the site's owners change them (the section says so). */}
          {data.status.siteVersion !== undefined && <CareTiersEntry />}
        </>
      )}
    </Stack>
  );
}

function tableClasses(theme: Theme) {
  const cell = { padding: '6px 12px 6px 0', textAlign: 'left' as const, borderBottom: `1px solid ${theme.palette.neutralLight}`, verticalAlign: 'top' as const };
  return mergeStyleSets({
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      fontSize: theme.fonts.medium.fontSize,
      selectors: { th: { ...cell, fontWeight: 600 }, td: cell, 'tbody th': { fontWeight: 400 } },
    },
    number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  });
}
