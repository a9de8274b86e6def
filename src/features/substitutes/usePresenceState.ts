/**
 * Presence and out-of-office from Microsoft Graph for the people in view, and why it is missing when it is: Graph not
 * granted (no people service) or a failed request (its message). Unlike the shared usePresence, the view says so.
 */
import * as React from 'react';
import type { Presence } from '../../data/ports';
import { useApp } from '../../ui/AppContext';

export type PresenceState = { status: 'loading' | 'ok'; map: Map<string, Presence> } | { status: 'noGraph'; map: Map<string, Presence> } | { status: 'failed'; map: Map<string, Presence>; error: unknown };

const EMPTY = new Map<string, Presence>();

export function usePresenceState(emails: (string | undefined)[]): PresenceState {
  const { services } = useApp();
  const key = [...new Set(emails.filter((e): e is string => !!e).map((e) => e.toLowerCase()))].sort().join('|');
  const [state, setState] = React.useState<PresenceState>({ status: 'loading', map: EMPTY });
  React.useEffect(() => {
    const people = services.people;
    if (!people) {
      setState({ status: 'noGraph', map: EMPTY });
      return;
    }
    const wanted = key ? key.split('|') : [];
    if (!wanted.length) {
      setState({ status: 'ok', map: EMPTY });
      return;
    }
    let current = true;
    (async () => {
      // Two Graph requests whatever the number of people: the users by email, then their presence.
      const found = await people.findByEmails(wanted);
      const presence = await people.presence(found.map((p) => p.id));
      const out = new Map<string, Presence>();
      for (const p of found) {
        const pr = presence.get(p.id);
        const email = (p.mail ?? p.userPrincipalName).toLowerCase();
        if (pr) out.set(email, pr);
      }
      if (current) setState({ status: 'ok', map: out });
    })().catch((error: unknown) => {
      if (current) setState({ status: 'failed', map: EMPTY, error });
    });
    return () => {
      current = false;
    };
  }, [services, key]);
  return state;
}

export function presenceOf(state: PresenceState, email: string | undefined): Presence | undefined {
  return email ? state.map.get(email.toLowerCase()) : undefined;
}
