/** A responsible person with presence and out-of-office (when Graph allows), as text plus a coloured dot. */
import * as React from 'react';
import { Icon, Stack, Text, useTheme } from '@fluentui/react';
import type { Presence } from '../../data/ports';
import type { PersonRef } from '../../domain/types';
import type { AccountTabStrings } from './strings/tab';

const DOT: Record<string, string> = {
  Available: '#13a10e',
  Busy: '#c50f1f',
  DoNotDisturb: '#c50f1f',
  BeRightBack: '#eaa300',
  Away: '#eaa300',
  Offline: '#8a8886',
  PresenceUnknown: '#8a8886',
};

export function PersonLine(props: { role: string; person?: PersonRef; presence?: Presence; s: AccountTabStrings['overview']; notSet: string; note?: string }): JSX.Element {
  const theme = useTheme();
  const p = props.presence;
  const ooo = p?.outOfOffice?.isOutOfOffice;
  return (
    <div>
      <Text variant="small" block style={{ color: theme.semanticColors.bodySubtext }}>
        {props.role}
      </Text>
      {props.person ? (
        <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 6 }} wrap>
          {p && <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: 5, background: DOT[p.availability] ?? DOT.PresenceUnknown, display: 'inline-block', border: `1px solid ${theme.palette.neutralPrimary}` }} />}
          <Text style={{ fontWeight: 600 }}>{props.person.title ?? props.person.email}</Text>
          {p && <Text variant="small">({ooo ? props.s.outOfOffice : props.s.presence[p.availability] ?? props.s.presence.PresenceUnknown})</Text>}
          {props.person.email && (
            <a href={`mailto:${props.person.email}`} aria-label={props.person.email} style={{ color: theme.semanticColors.link }}>
              <Icon iconName="Mail" />
            </a>
          )}
        </Stack>
      ) : (
        <Text style={{ fontStyle: 'italic' }}>{props.notSet}</Text>
      )}
      {ooo && p?.outOfOffice?.message && (
        <Text variant="small" block style={{ whiteSpace: 'pre-wrap' }}>
          “{p.outOfOffice.message}”
        </Text>
      )}
      {props.note && (
        <Text variant="small" block style={{ fontWeight: 600 }}>
          {props.note}
        </Text>
      )}
    </div>
  );
}
