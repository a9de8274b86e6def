/**
 * A lazily loaded part of a view (the clock's export menu, template editor and organisation view; the handover
 * brief) brings its own string bundles: `withStrings([bundle, choices], Component)` renders the component once those bundles are loaded in the
 * user's language (at once when they already are; a spinner meanwhile, a retry if a chunk cannot be fetched), so
 * the main view need not list them in its feature's bundles.
 */
import * as React from 'react';
import { Spinner, SpinnerSize } from '@fluentui/react';
import { Bundle, langOf } from '../loc/bundle';
import { useApp } from './AppContext';
import { ErrorBar } from './ErrorBar';
import { useAsync } from './useAsync';

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
    const already = allLoaded(bundles, lang);
    // Loaded already (the usual case after the first time): render at once; else fetch, with a retry on failure.
    const load = useAsync(() => (already ? Promise.resolve() : Promise.all(bundles.map((b) => b.load(lang))).then(() => undefined)), [lang]);
    if (already || (!load.loading && load.error === undefined)) return React.createElement(Inner, props);
    if (load.error !== undefined) return <ErrorBar error={load.error} onRetry={load.reload} />;
    return <Spinner size={SpinnerSize.small} label={strings.loading} />;
  };
}
