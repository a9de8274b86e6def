/** SPFx entry of the leadership's satisfaction view (asiakastyytyväisyys): a SharePoint page and a Teams channel tab. */
import type { Services } from '../../data/ports';
import type { HostContext } from '../../ui/host';
import { AccountCareWebPart } from '../AccountCareWebPart';

export default class SatisfactionWebPart extends AccountCareWebPart {
  protected loadFeature() {
    return import(/* webpackChunkName: 'satisfaction' */ '../../features/satisfaction');
  }

  /** The first screen's `$batch` starts before the view's chunk arrives. */
  protected startFirstRead(services: Services, host: HostContext) {
    return import(/* webpackChunkName: 'satisfaction-read' */ '../../features/satisfaction/firstRead').then((m) => m.firstRead(services, host));
  }
}
