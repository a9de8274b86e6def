/**
 * The account tab's property pane on a SharePoint page: a dropdown of the site's active accounts, loaded when the
 * pane first opens (never on page load), with a loading / none / failed notice in its place until then.
 */
import { IPropertyPaneConfiguration, IPropertyPaneDropdownOption, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import * as strings from 'AccountTabWebPartStrings';
import { activeAccounts } from '../../data/queries/accounts';
import type { Services } from '../../data/ports';

type State = 'idle' | 'loading' | 'loaded' | 'failed';

export class AccountPropertyPane {
  private options: IPropertyPaneDropdownOption[] = [];
  private state: State = 'idle';

  /** Starts loading the options once; `refresh` redraws the pane when they arrive. */
  public start(services: Services, locale: string, refresh: () => void): void {
    if (this.state === 'loading' || this.state === 'loaded') return;
    this.state = 'loading';
    refresh();
    activeAccounts(services, new Intl.Collator(locale))
      .then((accounts) => {
        this.options = accounts.map((a) => ({ key: a.id, text: a.abbreviation ? `${a.name} (${a.abbreviation})` : a.name }));
        this.state = 'loaded';
      })
      .catch(() => (this.state = 'failed'))
      .finally(refresh);
  }

  public configuration(accountId: number | undefined): IPropertyPaneConfiguration {
    const ready = this.state === 'loaded' && this.options.length > 0;
    const notice = this.state === 'failed' ? strings.AccountsFailed : this.state === 'loaded' ? strings.AccountsNone : strings.AccountsLoading;
    const dropdown = PropertyPaneDropdown('accountId', {
      label: strings.AccountFieldLabel,
      options: ready ? this.options : [{ key: -1, text: notice }],
      selectedKey: ready ? accountId : -1,
      disabled: !ready,
    });
    return { pages: [{ header: { description: strings.PropertyPaneDescription }, groups: [{ groupName: strings.AccountGroupName, groupFields: [dropdown] }] }] };
  }
}
