/** The React context every feature reads: services (ports), host facts and the strings of the user's locale. */
import * as React from 'react';
import type { Services } from '../data/ports';
import { Strings, stringsFor } from '../loc/strings';
import type { HostContext } from './host';
import { makeUseBundle } from '../loc/bundle';

export interface AppContextValue {
  services: Services;
  host: HostContext;
  strings: Strings;
}

const Ctx = React.createContext<AppContextValue | undefined>(undefined);

export function AppContextProvider(props: { services: Services; host: HostContext; children?: React.ReactNode }): JSX.Element {
  const value = React.useMemo<AppContextValue>(
    () => ({ services: props.services, host: props.host, strings: stringsFor(props.host.locale) }),
    [props.services, props.host],
  );
  return <Ctx.Provider value={value}>{props.children}</Ctx.Provider>;
}

export function useApp(): AppContextValue {
  const v = React.useContext(Ctx);
  if (!v) throw new Error('useApp outside AppContextProvider');
  return v;
}

/** Strings of a feature bundle (src/loc/<feature>.ts) in the user's language. */
export const useBundle = makeUseBundle(() => useApp().host.locale);
