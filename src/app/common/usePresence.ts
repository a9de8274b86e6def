/**
 * Presence and out-of-office for a few people, from Microsoft Graph when it is granted. Never blocks a view:
 * without Graph (or on any Graph error) the map stays empty and people show without presence.
 */
import * as React from 'react';
import type { Presence } from '../../data/ports';
import { useApp } from '../AppContext';

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
      const found = await Promise.all(wanted.map((m) => people.findByEmail(m).catch(() => undefined)));
      const ids = found.filter((p): p is NonNullable<typeof p> => !!p);
      const presence = await people.presence(ids.map((p) => p.id));
      const out = new Map<string, Presence>();
      ids.forEach((p, i) => {
        const pr = presence.get(p.id);
        if (pr) out.set(wanted[found.indexOf(p)] ?? wanted[i], pr);
      });
      if (current) setMap(out);
    })().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [services, key]);
  return map;
}
