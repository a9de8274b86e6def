/**
 * Setup (site contents): the Account Care lists on this site, provisioning and privacy (retention, purge) for site
 * owners, and the care tiers (hoitomallit) of the segments.
 */
import type { Feature } from '../../ui/feature';
import { bundle as choiceLabels } from '../../loc/choices';
import { SiteContents } from './SiteContents';
import { bundle as privacyStrings } from './strings';
import { bundle as careTierStrings } from './careTierStrings';

export const feature: Feature = { View: SiteContents, bundles: [privacyStrings, careTierStrings, choiceLabels] };
