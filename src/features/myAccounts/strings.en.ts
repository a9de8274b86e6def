/** English strings: loaded on their own, only for users who read this language. */
import type { MyAccountsStrings } from './strings';

const strings: MyAccountsStrings = {
  title: 'My accounts',
  intro: 'Accounts where you are the account manager or backup, and the accounts you cover today. Select an account to open it.',
  refresh: 'Refresh',
  loading: 'Loading your accounts…',
  ownGroup: 'My own accounts',
  ownEmpty: 'You are not the account manager or backup of any account.',
  coverGroup: 'Covering now',
  coverRule: 'Accounts whose account manager is away today and that you cover. Absences of 1–2 days are not covered unless the absence is marked for cover.',
  coverEmpty: 'You are not covering for anyone today.',
  coverFailed: 'Could not check whom you cover: {message}',
  roleManager: 'Account manager',
  roleBackup: 'Backup',
  roleCover: 'Covering',
  coverFor: 'Owner: {name} ({kind} until {end})',
  coverActing: 'You act for them until {end}',
  openBrief: 'Open the handover brief',
  openBriefFor: 'Open the handover brief: {name}',
  colleague: 'A colleague',
  teamsChannel: 'Teams channel: {channel}',
  emptyTitle: 'You have no accounts yet',
  emptyBody:
    'Accounts appear here once you are named account manager or backup in the Accounts list, or when you cover for an absent colleague. If something is missing, ask the site owner or your manager to update the owners.',
  back: 'Back to my accounts',
};

export default strings;
