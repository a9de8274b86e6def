/** Swedish strings: loaded on their own, only for users who read this language. */
import type { ChoiceLabels } from './choices';

const strings: ChoiceLabels = {
  accountType: { sector: 'Sektorkund', other: 'Annan kundrelation med eget avtal' },
  lifecycleStage: { onboarding: 'Start / ibruktagning', developing: 'Växande samarbete', established: 'Etablerat partnerskap', change: 'Förändringsskede' },
  meetingRhythm: { weekly: 'Varje vecka', biweekly: 'Varannan vecka', monthly: 'Varje månad', quarterly: 'Varje kvartal', asNeeded: 'Vid behov' },
  contactRole: {
    counterpart: 'Kundansvarigs motpart', contractContact: 'Avtalskontakt', headOfIt: 'IT-chef', itContact: 'IT-kontaktperson', finance: 'Ekonomi', signatory: 'Undertecknare', followUpMember: 'Medlem i uppföljningsgruppen',
    chair: 'Ordförande', steeringOfficer: 'Resultatstyrare', substance: 'Substansrepresentant', other: 'Annan',
  },
  contactSide: { customer: 'Kund', provider: 'Leverantör' },
  agreementKind: { serviceAgreement: 'Tjänsteavtal', partnershipAgreement: 'Partnerskapsavtal' },
  agreementStage: {
    planning: 'Planeringsmöten', caseOpened: 'Ärende öppnat, dnr reserverat', drafting: 'Utkast', customerReview: 'Hos kunden för granskning',
    changesRequested: 'Ändringar begärda', approved: 'Godkänt', inSignature: 'Under undertecknande', signed: 'Undertecknat', stored: 'Arkiverat',
  },
  signerRole: { accountManager: 'Kundansvarig', customerDirector: 'Kunddirektör', directorGeneral: 'Generaldirektör', customerRepresentative: 'Kundens företrädare' },
  meetingType: {
    tactical: 'Taktiskt möte', strategic: 'Strategiskt möte', followUpGroup: 'Uppföljningsgrupp', operational: 'Operativt möte', workshop: 'Utvecklingsworkshop', budget: 'Budgetmöte', customerEvent: 'Kundevenemang',
    planning: 'Planeringsmöte', visit: 'Kundbesök', accountTeam: 'Kundteam', steeringGroup: 'Kundstyrgrupp',
  },
  meetingStatus: { planned: 'Planerat', held: 'Hållet', cancelled: 'Inställt' },
  meetingMode: { teams: 'Teams', inPerson: 'På plats', hybrid: 'Hybrid' },
  clockCategory: { economy: 'Ekonomiplanering', agreement: 'Tjänsteavtal', followUp: 'Uppföljningsgrupper', satisfaction: 'Kundnöjdhet', meetings: 'Möten', team: 'Team', other: 'Annat' },
  ownerRole: { accountManager: 'Kundansvarig chef', accountTeam: 'Kundteamet', finance: 'Ekonomienheten', leadership: 'Ledningen', systemManager: 'Systemchef', supervisor: 'Chef' },
  absenceKind: { holiday: 'Semester', sickLeave: 'Sjukledighet', training: 'Utbildning', parentalLeave: 'Familjeledighet', other: 'Annan frånvaro' },
  situationCategory: { challenging: 'Krävande kundsituation', conflict: 'Konfliktfylld kundkontakt', adviceRequest: 'Rådfrågning', error: 'Fel', other: 'Annat' },
  feedbackKind: { positive: 'Positiv', negative: 'Negativ', developmentIdea: 'Utvecklingsförslag', question: 'Fråga' },
  feedbackReason: { serviceQuality: 'Tjänstens kvalitet', operationsQuality: 'Verksamhetens kvalitet', other: 'Annat' },
  feedbackStatus: { new: 'Ny', inProgress: 'Under behandling', answered: 'Åtgärdad', closed: 'Stängd' },
  feedbackChannel: { quickLink: 'Snabblänk', email: 'E-post', phone: 'Telefon', meeting: 'Möte', survey: 'Enkät' },
  surveyKind: { quarterly: 'Kvartalsenkät', annualCustomer: 'Årlig kundenkät', partnership9E: 'Partnerskapsbedömning (9E)', userSurvey: 'Användarenkät' },
  surveyStatus: { draft: 'Utkast', open: 'Öppen', closed: 'Stängd' },
  ideaStage: {
    idea: 'Idé', need: 'Behov', solutionAnalysis: 'Lösningsanalys (Ratsu)', smallDevelopment: 'Småutveckling', awaitingGate: 'Väntar på styrgruppen',
    go: 'GO-beslut', rejected: 'Avslagen', returned: 'Återförvisad för beredning', inDevelopment: 'Under utveckling', done: 'Klar',
  },
  ideaSource: { meeting: 'Möte', workshop: 'Workshop', survey: 'Enkät', followUp: 'Uppföljningsgrupp', other: 'Annat' },
  actionStatus: { open: 'Öppen', inProgress: 'Pågår', done: 'Klar', cancelled: 'Inställd' },
  actionSource: { assessment: 'Partnerskapsbedömning (9E)', idea: 'Idéportfölj', accountPlan: 'Kundplan', survey: 'Enkät', followUp: 'Uppföljningsgrupp', feedback: 'Respons', situation: 'Kundsituation', other: 'Annat' },
  organisationForm: { company: 'Bolag', sector: 'Sektor', foundation: 'Stiftelse', agency: 'Myndighet eller affärsverk' },
  meetingLevel: { operational: 'Operativ', tactical: 'Taktisk', strategic: 'Strategisk' },
  engagementLevel: { '1': '1 – Inget engagemang', '2': '2 – Lågt', '3': '3 – Betydande', '4': '4 – Starkt', '5': '5 – Fullt' },
  surveyArea: {
    continuousServices: 'Kontinuerliga tjänster', jointDevelopment: 'Gemensam utveckling', projectServices: 'Projekttjänster', financialManagement: 'Ekonomiförvaltning',
    expertServices: 'Experttjänster', overall: 'Helhet', proactivity: 'Proaktivitet', expertise: 'Sakkunskap', customerService: 'Kundservice',
    communication: 'Kommunikation', service: 'Service', support: 'Stöd och rådgivning', systems: 'System',
  },
};

export default strings;
