/**
 * The situation picture's first read, in a module of its own so the web part can start it in onInit (overlapping
 * the view's chunk download) without bundling the view: ONE `$batch` (two when a list is over the threshold).
 */
import { loadSituationPicture, SituationData } from '../../data/queries/leadership';
import type { Services } from '../../data/ports';
import { toHelsinkiDate } from '../../domain/dates';
import type { HostContext } from '../../ui/host';

export function firstRead(services: Services, host: HostContext): Promise<SituationData> {
  return loadSituationPicture(services, toHelsinkiDate(host.now ?? new Date()));
}
