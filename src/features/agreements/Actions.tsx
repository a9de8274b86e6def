/**
 * What is done, what is next and what blocks it, and the actions that move the agreement. Every action of the
 * current stage is shown; the ones the rules refuse stay focusable (aria-disabled, described by the blockers) so a
 * screen-reader user finds them and hears why; a click on one — or Ctrl+Enter, or a page that was stale — shows the
 * refusal with what is missing and writes nothing. The data layer checks the same rules again before sending.
 */
import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, PrimaryButton, Stack, Text, TextField, useTheme } from '@fluentui/react';
import { DataError } from '../../data/errors';
import { AgreementData, transition } from '../../data/queries/agreements';
import { ActionInput, AgreementAction, AgreementRuleError, availableActions, blockers, check, Check, nextAction, nextSigner, SignerRole } from '../../domain/agreementFlow';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { DateField } from '../../ui/forms/DateField';
import { bundle as agreementBundle } from './strings';
import { missingSentences, nextSignerSentence, refusalLines } from './text';
import { ConflictBar } from './Workflow';

type Outcome =
  | { kind: 'none' }
  | { kind: 'moved'; text: string }
  | { kind: 'refused'; heading: string; lines: string[] }
  | { kind: 'conflict' }
  | { kind: 'error'; error: unknown };

export function Actions(props: { data: AgreementData; today: string; onChanged(next: Partial<AgreementData>): void; onReload(): void }): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(agreementBundle);
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const { agreement, flow } = props.data;
  const canEdit = props.data.rights.edit;
  const [comment, setComment] = React.useState('');
  const signer = nextSigner(flow, agreement);
  const [signRole, setSignRole] = React.useState<SignerRole | undefined>(undefined);
  const [signName, setSignName] = React.useState<string | undefined>(undefined);
  const [signedOn, setSignedOn] = React.useState<string | undefined>(props.today);
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: 'none' });

  const actions = availableActions(flow, agreement).filter((a) => a.check.allowed || a.check.reason !== 'wrongStage');
  const next = nextAction(flow, agreement);
  const blocking = blockers(flow, agreement);
  const inSignature = agreement.stage === 'inSignature' && !!signer;
  const role = signRole ?? signer?.roles[0];
  const name = signName ?? signer?.signatory.name ?? '';
  const input = (action: AgreementAction): ActionInput => ({
    comment: comment.trim() || undefined,
    ...(action === 'recordSignature' && role && signedOn ? { signature: { role, name: name.trim(), signedOn } } : {}),
  });

  const run = async (action: AgreementAction): Promise<void> => {
    if (busy) return;
    const verdict: Check = check(flow, agreement, action, input(action));
    if (!verdict.allowed) {
      setOutcome({ kind: 'refused', ...refusalLines(verdict, action, s, c, flow, agreement) });
      return;
    }
    setBusy(true);
    setOutcome({ kind: 'none' });
    try {
      const result = await transition(services, agreement, action, input(action), { flows: props.data.flows, now: host.now });
      setComment('');
      setSignRole(undefined);
      setSignName(undefined);
      setOutcome({ kind: 'moved', text: format(s.moved, { action: s.actions[action], stage: c.agreementStage[result.agreement.stage] }) });
      props.onChanged({ agreement: result.agreement, history: result.history });
    } catch (e) {
      if (e instanceof AgreementRuleError) setOutcome({ kind: 'refused', ...refusalLines(e.check, action, s, c, flow, agreement) });
      else if (e instanceof DataError && e.kind === 'conflict') setOutcome({ kind: 'conflict' });
      else setOutcome({ kind: 'error', error: e });
    } finally {
      setBusy(false);
    }
  };

  const blockerSentences = missingSentences(blocking, s, { flow, agreement, action: next });
  const doneStage = lastDone(props.data);
  const blockersId = `ac-agreement-${agreement.id}-blockers`;

  return (
    <Stack tokens={{ childrenGap: 12 }} as="section" aria-labelledby={`ac-agreement-${agreement.id}-status`}>
      <Text as="h2" variant="large" id={`ac-agreement-${agreement.id}-status`} style={{ margin: 0 }}>
        {s.status.heading}
      </Text>
      <div data-testid="agreement-status">
        <Text block>{doneStage ? format(s.status.done, { stage: c.agreementStage[doneStage] }) : s.status.nothingDone}</Text>
        {next ? <Text block style={{ fontWeight: 600 }}>{format(s.status.next, { action: s.actions[next] })}</Text> : <Text block>{s.status.finished}</Text>}
        {inSignature && <Text block data-testid="agreement-next-signer">{nextSignerSentence(flow, agreement, s)}</Text>}
        {next && (
          <div id={blockersId}>
            <Text block variant="medium" style={{ fontWeight: 600, marginTop: 8 }}>
              {s.status.blockedHeading}
            </Text>
            {/* Waiting for a signature is not a blocker; the next signer is named above. */}
            {blockerSentences.length && next !== 'recordSignature' ? (
              <ul style={{ margin: '4px 0', paddingLeft: 20 }} data-testid="agreement-blockers">
                {blockerSentences.map((t) => (
                  <li key={t}>{t}</li>
                ))}
              </ul>
            ) : (
              <Text block>{s.status.noBlockers}</Text>
            )}
          </div>
        )}
      </div>

      {canEdit && actions.length > 0 && (
        <Stack tokens={{ childrenGap: 8 }} data-testid="agreement-actions">
          <Text as="h3" variant="mediumPlus" style={{ margin: 0 }}>
            {s.actionsHeading}
          </Text>
          {inSignature && (
            <Stack horizontal wrap tokens={{ childrenGap: 12 }} aria-label={s.signing.heading} role="group">
              <Dropdown
                label={s.signing.role}
                selectedKey={role}
                options={(signer?.roles ?? []).map((r) => ({ key: r, text: s.signerRole[r] }))}
                onChange={(_, o) => o && setSignRole(o.key as SignerRole)}
                styles={{ root: { minWidth: 200 } }}
              />
              <TextField label={s.signing.name} value={name} onChange={(_, v) => setSignName(v ?? '')} />
              <DateField label={s.signing.signedOn} value={signedOn} onChange={setSignedOn} today={props.today} />
            </Stack>
          )}
          <TextField
            label={s.comment.label}
            multiline
            autoAdjustHeight
            value={comment}
            onChange={(_, v) => setComment(v ?? '')}
            description={agreement.stage === 'customerReview' ? `${s.comment.hint} ${s.comment.requiredHint}` : s.comment.hint}
            onKeyDown={(e) => {
              // Ctrl+Enter takes the next step (or says why it cannot).
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && next) {
                e.preventDefault();
                void run(next);
              }
            }}
            data-testid="agreement-comment"
          />
          <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
            {actions.map(({ action }) => {
              // With what has been typed: asking for changes needs the comment, a signature its name and day.
              const allowed = check(flow, agreement, action, input(action)).allowed;
              const Button = action === next && allowed ? PrimaryButton : DefaultButton;
              return (
                // A refused action is disabled but stays focusable (allowDisabledFocus); its click still reaches this
                // wrapper, which says why instead of doing it. Fluent cancels Enter and Space on a disabled button
                // (and stops them there), so the wrapper takes them on the way down (capture) for keyboard users.
                <span
                  key={action}
                  onClick={allowed ? undefined : () => void run(action)}
                  onKeyDownCapture={
                    allowed
                      ? undefined
                      : (e) => {
                          if (e.key !== 'Enter' && e.key !== ' ') return;
                          e.preventDefault();
                          void run(action);
                        }
                  }
                >
                  <Button
                    text={s.actions[action]}
                    onClick={() => void run(action)}
                    disabled={!allowed || busy}
                    allowDisabledFocus
                    aria-describedby={!allowed && next ? blockersId : undefined}
                    data-testid={`action-${action}`}
                    // Dashed and in the subtext colour (≥ 4.5:1 in every theme, unlike Fluent's disabled grey); the words say the rest.
                    styles={{ rootDisabled: { borderStyle: 'dashed', borderColor: theme.semanticColors.bodySubtext, color: theme.semanticColors.bodySubtext, backgroundColor: theme.semanticColors.bodyBackground } }}
                  />
                </span>
              );
            })}
          </Stack>
        </Stack>
      )}

      <Outcomes outcome={outcome} onReload={props.onReload} />
    </Stack>
  );
}

function Outcomes({ outcome, onReload }: { outcome: Outcome; onReload(): void }): JSX.Element | null {
  switch (outcome.kind) {
    case 'moved':
      return (
        <MessageBar messageBarType={MessageBarType.success} role="status" data-testid="agreement-moved">
          {outcome.text}
        </MessageBar>
      );
    case 'refused':
      return (
        <MessageBar messageBarType={MessageBarType.blocked} isMultiline role="alert" data-testid="agreement-refusal">
          <strong>{outcome.heading}</strong> {outcome.lines.join(' ')}
        </MessageBar>
      );
    case 'conflict':
      return <ConflictBar onReload={onReload} />;
    case 'error':
      return <ErrorBar error={outcome.error} />;
    default:
      return null;
  }
}

/** The last stage the history reached before the current one, or the stage before it in the flow. */
function lastDone(data: AgreementData): AgreementData['agreement']['stage'] | undefined {
  const stages = data.flow.stages.filter((st) => st !== 'changesRequested');
  const stage = data.agreement.stage === 'changesRequested' ? 'customerReview' : data.agreement.stage;
  if (stage === 'stored') return 'stored';
  const at = stages.indexOf(stage);
  return at > 0 ? stages[at - 1] : undefined;
}
