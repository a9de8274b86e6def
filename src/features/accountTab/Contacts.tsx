/**
 * Contacts with roles, on the overview: the customer's people grouped the way a colleague looks for them (IT
 * management, finance, follow-up group with its chair marked), the agreement's signatories of both sides as a
 * numbered list in the ORK signing order, and the provider's people separately. Editors add and edit contacts in
 * a side panel (ContactPanel) that never loses what was typed.
 */
import * as React from 'react';
import { ActionButton, Stack, Text, useTheme } from '@fluentui/react';
import type { Contact } from '../../domain/types';
import { bundle as sectionsBundle } from './strings/sections';
import { format } from '../../loc/strings';
import { useBundle } from '../../ui/AppContext';
import { ContactCard } from './contacts/ContactCard';
import { ContactPanel } from './contacts/ContactPanel';
import { groupContacts } from './contacts/groups';

type Editing = { kind: 'add' } | { kind: 'edit'; contact: Contact };

function Group(props: { title: string; contacts: Contact[]; empty?: string; canEdit: boolean; onEdit: (c: Contact) => void; children?: React.ReactNode; testId?: string }): JSX.Element {
  const theme = useTheme();
  return (
    <div data-testid={props.testId} style={{ border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12, minWidth: 240, flex: '1 1 280px' }}>
      <Text as="h4" variant="medium" style={{ margin: '0 0 4px', fontWeight: 600 }}>
        {props.title}
      </Text>
      {props.children}
      {props.contacts.length ? (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {props.contacts.map((c) => (
            <li key={c.id} style={{ borderTop: `1px solid ${theme.semanticColors.bodyDivider}` }}>
              <ContactCard contact={c} canEdit={props.canEdit} onEdit={props.onEdit} hideSide />
            </li>
          ))}
        </ul>
      ) : (
        props.empty && <Text style={{ fontStyle: 'italic' }}>{props.empty}</Text>
      )}
    </div>
  );
}

export interface ContactsProps {
  /** The account new contacts are added to. */
  accountId: number;
  contacts: Contact[];
  /** Whether to offer adding and editing (SharePoint still checks every write). */
  canEdit: boolean;
  /**
   * Called after a contact was saved (or a fresher version read) with a change to apply to the contacts the owner
   * holds, so the list shows it without reading everything again.
   */
  onContactsChange: (change: (contacts: Contact[]) => Contact[]) => void;
}

/** Puts a saved contact in place of its older version, or adds it. */
export function putContact(contacts: Contact[], contact: Contact): Contact[] {
  return contacts.some((x) => x.id === contact.id) ? contacts.map((x) => (x.id === contact.id ? contact : x)) : [...contacts, contact];
}

export function Contacts(props: ContactsProps): JSX.Element {
  const s = useBundle(sectionsBundle).contacts;
  const theme = useTheme();
  const { contacts, canEdit, onContactsChange } = props;
  const [editing, setEditing] = React.useState<Editing>();
  const [announcement, setAnnouncement] = React.useState('');
  const g = React.useMemo(() => groupContacts(contacts), [contacts]);
  const customerCount = contacts.filter((x) => x.side !== 'provider').length;
  const card: React.CSSProperties = { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12 };

  const put = (contact: Contact): void => onContactsChange((list) => putContact(list, contact));

  const edit = (contact: Contact): void => setEditing({ kind: 'edit', contact });

  return (
    <section aria-labelledby="ac-contacts-title" data-testid="section-Contacts">
      <Stack horizontal horizontalAlign="space-between" verticalAlign="center" wrap>
        <Text as="h2" variant="large" id="ac-contacts-title" style={{ margin: 0 }}>
          {s.title}
        </Text>
        {canEdit && <ActionButton iconProps={{ iconName: 'AddFriend' }} text={s.add} onClick={() => setEditing({ kind: 'add' })} />}
      </Stack>
      <Text block variant="small" style={{ color: theme.semanticColors.bodySubtext, marginBottom: 8 }}>
        {s.intro}
      </Text>
      <div role="status" aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
        {announcement}
      </div>

      <Text as="h3" variant="mediumPlus" style={{ margin: '8px 0', fontWeight: 600 }}>
        {s.customerSide}
      </Text>
      {customerCount === 0 ? (
        <Text block style={{ fontStyle: 'italic' }}>
          {s.empty}
        </Text>
      ) : (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
          <Group title={s.groups.it} contacts={g.it} empty={s.noneInGroup} canEdit={canEdit} onEdit={edit} testId="contacts-it" />
          <Group title={s.groups.finance} contacts={g.finance} empty={s.noneInGroup} canEdit={canEdit} onEdit={edit} testId="contacts-finance" />
          <Group title={s.groups.followUp} contacts={g.followUp} empty={s.noneInGroup} canEdit={canEdit} onEdit={edit} testId="contacts-follow-up">
            {!g.chair && (
              <Text block variant="small" style={{ fontWeight: 600, marginBottom: 4 }} data-testid="no-chair">
                {s.noChair}
              </Text>
            )}
          </Group>
          {g.otherCustomer.length > 0 && <Group title={s.groups.other} contacts={g.otherCustomer} canEdit={canEdit} onEdit={edit} testId="contacts-other" />}
        </div>
      )}

      <div style={{ ...card, marginTop: 12 }} data-testid="contacts-signatories">
        <Text as="h3" variant="mediumPlus" style={{ margin: '0 0 4px', fontWeight: 600 }}>
          {s.signatories}
        </Text>
        <Text block variant="small" style={{ color: theme.semanticColors.bodySubtext, marginBottom: 4 }}>
          {s.signatoriesHelp}
        </Text>
        {g.signatories.length ? (
          <ol style={{ margin: 0, paddingLeft: 24 }}>
            {g.signatories.map((x) => (
              <li key={x.id} value={x.signingOrder}>
                <ContactCard
                  contact={x}
                  canEdit={canEdit}
                  onEdit={edit}
                  lead={x.signingOrder === undefined ? <Text variant="small" style={{ fontWeight: 600 }}>({s.noSigningOrder})</Text> : undefined}
                />
              </li>
            ))}
          </ol>
        ) : (
          <Text style={{ fontStyle: 'italic' }}>{s.noSignatories}</Text>
        )}
      </div>

      <div style={{ ...card, marginTop: 12 }} data-testid="contacts-provider">
        <Text as="h3" variant="mediumPlus" style={{ margin: '0 0 4px', fontWeight: 600 }}>
          {s.providerSide}
        </Text>
        {g.provider.length ? (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0, columnWidth: 280, columnGap: 24 }}>
            {g.provider.map((x) => (
              <li key={x.id} style={{ breakInside: 'avoid' }}>
                <ContactCard contact={x} canEdit={canEdit} onEdit={edit} hideSide />
              </li>
            ))}
          </ul>
        ) : (
          <Text style={{ fontStyle: 'italic' }}>{s.emptyProvider}</Text>
        )}
      </div>

      {editing && (
        <ContactPanel
          accountId={props.accountId}
          contact={editing.kind === 'edit' ? editing.contact : undefined}
          onClose={() => setEditing(undefined)}
          onFresh={put}
          onSaved={(contact, created) => {
            put(contact);
            setEditing(undefined);
            setAnnouncement(format(created ? s.added : s.updated, { name: contact.name }));
          }}
        />
      )}
    </section>
  );
}
