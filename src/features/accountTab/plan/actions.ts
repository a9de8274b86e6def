/** Ordering and state of actions (toimenpiteet) for the plan and activity views. Pure. */
import type { IsoDate } from '../../../domain/dates';
import { isOpenAction as isOpen } from '../../../domain/openItems';
import type { Account, Action, PersonRef } from '../../../domain/types';

export { isOpen };

export const isOverdue = (a: Action, today: IsoDate): boolean => isOpen(a) && !!a.dueDate && a.dueDate < today;

/** Unfinished first by due date (no date last), then finished ones, newest due first. */
export function sortActions(actions: Action[]): Action[] {
  const due = (a: Action): string => a.dueDate ?? '9999-12-31';
  return [...actions].sort((a, b) => {
    if (isOpen(a) !== isOpen(b)) return isOpen(a) ? -1 : 1;
    if (isOpen(a)) return due(a).localeCompare(due(b)) || a.title.localeCompare(b.title, 'fi');
    return due(b).localeCompare(due(a)) || a.title.localeCompare(b.title, 'fi');
  });
}

export type OwnerRole = 'manager' | 'backup' | 'systemManager';

/** The people an action can be given to from the tab: the account's manager, backup and system manager. */
export function ownerCandidates(account: Account): { role: OwnerRole; person: PersonRef }[] {
  const out: { role: OwnerRole; person: PersonRef }[] = [];
  const add = (role: OwnerRole, p?: PersonRef): void => {
    if (p && !out.some((x) => x.person.id === p.id)) out.push({ role, person: p });
  };
  add('manager', account.accountManager);
  add('backup', account.backup);
  add('systemManager', account.systemManager);
  return out;
}

/**
 * "Kysely · Tilaajatyytyväisyyskysely Q3/2026": the source label, and the reference when it adds something. A
 * reference the product wrote to find the action again (`9e:41:economy`, `idea:12`,
 * `satisfaction:2026-Q4:TIV:financialManagement`: a key without spaces) is for the code, not the reader.
 */
export function sourceText(a: Action, sourceLabel: string | undefined): string | undefined {
  const ref = a.sourceRef?.trim();
  if (!ref || (sourceLabel && /^[\w-]+:\S*$/.test(ref))) return sourceLabel;
  if (!sourceLabel || ref.toLowerCase().startsWith(sourceLabel.toLowerCase())) return ref;
  return `${sourceLabel} · ${ref}`;
}
