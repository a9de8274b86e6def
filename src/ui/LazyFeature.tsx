/**
 * Shows another feature inside this one (My accounts opening an account's tab) without bundling it here: its chunk
 * and strings load when first shown. The nested view gets the same services and a host whose config says what to show.
 */
import * as React from 'react';
import { Spinner } from '@fluentui/react';
import { AppContextProvider, useApp } from './AppContext';
import { ErrorBar } from './ErrorBar';
import { Feature, prepareFeature } from './feature';
import type { HostContext } from './host';
import { useAsync } from './useAsync';

export function LazyFeature(props: { load: () => Promise<{ feature: Feature }>; config: HostContext['config'] }): JSX.Element {
  const { services, host, strings } = useApp();
  const { load, config } = props;
  const state = useAsync(() => prepareFeature(load, host.locale), [load, host.locale]);
  const key = JSON.stringify(config ?? {});
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const nested = React.useMemo<HostContext>(() => ({ ...host, config, saveConfig: undefined }), [host, key]);
  if (state.error !== undefined) return <ErrorBar error={state.error} onRetry={state.reload} />;
  if (!state.value) return <Spinner label={strings.loading} style={{ padding: 16 }} />;
  const View = state.value.View;
  return (
    <AppContextProvider services={services} host={nested}>
      <View key={key} />
    </AppContextProvider>
  );
}
