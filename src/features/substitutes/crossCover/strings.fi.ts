/** Finnish strings of the cross-cover readiness part. */
import type { CrossCoverStrings } from './strings';

const strings: CrossCoverStrings = {
  heading: 'Ristiintuuraus',
  intro:
    'Kun asiakaspäällikön asiakkuudet jakautuvat eri organisaatiomuotoihin (yhtiö, toimiala, säätiö, virasto tai liikelaitos), päälliköt voivat tuurata toisiaan ristiin. Jos kaikki päällikön asiakkuudet ovat samaa muotoa, muut eivät välttämättä tunne hänen asiakkuuksiaan, eikä hän tunne muita.',
  summaryOneForm: 'Vain yhden organisaatiomuodon asiakkuuksia: {count}/{total} asiakaspäälliköllä.',
  summaryNobodyElse: 'Asiakkuuksia, joita kukaan muu ei voi tuurata: {count}.',
  summaryFormMissing: 'Asiakkuuksia, joilta puuttuu organisaatiomuoto: {count}.',
  summaryUnmanaged: 'Aktiivisia asiakkuuksia ilman asiakaspäällikköä: {count}.',
  managersHeading: 'Asiakaspäälliköt organisaatiomuodoittain',
  managersCaption: 'Asiakaspäälliköiden aktiiviset asiakkuudet organisaatiomuodoittain',
  manager: 'Asiakaspäällikkö',
  notGiven: 'Muoto puuttuu',
  total: 'Yhteensä',
  status: 'Tilanne',
  oneForm: 'Vain yksi muoto: {form}',
  forms: '{count} muotoa',
  noForms: 'Ei muototietoa',
  holders: 'Muodon tuntevia päälliköitä',
  accountsHeading: 'Kuka voi tuurata asiakkuutta',
  accountsCaption: 'Aktiiviset asiakkuudet ja muut saman organisaatiomuodon asiakaspäälliköt',
  onlyRisks: 'Vain asiakkuudet, joita kukaan muu ei voi tuurata tai joilta muoto puuttuu',
  count: '{shown}/{total} asiakkuutta',
  account: 'Asiakkuus',
  form: 'Organisaatiomuoto',
  canCover: 'Voivat tuurata (saman muodon päälliköt)',
  backup: 'Varahenkilö',
  nobodyElse: 'Ei kukaan muu',
  formMissing: 'Organisaatiomuoto puuttuu',
  backupKnows: '{name} – hoitaa saman muodon asiakkuuksia',
  backupNew: '{name} – ei hoida tämän muodon asiakkuuksia',
  noBackup: 'Ei nimetty',
  unmanagedHeading: 'Ilman asiakaspäällikköä',
  none: 'Ei aktiivisia asiakkuuksia.',
};

export default strings;
