/**
 * The steering group's gate, offered to those SharePoint lets write decisions (leadership): GO, reject or return for
 * preparation, each with a reason; GO and reject with the decision date (not after today). A refusal names what is
 * missing and writes nothing; an allowed decision is confirmed first, and the result says what was created (the
 * follow-up action of a GO with its due date and owner). Whether the buttons show is not the authorization:
 * SharePoint refuses a decision from anyone else, and that refusal is shown too.
 */
import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarButton, MessageBarType, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import { DataError } from '../../data/errors';
import { decide, DecideResult, decisionCheck, GateDecisionAction, IdeaDecidedElsewhere, IdeasData, shownStage } from '../../data/queries/ideas';
import { formatDate } from '../../domain/dates';
import { IdeaGateError } from '../../domain/ideaGate';
import type { Idea, IdeaGateDecision } from '../../domain/types';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { DateField } from '../../ui/forms/DateField';
import { ErrorBar } from '../../ui/ErrorBar';
import { bundle as ideaBundle } from './strings';
import { capitalise, dateText, gateRefusal } from './text';

const ACTIONS: readonly GateDecisionAction[] = ['go', 'reject', 'return'];

type Outcome =
  | { kind: 'none' }
  | { kind: 'decided'; result: DecideResult }
  | { kind: 'refused'; lines: string[] }
  | { kind: 'elsewhere'; decision: IdeaGateDecision }
  | { kind: 'denied' }
  | { kind: 'error'; error: unknown };

export function Gate(props: { idea: Idea; data: IdeasData; today: string; onDecided(idea: Idea, decision: IdeaGateDecision): void; onReload(): void }): JSX.Element | null {
  const { services, host } = useApp();
  const s = useBundle(ideaBundle);
  const g = s.gate;
  const { idea, data } = props;
  const [reason, setReason] = React.useState('');
  const [decidedOn, setDecidedOn] = React.useState<string | undefined>(undefined);
  const [dateValid, setDateValid] = React.useState(true);
  const [confirming, setConfirming] = React.useState<GateDecisionAction | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: 'none' });
  const shown = shownStage(idea, data.decisions);
  const open = idea.stage === 'awaitingGate' && shown.kind === 'plain';
  const account = data.accounts.find((a) => a.id === idea.accountId);
  const locale = host.locale;

  const ask = (action: GateDecisionAction): void => {
    setOutcome({ kind: 'none' });
    // A half-typed date is no date: say so rather than record the decision without it.
    const verdict = decisionCheck(idea, action, { reason, decidedOn: dateValid ? decidedOn : '?' }, props.today);
    if (!verdict.allowed) {
      setOutcome({ kind: 'refused', lines: gateRefusal(dateValid ? verdict : { ...verdict, missing: verdict.missing.map((m) => (m.detail === '?' ? { requirement: m.requirement } : m)) }, s) });
      return;
    }
    setConfirming(action);
  };

  const run = async (action: GateDecisionAction): Promise<void> => {
    setConfirming(undefined);
    if (busy) return;
    setBusy(true);
    try {
      const result = await decide(services, idea, action, { reason, decidedOn }, { today: props.today, now: host.now, account, by: host.user.displayName });
      setReason('');
      setDecidedOn(undefined);
      setOutcome({ kind: 'decided', result });
      props.onDecided(result.idea, result.decision);
    } catch (e) {
      if (e instanceof IdeaDecidedElsewhere) {
        setOutcome({ kind: 'elsewhere', decision: e.decision });
        props.onDecided(idea, e.decision);
      } else if (e instanceof IdeaGateError) setOutcome({ kind: 'refused', lines: gateRefusal(e.check, s) });
      else if (e instanceof DataError && e.kind === 'accessDenied') setOutcome({ kind: 'denied' });
      else setOutcome({ kind: 'error', error: e });
    } finally {
      setBusy(false);
    }
  };

  const decisionWords = (d: IdeaGateDecision): Record<string, string> => ({
    who: d.decidedBy?.title || g.someone,
    decision: s.decision[d.decision],
    date: dateText(d.decidedOn, locale, g.noDate),
    reason: d.reason,
  });

  if (!open && outcome.kind === 'none' && shown.kind !== 'decided') return null;
  return (
    <Stack as="section" tokens={{ childrenGap: 8 }} aria-labelledby={`ac-idea-${idea.id}-gate`} data-testid="idea-gate">
      <Text as="h3" variant="large" id={`ac-idea-${idea.id}-gate`} style={{ margin: 0 }}>
        {g.heading}
      </Text>
      {shown.kind === 'decided' && outcome.kind === 'none' && (
        <Text block data-testid="idea-already-decided">
          {format(g.alreadyDecided, decisionWords(shown.decision))}
        </Text>
      )}
      {open && (
        <>
          <Text block>{g.intro}</Text>
          <TextField
            label={g.reason}
            description={g.reasonHint}
            required
            multiline
            autoAdjustHeight
            value={reason}
            onChange={(_, v) => setReason(v ?? '')}
            data-testid="gate-reason"
          />
          <DateField label={g.decidedOn} value={decidedOn} onChange={setDecidedOn} today={props.today} onValidityChange={setDateValid} />
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            {ACTIONS.map((action) => {
              const Button = action === 'go' ? PrimaryButton : DefaultButton;
              return <Button key={action} text={g.actions[action]} onClick={() => ask(action)} disabled={busy} data-testid={`gate-${action}`} />;
            })}
          </Stack>
        </>
      )}
      {confirming && (
        <Dialog
          hidden={false}
          onDismiss={() => setConfirming(undefined)}
          dialogContentProps={{ type: DialogType.normal, title: g.confirmTitle }}
          modalProps={{ isBlocking: true }}
        >
          <div data-testid="gate-confirm">
            <Text block style={{ fontWeight: 600 }}>
              {format(g.confirmText, { action: g.actions[confirming], title: idea.title })}
            </Text>
            <Text block style={{ whiteSpace: 'pre-wrap' }}>
              {format(g.confirmReason, { reason: reason.trim() })}
            </Text>
            <Text block>{format(g.confirmDate, { date: dateText(decidedOn, locale, g.noDate) })}</Text>
          </div>
          <DialogFooter>
            <PrimaryButton text={g.confirm} onClick={() => void run(confirming)} data-testid="gate-confirm-ok" />
            <DefaultButton text={g.cancel} onClick={() => setConfirming(undefined)} />
          </DialogFooter>
        </Dialog>
      )}
      <GateOutcome outcome={outcome} words={decisionWords} onReload={props.onReload} />
    </Stack>
  );
}

function GateOutcome(props: { outcome: Outcome; words(d: IdeaGateDecision): Record<string, string>; onReload(): void }): JSX.Element | null {
  const { host } = useApp();
  const s = useBundle(ideaBundle);
  const g = s.gate;
  const o = props.outcome;
  switch (o.kind) {
    case 'decided': {
      const f = o.result.followUp;
      return (
        <MessageBar messageBarType={MessageBarType.success} isMultiline role="status" data-testid="gate-decided">
          {format(g.decided, { decision: s.decision[o.result.decision.decision] })}
          {f && ` ${format(g.followUp, { title: f.title, due: f.dueDate ? formatDate(f.dueDate, host.locale) : g.noDate, owner: f.owner?.title || s.list.noOwner })}`}
        </MessageBar>
      );
    }
    case 'refused':
      return (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline role="alert" data-testid="gate-refusal">
          <strong>{g.refusedHeading}</strong> {o.lines.join(' ')}
        </MessageBar>
      );
    case 'elsewhere':
      return (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          role="alert"
          data-testid="gate-elsewhere"
          actions={
            <div>
              <MessageBarButton onClick={props.onReload}>{g.reload}</MessageBarButton>
            </div>
          }
        >
          {capitalise(format(g.decidedElsewhere, props.words(o.decision)))}
        </MessageBar>
      );
    case 'denied':
      return (
        <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert" data-testid="gate-denied">
          {g.denied}
        </MessageBar>
      );
    case 'error':
      return <ErrorBar error={o.error} />;
    default:
      return null;
  }
}
