/** Strings of the account tab shell, overview, "this year at a glance" and the channel picker. */
import { defineBundle } from '../../../loc/bundle';

export interface AccountTabStrings {
  tabLabel: string;
  sections: { overview: string; followUp: string; plan: string; activity: string };
  loadingAccount: string;
  problemsIntro: string;
  problemList: string;
  noAccount: string;
  reload: string;
  /** Before the error message when a refresh failed and the earlier data stays on screen. */
  refreshFailed: string;
  /** The banner while the account's manager is away on an absence that needs cover. */
  cover: {
    /** {name} (who covers), {end} (the manager's last day away) */
    banner: string;
    /** {manager}, {end} */
    noCover: string;
    openBrief: string;
  };
  picker: {
    title: string;
    intro: string;
    onlyManagers: string;
    label: string;
    placeholder: string;
    link: string;
    linking: string;
    sharePointTitle: string;
    sharePointIntro: string;
    open: string;
    alreadyLinked: string;
    /** The dialog before a link moves an account away from another channel: {account}, {channel} (the one it leaves). */
    moveTitle: string;
    moveText: string;
    moveConfirm: string;
  };
  overview: {
    title: string;
    workingAgreements: string;
    workingAgreementsEmpty: string;
    memberAgencies: string;
    segment: string;
    lifecycleStage: string;
    engagementLevel: string;
    accountType: string;
    meetingRhythm: string;
    people: string;
    accountManager: string;
    backup: string;
    systemManager: string;
    links: string;
    workspace: string;
    caseSystem: string;
    diaryNumbers: string;
    keyDocuments: string;
    /** The link to the account's ideas: {count} */
    ideas: string;
    /** The link to the account's 9E partnership assessment. */
    assessment: string;
    outOfOffice: string;
    presence: Record<'Available' | 'Busy' | 'DoNotDisturb' | 'BeRightBack' | 'Away' | 'Offline' | 'PresenceUnknown', string>;
    coversNow: string;
    teamsChannel: string;
  };
  glance: {
    title: string;
    clock: string;
    noClock: string;
    overdue: string;
    dueSoon: string;
    upcoming: string;
    done: string;
    dueOn: string;
    nextFollowUp: string;
    noFollowUp: string;
    materialsBy: string;
    agreement: string;
    agreementFor: string;
    noAgreement: string;
    openAgreement: string;
    deadline: string;
    step: string;
    deadlineState: Record<'done' | 'onTrack' | 'atRisk' | 'late' | 'noDeadline', string>;
    openActions: string;
    openIdeas: string;
  };
}

export const bundle = defineBundle<AccountTabStrings>('accountTab.tab', {
  fi: () => import(/* webpackChunkName: 'strings-account-tab-fi' */ './tab.fi'),
  sv: () => import(/* webpackChunkName: 'strings-account-tab-sv' */ './tab.sv'),
  en: () => import(/* webpackChunkName: 'strings-account-tab-en' */ './tab.en'),
});
