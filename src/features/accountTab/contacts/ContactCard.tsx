/** One contact as a list item: name, chair mark, roles, job title and organisation, email and phone links. */
import * as React from 'react';
import { ActionButton, Link, Stack, Text, useTheme } from '@fluentui/react';
import type { Contact } from '../../../domain/types';
import { bundle as sectionsBundle } from '../strings/sections';
import { bundle as choiceBundle } from '../../../loc/choices';
import { format } from '../../../loc/strings';
import { useApp, useBundle } from '../../../ui/AppContext';

/** Digits and a leading plus only: a tel: link never carries anything else. */
export function telHref(phone: string): string {
  return `tel:${phone.trim().replace(/(?!^\+)[^\d]/g, '')}`;
}

export function ChairMark(): JSX.Element {
  const theme = useTheme();
  const s = useBundle(sectionsBundle).contacts;
  return (
    <span
      data-testid="chair-mark"
      style={{
        display: 'inline-block',
        padding: '0 6px',
        borderRadius: 2,
        border: `1px solid ${theme.palette.themePrimary}`,
        color: theme.semanticColors.bodyText,
        fontSize: theme.fonts.small.fontSize,
        fontWeight: 600,
      }}
    >
      {s.chair}
    </span>
  );
}

export interface ContactCardProps {
  contact: Contact;
  canEdit: boolean;
  onEdit: (contact: Contact) => void;
  /** Hides roles that the group heading already says. */
  hideSide?: boolean;
  /** Shown before the name, e.g. the signing position in the signatories list. */
  lead?: React.ReactNode;
}

export function ContactCard(props: ContactCardProps): JSX.Element {
  const { strings } = useApp();
  const theme = useTheme();
  const s = useBundle(sectionsBundle).contacts;
  const c = useBundle(choiceBundle);
  const x = props.contact;
  const roles = (x.roles ?? []).filter((r) => r !== 'chair').map((r) => c.contactRole[r] ?? r);
  const subtle: React.CSSProperties = { color: theme.semanticColors.bodySubtext };
  return (
    <Stack horizontal tokens={{ childrenGap: 8 }} verticalAlign="start" styles={{ root: { padding: '6px 0' } }}>
      <Stack.Item grow styles={{ root: { minWidth: 0 } }}>
        <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 6 }}>
          {props.lead}
          <Text style={{ fontWeight: 600 }}>{x.name}</Text>
          {(x.roles ?? []).includes('chair') && <ChairMark />}
          {!props.hideSide && <Text variant="small" style={subtle}>({c.contactSide[x.side]})</Text>}
        </Stack>
        {(x.jobTitle || x.organisation) && (
          <Text block variant="small">
            {[x.jobTitle, x.organisation].filter(Boolean).join(', ')}
          </Text>
        )}
        {roles.length > 0 && (
          <Text block variant="small" style={subtle}>
            {roles.join(' · ')}
          </Text>
        )}
        {(x.email || x.phone) && (
          <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 12 }}>
            {x.email && (
              <Link href={`mailto:${x.email.trim()}`} title={format(s.emailTo, { name: x.name })}>
                {x.email}
              </Link>
            )}
            {x.phone && (
              <Link href={telHref(x.phone)} title={format(s.callTo, { name: x.name })}>
                {x.phone}
              </Link>
            )}
          </div>
        )}
        {x.notes && (
          <Text block variant="small" style={{ whiteSpace: 'pre-wrap', fontStyle: 'italic' }}>
            {x.notes}
          </Text>
        )}
      </Stack.Item>
      {props.canEdit && (
        <ActionButton
          iconProps={{ iconName: 'Edit' }}
          ariaLabel={format(s.editContact, { name: x.name })}
          onClick={() => props.onEdit(x)}
          styles={{ root: { height: 28, flexShrink: 0 } }}
        >
          {strings.edit}
        </ActionButton>
      )}
    </Stack>
  );
}
