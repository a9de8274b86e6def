/** SPFx entry of the idea portfolio (ideasalkku): the ideas by stage, the idea card and the steering group's gate; a SharePoint page and a Teams tab. */
import type { Services } from '../../data/ports';
import type { HostContext } from '../../ui/host';
import { AccountCareWebPart } from '../AccountCareWebPart';

export default class IdeasWebPart extends AccountCareWebPart {
  protected loadFeature() {
    return import(/* webpackChunkName: 'ideas' */ '../../features/ideas');
  }

  /** The portfolio's (or one account's) `$batch` starts before the view's chunk arrives. */
  protected startFirstRead(services: Services, host: HostContext) {
    return import(/* webpackChunkName: 'ideas-read' */ '../../features/ideas/firstRead').then((m) => m.firstRead(services, host));
  }
}
