// The built-in site columns of a team site's root web (`web.fields`, `site.rootWeb.fields`, `availablefields`),
// with SharePoint's own ids and internal names. A subset: the columns every list shares plus the contact columns
// of the "Core Contact and Calendar Columns" group; README.md lists it under the differences.
import { builtinFields, FieldDef, FieldKind } from './schema';

function column(id: string, internalName: string, title: string, kind: number, group: string, props: Partial<FieldDef> = {}): FieldDef {
  return {
    id, internalName, staticName: internalName, title, kind, required: false, indexed: false, unique: false, hidden: false, readOnly: false,
    description: '', group, multi: false, builtin: 'Computed', extra: {}, order: 0, ...props,
  };
}

const CONTACT = 'Core Contact and Calendar Columns';

let cache: FieldDef[] | undefined;

/** Fresh copies are not needed: built-in site columns are never changed in place (updates are refused). */
export function builtinSiteColumns(): FieldDef[] {
  if (cache) return cache;
  const shared = builtinFields().map((f) => ({ ...f, group: f.builtin === 'Title' ? '_Hidden' : f.group }));
  const contact = [
    column('038d1503-4629-40f6-adaf-b47d1ab2d4fe', 'Company', 'Company', FieldKind.Text, CONTACT, { maxLength: 255 }),
    column('2a464df1-44c1-4851-949d-fcd270f0ccf2', 'CellPhone', 'Mobile Number', FieldKind.Text, CONTACT, { maxLength: 255 }),
    column('c4c7d925-bc1b-4f37-826d-ac49b4fb1bc1', 'Birthday', 'Birthday', FieldKind.DateTime, CONTACT, { displayFormat: 0 }),
    column('9da97a8a-1da5-4a77-98d3-4bc10456e700', 'Comments', 'Comments', FieldKind.Note, CONTACT),
    column('90fa9a8e-aac0-4828-9cb4-78f98416affa', 'OtherAddressCity', 'Other Address City', FieldKind.Text, CONTACT, { maxLength: 255 }),
    column('3c0e9e00-8fcc-479f-9d8d-3447cda34c5b', 'OtherAddressCountry', 'Other Address Country/Region', FieldKind.Text, CONTACT, { maxLength: 255 }),
    column('0557c3f8-60c4-4dfb-b5ba-bf3c4e4386b1', 'OtherAddressPostalCode', 'Other Address Postal Code', FieldKind.Text, CONTACT, { maxLength: 255 }),
    column('f45883bc-8733-4b77-ab5d-43613986aa12', 'OtherAddressStateOrProvince', 'Other Address State', FieldKind.Text, CONTACT, { maxLength: 255 }),
  ];
  cache = [...shared, ...contact].map((f, i) => ({ ...f, order: i }));
  return cache;
}
