/** Setup (site contents): the Account Care lists on this site, and provisioning for site owners. */
import type { Feature } from '../../ui/feature';
import { SiteContents } from './SiteContents';

export const feature: Feature = { View: SiteContents, bundles: [] };
