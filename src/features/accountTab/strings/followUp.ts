/** Strings of the account tab's follow-up groups section (seurantaryhmät): list, meeting kit, invitation, minutes. */
import { defineBundle } from '../../../loc/bundle';
import type { InvitationStrings } from '../../../domain/meetingKit';

export interface FollowUpStrings {
  title: string;
  intro: string;
  listTitle: string;
  next: string;
  minutesWritten: string;
  minutesMissing: string;
  noneThisYear: string;
  noNext: string;
  rhythm: string;
  addMeetingHint: string;
  otherTitle: string;
  noOther: string;
  details: {
    when: string;
    at: string;
    mode: string;
    chair: string;
    attendees: string;
    materialsReady: string;
    materialsFolder: string;
    survey: string;
    notSet: string;
  };
  materials: { today: string; overdue: string };
  agendaTitle: string;
  agendaOwn: string;
  agendaStandard: string;
  itemNotes: string;
  kit: {
    opening: string;
    previousMeeting: string;
    noPrevious: string;
    previousNoMinutes: string;
    decisions: string;
    minutesDocument: string;
    showMeeting: string;
    openActions: string;
    noOpenActions: string;
    noOwner: string;
    dueOn: string;
    noDue: string;
    overdue: string;
    budget: string;
    budgetSource: string;
    /** Q4: next year's agreement, {year} {stage} {deadline} {state}. */
    nextAgreement: string;
    nextAgreementNoDeadline: string;
    agreementState: Record<'done' | 'onTrack' | 'atRisk' | 'late' | 'noDeadline', string>;
    noBudget: string;
    financeClock: string;
    noFinanceClock: string;
    financeReportHint: string;
    clockState: { done: string; overdue: string; dueSoon: string; upcoming: string };
    servicesToimi: string;
    appendices: string;
    agreementDocument: string;
    keyDocuments: string;
    workspace: string;
    noServiceLinks: string;
    ideas: string;
    noIdeas: string;
    inProgress: string;
    noInProgress: string;
    surveyPeriod: string;
    responsesOne: string;
    responsesMany: string;
    tableCaption: string;
    area: string;
    average: string;
    change: string;
    unchanged: string;
    overall: string;
    nps: string;
    comments: string;
    noComments: string;
    noSurvey: string;
    surveyOpen: string;
    noComparison: string;
    /** {threshold} */
    belowThreshold: string;
    resultsHidden: string;
    surveyActions: string;
    surveyActionsHint: string;
    noSurveyActions: string;
    /** Item 6: the open development actions from the partnership assessment (9E). */
    assessmentActions: string;
    assessmentActionsHint: string;
    otherHint: string;
    nextAgreed: string;
    noNextAgreed: string;
  };
  invitation: {
    title: string;
    help: string;
    heldNote: string;
    subjectLabel: string;
    bodyLabel: string;
    copySubject: string;
    copyBody: string;
    copied: string;
    copyFailed: string;
    fallbackWorkspace: string;
    noMaterialsLink: string;
    noSurveyLink: string;
    text: InvitationStrings;
  };
  minutes: {
    title: string;
    decisions: string;
    emptyPlanned: string;
    empty: string;
    decisionsEmpty: string;
    storeInNext: string;
    nextFolder: string;
    document: string;
  };
}

export const bundle = defineBundle<FollowUpStrings>('accountTab.followUp', {
  fi: () => import(/* webpackChunkName: 'strings-account-tab-fi' */ './followUp.fi'),
  sv: () => import(/* webpackChunkName: 'strings-account-tab-sv' */ './followUp.sv'),
  en: () => import(/* webpackChunkName: 'strings-account-tab-en' */ './followUp.en'),
});
