/**
 * The survey administration, loaded on demand by the leadership view (`import('./surveys')`): it brings its own
 * strings and reads its data itself through the services in AppContext.
 */
import type * as React from 'react';
import { bundle as choiceLabels } from '../../../loc/choices';
import { withStrings } from '../../../ui/withStrings';
import { bundle as surveyAdminStrings } from './strings';
import { SurveyAdminView } from './SurveyAdmin';

export const SurveyAdmin: React.ComponentType<{ onChanged(): void }> = withStrings([surveyAdminStrings, choiceLabels], SurveyAdminView);
