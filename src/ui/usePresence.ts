/**
 * Presence and out-of-office for a few people, from Microsoft Graph when it is granted. Never blocks a view:
 * without Graph (or on any Graph error) the map stays empty and people show without presence.
 */
import * as React from 'react';
import type { Presence } from '../data/ports';
import { useApp } from './AppContext';

export function usePresence(emails: (string | undefined)[]): Map<string, Presence> {
  const { services } = useApp();
  const [map, setMap] = React.useState(new Map<string, Presence>());
  const key = emails.filter(Boolean).join('|');
  React.useEffect(() => {
    const people = services.people;
    const wanted = key ? key.split('|') : [];
    if (!people || !wanted.length) return;
    let current = true;
    (async () => {
      // Two Graph requests whatever the number of people: the users by email, then their presence.
      const found = await people.findByEmails(wanted);
      const presence = await people.presence(found.map((p) => p.id));
      const out = new Map<string, Presence>();
      for (const p of found) {
        const pr = presence.get(p.id);
        const email = wanted.find((m) => m.toLowerCase() === (p.mail ?? p.userPrincipalName).toLowerCase());
        if (pr && email) out.set(email, pr);
      }
      if (current) setMap(out);
    })().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [services, key]);
  return map;
}
