/** Answering the quarterly survey (docs/care-model.md §4): opened from the follow-up group invitation's link. */
import { bundle as choiceLabels } from '../../loc/choices';
import type { Feature } from '../../ui/feature';
import { SurveyAnswerView } from './SurveyAnswer';
import { bundle as surveyAnswerStrings } from './strings';

export const feature: Feature = { View: SurveyAnswerView, bundles: [surveyAnswerStrings, choiceLabels] };
