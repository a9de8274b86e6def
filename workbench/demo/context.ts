/** What an organisation's demo builder gets: the writer, the site's people, and "today" in Helsinki. */
import type { IsoDate, PersonRef } from '../../src/domain/types';
import type { DemoDraft, DemoWriter } from './writer';

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

/** Whether a meeting starting at `startsAt` (ISO instant) has been held by the demo's "now". */
export function isHeld(ctx: OrgContext, startsAt: string): boolean {
  return startsAt < ctx.now.toISOString();
}

/** A care tier of an organisation's segment table; the client key is `<prefix>segment:<code>`. */
export type SegmentRow = Omit<DemoDraft<'segments'>, 'clientKey' | 'clockTemplate'> & { code: string };

export function segmentDrafts(prefix: string, clockTemplate: string, rows: readonly SegmentRow[]): DemoDraft<'segments'>[] {
  return rows.map((row) => ({ clientKey: `${prefix}segment:${row.code}`, ...row, clockTemplate }));
}

/** An absence in an organisation's table: people by alias, dates already resolved against "today". */
export interface AbsenceRow {
  key: string;
  person: string;
  start: IsoDate;
  end: IsoDate;
  kind: DemoDraft<'absences'>['kind'];
  substitute?: string;
  coverShort?: boolean;
  notes: string;
}

export function absenceDrafts(ctx: OrgContext, prefix: string, rows: readonly AbsenceRow[]): DemoDraft<'absences'>[] {
  return rows.map(({ key, person, substitute, ...rest }) => ({
    clientKey: `${prefix}absence:${key}`,
    person: who(ctx, person),
    ...rest,
    ...(substitute ? { substitute: who(ctx, substitute) } : {}),
  }));
}

/** A feedback text row: kind, reason, text and (for reason `other`) what the other reason is. */
export type FeedbackText = [DemoDraft<'feedback'>['kind'], DemoDraft<'feedback'>['reason'], string, string?];

export function feedbackFields([kind, reason, text, other]: FeedbackText): Pick<DemoDraft<'feedback'>, 'kind' | 'reason' | 'reasonOther' | 'text'> {
  return { kind, reason, reasonOther: reason === 'other' ? other : undefined, text };
}
