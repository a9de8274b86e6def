/** What an export button says after it ran: the file it handed over (read out politely), or that it failed. */
import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react';

export function ExportStatus(props: { status: string; failed: boolean; failedText: string; statusTestId?: string }): JSX.Element {
  return (
    <>
      <div role="status" aria-live="polite" style={{ fontSize: 12 }} data-testid={props.statusTestId}>
        {props.status}
      </div>
      {props.failed && (
        <MessageBar messageBarType={MessageBarType.error} role="alert">
          {props.failedText}
        </MessageBar>
      )}
    </>
  );
}
