/**
 * The survey import against SharePoint: the dry run asks which responses the list already holds, and the import
 * creates only the others. Each response carries its client key (survey, account, respondent) on a unique
 * indexed column, so importing the same file again, or again after a failure half-way, never stores a response
 * twice: keys already there are skipped, and a create whose answer was lost is found by its key (repository.add).
 */
import { DryRun, ImportedResponse, markAlreadyImported, plannedKeys } from '../../domain/surveyImport';
import type { Draft, SurveyResponse } from '../../domain/types';
import { DataError } from '../errors';
import { f } from '../odata';
import type { Services } from '../ports';

/** Keys per `$filter` (an `or` of equalities on the indexed key keeps each URL short) and reads per `$batch`. */
const KEYS_PER_READ = 20;
const READS_PER_BATCH = 40;
/** Creates in flight at once: a little parallelism, and a failure stops the rest soon. */
const PARALLEL_CREATES = 3;

/** Which of these client keys ACSurveyResponses already holds. */
export async function existingResponseKeys(services: Services, keys: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(keys)];
  const groups: string[][] = [];
  for (let i = 0; i < unique.length; i += KEYS_PER_READ) groups.push(unique.slice(i, i + KEYS_PER_READ));
  const found = new Set<string>();
  for (let i = 0; i < groups.length; i += READS_PER_BATCH) {
    const slice = groups.slice(i, i + READS_PER_BATCH);
    const settled = await services.batch((repos) =>
      Object.fromEntries(
        slice.map((g, j) => [`g${j}`, repos.surveyResponses.find({ filter: f.or(...g.map((k) => f.eq('clientKey', k))), select: ['clientKey'], top: g.length })]),
      ),
    );
    for (const result of Object.values(settled)) {
      if (!result.ok) throw result.error;
      for (const r of result.value as SurveyResponse[]) if (r.clientKey) found.add(r.clientKey);
    }
  }
  return found;
}

/**
 * Only those who may add responses and change others' (the provider's managers and leadership hold Design on the
 * list) import: a customer's respondent may add only their own answer and could not see what is already there.
 */
export async function mayImport(services: Services): Promise<boolean> {
  const rights = await services.repos.surveyResponses.rights();
  return rights.add && rights.editOthers;
}

async function assertMayImport(services: Services): Promise<void> {
  if (!(await mayImport(services))) throw new DataError('accessDenied', 'Only users who may add and change survey responses may import them', { status: 403 });
}

/** The domain's dry run with the rows SharePoint already holds marked "already imported, skipped". */
export async function checkAgainstSite(services: Services, run: DryRun): Promise<DryRun> {
  if (run.fileProblems.length || !run.accepted) return run;
  return markAlreadyImported(run, await existingResponseKeys(services, plannedKeys(run)));
}

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportResult {
  /** Responses created by this run. */
  created: number;
  /** Responses found already in the list (imported earlier, or by someone at the same time). */
  skipped: number;
  /** Of those planned, not created because the run stopped. */
  remaining: number;
  /** Why the run stopped; running the import again completes it without duplicates. */
  error?: DataError | Error;
}

function draftOf(r: ImportedResponse): Draft<SurveyResponse> {
  return {
    surveyId: r.surveyId,
    accountId: r.accountId,
    respondentName: r.respondentName,
    respondentKey: r.respondentKey,
    answers: r.answers,
    nps: r.nps,
    overall: r.overall,
    comment: r.comment,
    submittedAt: r.submittedAt,
    source: r.source,
    clientKey: r.clientKey,
  };
}

/**
 * Creates the dry run's accepted responses that the list does not hold yet (asked again now: someone may have
 * imported meanwhile). Stops at the first failure the repository could not ride out (it retries throttling) and
 * says how far it got.
 */
export async function importResponses(services: Services, run: DryRun, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
  await assertMayImport(services);
  if (run.fileProblems.length) throw new DataError('validation', 'The file has problems; nothing to import');
  const planned = run.rows.flatMap((r) => (r.response ? [r.response] : []));
  const existing = await existingResponseKeys(services, planned.map((p) => p.clientKey));
  const todo = planned.filter((p) => !existing.has(p.clientKey));
  const result: ImportResult = { created: 0, skipped: planned.length - todo.length, remaining: todo.length };
  const total = todo.length;
  onProgress?.({ done: 0, total });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!result.error && next < todo.length) {
      const response = todo[next++];
      try {
        await services.repos.surveyResponses.add(draftOf(response));
        result.created++;
        result.remaining--;
        onProgress?.({ done: result.created, total });
      } catch (e) {
        result.error ??= e instanceof Error ? e : new Error(String(e));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_CREATES, todo.length) }, worker));
  return result;
}
