/** Finnish strings of the account team section. */
import type { TeamStrings } from './team';

const strings: TeamStrings = {
  title: 'Asiakkuustiimi',
  intro: 'Asiakkuuden roolit kummallakin puolella. Nimeämätön rooli näkyy, jotta aukon huomaa ja sen voi täyttää.',
  notNamed: 'Ei nimetty',
  gaps: 'Nimeämättä {count}/{total} roolia',
  allNamed: 'Kaikki roolit nimetty',
  roles: {
    accountManager: 'Asiakaspäällikkö',
    backup: 'Varahenkilö / työpari',
    systemManager: 'Järjestelmäpäällikkö',
    itCoordinator: 'IT-koordinaattori',
    itManager: 'IT-päällikkö',
    serviceOwner: 'Palvelun omistaja',
    serviceManager: 'Palvelupäällikkö',
  },
};

export default strings;
