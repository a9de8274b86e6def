/**
 * The partnership assessment view (view=assessment): for the account the page names (`account=<abbreviation or
 * id>`) or the one picked, the 9E results by period, the development proposals of the weak dimensions, and
 * recording an assessment. SharePoint decides what shows: staff see that the assessments are closed to them, a
 * customer respondent sees no results (their own answers alone would be taken for the account's).
 */
import * as React from 'react';
import { Dropdown, MessageBar, MessageBarType, Spinner, Stack, Text } from '@fluentui/react';
import { AccountAssessment, AssessmentData, loadAccountAssessment } from '../../data/queries/assessment';
import { acceptsAnswers } from '../../domain/surveys';
import { analyse9E, lowScoreProposals, NineEResult } from '../../domain/partnership9E';
import type { Account, Action, Survey, SurveyResponse } from '../../domain/types';
import { langOf } from '../../loc/bundle';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import type { ViewProps } from '../../ui/feature';
import { useAsync } from '../../ui/useAsync';
import { ViewHeader } from '../../ui/ViewHeader';
import { AssessmentFirstRead, firstRead } from './firstRead';
import { Proposals } from './Proposals';
import { RecordForm } from './RecordForm';
import { Results } from './Results';
import { bundle as assessmentBundle } from './strings';
import { periodLabel } from './text';

/** The latest periods shown as columns. */
export const RESULT_PERIODS = 4;

export function AssessmentView(props: ViewProps): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(assessmentBundle);
  const early = React.useRef(props.initial as Promise<AssessmentFirstRead> | undefined);
  const first = useAsync(() => {
    const e = early.current;
    early.current = undefined;
    return e ?? firstRead(services, host);
  }, [services]);
  let body: React.ReactNode;
  if (first.error !== undefined) body = <ErrorBar error={first.error} onRetry={first.reload} />;
  else if (!first.value) body = <Spinner label={s.loading} />;
  else body = <AssessmentPage data={first.value} />;
  return (
    <Stack as="main" aria-labelledby="ac-assessment-title" tokens={{ childrenGap: 16 }} style={{ padding: 16, maxWidth: 1100 }}>
      <ViewHeader titleId="ac-assessment-title" title={s.title} intro={s.intro} refreshLabel={s.refresh} onRefresh={first.reload} refreshing={first.loading} />
      {body}
    </Stack>
  );
}

/** A key per read: a refresh starts the account's part afresh from what was read. */
const reads = new WeakMap<object, number>();
let nextRead = 0;
function readId(x: object): number {
  let id = reads.get(x);
  if (id === undefined) reads.set(x, (id = ++nextRead));
  return id;
}

const accountLabel = (a: Account): string => (a.abbreviation ? `${a.name} (${a.abbreviation})` : a.name);

function AssessmentPage({ data }: { data: AssessmentData }): JSX.Element {
  const { services } = useApp();
  const s = useBundle(assessmentBundle);
  const [accountId, setAccountId] = React.useState<number | undefined>(data.account?.id);
  const account = data.accounts.find((a) => a.id === accountId);
  const part = useAsync<AccountAssessment | undefined>(
    () => (accountId === undefined ? Promise.resolve(undefined) : data.detail?.accountId === accountId ? Promise.resolve(data.detail) : loadAccountAssessment(services, accountId, data.periods, data.today)),
    [accountId, data],
  );

  if (!data.accounts.length) return <MessageBar messageBarType={MessageBarType.info}>{s.noAccounts}</MessageBar>;
  return (
    <>
      {data.unknownAccount && <MessageBar messageBarType={MessageBarType.warning}>{format(s.unknownAccount, { account: data.unknownAccount })}</MessageBar>}
      <Dropdown
        id="ac-9e-account"
        label={account ? s.account : s.chooseAccount}
        selectedKey={accountId ?? null}
        placeholder={s.chooseAccount}
        options={data.accounts.map((a) => ({ key: a.id, text: accountLabel(a) }))}
        onChange={(_, o) => o && setAccountId(Number(o.key))}
        styles={{ root: { maxWidth: 420 } }}
      />
      {!data.periods.length && <MessageBar messageBarType={MessageBarType.info}>{s.noPeriods}</MessageBar>}
      {account &&
        (part.error !== undefined ? (
          <ErrorBar error={part.error} onRetry={part.reload} />
        ) : !part.value || part.value.accountId !== account.id ? (
          <Spinner label={s.loading} />
        ) : (
          <AccountView key={readId(part.value)} data={data} account={account} detail={part.value} />
        ))}
    </>
  );
}

function AccountView(props: { data: AssessmentData; account: Account; detail: AccountAssessment }): JSX.Element {
  const { host, strings } = useApp();
  const s = useBundle(assessmentBundle);
  const c = useBundle(choiceBundle);
  const lang = langOf(host.locale);
  const { data, account, detail } = props;
  const [responses, setResponses] = React.useState<SurveyResponse[]>(detail.responses);
  const [actions, setActions] = React.useState<Action[]>(detail.actions);

  // The latest periods that are not drafts, oldest first; a draft period has no answers to show.
  const shownPeriods: Survey[] = data.periods.filter((p) => p.status !== 'draft').slice(-RESULT_PERIODS);
  const labels = new Map(data.periods.map((p) => [p.id, periodLabel(p)]));
  const result: NineEResult = React.useMemo(
    () => analyse9E({ responses, periods: shownPeriods.map((p) => ({ id: p.id, label: periodLabel(p) })), threshold: data.threshold }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [responses, data.periods, data.threshold],
  );
  const proposals = React.useMemo(() => lowScoreProposals(result), [result]);
  const open = data.periods.filter((p) => acceptsAnswers(p, data.today));
  const canRecord = detail.access !== 'none' && data.rights.addResponses;
  const addAction = (a: Action): void => setActions((list) => [...list.filter((x) => x.id !== a.id), a]);
  const proposalsProps = { periodLabels: labels, account, actions, meetings: detail.meetings, today: data.today, canAdd: data.rights.addActions, onCreated: addAction, s, c, lang };

  if (detail.access === 'none') {
    return (
      <MessageBar messageBarType={MessageBarType.warning} isMultiline data-testid="assessment-no-access">
        {s.noAccess}
      </MessageBar>
    );
  }

  return (
    <>
      {detail.responsesError && <ErrorBar error={detail.responsesError} />}
      <section aria-labelledby="ac-9e-results">
        <Text as="h2" variant="xLarge" block id="ac-9e-results" style={{ marginBottom: 8 }}>
          {s.results.heading}
        </Text>
        {detail.access === 'ownOnly' ? (
          <MessageBar messageBarType={MessageBarType.info}>{s.ownOnly}</MessageBar>
        ) : !responses.length ? (
          <Text block>{s.results.none}</Text>
        ) : (
          <Results result={result} periodLabels={shownPeriods.map(periodLabel)} accountName={accountLabel(account)} locale={strings.numberLocale} lang={lang} s={s} />
        )}
      </section>
      {detail.access === 'all' && responses.length > 0 && (
        <section aria-labelledby="ac-9e-proposals">
          <Text as="h2" variant="xLarge" block id="ac-9e-proposals" style={{ marginBottom: 4 }}>
            {s.proposals.heading}
          </Text>
          <Text block variant="small" style={{ marginBottom: 8 }}>
            {s.proposals.intro}
          </Text>
          <Proposals {...proposalsProps} proposals={proposals} />
        </section>
      )}
      <section aria-labelledby="ac-9e-record">
        <Text as="h2" variant="xLarge" block id="ac-9e-record" style={{ marginBottom: 8 }}>
          {s.form.heading}
        </Text>
        {!canRecord ? (
          <MessageBar messageBarType={MessageBarType.info}>{s.form.noRight}</MessageBar>
        ) : !open.length ? (
          <MessageBar messageBarType={MessageBarType.info}>{s.form.noOpenPeriods}</MessageBar>
        ) : (
          <RecordForm
            periods={open}
            account={account}
            responses={responses}
            s={s}
            lang={lang}
            onSaved={(r) => setResponses((list) => [...list.filter((x) => x.id !== r.id), r])}
            afterSave={
              detail.access === 'all'
                ? (periodId) => <Proposals {...proposalsProps} proposals={proposals.filter((p) => p.periodId === periodId)} testId="assessment-after-save" />
                : undefined
            }
          />
        )}
      </section>
    </>
  );
}
