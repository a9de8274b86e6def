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

/**
 * An export's status: `run(make)` runs the download `make` does and shows the message it returns (a promise for an
 * export that reads first); if it throws, the status empties and `failed` says so.
 */
export function useExportRun(): { status: string; failed: boolean; run(make: () => string | Promise<string>): void | Promise<void> } {
  const [status, setStatus] = React.useState('');
  const [failed, setFailed] = React.useState(false);
  const fail = (): void => {
    setStatus('');
    setFailed(true);
  };
  const run = (make: () => string | Promise<string>): void | Promise<void> => {
    setFailed(false);
    let made: string | Promise<string>;
    try {
      made = make();
    } catch {
      return fail();
    }
    if (typeof made === 'string') return setStatus(made);
    return made.then(setStatus, fail);
  };
  return { status, failed, run };
}
