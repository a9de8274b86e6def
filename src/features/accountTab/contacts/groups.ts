/**
 * How the contacts are grouped so that a colleague finds the right person fast: the customer's IT management,
 * finance and follow-up group (chair first), the agreement's signatories of both sides in the signing order
 * (docs/care-model.md §2: the provider's customer director or account manager → Director General → customer representatives), and
 * the provider's own people. Pure, for the component and its tests.
 */
import type { Contact, ContactRole } from '../../../domain/types';

export interface ContactGroups {
  it: Contact[];
  finance: Contact[];
  followUp: Contact[];
  otherCustomer: Contact[];
  signatories: Contact[];
  provider: Contact[];
  chair?: Contact;
}

const has = (c: Contact, role: ContactRole): boolean => (c.roles ?? []).includes(role);
const byName = (a: Contact, b: Contact): number => a.name.localeCompare(b.name, 'fi');

export function isSignatory(c: Contact): boolean {
  return has(c, 'signatory') || typeof c.signingOrder === 'number';
}

/** Signing order first (unset last); on a tie the provider signs before the customer, then by name. */
export function compareSigning(a: Contact, b: Contact): number {
  const oa = a.signingOrder ?? Number.MAX_SAFE_INTEGER;
  const ob = b.signingOrder ?? Number.MAX_SAFE_INTEGER;
  if (oa !== ob) return oa - ob;
  if (a.side !== b.side) return a.side === 'provider' ? -1 : 1;
  return byName(a, b);
}

export function groupContacts(contacts: Contact[]): ContactGroups {
  const customer = contacts.filter((c) => c.side !== 'provider');
  const it = customer.filter((c) => has(c, 'headOfIt') || has(c, 'itContact')).sort((a, b) => Number(has(b, 'headOfIt')) - Number(has(a, 'headOfIt')) || byName(a, b));
  const finance = customer.filter((c) => has(c, 'finance')).sort(byName);
  const followUp = customer
    .filter((c) => has(c, 'followUpMember') || has(c, 'chair'))
    .sort((a, b) => Number(has(b, 'chair')) - Number(has(a, 'chair')) || byName(a, b));
  const signatories = contacts.filter(isSignatory).sort(compareSigning);
  const shown = new Set([...it, ...finance, ...followUp, ...signatories]);
  return {
    it,
    finance,
    followUp,
    otherCustomer: customer.filter((c) => !shown.has(c)).sort(byName),
    signatories,
    provider: contacts.filter((c) => c.side === 'provider').sort(byName),
    chair: contacts.find((c) => has(c, 'chair')),
  };
}
