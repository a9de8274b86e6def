/** The team meeting (tiimipalaveri): records and feedback for review, and the feedback summary; its chart loads on demand. */
import { bundle as choiceLabels } from '../../loc/choices';
import type { Feature } from '../../ui/feature';
import { TeamReview } from './TeamReview';
import { bundle as teamReviewStrings } from './strings';

export const feature: Feature = { View: TeamReview, bundles: [teamReviewStrings, choiceLabels] };
