/**
 * @jest-environment node
 *
 * The situation and feedback forms' data against the local SharePoint service with the demo organisations: the
 * first screen in one $batch, a second submit files one item, throttling loses nothing and doubles nothing, hostile
 * text is stored and read back as the text it is, over-long text is refused with the limit, and the failures a user
 * can meet (400, 403, 412, 429/503) each come back as a typed error the form turns into a message.
 */
import { actionKeyOf, loadRecordForms, parseQuickLink, saveFeedback, saveSituation, SituationValues, updateFeedback } from '../../src/data/queries/records';
import { DataError, ValidationError } from '../../src/data/errors';
import { addDays, todayInHelsinki } from '../../src/domain/dates';
import { NOTE_MAX } from '../../src/data/schema/validate';
import type { Services } from '../../src/data/ports';
import { useDemoWorkbench } from './helpers';

jest.setTimeout(240_000);

const TODAY = todayInHelsinki();
const collator = new Intl.Collator('fi');
const wb = useDemoWorkbench('records');
// Site first here, as these tests move between the two sites.
const as = (site: 'ork' | 'hepa', alias: string): Services => wb.as(alias, site);
const { apiCalls } = wb;
let seq = 0;
const key = (): string => `rec-test-${Date.now()}-${++seq}`;

afterEach(async () => {
  await fetch(`${wb.server.origin}/_local/faults`, { method: 'POST', body: 'null' });
});

const fault = (spec: object | null): Promise<Response> => fetch(`${wb.server.origin}/_local/faults`, { method: 'POST', body: JSON.stringify(spec) });

async function situationValues(services: Services, patch: Partial<SituationValues> = {}): Promise<SituationValues> {
  const me = await services.site.currentUser();
  const data = await loadRecordForms(services, { today: TODAY, link: { account: 'KHO' }, collator });
  return { recorder: me, date: TODAY, accountId: data.preset?.id, category: 'challenging', situation: 'Asiakas soitti kolmannen kerran samasta asiasta.', solution: 'Soitin takaisin.', clientKey: key(), ...patch };
}

async function mySituations(services: Services, clientKey: string) {
  return services.repos.situationRecords.find({ filter: undefined, top: 5000 }).then((all) => all.filter((r) => r.clientKey === clientKey));
}

it('reads the first screen in one $batch: the user, the accounts (own first), the quick link’s account and the rights', async () => {
  const aino = as('ork', 'aino.virtanen');
  wb.server.sp.requestLog.clear();
  const data = await loadRecordForms(aino, { today: TODAY, link: parseQuickLink({ account: 'kho', category: 'conflict' }), collator });
  expect(apiCalls()).toEqual([wb.batchPost()]);
  expect(data.preset?.abbreviation).toBe('KHO');
  expect(data.ownCount).toBeGreaterThan(0);
  expect(data.accounts.slice(0, data.ownCount).every((a) => a.accountManager?.id === data.me.id || a.backup?.id === data.me.id)).toBe(true);
  expect(data.rights.situations.add).toBe(true);
  expect(data.mayPickRecorder).toBe(false);

  const timo = await loadRecordForms(as('hepa', 'timo.hamalainen'), { today: TODAY, link: {}, collator });
  expect(timo.mayPickRecorder).toBe(true);
  const unknown = await loadRecordForms(aino, { today: TODAY, link: { account: 'NOPE' }, collator });
  expect(unknown).toMatchObject({ preset: undefined, unknownAccount: 'NOPE' });
});

it('a feedback opened for handling comes in the same $batch', async () => {
  const aino = as('ork', 'aino.virtanen');
  const me = await aino.site.currentUser();
  const { item } = await saveFeedback(aino, { recorder: me, date: TODAY, kind: 'question', reason: 'serviceQuality', text: 'Milloin raportti tulee?', status: 'new', clientKey: key() });
  wb.server.sp.requestLog.clear();
  const data = await loadRecordForms(aino, { today: TODAY, link: { feedbackId: item.id }, collator });
  expect(apiCalls()).toHaveLength(1);
  expect(data.feedback?.text).toBe('Milloin raportti tulee?');
});

it('pressing submit twice files one record; a conflict contact is flagged to the supervisor and the team meeting', async () => {
  const pekka = as('ork', 'pekka.makinen');
  const values = await situationValues(pekka, { category: 'conflict' });
  const [a, b] = await Promise.all([saveSituation(pekka, values), saveSituation(pekka, values)]);
  expect(a.item.id).toBe(b.item.id);
  const stored = await mySituations(pekka, values.clientKey!);
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({ supervisorNotified: true, forReview: true, category: 'conflict' });
});

it('a draft submitted again and again while half the requests are throttled (429/503) ends as exactly one item', async () => {
  const pekka = as('ork', 'pekka.makinen');
  const values = await situationValues(pekka, { situation: 'Ruuhkan aikana kirjattu tilanne.' });
  let saved;
  for (let attempt = 0; attempt < 8 && !saved; attempt++) {
    // Every other request fails: before it runs (429) or after it has run, its answer lost (503).
    await fault({ status: attempt % 2 ? 429 : 503, count: 1 + (attempt % 3), retryAfterSeconds: 0, phase: attempt % 2 ? 'before' : 'after', match: '/^POST /' });
    try {
      saved = await saveSituation(pekka, values);
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).kind).toBe('throttled');
    }
  }
  await fault(null);
  saved = saved ?? (await saveSituation(pekka, values));
  expect(saved.item.situation).toBe('Ruuhkan aikana kirjattu tilanne.');
  expect(await mySituations(pekka, values.clientKey!)).toHaveLength(1);
});

it('every POST landing with its answer lost: the save fails as throttled, the next finds the record that landed', async () => {
  const pekka = as('ork', 'pekka.makinen');
  const values = await situationValues(pekka);
  await fault({ status: 503, count: 10, retryAfterSeconds: 0, phase: 'after', match: '/^POST /' });
  await expect(saveSituation(pekka, values)).rejects.toMatchObject({ kind: 'throttled' });
  await fault(null);
  await saveSituation(pekka, values);
  expect(await mySituations(pekka, values.clientKey!)).toHaveLength(1);
});

it.each([
  ['markup', '<img src=x onerror="alert(1)">'],
  ['SQL', "'; DROP TABLE ACSituationRecords; --"],
  ['a spreadsheet formula', '=HYPERLINK("https://evil.example","klikkaa")'],
  ['emoji and other scripts', 'Kiitos 👍🏽 – tack 😊 – 謝謝 – ﷺ'],
  ['line breaks and tabs', 'Rivi 1\n\tRivi 2\r\nRivi 3'],
])('%s is stored and read back as the same text', async (_, text) => {
  const pekka = as('ork', 'pekka.makinen');
  const values = await situationValues(pekka, { situation: text, solution: text });
  await saveSituation(pekka, values);
  const [stored] = await mySituations(pekka, values.clientKey!);
  expect(stored.situation).toBe(text.trim());
  expect(stored.solution).toBe(text.trim());
});

it('1 MB of text is refused with the note’s limit before anything is sent, and nothing is stored', async () => {
  const pekka = as('ork', 'pekka.makinen');
  const values = await situationValues(pekka, { situation: 'x'.repeat(1024 * 1024) });
  wb.server.sp.requestLog.clear();
  const err = await saveSituation(pekka, values).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ValidationError);
  expect((err as ValidationError).problems).toEqual([{ field: 'situation', code: 'tooLong', params: { max: NOTE_MAX } }]);
  expect(apiCalls().filter((c) => c.startsWith('POST'))).toEqual([]);
  expect(await mySituations(pekka, values.clientKey!)).toHaveLength(0);
});

it('a follow-up creates one action tied to the record; saving again does not add a second', async () => {
  const aino = as('ork', 'aino.virtanen');
  const values = await situationValues(aino);
  const followUp = { title: 'Soita asiakkaalle', owner: values.recorder, dueDate: addDays(TODAY, 7) };
  const first = await saveSituation(aino, values, followUp);
  expect(first.action).toMatchObject({ source: 'situation', sourceRef: values.clientKey, title: 'Soita asiakkaalle', status: 'open', accountId: values.accountId });
  const again = await saveSituation(aino, values, followUp);
  expect(again.action?.id).toBe(first.action?.id);
  const actions = await aino.repos.actions.find({ filter: undefined, top: 5000 });
  expect(actions.filter((x) => x.clientKey === actionKeyOf(values.clientKey!))).toHaveLength(1);
});

it('staff cannot add actions (403): the record is stored, the action error is returned for a retry', async () => {
  const pekka = as('ork', 'pekka.makinen');
  const data = await loadRecordForms(pekka, { today: TODAY, link: {}, collator });
  expect(data.rights.actions.add).toBe(false);
  const values = await situationValues(pekka);
  const result = await saveSituation(pekka, values, { title: 'Jatkotoimi', owner: values.recorder, dueDate: addDays(TODAY, 3) });
  expect(result.item.id).toBeGreaterThan(0);
  expect(result.actionError?.kind).toBe('accessDenied');
});

it('a customer respondent does not see the lists: the form offers no filing, and a write is refused', async () => {
  const kaisa = as('ork', 'kaisa.ojala');
  const data = await loadRecordForms(kaisa, { today: TODAY, link: {}, collator });
  expect(data.rights).toMatchObject({ situations: { add: false }, feedback: { add: false } });
  expect(data.rights.unknown).toBeUndefined();
  const me = await kaisa.site.currentUser();
  // SharePoint hides the list from them altogether (404), which reads as missing, not as a saved record.
  await expect(saveSituation(kaisa, { recorder: me, date: TODAY, category: 'other', situation: 'x', clientKey: key() })).rejects.toBeInstanceOf(DataError);
});

it('a SharePoint 400 comes back as a validation error with the server’s words', async () => {
  const pekka = as('ork', 'pekka.makinen');
  const values = await situationValues(pekka, { accountId: 999_999 });
  const err = await saveSituation(pekka, values).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(DataError);
  expect(['validation', 'notFound', 'unknown']).toContain((err as DataError).kind);
});

it('feedback: reacted needs a reaction, the day is stamped, a stale etag is a conflict that returns their version', async () => {
  const aino = as('ork', 'aino.virtanen');
  const me = await aino.site.currentUser();
  const { item } = await saveFeedback(aino, { recorder: me, date: TODAY, kind: 'negative', reason: 'other', reasonOther: 'Laskutus', text: 'Lasku tuli kahdesti.', status: 'new', clientKey: key() });
  await expect(updateFeedback(aino, item, { status: 'answered' }, TODAY)).rejects.toBeInstanceOf(ValidationError);
  const reacted = await updateFeedback(aino, item, { status: 'answered', reaction: 'Hyvitys tehty.' }, TODAY);
  expect(reacted.kind).toBe('saved');
  const fresh = await aino.repos.feedback.get(item.id);
  expect(fresh).toMatchObject({ status: 'answered', reaction: 'Hyvitys tehty.', reactedOn: TODAY });
  // Saving with the etag read before that change: someone else saved first.
  const stale = await updateFeedback(aino, item, { status: 'closed', reaction: 'Toinen versio', respondentInformed: true }, TODAY);
  expect(stale.kind).toBe('conflict');
  expect(stale.kind === 'conflict' && stale.theirs?.reaction).toBe('Hyvitys tehty.');
  expect((await aino.repos.feedback.get(item.id)).status).toBe('answered');
});

it('feedback "other" needs its reason, and over 255 characters of it is refused', async () => {
  const aino = as('ork', 'aino.virtanen');
  const me = await aino.site.currentUser();
  const base = { recorder: me, date: TODAY, kind: 'positive' as const, reason: 'other' as const, text: 'Hyvää palvelua', status: 'new' as const, clientKey: key() };
  await expect(saveFeedback(aino, base)).rejects.toMatchObject({ problems: [{ field: 'reasonOther', code: 'required' }] });
  await expect(saveFeedback(aino, { ...base, reasonOther: 'x'.repeat(256) })).rejects.toMatchObject({ problems: [{ field: 'reasonOther', code: 'tooLong', params: { max: 255 } }] });
});
