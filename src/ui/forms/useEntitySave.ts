/**
 * The form kit's save of an existing item: one way to do "save with the etag it was read with, and on a concurrent
 * edit show the other version without losing the user's text".
 *
 * - `saved`: the item as stored — the base it was read as, with the sent values and the new etag.
 * - `conflict`: SharePoint answered 412 (someone else saved first). The item is read again and returned as `theirs`
 *   (with its fresh etag), so the UI can show "their version" next to the user's text and a deliberate second save
 *   uses the fresh etag. When that read fails too, `theirs` is undefined and the conflict still stands.
 * Any other failure (validation, throttling, access) is thrown as the repository threw it.
 */
import * as React from 'react';
import { DataError } from '../../data/errors';
import type { Repository } from '../../data/ports';
import type { Draft, Entity } from '../../domain/types';

export type EntitySaveResult<T extends Entity> = { kind: 'saved'; entity: T } | { kind: 'conflict'; theirs?: T; error: DataError };

/** What saving needs from a repository (tests may hand in a double with just these two). */
export type SavingRepository<T extends Entity> = Pick<Repository<T>, 'update' | 'get'>;

export function isConflictError(e: unknown): e is DataError {
  return e instanceof DataError && e.kind === 'conflict';
}

/** Saves `patch` onto `base` with `base.etag`; see the module comment for the outcomes. */
export async function saveEntity<T extends Entity>(repo: SavingRepository<T>, base: T, patch: Partial<Draft<T>>): Promise<EntitySaveResult<T>> {
  try {
    const etag = await repo.update(base.id, patch, base.etag);
    return { kind: 'saved', entity: { ...base, ...patch, etag } as T };
  } catch (e) {
    if (!isConflictError(e)) throw e;
    let theirs: T | undefined;
    try {
      theirs = await repo.get(base.id);
    } catch {
      // The re-read failed as well: the conflict message stands and the user's text is kept.
    }
    return { kind: 'conflict', theirs, error: e };
  }
}

/**
 * For editors that expect a save to throw on a conflict (EditableText): returns the saved entity, or hands the
 * fresh version to `onTheirs` and rethrows the conflict, so the editor keeps the user's text and shows theirs.
 */
export function savedOrThrow<T extends Entity>(result: EntitySaveResult<T>, onTheirs: (theirs: T) => void): T {
  if (result.kind === 'saved') return result.entity;
  if (result.theirs) onTheirs(result.theirs);
  throw result.error;
}

export interface EntitySave<T extends Entity> {
  save: (base: T, patch: Partial<Draft<T>>) => Promise<EntitySaveResult<T>>;
}

/**
 * `saveEntity` for a component: a `save` that stays the same across renders and always uses the current
 * repository. It keeps no state of its own (the caller shows its own "saving"), so nothing renders after a save
 * has been handed back.
 */
export function useEntitySave<T extends Entity>(repo: SavingRepository<T>): EntitySave<T> {
  const repoRef = React.useRef(repo);
  repoRef.current = repo;
  const save = React.useCallback((base: T, patch: Partial<Draft<T>>) => saveEntity(repoRef.current, base, patch), []);
  return { save };
}
