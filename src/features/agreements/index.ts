/** The Agreements view (view=agreements): one agreement's guided workflow and leadership's portfolio. */
import { bundle as choiceLabels } from '../../loc/choices';
import type { Feature } from '../../ui/feature';
import { Agreements } from './Agreements';
import { bundle as agreementStrings } from './strings';

export const feature: Feature = { View: Agreements, bundles: [agreementStrings, choiceLabels] };
