/** Strings of the account team section (both sides of the team by role); a chunk of its own with the section. */
import { defineBundle } from '../../../loc/bundle';

export type ProviderRole = 'accountManager' | 'backup' | 'systemManager' | 'itCoordinator' | 'itManager' | 'serviceOwner' | 'serviceManager';

export interface TeamStrings {
  title: string;
  intro: string;
  /** A role nobody holds. */
  notNamed: string;
  /** {count} roles of {total} not named. */
  gaps: string;
  allNamed: string;
  roles: Record<ProviderRole, string>;
}

export const bundle = defineBundle<TeamStrings>('accountTab.team', {
  fi: () => import(/* webpackChunkName: 'strings-account-team-fi' */ './team.fi'),
  sv: () => import(/* webpackChunkName: 'strings-account-team-sv' */ './team.sv'),
  en: () => import(/* webpackChunkName: 'strings-account-team-en' */ './team.en'),
});
