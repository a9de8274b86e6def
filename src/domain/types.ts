/** Domain types of the account care model. Pure data: no React, PnPjs or SPFx. Finnish terms in comments. */
import type {
  ABSENCE_KINDS,
  ACCOUNT_TYPES,
  ACTION_SOURCES,
  ACTION_STATUSES,
  AGREEMENT_KINDS,
  AGREEMENT_STAGES,
  CLOCK_CATEGORIES,
  CLOCK_RECURRENCES,
  CONTACT_ROLES,
  CONTACT_SIDES,
  FEEDBACK_CHANNELS,
  FEEDBACK_KINDS,
  FEEDBACK_REASONS,
  FEEDBACK_STATUSES,
  IDEA_DECISIONS,
  IDEA_SOURCES,
  IDEA_STAGES,
  LIFECYCLE_STAGES,
  MEETING_MODES,
  MEETING_RHYTHMS,
  MEETING_STATUSES,
  MEETING_TYPES,
  MEETING_LEVELS,
  ORGANISATION_FORMS,
  OWNER_ROLES,
  RESPONSE_SOURCES,
  SIGNER_ROLES,
  SITUATION_CATEGORIES,
  SURVEY_KINDS,
  SURVEY_STATUSES,
} from './vocabulary';
import type { IsoDate } from './dates';
import type { ClockRule } from './clockRules';
import type { IdeaHistoryEntry } from './ideaGate';

export type { IsoDate };

/** A SharePoint site user as the product refers to people (the id is the site-collection user id). */
export interface PersonRef {
  id: number;
  title?: string;
  email?: string;
  loginName?: string;
}

export interface Link {
  url: string;
  description?: string;
}

/** What every stored item carries: its id, the etag to send back on update, and audit fields. */
export interface Entity {
  id: number;
  etag: string;
  clientKey?: string;
  created?: string;
  modified?: string;
  authorId?: number;
  editorId?: number;
}

export type AccountType = (typeof ACCOUNT_TYPES)[number];
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
export type MeetingRhythm = (typeof MEETING_RHYTHMS)[number];
export type ContactRole = (typeof CONTACT_ROLES)[number];
export type ContactSide = (typeof CONTACT_SIDES)[number];
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
export type AgreementStage = (typeof AGREEMENT_STAGES)[number];
export type SignerRole = (typeof SIGNER_ROLES)[number];
export type MeetingType = (typeof MEETING_TYPES)[number];
export type MeetingLevel = (typeof MEETING_LEVELS)[number];
export type OrganisationForm = (typeof ORGANISATION_FORMS)[number];
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export type MeetingMode = (typeof MEETING_MODES)[number];
export type ClockCategory = (typeof CLOCK_CATEGORIES)[number];
export type ClockRecurrence = (typeof CLOCK_RECURRENCES)[number];
export type OwnerRole = (typeof OWNER_ROLES)[number];
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];
export type SituationCategory = (typeof SITUATION_CATEGORIES)[number];
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];
export type SurveyKind = (typeof SURVEY_KINDS)[number];
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];
export type IdeaStage = (typeof IDEA_STAGES)[number];
export type IdeaSource = (typeof IDEA_SOURCES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type ActionSource = (typeof ACTION_SOURCES)[number];

export interface Setting extends Entity {
  key: string;
  value?: string;
}

/** A meeting type with its frequency in a care tier (hoitomalli). */
export interface CareTierMeeting {
  meetingType: MeetingType;
  perYear: number;
  /** Seed 000's levels: operational, tactical, strategic. */
  level?: MeetingLevel;
}

/** A care tier (hoitomalli): which meetings at which frequency and which survey; the clock template is the segment's. */
export interface CareTier {
  meetings: CareTierMeeting[];
  survey?: SurveyKind;
}

/** A customer segment and its care tier; accounts inherit the tier of their segment. */
export interface Segment extends Entity {
  name: string;
  code?: string;
  description?: string;
  careTier?: CareTier;
  clockTemplate?: string;
}

export interface KeyDocument {
  title: string;
  url: string;
}

/** Asiakkuus: one customer that has its own annual agreement; may cover several agencies. */
export interface Account extends Entity {
  name: string;
  abbreviation: string;
  accountType: AccountType;
  memberAgencies?: string;
  segmentId?: number;
  lifecycleStage?: LifecycleStage;
  /** Ostrowski's engagement level, 1 (none) … 5 (full). Ask the customer; don't guess. */
  engagementLevel?: number;
  accountManager?: PersonRef;
  backup?: PersonRef;
  systemManager?: PersonRef;
  meetingRhythm?: MeetingRhythm;
  /** Toimintatavat, e.g. "all contact through the customer's head of IT". */
  workingAgreements?: string;
  planGeneral?: string;
  planRelationship?: string;
  planResponsibilities?: string;
  workspaceUrl?: Link;
  caseSystemUrl?: Link;
  diaryNumbers?: string;
  keyDocuments?: KeyDocument[];
  teamsGroupId?: string;
  teamsChannelId?: string;
  teamsChannelName?: string;
  active?: boolean;
  /** v7: the customer's organisation form (cross-substitution readiness). */
  organisationForm?: OrganisationForm;
  /** v7: the provider side of the account team (seed 000). */
  itCoordinator?: PersonRef;
  itManager?: PersonRef;
  serviceOwner?: PersonRef;
  serviceManager?: PersonRef;
}

export interface Contact extends Entity {
  name: string;
  accountId: number;
  side: ContactSide;
  roles?: ContactRole[];
  jobTitle?: string;
  organisation?: string;
  email?: string;
  phone?: string;
  signingOrder?: number;
  notes?: string;
}

export interface AgreementChecklist {
  templateChecked?: boolean;
  dataCollected?: boolean;
  draftComplete?: boolean;
}

/**
 * A signatory of the agreement: planned ones have no `signedOn` yet. The array is the signing order; `order`, when
 * present (v5 data), says it explicitly. 'customer' is how v5 data named the customer's representative.
 */
export interface AgreementSignature {
  order?: number;
  role: SignerRole | 'customer';
  name: string;
  signedOn?: IsoDate;
}

/** An appendix is a link to its own document; finance and security appendices carry the agreement's diary number. */
export interface AgreementAppendix {
  title: string;
  /** Who must read it (the partnership model tags appendices by reader: docs/care-model.md §9). */
  audience?: string;
  url?: string;
  diaryNumber?: string;
}

/** The year's template versions the draft was made from (the account team reviews the templates in October). */
export interface AgreementTemplateVersions {
  agreement?: string;
  appendices?: string;
}

/** One line of the budget allocation (the transferred ICT budget split by item). */
export interface BudgetAllocationLine {
  item: string;
  amount: number;
}

/** The services, systems and projects the agreement covers, verified by the system manager before review. */
export interface AgreementServices {
  services: string[];
  systems: string[];
  projects: string[];
  verifiedBy?: string;
  verifiedOn?: IsoDate;
}

/** Palvelusopimus: one per account and year. */
export interface Agreement extends Entity {
  title: string;
  accountId: number;
  year: number;
  kind: AgreementKind;
  stage: AgreementStage;
  /** The agreement flow's id (src/domain/agreementFlow.ts); none = the ORK flow. */
  flow?: string;
  diaryNumber?: string;
  deadline?: IsoDate;
  checklist?: AgreementChecklist;
  templateVersions?: AgreementTemplateVersions;
  /** Signatories in signing order, planned and signed. */
  signatures?: AgreementSignature[];
  transferredBudget?: number;
  budgetAllocation?: BudgetAllocationLine[];
  services?: AgreementServices;
  /** The customer's development plans for the year, as the planning meetings heard them. */
  developmentPlans?: string;
  appendices?: AgreementAppendix[];
  documentUrl?: Link;
  /** Where the signed agreement is stored: the case in the case system, and the account's workspace. */
  caseSystemUrl?: Link;
  workspaceUrl?: Link;
  signedOn?: IsoDate;
  owner?: PersonRef;
  notes?: string;
  /** The client key of the history entry of the latest stage change (written with it, src/data/queries/agreements.ts). */
  lastTransition?: string;
}

export interface AgreementHistoryEntry extends Entity {
  agreementId: number;
  fromStage?: AgreementStage;
  toStage: AgreementStage;
  changedAt: string;
  changedBy?: PersonRef;
  comment?: string;
}

export interface AgendaItem {
  number: number;
  title: string;
  notes?: string;
}

/** Seurantaryhmä or another customer meeting (asiakastapaaminen). */
export interface Meeting extends Entity {
  title: string;
  accountId: number;
  meetingType: MeetingType;
  startsAt: string;
  durationMinutes?: number;
  year?: number;
  quarter?: number;
  mode?: MeetingMode;
  location?: string;
  chair?: string;
  attendees?: string;
  agenda?: AgendaItem[];
  materialsReadyOn?: IsoDate;
  materialsUrl?: Link;
  surveyUrl?: Link;
  minutes?: string;
  minutesUrl?: Link;
  decisions?: string;
  status?: MeetingStatus;
}

/** A task of the annual clock (vuosikello) template, or its dated instance for one year. */
export interface ClockTask extends Entity {
  title: string;
  template: string;
  category: ClockCategory;
  month: number;
  recurrence?: ClockRecurrence;
  year?: number;
  dueDate?: IsoDate;
  perAccount?: boolean;
  ownerRole?: OwnerRole;
  description?: string;
  sortOrder?: number;
  /** v2: stable code within the template; part of each generated occurrence's client key (`occurrenceKey`). */
  code?: string;
  /** v2: when the task falls due (src/domain/clockRules.ts). A task without a rule is a v1 one-year task. */
  rule?: ClockRule;
  /** v2: dates the finance unit announces, by period (`YYYY-MM`); they replace the rule's date for that period. */
  overrides?: Record<string, IsoDate>;
  /** v2: a retired task generates nothing from now on; its done history stays. */
  retired?: boolean;
  /** v2, per-account tasks only: the account types that get the task; empty or missing = every account. */
  accountTypes?: AccountType[];
}

/** An annual clock item: one task's due date for one account (or the organisation); generated ones carry
 * `clientKey = occurrenceKey(template, code, period, accountId)`. */
export interface ClockOccurrence extends Entity {
  taskId: number;
  accountId?: number;
  dueDate: IsoDate;
  owner?: PersonRef;
  done?: boolean;
  doneOn?: IsoDate;
  notes?: string;
  /** The template's date when generated; a dueDate that differs was moved by hand and stays when regenerated. */
  plannedDate?: IsoDate;
}

export interface Absence extends Entity {
  person: PersonRef;
  start: IsoDate;
  end: IsoDate;
  kind: AbsenceKind;
  substitute?: PersonRef;
  /** Vantaa: 1–2 day absences are not covered unless marked. */
  coverShort?: boolean;
  /** Which of the person's accounts are covered (all when absent), and per-account substitutes. */
  cover?: AbsenceCover;
  notes?: string;
}

/** Which of the absent person's accounts an absence covers, and by whom when not by the absence's substitute. */
export interface AbsenceCover {
  /** The accounts covered; absent = all the accounts the person manages. Accounts they do not manage are ignored. */
  accountIds?: number[];
  /** A substitute per account id, instead of the absence's substitute. */
  overrides?: Record<number, PersonRef>;
}

/** Asiakastilanteen dokumentointi (Vantaa form: Kirjaaja, Päivämäärä, Asiakastilanne, Ratkaisu). */
export interface SituationRecord extends Entity {
  recorder: PersonRef;
  date: IsoDate;
  accountId?: number;
  category: SituationCategory;
  situation: string;
  solution?: string;
  reviewed?: boolean;
  supervisorNotified?: boolean;
  /** "Bring to the team meeting": listed in the team meeting view until reviewed. */
  forReview?: boolean;
}

/** Palautteen dokumentointi (Vantaa form). */
export interface Feedback extends Entity {
  recorder: PersonRef;
  date: IsoDate;
  accountId?: number;
  kind: FeedbackKind;
  reason: FeedbackReason;
  reasonOther?: string;
  text: string;
  channel?: FeedbackChannel;
  status: FeedbackStatus;
  reaction?: string;
  handler?: PersonRef;
  reactedOn?: IsoDate;
  /** Seed 004: every feedback gets a reaction, and the person who gave it hears of it. */
  respondentInformed?: boolean;
  forReview?: boolean;
  reviewed?: boolean;
}

export interface SurveyQuestion {
  id: string;
  /** The area or dimension, e.g. continuousServices, or 9E's economic/human/values worlds. */
  area: string;
  text: { fi: string; sv: string; en: string };
  scale: { min: number; max: number };
  /** An answer is needed to send the response (default: required). */
  required?: boolean;
}

export interface SurveyDefinition {
  questions: SurveyQuestion[];
  nps?: boolean;
  openFeedback?: boolean;
}

export interface Survey extends Entity {
  title: string;
  kind: SurveyKind;
  year: number;
  quarter?: number;
  definition: SurveyDefinition;
  opensOn?: IsoDate;
  closesOn?: IsoDate;
  status: SurveyStatus;
}

export interface SurveyResponse extends Entity {
  surveyId: number;
  accountId: number;
  respondentName?: string;
  respondentLevel?: string;
  /** question id → score */
  answers: Record<string, number>;
  nps?: number;
  overall?: number;
  comment?: string;
  submittedAt: string;
  source?: ResponseSource;
  /** Who answered, normalised (see `respondentKeyOf` in domain/surveys.ts). */
  respondentKey?: string;
}

/** Ideasalkku: Idea → Tarve (idea card) → Ratsu → small development or steering-group gate. */
export interface Idea extends Entity {
  title: string;
  accountId: number;
  stage: IdeaStage;
  source?: IdeaSource;
  owner?: PersonRef;
  description?: string;
  goals?: string;
  estimatedCost?: number;
  risks?: string;
  schedule?: string;
  benefitAnalysis?: string;
  decisionOn?: IsoDate;
  /** v7: every gate move, oldest first (src/domain/ideaGate.ts). */
  gateHistory?: IdeaHistoryEntry[];
  /** v7: the reason of the latest gate decision. */
  decisionReason?: string;
}

/** v7: the steering group's decision at the idea gate (only leadership writes these). */
export interface IdeaGateDecision extends Entity {
  ideaId: number;
  decision: (typeof IDEA_DECISIONS)[number];
  reason: string;
  decidedOn?: IsoDate;
  decidedBy?: PersonRef;
  round?: string;
}

/** Toimenpide: an action with an owner, from the account plan, a survey, a meeting or feedback. */
export interface Action extends Entity {
  title: string;
  accountId: number;
  source?: ActionSource;
  owner?: PersonRef;
  dueDate?: IsoDate;
  status: ActionStatus;
  goal?: string;
  metric?: string;
  notes?: string;
  sourceRef?: string;
}

/** The fields a caller supplies to create an item: no id, etag or audit fields. */
export type Draft<T extends Entity> = Omit<T, keyof Entity> & { clientKey?: string };
