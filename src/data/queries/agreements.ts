/**
 * The service agreement process's reads and writes (docs/care-model.md §2; the rules: src/domain/agreementFlow.ts).
 *
 * - `loadAgreement`: one agreement with its history, account, contacts, the site's flows and the user's rights, in
 *   ONE `$batch` when the account is known (else the agreement is read first).
 * - `transition`: the domain decides first, so a refused step sends nothing. Then the history entry is added under a
 *   client key made of the agreement, the version it was read at, the action and the user, and the agreement is
 *   updated with its etag and that key (ACLastTransition). A 412 removes the entry again and says someone else
 *   moved the agreement; a run retried after a lost answer finds its entry by the key instead of adding a twin, and
 *   its update is recognised as landed because the item holds exactly that key.
 * - `loadPortfolio`: every account's agreement of a year in ONE `$batch`; what blocks each comes from the agreement's
 *   own fields, never its history (which outgrows the list view threshold over the years).
 */
import { DataError } from '../errors';
import { f } from '../odata';
import type { ListRights, Services, Settled } from '../ports';
import {
  AgreementAction,
  AgreementFlow,
  AgreementRuleError,
  ActionInput,
  apply,
  Blocker,
  blockers,
  check,
  christmasDeadline,
  flowById,
  nextAction,
  parseFlows,
} from '../../domain/agreementFlow';
import { deadlineState, DeadlineState, stageProgress } from '../../domain/agreements';
import type { IsoDate } from '../../domain/dates';
import type { Account, Agreement, AgreementHistoryEntry, Contact, Setting } from '../../domain/types';

/** ACSettings key of the site's own flows: a JSON array of AgreementFlow (optional). */
export const FLOWS_SETTING = 'agreements.flows';

/** One year of agreements is one per account; a site has a few hundred accounts at most. */
const PAGE = 5000;

export interface AgreementData {
  agreement: Agreement;
  /** Oldest first. */
  history: AgreementHistoryEntry[];
  account?: Account;
  /** The account's contacts: the customer's signatories come from here. */
  contacts: Contact[];
  /** The agreement's flow (its ACFlow, else the ORK flow). */
  flow: AgreementFlow;
  /** The site's own flows (settings `agreements.flows`). */
  flows: AgreementFlow[];
  rights: ListRights;
  /** Parts that could not be read (the agreement itself always was). */
  problems: DataError[];
}

const NO_RIGHTS: ListRights = { add: false, edit: false, editOthers: false };

function settled<T>(x: Settled<T>, empty: T, problems: DataError[]): T {
  if (x.ok) return x.value;
  problems.push(x.error);
  return empty;
}

function flowsOf(settings: readonly Setting[]): AgreementFlow[] {
  return parseFlows(settings.find((s) => s.key === FLOWS_SETTING)?.value);
}

const byChangedAt = [{ prop: 'changedAt' }];

/**
 * The agreement, its history (oldest first), the account and its contacts, the flows and the user's rights. With
 * `accountId` (the account tab and the portfolio know it) everything is ONE `$batch`.
 */
export async function loadAgreement(services: Services, agreementId: number, accountId?: number): Promise<AgreementData> {
  let account = accountId;
  if (account === undefined) account = (await services.repos.agreements.get(agreementId)).accountId;
  const byAccount = f.eq('accountId', account);
  const r = await services.batch((repos) => ({
    agreement: repos.agreements.get(agreementId),
    history: repos.agreementHistory.find({ filter: f.eq('agreementId', agreementId), orderBy: byChangedAt, top: PAGE }),
    account: repos.accounts.get(account as number),
    contacts: repos.contacts.find({ filter: byAccount, top: 500 }),
    settings: repos.settings.find({ top: 500 }),
    rights: repos.agreements.rights(),
  }));
  if (!r.agreement.ok) throw r.agreement.error;
  const agreement = r.agreement.value;
  const problems: DataError[] = [];
  const flows = flowsOf(settled(r.settings, [] as Setting[], problems));
  const contacts = settled(r.contacts, [] as Contact[], problems).sort(
    (a, b) => (a.signingOrder ?? 99) - (b.signingOrder ?? 99) || a.name.localeCompare(b.name, 'fi'),
  );
  return {
    agreement,
    history: settled(r.history, [] as AgreementHistoryEntry[], problems),
    account: settled(r.account, undefined as Account | undefined, problems),
    contacts,
    flow: flowById(agreement.flow, flows),
    flows,
    rights: settled(r.rights, NO_RIGHTS, problems),
    problems,
  };
}

/** A short stable digest (FNV-1a, two rounds) so a key stays within the 64 characters ACClientKey holds. */
function digest(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x811c9dc5) >>> 0;
  }
  return h1.toString(36) + h2.toString(36);
}

/**
 * The history entry's client key: one per agreement, version read, action and user. The same user retrying the
 * same step finds the same key; a colleague making the same move at the same time gets another one.
 */
export function transitionKey(agreement: Pick<Agreement, 'id' | 'etag'>, action: AgreementAction, userId: number): string {
  return `agr:${agreement.id}:${digest(agreement.etag)}:${action}:${userId}`;
}

export interface TransitionResult {
  agreement: Agreement;
  /** Oldest first. */
  history: AgreementHistoryEntry[];
}

/**
 * Moves the agreement by one action. Throws AgreementRuleError (with what is missing) before anything is sent,
 * DataError('conflict') when someone else moved or changed the agreement first (nothing of this run is left behind),
 * and SharePoint's own refusal (accessDenied) for a user who may not edit.
 */
export async function transition(
  services: Services,
  agreement: Agreement,
  action: AgreementAction,
  input?: ActionInput,
  options: { flows?: AgreementFlow[]; now?: Date } = {},
): Promise<TransitionResult> {
  // With the built-in flows the domain can refuse before the first request; a site's own flow needs the setting.
  if (!agreement.flow || options.flows) {
    const c = check(flowById(agreement.flow, options.flows ?? []), agreement, action, input);
    if (!c.allowed) throw new AgreementRuleError(action, c);
  }
  const pre = await services.batch((repos, site) => ({
    me: site.currentUser(),
    settings: options.flows ? Promise.resolve([] as Setting[]) : repos.settings.find({ top: 500 }),
  }));
  if (!pre.me.ok) throw pre.me.error;
  const flows = options.flows ?? (pre.settings.ok ? flowsOf(pre.settings.value) : []);
  const flow = flowById(agreement.flow, flows);
  const at = (options.now ?? new Date()).toISOString();
  const t = apply(flow, agreement, action, input, at);
  const key = transitionKey(agreement, action, pre.me.value.id);

  // The entry first: if the agreement's update then fails, the entry is removed, so the two never diverge.
  const entry = await services.repos.agreementHistory.add({
    clientKey: key,
    agreementId: agreement.id,
    fromStage: t.from,
    toStage: t.to,
    changedAt: at,
    changedBy: { id: pre.me.value.id },
    comment: t.comment,
  });
  try {
    await services.repos.agreements.update(agreement.id, { ...t.patch, lastTransition: key }, agreement.etag);
  } catch (e) {
    await undo(services, agreement.id, entry, key);
    if (e instanceof DataError && e.kind === 'conflict') {
      throw new DataError('conflict', 'Someone else moved this agreement', { status: e.status, list: e.list, serverMessage: e.serverMessage });
    }
    throw e;
  }
  return reread(services, agreement.id);
}

/**
 * After a failed update: unless the item shows the update landed after all (it holds this run's key), the history
 * entry goes. A failed delete leaves it for the retried run (same key) to use; replay passes over such a twin.
 */
async function undo(services: Services, agreementId: number, entry: AgreementHistoryEntry, key: string): Promise<void> {
  try {
    const fresh = await services.repos.agreements.get(agreementId);
    if (fresh.lastTransition === key) return;
    await services.repos.agreementHistory.remove(entry.id, entry.etag);
  } catch {
    // Nothing more to do here: the caller reports the original error.
  }
}

async function reread(services: Services, agreementId: number): Promise<TransitionResult> {
  const r = await services.batch((repos) => ({
    agreement: repos.agreements.get(agreementId),
    history: repos.agreementHistory.find({ filter: f.eq('agreementId', agreementId), orderBy: byChangedAt, top: PAGE }),
  }));
  if (!r.agreement.ok) throw r.agreement.error;
  if (!r.history.ok) throw r.history.error;
  return { agreement: r.agreement.value, history: r.history.value };
}

export interface PortfolioRow {
  account: Account;
  /** The account's agreement of the year, if one exists. */
  agreement?: Agreement;
  flow: AgreementFlow;
  /** The agreement's deadline, else the last working day before Christmas of the year before. */
  deadline: IsoDate;
  deadlineState: DeadlineState;
  progress: { step: number; of: number };
  nextAction?: AgreementAction;
  /** What stops the next forward step, from the agreement's fields (none: waiting for the customer or done). */
  blockers: Blocker[];
}

export interface PortfolioData {
  year: number;
  /** One row per active account (by abbreviation), with the account's agreement of the year when there is one. */
  rows: PortfolioRow[];
  /** The raw reads: the active accounts and the year's agreements. */
  accounts: Account[];
  agreements: Agreement[];
  flows: AgreementFlow[];
  rights: ListRights;
  problems: DataError[];
}

/**
 * Every active account with its agreement for `year`, in ONE `$batch`: the accounts, the year's agreements (ACYear
 * is indexed and leads the filter) and the settings. No history is read.
 */
export async function loadPortfolio(services: Services, year: number, today: IsoDate): Promise<PortfolioData> {
  const r = await services.batch((repos) => ({
    accounts: repos.accounts.find({ filter: f.eq('active', true), top: PAGE }),
    agreements: repos.agreements.find({ filter: f.eq('year', year), top: PAGE }),
    settings: repos.settings.find({ top: 500 }),
    rights: repos.agreements.rights(),
  }));
  if (!r.accounts.ok) throw r.accounts.error;
  if (!r.agreements.ok) throw r.agreements.error;
  const problems: DataError[] = [];
  const flows = flowsOf(settled(r.settings, [] as Setting[], problems));
  const byAccount = new Map<number, Agreement>();
  for (const a of r.agreements.value) {
    // Two of the same year for one account would be a data error; the later one is the one being worked on.
    const seen = byAccount.get(a.accountId);
    if (!seen || a.id > seen.id) byAccount.set(a.accountId, a);
  }
  const fallback = christmasDeadline(year - 1);
  const rows = r.accounts.value
    .map((account): PortfolioRow => {
      const agreement = byAccount.get(account.id);
      const flow = flowById(agreement?.flow, flows);
      const deadline = agreement?.deadline ?? fallback;
      return {
        account,
        agreement,
        flow,
        deadline,
        deadlineState: deadlineState({ stage: agreement?.stage ?? 'planning', deadline }, today),
        progress: agreement ? stageProgress(agreement.stage, flow) : { step: 0, of: stageProgress('stored', flow).of },
        nextAction: agreement ? nextAction(flow, agreement) : undefined,
        blockers: agreement ? blockers(flow, agreement) : [],
      };
    })
    .sort((a, b) => a.account.abbreviation.localeCompare(b.account.abbreviation, 'fi'));
  return { year, rows, accounts: r.accounts.value, agreements: r.agreements.value, flows, rights: settled(r.rights, NO_RIGHTS, problems), problems };
}
