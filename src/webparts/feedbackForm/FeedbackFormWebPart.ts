/** SPFx entry of the feedback form: a SharePoint page and a Teams channel tab (the channel’s account preselected; `feedbackId=` opens one for handling). */
import type { Services } from '../../data/ports';
import type { HostContext } from '../../ui/host';
import { AccountCareWebPart } from '../AccountCareWebPart';

export default class FeedbackFormWebPart extends AccountCareWebPart {
  protected loadFeature() {
    return import(/* webpackChunkName: 'record-forms' */ '../../features/recordForms').then((m) => ({ feature: m.feedbackFeature }));
  }

  /** The user, accounts and rights in one `$batch`, started before the form's code arrives. */
  protected startFirstRead(services: Services, host: HostContext) {
    return import(/* webpackChunkName: 'record-forms-read' */ '../../features/recordForms/firstRead').then((m) => m.firstRead(services, host));
  }
}
