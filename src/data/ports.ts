/**
 * The interfaces the UI talks to. The SharePoint/Graph implementations live in sp/ and graph/; the UI receives
 * them through React context (ui/AppContext.tsx) and never imports PnPjs itself.
 */
import type {
  Absence,
  Account,
  Action,
  Agreement,
  AgreementHistoryEntry,
  ClockOccurrence,
  ClockTask,
  Contact,
  Draft,
  Entity,
  Feedback,
  Idea,
  IdeaGateDecision,
  Meeting,
  PersonRef,
  Segment,
  Setting,
  SituationRecord,
  Survey,
  SurveyResponse,
} from '../domain/types';
import type { DataError } from './errors';
import type { Filter, OrderBy } from './odata';
import type { ListDef, ListKey } from './schema/types';

export interface Query {
  filter?: Filter;
  orderBy?: OrderBy[];
  /** Items per request (≤ 5,000); `find` returns one page, `all` pages through everything. */
  top?: number;
  /** Only these properties (plus id and etag; people as ids): reads of many items that need few fields send less. */
  select?: string[];
}

export interface Repository<T extends Entity> {
  readonly list: ListDef;
  get(id: number): Promise<T>;
  find(query?: Query): Promise<T[]>;
  pages(query?: Query, pageSize?: number): AsyncIterable<T[]>;
  all(query?: Query): Promise<T[]>;
  findByClientKey(key: string): Promise<T | undefined>;
  /** Throws ValidationError with every problem found. */
  validate(values: Record<string, unknown>, partial?: boolean): void;
  add(draft: Draft<T>): Promise<T>;
  /** Returns the new etag. Throws DataError('conflict') when someone else saved first. */
  update(id: number, patch: Partial<Draft<T>>, etag: string): Promise<string>;
  remove(id: number, etag: string): Promise<void>;
  /** Whether the current user may edit items of this list (SharePoint's EffectiveBasePermissions: EditListItems).
   * Only decides what the UI offers; SharePoint still enforces it on every write. */
  canEdit(): Promise<boolean>;
  /** The current user's rights on this list (EffectiveBasePermissions), for what the UI offers; SharePoint decides. */
  rights(): Promise<ListRights>;
}

export interface ListRights {
  add: boolean;
  edit: boolean;
  /** Override List Behaviors: edits (and reads) items others created where the list allows only one's own (WriteSecurity 2). */
  editOthers: boolean;
}

export interface EntityByList {
  settings: Setting;
  segments: Segment;
  accounts: Account;
  contacts: Contact;
  agreements: Agreement;
  agreementHistory: AgreementHistoryEntry;
  meetings: Meeting;
  clockTasks: ClockTask;
  clockCompletions: ClockOccurrence;
  absences: Absence;
  situationRecords: SituationRecord;
  feedback: Feedback;
  surveys: Survey;
  surveyResponses: SurveyResponse;
  ideas: Idea;
  ideaDecisions: IdeaGateDecision;
  actions: Action;
}

export type Repositories = { [K in ListKey]: Repository<EntityByList[K]> };

export interface SiteUser extends PersonRef {
  isSiteAdmin: boolean;
}

export interface ListStatus {
  key: ListKey;
  title: string;
  exists: boolean;
  itemCount: number;
  missingFields: string[];
  missingIndexes: string[];
}

export interface SchemaStatus {
  /** The version recorded on the site; undefined when never provisioned. */
  siteVersion?: number;
  codeVersion: number;
  lists: ListStatus[];
  upToDate: boolean;
}

export interface SchemaReport {
  createdLists: string[];
  addedFields: string[];
  addedIndexes: string[];
  /** `<list>.<field>` choice fields that gained the choices a later version declares (old choices are kept). */
  updatedChoices?: string[];
  /** Site groups created (permissions.ts), in the site's language. */
  createdGroups?: string[];
  /** Lists whose role inheritance was broken (they get the groups' roles only). */
  brokenInheritance?: string[];
  /** `<list or web>: <group> → <permission level>` role assignments added. */
  addedRoleAssignments?: string[];
  fromVersion?: number;
  toVersion: number;
}

export interface SiteService {
  info(): Promise<{ title: string; url: string; serverRelativeUrl: string }>;
  currentUser(): Promise<SiteUser>;
  /** Resolves a login (UPN) to the site user id that person columns store. */
  ensureUser(loginOrUpn: string): Promise<PersonRef>;
  schemaStatus(): Promise<SchemaStatus>;
  ensureSchema(onProgress?: (message: string) => void): Promise<SchemaReport>;
}

export type Availability = 'Available' | 'Busy' | 'DoNotDisturb' | 'BeRightBack' | 'Away' | 'Offline' | 'PresenceUnknown';

export interface Presence {
  availability: Availability;
  activity?: string;
  outOfOffice?: { isOutOfOffice: boolean; message?: string };
}

export interface DirectoryPerson {
  id: string;
  displayName: string;
  mail?: string;
  userPrincipalName: string;
  jobTitle?: string;
  department?: string;
}

/** Microsoft Graph: people and presence. Optional everywhere: the product works when Graph is not granted. */
export interface PeopleService {
  me(): Promise<DirectoryPerson>;
  findByEmail(email: string): Promise<DirectoryPerson | undefined>;
  /** Several people in one request. */
  findByEmails(emails: string[]): Promise<DirectoryPerson[]>;
  /** Presence for directory ids; ids Graph does not answer for are absent from the map. */
  presence(ids: string[]): Promise<Map<string, Presence>>;
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: DataError };

export interface Services {
  repos: Repositories;
  site: SiteService;
  people?: PeopleService;
  /**
   * Runs the reads `build` starts (on the repositories, or the site: e.g. the current user) in one `$batch` round trip. Start the reads without awaiting them; every
   * result settles on its own (one missing list does not hide the others).
   */
  batch<R extends Record<string, Promise<unknown>>>(build: (repos: Repositories, site: SiteService) => R): Promise<{ [K in keyof R]: Settled<Awaited<R[K]>> }>;
}
