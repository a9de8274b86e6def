/**
 * The situation and feedback forms (docs/care-model.md §6): one chunk for both, as they share most of their parts;
 * each web part takes its own view from here. Nothing of the team review (its chart) is imported.
 */
import { bundle as choiceLabels } from '../../loc/choices';
import type { Feature } from '../../ui/feature';
import { FeedbackFormView } from './FeedbackForm';
import { SituationFormView } from './SituationForm';
import { bundle as recordStrings } from './strings';

export const situationFeature: Feature = { View: SituationFormView, bundles: [recordStrings, choiceLabels] };
export const feedbackFeature: Feature = { View: FeedbackFormView, bundles: [recordStrings, choiceLabels] };
/** The situation form is the folder's default view. */
export const feature = situationFeature;
