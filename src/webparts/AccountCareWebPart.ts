/**
 * The one base class of every Account Care web part. A web part names its feature chunk (and, optionally, the
 * first screen's read); this class builds the host once, starts that read so its round trip overlaps loading the
 * view's code, loads the view's strings in the user's language, follows Teams theme changes and renders.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { Services } from '../data/ports';
import { SpfxHost, createSpfxHost } from '../host/spfxHost';
import { AccountCareRoot } from '../ui/AccountCareRoot';
import { Feature, prepareFeature } from '../ui/feature';
import { HostContext, ThemeName, resolveTheme } from '../ui/host';

export abstract class AccountCareWebPart<P extends object = Record<string, never>> extends BaseClientSideWebPart<P> {
  protected app: SpfxHost | undefined;
  private feature: Feature | undefined;
  private initial: Promise<unknown> | undefined;
  /** The host config the early read was started for: after a property change it no longer applies. */
  private initialKey: string | undefined;
  private theme: ThemeName | undefined;
  /** Kept between renders so the view sees the same object until something it reads changes. */
  private host: HostContext | undefined;

  /** `import(/* webpackChunkName: '…' *\/ '../../features/<name>')`: the view's own chunk. */
  protected abstract loadFeature(): Promise<{ feature: Feature }>;

  /** The first screen's read, started before React renders (optional). */
  protected startFirstRead?(services: Services, host: HostContext): Promise<unknown>;

  /** A view stores a web-part property (SharePoint pages only); web parts with properties implement it. */
  protected saveConfig?(config: NonNullable<HostContext['config']>): void;

  /** Web-part properties the view reads (SharePoint pages); none by default. */
  protected hostConfig(): HostContext['config'] {
    return undefined;
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.app = await createSpfxHost(this.context);
    const host = this.currentHost();
    this.initial = this.startFirstRead?.(this.app.services, host);
    this.initialKey = JSON.stringify(host.config ?? {});
    this.initial?.catch(() => undefined); // the view reports it; never an unhandled rejection
    this.feature = await prepareFeature(() => this.loadFeature(), this.app.host.locale);
    // Teams switches light/dark/high contrast without reloading the tab. SPFx has initialized teams-js already.
    const teamsApp = this.context.sdks.microsoftTeams?.teamsJs?.app;
    teamsApp?.registerOnThemeChangeHandler?.((theme: string) => {
      this.theme = resolveTheme(theme);
      this.render();
    });
  }

  public render(): void {
    if (!this.app || !this.feature) return;
    const host = this.currentHost();
    // The key remounts the view when a property the view reads changes (e.g. the page's account).
    const key = JSON.stringify(host.config ?? {});
    const initial = key === this.initialKey ? this.initial : undefined;
    ReactDom.render(React.createElement(AccountCareRoot, { key, services: this.app.services, host, feature: this.feature, initial }), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [] };
  }

  private currentHost(): HostContext {
    const app = this.app!;
    const theme = this.theme ?? app.host.theme;
    const config = this.hostConfig();
    if (!this.host || this.host.theme !== theme || JSON.stringify(this.host.config) !== JSON.stringify(config)) {
      this.host = { ...app.host, theme, config, saveConfig: this.saveConfig ? (c) => this.saveConfig?.(c) : undefined, query: pageQuery() };
    }
    return this.host;
  }
}

/** The page URL's query (a quick link opens a form pre-filled from it); read here only, so views never touch `location`. */
function pageQuery(): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(window.location.search).entries());
}
