/** Finnish strings: loaded on their own, only for users who read this language. */
import type { ChoiceLabels } from './choices';

const strings: ChoiceLabels = {
  accountType: { sector: 'Sektoriasiakkuus', other: 'Muu asiakkuus, oma sopimus' },
  lifecycleStage: { onboarding: 'Aloitus / käyttöönotto', developing: 'Kehittyvä yhteistyö', established: 'Vakiintunut kumppanuus', change: 'Muutostilanne' },
  meetingRhythm: { weekly: 'Viikoittain', biweekly: 'Joka toinen viikko', monthly: 'Kuukausittain', quarterly: 'Neljännesvuosittain', asNeeded: 'Tarvittaessa' },
  contactRole: {
    counterpart: 'Asiakkuuspäällikön vastinpari', contractContact: 'Sopimusyhteyshenkilö', headOfIt: 'Tietohallintopäällikkö', itContact: 'IT-yhteyshenkilö', finance: 'Talous', signatory: 'Allekirjoittaja', followUpMember: 'Seurantaryhmän jäsen',
    chair: 'Puheenjohtaja', steeringOfficer: 'Tulosohjaaja', substance: 'Substanssin edustaja', other: 'Muu',
  },
  contactSide: { customer: 'Asiakas', provider: 'Palveluntuottaja' },
  agreementKind: { serviceAgreement: 'Palvelusopimus', partnershipAgreement: 'Kumppanuussopimus' },
  agreementStage: {
    planning: 'Suunnittelukokoukset', caseOpened: 'Asia perustettu, Dnro varattu', drafting: 'Luonnostelu', customerReview: 'Asiakkaan tarkistettavana',
    changesRequested: 'Muutospyyntöjä', approved: 'Hyväksytty', inSignature: 'Allekirjoituksessa', signed: 'Allekirjoitettu', stored: 'Tallennettu',
  },
  signerRole: { accountManager: 'Asiakaspäällikkö', customerDirector: 'Asiakkuusjohtaja', directorGeneral: 'Pääjohtaja', customerRepresentative: 'Asiakkaan edustaja' },
  meetingType: {
    tactical: 'Taktinen tapaaminen', strategic: 'Strateginen tapaaminen', followUpGroup: 'Seurantaryhmä', operational: 'Operatiivinen tapaaminen', workshop: 'Kehitystyöpaja', budget: 'Budjettipalaveri', customerEvent: 'Asiakastapahtuma',
    planning: 'Suunnittelukokous', visit: 'Asiakaskäynti', accountTeam: 'Asiakkuustiimi', steeringGroup: 'Asiakasohjausryhmä',
  },
  meetingStatus: { planned: 'Suunniteltu', held: 'Pidetty', cancelled: 'Peruttu' },
  meetingMode: { teams: 'Teams', inPerson: 'Lähitapaaminen', hybrid: 'Hybridi' },
  clockCategory: { economy: 'Talouden suunnittelu', agreement: 'Palvelusopimus', followUp: 'Seurantaryhmät', satisfaction: 'Asiakastyytyväisyys', meetings: 'Tapaamiset', team: 'Tiimi', other: 'Muu' },
  ownerRole: { accountManager: 'Asiakaspäällikkö', accountTeam: 'Asiakkuustiimi', finance: 'Talousyksikkö', leadership: 'Johto', systemManager: 'Järjestelmäpäällikkö', supervisor: 'Esihenkilö' },
  absenceKind: { holiday: 'Loma', sickLeave: 'Sairausloma', training: 'Koulutus', parentalLeave: 'Perhevapaa', other: 'Muu poissaolo' },
  situationCategory: { challenging: 'Haastava asiakastilanne', conflict: 'Ristiriitainen asiakaskontakti', adviceRequest: 'Neuvontapyyntö', error: 'Virhe', other: 'Muu' },
  feedbackKind: { positive: 'Myönteinen', negative: 'Kielteinen', developmentIdea: 'Kehitysehdotus', question: 'Kysymys' },
  feedbackReason: { serviceQuality: 'Palvelun laatu', operationsQuality: 'Toiminnan laatu', other: 'Muu' },
  feedbackStatus: { new: 'Uusi', inProgress: 'Käsittelyssä', answered: 'Reagoitu', closed: 'Suljettu' },
  feedbackChannel: { quickLink: 'Pikalinkki', email: 'Sähköposti', phone: 'Puhelin', meeting: 'Tapaaminen', survey: 'Kysely' },
  surveyKind: { quarterly: 'Neljännesvuosikysely', annualCustomer: 'Vuosittainen asiakaskysely', partnership9E: 'Kumppanuusarvio (9E)', userSurvey: 'Käyttäjäkysely' },
  surveyStatus: { draft: 'Luonnos', open: 'Avoinna', closed: 'Suljettu' },
  ideaStage: {
    idea: 'Idea', need: 'Tarve', solutionAnalysis: 'Ratkaisuanalyysi (Ratsu)', smallDevelopment: 'Pienkehitys', awaitingGate: 'Odottaa ohjausryhmää',
    go: 'GO-päätös', rejected: 'Hylätty', returned: 'Palautettu valmisteluun', inDevelopment: 'Kehityksessä', done: 'Valmis',
  },
  ideaSource: { meeting: 'Tapaaminen', workshop: 'Työpaja', survey: 'Kysely', followUp: 'Seurantaryhmä', other: 'Muu' },
  actionStatus: { open: 'Avoin', inProgress: 'Käynnissä', done: 'Tehty', cancelled: 'Peruttu' },
  actionSource: { assessment: 'Kumppanuusarvio (9E)', idea: 'Ideasalkku', accountPlan: 'Asiakkuussuunnitelma', survey: 'Kysely', followUp: 'Seurantaryhmä', feedback: 'Palaute', situation: 'Asiakastilanne', other: 'Muu' },
  organisationForm: { company: 'Yhtiö', sector: 'Toimiala', foundation: 'Säätiö', agency: 'Virasto tai liikelaitos' },
  meetingLevel: { operational: 'Operatiivinen', tactical: 'Taktinen', strategic: 'Strateginen' },
  engagementLevel: { '1': '1 – Sitoutumisen puute', '2': '2 – Matala', '3': '3 – Merkittävä', '4': '4 – Vahva', '5': '5 – Täysi' },
  surveyArea: {
    continuousServices: 'Jatkuvat palvelut', jointDevelopment: 'Yhteinen kehittäminen', projectServices: 'Projektipalvelut', financialManagement: 'Taloushallinto',
    expertServices: 'Asiantuntijapalvelut', overall: 'Kokonaisuus', proactivity: 'Proaktiivisuus', expertise: 'Asiantuntemus', customerService: 'Asiakaspalvelu',
    communication: 'Tiedottaminen', service: 'Palvelu', support: 'Tuki ja neuvonta', systems: 'Järjestelmät',
  },
};

export default strings;
