/**
 * The root every host renders: theme, context, and one view. SPFx web parts, Teams tabs and the local workbench
 * all mount this with their own HostContext and Services.
 */
import * as React from 'react';
import { ThemeProvider } from '@fluentui/react';
import type { Services } from '../data/ports';
import { AppContextProvider } from './AppContext';
import type { HostContext } from './host';
import { themeFor } from './theme';
import { SiteContents } from './SiteContents/SiteContents';
import { AccountTab } from './AccountTab/AccountTab';
import { MyAccounts } from './MyAccounts/MyAccounts';

export type ViewName = 'siteContents' | 'accountTab' | 'myAccounts';

export const VIEWS: Record<ViewName, () => JSX.Element> = {
  siteContents: SiteContents,
  // AccountTab's only prop (accountId) is optional; the view takes the account from the host.
  accountTab: function AccountTabView(): JSX.Element {
    return <AccountTab />;
  },
  myAccounts: MyAccounts,
};

export interface AccountCareRootProps {
  services: Services;
  host: HostContext;
  view: ViewName;
}

export function AccountCareRoot(props: AccountCareRootProps): JSX.Element {
  const View = VIEWS[props.view];
  const theme = themeFor(props.host.theme);
  return (
    <ThemeProvider theme={theme} style={{ background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText, minHeight: '100%' }}>
      <AppContextProvider services={props.services} host={props.host}>
        <div lang={props.host.locale.slice(0, 2)} data-theme={props.host.theme}>
          <View />
        </div>
      </AppContextProvider>
    </ThemeProvider>
  );
}
