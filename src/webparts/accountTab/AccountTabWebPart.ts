/** SPFx entry of the account tab: a SharePoint web part (the property pane picks the account) and a Teams channel tab. */
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { Services } from '../../data/ports';
import { firstRead } from '../../features/accountTab/firstRead';
import type { HostContext } from '../../ui/host';
import { AccountCareWebPart } from '../AccountCareWebPart';
import { AccountPropertyPane } from './accountPropertyPane';

export interface IAccountTabWebPartProps {
  accountId?: number;
}

export default class AccountTabWebPart extends AccountCareWebPart<IAccountTabWebPartProps> {
  private pane = new AccountPropertyPane();

  protected loadFeature() {
    return import(/* webpackChunkName: 'account-tab' */ '../../features/accountTab');
  }

  protected startFirstRead(services: Services, host: HostContext) {
    return firstRead(services, host);
  }

  protected hostConfig(): HostContext['config'] {
    return { accountId: this.properties.accountId };
  }

  protected saveConfig(config: NonNullable<HostContext['config']>): void {
    this.properties.accountId = config.accountId;
    this.render();
  }

  protected onPropertyPaneConfigurationStart(): void {
    if (this.app) this.pane.start(this.app.services, this.app.host.locale, () => this.context.propertyPane.refresh());
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this.pane.configuration(this.properties.accountId);
  }
}
