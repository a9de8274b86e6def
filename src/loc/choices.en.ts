/** English strings: loaded on their own, only for users who read this language. */
import type { ChoiceLabels } from './choices';

const strings: ChoiceLabels = {
  accountType: { sector: 'Sector account', other: 'Other account with own agreement' },
  lifecycleStage: { onboarding: 'Start / onboarding', developing: 'Developing cooperation', established: 'Established partnership', change: 'Change situation' },
  meetingRhythm: { weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly', quarterly: 'Quarterly', asNeeded: 'As needed' },
  contactRole: {
    counterpart: "The account manager's counterpart", contractContact: 'Contract contact', headOfIt: 'Head of IT', itContact: 'IT contact', finance: 'Finance', signatory: 'Signatory', followUpMember: 'Follow-up group member',
    chair: 'Chair', steeringOfficer: 'Performance steering officer', substance: 'Subject-matter representative', other: 'Other',
  },
  contactSide: { customer: 'Customer', provider: 'Provider' },
  agreementKind: { serviceAgreement: 'Service agreement', partnershipAgreement: 'Partnership agreement' },
  agreementStage: {
    planning: 'Planning meetings', caseOpened: 'Case opened, diary no. reserved', drafting: 'Drafting', customerReview: 'Customer review',
    changesRequested: 'Changes requested', approved: 'Approved', inSignature: 'In signature', signed: 'Signed', stored: 'Stored',
  },
  signerRole: { accountManager: 'Account manager', customerDirector: 'Customer director', directorGeneral: 'Director General', customerRepresentative: 'Customer representative' },
  meetingType: {
    tactical: 'Tactical meeting', strategic: 'Strategic meeting', followUpGroup: 'Follow-up group', operational: 'Operational meeting', workshop: 'Development workshop', budget: 'Budget meeting', customerEvent: 'Customer event',
    planning: 'Planning meeting', visit: 'Customer visit', accountTeam: 'Account team', steeringGroup: 'Customer steering group',
  },
  meetingStatus: { planned: 'Planned', held: 'Held', cancelled: 'Cancelled' },
  meetingMode: { teams: 'Teams', inPerson: 'In person', hybrid: 'Hybrid' },
  clockCategory: { economy: 'Financial planning', agreement: 'Service agreement', followUp: 'Follow-up groups', satisfaction: 'Customer satisfaction', meetings: 'Meetings', team: 'Team', other: 'Other' },
  ownerRole: { accountManager: 'Account manager', accountTeam: 'Account team', finance: 'Finance unit', leadership: 'Leadership', systemManager: 'System manager', supervisor: 'Supervisor' },
  absenceKind: { holiday: 'Holiday', sickLeave: 'Sick leave', training: 'Training', parentalLeave: 'Parental leave', other: 'Other absence' },
  situationCategory: { challenging: 'Challenging situation', conflict: 'Conflict contact', adviceRequest: 'Advice request', error: 'Error', other: 'Other' },
  feedbackKind: { positive: 'Positive', negative: 'Negative', developmentIdea: 'Development idea', question: 'Question' },
  feedbackReason: { serviceQuality: 'Service quality', operationsQuality: 'Quality of operations', other: 'Other' },
  feedbackStatus: { new: 'New', inProgress: 'In progress', answered: 'Reacted', closed: 'Closed' },
  feedbackChannel: { quickLink: 'Quick link', email: 'Email', phone: 'Phone', meeting: 'Meeting', survey: 'Survey' },
  surveyKind: { quarterly: 'Quarterly survey', annualCustomer: 'Annual customer survey', partnership9E: 'Partnership assessment (9E)', userSurvey: 'User survey' },
  surveyStatus: { draft: 'Draft', open: 'Open', closed: 'Closed' },
  ideaStage: {
    idea: 'Idea', need: 'Need', solutionAnalysis: 'Solution analysis (Ratsu)', smallDevelopment: 'Small development', awaitingGate: 'Awaiting steering group',
    go: 'GO decision', rejected: 'Rejected', returned: 'Returned for preparation', inDevelopment: 'In development', done: 'Done',
  },
  ideaSource: { meeting: 'Meeting', workshop: 'Workshop', survey: 'Survey', followUp: 'Follow-up group', other: 'Other' },
  actionStatus: { open: 'Open', inProgress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
  actionSource: { assessment: 'Partnership assessment (9E)', idea: 'Idea portfolio', accountPlan: 'Account plan', survey: 'Survey', followUp: 'Follow-up group', feedback: 'Feedback', situation: 'Situation record', other: 'Other' },
  organisationForm: { company: 'Company', sector: 'Division', foundation: 'Foundation', agency: 'Agency or municipal enterprise' },
  meetingLevel: { operational: 'Operational', tactical: 'Tactical', strategic: 'Strategic' },
  engagementLevel: { '1': '1 – No engagement', '2': '2 – Low', '3': '3 – Significant', '4': '4 – Strong', '5': '5 – Full' },
  surveyArea: {
    continuousServices: 'Continuous services', jointDevelopment: 'Joint development', projectServices: 'Project services', financialManagement: 'Financial management',
    expertServices: 'Expert services', overall: 'Overall', proactivity: 'Proactivity', expertise: 'Expertise', customerService: 'Customer service',
    communication: 'Communication', service: 'Service', support: 'Support and advice', systems: 'Systems',
  },
};

export default strings;
