/** Finnish strings of the privacy section. */
import type { PrivacyStrings } from './strings';

const strings: PrivacyStrings = {
  heading: 'Tietosuoja',
  intro:
    'Asiakastilanteiden kirjaukset ja palautteet säilytetään asetetun ajan kirjauksen omasta päivämäärästä lukien. Sitä vanhemmat voi poistaa tai anonymisoida. Esikatsele ensin: esikatselu ei muuta mitään.',
  retentionLegend: 'Säilytysajat',
  retentionLabel: '{list}: säilytysaika (kuukautta)',
  retentionInvalid: 'Anna kokonaisluku väliltä 1–120.',
  save: 'Tallenna säilytysajat',
  saving: 'Tallennetaan…',
  saved: 'Säilytysajat tallennettu.',
  preview: 'Esikatsele',
  previewing: 'Haetaan vanhoja kirjauksia…',
  lists: { situationRecords: 'Asiakastilanteet', feedback: 'Palautteet' },
  planCount: 'yli {months} kuukautta vanhoja {count} (päivätty ennen {cutoff})',
  planNone: 'Yhtään säilytysaikaa vanhempaa kirjausta ei ole.',
  tableLabel: 'Kirjaukset, joihin toimenpide kohdistuisi',
  columns: { list: 'Luettelo', date: 'Päivämäärä', account: 'Asiakkuus', preview: 'Alku' },
  noAccount: 'ei asiakkuutta',
  anonymisedTag: '(anonymisoitu)',
  shownOf: 'Näytetään ensimmäiset {shown} / {total}.',
  delete: 'Poista',
  anonymise: 'Anonymisoi',
  anonymiseNote:
    'Anonymisointi korvaa vapaat tekstit merkinnällä [anonymisoitu] ja tyhjentää käsittelijän; päivämäärä, asiakkuus, luokka ja tila jäävät tilastoja varten. Kirjaaja jää näkyviin, koska SharePoint säilyttää kohteen tekijän. Jos kirjaajankin tieto on poistettava, valitse Poista.',
  confirmDeleteTitle: 'Poistetaanko vanhat kirjaukset?',
  confirmAnonymiseTitle: 'Anonymisoidaanko vanhat kirjaukset?',
  confirmDelete: 'Poistettavat: asiakastilanteita {records}, palautteita {feedback}. Poistoa ei voi perua tästä näkymästä.',
  confirmAnonymise: 'Anonymisoitavat: asiakastilanteita {records}, palautteita {feedback}. Tekstejä ei saa takaisin.',
  confirm: 'Kyllä, jatka',
  cancel: 'Peruuta',
  working: 'Käsitellään…',
  doneDelete: 'Poistettu: asiakastilanteita {records}, palautteita {feedback}.',
  doneAnonymise: 'Anonymisoitu: asiakastilanteita {records}, palautteita {feedback}.',
  skipped: 'Jo aiemmin anonymisoituja: {count}.',
  failed: 'Käsittelemättä jäi {count}, koska niitä oli muutettu tai ne oli poistettu esikatselun jälkeen. Esikatsele uudelleen ja yritä sitten uudelleen.',
};

export default strings;
