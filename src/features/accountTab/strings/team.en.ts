/** English strings of the account team section. */
import type { TeamStrings } from './team';

const strings: TeamStrings = {
  title: 'Account team',
  intro: 'The roles on both sides of the account. A role nobody holds is shown, so the gap is seen and can be filled.',
  notNamed: 'Not named',
  gaps: '{count} of {total} roles not named',
  allNamed: 'All roles named',
  roles: {
    accountManager: 'Account manager',
    backup: 'Backup / work pair',
    systemManager: 'System manager',
    itCoordinator: 'IT coordinator',
    itManager: 'IT manager',
    serviceOwner: 'Service owner',
    serviceManager: 'Service manager',
  },
};

export default strings;
