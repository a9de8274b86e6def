/**
 * The Ideas view (view=ideas): the idea portfolio. With `account=<abbreviation or id>` one account's ideas, else every
 * idea grouped by stage (ideas awaiting the gate first for leadership). A row opens the idea: its card (managers edit
 * it and submit it to the steering group), the gate (leadership decides GO, reject or return with a reason and a
 * date) and its history. "Uusi idea" (for those who may add ideas) opens a short form; the new idea opens in its detail
 * so the card can be filled in. The decisions list is the authority on the gate's stages; the ideas' own stage mirrors it.
 */
import * as React from 'react';
import { IButton, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack } from '@fluentui/react';
import type { IdeasData } from '../../data/queries/ideas';
import type { Idea, IdeaGateDecision } from '../../domain/types';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { ErrorBar } from '../../ui/ErrorBar';
import type { ViewProps } from '../../ui/feature';
import { useAsync } from '../../ui/useAsync';
import { ViewHeader } from '../../ui/ViewHeader';
import { firstRead, requestedAccount } from './firstRead';
import { IdeaDetail } from './IdeaDetail';
import { IdeaList } from './IdeaList';
import { hasNewIdeaDraft, NewIdea } from './NewIdea';
import { bundle as ideaBundle } from './strings';

export function Ideas(props: ViewProps): JSX.Element {
  const { services, host } = useApp();
  const s = useBundle(ideaBundle);
  const initial = React.useRef(props.initial as Promise<IdeasData> | undefined);
  const [scope, setScope] = React.useState<string | undefined>(() => requestedAccount(host.query));
  const first = useAsync(() => {
    const early = initial.current;
    initial.current = undefined;
    return early ?? firstRead(services, { ...host, query: scope ? { account: scope } : {} });
  }, [services, scope]);
  // The read's answer, then what saves and decisions hand back (no second read after each step).
  const [data, setData] = React.useState<IdeasData | undefined>(undefined);
  React.useEffect(() => setData(first.value), [first.value]);
  const [openId, setOpenId] = React.useState<number | undefined>(undefined);
  const lastOpened = React.useRef<number | undefined>(undefined);
  // An unsaved new idea in this tab (a reload) opens its form again.
  const [creating, setCreating] = React.useState(hasNewIdeaDraft);
  const [created, setCreated] = React.useState<Idea | undefined>(undefined);
  const newButton = React.useRef<IButton>(null);
  const focusNew = React.useRef(false);
  React.useEffect(() => {
    if (!focusNew.current || creating) return;
    focusNew.current = false;
    newButton.current?.focus();
  }, [creating]);

  const added = (idea: Idea): void => {
    setData((d) => (d && !d.ideas.some((i) => i.id === idea.id) ? { ...d, ideas: [...d.ideas, idea] } : d));
    setCreating(false);
    setCreated(idea);
    lastOpened.current = idea.id;
    setOpenId(idea.id);
  };

  const changed = React.useCallback((idea: Idea, decision?: IdeaGateDecision) => {
    setData((d) => {
      if (!d) return d;
      const ideas = d.ideas.map((i) => (i.id === idea.id ? idea : i));
      const decisions = decision && !d.decisions.some((x) => x.id === decision.id) ? [...d.decisions, decision] : d.decisions;
      return { ...d, ideas, decisions };
    });
  }, []);

  const open = data?.ideas.find((i) => i.id === openId);
  let body: React.ReactNode;
  if (first.error !== undefined) body = <ErrorBar error={first.error} onRetry={first.reload} />;
  else if (!data || first.loading) body = <Spinner label={s.loading} />;
  else if (open)
    body = (
      <>
        {created?.id === open.id && (
          <MessageBar messageBarType={MessageBarType.success} role="status" data-testid="idea-created">
            {format(s.create.created, { title: created.title })}
          </MessageBar>
        )}
      <IdeaDetail
        idea={open}
        data={data}
        onChanged={changed}
        onBack={() => {
          setCreated(undefined);
          setOpenId(undefined);
        }}
        onReloaded={(idea) => changed(idea)}
      />
      </>
    );
  else if (creating && data.canAdd)
    body = (
      <NewIdea
        data={data}
        onCreated={added}
        onCancel={() => {
          focusNew.current = true;
          setCreating(false);
        }}
      />
    );
  else
    body = (
      <>
        {data.problems.map((p, i) => (
          <ErrorBar key={i} error={p} />
        ))}
        {data.unknownAccount && (
          <MessageBar messageBarType={MessageBarType.info} data-testid="ideas-unknown-account">
            {format(s.unknownAccount, { account: data.unknownAccount })}
          </MessageBar>
        )}
        {data.canAdd && (
          <div>
            <PrimaryButton componentRef={newButton} iconProps={{ iconName: 'Add' }} text={s.create.button} onClick={() => setCreating(true)} data-testid="idea-new" />
          </div>
        )}
        <IdeaList
          data={data}
          focusId={lastOpened.current}
          onOpen={(id) => {
            lastOpened.current = id;
            setOpenId(id);
          }}
          onShowAll={scope ? () => setScope(undefined) : undefined}
        />
      </>
    );

  const title = data?.account && !open && !(creating && data.canAdd) ? format(s.accountHeading, { account: `${data.account.name} (${data.account.abbreviation})` }) : s.title;
  return (
    <Stack tokens={{ childrenGap: 12, padding: 16 }} as="main" aria-labelledby="ac-ideas-title" data-testid="ideas">
      <ViewHeader
        titleId="ac-ideas-title"
        title={title}
        intro={open || (creating && data?.canAdd) ? undefined : s.intro}
        refreshLabel={s.refresh}
        onRefresh={first.reload}
        refreshing={first.loading}
      />
      {body}
    </Stack>
  );
}
