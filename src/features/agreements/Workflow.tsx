/**
 * The guided workflow of one service agreement (docs/care-model.md §2): the flow's stages as a stepper, what is
 * done, what is next and what blocks it in sentences, the actions (only the allowed ones enabled; a refused one says
 * what is missing and writes nothing), the record's fields saved with the etag, and the stage history newest first.
 */
import * as React from 'react';
import { DefaultButton, Icon, MessageBar, MessageBarButton, MessageBarType, Spinner, Stack, Text, useTheme } from '@fluentui/react';
import { AgreementData, loadAgreement } from '../../data/queries/agreements';
import { formatDate, toHelsinkiDate } from '../../domain/dates';
import { stageProgress } from '../../domain/agreements';
import { bundle as choiceBundle } from '../../loc/choices';
import { langOf } from '../../loc/bundle';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { useAsync } from '../../ui/useAsync';
import { Actions } from './Actions';
import { History } from './History';
import { RecordForm } from './RecordForm';
import { bundle as agreementBundle } from './strings';
import { deadlineWords, stepStates } from './text';

export interface WorkflowProps {
  agreementId: number;
  /** The agreement's account, when the opener knows it: then the workflow's read is one $batch. */
  accountId?: number;
  /** The first screen's read (firstRead), when the web part started it early. */
  initial?: Promise<AgreementData>;
  /** A back button to the portfolio; absent where the workflow opens in a panel. */
  onBack?: () => void;
  /** Told after a stage change or a save, so whoever opened the workflow reads again when it closes. */
  onChanged?: () => void;
  /** h1 as a view, h2 inside a panel that has its own heading. */
  headingLevel?: 1 | 2;
}

export function Workflow(props: WorkflowProps): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(agreementBundle);
  const initial = React.useRef(props.initial);
  const state = useAsync(() => {
    const early = initial.current;
    initial.current = undefined;
    return early ?? loadAgreement(services, props.agreementId, props.accountId);
  }, [services, props.agreementId, props.accountId]);
  // The read's answer, then what transitions and saves hand back (no second read after each step).
  const [data, setData] = React.useState<AgreementData | undefined>(undefined);
  React.useEffect(() => setData(state.value), [state.value]);
  const today = toHelsinkiDate(host.now ?? new Date());
  const { onChanged } = props;
  const changed = React.useCallback(
    (next: Partial<AgreementData>) => {
      setData((d) => (d ? { ...d, ...next } : d));
      onChanged?.();
    },
    [onChanged],
  );

  if (state.error !== undefined) return <ErrorBar error={state.error} onRetry={state.reload} />;
  if (!data || state.loading) return <Spinner label={s.loading} />;
  return <Loaded data={data} today={today} onChanged={changed} onReload={state.reload} onBack={props.onBack} headingLevel={props.headingLevel ?? 1} />;
}

function Loaded(props: { data: AgreementData; today: string; onChanged(next: Partial<AgreementData>): void; onReload(): void; onBack?: () => void; headingLevel: 1 | 2 }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(agreementBundle);
  const c = useBundle(choiceBundle);
  const { agreement, account, flow } = props.data;
  const lang = langOf(host.locale);
  const deadline = deadlineWords(agreement, props.today, s);
  const progress = stageProgress(agreement.stage, flow);
  const titleId = `ac-agreement-${agreement.id}-title`;

  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="agreement-workflow" aria-labelledby={titleId} as="section">
      {props.onBack && (
        <div>
          <DefaultButton iconProps={{ iconName: 'Back' }} text={s.backToPortfolio} onClick={props.onBack} data-testid="agreement-back" />
        </div>
      )}
      <Stack tokens={{ childrenGap: 4 }}>
        <Text as={props.headingLevel === 1 ? 'h1' : 'h2'} variant="xLarge" id={titleId} style={{ margin: 0 }}>
          {format(s.heading, { account: account ? `${account.name} (${account.abbreviation})` : String(agreement.accountId), year: agreement.year })}
        </Text>
        <Text block>
          {format(s.flow, { flow: flow.name[lang] })} · {c.agreementStage[agreement.stage]} · {format(s.stepper.step, progress)}
        </Text>
        <Text block data-testid="agreement-deadline">
          {agreement.deadline ? format(s.deadline.value, { date: formatDate(agreement.deadline, host.locale) }) : s.deadline.none}
          {' · '}
          <strong>{deadline.stateText}</strong>
          {deadline.daysText ? ` · ${deadline.daysText}` : ''}
        </Text>
      </Stack>
      <Stepper data={props.data} />
      <Actions data={props.data} today={props.today} onChanged={props.onChanged} onReload={props.onReload} />
      <RecordForm key={agreement.id} data={props.data} today={props.today} onSaved={(a) => props.onChanged({ agreement: a })} />
      <History history={props.data.history} />
    </Stack>
  );
}

/** The flow's stages in order, each with its state in words (done ✓, now, next, later), the current one marked as the step. */
function Stepper({ data }: { data: AgreementData }): JSX.Element {
  const s = useBundle(agreementBundle);
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const steps = stepStates(data.flow, data.agreement.stage);
  return (
    <nav aria-label={s.stepper.label}>
      <ol style={{ display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', margin: 0, padding: 0 }} data-testid="agreement-stepper">
        {steps.map((step, i) => {
          const current = step.state === 'current';
          return (
            <li
              key={step.stage}
              aria-current={current ? 'step' : undefined}
              data-testid={`step-${step.stage}`}
              data-state={step.state}
              style={{
                border: `${current ? 2 : 1}px ${step.state === 'later' ? 'dashed' : 'solid'} ${current ? theme.palette.themePrimary : theme.semanticColors.bodyDivider}`,
                borderRadius: 4,
                padding: '4px 8px',
                fontWeight: current ? 600 : 400,
                color: theme.semanticColors.bodyText,
              }}
            >
              {step.state === 'done' && <Icon iconName="CheckMark" aria-hidden="true" style={{ marginRight: 4 }} />}
              {i + 1}. {c.agreementStage[step.stage]}
              <span style={{ display: 'block', fontSize: 12, color: theme.semanticColors.bodySubtext }}>{s.stepper[step.state]}</span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** A conflict on a write (412): the message, and a button that reads the agreement again. */
export function ConflictBar(props: { onReload(): void; extra?: React.ReactNode }): JSX.Element {
  const s = useBundle(agreementBundle);
  return (
    <div data-testid="agreement-conflict">
    <MessageBar
      messageBarType={MessageBarType.warning}
      isMultiline
      role="alert"
      actions={
        <div>
          <MessageBarButton onClick={props.onReload}>{s.record.reloadTheirs}</MessageBarButton>
          {props.extra}
        </div>
      }
    >
      {s.record.conflict}
    </MessageBar>
    </div>
  );
}
