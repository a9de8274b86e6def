/**
 * The Agreements view (view=agreements): the guided workflow of one agreement when the page names one
 * (`agreement=<id>`, or `account=<abbreviation or id>&year=<yyyy>`), else leadership's portfolio for a year. A row
 * of the portfolio opens the workflow in place; its back button returns to the portfolio, read again when
 * something changed meanwhile.
 */
import * as React from 'react';
import { MessageBar, MessageBarType, Spinner, Stack } from '@fluentui/react';
import { loadPortfolio, PortfolioData } from '../../data/queries/agreements';
import { toHelsinkiDate } from '../../domain/dates';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import type { ViewProps } from '../../ui/feature';
import { useAsync } from '../../ui/useAsync';
import { ViewHeader } from '../../ui/ViewHeader';
import { AgreementsFirstRead, firstRead } from './firstRead';
import { Portfolio } from './Portfolio';
import { bundle as agreementBundle } from './strings';
import { Workflow } from './Workflow';

type Route = { kind: 'agreement'; agreementId: number; accountId?: number } | { kind: 'portfolio'; year: number };

export function Agreements(props: ViewProps): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(agreementBundle);
  const today = toHelsinkiDate(host.now ?? new Date());
  const initial = React.useRef(props.initial as Promise<AgreementsFirstRead> | undefined);
  const first = useAsync(() => {
    const early = initial.current;
    initial.current = undefined;
    return early ?? firstRead(services, host);
  }, [services]);
  const [route, setRoute] = React.useState<Route | undefined>(undefined);
  // The portfolio shown before the workflow opened, kept for the way back unless something changed.
  const [kept, setKept] = React.useState<{ year: number; data: PortfolioData } | undefined>(undefined);

  React.useEffect(() => {
    const f = first.value;
    if (!f) return;
    if (f.kind === 'agreement') setRoute({ kind: 'agreement', agreementId: f.agreementId });
    else {
      setKept({ year: f.year, data: f.data });
      setRoute({ kind: 'portfolio', year: f.year });
    }
  }, [first.value]);

  const f = first.value;
  let body: React.ReactNode;
  if (first.error !== undefined) body = <ErrorBar error={first.error} onRetry={first.reload} />;
  else if (!f || !route) body = <Spinner label={s.loading} />;
  else if (route.kind === 'agreement')
    body = (
      <Workflow
        agreementId={route.agreementId}
        accountId={route.accountId}
        initial={f.kind === 'agreement' && f.agreementId === route.agreementId ? Promise.resolve(f.data) : undefined}
        onBack={() => setRoute({ kind: 'portfolio', year: kept?.year ?? (f.kind === 'portfolio' ? f.year : f.data.agreement.year) })}
        onChanged={() => setKept(undefined)}
      />
    );
  else
    body = (
      <>
        {f.kind === 'portfolio' && f.missing && (
          <MessageBar messageBarType={MessageBarType.info} data-testid="agreement-missing">
            {f.missing.account ? format(s.noAgreement, { account: f.missing.account, year: f.year }) : s.unknownAccount}
          </MessageBar>
        )}
        <PortfolioLoader
          year={route.year}
          today={today}
          kept={kept?.year === route.year ? kept.data : undefined}
          onLoaded={(data) => setKept({ year: route.year, data })}
          onYear={(year) => setRoute({ kind: 'portfolio', year })}
          onOpen={(agreementId, accountId) => setRoute({ kind: 'agreement', agreementId, accountId })}
        />
      </>
    );

  const inWorkflow = route?.kind === 'agreement';
  return (
    <Stack tokens={{ childrenGap: 12, padding: 16 }} as="main" aria-labelledby={inWorkflow ? undefined : 'ac-agreements-title'} aria-label={inWorkflow ? s.title : undefined} data-testid="agreements">
      {!inWorkflow && (
        <ViewHeader
          titleId="ac-agreements-title"
          title={s.title}
          intro={s.intro}
          refreshLabel={s.refresh}
          onRefresh={() => {
            setKept(undefined);
            if (!route) first.reload();
          }}
          refreshing={first.loading}
        />
      )}
      {body}
    </Stack>
  );
}

function PortfolioLoader(props: { year: number; today: string; kept?: PortfolioData; onLoaded(data: PortfolioData): void; onYear(year: number): void; onOpen(agreementId: number, accountId: number): void }): JSX.Element {
  const { services } = useApp();
  const s = useBundle(agreementBundle);
  const { kept, year, today } = props;
  const state = useAsync(() => (kept ? Promise.resolve(kept) : loadPortfolio(services, year, today)), [services, year, today, kept === undefined]);
  const onLoaded = React.useRef(props.onLoaded);
  onLoaded.current = props.onLoaded;
  React.useEffect(() => {
    if (state.value && state.value !== kept) onLoaded.current(state.value);
  }, [state.value, kept]);
  if (state.error !== undefined) return <ErrorBar error={state.error} onRetry={state.reload} />;
  if (!state.value || state.loading) return <Spinner label={s.loading} />;
  return <Portfolio data={state.value} year={year} today={today} onYear={props.onYear} onOpen={props.onOpen} />;
}
