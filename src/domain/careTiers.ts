/**
 * Care tiers (hoitomallit): each customer segment has its own care model — which meetings at which frequency and
 * on which level (operational, tactical, strategic), which annual clock template and which survey — and an account
 * inherits the tier of its segment. Pure rules: validating a tier as a site owner edits it, what an account's tier
 * is, how many meetings a tier plans a year, and what moving an account to another tier does to its annual clock.
 */
import { compareIsoDates, IsoDate, toHelsinkiDate, yearOf } from './dates';
import { occurrenceKey, planYear, ruleTasks, validateTemplate } from './clockRules';
import { MEETING_LEVELS, MEETING_TYPES, SURVEY_KINDS } from './vocabulary';
import type { Account, AccountType, CareTierMeeting, ClockOccurrence, ClockTask, MeetingLevel, Segment, SurveyKind } from './types';

// ---------------------------------------------------------------------------------------------------------------
// Validating a tier

/** The longest segment name SharePoint's Title column takes. */
export const MAX_NAME_LENGTH = 255;
/** The longest template name (ACSegments.ACClockTemplate and ACClockTasks.ACTemplate). */
export const MAX_TEMPLATE_LENGTH = 40;
/** A meeting type's frequency: at least once a year, at most weekly. */
export const MIN_PER_YEAR = 1;
export const MAX_PER_YEAR = 52;

export type TierProblemCode =
  /** The segment has no name. */
  | 'required'
  /** Longer than the column takes; `detail` is the limit. */
  | 'tooLong'
  /** A tier needs a clock template. */
  | 'noClockTemplate'
  /** The named template has no (live) tasks on this site; `detail` is the name. */
  | 'unknownTemplate'
  /** `detail` is the value given. */
  | 'unknownMeetingType'
  /** Not a whole number from 1 to 52; `detail` is the value given. */
  | 'perYearRange'
  /** The same meeting type on two rows; `detail` is the type. Reported on the later row. */
  | 'duplicateMeetingType'
  | 'unknownLevel'
  | 'unknownSurveyKind';

/**
 * One problem of a tier. `field` is `name`, `clockTemplate`, `survey`, or a meeting row's
 * `meetings.<row>.meetingType | perYear | level` (see `meetingField`), so the form shows it next to its control.
 */
export interface TierProblem {
  field: string;
  code: TierProblemCode;
  detail?: string;
}

export type MeetingProp = 'meetingType' | 'perYear' | 'level';

/** The field name of a meeting row's control, as problems name it. */
export function meetingField(row: number, prop: MeetingProp): string {
  return `meetings.${row}.${prop}`;
}

/** What validateTier reads: a segment as the form holds it (values may be anything a user or a file gave). */
export interface TierInput {
  name?: unknown;
  clockTemplate?: unknown;
  careTier?: {
    meetings?: Array<{ meetingType?: unknown; perYear?: unknown; level?: unknown }>;
    survey?: unknown;
  };
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** Whether a frequency is a whole number of meetings from 1 to 52 a year. */
export function isValidPerYear(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= MIN_PER_YEAR && v <= MAX_PER_YEAR;
}

/**
 * Every problem of a tier, in form order (name, template, meeting rows, survey); empty when it may be saved.
 * `knownTemplates` are the clock templates that exist on the site (templates with at least one live task).
 */
export function validateTier(input: TierInput, knownTemplates: readonly string[]): TierProblem[] {
  const problems: TierProblem[] = [];
  const name = text(input.name);
  if (!name) problems.push({ field: 'name', code: 'required' });
  else if (name.length > MAX_NAME_LENGTH) problems.push({ field: 'name', code: 'tooLong', detail: String(MAX_NAME_LENGTH) });

  const template = text(input.clockTemplate);
  if (!template) problems.push({ field: 'clockTemplate', code: 'noClockTemplate' });
  else if (!knownTemplates.some((t) => t.trim() === template)) problems.push({ field: 'clockTemplate', code: 'unknownTemplate', detail: template });

  const seen = new Set<string>();
  (input.careTier?.meetings ?? []).forEach((m, row) => {
    if (!isOneOf(MEETING_TYPES, m.meetingType)) {
      problems.push({ field: meetingField(row, 'meetingType'), code: 'unknownMeetingType', detail: String(m.meetingType ?? '') });
    } else if (seen.has(m.meetingType)) {
      problems.push({ field: meetingField(row, 'meetingType'), code: 'duplicateMeetingType', detail: m.meetingType });
    } else seen.add(m.meetingType);
    if (!isValidPerYear(m.perYear)) problems.push({ field: meetingField(row, 'perYear'), code: 'perYearRange', detail: String(m.perYear ?? '') });
    if (m.level !== undefined && m.level !== null && m.level !== '' && !isOneOf(MEETING_LEVELS, m.level)) {
      problems.push({ field: meetingField(row, 'level'), code: 'unknownLevel', detail: String(m.level) });
    }
  });

  const survey = input.careTier?.survey;
  if (survey !== undefined && survey !== null && survey !== '' && !isOneOf(SURVEY_KINDS, survey)) {
    problems.push({ field: 'survey', code: 'unknownSurveyKind', detail: String(survey) });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// An account's tier

/** The tier an account follows: its segment's meetings, survey and clock template. */
export interface AccountTier {
  segmentId: number;
  segmentName: string;
  meetings: CareTierMeeting[];
  survey?: SurveyKind;
  clockTemplate?: string;
}

/** The account's tier, inherited from its segment; an account without a segment, or with an unknown one, has none. */
export function tierOf(account: Pick<Account, 'segmentId'>, segments: readonly Segment[]): AccountTier | undefined {
  if (account.segmentId === undefined || account.segmentId === null) return undefined;
  const segment = segments.find((s) => s.id === account.segmentId);
  if (!segment) return undefined;
  return {
    segmentId: segment.id,
    segmentName: segment.name,
    meetings: segment.careTier?.meetings ?? [],
    survey: segment.careTier?.survey,
    clockTemplate: segment.clockTemplate?.trim() || undefined,
  };
}

/** Meetings a tier plans in a year, per level; meetings without a level count in `unlevelled`. */
export interface MeetingsPerYear {
  byLevel: Record<MeetingLevel, number>;
  unlevelled: number;
  total: number;
}

/** How many meetings a tier plans a year, by level. Rows with an invalid frequency count as none. */
export function plannedMeetingsPerYear(tier: { meetings?: readonly CareTierMeeting[] } | undefined): MeetingsPerYear {
  const byLevel = Object.fromEntries(MEETING_LEVELS.map((l) => [l, 0])) as Record<MeetingLevel, number>;
  let unlevelled = 0;
  for (const m of tier?.meetings ?? []) {
    const n = isValidPerYear(m.perYear) ? m.perYear : 0;
    if (m.level && isOneOf(MEETING_LEVELS, m.level)) byLevel[m.level] += n;
    else unlevelled += n;
  }
  const total = MEETING_LEVELS.reduce((sum, l) => sum + byLevel[l], unlevelled);
  return { byLevel, unlevelled, total };
}

// ---------------------------------------------------------------------------------------------------------------
// Moving an account to another tier

/** The years a move plans: this year, and from October on next year as well (its clock is already being filled). */
export function moveYears(today: IsoDate): number[] {
  const year = yearOf(today);
  return Number(today.slice(5, 7)) >= 10 ? [year, year + 1] : [year];
}

export interface TierMoveInput {
  account: Pick<Account, 'id'> & { accountType?: AccountType };
  /** The account's clock occurrences (others' are ignored): done, past and future alike. */
  occurrences: readonly ClockOccurrence[];
  /** Tasks of the template the account leaves (or of every template but the new one). */
  oldTasks: readonly ClockTask[];
  /** The new template's name and tasks. */
  newTemplate?: string;
  newTasks: readonly ClockTask[];
  /** Today in Helsinki. */
  today: IsoDate;
}

/** A date of the new template the account gets. */
export interface PlannedTierItem {
  taskId: number;
  code: string;
  period: string;
  dueDate: IsoDate;
  clientKey: string;
}

export interface TierMovePlan {
  /** Open items of the old template due today or later: they no longer apply. */
  remove: ClockOccurrence[];
  /** New items are generated from this day on (today): nothing of the new template lands in the past. */
  generateFrom: IsoDate;
  years: number[];
  /** The new template's per-account dates from today on that the account does not have yet (by client key). */
  add: PlannedTierItem[];
}

/**
 * What moving an account to another tier does to its annual clock. Done items and items whose day has passed are
 * history and stay as they are; open items of the old template still ahead are removed; the new template's
 * per-account tasks are planned from today on, for `moveYears(today)`. A task shared by both templates keeps its
 * items. A new template that is invalid (validateTemplate) plans nothing; the data layer refuses the move first.
 */
export function replanOnTierMove(input: TierMoveInput): TierMovePlan {
  const { account, today } = input;
  const newIds = new Set(input.newTasks.map((t) => t.id));
  const oldIds = new Set(input.oldTasks.map((t) => t.id).filter((id) => !newIds.has(id)));
  const remove = input.occurrences.filter(
    (o) => o.accountId === account.id && oldIds.has(o.taskId) && !o.done && compareIsoDates(o.dueDate, today) >= 0,
  );

  const years = moveYears(today);
  const add: PlannedTierItem[] = [];
  const template = input.newTemplate?.trim();
  const rules = ruleTasks(input.newTasks.filter((t) => t.perAccount));
  if (template && !validateTemplate(ruleTasks([...input.newTasks])).length) {
    const have = new Set(input.occurrences.filter((o) => o.accountId === account.id && o.clientKey).map((o) => o.clientKey!));
    const byCode = new Map(input.newTasks.filter((t) => t.code).map((t) => [t.code!, t]));
    for (const year of years) {
      // Planned over the whole template (relative tasks may anchor on organisation-wide ones), kept per account.
      for (const p of planYear(ruleTasks([...input.newTasks]), year)) {
        const task = byCode.get(p.code)!;
        if (!rules.some((r) => r.code === p.code)) continue;
        if (compareIsoDates(p.dueDate, today) < 0) continue;
        if (task.created && compareIsoDates(p.dueDate, toHelsinkiDate(task.created)) < 0) continue;
        const types = task.accountTypes ?? [];
        if (types.length && (!account.accountType || !types.includes(account.accountType))) continue;
        const clientKey = occurrenceKey(template, p.code, p.period, account.id);
        if (have.has(clientKey)) continue;
        add.push({ taskId: task.id, code: p.code, period: p.period, dueDate: p.dueDate, clientKey });
      }
    }
  }
  return { remove, generateFrom: today, years, add };
}
