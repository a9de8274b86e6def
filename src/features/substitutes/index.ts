/** Substitutes (tuuraus): the team's absences, my cover duties, the cover matrix and cross-cover readiness. The brief, the hand-back list and cross-cover readiness load on demand. */
import { bundle as choiceLabels } from '../../loc/choices';
import type { Feature } from '../../ui/feature';
import { Substitutes } from './Substitutes';
import { bundle as substitutesStrings } from './strings';

export const feature: Feature = { View: Substitutes, bundles: [substitutesStrings, choiceLabels] };
