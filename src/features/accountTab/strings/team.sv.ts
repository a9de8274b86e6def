/** Swedish strings of the account team section. */
import type { TeamStrings } from './team';

const strings: TeamStrings = {
  title: 'Kundteamet',
  intro: 'Kundrelationens roller på båda sidor. En roll som ingen har visas, så att luckan syns och kan fyllas.',
  notNamed: 'Inte utsedd',
  gaps: '{count} av {total} roller är inte tillsatta',
  allNamed: 'Alla roller är tillsatta',
  roles: {
    accountManager: 'Kundansvarig chef',
    backup: 'Ersättare / arbetspar',
    systemManager: 'Systemchef',
    itCoordinator: 'IT-koordinator',
    itManager: 'IT-chef',
    serviceOwner: 'Tjänsteägare',
    serviceManager: 'Tjänsteansvarig',
  },
};

export default strings;
