/** SPFx entry of the leadership situation picture (tilannekuva): a SharePoint page and a Teams tab. */
import type { Services } from '../../data/ports';
import type { HostContext } from '../../ui/host';
import { AccountCareWebPart } from '../AccountCareWebPart';

export default class LeadershipWebPart extends AccountCareWebPart {
  protected loadFeature() {
    return import(/* webpackChunkName: 'leadership' */ '../../features/leadership');
  }

  /** The picture's `$batch` starts before the view's chunk arrives. */
  protected startFirstRead(services: Services, host: HostContext) {
    return import(/* webpackChunkName: 'leadership-read' */ '../../features/leadership/firstRead').then((m) => m.firstRead(services, host));
  }
}
