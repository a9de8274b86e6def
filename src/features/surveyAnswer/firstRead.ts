/**
 * The survey page's read, in a module of its own so the web part can start it in onInit (overlapping the view's
 * chunk download) without bundling the view: the survey, the accounts and the user's own response in one `$batch`.
 */
import { loadSurveyAnswer, parseSurveyLink, SurveyAnswerData } from '../../data/queries/surveyAnswer';
import type { Services } from '../../data/ports';
import { toHelsinkiDate } from '../../domain/dates';
import type { HostContext } from '../../ui/host';

export function firstRead(services: Services, host: HostContext): Promise<SurveyAnswerData> {
  return loadSurveyAnswer(services, {
    today: toHelsinkiDate(host.now ?? new Date()),
    link: parseSurveyLink(host.query),
    user: { email: host.user.email, login: host.user.loginName },
    collator: new Intl.Collator(host.locale),
  });
}
