/** SPFx entry of the annual clock (vuosikello): a SharePoint page, a Teams channel tab and the Teams personal app. */
import type { Services } from '../../data/ports';
import type { HostContext } from '../../ui/host';
import { AccountCareWebPart } from '../AccountCareWebPart';

export default class AnnualClockWebPart extends AccountCareWebPart {
  protected loadFeature() {
    return import(/* webpackChunkName: 'annual-clock' */ '../../features/annualClock');
  }

  /**
   * The first read's code is a small chunk of its own, fetched in parallel with the view's chunk: the shared bundle
   * every web part loads does not carry the clock's queries, and the `$batch` still starts before the view arrives.
   */
  protected startFirstRead(services: Services, host: HostContext) {
    return import(/* webpackChunkName: 'annual-clock-read' */ '../../features/annualClock/firstRead').then((m) => m.firstRead(services, host));
  }
}
