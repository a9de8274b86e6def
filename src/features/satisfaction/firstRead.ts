/**
 * The satisfaction view's read, in a module of its own so the web part can start it in onInit (overlapping the
 * view's chunk download) without bundling the view; Refresh reads the same way.
 */
import { loadSatisfaction, SatisfactionData } from '../../data/queries/satisfaction';
import type { Services } from '../../data/ports';
import { toHelsinkiDate } from '../../domain/dates';
import type { HostContext } from '../../ui/host';

export function firstRead(services: Services, host: HostContext): Promise<SatisfactionData> {
  return loadSatisfaction(services, toHelsinkiDate(host.now ?? new Date()));
}
