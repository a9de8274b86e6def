/** SPFx entry of the quarterly survey's answering page: a SharePoint page (the invitation's link) and a Teams tab. */
import type { Services } from '../../data/ports';
import type { HostContext } from '../../ui/host';
import { AccountCareWebPart } from '../AccountCareWebPart';

export default class SurveyAnswerWebPart extends AccountCareWebPart {
  protected loadFeature() {
    return import(/* webpackChunkName: 'survey-answer' */ '../../features/surveyAnswer');
  }

  /** The survey and the user's own response are read while the form's chunk loads. */
  protected startFirstRead(services: Services, host: HostContext) {
    return import(/* webpackChunkName: 'survey-answer-read' */ '../../features/surveyAnswer/firstRead').then((m) => m.firstRead(services, host));
  }
}
