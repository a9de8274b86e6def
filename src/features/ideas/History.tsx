/**
 * The idea's gate history, newest first: every move recorded in the idea (submitted, decided) and every decision of
 * the gate, with who (the decider, else the name kept in the entry; '–' for entries older than that), when, from → to, the reason and the decision date. A decision the idea does not carry yet
 * (its own update did not land) is shown too, marked as such: the decision list is the authority.
 */
import * as React from 'react';
import { Stack, Text, useTheme } from '@fluentui/react';
import { decisionsOf } from '../../data/queries/ideas';
import { formatDate, formatDateTime } from '../../domain/dates';
import type { IdeaHistoryEntry } from '../../domain/ideaGate';
import type { Idea, IdeaGateDecision, IdeaStage } from '../../domain/types';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { bundle as ideaBundle } from './strings';

const cell: React.CSSProperties = { textAlign: 'left', padding: '4px 8px', verticalAlign: 'top' };
const STAGE_OF: Record<IdeaGateDecision['decision'], IdeaStage> = { go: 'go', rejected: 'rejected', returned: 'returned' };

interface HistoryRow {
  key: string;
  at: string;
  who?: string;
  from: IdeaStage;
  to: IdeaStage;
  reason?: string;
  decidedOn?: string;
  pending?: boolean;
}

const matches = (h: IdeaHistoryEntry, d: IdeaGateDecision): boolean =>
  h.decision === d.decision && (h.reason ?? '') === d.reason.trim() && (h.decidedOn ?? undefined) === (d.decidedOn ?? undefined) && (!d.round || d.round === 'none' || Date.parse(h.at) >= Date.parse(d.round));

/** The idea's entries and its decisions as one list, newest first. */
export function historyRows(idea: Idea, decisions: readonly IdeaGateDecision[]): HistoryRow[] {
  const mine = decisionsOf(idea.id, decisions);
  const used = new Set<number>();
  const rows: HistoryRow[] = (idea.gateHistory ?? []).map((h, i) => {
    const d = h.decision ? mine.find((x) => !used.has(x.id) && matches(h, x)) : undefined;
    if (d) used.add(d.id);
    return { key: `h${i}`, at: h.at, who: d?.decidedBy?.title || h.by, from: h.from, to: h.to, reason: h.reason, decidedOn: h.decidedOn };
  });
  for (const d of mine) {
    if (used.has(d.id)) continue;
    rows.push({ key: `d${d.id}`, at: d.created ?? d.round ?? '', who: d.decidedBy?.title, from: 'awaitingGate', to: STAGE_OF[d.decision], reason: d.reason, decidedOn: d.decidedOn, pending: true });
  }
  return rows.sort((a, b) => (Date.parse(b.at) || 0) - (Date.parse(a.at) || 0));
}

export function History(props: { idea: Idea; decisions: readonly IdeaGateDecision[] }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(ideaBundle).history;
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const rows = historyRows(props.idea, props.decisions);
  const id = `ac-idea-${props.idea.id}-history`;
  return (
    <Stack as="section" tokens={{ childrenGap: 8 }} aria-labelledby={id}>
      <Text as="h3" variant="large" id={id} style={{ margin: 0 }}>
        {s.heading}
      </Text>
      {rows.length === 0 ? (
        <Text>{s.empty}</Text>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse' }} data-testid="idea-history">
            <caption style={{ textAlign: 'left', padding: '4px 0', color: theme.semanticColors.bodySubtext }}>{s.caption}</caption>
            <thead>
              <tr>
                <th scope="col" style={cell}>{s.when}</th>
                <th scope="col" style={cell}>{s.who}</th>
                <th scope="col" style={cell}>{s.change}</th>
                <th scope="col" style={cell}>{s.reason}</th>
                <th scope="col" style={cell}>{s.decidedOn}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} style={{ borderTop: `1px solid ${theme.semanticColors.bodyDivider}` }}>
                  <td style={{ ...cell, whiteSpace: 'nowrap' }}>{r.at ? formatDateTime(r.at, host.locale) : ''}</td>
                  <td style={cell}>{r.who || s.unknownPerson}</td>
                  <td style={cell}>
                    {format(s.fromTo, { from: c.ideaStage[r.from], to: c.ideaStage[r.to] })}
                    {r.pending && <span style={{ display: 'block', fontStyle: 'italic' }}>{s.pending}</span>}
                  </td>
                  {/* Plain text: what someone typed is never markup. */}
                  <td style={{ ...cell, whiteSpace: 'pre-wrap' }}>{r.reason ?? ''}</td>
                  <td style={{ ...cell, whiteSpace: 'nowrap' }}>{r.decidedOn ? formatDate(r.decidedOn, host.locale) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Stack>
  );
}
