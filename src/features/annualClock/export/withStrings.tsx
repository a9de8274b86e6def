/**
 * The annual clock's lazily loaded parts (export menu, template editor, organisation view) bring their own string
 * bundles: `withStrings([bundle, choices], Component)` renders the component once those bundles are loaded in the
 * user's language (at once when they already are; a spinner meanwhile, a retry if a chunk cannot be fetched), so
 * the main view need not list them in its feature's bundles.
 */
import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react';
import { Bundle, langOf } from '../../../loc/bundle';
import { useApp } from '../../../ui/AppContext';
import { ErrorBar } from '../../../ui/ErrorBar';

function allLoaded(bundles: readonly Bundle<unknown>[], lang: ReturnType<typeof langOf>): boolean {
  try {
    bundles.forEach((b) => b.get(lang));
    return true;
  } catch {
    return false;
  }
}

export function withStrings<P extends object>(bundles: readonly Bundle<unknown>[], Inner: React.ComponentType<P>): (props: P) => JSX.Element {
  return function WithStrings(props: P): JSX.Element {
    const { host, strings } = useApp();
    const lang = langOf(host.locale);
    const [ready, setReady] = React.useState(() => allLoaded(bundles, lang));
    const [error, setError] = React.useState<unknown>();
    const [attempt, setAttempt] = React.useState(0);
    React.useEffect(() => {
      if (allLoaded(bundles, lang)) {
        setReady(true);
        return undefined;
      }
      let live = true;
      setReady(false);
      Promise.all(bundles.map((b) => b.load(lang))).then(
        () => live && setReady(true),
        (e) => live && setError(e),
      );
      return () => {
        live = false;
      };
    }, [lang, attempt]);
    if (ready) return React.createElement(Inner, props);
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
    return <Spinner size={SpinnerSize.small} label={strings.loading} />;
  };
}
