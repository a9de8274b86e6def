/** What an organisation's demo builder gets: the writer, the site's people, and "today" in Helsinki. */
import type { IsoDate, PersonRef } from '../../src/domain/types';
import type { DemoWriter } from './writer';

export interface OrgContext {
  w: DemoWriter;
  /** Site users by UPN alias (`aino.virtanen`), resolved with `site.ensureUser`. */
  people: Record<string, PersonRef>;
  /** Today in Helsinki. */
  today: IsoDate;
  /** Now as an instant (meetings before it are held, after it planned). */
  now: Date;
  year: number;
  log: (m: string) => void;
}

/** The person or a clear error: a demo referring to someone not in people.ts is a bug in the demo. */
export function who(ctx: OrgContext, alias: string): PersonRef {
  const p = ctx.people[alias];
  if (!p) throw new Error(`Demo person ${alias} is not a user of this site (see workbench/demo/people.ts)`);
  return p;
}
