/**
 * SPFx entry for the account tab: a SharePoint web part, a Teams channel tab and the Teams personal app
 * ("My accounts"). No logic here: build the host once, add the web-part property (which account a SharePoint page
 * shows), follow Teams theme changes, and render the shared root.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { IPropertyPaneConfiguration, IPropertyPaneDropdownOption, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import * as strings from 'AccountTabWebPartStrings';
import { AccountCareRoot } from '../../app/AccountCareRoot';
import { HostContext, ThemeName, resolveTheme } from '../../app/host';
import { f } from '../../data/odata';
import { SpfxHost, createSpfxHost } from '../../host/spfxHost';

export interface IAccountTabWebPartProps {
  accountId?: number;
}

type OptionsState = 'idle' | 'loading' | 'loaded' | 'failed';

export default class AccountTabWebPart extends BaseClientSideWebPart<IAccountTabWebPartProps> {
  private app: SpfxHost | undefined;
  /** Kept between renders so the apps see the same object until something they read changes. */
  private host: HostContext | undefined;
  private theme: ThemeName | undefined;
  private options: IPropertyPaneDropdownOption[] = [];
  private optionsState: OptionsState = 'idle';

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.app = await createSpfxHost(this.context);
    // Teams switches light/dark/high contrast without reloading the tab. SPFx has initialized teams-js already.
    const teamsApp = this.context.sdks.microsoftTeams?.teamsJs?.app;
    if (teamsApp && typeof teamsApp.registerOnThemeChangeHandler === 'function') {
      teamsApp.registerOnThemeChangeHandler((theme: string) => {
        this.theme = resolveTheme(theme);
        this.render();
      });
    }
  }

  public render(): void {
    if (!this.app) return;
    const accountId = this.properties.accountId;
    const theme = this.theme ?? this.app.host.theme;
    if (!this.host || this.host.config?.accountId !== accountId || this.host.theme !== theme) {
      this.host = { ...this.app.host, theme, config: { accountId }, saveConfig: (config) => this.saveConfig(config.accountId) };
    }
    const view = this.host.hostKind === 'TeamsPersonal' ? 'myAccounts' : 'accountTab';
    // The key remounts the app when the property pane picks another account.
    const root = React.createElement(AccountCareRoot, { key: String(accountId ?? ''), services: this.app.services, host: this.host, view });
    ReactDom.render(root, this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  private saveConfig(accountId: number | undefined): void {
    this.properties.accountId = accountId;
    this.render();
  }

  protected onPropertyPaneConfigurationStart(): void {
    if (!this.app || this.optionsState === 'loading' || this.optionsState === 'loaded') return;
    this.optionsState = 'loading';
    this.context.propertyPane.refresh();
    const collator = new Intl.Collator(this.app.host.locale);
    this.app.services.repos.accounts
      .find({ filter: f.eq('active', true), top: 500 })
      .then((accounts) => {
        accounts.sort((a, b) => collator.compare(a.name, b.name));
        this.options = accounts.map((a) => ({ key: a.id, text: a.abbreviation ? `${a.name} (${a.abbreviation})` : a.name }));
        this.optionsState = 'loaded';
      })
      .catch(() => {
        this.optionsState = 'failed';
      })
      .finally(() => this.context.propertyPane.refresh());
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const ready = this.optionsState === 'loaded' && this.options.length > 0;
    const notice =
      this.optionsState === 'failed' ? strings.AccountsFailed : this.optionsState === 'loaded' ? strings.AccountsNone : strings.AccountsLoading;
    return {
      pages: [
        {
          header: { description: strings.PropertyPaneDescription },
          groups: [
            {
              groupName: strings.AccountGroupName,
              groupFields: [
                PropertyPaneDropdown('accountId', {
                  label: strings.AccountFieldLabel,
                  options: ready ? this.options : [{ key: -1, text: notice }],
                  selectedKey: ready ? this.properties.accountId : -1,
                  disabled: !ready,
                }),
              ],
            },
          ],
        },
      ],
    };
  }
}
