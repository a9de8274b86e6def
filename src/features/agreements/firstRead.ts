/**
 * The Agreements view's first read, in a module of its own so the web part can start it in onInit (overlapping the
 * view's chunk download) without bundling the view: the workflow's one $batch when the page names an agreement,
 * else the portfolio's one $batch for the year.
 */
import { AgreementData, loadAgreement, loadPortfolio, PortfolioData } from '../../data/queries/agreements';
import type { Services } from '../../data/ports';
import { toHelsinkiDate } from '../../domain/dates';
import type { HostContext } from '../../ui/host';
import { defaultYear } from './text';

export type AgreementsFirstRead =
  | { kind: 'agreement'; agreementId: number; data: AgreementData }
  | {
      kind: 'portfolio';
      year: number;
      data: PortfolioData;
      /** The page named an account and year with no agreement (or an account nobody can find). */
      missing?: { account?: string };
    };

/** What the page's query asks for: `agreement=<id>`, `account=<abbreviation or id>&year=<yyyy>`, or nothing. */
export function requested(query: HostContext['query'], today: string): { agreementId?: number; account?: string; year: number } {
  const q = query ?? {};
  const id = Number(q.agreement);
  const year = Number(q.year);
  return {
    agreementId: Number.isInteger(id) && id > 0 ? id : undefined,
    account: q.account?.trim() || undefined,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : defaultYear(today),
  };
}

export async function firstRead(services: Services, host: HostContext): Promise<AgreementsFirstRead> {
  const today = toHelsinkiDate(host.now ?? new Date());
  const want = requested(host.query, today);
  if (want.agreementId !== undefined) return { kind: 'agreement', agreementId: want.agreementId, data: await loadAgreement(services, want.agreementId) };
  const data = await loadPortfolio(services, want.year, today);
  if (!want.account) return { kind: 'portfolio', year: want.year, data };
  // account=&year=: the portfolio's batch already holds the accounts and the year's agreements.
  const key = want.account.toLocaleLowerCase();
  const account = data.accounts.find((a) => a.abbreviation.toLocaleLowerCase() === key || String(a.id) === want.account);
  const agreement = account && data.agreements.find((a) => a.accountId === account.id && a.year === want.year);
  if (!agreement) return { kind: 'portfolio', year: want.year, data, missing: { account: account ? `${account.name} (${account.abbreviation})` : undefined } };
  return { kind: 'agreement', agreementId: agreement.id, data: await loadAgreement(services, agreement.id, account.id) };
}
