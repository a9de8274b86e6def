/** SPFx entry of the partnership assessment (kumppanuusarvio, 9E): results by period, recording, development proposals; a SharePoint page and a Teams tab. */
import type { Services } from '../../data/ports';
import type { HostContext } from '../../ui/host';
import { AccountCareWebPart } from '../AccountCareWebPart';

export default class AssessmentWebPart extends AccountCareWebPart {
  protected loadFeature() {
    return import(/* webpackChunkName: 'assessment' */ '../../features/assessment');
  }

  /** The accounts, periods and the named account's assessments (one `$batch`) start before the view's chunk arrives. */
  protected startFirstRead(services: Services, host: HostContext) {
    return import(/* webpackChunkName: 'assessment-read' */ '../../features/assessment/firstRead').then((m) => m.firstRead(services, host));
  }
}
