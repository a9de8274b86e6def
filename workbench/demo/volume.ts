/**
 * Large volumes for scale tests: e.g. 100,000 feedback items on one site, written through the product's own
 * repository (validation and all) in `sp.batched()` chunks. `ListRepository.add` starts its POST synchronously,
 * so every add joins the batch; PnPjs sends a chunk as ≤ 20-request `$batch` POSTs. A few chunks run
 * concurrently to keep the loopback busy.
 *
 *   tsx workbench/demo/volume.ts --site http://127.0.0.1:4321/sites/ork --count 100000 [--upn user@…] [--concurrency 4]
 *   tsx workbench/demo/volume.ts --site http://127.0.0.1:4321/sites/ork --clock [--year 2027]   (300 accounts × 30 clock tasks)
 *   tsx workbench/demo/volume.ts --site http://127.0.0.1:4321/sites/ork --absences [--count 2000]   (300 accounts, tuuraus over years)
 */
import '@pnp/sp/batching';
import type { AbsenceKind, Agreement, AgreementStage, Draft, Feedback, FeedbackChannel, FeedbackKind, FeedbackReason, FeedbackStatus, PersonRef } from '../../src/domain/types';
import { CLOCK_CATEGORIES } from '../../src/domain/vocabulary';
import { f } from '../../src/data/odata';
import type { EntityByList } from '../../src/data/ports';
import { generateOccurrences, GenerationReport } from '../../src/data/queries/clockTemplate';
import { createRepositories, createServices } from '../../src/data/sp/createServices';
import { addDays, todayInHelsinki } from '../../src/domain/dates';
import { addWorkingDays, intBetween, isWorkingDay, rng, workingDayOnOrAfter } from './calendar';
import { christmasDeadline, ORK_FLOW } from '../../src/domain/agreementFlow';
import { actionsTo, AgreementStory } from './agreements';
import { DEMO_PEOPLE, hasSiteAccess } from './people';
import { SITE_OWNER_UPN, spForSite } from './seed';

/**
 * Adds the drafts whose client key (under `prefix`) is not on the site yet, 200 per `sp.batched()` with
 * `concurrency` chunks in flight (default one), so a volume run stopped half-way completes when run again; returns
 * every item's id by client key. The volume generators here and the situation picture's (workbench/bench) share it.
 */
export async function ensureByClientKey<K extends keyof EntityByList>(
  sp: ReturnType<typeof spForSite>,
  key: K,
  prefix: string,
  drafts: Array<Draft<EntityByList[K]> & { clientKey: string }>,
  concurrency = 1,
): Promise<Map<string, number>> {
  const have = new Map((await createRepositories(sp)[key].all({ filter: f.startsWith('clientKey', prefix), select: ['clientKey'] })).map((x) => [x.clientKey!, x.id]));
  const missing = drafts.filter((d) => !have.has(d.clientKey));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < missing.length) {
      const chunk = missing.slice(next, next + 200);
      next += 200;
      const [batched, execute] = sp.batched();
      const repo = createRepositories(batched)[key] as unknown as { add(d: unknown): Promise<{ id: number; clientKey?: string }> };
      const adds = chunk.map((d) => repo.add(d));
      await execute();
      for (const item of await Promise.all(adds)) have.set(item.clientKey!, item.id);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return have;
}

export interface FeedbackVolumeOptions {
  siteUrl: string;
  upn: string;
  count: number;
  accountIds: number[];
  log?: (m: string) => void;
  /** Items per `sp.batched()` (default 1,000). */
  chunkSize?: number;
  /** Chunks in flight at once (default 4). */
  concurrency?: number;
  /** Spread the dates over this many days back from today (default three years). */
  days?: number;
}

const KINDS: FeedbackKind[] = ['positive', 'negative', 'developmentIdea', 'question'];
const REASONS: FeedbackReason[] = ['serviceQuality', 'operationsQuality', 'other'];
const STATUSES: FeedbackStatus[] = ['new', 'inProgress', 'answered', 'closed'];
const CHANNELS: FeedbackChannel[] = ['quickLink', 'email', 'phone', 'meeting', 'survey'];
const TEXTS = [
  'Palvelu toimi nopeasti ja asiantuntevasti.',
  'Vastausta piti odottaa liian kauan.',
  'Ohjeet olivat selkeät, kiitos.',
  'Samaa asiaa kysyttiin kahteen kertaan.',
  'Ehdotus: sähköinen lomake myös tähän asiaan.',
  'Järjestelmän katko vaikeutti työtä aamupäivällä.',
  'Yhteyshenkilö vaihtui ilman tiedotusta.',
  'Hyvä ja ystävällinen neuvonta puhelimessa.',
];

export async function generateFeedbackVolume(opts: FeedbackVolumeOptions): Promise<void> {
  const log = opts.log ?? (() => undefined);
  if (!opts.accountIds.length) throw new Error('generateFeedbackVolume needs at least one account id');
  const chunkSize = opts.chunkSize ?? 1000;
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  const days = opts.days ?? 3 * 365;
  const sp = spForSite(opts.siteUrl, opts.upn);
  const services = createServices(sp);
  const me: PersonRef = await services.site.ensureUser(opts.upn);
  const today = todayInHelsinki();
  const runId = Date.now().toString(36);
  const r = rng(`volume:${runId}`);
  const started = Date.now();

  const draftAt = (i: number): Draft<Feedback> => {
    const kind = KINDS[Math.floor(r() * KINDS.length)];
    const reason = REASONS[Math.floor(r() * REASONS.length)];
    const age = Math.floor(r() * days);
    const status = age < 14 ? STATUSES[Math.floor(r() * 2)] : STATUSES[2 + Math.floor(r() * 2)];
    return {
      clientKey: `vol:${runId}:${i}`,
      recorder: me,
      date: addDays(today, -age),
      accountId: opts.accountIds[i % opts.accountIds.length],
      kind,
      reason,
      reasonOther: reason === 'other' ? 'muu' : undefined,
      text: TEXTS[Math.floor(r() * TEXTS.length)],
      channel: CHANNELS[Math.floor(r() * CHANNELS.length)],
      status,
      handler: status === 'new' ? undefined : me,
      reaction: status === 'answered' || status === 'closed' ? 'Vastattu.' : undefined,
      reactedOn: status === 'answered' || status === 'closed' ? addDays(today, -Math.max(age - 3, 0)) : undefined,
      respondentInformed: status === 'answered' || status === 'closed',
    };
  };

  const runChunk = async (from: number, to: number): Promise<void> => {
    const [batched, execute] = sp.batched();
    const repo = createRepositories(batched).feedback;
    const started = [] as Promise<unknown>[];
    for (let i = from; i < to; i++) {
      started.push(repo.add(draftAt(i)).then(
        () => undefined,
        (e: unknown) => e,
      ));
    }
    await execute();
    const results = await Promise.all(started);
    const errors = results.filter((x) => x !== undefined);
    if (errors.length) {
      const first = errors[0];
      throw new Error(`feedback volume: ${errors.length} of ${to - from} adds failed: ${first instanceof Error ? first.message : String(first)}`);
    }
  };

  let next = 0;
  let done = 0;
  let lastLog = Date.now();
  const worker = async (): Promise<void> => {
    while (next < opts.count) {
      const from = next;
      const to = Math.min(opts.count, from + chunkSize);
      next = to;
      await runChunk(from, to);
      done += to - from;
      if (Date.now() - lastLog > 2000 || done === opts.count) {
        lastLog = Date.now();
        const s = (Date.now() - started) / 1000;
        log(`feedback volume: ${done}/${opts.count} (${Math.round(done / Math.max(s, 0.001))} items/s)`);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  log(`feedback volume: ${opts.count} items in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export interface ClockVolumeOptions {
  siteUrl: string;
  upn: string;
  /** Accounts to add (default 300), all in one segment that follows `template`. */
  accounts?: number;
  /** Per-account yearly tasks in the template (default 30), spread over the months. */
  tasks?: number;
  year: number;
  /** The template key (default 'volume'); its own segment, so the site's own clock is left alone. */
  template?: string;
  log?: (m: string) => void;
}

/**
 * The annual clock at scale: `accounts` × `tasks` occurrences a year (300 × 30 = 9,000, past the 5,000-item
 * threshold). Accounts and tasks are added through the repositories in `$batch` chunks; the occurrences through
 * `generateOccurrences`, the product's own idempotent generator (a re-run adds nothing). Client keys are stable
 * (`vol:<template>:…`), so running it twice adds no second set of accounts or tasks.
 */
export async function generateClockVolume(opts: ClockVolumeOptions): Promise<{ template: string; accountIds: number[]; report: GenerationReport }> {
  const log = opts.log ?? (() => undefined);
  const template = opts.template ?? 'volume';
  const accountCount = opts.accounts ?? 300;
  const taskCount = opts.tasks ?? 30;
  const sp = spForSite(opts.siteUrl, opts.upn);
  const services = createServices(sp);
  const me: PersonRef = await services.site.ensureUser(opts.upn);
  const started = Date.now();
  const segmentKey = `vol:${template}:segment`;
  const segment =
    (await services.repos.segments.findByClientKey(segmentKey)) ??
    (await services.repos.segments.add({ clientKey: segmentKey, name: `Volyymi (${template})`, code: `vol-${template}`.slice(0, 40), clockTemplate: template }));

  const ensureAll = async <K extends 'accounts' | 'clockTasks'>(key: K, drafts: Array<Draft<EntityByList[K]> & { clientKey: string }>): Promise<number[]> => {
    const have = await ensureByClientKey(sp, key, `vol:${template}:`, drafts);
    return drafts.map((d) => have.get(d.clientKey)!);
  };

  const accountIds = await ensureAll(
    'accounts',
    Array.from({ length: accountCount }, (_, i) => ({
      clientKey: `vol:${template}:account:${i + 1}`,
      name: `Volyymiasiakkuus ${i + 1}`,
      abbreviation: `V${i + 1}`,
      accountType: 'sector' as const,
      segmentId: segment.id,
      accountManager: me,
      active: true,
    })),
  );
  await ensureAll(
    'clockTasks',
    Array.from({ length: taskCount }, (_, i) => {
      const month = (i % 12) + 1;
      return {
        clientKey: `vol:${template}:task:${i + 1}`,
        title: `Volyymitehtävä ${i + 1}`,
        template,
        category: CLOCK_CATEGORIES[i % CLOCK_CATEGORIES.length],
        month,
        perAccount: true,
        code: `t${i + 1}`,
        rule: { kind: 'date' as const, months: [month], day: 3 + (Math.floor(i / 12) * 9) % 27, adjust: 'previous' as const },
      };
    }),
  );
  log(`clock volume: ${accountCount} accounts and ${taskCount} tasks in template '${template}' (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const report = await generateOccurrences(services, { template, year: opts.year, today: `${opts.year}-01-01` });
  log(`clock volume: ${report.created} occurrences created, ${report.unchanged} already there, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { template, accountIds, report };
}

export interface AbsenceVolumeOptions {
  siteUrl: string;
  upn: string;
  /** Site path of `siteUrl` (e.g. /sites/ork): whose demo people may be managers there. */
  sitePath: string;
  /** Accounts to add (default 300), managed and backed up round-robin by the site's account managers. */
  accounts?: number;
  /** Absences to add (default 2,000), spread over the years around today. */
  absences?: number;
  /** The managers (UPNs the local service's directory knows); default: the site's demo people, respondents aside. */
  people?: string[];
  log?: (m: string) => void;
}

/**
 * Tuuraus at scale: `accounts` accounts whose managers (the site's own people: the local service knows only the
 * demo directory) have `absences` absences between them, years of them around today: holidays in summer and
 * at Christmas, sick leave of one to five days, one- or two-day trainings, never two of one person on one day.
 * Most holidays name a substitute (the person's work pair); short ones mostly not. Stable client keys (`vol:cover:…`),
 * so a re-run adds nothing.
 */
export async function generateAbsenceVolume(opts: AbsenceVolumeOptions): Promise<{ accountIds: number[]; absences: number; people: number; from: string; to: string }> {
  const log = opts.log ?? (() => undefined);
  const accountCount = opts.accounts ?? 300;
  const absenceCount = opts.absences ?? 2000;
  const sp = spForSite(opts.siteUrl, opts.upn);
  const services = createServices(sp);
  const started = Date.now();
  const upns = opts.people ?? DEMO_PEOPLE.filter((p) => hasSiteAccess(p, opts.sitePath) && p.role !== 'respondent').map((p) => p.upn);
  const people: PersonRef[] = [];
  for (const upn of upns) people.push(await services.site.ensureUser(upn));
  if (people.length < 3) throw new Error(`generateAbsenceVolume needs three people on ${opts.sitePath}`);
  const r = rng(`absences:${opts.sitePath}`);

  const ensureAll = async <K extends 'accounts' | 'absences'>(key: K, drafts: Array<Draft<EntityByList[K]> & { clientKey: string }>): Promise<number[]> => {
    const have = await ensureByClientKey(sp, key, 'vol:cover:', drafts);
    return drafts.map((d) => have.get(d.clientKey)!);
  };

  const accountIds = await ensureAll(
    'accounts',
    Array.from({ length: accountCount }, (_, i) => ({
      clientKey: `vol:cover:account:${i + 1}`,
      name: `Tuurausasiakkuus ${i + 1}`,
      abbreviation: `T${i + 1}`,
      accountType: 'sector' as const,
      accountManager: people[i % people.length],
      // Every tenth has no backup: the cover matrix's single points of failure.
      backup: i % 10 === 9 ? undefined : people[(i + 1) % people.length],
      active: true,
    })),
  );

  // Each person's absences one after another from years back, with realistic gaps; no overlaps by construction.
  const perPerson = Math.ceil(absenceCount / people.length);
  const today = todayInHelsinki();
  // About six absences a year each (every ~two months), two thirds of them already past.
  const first = addDays(today, -Math.round(perPerson * 40));
  const drafts: Array<Draft<EntityByList['absences']> & { clientKey: string }> = [];
  let last = first;
  people.forEach((person, p) => {
    let day = addDays(first, intBetween(r, 0, 30));
    for (let k = 0; k < perPerson && drafts.length < absenceCount; k++) {
      const month = Number(day.slice(5, 7));
      const roll = r();
      const kind: AbsenceKind = month === 7 || (month === 12 && roll < 0.5) ? 'holiday' : roll < 0.35 ? 'sickLeave' : roll < 0.6 ? 'training' : roll < 0.8 ? 'holiday' : 'other';
      const start = kind === 'sickLeave' ? day : workingDayOnOrAfter(day);
      const days = kind === 'holiday' ? intBetween(r, month === 7 ? 14 : 5, month === 7 ? 28 : 12) : kind === 'sickLeave' ? intBetween(r, 1, 5) : intBetween(r, 1, 2);
      const end = addDays(start, days - 1);
      const long = days > 2;
      drafts.push({
        clientKey: `vol:cover:absence:${p}:${k}`,
        person,
        start,
        end,
        kind,
        // The work pair for most holidays; short absences mostly go without (the chain and the backups decide).
        substitute: long && r() < 0.8 ? people[(p + 1 + (r() < 0.2 ? 1 : 0)) % people.length] : undefined,
        coverShort: !long && r() < 0.15 ? true : undefined,
        notes: kind === 'holiday' ? 'Vuosiloma; kesken olevat asiat asiakkuuden työtilassa.' : kind === 'training' ? 'Koulutus.' : kind === 'sickLeave' ? 'Sairausloma.' : 'Poissa.',
      });
      if (end > last) last = end;
      // Three weeks to three months, on a working day, before the next one.
      day = addDays(end, intBetween(r, 21, 90));
      while (!isWorkingDay(day)) day = addDays(day, 1);
    }
  });
  await ensureAll('absences', drafts);
  log(`absence volume: ${accountCount} accounts, ${drafts.length} absences of ${people.length} people (${first} … ${last}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { accountIds, absences: drafts.length, people: people.length, from: first, to: last };
}

export interface AgreementVolumeOptions {
  siteUrl: string;
  upn: string;
  /** Accounts to add (default 300). */
  accounts?: number;
  /** Agreement years per account, ending with `lastYear` (default 10). */
  years?: number;
  /** The newest agreement year (next year's: in the works, spread over the flow's stages). */
  lastYear: number;
  log?: (m: string) => void;
}

/**
 * The agreement portfolio at scale: `accounts` × `years` agreements (3,000 by default), each taken through the ORK
 * flow by the product's rules (workbench/demo/agreements.ts) with its history: past years stored (about ten entries
 * each), the newest year spread over every stage. Written through the repositories, 200 per `sp.batched()`; client
 * keys `vol:agr:…` are stable, so a re-run adds nothing.
 */
export async function generateAgreementVolume(opts: AgreementVolumeOptions): Promise<{ accountIds: number[]; agreements: number; history: number }> {
  const log = opts.log ?? (() => undefined);
  const accountCount = opts.accounts ?? 300;
  const years = opts.years ?? 10;
  const sp = spForSite(opts.siteUrl, opts.upn);
  const services = createServices(sp);
  const me: PersonRef = await services.site.ensureUser(opts.upn);
  const started = Date.now();

  const ensureAll = <K extends 'accounts' | 'agreements' | 'agreementHistory'>(key: K, drafts: Array<Draft<EntityByList[K]> & { clientKey: string }>): Promise<Map<string, number>> =>
    ensureByClientKey(sp, key, 'vol:agr:', drafts);

  const accounts = await ensureAll(
    'accounts',
    Array.from({ length: accountCount }, (_, i) => ({ clientKey: `vol:agr:account:${i + 1}`, name: `Sopimusasiakkuus ${i + 1}`, abbreviation: `S${i + 1}`, accountType: 'sector' as const, accountManager: me, active: true })),
  );
  const accountIds = Array.from({ length: accountCount }, (_, i) => accounts.get(`vol:agr:account:${i + 1}`)!);
  const r = rng(`agreements:${opts.lastYear}`);
  const stories: { key: string; story: AgreementStory }[] = [];
  for (let i = 0; i < accountCount; i++) {
    for (let y = opts.lastYear - years + 1; y <= opts.lastYear; y++) {
      const target: AgreementStage = y === opts.lastYear ? ORK_FLOW.stages[i % ORK_FLOW.stages.length] : 'stored';
      const key = `vol:agr:agreement:${i + 1}:${y}`;
      stories.push({ key, story: volumeStory(key, accountIds[i], i, y, target, me, r) });
    }
  }
  const agreements = await ensureAll(
    'agreements',
    stories.map(({ story }) => story.draft()),
  );
  const entries = stories.flatMap(({ key, story }) =>
    story.entries.map((e, k) => ({ clientKey: `${key.replace(':agreement:', ':history:')}:h${k + 1}`, agreementId: agreements.get(key)!, fromStage: e.from, toStage: e.to, changedAt: e.at, changedBy: e.by, comment: e.comment })),
  );
  await ensureAll('agreementHistory', entries);
  log(`agreement volume: ${accountCount} accounts × ${years} years = ${stories.length} agreements, ${entries.length} history entries, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { accountIds, agreements: stories.length, history: entries.length };
}

/** One volume agreement of year `y` taken to `target` in the ORK flow, its work starting in late October before. */
function volumeStory(key: string, accountId: number, i: number, y: number, target: AgreementStage, me: PersonRef, r: () => number): AgreementStory {
  const dnro = `VOL/${1000 + i}/${y - 1}`;
  const signing = target === 'signed' || target === 'stored';
  const actions = actionsTo(ORK_FLOW, signing ? 'inSignature' : target, i % 4 === 0);
  const signatures = target === 'inSignature' ? 1 : signing ? 3 : 0;
  const roles = ['customerDirector', 'directorGeneral', 'customerRepresentative'] as const;
  let d = workingDayOnOrAfter(`${y - 1}-10-${String(20 + (i % 8)).padStart(2, '0')}`);
  const stamp = (): string => `${d}T08:00:00Z`;
  const story = new AgreementStory(
    ORK_FLOW,
    { clientKey: key, title: `Palvelusopimus ${y} – S${i + 1}`, accountId, year: y, kind: 'serviceAgreement', stage: 'planning', deadline: christmasDeadline(y - 1), owner: me },
    { at: stamp(), comment: 'Suunnittelukokous pidetty.', by: me },
  );
  const next = (days: number): string => {
    d = addWorkingDays(d, days);
    return stamp();
  };
  for (const action of actions) {
    const fill: Partial<Agreement> =
      action === 'openCase' ? { diaryNumber: dnro, caseSystemUrl: { url: `https://hilda.example/asiat/${encodeURIComponent(dnro)}` } }
      : action === 'sendForReview'
        ? {
            checklist: { templateChecked: true, dataCollected: true, draftComplete: true },
            transferredBudget: 100_000 * (1 + (i % 20)),
            services: { services: ['Jatkuvat palvelut'], systems: ['Asianhallinta'], projects: [], verifiedBy: 'Järjestelmäpäällikkö', verifiedOn: d },
            appendices: [{ title: 'Liite 1: Talousliite', audience: 'talous', diaryNumber: dnro }],
          }
      : action === 'startSigning' ? { signatures: roles.map((role, k) => ({ order: k + 1, role, name: `Allekirjoittaja ${k + 1}` })) }
      : {};
    story.step({ action, at: next(intBetween(r, 2, 4)), comment: action === 'requestChanges' ? 'Asiakas pyysi muutoksia.' : undefined, by: me, fill });
  }
  for (let k = 0; k < signatures; k++) {
    const at = next(1);
    story.step({ action: 'recordSignature', at, by: me, signature: { role: roles[k], name: `Allekirjoittaja ${k + 1}`, signedOn: d } });
  }
  if (target === 'stored') story.step({ action: 'store', at: next(1), by: me, fill: { workspaceUrl: { url: `https://tiimeri.example/vol/${i + 1}/${y}` } } });
  return story;
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<void> {
  const site = arg(argv, 'site');
  if (!site) {
    console.error('usage: tsx workbench/demo/volume.ts --site <site url> (--count <n> [--account <id,id,…>] [--concurrency <n>] | --clock [--year <yyyy>]) [--upn <upn>]');
    process.exit(2);
  }
  if (argv.includes('--absences')) {
    const sitePath = new URL(site).pathname.replace(/\/+$/, '');
    await generateAbsenceVolume({ siteUrl: site, sitePath, upn: arg(argv, 'upn') ?? SITE_OWNER_UPN, absences: Number(arg(argv, 'count') ?? '2000'), log: (m) => console.log(m) });
    return;
  }
  if (argv.includes('--clock')) {
    await generateClockVolume({ siteUrl: site, upn: arg(argv, 'upn') ?? SITE_OWNER_UPN, year: Number(arg(argv, 'year') ?? new Date().getFullYear()), log: (m) => console.log(m) });
    return;
  }
  const count = Number(arg(argv, 'count') ?? '100000');
  const upn = arg(argv, 'upn') ?? SITE_OWNER_UPN;
  let accountIds = (arg(argv, 'account') ?? '')
    .split(',')
    .filter(Boolean)
    .map(Number);
  if (!accountIds.length) {
    const services = createServices(spForSite(site, upn));
    accountIds = (await services.repos.accounts.all()).map((a) => a.id);
    if (!accountIds.length) throw new Error(`No accounts on ${site}: seed the demo first (npm start) or pass --account`);
  }
  await generateFeedbackVolume({
    siteUrl: site,
    upn,
    count,
    accountIds,
    concurrency: arg(argv, 'concurrency') ? Number(arg(argv, 'concurrency')) : undefined,
    log: (m) => console.log(m),
  });
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof Error ? e.stack ?? e.message : e);
    process.exit(1);
  });
}
