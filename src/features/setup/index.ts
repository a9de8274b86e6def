/** Setup (site contents): the Account Care lists on this site, provisioning and privacy (retention, purge) for site owners. */
import type { Feature } from '../../ui/feature';
import { SiteContents } from './SiteContents';
import { bundle as privacyStrings } from './strings';

export const feature: Feature = { View: SiteContents, bundles: [privacyStrings] };
