/** One idea: where it is (with the moves before the gate), its card (with the submission to the gate), the gate for leadership, and its history. */
import * as React from 'react';
import { CommandButton, Icon, Stack, Text } from '@fluentui/react';
import { IdeasData, shownStage } from '../../data/queries/ideas';
import { toHelsinkiDate } from '../../domain/dates';
import type { Idea, IdeaGateDecision } from '../../domain/types';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import { Card } from './Card';
import { Gate } from './Gate';
import { History } from './History';
import { StageMove } from './StageMove';
import { bundle as ideaBundle } from './strings';

export function IdeaDetail(props: { idea: Idea; data: IdeasData; onChanged(idea: Idea, decision?: IdeaGateDecision): void; onReloaded(idea: Idea): void; onBack(): void }): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(ideaBundle);
  const c = useBundle(choiceBundle);
  const { idea, data } = props;
  const today = toHelsinkiDate(host.now ?? new Date());
  const heading = React.useRef<HTMLHeadingElement>(null);
  const [reloadError, setReloadError] = React.useState<unknown>(undefined);
  // Opening an idea moves focus to its heading, so a screen reader starts there.
  React.useEffect(() => heading.current?.focus(), [idea.id]);
  const shown = shownStage(idea, data.decisions);
  const account = data.accounts.find((a) => a.id === idea.accountId);

  const reload = async (): Promise<void> => {
    try {
      setReloadError(undefined);
      props.onReloaded(await services.repos.ideas.get(idea.id));
    } catch (e) {
      setReloadError(e);
    }
  };

  return (
    <Stack tokens={{ childrenGap: 16 }} data-testid="idea-detail">
      <div>
        <CommandButton iconProps={{ iconName: 'Back' }} text={s.detail.back} onClick={props.onBack} data-testid="idea-back" />
      </div>
      <Stack tokens={{ childrenGap: 4 }}>
        <Text as="h2" variant="xLarge" style={{ margin: 0 }}>
          <span ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
            {idea.title}
          </span>
        </Text>
        <Text block data-testid="idea-stage">
          {format(s.detail.stage, { stage: c.ideaStage[shown.stage] })}
          {shown.kind === 'notDecided' && (
            <strong>
              {' '}
              <Icon iconName="Warning" aria-hidden="true" /> {s.list.notDecided}: {s.list.notDecidedHint}
            </strong>
          )}
        </Text>
        {account && <Text block>{format(s.detail.account, { account: `${account.name} (${account.abbreviation})` })}</Text>}
        {idea.owner?.title && <Text block>{format(s.detail.owner, { owner: idea.owner.title })}</Text>}
      </Stack>
      {reloadError !== undefined && <ErrorBar error={reloadError} onRetry={() => void reload()} />}
      {data.canEdit && <StageMove idea={idea} onMoved={(next) => props.onChanged(next)} onReload={() => void reload()} />}
      <Card idea={idea} canEdit={data.canEdit} onSaved={(next) => props.onChanged(next)} />
      {data.canDecide && <Gate idea={idea} data={data} today={today} onDecided={props.onChanged} onReload={() => void reload()} />}
      <History idea={idea} decisions={data.decisions} />
    </Stack>
  );
}
