/** Strings of the Teams personal app "My accounts": the user's own accounts and the ones they cover today. */
import { defineBundle } from '../../loc/bundle';

export interface MyAccountsStrings {
  title: string;
  intro: string;
  refresh: string;
  loading: string;
  ownGroup: string;
  ownEmpty: string;
  coverGroup: string;
  coverRule: string;
  coverEmpty: string;
  coverFailed: string;
  roleManager: string;
  roleBackup: string;
  roleCover: string;
  /** The owner of a covered account: {name} (the absent manager), {kind}, {end}. */
  coverFor: string;
  /** {end} */
  coverActing: string;
  openBrief: string;
  /** The brief button's accessible name: {name} (the account). */
  openBriefFor: string;
  colleague: string;
  teamsChannel: string;
  emptyTitle: string;
  emptyBody: string;
  back: string;
}

export const bundle = defineBundle<MyAccountsStrings>('myAccounts', {
  fi: () => import(/* webpackChunkName: 'strings-my-accounts-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-my-accounts-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-my-accounts-en' */ './strings.en'),
});
