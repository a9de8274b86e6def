/**
 * Situation records (asiakastilanteet), feedback (palautteet) and the account's actions as lists. Everything from
 * the lists is rendered as plain text. Conflict contacts are flagged in words and with an icon, never by colour
 * alone, together with whether the supervisor has been told (docs/care-model.md §6).
 */
import * as React from 'react';
import { Icon, Text, useTheme } from '@fluentui/react';
import { formatDate, IsoDate } from '../../../domain/dates';
import type { Action, Feedback, SituationRecord } from '../../../domain/types';
import { bundle as sectionsBundle } from '../strings/sections';
import { bundle as choiceBundle } from '../../../loc/choices';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';
import { isOpen, isOverdue, sortActions, sourceText } from '../plan/actions';

function Heading(props: { children: React.ReactNode }): JSX.Element {
  return (
    <Text as="h3" variant="mediumPlus" style={{ margin: '0 0 6px', fontWeight: 600 }}>
      {props.children}
    </Text>
  );
}

function Labelled(props: { label: string; text: string }): JSX.Element {
  return (
    <Text as="p" block style={{ margin: '2px 0', whiteSpace: 'pre-wrap' }}>
      <strong>{props.label}:</strong> {props.text}
    </Text>
  );
}

const itemStyle = (divider: string): React.CSSProperties => ({ borderTop: `1px solid ${divider}`, padding: '8px 0' });

function SituationItem(props: { r: SituationRecord }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(sectionsBundle).activity;
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const { r } = props;
  const conflict = r.category === 'conflict';
  return (
    <li style={itemStyle(theme.semanticColors.bodyDivider)} data-testid={`situation-${r.id}`}>
      <Text block style={{ fontWeight: 600 }}>
        {formatDate(r.date, host.locale)} · {c.situationCategory[r.category] ?? r.category}
      </Text>
      {conflict && (
        <Text
          block
          data-testid="conflict-flag"
          style={{ fontWeight: 600, margin: '4px 0', padding: '2px 6px', borderLeft: `4px solid ${theme.semanticColors.errorIcon}`, color: theme.semanticColors.bodyText }}
        >
          <Icon iconName="Warning" aria-hidden="true" style={{ marginRight: 6 }} />
          {s.conflictFlag} – {r.supervisorNotified ? s.supervisorNotified : s.supervisorNotNotified}
        </Text>
      )}
      <Labelled label={s.situation} text={r.situation} />
      <Labelled label={s.solution} text={r.solution?.trim() ? r.solution : s.noSolution} />
      <Text block variant="small" style={{ color: theme.semanticColors.bodySubtext }}>
        <Icon iconName={r.reviewed ? 'CheckMark' : 'Clock'} aria-hidden="true" style={{ marginRight: 4 }} />
        {r.reviewed ? s.reviewed : s.notReviewed}
        {r.recorder?.title ? ` · ${format(s.recordedBy, { name: r.recorder.title })}` : ''}
      </Text>
    </li>
  );
}

export function Situations(props: { situations: SituationRecord[] }): JSX.Element {
  const s = useBundle(sectionsBundle).activity;
  const records = [...props.situations].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <div data-testid="activity-situations">
      <Heading>{s.situations}</Heading>
      {records.length ? (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {records.map((r) => (
            <SituationItem key={r.id} r={r} />
          ))}
        </ul>
      ) : (
        <Text block style={{ fontStyle: 'italic' }}>
          {s.noSituations}
        </Text>
      )}
    </div>
  );
}

function FeedbackItem(props: { f: Feedback }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(sectionsBundle).activity;
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const { f } = props;
  const reason = f.reason === 'other' && f.reasonOther?.trim() ? format(s.reasonOther, { reason: f.reasonOther.trim() }) : c.feedbackReason[f.reason] ?? f.reason;
  return (
    <li style={itemStyle(theme.semanticColors.bodyDivider)} data-testid={`feedback-${f.id}`}>
      <Text block style={{ fontWeight: 600 }}>
        {formatDate(f.date, host.locale)} · {c.feedbackKind[f.kind] ?? f.kind} · {c.feedbackStatus[f.status] ?? f.status}
      </Text>
      <Text block variant="small" style={{ color: theme.semanticColors.bodySubtext }}>
        {[reason, f.channel ? format(s.channel, { channel: c.feedbackChannel[f.channel] ?? f.channel }) : undefined].filter(Boolean).join(' · ')}
      </Text>
      <Text as="p" block style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>
        {f.text}
      </Text>
      {f.reaction?.trim() && <Labelled label={s.reaction} text={f.reaction} />}
      {f.handler?.title && (
        <Text block variant="small" style={{ color: theme.semanticColors.bodySubtext }}>
          {format(s.handler, { name: f.handler.title })}
        </Text>
      )}
    </li>
  );
}

export function FeedbackList(props: { feedback: Feedback[] }): JSX.Element {
  const s = useBundle(sectionsBundle).activity;
  const items = [...props.feedback].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <div data-testid="activity-feedback">
      <Heading>{s.feedback}</Heading>
      {items.length ? (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {items.map((f) => (
            <FeedbackItem key={f.id} f={f} />
          ))}
        </ul>
      ) : (
        <Text block style={{ fontStyle: 'italic' }}>
          {s.noFeedback}
        </Text>
      )}
    </div>
  );
}

export function ActionSummary(props: { actions: Action[]; today: IsoDate }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(sectionsBundle).activity;
  const p = useBundle(sectionsBundle).plan;
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const { actions, today } = props;
  const count = (st: Action['status']): number => actions.filter((a) => a.status === st).length;
  const open = sortActions(actions.filter(isOpen));
  return (
    <div data-testid="activity-actions">
      <Heading>{s.actions}</Heading>
      {actions.length === 0 ? (
        <Text block style={{ fontStyle: 'italic' }}>
          {s.noActions}
        </Text>
      ) : (
        <>
          <Text block data-testid="action-counts">
            {format(s.actionCounts, { open: count('open'), inProgress: count('inProgress'), done: count('done'), cancelled: count('cancelled') })}
          </Text>
          {open.length > 0 && (
            <ul style={{ margin: '6px 0 0', paddingLeft: 20 }} aria-label={s.actionsListLabel}>
              {open.map((a) => (
                <li key={a.id} style={{ padding: '2px 0' }}>
                  <Text>{a.title}</Text>
                  <Text block variant="small" style={{ color: theme.semanticColors.bodySubtext }}>
                    {[sourceText(a, a.source ? c.actionSource[a.source] : undefined), a.owner?.title, a.dueDate ? formatDate(a.dueDate, host.locale) : undefined, c.actionStatus[a.status]]
                      .filter(Boolean)
                      .join(' · ')}
                    {isOverdue(a, today) && (
                      <>
                        {' · '}
                        <span style={{ color: theme.semanticColors.errorText, fontWeight: 600 }}>{p.overdue}</span>
                      </>
                    )}
                  </Text>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
