/**
 * Adds a development action to the account plan in a side panel (ActionPanelForm). The form loads when first
 * opened (its own chunk, `account-tab-forms`), so the account tab's first screen does not carry it; when the panel
 * closes — saved, cancelled, Escape — the focus returns to the button that opened it.
 */
import type { IsoDate } from '../../../domain/dates';
import type { Account, Action } from '../../../domain/types';
import { lazyForm } from '../../../ui/forms/lazyForm';

export interface ActionPanelProps {
  account: Account;
  today: IsoDate;
  onClose: () => void;
  onSaved: (action: Action) => void;
}

/** Where the panel keeps the unsent form of a new action for an account (sessionStorage, drafts.ts). */
export const actionDraftKey = (accountId: number): string => `action:${accountId}:new`;

export const ActionPanel = lazyForm<ActionPanelProps>(() => import(/* webpackChunkName: 'account-tab-forms' */ './ActionPanelForm').then((m) => m.ActionPanelForm));
