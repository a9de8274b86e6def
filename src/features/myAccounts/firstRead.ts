/**
 * My accounts' read, in a module of its own so the web part can start it in onInit (overlapping the view's chunk
 * download) without bundling the view; the view's Refresh reads the same way.
 */
import { loadMyAccounts, MyAccountsData } from '../../data/queries/myAccounts';
import type { Services } from '../../data/ports';
import { toHelsinkiDate } from '../../domain/dates';
import type { HostContext } from '../../ui/host';

export function firstRead(services: Services, host: HostContext): Promise<MyAccountsData> {
  return loadMyAccounts(services, toHelsinkiDate(host.now ?? new Date()), new Intl.Collator(host.locale));
}
