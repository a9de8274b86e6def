/** The agreement's stage history, newest first: when, who, from → to, and the comment given with the change. */
import * as React from 'react';
import { Stack, Text, useTheme } from '@fluentui/react';
import { formatDateTime } from '../../domain/dates';
import type { AgreementHistoryEntry } from '../../domain/types';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useApp, useBundle } from '../../ui/AppContext';
import { bundle as agreementBundle } from './strings';

const cell: React.CSSProperties = { textAlign: 'left', padding: '4px 8px', verticalAlign: 'top' };

export function History({ history }: { history: readonly AgreementHistoryEntry[] }): JSX.Element {
  const { host } = useApp();
  const s = useBundle(agreementBundle).history;
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const rows = [...history].sort((a, b) => Date.parse(b.changedAt) - Date.parse(a.changedAt) || b.id - a.id);
  return (
    <Stack as="section" tokens={{ childrenGap: 8 }} aria-labelledby="ac-agreement-history">
      <Text as="h2" variant="large" id="ac-agreement-history" style={{ margin: 0 }}>
        {s.heading}
      </Text>
      {rows.length === 0 ? (
        <Text>{s.empty}</Text>
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ borderCollapse: 'collapse' }} data-testid="agreement-history">
            <caption style={{ textAlign: 'left', padding: '4px 0', color: theme.semanticColors.bodySubtext }}>{s.caption}</caption>
            <thead>
              <tr>
                <th scope="col" style={cell}>{s.when}</th>
                <th scope="col" style={cell}>{s.who}</th>
                <th scope="col" style={cell}>{s.change}</th>
                <th scope="col" style={cell}>{s.comment}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((h) => (
                <tr key={h.id} style={{ borderTop: `1px solid ${theme.semanticColors.bodyDivider}` }}>
                  <td style={{ ...cell, whiteSpace: 'nowrap' }}>{formatDateTime(h.changedAt, host.locale)}</td>
                  <td style={cell}>{h.changedBy?.title || s.unknownPerson}</td>
                  <td style={cell}>
                    {h.fromStage ? format(s.fromTo, { from: c.agreementStage[h.fromStage], to: c.agreementStage[h.toStage] }) : format(s.created, { to: c.agreementStage[h.toStage] })}
                  </td>
                  {/* Plain text: what someone typed is never markup. */}
                  <td style={{ ...cell, whiteSpace: 'pre-wrap' }}>{h.comment ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Stack>
  );
}
