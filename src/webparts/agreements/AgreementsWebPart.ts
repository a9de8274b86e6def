/** SPFx entry of the service agreements (palvelusopimukset): the guided workflow and the portfolio; a SharePoint page and a Teams tab. */
import type { Services } from '../../data/ports';
import type { HostContext } from '../../ui/host';
import { AccountCareWebPart } from '../AccountCareWebPart';

export default class AgreementsWebPart extends AccountCareWebPart {
  protected loadFeature() {
    return import(/* webpackChunkName: 'agreements' */ '../../features/agreements');
  }

  /** The portfolio's (or one agreement's) `$batch` starts before the view's chunk arrives. */
  protected startFirstRead(services: Services, host: HostContext) {
    return import(/* webpackChunkName: 'agreements-read' */ '../../features/agreements/firstRead').then((m) => m.firstRead(services, host));
  }
}
