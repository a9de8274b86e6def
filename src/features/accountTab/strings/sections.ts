/** Strings of the account tab's contacts, account plan and recent activity sections (and their forms). */
import { defineBundle } from '../../../loc/bundle';

export interface AccountSectionsStrings {
  form: {
    checkFields: string;
    draftRestored: string;
    discardDraft: string;
    conflictIntro: string;
    useTheirs: string;
  };
  contacts: {
    title: string;
    intro: string;
    add: string;
    editContact: string;
    customerSide: string;
    providerSide: string;
    groups: { it: string; finance: string; followUp: string; other: string };
    signatories: string;
    signatoriesHelp: string;
    noSigningOrder: string;
    noSignatories: string;
    chair: string;
    noChair: string;
    noneInGroup: string;
    empty: string;
    emptyProvider: string;
    emailTo: string;
    callTo: string;
    added: string;
    updated: string;
    panel: {
      addTitle: string;
      editTitle: string;
      name: string;
      side: string;
      roles: string;
      jobTitle: string;
      organisation: string;
      email: string;
      phone: string;
      signingOrder: string;
      signingOrderHelp: string;
      notes: string;
    };
  };
  plan: {
    title: string;
    intro: string;
    general: string;
    generalHelp: string;
    generalEmpty: string;
    relationship: string;
    relationshipHelp: string;
    relationshipEmpty: string;
    responsibilities: string;
    responsibilitiesHelp: string;
    responsibilitiesEmpty: string;
    actions: string;
    actionsHelp: string;
    noActions: string;
    addAction: string;
    actionAdded: string;
    tableLabel: string;
    columns: { title: string; goal: string; metric: string; owner: string; due: string; status: string };
    overdue: string;
    statusOf: string;
    statusSaved: string;
    statusConflict: string;
    applyMine: string;
    otherOpen: string;
    otherOpenHelp: string;
    noOtherOpen: string;
    panel: {
      title: string;
      actionTitle: string;
      goal: string;
      metric: string;
      dueDate: string;
      status: string;
      owner: string;
      noOwner: string;
      ownerRoleManager: string;
      ownerRoleBackup: string;
      ownerRoleSystemManager: string;
    };
  };
  activity: {
    title: string;
    intro: string;
    recentLimited: string;
    situations: string;
    noSituations: string;
    recordedBy: string;
    situation: string;
    solution: string;
    noSolution: string;
    reviewed: string;
    notReviewed: string;
    conflictFlag: string;
    supervisorNotified: string;
    supervisorNotNotified: string;
    feedback: string;
    noFeedback: string;
    reasonOther: string;
    channel: string;
    reaction: string;
    handler: string;
    actions: string;
    noActions: string;
    actionCounts: string;
    actionsListLabel: string;
    satisfaction: string;
    noSatisfaction: string;
    resultsBy: string;
    period: string;
    periodQuarter: string;
    periodYear: string;
    survey: string;
    responses: string;
    overall: string;
    nps: string;
    chartTitle: string;
    areasFor: string;
    area: string;
    average: string;
    change: string;
    up: string;
    down: string;
    same: string;
    noPrevious: string;
    comments: string;
    /** A period under the privacy threshold: {threshold}. */
    belowThreshold: string;
    /** The latest period under the threshold: {period}, {threshold}. */
    latestBelowThreshold: string;
    /** The responses list is closed to the user. */
    resultsHidden: string;
  };
}

export const bundle = defineBundle<AccountSectionsStrings>('accountTab.sections', {
  fi: () => import(/* webpackChunkName: 'strings-account-tab-fi' */ './sections.fi'),
  sv: () => import(/* webpackChunkName: 'strings-account-tab-sv' */ './sections.sv'),
  en: () => import(/* webpackChunkName: 'strings-account-tab-en' */ './sections.en'),
});
