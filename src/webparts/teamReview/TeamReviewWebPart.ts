/** SPFx entry of the team meeting view (tiimipalaveri): a SharePoint page and a Teams channel tab. */
import type { Services } from '../../data/ports';
import type { HostContext } from '../../ui/host';
import { AccountCareWebPart } from '../AccountCareWebPart';

export default class TeamReviewWebPart extends AccountCareWebPart {
  protected loadFeature() {
    return import(/* webpackChunkName: 'team-review' */ '../../features/teamReview');
  }

  /** The review lists' `$batch` starts before the view's chunk arrives. */
  protected startFirstRead(services: Services, host: HostContext) {
    return import(/* webpackChunkName: 'team-review-read' */ '../../features/teamReview/firstRead').then((m) => m.firstRead(services, host));
  }
}
