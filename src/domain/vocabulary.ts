/**
 * The care model's vocabulary: every choice list, as language-neutral keys. Domain types derive from these, the
 * schema provisions them as SharePoint choice columns, and the UI localizes them (src/loc/choices). Pure data.
 */
export const ACCOUNT_TYPES = ['sector', 'other'] as const;
export const LIFECYCLE_STAGES = ['onboarding', 'developing', 'established', 'change'] as const;
export const MEETING_RHYTHMS = ['weekly', 'biweekly', 'monthly', 'quarterly', 'asNeeded'] as const;
export const CONTACT_ROLES = [
  'headOfIt',
  'itContact',
  'finance',
  'signatory',
  'followUpMember',
  'chair',
  'steeringOfficer',
  'substance',
  // v7: the customer side of the account team (seed 000): the counterpart of the account manager and the contract contact.
  'counterpart',
  'contractContact',
  'other',
] as const;
export const CONTACT_SIDES = ['customer', 'provider'] as const;
export const AGREEMENT_KINDS = ['serviceAgreement', 'partnershipAgreement'] as const;
/** The ORK agreement process as states (docs/care-model.md §2). */
export const AGREEMENT_STAGES = [
  'planning',
  'caseOpened',
  'drafting',
  'customerReview',
  'changesRequested',
  'approved',
  'inSignature',
  'signed',
  'stored',
] as const;
/**
 * Who signs a service agreement (docs/care-model.md §2 step 4): the provider's customer director or the account
 * manager instead, the provider's Director General, the customer's representatives. Stored in ACSignatures (json).
 */
export const SIGNER_ROLES = ['accountManager', 'customerDirector', 'directorGeneral', 'customerRepresentative'] as const;
export const MEETING_TYPES = [
  'followUpGroup',
  'operational',
  'workshop',
  'budget',
  'customerEvent',
  'planning',
  'visit',
  'accountTeam',
  'steeringGroup',
  // v7: the city ICT unit's meeting levels (seed 000): operational, tactical and strategic.
  'tactical',
  'strategic',
] as const;
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const MEETING_MODES = ['teams', 'inPerson', 'hybrid'] as const;
export const CLOCK_CATEGORIES = ['economy', 'agreement', 'followUp', 'satisfaction', 'meetings', 'team', 'other'] as const;
export const CLOCK_RECURRENCES = ['yearly', 'quarterly', 'monthly'] as const;
export const OWNER_ROLES = ['accountManager', 'accountTeam', 'finance', 'leadership', 'systemManager', 'supervisor'] as const;
export const ABSENCE_KINDS = ['holiday', 'sickLeave', 'training', 'parentalLeave', 'other'] as const;
export const SITUATION_CATEGORIES = ['challenging', 'conflict', 'adviceRequest', 'error', 'other'] as const;
export const FEEDBACK_KINDS = ['positive', 'negative', 'developmentIdea', 'question'] as const;
export const FEEDBACK_REASONS = ['serviceQuality', 'operationsQuality', 'other'] as const;
export const FEEDBACK_STATUSES = ['new', 'inProgress', 'answered', 'closed'] as const;
export const FEEDBACK_CHANNELS = ['quickLink', 'email', 'phone', 'meeting', 'survey'] as const;
/** The quarterly ordering-customer survey, the annual customer survey, 9E and the branch-wide user survey. */
export const SURVEY_KINDS = ['quarterly', 'annualCustomer', 'partnership9E', 'userSurvey'] as const;
export const SURVEY_STATUSES = ['draft', 'open', 'closed'] as const;
export const RESPONSE_SOURCES = ['product', 'formsImport', 'webropolImport'] as const;
/** Idea portfolio and its gate (docs/care-model.md §8). */
export const IDEA_STAGES = [
  'idea',
  'need',
  'solutionAnalysis',
  'smallDevelopment',
  'awaitingGate',
  'go',
  'rejected',
  'returned',
  'inDevelopment',
  'done',
] as const;
/** v7: the steering group's decisions at the idea gate (ACIdeaDecisions). */
export const IDEA_DECISIONS = ['go', 'rejected', 'returned'] as const;
export const IDEA_SOURCES = ['meeting', 'workshop', 'survey', 'followUp', 'other'] as const;
export const ACTION_STATUSES = ['open', 'inProgress', 'done', 'cancelled'] as const;
/** v7: 'assessment' (a weak 9E score) and 'idea' (a GO at the idea gate). */
export const ACTION_SOURCES = ['accountPlan', 'survey', 'followUp', 'feedback', 'situation', 'assessment', 'idea', 'other'] as const;
/**
 * v7: the organisation form of the customer (seed 001): a city-owned company, a city division (toimiala), a
 * foundation or an agency. A manager whose accounts are all of one form cannot be covered crosswise.
 */
export const ORGANISATION_FORMS = ['company', 'sector', 'foundation', 'agency'] as const;
/** v7: the meeting levels of a care tier (seed 000). */
export const MEETING_LEVELS = ['operational', 'tactical', 'strategic'] as const;
