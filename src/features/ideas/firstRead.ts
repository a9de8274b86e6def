/**
 * The Ideas view's first read, in a module of its own so the web part can start it in onInit (overlapping the
 * view's chunk download) without bundling the view: one `$batch` with the ideas (one account's when the page says
 * `account=<abbreviation or id>`, else the portfolio), their gate decisions, the accounts and who may decide.
 */
import { IdeasData, loadIdeas } from '../../data/queries/ideas';
import type { Services } from '../../data/ports';
import type { HostContext } from '../../ui/host';

/** The account the page asks for (`account=`), if any. */
export function requestedAccount(query: HostContext['query']): string | undefined {
  return query?.account?.trim() || undefined;
}

export function firstRead(services: Services, host: HostContext): Promise<IdeasData> {
  return loadIdeas(services, { account: requestedAccount(host.query) });
}
