/**
 * The leadership situation picture at scale: 300 accounts with a year of data in every list the picture reads,
 * written through the product's repositories onto a demo site (ORK). The accounts and their year of clock items
 * (300 × 20 = 6,000 occurrences by default, past the 5,000 threshold) come from workbench/demo/volume.ts's clock volume; this
 * module adds the rest:
 *  - the accounts spread over the site's account managers (some without a backup) and two care tiers;
 *  - part of the clock items done, the rest overdue or to come;
 *  - next year's and this year's agreements across the flow's stages;
 *  - quarterly survey answers over the trend's four quarters (0–8 respondents an account a quarter, so some accounts
 *    stay below the privacy threshold) and a 9E assessment this year: together past 5,000 responses;
 *  - open, overdue and done actions (some from ideas), ideas across the gate's stages, this quarter's feedback,
 *    a manager away now without a substitute and one away soon with one, and this year's meetings.
 * Client keys are stable (`vol:lead:…`), so a re-run adds nothing twice.
 */
import '@pnp/sp/batching';
import { createRepositories, createServices } from '../../src/data/sp/createServices';
import { f } from '../../src/data/odata';
import type { EntityByList } from '../../src/data/ports';
import { christmasDeadline } from '../../src/domain/agreementFlow';
import { addDays, helsinkiWallTimeToUtc, IsoDate } from '../../src/domain/dates';
import { nineEDefinition, nineEDimensions } from '../../src/domain/partnership9E';
import { nextQuarter, quarterStart, quarterWindow } from '../../src/domain/satisfactionResults';
import { defaultQuarterlyDefinition } from '../../src/domain/surveys';
import type { ActionStatus, AgreementStage, Draft, FeedbackKind, IdeaStage, PersonRef, Survey } from '../../src/domain/types';
import { AGREEMENT_STAGES, IDEA_STAGES } from '../../src/domain/vocabulary';
import { ensureByClientKey, generateClockVolume } from '../demo/volume';
import { spForSite } from '../demo/seed';

export interface LeadershipVolumeOptions {
  siteUrl: string;
  /** Who writes (the site's owner). */
  upn: string;
  /** The account managers (UPNs of the site's managers). */
  managers: string[];
  today: IsoDate;
  accounts?: number;
  /** Clock tasks an account a year (default 20: 300 × 20 = 6,000 items, past the threshold). */
  tasks?: number;
  log?: (m: string) => void;
}

export interface LeadershipVolume {
  accountIds: number[];
  /** Items added (or found) per list. */
  counts: Record<string, number>;
  generateMs: number;
}

type Sp = ReturnType<typeof spForSite>;

/** Three chunks of 200 in flight: the volume is written before every measurement. */
const ensureKeyed = <K extends keyof EntityByList>(sp: Sp, key: K, prefix: string, drafts: Array<Draft<EntityByList[K]> & { clientKey: string }>): Promise<Map<string, number>> =>
  ensureByClientKey(sp, key, prefix, drafts, 3);

/** Updates in `sp.batched()` chunks of 200 (each with the etag it was read with). */
async function updateAll<K extends keyof EntityByList>(sp: Sp, key: K, patches: Array<{ id: number; etag: string; patch: Partial<Draft<EntityByList[K]>> }>): Promise<void> {
  for (let i = 0; i < patches.length; i += 200) {
    const [batched, execute] = sp.batched();
    const repo = createRepositories(batched)[key];
    const done = patches.slice(i, i + 200).map((p) => repo.update(p.id, p.patch as never, p.etag));
    await execute();
    await Promise.all(done);
  }
}

const TIER_MAIN = { meetings: [{ meetingType: 'followUpGroup' as const, perYear: 4, level: 'strategic' as const }, { meetingType: 'operational' as const, perYear: 6, level: 'operational' as const }], survey: 'quarterly' as const };
const TIER_BASIC = { meetings: [{ meetingType: 'followUpGroup' as const, perYear: 2, level: 'strategic' as const }], survey: 'quarterly' as const };

export async function generateLeadershipVolume(opts: LeadershipVolumeOptions): Promise<LeadershipVolume> {
  const log = opts.log ?? (() => undefined);
  const started = Date.now();
  const { today } = opts;
  const year = Number(today.slice(0, 4));
  const accountCount = opts.accounts ?? 300;
  const sp = spForSite(opts.siteUrl, opts.upn);
  const services = createServices(sp);
  const repos = services.repos;
  const counts: Record<string, number> = {};

  // 1. Accounts, the clock tasks and the items from today on (the shared clock volume: one segment, template 'leadership').
  const clock = await generateClockVolume({ siteUrl: opts.siteUrl, upn: opts.upn, accounts: accountCount, tasks: opts.tasks ?? 20, year, template: 'leadership' });
  const accountIds = clock.accountIds;
  const ids = new Set(accountIds);
  log(`leadership volume: ${accountIds.length} accounts, ${clock.report.created + clock.report.unchanged} clock items (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  // 2. Tiers: the clock volume's segment gets the main tier; a second segment (same clock template) the basic one.
  const segment = (await repos.segments.findByClientKey('vol:leadership:segment'))!;
  if (!segment.careTier) await repos.segments.update(segment.id, { careTier: TIER_MAIN }, segment.etag);
  const basicKey = 'vol:lead:segment:basic';
  const basic =
    (await repos.segments.findByClientKey(basicKey)) ??
    (await repos.segments.add({ clientKey: basicKey, name: 'Volyymi (perustaso)', code: 'vol-lead-basic', clockTemplate: 'leadership', careTier: TIER_BASIC }));

  // 3. Managers round-robin, every fifth account without a backup, every third in the basic tier.
  const managers: PersonRef[] = [];
  for (const upn of opts.managers) managers.push(await services.site.ensureUser(upn));
  const accounts = (await repos.accounts.all({ filter: f.startsWith('clientKey', 'vol:leadership:account:') })).filter((a) => ids.has(a.id));
  const index = new Map(accountIds.map((id, i) => [id, i]));
  const accountPatches = accounts
    .map((a) => {
      const i = index.get(a.id)!;
      const manager = managers[i % managers.length];
      const backup = i % 5 === 4 ? undefined : managers[(i + 1) % managers.length];
      const segmentId = i % 3 === 2 ? basic.id : segment.id;
      const same = a.accountManager?.id === manager.id && a.backup?.id === backup?.id && a.segmentId === segmentId;
      return same ? undefined : { id: a.id, etag: a.etag, patch: { accountManager: manager, ...(backup ? { backup } : {}), segmentId } };
    })
    .filter((p): p is NonNullable<typeof p> => !!p);
  await updateAll(sp, 'accounts', accountPatches);
  log(`leadership volume: ${accountPatches.length} accounts given managers and tiers (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const managerOf = (i: number): PersonRef => managers[i % managers.length];

  // 4. The year's clock items before today: a task added today generates only from today on (the product's rule),
  //    so the months gone by are written here, with the same due dates the tasks' rules give; half of the accounts
  //    have done theirs, the others' are overdue.
  const tasks = (await repos.clockTasks.find({ filter: f.eq('template', 'leadership'), top: 500 })).filter((t) => t.code && /^t\d+$/.test(t.code));
  const past: Array<Draft<EntityByList['clockCompletions']> & { clientKey: string }> = [];
  for (const task of tasks) {
    const k = Number(task.code!.slice(1)) - 1;
    const dueDate = `${year}-${String((k % 12) + 1).padStart(2, '0')}-${String(3 + ((Math.floor(k / 12) * 9) % 27)).padStart(2, '0')}`;
    if (dueDate >= today) continue;
    accountIds.forEach((accountId, i) => {
      const done = i % 2 === 0;
      past.push({ clientKey: `vol:lead:occ:${task.id}:${accountId}`, taskId: task.id, accountId, dueDate, plannedDate: dueDate, owner: managers[i % managers.length], done, doneOn: done ? dueDate : undefined });
    });
  }
  counts.clockPast = (await ensureKeyed(sp, 'clockCompletions', 'vol:lead:occ:', past)).size;
  log(`leadership volume: ${counts.clockPast} past clock items (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  // 5. Agreements: next year's across the stages (every seventh not started), this year's stored.
  const stages = AGREEMENT_STAGES.filter((s) => s !== 'changesRequested');
  const agreements = accountIds.flatMap((accountId, i) => {
    const next: AgreementStage = stages[i % stages.length];
    const list = [
      { clientKey: `vol:lead:agr:${i + 1}:${year}`, title: `Palvelusopimus ${year}`, accountId, year, kind: 'serviceAgreement' as const, stage: 'stored' as const, deadline: christmasDeadline(year - 1) },
    ];
    if (i % 7 !== 6) list.push({ clientKey: `vol:lead:agr:${i + 1}:${year + 1}`, title: `Palvelusopimus ${year + 1}`, accountId, year: year + 1, kind: 'serviceAgreement' as const, stage: next as never, deadline: christmasDeadline(year) });
    return list;
  });
  counts.agreements = (await ensureKeyed(sp, 'agreements', 'vol:lead:agr:', agreements)).size;

  // 6. Survey answers: the quarterly surveys of the trend's quarters (made when the site lacks one) and a 9E assessment.
  const quarters = quarterWindow(today, 4);
  const surveys = await repos.surveys.find({ filter: f.ge('year', quarters[0].year), top: 500 });
  const quarterly: Survey[] = [];
  for (const q of quarters) {
    let s = surveys.find((x) => x.kind === 'quarterly' && x.year === q.year && x.quarter === q.quarter);
    if (!s) s = await repos.surveys.add({ clientKey: `vol:lead:survey:${q.year}-${q.quarter}`, title: `Neljännesvuosikysely ${q.quarter}/${q.year}`, kind: 'quarterly', year: q.year, quarter: q.quarter, definition: defaultQuarterlyDefinition(), status: 'closed' });
    quarterly.push(s);
  }
  const nineEKey = `vol:lead:survey:9e:${year}`;
  const nineE =
    (await repos.surveys.findByClientKey(nineEKey)) ??
    (await repos.surveys.add({ clientKey: nineEKey, title: `Kumppanuusarvio 9E ${year}`, kind: 'partnership9E', year, definition: nineEDefinition(), status: 'closed', opensOn: `${year}-03-01` }));
  const now = helsinkiWallTimeToUtc(today, 6).getTime();
  const responses: Array<Draft<EntityByList['surveyResponses']> & { clientKey: string }> = [];
  accountIds.forEach((accountId, i) => {
    quarters.forEach((q, k) => {
      const n = (i + k) % 9; // 0–8 respondents: 0–2 stay below the threshold
      const from = helsinkiWallTimeToUtc(quarterStart(q), 8).getTime();
      const to = Math.min(helsinkiWallTimeToUtc(quarterStart(nextQuarter(q)), 0).getTime(), now) - 1;
      for (let r = 0; r < n; r++) {
        const key = `vol-lead-${i}-${r}@asiakas.example`;
        const score = 4 + ((i + r + k) % 7);
        responses.push({
          clientKey: `vol:lead:resp:${quarterly[k].id}:${accountId}:${r}`,
          surveyId: quarterly[k].id,
          accountId,
          respondentKey: key,
          answers: Object.fromEntries(quarterly[k].definition.questions.map((qq) => [qq.id, Math.min(qq.scale.max, Math.max(qq.scale.min, score))])),
          nps: (i + r) % 11,
          submittedAt: new Date(from + Math.floor(((r + 1) / (n + 1)) * (to - from))).toISOString(),
          source: 'formsImport',
        });
      }
    });
    const m = i % 5; // 0–4 assessments: below 3 stays hidden
    for (let r = 0; r < m; r++) {
      responses.push({
        clientKey: `vol:lead:resp:${nineE.id}:${accountId}:${r}`,
        surveyId: nineE.id,
        accountId,
        respondentKey: `vol-lead-9e-${i}-${r}@asiakas.example`,
        respondentLevel: r % 2 ? 'operational' : 'contract',
        answers: Object.fromEntries(nineEDimensions().map((d, k) => [d, 1 + ((i + r + k) % 5)])),
        submittedAt: new Date(Math.min(helsinkiWallTimeToUtc(addDays(today, -20 - r), 9).getTime(), now)).toISOString(),
        source: 'formsImport',
      });
    }
  });
  counts.responses = (await ensureKeyed(sp, 'surveyResponses', 'vol:lead:resp:', responses)).size;
  log(`leadership volume: ${counts.responses} survey responses (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  // 7. Actions: an open one past its due date, one in progress ahead, one done this year (every fourth from an idea).
  const actions = accountIds.flatMap((accountId, i) => {
    const owner = managerOf(i);
    const status: ActionStatus[] = ['open', 'inProgress', 'done'];
    const due = [addDays(today, -10 - (i % 30)), addDays(today, 5 + (i % 20)), `${year}-0${1 + (i % 9)}-15`];
    return status.map((s, k) => ({
      clientKey: `vol:lead:act:${i + 1}:${k}`,
      title: `Kehitystoimenpide ${k + 1}`,
      accountId,
      owner,
      status: s,
      dueDate: due[k],
      source: (i % 4 === 0 ? 'idea' : 'accountPlan') as never,
    }));
  });
  counts.actions = (await ensureKeyed(sp, 'actions', 'vol:lead:act:', actions)).size;

  // 8. Ideas across the gate's stages.
  const ideas = accountIds.flatMap((accountId, i) =>
    [0, 1].map((k) => {
      const stage: IdeaStage = IDEA_STAGES[(i + k * 5) % IDEA_STAGES.length];
      return { clientKey: `vol:lead:idea:${i + 1}:${k}`, title: `Idea ${k + 1}`, accountId, stage, owner: managerOf(i), gateHistory: stage === 'done' ? [{ action: 'go' as const, from: 'inDevelopment' as const, to: 'done' as const, at: `${today}T08:00:00Z` }] : undefined };
    }),
  );
  counts.ideas = (await ensureKeyed(sp, 'ideas', 'vol:lead:idea:', ideas)).size;

  // 9. This quarter's feedback: two an account, every third negative.
  const me = await services.site.ensureUser(opts.upn);
  const kinds: FeedbackKind[] = ['positive', 'negative', 'question'];
  const qStart = quarterStart(quarters[quarters.length - 1]);
  const span = Math.max(1, Math.round((Date.parse(today) - Date.parse(qStart)) / 86400000));
  const feedback = accountIds.flatMap((accountId, i) =>
    [0, 1].map((k) => ({
      clientKey: `vol:lead:fb:${i + 1}:${k}`,
      recorder: me,
      date: addDays(qStart, (i * 7 + k * 13) % (span + 1)),
      accountId,
      kind: kinds[(i + k) % kinds.length],
      reason: 'serviceQuality' as const,
      text: 'Palaute asiakkuudesta.',
      status: 'new' as const,
    })),
  );
  counts.feedback = (await ensureKeyed(sp, 'feedback', 'vol:lead:fb:', feedback)).size;

  // 10. Absences: the first manager away now without a substitute (their accounts without a backup have no cover),
  //     the second away in two weeks with the third as substitute.
  const absences = [
    { clientKey: `vol:lead:abs:${today}:0`, person: managers[0], start: addDays(today, -2), end: addDays(today, 8), kind: 'holiday' as const },
    { clientKey: `vol:lead:abs:${today}:1`, person: managers[1 % managers.length], start: addDays(today, 14), end: addDays(today, 21), kind: 'training' as const, substitute: managers[2 % managers.length] },
  ];
  counts.absences = (await ensureKeyed(sp, 'absences', `vol:lead:abs:${today}:`, absences)).size;

  // 11. This year's meetings: 0–5 an account, past ones held, one cancelled now and then.
  const monthsGone = Number(today.slice(5, 7));
  const meetings = accountIds.flatMap((accountId, i) =>
    Array.from({ length: i % 6 }, (_, k) => {
      const month = 1 + ((i + k * 2) % monthsGone);
      const startsAt = helsinkiWallTimeToUtc(`${year}-${String(month).padStart(2, '0')}-10`, 9).toISOString();
      const past = startsAt < new Date(now).toISOString();
      return {
        clientKey: `vol:lead:meet:${i + 1}:${k}`,
        title: 'Seurantaryhmä',
        accountId,
        meetingType: 'followUpGroup' as const,
        startsAt,
        year,
        status: (k === 3 ? 'cancelled' : past ? 'held' : 'planned') as never,
      };
    }),
  );
  counts.meetings = (await ensureKeyed(sp, 'meetings', 'vol:lead:meet:', meetings)).size;

  const generateMs = Date.now() - started;
  log(`leadership volume: ${JSON.stringify(counts)} in ${(generateMs / 1000).toFixed(1)} s`);
  return { accountIds, counts, generateMs };
}
