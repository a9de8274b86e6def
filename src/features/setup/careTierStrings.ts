/** Strings of the setup view's care tiers section (hoitomallit): the tier editor, its problems and moving accounts. */
import { defineBundle } from '../../loc/bundle';
import type { TierProblemCode } from '../../domain/careTiers';

export interface CareTierStrings {
  heading: string;
  intro: string;
  /** The button that opens the section (it loads on demand) and closes it. */
  show: string;
  hide: string;
  /** Shown to everyone who may not change tiers (SharePoint refuses their saves anyway). */
  readOnly: string;
  noSegments: string;
  addTier: string;
  newTier: string;
  discardNew: string;
  fields: { name: string; description: string; clockTemplate: string; survey: string };
  noSurvey: string;
  noTemplate: string;
  noLevel: string;
  /** A template the segment names that has no live task any more: "{template} (not in use)". */
  templateMissing: string;
  meetingsHeading: string;
  meetingColumns: { meetingType: string; perYear: string; level: string; actions: string };
  /** Accessible names of a meeting row's controls: "{column}, row {row}". */
  rowControl: string;
  noMeetings: string;
  addMeeting: string;
  removeMeeting: string;
  /** "Remove the meeting on row {row}" (the button's accessible name). */
  removeMeetingLabel: string;
  /** "Meetings a year: {total} (operational {operational}, …)": counts after a colon, no plural forms to get wrong. */
  summary: string;
  save: string;
  saving: string;
  saved: string;
  created: string;
  conflict: string;
  noAccess: string;
  fixProblems: string;
  problems: Record<TierProblemCode, string>;
  accountsHeading: string;
  unassignedHeading: string;
  noAccounts: string;
  accountColumns: { account: string; move: string };
  moveOpen: string;
  /** The move button's accessible name: "Move {account} to another tier". */
  moveOpenLabel: string;
  moveTarget: string;
  moveConfirm: string;
  moving: string;
  moveHint: string;
  /** "{account} moved to {tier}. Clock items removed: {removed}; added from today: {created}." */
  moved: string;
  movedNoChange: string;
  moveConflict: string;
  moveNoAccess: string;
  refresh: string;
}

export const bundle = defineBundle<CareTierStrings>('setup-care-tiers', {
  fi: () => import(/* webpackChunkName: 'strings-setup-tiers-fi' */ './careTierStrings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-setup-tiers-sv' */ './careTierStrings.sv'),
  en: () => import(/* webpackChunkName: 'strings-setup-tiers-en' */ './careTierStrings.en'),
});
