/** Strings of the hand-back list: what happened on each covered account while its manager was away. */
import { defineBundle } from '../../../loc/bundle';

export interface HandBackStrings {
  /** {name} */
  heading: string;
  loading: string;
  back: string;
  print: string;
  actions: string;
  /** {kind}, {start}, {end} */
  period: string;
  /** Until today while the absence goes on: {kind}, {start}, {end}. */
  periodOngoing: string;
  noAccounts: string;
  /** {names} */
  coveredBy: string;
  nobodyCovered: string;
  changed: string;
  created: string;
  modified: string;
  /** A list's heading among the new and changed items: "Toimenpiteet (3)". */
  changedGroup: string;
  showAll: string;
  showFewer: string;
  clockDone: string;
  clockMissed: string;
  newFeedback: string;
  nothing: string;
  /** {date} */
  doneOn: string;
  /** {date} */
  dueOn: string;
  /** {message} */
  partly: string;
}

export const bundle = defineBundle<HandBackStrings>('handBack', {
  fi: () => import(/* webpackChunkName: 'strings-hand-back-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-hand-back-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-hand-back-en' */ './strings.en'),
});
