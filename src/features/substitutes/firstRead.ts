/**
 * The Substitutes view's read, in a module of its own so the web part can start it in onInit (overlapping the view's
 * chunk download) without bundling the view; the view's Refresh reads the same way.
 */
import { loadSubstitutes, SubstitutesData } from '../../data/queries/substitutes';
import type { Services } from '../../data/ports';
import { toHelsinkiDate } from '../../domain/dates';
import type { HostContext } from '../../ui/host';

export function firstRead(services: Services, host: HostContext): Promise<SubstitutesData> {
  return loadSubstitutes(services, toHelsinkiDate(host.now ?? new Date()), new Intl.Collator(host.locale));
}
