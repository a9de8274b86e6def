import * as React from 'react';
import { MessageBar, MessageBarButton, MessageBarType } from '@fluentui/react';
import { useApp } from './AppContext';
import { errorMessage } from './errorMessage';

/** An alert (announced by screen readers) with the localized message and an optional retry. */
export function ErrorBar(props: { error: unknown; onRetry?: () => void }): JSX.Element {
  const { strings } = useApp();
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline
      role="alert"
      actions={props.onRetry ? <MessageBarButton onClick={props.onRetry}>{strings.retry}</MessageBarButton> : undefined}
    >
      {errorMessage(strings, props.error)}
    </MessageBar>
  );
}
