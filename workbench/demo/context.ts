/** What an organisation's demo builder gets: the writer, the site's people, and "today" in Helsinki. */
import { addDays, type IsoDate } from '../../src/domain/dates';
import type { PersonRef } from '../../src/domain/types';
import { isWorkingDay } from './calendar';
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
  /** The origin the workbench page is served from (the same as the sites'): links into the product. */
  origin: string;
  log: (m: string) => void;
}

/** The person or a clear error: a demo referring to someone not in people.ts is a bug in the demo. */
export function who(ctx: OrgContext, alias: string): PersonRef {
  const p = ctx.people[alias];
  if (!p) throw new Error(`Demo person ${alias} is not a user of this site (see workbench/demo/people.ts)`);
  return p;
}

/** The sign-in name of a demo person, to write an item as them (the writer's `author` option). */
export function upnOf(person: PersonRef | undefined): string | undefined {
  return person?.email ?? person?.loginName?.split('|').pop();
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

/** An absence in an organisation's table: people by alias, accounts by abbreviation, dates already resolved against "today". */
export interface AbsenceRow {
  key: string;
  person: string;
  start: IsoDate;
  end: IsoDate;
  kind: DemoDraft<'absences'>['kind'];
  substitute?: string;
  coverShort?: boolean;
  /** Which of the person's accounts are covered (all when absent), and a substitute per account (alias by abbreviation). */
  cover?: { accounts?: string[]; overrides?: Record<string, string> };
  notes: string;
}

export function absenceDrafts(ctx: OrgContext, prefix: string, rows: readonly AbsenceRow[], accountId: (abbr: string) => number): DemoDraft<'absences'>[] {
  return rows.map(({ key, person, substitute, cover, ...rest }) => ({
    clientKey: `${prefix}absence:${key}`,
    person: who(ctx, person),
    ...rest,
    ...(substitute ? { substitute: who(ctx, substitute) } : {}),
    ...(cover
      ? {
          cover: {
            ...(cover.accounts ? { accountIds: cover.accounts.map(accountId) } : {}),
            ...(cover.overrides ? { overrides: Object.fromEntries(Object.entries(cover.overrides).map(([abbr, alias]) => [accountId(abbr), who(ctx, alias)])) } : {}),
          },
        }
      : {}),
  }));
}

/**
 * Drops the rows fixed to the calendar (a July holiday) that share a day with the same person's row dated from
 * today: run in July, the demo's "now" absences win and the person is not away twice on one day.
 */
export function withoutClashes(relative: readonly AbsenceRow[], fixed: readonly AbsenceRow[]): AbsenceRow[] {
  const clashes = (f: AbsenceRow): boolean => relative.some((r) => r.person === f.person && r.start <= f.end && f.start <= r.end);
  return [...relative, ...fixed.filter((f) => !clashes(f))];
}

/** Cover settings of a demo site (ACSettings rows), as a site owner would set them. */
export function coverSettingDrafts(prefix: string, values: Record<string, number>): DemoDraft<'settings'>[] {
  return Object.entries(values).map(([key, value]) => ({ clientKey: `${prefix}setting:${key}`, key, value: String(value) }));
}

/** The first day on or after `from` that starts two working days in a row (a two-day absence that is two calendar days). */
export function twoWorkingDaysFrom(from: IsoDate): IsoDate {
  let d = from;
  while (!(isWorkingDay(d) && isWorkingDay(addDays(d, 1)))) d = addDays(d, 1);
  return d;
}

/** A feedback text row: kind, reason, text and (for reason `other`) what the other reason is. */
export type FeedbackText = [DemoDraft<'feedback'>['kind'], DemoDraft<'feedback'>['reason'], string, string?];

export function feedbackFields([kind, reason, text, other]: FeedbackText): Pick<DemoDraft<'feedback'>, 'kind' | 'reason' | 'reasonOther' | 'text'> {
  return { kind, reason, reasonOther: reason === 'other' ? other : undefined, text };
}

/**
 * The k-th of n dates spread over the last twelve months, newest first, on working days (staff file forms at
 * work): k = 0 is yesterday's or the last working day's, k = n - 1 about a year ago.
 */
export function spreadOverYear(today: IsoDate, k: number, n: number): IsoDate {
  let d = addDays(today, -1 - Math.round((k * 358) / Math.max(n - 1, 1)));
  while (!isWorkingDay(d)) d = addDays(d, -1);
  return d;
}

/**
 * Days back for the records older than the default 24-month retention (about 26–30 months), so the setup view's
 * privacy preview has something to list on a fresh demo.
 */
export const BEYOND_RETENTION_DAYS = [790, 845, 910] as const;

/** Days within which a record is still waiting for the team meeting (the monthly meeting has not taken it up). */
export const AWAITING_REVIEW_DAYS = 21;

/**
 * The handling fields of a feedback item as the care model has them: answered and closed ones carry the reaction,
 * the day of it (a few working days after the feedback, never after today) and that the person who gave it was told;
 * recent open ones that someone flagged wait for the team meeting, older flagged ones were taken up there.
 */
export function feedbackHandling(
  today: IsoDate,
  date: IsoDate,
  status: DemoDraft<'feedback'>['status'],
  k: number,
  reaction: string | undefined,
): Pick<DemoDraft<'feedback'>, 'reaction' | 'reactedOn' | 'respondentInformed' | 'forReview' | 'reviewed'> {
  const done = status === 'answered' || status === 'closed';
  const reactedOn = done ? (addDays(date, 2 + (k % 6)) < today ? addDays(date, 2 + (k % 6)) : today) : undefined;
  const recent = addDays(date, AWAITING_REVIEW_DAYS) >= today;
  const forReview = recent ? !done && k % 2 === 0 : k % 4 === 0;
  return { reaction, reactedOn, respondentInformed: done, forReview, reviewed: forReview && !recent };
}
