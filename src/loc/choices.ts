/** Localized labels for every stored choice value (stored values stay language-neutral). */
import { defineBundle } from './bundle';
import type {
  AbsenceKind, AccountType, ActionSource, ActionStatus, AgreementKind, AgreementStage, ClockCategory, ContactRole, ContactSide,
  FeedbackChannel, FeedbackKind, FeedbackReason, FeedbackStatus, IdeaSource, IdeaStage, LifecycleStage, MeetingMode, MeetingRhythm,
  MeetingLevel, MeetingStatus, MeetingType, OrganisationForm, OwnerRole, SignerRole, SituationCategory, SurveyKind, SurveyStatus,
} from '../domain/types';

export interface ChoiceLabels {
  accountType: Record<AccountType, string>;
  lifecycleStage: Record<LifecycleStage, string>;
  meetingRhythm: Record<MeetingRhythm, string>;
  contactRole: Record<ContactRole, string>;
  contactSide: Record<ContactSide, string>;
  agreementKind: Record<AgreementKind, string>;
  agreementStage: Record<AgreementStage, string>;
  /** Who signs an agreement (its signing order: src/domain/agreementFlow.ts). */
  signerRole: Record<SignerRole, string>;
  meetingType: Record<MeetingType, string>;
  meetingStatus: Record<MeetingStatus, string>;
  meetingMode: Record<MeetingMode, string>;
  clockCategory: Record<ClockCategory, string>;
  ownerRole: Record<OwnerRole, string>;
  absenceKind: Record<AbsenceKind, string>;
  situationCategory: Record<SituationCategory, string>;
  feedbackKind: Record<FeedbackKind, string>;
  feedbackReason: Record<FeedbackReason, string>;
  feedbackStatus: Record<FeedbackStatus, string>;
  feedbackChannel: Record<FeedbackChannel, string>;
  surveyKind: Record<SurveyKind, string>;
  surveyStatus: Record<SurveyStatus, string>;
  ideaStage: Record<IdeaStage, string>;
  ideaSource: Record<IdeaSource, string>;
  actionStatus: Record<ActionStatus, string>;
  actionSource: Record<ActionSource, string>;
  /** v7: the customer's organisation form (cross-substitution readiness). */
  organisationForm: Record<OrganisationForm, string>;
  /** v7: a care tier's meeting levels. */
  meetingLevel: Record<MeetingLevel, string>;
  /** Ostrowski's engagement levels 1–5. */
  engagementLevel: Record<'1' | '2' | '3' | '4' | '5', string>;
  /** Survey areas (question `area` keys). */
  surveyArea: Record<string, string>;
}

export const bundle = defineBundle<ChoiceLabels>('choices', {
  fi: () => import(/* webpackChunkName: 'strings-common-fi' */ './choices.fi'),
  sv: () => import(/* webpackChunkName: 'strings-common-sv' */ './choices.sv'),
  en: () => import(/* webpackChunkName: 'strings-common-en' */ './choices.en'),
});
