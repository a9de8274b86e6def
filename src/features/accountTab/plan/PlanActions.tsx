/**
 * The account plan's development actions (source accountPlan) as a table: title, goal, metric, owner, due date
 * and status. Editors change the status in place (saved with the etag; on a concurrent edit the other version is
 * shown and the user's choice can be applied again) and add new actions in a panel.
 */
import * as React from 'react';
import { ActionButton, DefaultButton, Dropdown, MessageBar, MessageBarType, Stack, Text, useTheme } from '@fluentui/react';
import { DataError } from '../../../data/errors';
import { ACTION_STATUSES } from '../../../domain/vocabulary';
import { formatDate } from '../../../domain/dates';
import type { Action, ActionStatus } from '../../../domain/types';
import { bundle as sectionsBundle } from '../strings/sections';
import { bundle as choiceBundle } from '../../../loc/choices';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';
import { errorMessage } from '../../../ui/errorMessage';
import { useAccountTab } from '../AccountTabContext';
import { useEntitySave } from '../../../ui/forms/useEntitySave';
import { ActionPanel } from './ActionPanel';
import { isOpen, isOverdue, sortActions, sourceText } from './actions';

interface StatusProblem {
  action: Action;
  mine: ActionStatus;
  error: unknown;
}

export function PlanActions(): JSX.Element {
  const { services, strings, host } = useApp();
  const s = useBundle(sectionsBundle).plan;
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const { data, canEdit, today, update } = useAccountTab();
  const [adding, setAdding] = React.useState(false);
  const [pending, setPending] = React.useState<number>();
  const [problem, setProblem] = React.useState<StatusProblem>();
  const [announcement, setAnnouncement] = React.useState('');
  const actions = sortActions(data.actions.filter((a) => a.source === 'accountPlan'));
  const { save: saveAction } = useEntitySave(services.repos.actions);

  const put = (action: Action): void =>
    update((d) => ({ ...d, actions: d.actions.some((x) => x.id === action.id) ? d.actions.map((x) => (x.id === action.id ? action : x)) : [...d.actions, action] }));

  const changeStatus = async (action: Action, status: ActionStatus): Promise<void> => {
    if (status === action.status) return;
    setProblem(undefined);
    setPending(action.id);
    try {
      const result = await saveAction(action, { status });
      if (result.kind === 'saved') {
        put(result.entity);
        setAnnouncement(format(s.statusSaved, { title: action.title, status: c.actionStatus[status] }));
      } else {
        // The other version is shown; when it could not be read either, the message stands and the user can reload.
        if (result.theirs) put(result.theirs);
        setProblem({ action: result.theirs ?? action, mine: status, error: result.error });
      }
    } catch (e) {
      setProblem({ action, mine: status, error: e });
    } finally {
      setPending(undefined);
    }
  };

  const cell: React.CSSProperties = { padding: '6px 8px', borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, verticalAlign: 'top', textAlign: 'left' };
  const conflict = problem?.error instanceof DataError && problem.error.kind === 'conflict';

  return (
    <div data-testid="plan-actions">
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap>
        <Text as="h3" variant="mediumPlus" style={{ margin: 0, fontWeight: 600 }}>
          {s.actions}
        </Text>
        {canEdit && <ActionButton iconProps={{ iconName: 'Add' }} text={s.addAction} onClick={() => setAdding(true)} />}
      </Stack>
      <Text block variant="small" style={{ margin: '0 0 6px', fontStyle: 'italic' }}>
        {s.actionsHelp}
      </Text>
      <div role="status" aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {announcement}
      </div>
      {problem && (
        <MessageBar
          messageBarType={conflict ? MessageBarType.warning : MessageBarType.error}
          isMultiline
          role="alert"
          onDismiss={() => setProblem(undefined)}
          dismissButtonAriaLabel={strings.close}
          actions={
            <DefaultButton
              onClick={() => changeStatus(problem.action, problem.mine)}
              text={format(s.applyMine, { status: c.actionStatus[problem.mine] })}
            />
          }
        >
          {conflict
            ? format(s.statusConflict, { title: problem.action.title, mine: c.actionStatus[problem.mine], theirs: c.actionStatus[problem.action.status] })
            : errorMessage(strings, problem.error)}
        </MessageBar>
      )}
      {actions.length === 0 ? (
        <Text block style={{ fontStyle: 'italic' }}>
          {s.noActions}
        </Text>
      ) : (
        <div style={{ overflowX: 'auto' }} role="region" aria-label={s.tableLabel} tabIndex={0}>
          <table style={{ borderCollapse: 'collapse', width: '100%', minWidth: 720 }} data-testid="plan-actions-table">
            <caption style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>{s.tableLabel}</caption>
            <thead>
              <tr>
                {[s.columns.title, s.columns.goal, s.columns.metric, s.columns.owner, s.columns.due, s.columns.status].map((h) => (
                  <th key={h} scope="col" style={{ ...cell, borderTop: 0, fontWeight: 600 }}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.id} data-testid={`plan-action-${a.id}`}>
                  <th scope="row" style={{ ...cell, fontWeight: 600 }}>
                    {a.title}
                  </th>
                  <td style={{ ...cell, whiteSpace: 'pre-wrap' }}>{a.goal ?? '—'}</td>
                  <td style={cell}>{a.metric ?? '—'}</td>
                  <td style={cell}>{a.owner?.title ?? a.owner?.email ?? '—'}</td>
                  <td style={{ ...cell, whiteSpace: 'nowrap' }}>
                    {a.dueDate ? formatDate(a.dueDate, host.locale) : '—'}
                    {isOverdue(a, today) && (
                      <Text block variant="small" style={{ color: theme.semanticColors.errorText, fontWeight: 600 }}>
                        {s.overdue}
                      </Text>
                    )}
                  </td>
                  <td style={{ ...cell, minWidth: 150 }}>
                    {canEdit ? (
                      <Dropdown
                        ariaLabel={format(s.statusOf, { title: a.title })}
                        selectedKey={a.status}
                        options={ACTION_STATUSES.map((x) => ({ key: x, text: c.actionStatus[x] }))}
                        onChange={(_, o) => o && changeStatus(a, o.key as ActionStatus)}
                        disabled={pending === a.id}
                      />
                    ) : (
                      <Text>{c.actionStatus[a.status]}</Text>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {adding && (
        <ActionPanel
          account={data.account}
          today={today}
          onClose={() => setAdding(false)}
          onSaved={(action) => {
            put(action);
            setAdding(false);
            setAnnouncement(format(s.actionAdded, { title: action.title }));
          }}
        />
      )}
    </div>
  );
}

export function OtherOpenActions(): JSX.Element {
  const { host } = useApp();
  const s = useBundle(sectionsBundle).plan;
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const { data, today } = useAccountTab();
  const others = sortActions(data.actions.filter((a) => a.source !== 'accountPlan' && isOpen(a)));
  return (
    <div data-testid="other-open-actions">
      <Text as="h3" variant="mediumPlus" style={{ margin: '0 0 4px', fontWeight: 600 }}>
        {s.otherOpen}
      </Text>
      <Text block variant="small" style={{ margin: '0 0 6px', fontStyle: 'italic' }}>
        {s.otherOpenHelp}
      </Text>
      {others.length === 0 ? (
        <Text block style={{ fontStyle: 'italic' }}>
          {s.noOtherOpen}
        </Text>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {others.map((a) => (
            <li key={a.id} style={{ padding: '2px 0' }}>
              <Text style={{ fontWeight: 600 }}>{a.title}</Text>
              <Text variant="small" block style={{ color: theme.semanticColors.bodySubtext }}>
                {[
                  sourceText(a, a.source ? c.actionSource[a.source] : undefined),
                  a.owner?.title,
                  a.dueDate ? formatDate(a.dueDate, host.locale) : undefined,
                  c.actionStatus[a.status],
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {isOverdue(a, today) && (
                  <>
                    {' · '}
                    <span style={{ color: theme.semanticColors.errorText, fontWeight: 600 }}>{s.overdue}</span>
                  </>
                )}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
