/**
 * Add or edit a contact in a side panel (ContactPanelForm). The form loads when first opened (its own chunk,
 * `account-tab-forms`), so the account tab's first screen does not carry it; when the panel closes — saved,
 * cancelled, Escape — the focus returns to the button that opened it.
 */
import type { Contact } from '../../../domain/types';
import { lazyForm } from '../../../ui/forms/lazyForm';

export interface ContactPanelProps {
  accountId: number;
  /** The contact to edit; absent when adding. */
  contact?: Contact;
  onClose: () => void;
  onSaved: (contact: Contact, created: boolean) => void;
  /** Puts the fresh version in place after a conflict. */
  onFresh: (contact: Contact) => void;
}

/** Where the panel keeps the unsent form of a new contact or of one contact's edit (sessionStorage, drafts.ts). */
export function contactDraftKey(accountId: number, contactId?: number): string {
  return `contact:${accountId}:${contactId ?? 'new'}`;
}

export const ContactPanel = lazyForm<ContactPanelProps>(() => import(/* webpackChunkName: 'account-tab-forms' */ './ContactPanelForm').then((m) => m.ContactPanelForm));
