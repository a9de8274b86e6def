/**
 * The team meeting view's read, in a module of its own so the web part can start it in onInit (overlapping the
 * view's chunk download) without bundling the view; Refresh reads the same way.
 */
import { loadTeamReview, TeamReviewData } from '../../data/queries/teamReview';
import type { Services } from '../../data/ports';
import { toHelsinkiDate } from '../../domain/dates';
import type { HostContext } from '../../ui/host';

export function firstRead(services: Services, host: HostContext): Promise<TeamReviewData> {
  return loadTeamReview(services, toHelsinkiDate(host.now ?? new Date()));
}
