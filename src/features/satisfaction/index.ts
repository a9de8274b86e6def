/** The quarterly satisfaction view for leadership; its chart, the import and the survey admin load on demand. */
import { bundle as choiceLabels } from '../../loc/choices';
import type { Feature } from '../../ui/feature';
import { Satisfaction } from './Satisfaction';
import { bundle as satisfactionStrings } from './strings';

export const feature: Feature = { View: Satisfaction, bundles: [satisfactionStrings, choiceLabels] };
