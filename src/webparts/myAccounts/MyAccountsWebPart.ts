/** SPFx entry of My accounts: the Teams personal app (and a SharePoint page, e.g. a personal dashboard). */
import type { Services } from '../../data/ports';
import { firstRead } from '../../features/myAccounts/firstRead';
import type { HostContext } from '../../ui/host';
import { AccountCareWebPart } from '../AccountCareWebPart';

export default class MyAccountsWebPart extends AccountCareWebPart {
  protected loadFeature() {
    return import(/* webpackChunkName: 'my-accounts' */ '../../features/myAccounts');
  }

  protected startFirstRead(services: Services, host: HostContext) {
    return firstRead(services, host);
  }
}
