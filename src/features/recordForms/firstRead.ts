/**
 * The forms' read, in a module of its own so the web part can start it in onInit (overlapping the view's chunk
 * download) without bundling the view: the user, the accounts, the page's or channel's account and the rights, in
 * one `$batch`.
 */
import { loadRecordForms, parseQuickLink, RecordFormsData } from '../../data/queries/records';
import type { Services } from '../../data/ports';
import { toHelsinkiDate } from '../../domain/dates';
import type { HostContext } from '../../ui/host';

export function firstRead(services: Services, host: HostContext): Promise<RecordFormsData> {
  return loadRecordForms(services, {
    today: toHelsinkiDate(host.now ?? new Date()),
    link: parseQuickLink(host.query),
    pageAccountId: host.config?.accountId,
    teams: host.teams,
    collator: new Intl.Collator(host.locale),
  });
}
