/** SPFx entry of Account Care setup: the site's Account Care lists, and provisioning for site owners. */
import { AccountCareWebPart } from '../AccountCareWebPart';

export default class SetupWebPart extends AccountCareWebPart {
  protected loadFeature() {
    return import(/* webpackChunkName: 'setup' */ '../../features/setup');
  }
}
