/** The leadership situation picture (view=leadership): every account on one screen, and the managers' goals. */
import { bundle as choiceLabels } from '../../loc/choices';
import type { Feature } from '../../ui/feature';
import { Leadership } from './Leadership';
import { bundle as leadershipStrings } from './strings';

export const feature: Feature = { View: Leadership, bundles: [leadershipStrings, choiceLabels] };
