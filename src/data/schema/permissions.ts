/**
 * Who may do what, as data: the SharePoint site groups the product provisions, the level each holds on the site,
 * and the lists that break inheritance with their own assignments. Provisioning (`ensurePermissions`) applies it;
 * the README's "Permissions" section describes it. People get access by being added to a group.
 *
 * The lists only the provider's account managers change inherit the site's assignments: managers Edit, everyone
 * else in the groups Read. The lists that hold personal data or "own items" rules break inheritance without
 * copying, so only the groups named here (and the site's owners) reach them, whatever else the site grants.
 */
import type { ListKey, LocalizedText } from './types';

/** SP.RoleType, as `web.roleDefinitions.getByType(n)` takes it: the standard permission levels. */
export const ROLE_TYPE = { read: 2, contribute: 3, design: 4, fullControl: 5, edit: 6 } as const;
export type RoleLevel = keyof typeof ROLE_TYPE;

export type GroupKey = 'managers' | 'staff' | 'supervisors' | 'leadership' | 'respondents';

export interface GroupDef {
  key: GroupKey;
  /** Site group names are unique in the site collection; found again by any of the three names. */
  title: LocalizedText;
  description: LocalizedText;
  /** Level on the site; every list that does not break inheritance gives the group this. */
  web: RoleLevel;
}

const t = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });

export const GROUPS: readonly GroupDef[] = [
  {
    key: 'managers',
    title: t('Asiakkuudenhoito - asiakaspäälliköt', 'Kundvård - kundansvariga', 'Account Care - account managers'),
    description: t(
      'Palveluntuottajan asiakaspäälliköt ja tuuraajat: ylläpitävät asiakkuuksia, sopimuksia ja vuosikelloa.',
      'Tjänsteleverantörens kundansvariga och vikarier: sköter kundrelationer, avtal och årshjul.',
      "The provider's account managers and substitutes: keep accounts, agreements and the annual clock.",
    ),
    web: 'edit',
  },
  {
    key: 'staff',
    title: t('Asiakkuudenhoito - palveluhenkilöstö', 'Kundvård - servicepersonal', 'Account Care - service staff'),
    description: t(
      'Palveluhenkilöstö: kirjaa asiakastilanteet ja palautteet, lukee asiakkuudet.',
      'Servicepersonal: registrerar kundsituationer och respons, läser kundrelationer.',
      'Service staff: file situation records and feedback, read the accounts.',
    ),
    web: 'read',
  },
  {
    key: 'supervisors',
    title: t('Asiakkuudenhoito - esihenkilöt', 'Kundvård - chefer', 'Account Care - supervisors'),
    description: t(
      'Esihenkilöt: käsittelevät kaikki asiakastilanteet, palautteet ja poissaolot.',
      'Chefer: behandlar alla kundsituationer, all respons och frånvaro.',
      'Supervisors: review every situation record, all feedback and absences.',
    ),
    web: 'read',
  },
  {
    key: 'leadership',
    title: t('Asiakkuudenhoito - johto', 'Kundvård - ledning', 'Account Care - leadership'),
    description: t(
      'Johto: lukee kaiken, myös kaikki asiakastilanteet, ja kirjaa kyselyvastauksia.',
      'Ledningen: läser allt, även alla kundsituationer, och registrerar enkätsvar.',
      'Leadership: reads everything, including every situation record, and records survey answers.',
    ),
    web: 'read',
  },
  {
    key: 'respondents',
    title: t('Asiakkuudenhoito - asiakkaan vastaajat', 'Kundvård - kundens svarande', 'Account Care - customer respondents'),
    description: t(
      'Tilaaja-asiakkaan edustajat: lukevat asiakkuustiedot ja vastaavat kyselyihin; eivät näe asiakastilanteita, palautteita eivätkä poissaoloja.',
      'Beställarkundens representanter: läser kunduppgifterna och svarar på enkäter; ser inte kundsituationer, respons eller frånvaro.',
      "The customer's representatives: read the account data and answer surveys; never see situation records, feedback or absences.",
    ),
    web: 'read',
  },
];

/** A list's own role assignments; a group left out has no access to the list at all (it is not even listed to them). */
export type ListRoles = Partial<Record<GroupKey, RoleLevel>>;

/**
 * 'inherit': the site's levels apply (managers Edit; staff, supervisors, leadership and respondents Read): the
 * lists only the provider's account managers change. Otherwise the list's own assignments.
 */
export const LIST_ROLES: Readonly<Record<ListKey, ListRoles | 'inherit'>> = {
  settings: 'inherit',
  // Care tiers are the organisation's (like the clock template): the site's owners change them; moving an account to
  // another tier is an account change, which managers make.
  segments: { managers: 'read', staff: 'read', supervisors: 'read', leadership: 'read', respondents: 'read' },
  accounts: 'inherit',
  contacts: 'inherit',
  agreements: 'inherit',
  agreementHistory: 'inherit',
  meetings: 'inherit',
  // The annual clock's template is the organisation's: only the site's owners change it; everyone else reads it
  // (managers still mark their occurrences done and generate their accounts' items in ACClockOccurrences).
  clockTasks: { managers: 'read', staff: 'read', supervisors: 'read', leadership: 'read', respondents: 'read' },
  clockCompletions: 'inherit',
  surveys: 'inherit',
  // The idea portfolio: managers keep the cards; leadership (the steering group) decides at the gate, which is an
  // item change (Contribute: items only, not the list). Everyone else reads.
  ideas: { managers: 'edit', staff: 'read', supervisors: 'read', leadership: 'contribute', respondents: 'read' },
  // Development actions: account managers keep them; supervisors also create them from the feedback and situations
  // they handle (a feedback "creates an action with owner and due date"), leadership from a satisfaction result
  // (Contribute: items only, not the list). Everyone else reads.
  // The gate's decisions are the steering group's: leadership adds them (Contribute), the owners keep Full Control,
  // everyone else reads. Managers cannot decide their own ideas, whatever they write into ACIdeas.
  ideaDecisions: { managers: 'read', staff: 'read', supervisors: 'read', leadership: 'contribute', respondents: 'read' },
  actions: { managers: 'edit', staff: 'read', supervisors: 'edit', leadership: 'contribute', respondents: 'read' },
  // ReadSecurity 2 (lists.ts): Contribute reads only the records it filed. Design includes Override List Behaviors
  // and Manage Lists, which let supervisors and leadership read (and mark reviewed) every record. No respondents.
  situationRecords: { managers: 'contribute', staff: 'contribute', supervisors: 'design', leadership: 'design' },
  // Feedback names customers' people and is handled by the provider: no respondents.
  feedback: { managers: 'edit', staff: 'contribute', supervisors: 'edit', leadership: 'read' },
  // Personal data: the provider's people only. WriteSecurity 2 (lists.ts): managers and staff change only the absences
  // they entered; Design (Override List Behaviors) lets supervisors change the team's.
  absences: { managers: 'contribute', staff: 'contribute', supervisors: 'design', leadership: 'read' },
  // ReadSecurity and WriteSecurity 2 (lists.ts): a customer's respondent reads and changes only their own answers.
  // Design (Override List Behaviors) lets the provider's managers import and read every answer, and leadership read
  // them all; the views show results only from the privacy threshold up. Staff and supervisors have no need of them.
  surveyResponses: { managers: 'design', leadership: 'design', respondents: 'contribute' },
};

/** The site's owners (the team site's associated owners group) keep Full Control on the lists that break inheritance. */
export const OWNERS_ROLE: RoleLevel = 'fullControl';

export function groupDef(key: GroupKey): GroupDef {
  const g = GROUPS.find((x) => x.key === key);
  if (!g) throw new Error(`Unknown group key: ${key}`);
  return g;
}

/** The group a site group name belongs to, in whichever language the site was provisioned. */
export function groupByTitle(title: string): GroupDef | undefined {
  const lower = title.trim().toLowerCase();
  return GROUPS.find((g) => Object.values(g.title).some((x) => x.toLowerCase() === lower));
}
