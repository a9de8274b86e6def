/** The partnership assessment view (view=assessment): 9E results by period, recording an assessment, development proposals. */
import { bundle as choiceLabels } from '../../loc/choices';
import type { Feature } from '../../ui/feature';
import { AssessmentView } from './Assessment';
import { bundle as assessmentStrings } from './strings';

export const feature: Feature = { View: AssessmentView, bundles: [assessmentStrings, choiceLabels] };
