/** SPFx entry for the setup / site-contents view. No logic here: build the host once, render the shared root. */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import * as strings from 'AccountCareSetupWebPartStrings';
import { AccountCareRoot } from '../../app/AccountCareRoot';
import { SpfxHost, createSpfxHost } from '../../host/spfxHost';

export default class AccountCareSetupWebPart extends BaseClientSideWebPart<Record<string, never>> {
  private app: SpfxHost | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.app = await createSpfxHost(this.context);
  }

  public render(): void {
    if (!this.app) return;
    ReactDom.render(React.createElement(AccountCareRoot, { ...this.app, view: 'siteContents' }), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: strings.PropertyPaneDescription }, groups: [] }] };
  }
}
