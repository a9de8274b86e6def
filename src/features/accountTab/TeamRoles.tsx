/**
 * The account team by role on both sides (a chunk of its own, so the tab's first bundle stays small): the provider's
 * roles from the account's people fields, with presence as the overview shows it, and the customer's from the
 * contacts' roles. A role nobody holds says so in words, and each side counts its gaps. Reads nothing of its own:
 * the account (people expanded) and its contacts come from the tab's one `$batch`.
 */
import * as React from 'react';
import { Text, useTheme } from '@fluentui/react';
import type { Account, Contact, ContactRole, PersonRef } from '../../domain/types';
import { bundle as choiceBundle } from '../../loc/choices';
import { format } from '../../loc/strings';
import { useBundle } from '../../ui/AppContext';
import { usePresence } from '../../ui/usePresence';
import { withStrings } from '../../ui/withStrings';
import { PersonLine } from './PersonLine';
import { bundle as tabBundle } from './strings/tab';
import { bundle as teamBundle, ProviderRole } from './strings/team';

const PROVIDER: ProviderRole[] = ['accountManager', 'backup', 'systemManager', 'itCoordinator', 'itManager', 'serviceOwner', 'serviceManager'];
const CUSTOMER: ContactRole[] = ['counterpart', 'contractContact', 'headOfIt', 'itContact', 'signatory'];

export interface TeamRolesProps {
  account: Account;
  contacts: Contact[];
}

interface Line {
  key: string;
  role: string;
  person?: PersonRef;
}

function Roles(props: TeamRolesProps): JSX.Element {
  const t = useBundle(teamBundle);
  const o = useBundle(tabBundle).overview;
  const c = useBundle(choiceBundle);
  const theme = useTheme();
  const a = props.account;
  const presence = usePresence(PROVIDER.map((r) => a[r]?.email));
  const customer = props.contacts.filter((x) => x.side === 'customer');
  const sides = [
    { key: 'provider', title: c.contactSide.provider, total: PROVIDER.length, lines: PROVIDER.map((r): Line => ({ key: r, role: t.roles[r], person: a[r] })) },
    {
      key: 'customer',
      title: c.contactSide.customer,
      total: CUSTOMER.length,
      lines: CUSTOMER.flatMap((r): Line[] => {
        const held = customer.filter((x) => x.roles?.includes(r));
        return held.length ? held.map((x) => ({ key: `${r}-${x.id}`, role: c.contactRole[r], person: { id: x.id, title: x.name, email: x.email } })) : [{ key: r, role: c.contactRole[r] }];
      }),
    },
  ];

  return (
    <section aria-labelledby="ac-team-title" data-testid="section-TeamRoles">
      <Text as="h2" variant="large" id="ac-team-title" style={{ margin: 0 }}>
        {t.title}
      </Text>
      <Text block variant="small" style={{ color: theme.semanticColors.bodySubtext, marginBottom: 8 }}>
        {t.intro}
      </Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        {sides.map((side) => {
          const gaps = side.lines.filter((l) => !l.person).length;
          return (
            <div key={side.key} data-testid={`team-${side.key}`} style={{ border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12, flex: '1 1 300px', minWidth: 260 }}>
              <Text as="h3" variant="mediumPlus" style={{ margin: 0, fontWeight: 600 }}>
                {side.title}
              </Text>
              <Text block variant="small" style={{ margin: '0 0 8px', fontWeight: gaps ? 600 : 400 }}>
                {gaps ? format(t.gaps, { count: String(gaps), total: String(side.total) }) : t.allNamed}
              </Text>
              <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 10 }}>
                {side.lines.map((l) => (
                  <li key={l.key}>
                    <PersonLine
                      role={l.role}
                      person={l.person}
                      presence={side.key === 'provider' && l.person?.email ? presence.get(l.person.email) : undefined}
                      s={o}
                      notSet={t.notNamed}
                    />
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}

export const TeamRoles = withStrings<TeamRolesProps>([teamBundle], Roles);
