/** Localized labels for every stored choice value (stored values stay language-neutral). */
import type { Bundle } from './bundle';
import type {
  AbsenceKind, AccountType, ActionSource, ActionStatus, AgreementKind, AgreementStage, ClockCategory, ContactRole, ContactSide,
  FeedbackChannel, FeedbackKind, FeedbackReason, FeedbackStatus, IdeaSource, IdeaStage, LifecycleStage, MeetingMode, MeetingRhythm,
  MeetingStatus, MeetingType, OwnerRole, SituationCategory, SurveyKind, SurveyStatus,
} from '../domain/types';

export interface ChoiceLabels {
  accountType: Record<AccountType, string>;
  lifecycleStage: Record<LifecycleStage, string>;
  meetingRhythm: Record<MeetingRhythm, string>;
  contactRole: Record<ContactRole, string>;
  contactSide: Record<ContactSide, string>;
  agreementKind: Record<AgreementKind, string>;
  agreementStage: Record<AgreementStage, string>;
  meetingType: Record<MeetingType, string>;
  meetingStatus: Record<MeetingStatus, string>;
  meetingMode: Record<MeetingMode, string>;
  clockCategory: Record<ClockCategory, string>;
  ownerRole: Record<OwnerRole, string>;
  absenceKind: Record<AbsenceKind, string>;
  situationCategory: Record<SituationCategory, string>;
  feedbackKind: Record<FeedbackKind, string>;
  feedbackReason: Record<FeedbackReason, string>;
  feedbackStatus: Record<FeedbackStatus, string>;
  feedbackChannel: Record<FeedbackChannel, string>;
  surveyKind: Record<SurveyKind, string>;
  surveyStatus: Record<SurveyStatus, string>;
  ideaStage: Record<IdeaStage, string>;
  ideaSource: Record<IdeaSource, string>;
  actionStatus: Record<ActionStatus, string>;
  actionSource: Record<ActionSource, string>;
  /** Ostrowski's engagement levels 1–5. */
  engagementLevel: Record<'1' | '2' | '3' | '4' | '5', string>;
  /** Survey areas (question `area` keys). */
  surveyArea: Record<string, string>;
}

export const bundle: Bundle<ChoiceLabels> = {
  fi: {
    accountType: { sector: 'Sektoriasiakkuus', other: 'Muu asiakkuus, oma sopimus' },
    lifecycleStage: { onboarding: 'Aloitus / käyttöönotto', developing: 'Kehittyvä yhteistyö', established: 'Vakiintunut kumppanuus', change: 'Muutostilanne' },
    meetingRhythm: { weekly: 'Viikoittain', biweekly: 'Joka toinen viikko', monthly: 'Kuukausittain', quarterly: 'Neljännesvuosittain', asNeeded: 'Tarvittaessa' },
    contactRole: {
      headOfIt: 'Tietohallintopäällikkö', itContact: 'IT-yhteyshenkilö', finance: 'Talous', signatory: 'Allekirjoittaja', followUpMember: 'Seurantaryhmän jäsen',
      chair: 'Puheenjohtaja', steeringOfficer: 'Tulosohjaaja', substance: 'Substanssin edustaja', other: 'Muu',
    },
    contactSide: { customer: 'Asiakas', provider: 'Palveluntuottaja' },
    agreementKind: { serviceAgreement: 'Palvelusopimus', partnershipAgreement: 'Kumppanuussopimus' },
    agreementStage: {
      planning: 'Suunnittelukokoukset', caseOpened: 'Asia perustettu, Dnro varattu', drafting: 'Luonnostelu', customerReview: 'Asiakkaan tarkistettavana',
      changesRequested: 'Muutospyyntöjä', approved: 'Hyväksytty', inSignature: 'Allekirjoituksessa', signed: 'Allekirjoitettu', stored: 'Tallennettu',
    },
    meetingType: {
      followUpGroup: 'Seurantaryhmä', operational: 'Operatiivinen tapaaminen', workshop: 'Kehitystyöpaja', budget: 'Budjettipalaveri', customerEvent: 'Asiakastapahtuma',
      planning: 'Suunnittelukokous', visit: 'Asiakaskäynti', accountTeam: 'Asiakkuustiimi', steeringGroup: 'Asiakasohjausryhmä',
    },
    meetingStatus: { planned: 'Suunniteltu', held: 'Pidetty', cancelled: 'Peruttu' },
    meetingMode: { teams: 'Teams', inPerson: 'Lähitapaaminen', hybrid: 'Hybridi' },
    clockCategory: { economy: 'Talouden suunnittelu', agreement: 'Palvelusopimus', followUp: 'Seurantaryhmät', satisfaction: 'Asiakastyytyväisyys', meetings: 'Tapaamiset', team: 'Tiimi', other: 'Muu' },
    ownerRole: { accountManager: 'Asiakaspäällikkö', accountTeam: 'Asiakkuustiimi', finance: 'Talousyksikkö', leadership: 'Johto', systemManager: 'Järjestelmäpäällikkö', supervisor: 'Esihenkilö' },
    absenceKind: { holiday: 'Loma', sickLeave: 'Sairausloma', training: 'Koulutus', parentalLeave: 'Perhevapaa', other: 'Muu poissaolo' },
    situationCategory: { challenging: 'Haastava asiakastilanne', conflict: 'Ristiriitainen asiakaskontakti', adviceRequest: 'Neuvontapyyntö', error: 'Virhe', other: 'Muu' },
    feedbackKind: { positive: 'Myönteinen', negative: 'Kielteinen', developmentIdea: 'Kehitysehdotus' },
    feedbackReason: { serviceQuality: 'Palvelun laatu', operationsQuality: 'Toiminnan laatu', other: 'Muu' },
    feedbackStatus: { new: 'Uusi', inProgress: 'Käsittelyssä', answered: 'Vastattu', closed: 'Suljettu' },
    feedbackChannel: { quickLink: 'Pikalinkki', email: 'Sähköposti', phone: 'Puhelin', meeting: 'Tapaaminen', survey: 'Kysely' },
    surveyKind: { quarterly: 'Neljännesvuosikysely', partnership9E: 'Kumppanuusarvio (9E)', userSurvey: 'Käyttäjäkysely' },
    surveyStatus: { draft: 'Luonnos', open: 'Avoinna', closed: 'Suljettu' },
    ideaStage: {
      idea: 'Idea', need: 'Tarve', solutionAnalysis: 'Ratkaisuanalyysi (Ratsu)', smallDevelopment: 'Pienkehitys', awaitingGate: 'Odottaa ohjausryhmää',
      go: 'GO-päätös', rejected: 'Hylätty', returned: 'Palautettu valmisteluun', inDevelopment: 'Kehityksessä', done: 'Valmis',
    },
    ideaSource: { meeting: 'Tapaaminen', workshop: 'Työpaja', survey: 'Kysely', followUp: 'Seurantaryhmä', other: 'Muu' },
    actionStatus: { open: 'Avoin', inProgress: 'Käynnissä', done: 'Tehty', cancelled: 'Peruttu' },
    actionSource: { accountPlan: 'Asiakkuussuunnitelma', survey: 'Kysely', followUp: 'Seurantaryhmä', feedback: 'Palaute', situation: 'Asiakastilanne', other: 'Muu' },
    engagementLevel: { '1': '1 – Sitoutumisen puute', '2': '2 – Matala', '3': '3 – Merkittävä', '4': '4 – Vahva', '5': '5 – Täysi' },
    surveyArea: {
      continuousServices: 'Jatkuvat palvelut', jointDevelopment: 'Yhteinen kehittäminen', projectServices: 'Projektipalvelut', financialManagement: 'Taloushallinto',
      expertServices: 'Asiantuntijapalvelut', overall: 'Kokonaisuus', proactivity: 'Proaktiivisuus', expertise: 'Asiantuntemus', customerService: 'Asiakaspalvelu',
      communication: 'Tiedottaminen', service: 'Palvelu', support: 'Tuki ja neuvonta', systems: 'Järjestelmät',
    },
  },
  sv: {
    accountType: { sector: 'Sektorkund', other: 'Annan kundrelation med eget avtal' },
    lifecycleStage: { onboarding: 'Start / ibruktagning', developing: 'Växande samarbete', established: 'Etablerat partnerskap', change: 'Förändringsskede' },
    meetingRhythm: { weekly: 'Varje vecka', biweekly: 'Varannan vecka', monthly: 'Varje månad', quarterly: 'Varje kvartal', asNeeded: 'Vid behov' },
    contactRole: {
      headOfIt: 'IT-chef', itContact: 'IT-kontaktperson', finance: 'Ekonomi', signatory: 'Undertecknare', followUpMember: 'Medlem i uppföljningsgruppen',
      chair: 'Ordförande', steeringOfficer: 'Resultatstyrare', substance: 'Substansrepresentant', other: 'Annan',
    },
    contactSide: { customer: 'Kund', provider: 'Leverantör' },
    agreementKind: { serviceAgreement: 'Tjänsteavtal', partnershipAgreement: 'Partnerskapsavtal' },
    agreementStage: {
      planning: 'Planeringsmöten', caseOpened: 'Ärende öppnat, dnr reserverat', drafting: 'Utkast', customerReview: 'Hos kunden för granskning',
      changesRequested: 'Ändringar begärda', approved: 'Godkänt', inSignature: 'Under undertecknande', signed: 'Undertecknat', stored: 'Arkiverat',
    },
    meetingType: {
      followUpGroup: 'Uppföljningsgrupp', operational: 'Operativt möte', workshop: 'Utvecklingsworkshop', budget: 'Budgetmöte', customerEvent: 'Kundevenemang',
      planning: 'Planeringsmöte', visit: 'Kundbesök', accountTeam: 'Kundteam', steeringGroup: 'Kundstyrgrupp',
    },
    meetingStatus: { planned: 'Planerat', held: 'Hållet', cancelled: 'Inställt' },
    meetingMode: { teams: 'Teams', inPerson: 'På plats', hybrid: 'Hybrid' },
    clockCategory: { economy: 'Ekonomiplanering', agreement: 'Tjänsteavtal', followUp: 'Uppföljningsgrupper', satisfaction: 'Kundnöjdhet', meetings: 'Möten', team: 'Team', other: 'Annat' },
    ownerRole: { accountManager: 'Kundansvarig chef', accountTeam: 'Kundteamet', finance: 'Ekonomienheten', leadership: 'Ledningen', systemManager: 'Systemchef', supervisor: 'Chef' },
    absenceKind: { holiday: 'Semester', sickLeave: 'Sjukledighet', training: 'Utbildning', parentalLeave: 'Familjeledighet', other: 'Annan frånvaro' },
    situationCategory: { challenging: 'Krävande kundsituation', conflict: 'Konfliktfylld kundkontakt', adviceRequest: 'Rådfrågning', error: 'Fel', other: 'Annat' },
    feedbackKind: { positive: 'Positiv', negative: 'Negativ', developmentIdea: 'Utvecklingsförslag' },
    feedbackReason: { serviceQuality: 'Tjänstens kvalitet', operationsQuality: 'Verksamhetens kvalitet', other: 'Annat' },
    feedbackStatus: { new: 'Ny', inProgress: 'Under behandling', answered: 'Besvarad', closed: 'Stängd' },
    feedbackChannel: { quickLink: 'Snabblänk', email: 'E-post', phone: 'Telefon', meeting: 'Möte', survey: 'Enkät' },
    surveyKind: { quarterly: 'Kvartalsenkät', partnership9E: 'Partnerskapsbedömning (9E)', userSurvey: 'Användarenkät' },
    surveyStatus: { draft: 'Utkast', open: 'Öppen', closed: 'Stängd' },
    ideaStage: {
      idea: 'Idé', need: 'Behov', solutionAnalysis: 'Lösningsanalys (Ratsu)', smallDevelopment: 'Småutveckling', awaitingGate: 'Väntar på styrgruppen',
      go: 'GO-beslut', rejected: 'Avslagen', returned: 'Återförvisad för beredning', inDevelopment: 'Under utveckling', done: 'Klar',
    },
    ideaSource: { meeting: 'Möte', workshop: 'Workshop', survey: 'Enkät', followUp: 'Uppföljningsgrupp', other: 'Annat' },
    actionStatus: { open: 'Öppen', inProgress: 'Pågår', done: 'Klar', cancelled: 'Inställd' },
    actionSource: { accountPlan: 'Kundplan', survey: 'Enkät', followUp: 'Uppföljningsgrupp', feedback: 'Respons', situation: 'Kundsituation', other: 'Annat' },
    engagementLevel: { '1': '1 – Inget engagemang', '2': '2 – Lågt', '3': '3 – Betydande', '4': '4 – Starkt', '5': '5 – Fullt' },
    surveyArea: {
      continuousServices: 'Kontinuerliga tjänster', jointDevelopment: 'Gemensam utveckling', projectServices: 'Projekttjänster', financialManagement: 'Ekonomiförvaltning',
      expertServices: 'Experttjänster', overall: 'Helhet', proactivity: 'Proaktivitet', expertise: 'Sakkunskap', customerService: 'Kundservice',
      communication: 'Kommunikation', service: 'Service', support: 'Stöd och rådgivning', systems: 'System',
    },
  },
  en: {
    accountType: { sector: 'Sector account', other: 'Other account with own agreement' },
    lifecycleStage: { onboarding: 'Start / onboarding', developing: 'Developing cooperation', established: 'Established partnership', change: 'Change situation' },
    meetingRhythm: { weekly: 'Weekly', biweekly: 'Every two weeks', monthly: 'Monthly', quarterly: 'Quarterly', asNeeded: 'As needed' },
    contactRole: {
      headOfIt: 'Head of IT', itContact: 'IT contact', finance: 'Finance', signatory: 'Signatory', followUpMember: 'Follow-up group member',
      chair: 'Chair', steeringOfficer: 'Performance steering officer', substance: 'Subject-matter representative', other: 'Other',
    },
    contactSide: { customer: 'Customer', provider: 'Provider' },
    agreementKind: { serviceAgreement: 'Service agreement', partnershipAgreement: 'Partnership agreement' },
    agreementStage: {
      planning: 'Planning meetings', caseOpened: 'Case opened, diary no. reserved', drafting: 'Drafting', customerReview: 'Customer review',
      changesRequested: 'Changes requested', approved: 'Approved', inSignature: 'In signature', signed: 'Signed', stored: 'Stored',
    },
    meetingType: {
      followUpGroup: 'Follow-up group', operational: 'Operational meeting', workshop: 'Development workshop', budget: 'Budget meeting', customerEvent: 'Customer event',
      planning: 'Planning meeting', visit: 'Customer visit', accountTeam: 'Account team', steeringGroup: 'Customer steering group',
    },
    meetingStatus: { planned: 'Planned', held: 'Held', cancelled: 'Cancelled' },
    meetingMode: { teams: 'Teams', inPerson: 'In person', hybrid: 'Hybrid' },
    clockCategory: { economy: 'Financial planning', agreement: 'Service agreement', followUp: 'Follow-up groups', satisfaction: 'Customer satisfaction', meetings: 'Meetings', team: 'Team', other: 'Other' },
    ownerRole: { accountManager: 'Account manager', accountTeam: 'Account team', finance: 'Finance unit', leadership: 'Leadership', systemManager: 'System manager', supervisor: 'Supervisor' },
    absenceKind: { holiday: 'Holiday', sickLeave: 'Sick leave', training: 'Training', parentalLeave: 'Parental leave', other: 'Other absence' },
    situationCategory: { challenging: 'Challenging situation', conflict: 'Conflict contact', adviceRequest: 'Advice request', error: 'Error', other: 'Other' },
    feedbackKind: { positive: 'Positive', negative: 'Negative', developmentIdea: 'Development idea' },
    feedbackReason: { serviceQuality: 'Service quality', operationsQuality: 'Quality of operations', other: 'Other' },
    feedbackStatus: { new: 'New', inProgress: 'In progress', answered: 'Answered', closed: 'Closed' },
    feedbackChannel: { quickLink: 'Quick link', email: 'Email', phone: 'Phone', meeting: 'Meeting', survey: 'Survey' },
    surveyKind: { quarterly: 'Quarterly survey', partnership9E: 'Partnership assessment (9E)', userSurvey: 'User survey' },
    surveyStatus: { draft: 'Draft', open: 'Open', closed: 'Closed' },
    ideaStage: {
      idea: 'Idea', need: 'Need', solutionAnalysis: 'Solution analysis (Ratsu)', smallDevelopment: 'Small development', awaitingGate: 'Awaiting steering group',
      go: 'GO decision', rejected: 'Rejected', returned: 'Returned for preparation', inDevelopment: 'In development', done: 'Done',
    },
    ideaSource: { meeting: 'Meeting', workshop: 'Workshop', survey: 'Survey', followUp: 'Follow-up group', other: 'Other' },
    actionStatus: { open: 'Open', inProgress: 'In progress', done: 'Done', cancelled: 'Cancelled' },
    actionSource: { accountPlan: 'Account plan', survey: 'Survey', followUp: 'Follow-up group', feedback: 'Feedback', situation: 'Situation record', other: 'Other' },
    engagementLevel: { '1': '1 – No engagement', '2': '2 – Low', '3': '3 – Significant', '4': '4 – Strong', '5': '5 – Full' },
    surveyArea: {
      continuousServices: 'Continuous services', jointDevelopment: 'Joint development', projectServices: 'Project services', financialManagement: 'Financial management',
      expertServices: 'Expert services', overall: 'Overall', proactivity: 'Proactivity', expertise: 'Expertise', customerService: 'Customer service',
      communication: 'Communication', service: 'Service', support: 'Support and advice', systems: 'Systems',
    },
  },
};
