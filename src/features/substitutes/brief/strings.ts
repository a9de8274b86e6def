/** Strings of the handover brief (tuurauskortti): one account of an absent manager, for the person covering it. */
import { defineBundle } from '../../../loc/bundle';

export interface BriefStrings {
  /** The page's heading: {account}. */
  heading: string;
  loading: string;
  back: string;
  print: string;
  /** Accessible name of the toolbar. */
  actions: string;
  away: string;
  /** {name}, {kind}, {start}, {end} */
  awayValue: string;
  coveredBy: string;
  /** {name}, {start}, {end} */
  coverSpan: string;
  /** {start}, {end} */
  noCover: string;
  notCovered: string;
  backupNote: string;
  workingAgreements: string;
  workingAgreementsEmpty: string;
  contacts: string;
  contactsEmpty: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  /** A contact link's accessible name: {name}, {value}. */
  callName: string;
  emailName: string;
  due: string;
  dueEmpty: string;
  done: string;
  /** {date} */
  doneOn: string;
  meetings: string;
  agreement: string;
  /** {year} */
  agreementNone: string;
  stage: string;
  diaryNumber: string;
  deadline: string;
  agreementDocument: string;
  lastFollowUp: string;
  followUpNone: string;
  minutes: string;
  decisions: string;
  minutesLink: string;
  openActions: string;
  actionsNone: string;
  /** {date} */
  dueBy: string;
  noOwner: string;
  openIdeas: string;
  ideasNone: string;
  situations: string;
  situationsNone: string;
  situationsScope: string;
  solution: string;
  feedback: string;
  feedbackNone: string;
  links: string;
  linksNone: string;
  workspace: string;
  caseSystem: string;
  /** Some sections could not be read: {message}. */
  partly: string;
}

export const bundle = defineBundle<BriefStrings>('handoverBrief', {
  fi: () => import(/* webpackChunkName: 'strings-handover-brief-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-handover-brief-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-handover-brief-en' */ './strings.en'),
});
