/**
 * Gives the demo people their access the way a site owner does on a deployed site: after provisioning has created
 * the Account Care site groups, add each person to their groups (people.ts) through PnPjs —
 * `web.siteGroups.getById(id).users.add(loginName)`. Idempotent: members already in a group are skipped.
 */
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import type { SPFI } from '@pnp/sp';
import { GroupKey, groupByTitle, groupDef } from '../../src/data/schema/permissions';
import { DEMO_PEOPLE } from './people';

const CLAIMS_PREFIX = 'i:0#.f|membership|';

/** Adds the demo people of a site to its Account Care groups; returns the memberships added. */
export async function grantDemoAccess(sp: SPFI, siteRelativeUrl: string, log: (m: string) => void = () => undefined): Promise<number> {
  const groups = (await sp.web.siteGroups.select('Id', 'Title')()) as { Id: number; Title: string }[];
  const idOf = (key: GroupKey): number => {
    const g = groups.find((x) => groupByTitle(x.Title)?.key === key);
    if (!g) throw new Error(`The site group '${groupDef(key).title.en}' is missing on ${siteRelativeUrl}: provision the site first.`);
    return g.Id;
  };
  const wanted = new Map<number, string[]>();
  for (const p of DEMO_PEOPLE) {
    for (const key of p.groups[siteRelativeUrl] ?? []) wanted.set(idOf(key), [...(wanted.get(idOf(key)) ?? []), p.upn]);
  }
  let added = 0;
  for (const [groupId, upns] of wanted) {
    const group = sp.web.siteGroups.getById(groupId);
    const members = new Set(((await group.users.select('UserPrincipalName', 'LoginName')()) as { LoginName: string }[]).map((u) => u.LoginName.toLowerCase()));
    for (const upn of upns) {
      const login = `${CLAIMS_PREFIX}${upn}`.toLowerCase();
      if (members.has(login)) continue;
      await group.users.add(login);
      added++;
    }
  }
  if (added) log(`added ${added} people to the Account Care groups`);
  return added;
}
