/**
 * The handover brief and the hand-back list against the local SharePoint service with the demo organisation:
 * Elina's holiday starts today (Juha covers OPV and HYP, Aino covers TIV by override), Mikko's goes on.
 */
import { spForSite, SITE_OWNER_UPN } from '../../workbench/demo/seed';
import { createServices } from '../../src/data/sp/createServices';
import { loadHandBack, loadHandoverBrief } from '../../src/data/queries/handover';
import { todayInHelsinki, addDays } from '../../src/domain/dates';
import { f } from '../../src/data/odata';
import type { Services } from '../../src/data/ports';
import { useDemoWorkbench } from './helpers';

jest.setTimeout(180_000);

const wb = useDemoWorkbench('handover');
const { as, apiCalls } = wb;

async function elinasHoliday(services: Services) {
  const today = todayInHelsinki();
  const absences = await services.repos.absences.find({ filter: f.and(f.ge('end', today), f.le('start', today)) });
  const elina = absences.find((a) => a.person.email === 'elina.lindqvist@asiakkuus.example' && a.kind === 'holiday')!;
  const mikko = absences.find((a) => a.person.email === 'mikko.korhonen@asiakkuus.example' && a.kind === 'holiday')!;
  const byAbbr = async (abbr: string) => (await services.repos.accounts.find({ filter: f.eq('abbreviation', abbr) }))[0];
  return { today, elina, mikko, opv: await byAbbr('OPV'), tiv: await byAbbr('TIV') };
}

it("reads Juha's brief for Elina's OPV in exactly one $batch request, with what he needs on the first screen", async () => {
  const juha = as('juha.nieminen');
  const { today, elina, opv } = await elinasHoliday(juha);
  wb.server.sp.requestLog.clear();
  const brief = await loadHandoverBrief(juha, { accountId: opv.id, absenceId: elina.id, today });
  expect(apiCalls()).toEqual([wb.batchPost()]);

  expect(brief.problems).toEqual([]);
  expect(brief.account.abbreviation).toBe('OPV');
  expect(brief.absence.start).toBe(today);
  expect(brief.absence.end).toBe(addDays(today, 13));
  // Juha covers OPV from the first day; his own two days off are short, so the chain passes those days on.
  expect(brief.needsCover).toBe(true);
  expect(brief.cover[0]).toMatchObject({ since: today, cover: { title: 'Juha Nieminen' } });
  expect(brief.account.workingAgreements).toMatch(/kaikki yhteydenotot sen kautta/);
  expect(brief.contacts.length).toBeGreaterThan(1);
  expect(brief.contacts[0].side).toBe('customer');
  expect(brief.due.every((d) => d.occurrence.dueDate >= today && d.occurrence.dueDate <= addDays(today, 13))).toBe(true);
  expect(brief.due.every((d) => d.task?.title)).toBe(true);
  expect(brief.openActions.every((a) => a.status === 'open' || a.status === 'inProgress')).toBe(true);
  expect(brief.openIdeas.map((i) => i.title)).toEqual(['Oikeusapuhakemuksen tilan seuranta asiakkaalle']);
  expect(brief.agreement?.year).toBe(Number(today.slice(0, 4)));
  // Next year's agreement (the demo always has it in the works) shows too, with its stage.
  expect(brief.nextAgreement?.year).toBe(Number(today.slice(0, 4)) + 1);
});

it('shows situation records only as SharePoint lets the reader read them (ReadSecurity unchanged)', async () => {
  const juha = as('juha.nieminen');
  const { today, elina, opv } = await elinasHoliday(juha);
  // Elina recorded OPV's conflict: Juha, a manager who did not record it, cannot read it; the site owner can.
  const forJuha = await loadHandoverBrief(juha, { accountId: opv.id, absenceId: elina.id, today });
  expect(forJuha.situations).toEqual([]);
  const forOwner = await loadHandoverBrief(createServices(spForSite(wb.server.siteUrls.ork, SITE_OWNER_UPN)), { accountId: opv.id, absenceId: elina.id, today });
  expect(forOwner.situations.map((s) => s.recorder.title)).toEqual(['Elina Lindqvist']);
  expect(forOwner.situations[0].situation).toMatch(/ristiriitaisia muutoksia/);
});

it("names Aino for TIV, the account Elina's absence hands to her by override", async () => {
  const aino = as('aino.virtanen');
  const { today, elina, tiv } = await elinasHoliday(aino);
  const brief = await loadHandoverBrief(aino, { accountId: tiv.id, absenceId: elina.id, today });
  expect(brief.cover[0]).toMatchObject({ since: today, source: 'override', cover: { title: 'Aino Virtanen' } });
  // Aino recorded nothing on TIV: Elina's record stays hers.
  expect(brief.situations).toEqual([]);
});

it("hand-back: what happened on Mikko's accounts while he is away, read in one $batch after the absence", async () => {
  const aino = as('aino.virtanen');
  const { today, mikko } = await elinasHoliday(aino);
  const [rise] = await aino.repos.accounts.find({ filter: f.eq('abbreviation', 'RISE') });
  const added = await aino.repos.actions.add({ title: 'Soita RISE:n tietohallintopäällikölle käyttöoikeuksista', accountId: rise.id, status: 'open', source: 'other' });

  wb.server.sp.requestLog.clear();
  const back = await loadHandBack(aino, { absenceId: mikko.id, today });
  // The absence and the accounts first (whose accounts, which days), then everything else in one batch.
  expect(apiCalls().map((c) => c.replace(/ .*\/_api/, ' /_api'))).toEqual(['POST /_api/$batch', 'POST /_api/$batch']);

  expect(back.problems).toEqual([]);
  expect(back.accounts.map((a) => a.account.abbreviation).sort()).toEqual(['KKO', 'RISE', 'UO']);
  const r = back.accounts.find((a) => a.account.id === rise.id)!;
  expect(r.cover[0].cover?.title).toBe('Aino Virtanen');
  expect(r.changed).toContainEqual(expect.objectContaining({ list: 'actions', id: added.id, created: true, label: added.title }));
  expect(r.clockMissed.every((m) => !m.occurrence.done && m.occurrence.dueDate >= mikko.start && m.occurrence.dueDate <= today)).toBe(true);
  // New feedback: RISE's own, dated or filed during the absence.
  expect(r.newFeedback.every((x) => x.accountId === rise.id && (x.date >= mikko.start || (x.created ?? '') >= mikko.start))).toBe(true);
  // Nothing of another manager's account.
  expect(back.accounts.flatMap((a) => a.changed).some((c) => c.list === 'actions' && c.id !== added.id && c.label === added.title)).toBe(false);
});
