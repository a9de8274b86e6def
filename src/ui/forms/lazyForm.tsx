/**
 * Edit forms load when opened: `lazyForm(() => import('./SomePanelForm').then((m) => m.SomePanelForm))` gives a
 * component that fetches the form's chunk on first use (a spinner meanwhile, a retry when the chunk cannot be
 * fetched), so the view's first chunk does not carry it. It also returns the focus to the control that opened the
 * form when the form closes (useReturnFocus), however it closes.
 */
import * as React from 'react';
import { Spinner } from '@fluentui/react';
import { useApp } from '../AppContext';
import { ErrorBar } from '../ErrorBar';
import { useReturnFocus } from './useReturnFocus';

export function lazyForm<P extends object>(load: () => Promise<React.ComponentType<P>>): (props: P) => JSX.Element {
  let loaded: React.ComponentType<P> | undefined;
  let pending: Promise<React.ComponentType<P>> | undefined;
  const fetchForm = (): Promise<React.ComponentType<P>> => {
    if (!pending) {
      pending = load().then((form) => (loaded = form));
      // A failed fetch (network) may be retried.
      pending.catch(() => {
        pending = undefined;
      });
    }
    return pending;
  };

  return function LazyForm(props: P): JSX.Element {
    useReturnFocus();
    const { strings } = useApp();
    const [Form, setForm] = React.useState<React.ComponentType<P> | undefined>(() => loaded);
    const [error, setError] = React.useState<unknown>();
    const [attempt, setAttempt] = React.useState(0);
    React.useEffect(() => {
      if (Form) return undefined;
      let live = true;
      fetchForm().then(
        (form) => live && setForm(() => form),
        (e) => live && setError(e),
      );
      return () => {
        live = false;
      };
    }, [Form, attempt]);
    if (Form) return React.createElement(Form, props);
    if (error !== undefined)
      return (
        <ErrorBar
          error={error}
          onRetry={() => {
            setError(undefined);
            setAttempt((n) => n + 1);
          }}
        />
      );
    return <Spinner label={strings.loading} style={{ padding: 8 }} />;
  };
}
