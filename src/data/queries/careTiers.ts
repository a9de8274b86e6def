/**
 * Care tiers (hoitomallit) for the setup view: the segments with their tiers, the clock templates a tier may name
 * and the accounts of each segment in ONE `$batch`; saving a segment's tier (site owners: SharePoint refuses anyone
 * else); and moving an account to another tier, which replans the account's annual clock (replanOnTierMove).
 */
import type { Account, CareTier, ClockOccurrence, ClockTask, Segment } from '../../domain/types';
import { compareIsoDates, IsoDate } from '../../domain/dates';
import { replanOnTierMove, TierProblem, validateTier } from '../../domain/careTiers';
import { ruleTasks, validateTemplate } from '../../domain/clockRules';
import type { FieldProblem } from '../../domain/validation';
import { newClientKey } from '../clientKey';
import { DataError, ValidationError } from '../errors';
import { f } from '../odata';
import type { Services } from '../ports';
import { accountTemplate, defaultTemplate, PAGE, valueOf, valueOr } from './annualClock';
import { generateOccurrences, TemplateValidationError } from './clockTemplate';

/** Segments per site: a handful in practice; one page is plenty. */
const SEGMENTS_TOP = 500;
/** What the tier view shows of an account (and what moving it needs: its type, segment and etag). */
const ACCOUNT_FIELDS = ['name', 'abbreviation', 'accountType', 'segmentId', 'active'];

export interface CareTiersData {
  /** Every segment, by name. */
  segments: Segment[];
  /** Clock templates that exist: templates with at least one task that is not retired, sorted. */
  templates: string[];
  /** Active accounts by segment id, by name. */
  accountsBySegment: Record<number, Account[]>;
  /** Active accounts without a segment, or whose segment no longer exists. */
  unassigned: Account[];
  /** EditListItems on ACSegments: what the view offers. SharePoint still decides on every save. */
  canEdit: boolean;
}

/** The templates a tier may name: those with a live task. */
export function liveTemplates(tasks: Array<Pick<ClockTask, 'template' | 'retired'>>): string[] {
  return [...new Set(tasks.filter((t) => !t.retired && t.template?.trim()).map((t) => t.template.trim()))].sort((a, b) => a.localeCompare(b, 'fi'));
}

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'fi');

/** The tier view's first screen: one `$batch`. */
export async function loadCareTiers(services: Services): Promise<CareTiersData> {
  const r = await services.batch((repos) => ({
    segments: repos.segments.find({ top: SEGMENTS_TOP }),
    tasks: repos.clockTasks.find({ top: PAGE, select: ['template', 'retired'] }),
    accounts: repos.accounts.find({ filter: f.eq('active', true), top: PAGE, select: ACCOUNT_FIELDS }),
    canEdit: repos.segments.canEdit(),
  }));
  const segments = [...valueOf(r.segments)].sort(byName);
  const known = new Set(segments.map((s) => s.id));
  const accountsBySegment: Record<number, Account[]> = Object.fromEntries(segments.map((s) => [s.id, [] as Account[]]));
  const unassigned: Account[] = [];
  for (const a of [...valueOf(r.accounts)].sort(byName)) {
    if (a.segmentId !== undefined && known.has(a.segmentId)) accountsBySegment[a.segmentId].push(a);
    else unassigned.push(a);
  }
  // Unknown rights: offer the edit; SharePoint refuses with a clear message if the user may not.
  return { segments, templates: liveTemplates(valueOf(r.tasks)), accountsBySegment, unassigned, canEdit: valueOr(r.canEdit, true) };
}

// ---------------------------------------------------------------------------------------------------------------
// Saving a segment's tier

/** A segment as the form sends it: a new one (no id; a client key kept with the draft) or a change (id + etag). */
export interface SegmentInput {
  id?: number;
  clientKey?: string;
  name: string;
  code?: string;
  description?: string;
  clockTemplate?: string;
  careTier: CareTier;
}

/** A tier refused by validateTier: the problems as the domain words them, and as field problems. */
export class TierValidationError extends ValidationError {
  public readonly tierProblems: TierProblem[];

  public constructor(tierProblems: TierProblem[]) {
    super(tierProblems.map(toFieldProblem));
    this.name = 'TierValidationError';
    this.tierProblems = tierProblems;
  }
}

function toFieldProblem(p: TierProblem): FieldProblem {
  const params: Record<string, string | number> = { problem: p.code };
  if (p.detail !== undefined) params.value = p.detail;
  switch (p.code) {
    case 'required':
    case 'noClockTemplate':
      return { field: p.field, code: 'required', params };
    case 'tooLong':
      return { field: p.field, code: 'tooLong', params: { ...params, max: Number(p.detail) } };
    case 'perYearRange':
      return { field: p.field, code: 'outOfRange', params: { ...params, min: 1, max: 52 } };
    default:
      return { field: p.field, code: 'invalidChoice', params };
  }
}

/**
 * Saves a segment and its tier. The tier is checked first against the site's live templates (validateTier: a tier
 * needs a clock template that exists, known meeting types 1–52 times a year, each once, a known survey); a refused
 * tier throws TierValidationError and nothing is written. A new segment carries a client key, so a retried save
 * returns the same item; a change sends the etag it was read with (412: DataError 'conflict'). Anyone but a site
 * owner is refused by SharePoint (DataError 'accessDenied').
 */
export async function saveSegment(services: Services, input: SegmentInput, etag?: string): Promise<Segment> {
  const repo = services.repos.segments;
  if (input.id !== undefined && !etag) throw new DataError('unknown', 'saveSegment: a change needs the etag the segment was read with');
  const tasks = await services.repos.clockTasks.find({ top: PAGE, select: ['template', 'retired'] });
  const problems = validateTier(input, liveTemplates(tasks));
  if (problems.length) throw new TierValidationError(problems);

  const careTier: CareTier = {
    meetings: input.careTier.meetings.map((m) => ({ meetingType: m.meetingType, perYear: m.perYear, ...(m.level ? { level: m.level } : {}) })),
    ...(input.careTier.survey ? { survey: input.careTier.survey } : {}),
  };
  // The code is sent only when the caller gives it: the tier form does not show it, and a save must not clear it.
  const values: Partial<Segment> & { name: string } = {
    name: input.name.trim(),
    ...('code' in input ? { code: input.code?.trim() || undefined } : {}),
    description: input.description?.trim() || undefined,
    clockTemplate: input.clockTemplate!.trim(),
    careTier,
  };
  if (input.id === undefined) return repo.add({ ...values, clientKey: input.clientKey || newClientKey() });
  const newEtag = await repo.update(input.id, values, etag!);
  return { ...values, id: input.id, etag: newEtag };
}

// ---------------------------------------------------------------------------------------------------------------
// Moving an account to another tier

/** Deletes in flight at once while moving an account (a tier's year is a few dozen items). */
const REMOVE_CONCURRENCY = 6;

export interface TierMoveReport {
  /** Whether the account's segment was changed by this run (false when it already sat there). */
  segmentChanged: boolean;
  /** The template the account follows now (undefined: none). */
  template?: string;
  /** Open items of the old template due today or later that were removed. */
  removed: number;
  /** Items of the new template created (from today on). */
  created: number;
  /** Open items of the new template already there whose date the template moved. */
  updated: number;
}

/**
 * Moves an account to another segment and replans its annual clock:
 * 1. the account's segment is changed with the etag it was read with (a 412 is a DataError 'conflict', and then
 *    nothing else is written); an account already in the segment is left as it is;
 * 2. open items of any other template due today or later are removed (replanOnTierMove): done items and items
 *    whose day has passed are history and stay;
 * 3. the new template's per-account items are generated for the account from today on, for this year and from
 *    October on next year too (generateOccurrences with `accountIds`), idempotently by client key.
 * Retry-safe: a second run finds the account in its segment, nothing of the old template ahead and every new item
 * in place, and changes nothing. A new template with rule problems refuses the move before anything is written.
 */
export async function moveAccountToSegment(services: Services, account: Pick<Account, 'id' | 'etag' | 'segmentId'>, segmentId: number, today: IsoDate): Promise<TierMoveReport> {
  const r = await services.batch((repos) => ({
    account: repos.accounts.get(account.id),
    segments: repos.segments.find({ top: SEGMENTS_TOP }),
    settings: repos.settings.find({ top: 500 }),
    tasks: repos.clockTasks.find({ top: PAGE }),
    // The account's items from today on (indexed lookup first): the only ones a move may remove.
    occurrences: repos.clockCompletions.find({ filter: f.and(f.eq('accountId', account.id), f.ge('dueDate', today)), top: PAGE }),
  }));
  const current = valueOf(r.account);
  const segments = valueOf(r.segments);
  const tasks = valueOf(r.tasks);
  if (!segments.some((s) => s.id === segmentId)) throw new ValidationError([{ field: 'segmentId', code: 'invalidChoice' }]);
  const template = accountTemplate({ segmentId }, segments, defaultTemplate(valueOr(r.settings, []), tasks));
  const newTasks = template ? tasks.filter((t) => t.template === template) : [];
  const ruleProblems = validateTemplate(ruleTasks(newTasks));
  if (ruleProblems.length) throw new TemplateValidationError(ruleProblems);

  // 1. The segment: the one write that may conflict, so it goes first.
  const segmentChanged = current.segmentId !== segmentId;
  if (segmentChanged) await services.repos.accounts.update(account.id, { segmentId }, account.etag);

  // 2. The old template's open items ahead. Every template but the new one counts as old: a run retried after the
  // segment had already changed no longer knows which template the account left.
  const plan = replanOnTierMove({
    account: { id: account.id, accountType: current.accountType },
    occurrences: valueOf(r.occurrences),
    oldTasks: tasks.filter((t) => t.template !== template),
    newTemplate: template,
    newTasks,
    today,
  });
  const oldIds = new Set(tasks.filter((t) => t.template !== template).map((t) => t.id));
  let removed = 0;
  const repo = services.repos.clockCompletions;
  const removeOne = async (o: ClockOccurrence): Promise<void> => {
    try {
      await repo.remove(o.id, o.etag);
      removed++;
    } catch (e) {
      if (e instanceof DataError && e.kind === 'notFound') return; // already gone (a retried delete)
      if (!(e instanceof DataError && e.kind === 'conflict')) throw e;
      // Changed since it was read: remove it only if it is still an open old item ahead (marked done: it stays).
      let fresh: ClockOccurrence;
      try {
        fresh = await repo.get(o.id);
      } catch (again) {
        if (again instanceof DataError && again.kind === 'notFound') return;
        throw again;
      }
      if (!fresh.done && oldIds.has(fresh.taskId) && compareIsoDates(fresh.dueDate, today) >= 0) {
        await repo.remove(fresh.id, fresh.etag);
        removed++;
      }
    }
  };
  for (let i = 0; i < plan.remove.length; i += REMOVE_CONCURRENCY) await Promise.all(plan.remove.slice(i, i + REMOVE_CONCURRENCY).map(removeOne));

  // 3. The new template's items from today on.
  let created = 0;
  let updated = 0;
  if (template) {
    for (const year of plan.years) {
      const g = await generateOccurrences(services, { template, year, today, accountIds: [account.id] });
      created += g.created;
      updated += g.updated;
    }
  }
  return { segmentChanged, template, removed, created, updated };
}
