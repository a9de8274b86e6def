/**
 * The demo directory: fictional people of three organisations, with Finnish and Swedish names. Both the local
 * SharePoint service (site users, permissions) and the local Graph service (users, presence) read it.
 *
 * Access works as on a deployed site (README "Permissions"): the site owner holds a direct Full Control on the
 * site (needed to provision it); everyone else gets in only through the site groups that provisioning creates
 * (src/data/schema/permissions.ts), to which `permissions.ts` adds them as a site owner would. The one other
 * direct permission is Sari's Read on the HEPA site: leadership of another organisation, visiting.
 */
import type { DirectoryUser } from '../sp-service';
import type { GroupKey } from '../../src/data/schema/permissions';

export const ORK_SITE = '/sites/ork';
export const HEPA_SITE = '/sites/vantaa-hepa';
/** A fictional city's ICT service unit (Kaupungin ICT-palvelut): partnership managers and care tiers. */
export const CITY_SITE = '/sites/kaupunki-ict';

export type DemoRole = 'accountManager' | 'workPair' | 'staff' | 'supervisor' | 'leadership' | 'siteOwner' | 'respondent';

export interface DemoPerson extends DirectoryUser {
  role: DemoRole;
  /** The Account Care site groups the person belongs to, per site (added after provisioning). */
  groups: Partial<Record<string, GroupKey[]>>;
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
  access: { groups?: DemoPerson['groups']; direct?: DirectoryUser['sitePermissions'] },
  presence: DemoPerson['presence'] = { availability: 'Available', activity: 'Available' },
  preferredLanguage = 'fi-FI',
): DemoPerson {
  const upn = `${alias}@${DOMAIN}`;
  return { id, upn, mail: upn, displayName, jobTitle, department, preferredLanguage, sitePermissions: access.direct ?? {}, groups: access.groups ?? {}, role, presence };
}

const ork = (...groups: GroupKey[]) => ({ groups: { [ORK_SITE]: groups } });
const hepa = (...groups: GroupKey[]) => ({ groups: { [HEPA_SITE]: groups } });
const city = (...groups: GroupKey[]) => ({ groups: { [CITY_SITE]: groups } });

export const DEMO_PEOPLE: DemoPerson[] = [
  person('0b6f1c2e-1a11-4c6e-9d01-000000000001', 'aino.virtanen', 'Aino Virtanen', 'accountManager', 'Asiakaspäällikkö', 'Sidosryhmäpalvelut',
    ork('managers')),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000002', 'mikko.korhonen', 'Mikko Korhonen', 'workPair', 'Asiakaspäällikkö', 'Sidosryhmäpalvelut',
    ork('managers'), { availability: 'Away', activity: 'OutOfOffice', outOfOffice: { message: 'Olen lomalla. Kiireellisissä asioissa ota yhteyttä Aino Virtaseen.' } }),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000003', 'elina.lindqvist', 'Elina Lindqvist', 'accountManager', 'Asiakaspäällikkö', 'Sidosryhmäpalvelut',
    ork('managers'), { availability: 'Busy', activity: 'InAMeeting' }, 'sv-SE'),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000004', 'juha.nieminen', 'Juha Nieminen', 'accountManager', 'Asiakasvastaava', 'Järjestelmäpalvelut',
    ork('managers')),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000005', 'sari.heikkinen', 'Sari Heikkinen', 'leadership', 'Asiakkuusjohtaja', 'Sidosryhmäpalvelut',
    { groups: { [ORK_SITE]: ['leadership'] }, direct: { [HEPA_SITE]: 'read' } }),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000006', 'johan.westerberg', 'Johan Westerberg', 'siteOwner', 'Tietohallinnon asiantuntija', 'Tietohallinto',
    { direct: { [ORK_SITE]: 'full', [HEPA_SITE]: 'full', [CITY_SITE]: 'full' } }, { availability: 'Available', activity: 'Available' }, 'sv-SE'),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000007', 'pekka.makinen', 'Pekka Mäkinen', 'staff', 'Järjestelmäpäällikkö', 'Järjestelmäpalvelut',
    ork('staff')),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000008', 'liisa.laine', 'Liisa Laine', 'staff', 'Henkilöstöpalvelusihteeri', 'Henkilöstöpalvelut',
    hepa('managers')),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000009', 'anna.sjoberg', 'Anna Sjöberg', 'workPair', 'Henkilöstöpalvelusihteeri', 'Henkilöstöpalvelut',
    hepa('managers'), { availability: 'Offline', activity: 'OffWork' }, 'sv-SE'),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000010', 'timo.hamalainen', 'Timo Hämäläinen', 'supervisor', 'Palvelutiimin esihenkilö', 'Henkilöstöpalvelut',
    hepa('supervisors')),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000011', 'kaisa.ojala', 'Kaisa Ojala', 'respondent', 'Tietohallintopäällikkö (asiakas)', 'Rikosseuraamuslaitos',
    ork('respondents')),
  // Added for the demo data (workbench/demo/ork.ts, hepa.ts): a second ORK system manager and a second HEPA work pair.
  person('0b6f1c2e-1a11-4c6e-9d01-000000000012', 'henrik.gronlund', 'Henrik Grönlund', 'staff', 'Järjestelmäpäällikkö', 'Järjestelmäpalvelut',
    ork('staff'), { availability: 'Available', activity: 'Available' }, 'sv-SE'),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000013', 'minna.koskinen', 'Minna Koskinen', 'staff', 'Henkilöstöpalvelusihteeri', 'Henkilöstöpalvelut',
    hepa('managers')),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000014', 'sofia.nystrom', 'Sofia Nyström', 'workPair', 'Henkilöstöpalvelusihteeri', 'Henkilöstöpalvelut',
    hepa('managers'), { availability: 'Available', activity: 'Available' }, 'sv-SE'),
  // The city ICT unit (workbench/demo/city.ts): four partnership managers, the unit's head, a service owner and an IT coordinator.
  person('0b6f1c2e-1a11-4c6e-9d01-000000000015', 'katja.rautio', 'Katja Rautio', 'accountManager', 'Kumppanuuspäällikkö', 'ICT-palvelut, asiakkuudet ja kumppanuudet',
    city('managers')),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000016', 'mattias.holm', 'Mattias Holm', 'accountManager', 'Kumppanuuspäällikkö', 'ICT-palvelut, asiakkuudet ja kumppanuudet',
    city('managers'), { availability: 'Busy', activity: 'InACall' }, 'sv-SE'),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000017', 'ulla.vainio', 'Ulla Vainio', 'accountManager', 'Kumppanuuspäällikkö', 'ICT-palvelut, asiakkuudet ja kumppanuudet',
    city('managers'), { availability: 'Away', activity: 'OutOfOffice', outOfOffice: { message: 'Olen koulutuksessa. Kiireellisissä asioissa ota yhteyttä Katja Rautioon.' } }),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000018', 'jonas.bergqvist', 'Jonas Bergqvist', 'accountManager', 'Kumppanuuspäällikkö', 'ICT-palvelut, asiakkuudet ja kumppanuudet',
    city('managers'), { availability: 'Available', activity: 'Available' }, 'sv-SE'),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000019', 'marja.toivola', 'Marja Toivola', 'leadership', 'ICT-palvelujohtaja', 'ICT-palvelut',
    city('leadership')),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000020', 'tuomo.kallio', 'Tuomo Kallio', 'staff', 'Palveluvastaava', 'ICT-palvelut, jatkuvat palvelut',
    city('staff')),
  person('0b6f1c2e-1a11-4c6e-9d01-000000000021', 'riina.peltola', 'Riina Peltola', 'staff', 'Tietohallintokoordinaattori', 'ICT-palvelut, kehittäminen',
    city('staff')),
];

export const DEFAULT_USER_UPN = DEMO_PEOPLE[0].upn;

/** Whether a person can open a site: a direct permission there, or membership of an Account Care group. */
export function hasSiteAccess(p: DemoPerson, siteRelativeUrl: string): boolean {
  return (p.sitePermissions[siteRelativeUrl] ?? 'none') !== 'none' || (p.groups[siteRelativeUrl]?.length ?? 0) > 0;
}
