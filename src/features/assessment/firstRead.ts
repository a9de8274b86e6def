/**
 * The Assessment view's first read, in a module of its own so the web part can start it in onInit (overlapping the
 * view's chunk download) without bundling the view: `account=<abbreviation or id>` names the account; without it
 * the view opens with the account picker.
 */
import { AssessmentData, loadAssessment } from '../../data/queries/assessment';
import type { Services } from '../../data/ports';
import { intlLocale, toHelsinkiDate } from '../../domain/dates';
import type { HostContext } from '../../ui/host';

export type AssessmentFirstRead = AssessmentData;

export function firstRead(services: Services, host: HostContext): Promise<AssessmentFirstRead> {
  const today = toHelsinkiDate(host.now ?? new Date());
  const account = host.query?.account?.trim().slice(0, 40) || undefined;
  return loadAssessment(services, { today, account, collator: new Intl.Collator(intlLocale(host.locale)) });
}
