/** The account tab feature: everything about one account (Teams channel tab, SharePoint page, opened from My accounts). */
import { bundle as choiceLabels } from '../../loc/choices';
import type { Feature } from '../../ui/feature';
import { AccountTab } from './AccountTab';
import { bundle as followUpStrings } from './strings/followUp';
import { bundle as sectionStrings } from './strings/sections';
import { bundle as tabStrings } from './strings/tab';

export const feature: Feature = { View: AccountTab, bundles: [tabStrings, sectionStrings, followUpStrings, choiceLabels] };
