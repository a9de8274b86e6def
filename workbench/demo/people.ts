/**
 * The demo directory: fictional people of two organisations, with Finnish and Swedish names. Both the local
 * SharePoint service (site users, permissions) and the local Graph service (users, presence) read it.
 * Permissions follow SharePoint's levels: owners 'full', leadership 'design' (reads everything, incl. items
 * others created), account managers and staff 'edit', customer respondents 'contribute', auditors 'read'.
 */
import type { DirectoryUser } from '../sp-service';

export const ORK_SITE = '/sites/ork';
export const HEPA_SITE = '/sites/vantaa-hepa';

export type DemoRole = 'accountManager' | 'workPair' | 'staff' | 'supervisor' | 'leadership' | 'siteOwner' | 'respondent';

export interface DemoPerson extends DirectoryUser {
  role: DemoRole;
  /** Presence as the local Graph service reports it. */
  presence: { availability: string; activity: string; outOfOffice?: { message: string } };
}

const DOMAIN = 'asiakkuus.example';

function person(
  id: string,
  alias: string,
  displayName: string,
  role: DemoRole,
  jobTitle: string,
  department: string,
  sitePermissions: DirectoryUser['sitePermissions'],
  presence: DemoPerson['presence'] = { availability: 'Available', activity: 'Available' },
  preferredLanguage = 'fi-FI',
): DemoPerson {
  const upn = `${alias}@${DOMAIN}`;
  return { id, upn, mail: upn, displayName, jobTitle, department, preferredLanguage, sitePermissions, role, presence };
}

export const DEMO_PEOPLE: DemoPerson[] = [
  person('0b6f1c2e-1a11-4c6e-9d01-000000000001', 'aino.virtanen', 'Aino Virtanen', 'accountManager', 'Asiakaspäällikkö', 'Sidosryhmäpalvelut',
    { [ORK_SITE]: 'edit' }),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000002', 'mikko.korhonen', 'Mikko Korhonen', 'workPair', 'Asiakaspäällikkö', 'Sidosryhmäpalvelut',
    { [ORK_SITE]: 'edit' }, { availability: 'Away', activity: 'OutOfOffice', outOfOffice: { message: 'Olen lomalla. Kiireellisissä asioissa ota yhteyttä Aino Virtaseen.' } }),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000003', 'elina.lindqvist', 'Elina Lindqvist', 'accountManager', 'Asiakaspäällikkö', 'Sidosryhmäpalvelut',
    { [ORK_SITE]: 'edit' }, { availability: 'Busy', activity: 'InAMeeting' }, 'sv-SE'),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000004', 'juha.nieminen', 'Juha Nieminen', 'accountManager', 'Asiakasvastaava', 'Järjestelmäpalvelut',
    { [ORK_SITE]: 'edit' }),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000005', 'sari.heikkinen', 'Sari Heikkinen', 'leadership', 'Asiakkuusjohtaja', 'Sidosryhmäpalvelut',
    { [ORK_SITE]: 'design', [HEPA_SITE]: 'read' }),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000006', 'johan.westerberg', 'Johan Westerberg', 'siteOwner', 'Tietohallinnon asiantuntija', 'Tietohallinto',
    { [ORK_SITE]: 'full', [HEPA_SITE]: 'full' }, { availability: 'Available', activity: 'Available' }, 'sv-SE'),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000007', 'pekka.makinen', 'Pekka Mäkinen', 'staff', 'Järjestelmäpäällikkö', 'Järjestelmäpalvelut',
    { [ORK_SITE]: 'edit' }),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000008', 'liisa.laine', 'Liisa Laine', 'staff', 'Henkilöstöpalvelusihteeri', 'Henkilöstöpalvelut',
    { [HEPA_SITE]: 'edit' }),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000009', 'anna.sjoberg', 'Anna Sjöberg', 'workPair', 'Henkilöstöpalvelusihteeri', 'Henkilöstöpalvelut',
    { [HEPA_SITE]: 'edit' }, { availability: 'Offline', activity: 'OffWork' }, 'sv-SE'),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000010', 'timo.hamalainen', 'Timo Hämäläinen', 'supervisor', 'Palvelutiimin esihenkilö', 'Henkilöstöpalvelut',
    { [HEPA_SITE]: 'design' }),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000011', 'kaisa.ojala', 'Kaisa Ojala', 'respondent', 'Tietohallintopäällikkö (asiakas)', 'Rikosseuraamuslaitos',
    { [ORK_SITE]: 'contribute' }),
  // Added for the demo data (workbench/demo/ork.ts, hepa.ts): a second ORK system manager and a second HEPA work pair.
  person('0b6f1c2e-1a11-4c6e-9d01-000000000012', 'henrik.gronlund', 'Henrik Grönlund', 'staff', 'Järjestelmäpäällikkö', 'Järjestelmäpalvelut',
    { [ORK_SITE]: 'edit' }, { availability: 'Available', activity: 'Available' }, 'sv-SE'),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000013', 'minna.koskinen', 'Minna Koskinen', 'staff', 'Henkilöstöpalvelusihteeri', 'Henkilöstöpalvelut',
    { [HEPA_SITE]: 'edit' }),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000014', 'sofia.nystrom', 'Sofia Nyström', 'workPair', 'Henkilöstöpalvelusihteeri', 'Henkilöstöpalvelut',
    { [HEPA_SITE]: 'edit' }, { availability: 'Available', activity: 'Available' }, 'sv-SE'),
];

export const DEFAULT_USER_UPN = DEMO_PEOPLE[0].upn;
