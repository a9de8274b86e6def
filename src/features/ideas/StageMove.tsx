/**
 * The simple moves before the gate, for those who may edit ideas: an idea becomes a need ("Siirrä tarpeeksi"), a
 * need goes to the solution analysis ("Ratsuun"). One etag write with the history entry (who moved it, when); a 412
 * says someone else changed the idea and offers the latest version; SharePoint's refusal is shown plainly.
 */
import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarButton, MessageBarType, Stack, Text } from '@fluentui/react';
import { DataError } from '../../data/errors';
import { moveIdea } from '../../data/queries/ideas';
import { checkMove, IDEA_MOVES, IdeaMove } from '../../domain/ideaGate';
import type { Idea } from '../../domain/types';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { bundle as ideaBundle } from './strings';

type Outcome = { kind: 'none' } | { kind: 'moved'; stage: Idea['stage'] } | { kind: 'conflict' } | { kind: 'denied' } | { kind: 'error'; error: unknown };

export function StageMove(props: { idea: Idea; onMoved(idea: Idea): void; onReload(): void }): JSX.Element | null {
  const { services, host } = useApp();
  const s = useBundle(ideaBundle).move;
  const c = useBundle(choiceBundle);
  const { idea } = props;
  const [busy, setBusy] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>({ kind: 'none' });
  const moves = IDEA_MOVES.filter((m) => checkMove(idea, m).allowed);

  const run = async (move: IdeaMove): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setOutcome({ kind: 'none' });
    try {
      const next = await moveIdea(services, idea, move, { now: host.now, by: host.user.displayName });
      setOutcome({ kind: 'moved', stage: next.stage });
      props.onMoved(next);
    } catch (e) {
      if (e instanceof DataError && e.kind === 'conflict') setOutcome({ kind: 'conflict' });
      else if (e instanceof DataError && e.kind === 'accessDenied') setOutcome({ kind: 'denied' });
      else setOutcome({ kind: 'error', error: e });
    } finally {
      setBusy(false);
    }
  };

  if (moves.length === 0 && outcome.kind === 'none') return null;
  const label: Record<IdeaMove, string> = { toNeed: s.toNeed, toAnalysis: s.toAnalysis };
  const hint: Record<IdeaMove, string> = { toNeed: s.toNeedHint, toAnalysis: s.toAnalysisHint };
  return (
    <Stack tokens={{ childrenGap: 8 }} data-testid="idea-move">
      {moves.map((m) => (
        <Stack key={m} horizontal wrap verticalAlign="center" tokens={{ childrenGap: 8 }}>
          <DefaultButton
            text={label[m]}
            onClick={() => void run(m)}
            disabled={busy}
            aria-describedby={`ac-idea-${idea.id}-${m}-hint`}
            data-testid={`idea-${m}`}
          />
          <Text variant="small" id={`ac-idea-${idea.id}-${m}-hint`}>
            {hint[m]}
          </Text>
        </Stack>
      ))}
      {outcome.kind === 'moved' && (
        <MessageBar messageBarType={MessageBarType.success} role="status" data-testid="idea-moved">
          {format(s.moved, { stage: c.ideaStage[outcome.stage] })}
        </MessageBar>
      )}
      {outcome.kind === 'conflict' && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline
          role="alert"
          data-testid="idea-move-conflict"
          actions={
            <div>
              <MessageBarButton onClick={() => { setOutcome({ kind: 'none' }); props.onReload(); }}>{s.reload}</MessageBarButton>
            </div>
          }
        >
          {s.conflict}
        </MessageBar>
      )}
      {outcome.kind === 'denied' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline role="alert" data-testid="idea-move-denied">
          {s.denied}
        </MessageBar>
      )}
      {outcome.kind === 'error' && <ErrorBar error={outcome.error} />}
    </Stack>
  );
}
