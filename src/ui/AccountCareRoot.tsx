/**
 * The root every host renders: theme, context, and one feature's view. SPFx web parts, Teams tabs and the local
 * workbench all mount this with their own HostContext and Services, after `prepareFeature` loaded the view's chunk
 * and strings.
 */
import * as React from 'react';
import { ThemeProvider } from '@fluentui/react';
import type { Services } from '../data/ports';
import { AppContextProvider } from './AppContext';
import type { Feature } from './feature';
import type { HostContext } from './host';
import { themeFor } from './theme';

export interface AccountCareRootProps {
  services: Services;
  host: HostContext;
  feature: Feature;
  /** The first screen's data, when the host started reading it early. */
  initial?: Promise<unknown>;
}

export function AccountCareRoot(props: AccountCareRootProps): JSX.Element {
  const View = props.feature.View;
  const theme = themeFor(props.host.theme);
  return (
    <ThemeProvider theme={theme} style={{ background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText, minHeight: '100%' }}>
      <AppContextProvider services={props.services} host={props.host}>
        <div lang={props.host.locale.slice(0, 2)} data-theme={props.host.theme}>
          <View initial={props.initial} />
        </div>
      </AppContextProvider>
    </ThemeProvider>
  );
}
