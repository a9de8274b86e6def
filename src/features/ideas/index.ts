/** The Ideas view (view=ideas): the idea portfolio, the idea card and the steering group's gate. */
import { bundle as choiceLabels } from '../../loc/choices';
import type { Feature } from '../../ui/feature';
import { Ideas } from './Ideas';
import { bundle as ideaStrings } from './strings';

export const feature: Feature = { View: Ideas, bundles: [ideaStrings, choiceLabels] };
