/** SPFx entry of My accounts: the Teams personal app (and a SharePoint page, e.g. a personal dashboard). */
import type { Services } from '../../data/ports';
import type { HostContext } from '../../ui/host';
import { AccountCareWebPart } from '../AccountCareWebPart';

export default class MyAccountsWebPart extends AccountCareWebPart {
  protected loadFeature() {
    return import(/* webpackChunkName: 'my-accounts' */ '../../features/myAccounts');
  }

  /**
   * The first read's code (with the cover rules) is a small chunk of its own, fetched beside the view's: the shared
   * bundle every web part loads does not carry it, and the `$batch` still starts before the view arrives.
   */
  protected startFirstRead(services: Services, host: HostContext) {
    return import(/* webpackChunkName: 'my-accounts-read' */ '../../features/myAccounts/firstRead').then((m) => m.firstRead(services, host));
  }
}
