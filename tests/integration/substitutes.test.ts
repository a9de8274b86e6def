/**
 * @jest-environment node
 *
 * The Substitutes view's data against the local SharePoint service with the demo organisations: the first screen in
 * one $batch, and saving an absence as the view does (the domain's refusals, the etag, 412, SharePoint's own-items
 * rule).
 */
import { deleteAbsence, loadSubstitutes, saveAbsence } from '../../src/data/queries/substitutes';
import { DataError, ValidationError } from '../../src/data/errors';
import { addDays, todayInHelsinki } from '../../src/domain/dates';
import type { Services } from '../../src/data/ports';
import { useDemoWorkbench } from './helpers';

jest.setTimeout(180_000);

const TODAY = todayInHelsinki();
const collator = new Intl.Collator('fi');
const wb = useDemoWorkbench('subs');
// Site first here, as these tests move between the two sites.
const as = (site: 'ork' | 'hepa', alias: string): Services => wb.as(alias, site);
const { apiCalls } = wb;

it('reads the first screen in one $batch: the window’s absences, the cover settings and the user’s rights', async () => {
  const aino = as('ork', 'aino.virtanen');
  wb.server.sp.requestLog.clear();
  const data = await loadSubstitutes(aino, TODAY, collator);
  expect(apiCalls()).toEqual([wb.batchPost()]);
  expect(data.until).toBe(addDays(TODAY, 27));
  const elina = data.absences.find((a) => a.person.title === 'Elina Lindqvist');
  expect(elina).toMatchObject({ start: TODAY, substitute: { title: 'Juha Nieminen' } });
  expect(data.absences.every((a) => a.end >= TODAY && a.start <= data.until)).toBe(true);
  expect(data.options.shortAbsenceMaxDays).toBe(2);
  expect(data.options.maxCoveredAccounts).toBeGreaterThan(0);
  // A manager adds and changes their own; only the supervisor changes others'.
  expect(data.rights).toEqual({ add: true, edit: true, editOthers: false });
  expect(data.people.map((p) => p.title)).toEqual(expect.arrayContaining(['Aino Virtanen', 'Elina Lindqvist', 'Juha Nieminen', 'Mikko Korhonen']));

  const timo = await loadSubstitutes(as('hepa', 'timo.hamalainen'), TODAY, collator);
  expect(timo.rights.editOthers).toBe(true);
});

it('refuses an end before the start, an overlap with the person’s other absence and self-substitution, before sending', async () => {
  const juha = as('ork', 'juha.nieminen');
  const me = await juha.site.currentUser();
  const own = (await loadSubstitutes(juha, TODAY, collator)).absences.filter((a) => a.person.id === me.id);
  expect(own.length).toBeGreaterThan(0);
  const refused = async (values: Parameters<typeof saveAbsence>[1]): Promise<unknown> => {
    wb.server.sp.requestLog.clear();
    const e = await saveAbsence(juha, values).catch((x) => x);
    expect(e).toBeInstanceOf(ValidationError);
    // Nothing was written.
    expect(apiCalls().filter((c) => c.startsWith('POST') && !c.endsWith('$batch'))).toEqual([]);
    return (e as ValidationError).problems;
  };
  const base = { person: { id: me.id }, kind: 'holiday' as const };
  expect(await refused({ ...base, start: addDays(TODAY, 60), end: addDays(TODAY, 59) })).toEqual([{ field: 'end', code: 'endBeforeStart' }]);
  expect(await refused({ ...base, start: own[0].start, end: own[0].end })).toEqual([
    { field: 'start', code: 'overlap', params: { otherId: own[0].id, start: own[0].start, end: own[0].end } },
  ]);
  expect(await refused({ ...base, start: addDays(TODAY, 60), end: addDays(TODAY, 61), substitute: { id: me.id } })).toEqual([{ field: 'substitute', code: 'selfSubstitute' }]);
});

it('adds with a client key, updates with the etag, answers a stale etag with a conflict and their version, deletes with the etag', async () => {
  const juha = as('ork', 'juha.nieminen');
  const me = await juha.site.currentUser();
  const start = addDays(TODAY, 70);
  const values = { person: { id: me.id }, start, end: addDays(start, 4), kind: 'training' as const, notes: 'Kurssi', clientKey: `test-${Date.now()}` };
  const added = await saveAbsence(juha, values);
  expect(added.kind).toBe('saved');
  const created = (added as { absence: { id: number; etag: string } }).absence;
  // The client key is stored: a throttled POST that PnPjs retries finds its twin instead of adding a second one.
  expect((await juha.repos.absences.findByClientKey(values.clientKey))?.id).toBe(created.id);
  // Saving the same new absence again (its answer was lost, the user presses Save again) finds it by its client
  // key: the same item, no duplicate and no false "overlap". Another new absence on those days is an overlap.
  const again = await saveAbsence(juha, values);
  expect(again.kind === 'saved' && again.absence.id).toBe(created.id);
  await expect(saveAbsence(juha, { ...values, clientKey: `${values.clientKey}-other` })).rejects.toBeInstanceOf(ValidationError);

  const stored = await juha.repos.absences.get(created.id);
  const first = await saveAbsence(juha, { ...values, notes: 'Ensimmäinen' }, stored);
  expect(first.kind).toBe('saved');
  // The same read version saved again: someone else's change came first.
  const second = await saveAbsence(juha, { ...values, notes: 'Toinen' }, stored);
  expect(second.kind).toBe('conflict');
  expect(second.kind === 'conflict' && second.error.kind).toBe('conflict');
  expect(second.kind === 'conflict' && second.theirs?.notes).toBe('Ensimmäinen');

  const fresh = await juha.repos.absences.get(created.id);
  await expect(deleteAbsence(juha, stored)).rejects.toMatchObject({ kind: 'conflict' });
  await deleteAbsence(juha, fresh);
  await expect(juha.repos.absences.get(created.id)).rejects.toMatchObject({ kind: 'notFound' });
});

it('a create whose answer is lost to throttling is not doubled: Save again finds the absence that landed', async () => {
  const aino = as('ork', 'aino.virtanen');
  const me = await aino.site.currentUser();
  const start = addDays(TODAY, 90);
  const values = { person: { id: me.id }, start, end: addDays(start, 4), kind: 'holiday' as const, notes: 'Talviloma', clientKey: `lost-${Date.now()}` };
  // Every POST is carried out, then answered 503 (more times than the client retries).
  const fault = await fetch(`${wb.server.origin}/_local/faults`, { method: 'POST', body: JSON.stringify({ status: 503, count: 10, retryAfterSeconds: 0, phase: 'after', match: '/^POST /' }) });
  expect(fault.status).toBe(200);
  try {
    await expect(saveAbsence(aino, values)).rejects.toMatchObject({ kind: 'throttled' });
  } finally {
    await fetch(`${wb.server.origin}/_local/faults`, { method: 'POST', body: 'null' });
  }
  const saved = await saveAbsence(aino, values);
  expect(saved.kind).toBe('saved');
  const mine = await aino.repos.absences.find({ filter: undefined, top: 500 });
  expect(mine.filter((a) => a.clientKey === values.clientKey)).toHaveLength(1);
  expect(saved.kind === 'saved' && saved.absence.notes).toBe('Talviloma');
});

it('SharePoint refuses a manager changing a teammate’s absence; the supervisor may', async () => {
  const sofia = as('hepa', 'sofia.nystrom');
  const timo = as('hepa', 'timo.hamalainen');
  const data = await loadSubstitutes(timo, TODAY, collator);
  const minna = data.absences.find((a) => a.person.title === 'Minna Koskinen');
  expect(minna).toBeDefined();
  const values = { person: minna!.person, start: minna!.start, end: minna!.end, kind: minna!.kind, substitute: minna!.substitute, notes: 'Esihenkilön tarkennus' };
  const refused = await saveAbsence(sofia, values, minna).catch((e) => e);
  expect(refused).toBeInstanceOf(DataError);
  expect((refused as DataError).kind).toBe('accessDenied');
  expect((await saveAbsence(timo, values, minna)).kind).toBe('saved');
});
