/**
 * Schema upgrades in place: a site provisioned at v1 or v3 (with items) gets every later version's columns from
 * `ensureSchema` (up to v6, the agreement process), keeps every item, records the current version, and a second
 * run changes nothing.
 */
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import { createServices } from '../../src/data/sp/createServices';
import { ensureSchema } from '../../src/data/sp/provisioning';
import { listDef, SCHEMA_VERSION } from '../../src/data/schema/lists';
import type { Services } from '../../src/data/ports';
import { OWNER, spAs, startLocalSharePoint } from './helpers';

jest.setTimeout(120_000);

let env: Awaited<ReturnType<typeof startLocalSharePoint>>;
let owner: Services;

beforeAll(async () => {
  env = await startLocalSharePoint();
  owner = createServices(spAs(env.orkUrl, OWNER));
});

afterAll(async () => {
  await env?.stop();
});

const V2_TASK_FIELDS = ['ACCode', 'ACRule', 'ACOverrides', 'ACRetired', 'ACAccountTypes'];
const V7_ACCOUNT_FIELDS = ['ACOrganisationForm', 'ACITCoordinator', 'ACITManager', 'ACServiceOwner', 'ACServiceManager'];
const V7_IDEA_FIELDS = ['ACGateHistory', 'ACDecisionReason'];
/** A list created by an upgrade reports its fields as added too. */
const V7_DECISION_FIELDS = ['ACIdea', 'ACDecision', 'ACReason', 'ACDecidedOn', 'ACDecidedBy', 'ACRound', 'ACClientKey'].map((n) => `ACIdeaDecisions.${n}`);
const V6_AGREEMENT_FIELDS = ['ACFlow', 'ACTemplateVersions', 'ACBudgetAllocation', 'ACServices', 'ACDevelopmentPlans', 'ACCaseSystemUrl', 'ACWorkspaceUrl', 'ACLastTransition'];

async function taskFields(): Promise<Map<string, { Indexed: boolean; TypeAsString: string }>> {
  const rows = (await spAs(env.orkUrl, OWNER).web.lists.getByTitle('ACClockTasks').fields.select('InternalName', 'Indexed', 'TypeAsString')()) as {
    InternalName: string;
    Indexed: boolean;
    TypeAsString: string;
  }[];
  return new Map(rows.map((r) => [r.InternalName, r]));
}

it('the v2 fields are the ones declared since version 2, v3 adds the per-account cover of absences, v4 the forms and the team meeting, v5 the survey respondent, v6 the agreement process, v7 the account team and the idea gate', () => {
  expect(SCHEMA_VERSION).toBe(7);
  expect(listDef('accounts').fields.filter((x) => x.since === 7).map((x) => x.name)).toEqual(V7_ACCOUNT_FIELDS);
  expect(listDef('ideas').fields.filter((x) => x.since === 7).map((x) => x.name)).toEqual(V7_IDEA_FIELDS);
  expect(listDef('agreements').fields.filter((x) => x.since === 6).map((x) => x.name)).toEqual(V6_AGREEMENT_FIELDS);
  expect(listDef('surveyResponses').fields.filter((x) => x.since === 5).map((x) => x.name)).toEqual(['ACRespondentKey']);
  expect(listDef('surveyResponses')).toMatchObject({ readSecurity: 2, writeSecurity: 2 });
  expect(listDef('situationRecords').fields.filter((x) => x.since === 4).map((x) => x.name)).toEqual(['ACForReview']);
  expect(listDef('feedback').fields.filter((x) => x.since === 4).map((x) => x.name)).toEqual(['ACReactedOn', 'ACRespondentInformed', 'ACForReview', 'ACReviewed']);
  expect(listDef('clockTasks').fields.filter((x) => x.since === 2).map((x) => x.name)).toEqual(V2_TASK_FIELDS);
  expect(listDef('absences').fields.filter((x) => x.since === 3).map((x) => x.name)).toEqual(['ACCover']);
});

it('upgrades a v1 site with items to the current version in place; running it again changes nothing', async () => {
  // A v1 site, as deployed before the annual clock's rules.
  const v1 = await ensureSchema(spAs(env.orkUrl, OWNER), 'fi', undefined, { upToVersion: 1 });
  expect(v1.toVersion).toBe(1);
  expect(v1.addedFields).not.toContain('ACClockTasks.ACCode');
  const before = await taskFields();
  for (const name of V2_TASK_FIELDS) expect(before.has(name)).toBe(false);
  const v1Status = await owner.site.schemaStatus();
  expect(v1Status.siteVersion).toBe(1);
  expect(v1Status.upToDate).toBe(false);
  expect(v1Status.lists.find((l) => l.key === 'clockTasks')?.missingFields).toEqual(V2_TASK_FIELDS);

  // Items written by v1 code: no v2 properties.
  const me = await owner.site.currentUser();
  const account = await owner.repos.accounts.add({ name: 'Korkein hallinto-oikeus', abbreviation: 'KHO', accountType: 'sector', accountManager: { id: me.id }, active: true });
  const task = await owner.repos.clockTasks.add({
    title: 'Talousarvioesitys 1 (TAE B1)',
    template: 'ork',
    category: 'economy',
    month: 3,
    recurrence: 'yearly',
    year: 2026,
    dueDate: '2026-03-13',
    perAccount: true,
    ownerRole: 'accountManager',
    sortOrder: 10,
  });
  const occurrence = await owner.repos.clockCompletions.add({ taskId: task.id, accountId: account.id, dueDate: '2026-03-13', owner: { id: me.id }, done: true, doneOn: '2026-03-12' });

  const absence = await owner.repos.absences.add({ person: { id: me.id }, start: '2026-07-01', end: '2026-07-24', kind: 'holiday' });
  // An agreement as v5 code wrote it: signatures with explicit positions, the customer as 'customer'.
  const signatures = [
    { order: 1, role: 'customerDirector' as const, name: 'Sari Asiakkuusjohtaja', signedOn: '2025-12-15' },
    { order: 2, role: 'directorGeneral' as const, name: 'Jukka Pääjohtaja', signedOn: '2025-12-16' },
    { order: 3, role: 'customer' as const, name: 'Kaisa Korkein', signedOn: '2025-12-17' },
  ];
  const agreement = await owner.repos.agreements.add({ title: 'Palvelusopimus 2026 – KHO', accountId: account.id, year: 2026, kind: 'serviceAgreement', stage: 'signed', diaryNumber: 'ORK/1837/00.01.02/2025', signatures });

  const upgrade = await owner.site.ensureSchema();
  expect(upgrade.fromVersion).toBe(1);
  expect(upgrade.toVersion).toBe(SCHEMA_VERSION);
  // v7's list of the steering group's decisions.
  expect(upgrade.createdLists).toEqual(['ACIdeaDecisions']);
  expect(upgrade.updatedChoices).toEqual([]);
  // In the order of the lists (agreements come before the clock), each list's new fields in version order.
  expect(upgrade.addedFields).toEqual([...V7_ACCOUNT_FIELDS.map((n) => `ACAccounts.${n}`), ...V6_AGREEMENT_FIELDS.map((n) => `ACAgreements.${n}`), ...V2_TASK_FIELDS.map((n) => `ACClockTasks.${n}`), 'ACClockOccurrences.ACPlannedDate', 'ACAbsences.ACCover', 'ACSituationRecords.ACForReview', 'ACFeedback.ACReactedOn', 'ACFeedback.ACRespondentInformed', 'ACFeedback.ACForReview', 'ACFeedback.ACReviewed', 'ACSurveyResponses.ACRespondentKey', ...V7_IDEA_FIELDS.map((n) => `ACIdeas.${n}`), ...V7_DECISION_FIELDS]);
  const after = await taskFields();
  expect(after.get('ACCode')).toMatchObject({ Indexed: true, TypeAsString: 'Text' });
  expect(after.get('ACRetired')).toMatchObject({ Indexed: true, TypeAsString: 'Boolean' });
  expect(after.get('ACRule')?.TypeAsString).toBe('Note');
  expect(after.get('ACAccountTypes')?.TypeAsString).toBe('MultiChoice');
  const status = await owner.site.schemaStatus();
  expect(status.siteVersion).toBe(SCHEMA_VERSION);
  expect(status.upToDate).toBe(true);

  // Every item as it was; the new columns read empty (a v1 task has no rule and is not retired).
  const readTask = await owner.repos.clockTasks.get(task.id);
  expect(readTask).toMatchObject({ title: task.title, template: 'ork', month: 3, year: 2026, dueDate: '2026-03-13', perAccount: true, sortOrder: 10, clientKey: task.clientKey, retired: false, accountTypes: [] });
  expect(readTask.code).toBeUndefined();
  expect(readTask.rule).toBeUndefined();
  const readOccurrence = await owner.repos.clockCompletions.get(occurrence.id);
  expect(readOccurrence).toMatchObject({ taskId: task.id, accountId: account.id, dueDate: '2026-03-13', done: true, doneOn: '2026-03-12', etag: occurrence.etag });
  expect(readOccurrence.plannedDate).toBeUndefined();
  expect((await owner.repos.accounts.get(account.id)).abbreviation).toBe('KHO');
  expect(await owner.repos.clockTasks.all()).toHaveLength(1);
  expect(await owner.repos.clockCompletions.all()).toHaveLength(1);
  expect(await owner.repos.absences.all()).toHaveLength(1);

  // A v1 absence covers all of the person's accounts (no ACCover yet) and takes a per-account cover after the upgrade.
  const readAbsence = await owner.repos.absences.get(absence.id);
  expect(readAbsence).toMatchObject({ start: '2026-07-01', end: '2026-07-24', kind: 'holiday' });
  expect(readAbsence.cover).toBeUndefined();
  const cover = { accountIds: [account.id], overrides: { [account.id]: { id: me.id + 1, title: 'Tuuraaja' } } };
  await owner.repos.absences.update(absence.id, { cover }, readAbsence.etag);
  expect((await owner.repos.absences.get(absence.id)).cover).toEqual(cover);

  // A v5 agreement reads as before, without a flow (the ORK flow), and takes the v6 fields.
  const readAgreement = await owner.repos.agreements.get(agreement.id);
  expect(readAgreement).toMatchObject({ stage: 'signed', diaryNumber: 'ORK/1837/00.01.02/2025', signatures, etag: agreement.etag });
  expect(readAgreement.flow).toBeUndefined();
  expect(readAgreement.caseSystemUrl).toBeUndefined();
  const v6 = {
    flow: 'ork',
    templateVersions: { agreement: '2026.1', appendices: '2026.1' },
    budgetAllocation: [{ item: 'Jatkuvat palvelut', amount: 120000 }],
    services: { services: ['Asianhallinta'], systems: ['Hilda'], projects: [], verifiedBy: 'Pekka', verifiedOn: '2025-11-28' },
    developmentPlans: 'Sähköinen asiointi 2026',
    caseSystemUrl: { url: 'https://hilda.example/asia/1837' },
    workspaceUrl: { url: 'https://tiimeri.example/kho' },
  };
  await owner.repos.agreements.update(agreement.id, v6, readAgreement.etag);
  expect(await owner.repos.agreements.get(agreement.id)).toMatchObject(v6);

  // The upgraded task takes the v2 values.
  await owner.repos.clockTasks.update(
    task.id,
    { code: 'tae-b1', rule: { kind: 'date', months: [3], day: 13, adjust: 'previous' }, overrides: { '2027-03': '2027-03-12' }, accountTypes: ['sector'] },
    readTask.etag,
  );
  expect(await owner.repos.clockTasks.get(task.id)).toMatchObject({
    code: 'tae-b1',
    rule: { kind: 'date', months: [3], day: 13, adjust: 'previous' },
    overrides: { '2027-03': '2027-03-12' },
    accountTypes: ['sector'],
    retired: false,
  });

  const again = await owner.site.ensureSchema();
  expect(again).toMatchObject({ createdLists: [], addedFields: [], addedIndexes: [], updatedChoices: [], fromVersion: SCHEMA_VERSION, toVersion: SCHEMA_VERSION, createdGroups: [], addedRoleAssignments: [] });
  expect((await owner.site.schemaStatus()).siteVersion).toBe(SCHEMA_VERSION);
});

it('never records an older version over a newer one', async () => {
  const report = await ensureSchema(spAs(env.orkUrl, OWNER), 'fi', undefined, { upToVersion: 1 });
  expect(report.fromVersion).toBe(SCHEMA_VERSION);
  expect((await owner.site.schemaStatus()).siteVersion).toBe(SCHEMA_VERSION);
  await expect(ensureSchema(spAs(env.orkUrl, OWNER), 'fi', undefined, { upToVersion: SCHEMA_VERSION + 1 })).rejects.toThrow(RangeError);
});

async function kindChoices(siteUrl: string): Promise<string[]> {
  const field = (await spAs(siteUrl, OWNER).web.lists.getByTitle('ACFeedback').fields.getByInternalNameOrTitle('ACKind').select('Choices')()) as {
    Choices: string[] | { results: string[] };
  };
  return Array.isArray(field.Choices) ? field.Choices : field.Choices.results;
}

it('upgrades a v3 site to the current version: the feedback kind gains "question", the new columns arrive, items keep their values', async () => {
  const sp = spAs(env.hepaUrl, OWNER);
  const hepa = createServices(sp);
  await ensureSchema(sp, 'fi', undefined, { upToVersion: 3 });
  // The kind field as v3 code created it (before 'question'), plus a choice a site owner once added by hand.
  await sp.web.lists.getByTitle('ACFeedback').fields.getByInternalNameOrTitle('ACKind').update({ Choices: ['positive', 'negative', 'developmentIdea', 'complaint'] }, 'SP.FieldChoice');
  // The survey kind as v4 code created it (before the annual customer survey).
  await sp.web.lists.getByTitle('ACSurveys').fields.getByInternalNameOrTitle('ACKind').update({ Choices: ['quarterly', 'partnership9E', 'userSurvey'] }, 'SP.FieldChoice');
  const me = await hepa.site.currentUser();
  const old = await hepa.repos.feedback.add({ recorder: { id: me.id }, date: '2025-11-04', kind: 'negative', reason: 'serviceQuality', text: 'Palkkalaskelma tuli myöhässä', status: 'answered', reaction: 'Korjattu ajoajo' });
  const v3Status = await hepa.site.schemaStatus();
  expect(v3Status.siteVersion).toBe(3);
  expect(v3Status.lists.find((l) => l.key === 'feedback')?.missingFields).toEqual(['ACReactedOn', 'ACRespondentInformed', 'ACForReview', 'ACReviewed']);
  // A v3 site refuses the new kind (the local service holds choices as SharePoint's forms do).
  await expect(hepa.repos.feedback.add({ recorder: { id: me.id }, date: '2025-11-05', kind: 'question', reason: 'other', text: 'Kysymys', status: 'new' })).rejects.toMatchObject({ kind: 'validation' });

  const upgrade = await hepa.site.ensureSchema();
  expect(upgrade).toMatchObject({ fromVersion: 3, toVersion: SCHEMA_VERSION, createdLists: ['ACIdeaDecisions'] });
  // v4: the feedback kind 'question'; v5: the survey kind 'annualCustomer' and the respondent key.
  expect(upgrade.updatedChoices).toEqual(['ACFeedback.ACKind', 'ACSurveys.ACKind']);
  expect(upgrade.addedFields).toEqual([
    ...V7_ACCOUNT_FIELDS.map((n) => `ACAccounts.${n}`),
    ...V6_AGREEMENT_FIELDS.map((n) => `ACAgreements.${n}`),
    'ACSituationRecords.ACForReview',
    'ACFeedback.ACReactedOn',
    'ACFeedback.ACRespondentInformed',
    'ACFeedback.ACForReview',
    'ACFeedback.ACReviewed',
    'ACSurveyResponses.ACRespondentKey',
    ...V7_IDEA_FIELDS.map((n) => `ACIdeas.${n}`),
    ...V7_DECISION_FIELDS,
  ]);
  // v5 closes the answers to everyone but their respondent (and those who override list behaviours).
  expect(await sp.web.lists.getByTitle('ACSurveyResponses').select('ReadSecurity', 'WriteSecurity')()).toMatchObject({ ReadSecurity: 2, WriteSecurity: 2 });
  // The declared choices in order, then the one the schema no longer declares: items holding it stay valid.
  expect(await kindChoices(env.hepaUrl)).toEqual(['positive', 'negative', 'developmentIdea', 'question', 'complaint']);
  expect((await hepa.site.schemaStatus()).upToDate).toBe(true);

  const read = await hepa.repos.feedback.get(old.id);
  expect(read).toMatchObject({ kind: 'negative', reason: 'serviceQuality', text: 'Palkkalaskelma tuli myöhässä', status: 'answered', reaction: 'Korjattu ajoajo', etag: old.etag });
  expect(read.reactedOn).toBeUndefined();
  expect(read.forReview).toBe(false);
  const question = await hepa.repos.feedback.add({ recorder: { id: me.id }, date: '2025-11-05', kind: 'question', reason: 'other', reasonOther: 'Lomarahan maksupäivä', text: 'Milloin lomaraha maksetaan?', status: 'new', forReview: true });
  expect(question.kind).toBe('question');
  await hepa.repos.feedback.update(old.id, { reactedOn: '2025-11-06', respondentInformed: true }, read.etag);
  expect(await hepa.repos.feedback.get(old.id)).toMatchObject({ kind: 'negative', reactedOn: '2025-11-06', respondentInformed: true });

  const again = await hepa.site.ensureSchema();
  expect(again).toMatchObject({ addedFields: [], updatedChoices: [], fromVersion: SCHEMA_VERSION });
});
