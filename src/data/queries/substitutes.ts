/**
 * The Substitutes view (tuuraus, docs/care-model.md §5): its first screen in ONE `$batch`, and saving or deleting an
 * absence. The batch reads the current user, the active accounts (indexed ACActive; tens of accounts), the absences
 * of the four-week window (indexed ACEnd first: only current and future ones, then ACStart), the absences that start
 * after the window (indexed ACStart; the user's own upcoming ones are kept for editing), the settings (the cover
 * rules' threshold and limit) and the user's rights on ACAbsences. Nothing waits for the user's id.
 *
 * SharePoint decides who may change what (ACAbsences has WriteSecurity 2: a manager changes only the absences they
 * entered; supervisors' Design overrides that); the rights read here only decide what the view offers.
 */
import { addDays, IsoDate, isIsoDate } from '../../domain/dates';
import { AbsenceDraft, validateAbsence, CoverOptions } from '../../domain/cover';
import type { Absence, Account, Draft, PersonRef } from '../../domain/types';
import { DataError, ValidationError } from '../errors';
import { f } from '../odata';
import type { ListRights, Services, SiteUser } from '../ports';
import { coverOptions } from './coverSettings';

/** Days in view: today and the next 27 (four weeks). */
export const WINDOW_DAYS = 28;

export interface AbsenceRights extends ListRights {
  /** Whether the rights could not be read (then the view offers editing and SharePoint answers). */
  unknown?: boolean;
}

export interface SubstitutesData {
  today: IsoDate;
  /** The window's last day (today + 27). */
  until: IsoDate;
  me: SiteUser;
  accounts: Account[];
  /** Everyone's absences overlapping today … until. */
  absences: Absence[];
  /** The user's own absences that start after the window (the ones in it are in `absences`). */
  ownLater: Absence[];
  options: CoverOptions & { shortAbsenceMaxDays: number };
  rights: AbsenceRights;
  /** People the editor offers (absent person, substitute): the accounts' managers and backups, the absences' people. */
  people: PersonRef[];
}

export async function loadSubstitutes(services: Services, today: IsoDate, collator: Intl.Collator): Promise<SubstitutesData> {
  const until = addDays(today, WINDOW_DAYS - 1);
  const r = await services.batch((repos, site) => ({
    me: site.currentUser(),
    accounts: repos.accounts.find({ filter: f.eq('active', true), top: 5000 }),
    // end ≥ today first: indexed and narrow (only current and future absences), then start within the window.
    absences: repos.absences.find({ filter: f.and(f.ge('end', today), f.le('start', until)), orderBy: [{ prop: 'start' }], top: 5000 }),
    later: repos.absences.find({ filter: f.gt('start', until), orderBy: [{ prop: 'start' }], top: 500 }),
    settings: repos.settings.find({ top: 500 }),
    rights: repos.absences.rights(),
  }));
  if (!r.me.ok) throw r.me.error;
  if (!r.absences.ok) throw r.absences.error;
  if (!r.accounts.ok) throw r.accounts.error;
  const me = r.me.value;
  const accounts = r.accounts.value;
  const absences = r.absences.value;
  const ownLater = r.later.ok ? r.later.value.filter((a) => a.person.id === me.id) : [];
  const rights: AbsenceRights = r.rights.ok ? r.rights.value : { add: true, edit: true, editOthers: false, unknown: true };
  return {
    today,
    until,
    me,
    accounts,
    absences,
    ownLater,
    options: coverOptions(r.settings.ok ? r.settings.value : []),
    rights,
    people: peopleOf(me, accounts, absences, collator),
  };
}

function peopleOf(me: PersonRef, accounts: readonly Account[], absences: readonly Absence[], collator: Intl.Collator): PersonRef[] {
  const byId = new Map<number, PersonRef>();
  const add = (p?: PersonRef): void => {
    if (!p) return;
    const known = byId.get(p.id);
    if (!known || (!known.title && p.title)) byId.set(p.id, p);
  };
  add(me);
  for (const a of accounts) {
    add(a.accountManager);
    add(a.backup);
  }
  for (const a of absences) {
    add(a.person);
    add(a.substitute);
    Object.values(a.cover?.overrides ?? {}).forEach(add);
  }
  return [...byId.values()].sort((a, b) => collator.compare(a.title ?? '', b.title ?? '') || a.id - b.id);
}

/** May the user change this absence? Mirrors SharePoint: supervisors any; others the ones they entered. */
export function canChange(absence: Pick<Absence, 'authorId' | 'person'>, me: PersonRef, rights: AbsenceRights): boolean {
  if (!rights.edit) return false;
  if (rights.editOthers) return true;
  // Author unknown (an older read): their own absence is the best guess; SharePoint still answers.
  return absence.authorId !== undefined ? absence.authorId === me.id : absence.person.id === me.id;
}

// ---------------------------------------------------------------------------------------------------------------
// Saving

/** What the editor sends: an absence's values (with the client key of a new one). */
export type AbsenceValues = Omit<Draft<Absence>, 'clientKey'> & { clientKey?: string };

export type SaveAbsenceResult = { kind: 'saved'; absence: Absence } | { kind: 'conflict'; theirs?: Absence; error: DataError };

/**
 * Validates `values` (the domain rules: dates in order, no overlap with the person's other absences read fresh, nobody
 * their own substitute) and adds it (`base` undefined; its client key makes a retried POST return the same item) or
 * updates `base` with its etag. Refused values throw ValidationError with every problem; a 412 (someone else saved
 * first) returns `conflict` with their version when it can be read, so the editor keeps the user's input.
 */
export async function saveAbsence(services: Services, values: AbsenceValues, base?: Absence): Promise<SaveAbsenceResult> {
  const draft: AbsenceDraft = { id: base?.id, person: values.person, start: values.start, end: values.end, substitute: values.substitute, cover: values.cover };
  let problems = validateAbsence(draft, []);
  if (!problems.length && values.person && isIsoDate(values.start) && isIsoDate(values.end)) {
    // The person's absences sharing a day, read now (not from the view's window): indexed ACPerson first, then dates.
    const others = await services.repos.absences.find({
      filter: f.and(f.eq('person', values.person.id), f.ge('end', values.start), f.le('start', values.end)),
      top: 100,
    });
    // A create whose earlier attempt landed although its answer was lost (throttling, a dropped connection) finds
    // itself here by its client key: that is this save, already done, not an overlap with another absence.
    const landed = !base && values.clientKey ? others.find((o) => o.clientKey === values.clientKey) : undefined;
    if (landed) return { kind: 'saved', absence: landed };
    problems = validateAbsence(draft, others);
  }
  if (problems.length) throw new ValidationError(problems);

  const repo = services.repos.absences;
  if (!base) {
    const created = await repo.add(values as Draft<Absence>);
    return { kind: 'saved', absence: created };
  }
  const patch: Partial<Draft<Absence>> = { ...values };
  delete patch.clientKey;
  try {
    const etag = await repo.update(base.id, patch, base.etag);
    return { kind: 'saved', absence: { ...base, ...patch, etag } as Absence };
  } catch (e) {
    if (!(e instanceof DataError) || e.kind !== 'conflict') throw e;
    const theirs = await repo.get(base.id).catch(() => undefined);
    return { kind: 'conflict', theirs, error: e };
  }
}

/** Deletes an absence with the etag it was read with (a 412 throws DataError('conflict')). */
export function deleteAbsence(services: Services, absence: Pick<Absence, 'id' | 'etag'>): Promise<void> {
  return services.repos.absences.remove(absence.id, absence.etag);
}
