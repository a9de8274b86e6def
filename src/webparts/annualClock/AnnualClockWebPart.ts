/** SPFx entry of the annual clock (vuosikello): a SharePoint page, a Teams channel tab and the Teams personal app. */
import type { Services } from '../../data/ports';
import { firstRead } from '../../features/annualClock/firstRead';
import type { HostContext } from '../../ui/host';
import { AccountCareWebPart } from '../AccountCareWebPart';

export default class AnnualClockWebPart extends AccountCareWebPart {
  protected loadFeature() {
    return import(/* webpackChunkName: 'annual-clock' */ '../../features/annualClock');
  }

  protected startFirstRead(services: Services, host: HostContext) {
    return firstRead(services, host);
  }
}
