/** SPFx entry of Substitutes (tuuraus): a SharePoint page, a Teams channel tab and the Teams personal app. */
import type { Services } from '../../data/ports';
import type { HostContext } from '../../ui/host';
import { AccountCareWebPart } from '../AccountCareWebPart';

export default class SubstitutesWebPart extends AccountCareWebPart {
  protected loadFeature() {
    return import(/* webpackChunkName: 'substitutes' */ '../../features/substitutes');
  }

  /** The first read (with the cover rules) is a small chunk of its own, fetched beside the view's; its `$batch` starts before the view arrives. */
  protected startFirstRead(services: Services, host: HostContext) {
    return import(/* webpackChunkName: 'substitutes-read' */ '../../features/substitutes/firstRead').then((m) => m.firstRead(services, host));
  }
}
