/** State shared by the account tab's sections: the loaded data, "today", edit rights and the save helpers. */
import * as React from 'react';
import type { IsoDate } from '../../domain/dates';
import type { Account, Draft } from '../../domain/types';
import type { AccountTabData } from '../../data/queries/accountTab';

export interface AccountTabContextValue {
  data: AccountTabData;
  now: Date;
  today: IsoDate;
  /** The user may edit the account (SharePoint still checks every write). */
  canEdit: boolean;
  /** Reloads everything (one batched round trip). */
  reload: () => Promise<void>;
  /**
   * Saves fields of the account with the etag it was read with. On a concurrent edit the fresh account is put in
   * place (so the UI can show the other version) and DataError('conflict') is thrown: the caller keeps its draft.
   */
  saveAccount: (patch: Partial<Draft<Account>>) => Promise<void>;
  /** Replaces part of the loaded data after a section saved something. */
  update: (change: (data: AccountTabData) => AccountTabData) => void;
}

export const AccountTabCtx = React.createContext<AccountTabContextValue | undefined>(undefined);

export function useAccountTab(): AccountTabContextValue {
  const v = React.useContext(AccountTabCtx);
  if (!v) throw new Error('useAccountTab outside the account tab');
  return v;
}
