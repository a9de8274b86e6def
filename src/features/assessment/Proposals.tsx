/**
 * The development proposals of the weak dimensions (lowScoreProposals): each with its figures and either the action
 * already made of it (owner, due date, where it will be reviewed) or "Ehdota kehittämistoimenpide", which makes it
 * once: owned by the account manager (or the backup), due the day before the next follow-up group, so it is on
 * that group's agenda (item 6 of the meeting kit).
 */
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, Stack, Text, useTheme } from '@fluentui/react';
import { actionOfProposal, createAssessmentAction } from '../../data/queries/assessment';
import { nextFollowUpGroup } from '../../domain/actionDue';
import { formatDate, IsoDate, toHelsinkiDate } from '../../domain/dates';
import type { NineEProposal } from '../../domain/partnership9E';
import type { Account, Action, Meeting } from '../../domain/types';
import type { Lang } from '../../loc/bundle';
import type { ChoiceLabels } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp } from '../../ui/AppContext';
import { errorMessage } from '../../ui/errorMessage';
import type { AssessmentStrings } from './strings';
import { decimal, dimensionLabel, whole } from './text';

export interface ProposalsProps {
  proposals: NineEProposal[];
  periodLabels: Map<number, string>;
  account: Account;
  actions: Action[];
  meetings: Meeting[];
  today: IsoDate;
  canAdd: boolean;
  onCreated(action: Action): void;
  s: AssessmentStrings;
  c: ChoiceLabels;
  lang: Lang;
  testId?: string;
}

export function Proposals(props: ProposalsProps): JSX.Element {
  const { s } = props;
  if (!props.proposals.length) return <Text block>{s.proposals.none}</Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }} data-testid={props.testId ?? 'assessment-proposals'}>
      {props.proposals.map((p) => (
        <Proposal key={p.sourceRef} {...props} proposal={p} />
      ))}
    </ul>
  );
}

function Proposal(props: ProposalsProps & { proposal: NineEProposal }): JSX.Element {
  const { host, services, strings } = useApp();
  const theme = useTheme();
  const { proposal, s, account, lang } = props;
  const locale = host.locale;
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [justMade, setJustMade] = React.useState(false);
  const busyRef = React.useRef(false);
  const action = actionOfProposal(props.actions, proposal, account.id);
  const next = nextFollowUpGroup(props.meetings, props.today);
  const line = format(s.proposals.line, {
    dimension: dimensionLabel(proposal.dimension, lang),
    period: props.periodLabels.get(proposal.periodId) ?? '',
    average: decimal(proposal.average, strings.numberLocale),
    low: whole(proposal.lowScores, strings.numberLocale),
  });

  const create = async (): Promise<void> => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setError(undefined);
    try {
      const made = await createAssessmentAction(services, proposal, account, props.meetings, { today: props.today, lang });
      setJustMade(made.created);
      props.onCreated(made.action);
    } catch (e) {
      setError(format(s.proposals.failed, { message: errorMessage(strings, e) }));
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  // People read back from a list may carry only their id: the account's team has their names.
  const ownerRef = action?.owner;
  const known = ownerRef && [account.accountManager, account.backup].find((x) => x?.id === ownerRef.id);
  const owner = ownerRef?.title ?? ownerRef?.email ?? known?.title ?? known?.email ?? s.proposals.noOwner;
  const due = action?.dueDate ? formatDate(action.dueDate, locale) : s.proposals.noDue;
  return (
    <li style={{ marginBottom: 10 }} data-testid={`proposal-${proposal.dimension}`}>
      <Text block style={{ fontWeight: 600 }}>
        {line}
      </Text>
      {action ? (
        <div role={justMade ? 'status' : undefined}>
          <Text block>
            {justMade || action.status === 'open'
              ? format(s.proposals.created, { owner, date: due })
              : format(s.proposals.exists, { status: props.c.actionStatus[action.status] ?? action.status, owner, date: due })}
          </Text>
          {(action.status === 'open' || action.status === 'inProgress') && (
            <Text block variant="small" style={{ color: theme.semanticColors.bodySubtext }}>
              {next ? format(s.proposals.appears, { date: formatDate(toHelsinkiDate(next.startsAt), locale) }) : s.proposals.appearsUnplanned}
            </Text>
          )}
        </div>
      ) : props.canAdd ? (
        <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 8 }} style={{ marginTop: 4 }}>
          <DefaultButton
            text={busy ? s.proposals.creating : s.proposals.propose}
            iconProps={{ iconName: 'Add' }}
            onClick={() => void create()}
            disabled={busy}
            ariaDescription={line}
          />
          {busy && <Spinner />}
        </Stack>
      ) : (
        <Text block variant="small">
          {s.proposals.noRight}
        </Text>
      )}
      {error && (
        <MessageBar messageBarType={MessageBarType.error} role="alert" isMultiline>
          {error}
        </MessageBar>
      )}
    </li>
  );
}
