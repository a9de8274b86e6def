/** The React context every feature reads: services (ports), host facts and the strings of the user's locale. */
import * as React from 'react';
import type { Services } from '../data/ports';
import { Bundle, langOf } from '../loc/bundle';
import { Strings, commonStrings } from '../loc/strings';
import type { HostContext } from './host';

export interface AppContextValue {
  services: Services;
  host: HostContext;
  strings: Strings;
}

const Ctx = React.createContext<AppContextValue | undefined>(undefined);

/** Render only after `commonStrings` (and the view's bundles) were loaded in the host's language; see loadBundles. */
export function AppContextProvider(props: { services: Services; host: HostContext; children?: React.ReactNode }): JSX.Element {
  const value = React.useMemo<AppContextValue>(
    () => ({ services: props.services, host: props.host, strings: commonStrings.get(langOf(props.host.locale)) }),
    [props.services, props.host],
  );
  return <Ctx.Provider value={value}>{props.children}</Ctx.Provider>;
}

export function useApp(): AppContextValue {
  const v = React.useContext(Ctx);
  if (!v) throw new Error('useApp outside AppContextProvider');
  return v;
}

/** Strings of a loaded bundle in the user's language: `const s = useBundle(followUpStrings)`. */
export function useBundle<T>(bundle: Bundle<T>): T {
  const lang = langOf(useApp().host.locale);
  return bundle.get(lang);
}
