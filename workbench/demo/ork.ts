/**
 * Demo organisation 1: Oikeusrekisterikeskus (ORK), the Ministry of Justice branch's IT service centre
 * (modelled on a government IT centre's care model). Eight sector accounts plus ORK itself, the branch's shared services and elections; next year's
 * agreements in every stage of the ORK process; this year's follow-up groups, annual clock, surveys, ideas,
 * actions, feedback and absences, all dated relative to "today".
 */
import type {
  AccountType,
  Agreement,
  ActionStatus,
  AgendaItem,
  AgreementAppendix,
  AgreementSignature,
  AgreementStage,
  ClockOccurrence,
  ContactRole,
  Draft,
  FeedbackChannel,
  FeedbackStatus,
  IdeaSource,
  IdeaStage,
  IsoDate,
  LifecycleStage,
  MeetingMode,
  MeetingRhythm,
  MeetingType,
  Idea,
  OrganisationForm,
  SituationCategory,
  SurveyDefinition,
} from '../../src/domain/types';
import { apply as applyGate, IdeaHistoryEntry } from '../../src/domain/ideaGate';
import { nineEDefinition, nineEDimensions } from '../../src/domain/partnership9E';
import { defaultQuarterlyDefinition, quarterOfDate, respondentKeyOf, responseClientKey } from '../../src/domain/surveys';
import { AGREEMENT_STAGES } from '../../src/domain/vocabulary';
import { AgreementAction, christmasDeadline, ORK_FLOW, SignerRole } from '../../src/domain/agreementFlow';
import { actionsTo, AgreementStory, budgetAllocation, StoryEntry } from './agreements';
import { addDays, compareIsoDates, daysBetween, toHelsinkiDate } from '../../src/domain/dates';
import { addWorkingDays, at, clamp, emailLocal, intBetween, isWorkingDay, iso, nthWeekday, pick, rng, weekday, workingDayOnOrBefore } from './calendar';
import { ORK_CLOCK, clockTaskDrafts, taskDates } from './clock-templates';
import {
  AbsenceRow,
  absenceDrafts,
  AWAITING_REVIEW_DAYS,
  BEYOND_RETENTION_DAYS,
  upnOf,
  coverSettingDrafts,
  FeedbackText,
  feedbackFields,
  feedbackHandling,
  isHeld,
  OrgContext,
  SegmentRow,
  segmentDrafts,
  spreadOverYear,
  twoWorkingDaysFrom,
  who,
  withoutClashes,
} from './context';
import { COVER_SETTINGS } from '../../src/data/queries/coverSettings';
import { DemoDraft, runSteps, step, writeClockOccurrences, Written, writtenId } from './writer';
import { occurrenceKey, planYear, RuleTask } from '../../src/domain/clockRules';

const P = 'demo:ork:';

/** The nine-item standard agenda of a follow-up group, as in the care model). */
export const FOLLOW_UP_AGENDA: readonly string[] = [
  'Kokouksen avaus ja asialistan hyväksyminen',
  'Edellisen kokouksen pöytäkirja',
  'Talouskatsaus',
  'Palveluiden tilannekatsaus',
  'Palveluiden kehitys',
  'Tilaajatyytyväisyyskysely',
  'Muut asiat',
  'Seuraavan kokouksen sopiminen',
  'Kokouksen päättäminen',
];

interface Person {
  name: string;
  title: string;
  /** The address when it is not the generated one (a demo user's, matching the directory). */
  email?: string;
}

interface OrkAccountSpec {
  abbr: string;
  name: string;
  type: AccountType;
  segment: 'laaja' | 'pieni' | 'muu';
  members: string;
  am: string;
  /** The work pair; VAALIT has none (its vaalikalenteri work needs a named substitute every time). */
  backup?: string;
  sm: string;
  lifecycle: LifecycleStage;
  engagement: number;
  rhythm: MeetingRhythm;
  working: string;
  general: string;
  relationship: string;
  responsibilities: string;
  teams: boolean;
  /** Transferred ICT budget this year, euros. */
  budget: number;
  nextStage: AgreementStage;
  domain: string;
  headOfIt: Person;
  finance: Person;
  director: Person;
  substance?: Person;
  chair: Person & { org: string };
}

const OM_STEERING = 'Oikeusministeriö, ohjausosasto';
const OM_INFO = 'Oikeusministeriö, tietoyksikkö';
const CHAIR_SALMINEN = { name: 'Hanna Salminen', title: 'Tulosohjaaja', org: OM_STEERING };
const CHAIR_LEHTONEN = { name: 'Markus Lehtonen', title: 'Tulosohjaaja', org: OM_STEERING };
const CHAIR_HOLMSTROM = { name: 'Kristina Holmström', title: 'Neuvotteleva virkamies, tulosohjaus', org: OM_STEERING };
const CHAIR_AALTONEN = { name: 'Ville Aaltonen', title: 'Tietohallintojohtaja', org: OM_INFO };

/** ORK's own signatories (signing order 1 and 2). */
const CUSTOMER_DIRECTOR = 'Sari Heikkinen';
const DIRECTOR_GENERAL = 'Kari Rantanen';

export const ORK_ACCOUNTS: OrkAccountSpec[] = [
  {
    abbr: 'KHO',
    name: 'Korkein hallinto-oikeus',
    type: 'sector',
    segment: 'pieni',
    members: 'Korkein hallinto-oikeus',
    am: 'aino.virtanen',
    backup: 'mikko.korhonen',
    sm: 'pekka.makinen',
    lifecycle: 'established',
    engagement: 4,
    rhythm: 'monthly',
    working:
      'Kaikki yhteydenotot asiakkaan tietohallintopäällikön kautta; yksittäisiin oikeusneuvoksiin ei oteta suoraan yhteyttä.\nLuonnokset jaetaan Tiimerin asiakastyötilassa, ei sähköpostin liitteinä.\nSeurantaryhmän pöytäkirja hyväksytään sähköpostitse viikon kuluessa kokouksesta.',
    general:
      'Korkein hallinto-oikeus käyttää ylintä tuomiovaltaa hallintolainkäyttöasioissa. Noin 170 henkilöä. Toiminnan kannalta kriittisiä ovat hallintotuomioistuinten asianhallinta, sähköinen asiointi ja ratkaisujen julkaisu. Strategisena haasteena käsittelyaikojen lyhentäminen ja asiakirjojen sähköisen käsittelyn kattavuus.',
    relationship:
      'Pitkä ja vakiintunut yhteistyö. Jatkuvat palvelut: asianhallinnan ylläpito ja pienkehitys, ratkaisujen julkaisupalvelu, käyttäjätuki. Asiakastyytyväisyys hyvällä tasolla (Q3: 8,4). Avainhenkilöt: tietohallintopäällikkö ja hallintojohtaja; päätökset tehdään johtoryhmässä.',
    responsibilities:
      'Asiakaspäällikkö Aino Virtanen vastaa kokonaisuudesta ja seurantaryhmistä; työpari Mikko Korhonen tuuraa. Järjestelmäpäällikkö Pekka Mäkinen vastaa jatkuvien palvelujen kustannusarvioista ja henkilötyön suunnittelusta.',
    teams: true,
    budget: 1_920_000,
    nextStage: 'signed',
    domain: 'kho.example',
    headOfIt: { name: 'Tuomas Lahtinen', title: 'Tietohallintopäällikkö' },
    finance: { name: 'Mervi Koskela', title: 'Talouspäällikkö' },
    director: { name: 'Katarina Lindholm', title: 'Hallintojohtaja' },
    chair: CHAIR_SALMINEN,
  },
  {
    abbr: 'KKO',
    name: 'Korkein oikeus',
    type: 'sector',
    segment: 'pieni',
    members: 'Korkein oikeus',
    am: 'mikko.korhonen',
    backup: 'aino.virtanen',
    sm: 'henrik.gronlund',
    lifecycle: 'established',
    engagement: 3,
    rhythm: 'quarterly',
    working:
      'Yhteydenotot kansliapäällikön sihteerin kautta; kiireelliset asiat puhelimitse tietohallintoasiantuntijalle.\nAsiakas toivoo, että seurantaryhmän materiaalit ovat saatavilla viimeistään viikkoa ennen kokousta.\nOperatiiviset tapaamiset vain tarvittaessa, seurantaryhmät riittävät.',
    general:
      'Korkein oikeus on ylin tuomioistuin riita- ja rikosasioissa. Noin 140 henkilöä. Ennakkopäätösten julkaisu ja sähköinen asiakirjahallinta ovat keskeisiä. Strategiassa painottuu tuomioistuinten yhteisten järjestelmien hyödyntäminen.',
    relationship:
      'Vakiintunut yhteistyö, tarpeet pääosin jatkuvissa palveluissa. Käyttää yleisten tuomioistuinten yhteistä asianhallintaa. Tyytyväisyys vakaa (Q3: 8,0). Kansliapäällikkö linjaa, tietohallintoasiantuntija hoitaa käytännön asiat.',
    responsibilities:
      'Asiakaspäällikkö Mikko Korhonen; tuuraajana Aino Virtanen. Järjestelmäpäällikkö Henrik Grönlund.',
    teams: true,
    budget: 1_580_000,
    nextStage: 'stored',
    domain: 'kko.example',
    headOfIt: { name: 'Jussi Peltonen', title: 'Tietohallintoasiantuntija' },
    finance: { name: 'Ulla Hakala', title: 'Taloussihteeri' },
    director: { name: 'Fredrik Sundström', title: 'Kansliapäällikkö' },
    chair: CHAIR_SALMINEN,
  },
  {
    abbr: 'OPV',
    name: 'Oikeuspalveluvirasto',
    type: 'sector',
    segment: 'laaja',
    members: 'Oikeuspalveluvirasto\nOikeusaputoimistot (oikeusapu)\nTalous- ja velkaneuvonta\nYleinen edunvalvonta',
    am: 'elina.lindqvist',
    backup: 'juha.nieminen',
    sm: 'pekka.makinen',
    lifecycle: 'developing',
    engagement: 3,
    rhythm: 'monthly',
    working:
      'Tietohallinto on keskitetty Oikeuspalveluviraston tietohallintoyksikköön: kaikki yhteydenotot sen kautta, ei suoraan oikeusaputoimistoihin.\nEdunvalvonnan järjestelmämuutokset käsitellään erikseen substanssin edustajan kanssa.\nKuukausitapaaminen joka kuun toisena keskiviikkona.',
    general:
      'Oikeuspalveluvirasto aloitti 2024 ja kokoaa oikeusavun, talous- ja velkaneuvonnan sekä yleisen edunvalvonnan. Toimipisteitä on koko maassa. Strategisia haasteita ovat palvelujen yhtenäistäminen ja sähköisen asioinnin laajentaminen.',
    relationship:
      'Yhteistyö kehittyy uuden viraston myötä: järjestelmiä yhdistetään ja prosesseja yhtenäistetään. Oikeusavun ja edunvalvonnan asianhallinta, sähköinen oikeusapuhakemus. Tyytyväisyys noussut vuoden aikana (Q1 7,2 → Q3 7,9).',
    responsibilities:
      'Asiakaspäällikkö Elina Lindqvist; työpari Juha Nieminen. Järjestelmäpäällikkö Pekka Mäkinen. Projektien budjetoinnista vastaavat projektipäälliköt.',
    teams: true,
    budget: 6_140_000,
    nextStage: 'inSignature',
    domain: 'oikeuspalveluvirasto.example',
    headOfIt: { name: 'Satu Karjalainen', title: 'Tietohallintopäällikkö' },
    finance: { name: 'Petri Salo', title: 'Talouspäällikkö' },
    director: { name: 'Johanna Turunen', title: 'Johtaja' },
    substance: { name: 'Linnea Eklund', title: 'Edunvalvonnan kehittämispäällikkö' },
    chair: CHAIR_HOLMSTROM,
  },
  {
    abbr: 'OEV',
    name: 'Oikeushallinnon erityisviranomaiset',
    type: 'sector',
    segment: 'pieni',
    members:
      'Tietosuojavaltuutetun toimisto\nOnnettomuustutkintakeskus\nKonkurssiasiamiehen toimisto\nKuluttajariitalautakunta\nYhdenvertaisuusvaltuutetun toimisto\nTasa-arvovaltuutetun toimisto\nLapsiasiavaltuutetun toimisto',
    am: 'juha.nieminen',
    backup: 'elina.lindqvist',
    sm: 'henrik.gronlund',
    lifecycle: 'developing',
    engagement: 2,
    rhythm: 'quarterly',
    working:
      'Jokaisella virastolla on oma yhteyshenkilö; yhteiset asiat kootaan Tietosuojavaltuutetun toimiston tietohallintoasiantuntijan kautta.\nPienten virastojen resurssit ovat niukat: kyselyt ja pyynnöt kootaan yhteen viestiin kerran kuukaudessa.\nSeurantaryhmä pidetään yhteisenä kaikille virastoille.',
    general:
      'Joukko itsenäisiä erityisviranomaisia, joilla on yhteinen palvelusopimus. Tarpeet vaihtelevat: tietosuojavaltuutetun ilmoituspalvelut, Onnettomuustutkintakeskuksen tutkinta-aineistot, kuluttajariitojen asiointi.',
    relationship:
      'Palvelut pääosin perustietotekniikkaa ja pieniä asianhallintaratkaisuja. Virastojen sitoutuminen vaihtelee; yhteinen seurantaryhmä kokoaa tarpeet. Tyytyväisyys kohtalainen (Q3: 7,4).',
    responsibilities: 'Asiakasvastaava Juha Nieminen oman toimen ohella; tuuraajana Elina Lindqvist. Järjestelmäpäällikkö Henrik Grönlund.',
    teams: true,
    budget: 1_350_000,
    nextStage: 'approved',
    domain: 'tietosuoja.example',
    headOfIt: { name: 'Antti Järvinen', title: 'Tietohallintoasiantuntija (Tietosuojavaltuutetun toimisto)' },
    finance: { name: 'Heidi Mattila', title: 'Talousasiantuntija' },
    director: { name: 'Anders Backman', title: 'Apulaistietosuojavaltuutettu' },
    chair: CHAIR_HOLMSTROM,
  },
  {
    abbr: 'RISE',
    name: 'Rikosseuraamuslaitos',
    type: 'sector',
    segment: 'laaja',
    members: 'Rikosseuraamuslaitoksen keskushallintoyksikkö\nVankilat (vankilatoiminta)\nYhdyskuntaseuraamustoimistot\nArviointikeskus',
    am: 'mikko.korhonen',
    backup: 'aino.virtanen',
    sm: 'pekka.makinen',
    lifecycle: 'change',
    engagement: 4,
    rhythm: 'monthly',
    working:
      'Kaikki yhteydenotot asiakkaan tietohallintopäällikön (Kaisa Ojala) kautta. Vankiloihin ja yhdyskuntaseuraamustoimistoihin ei oteta suoraan yhteyttä.\nTurvallisuusluokitellut aineistot käsitellään vain suojatussa ympäristössä.\nMuutostilanteen (vankilaverkon uudistus) asiat käsitellään kuukausitapaamisessa.',
    general:
      'Rikosseuraamuslaitos panee täytäntöön vankeusrangaistukset ja yhdyskuntaseuraamukset. Toiminnassa on sekä vankilatoiminta että yhdyskuntaseuraamukset. Vankilaverkon uudistus ja vankien digitaaliset palvelut muuttavat järjestelmätarpeita.',
    relationship:
      'Laaja asiakkuus ja suuret substanssijärjestelmät (vankitietojärjestelmä, yhdyskuntaseuraamusten asianhallinta). Muutostilanne: vankilaverkon uudistus. Tyytyväisyys parantunut projektipalveluissa (Q1 6,8 → Q3 7,9).',
    responsibilities:
      'Asiakaspäällikkö Mikko Korhonen, tuuraajana Aino Virtanen. Järjestelmäpäällikkö Pekka Mäkinen. Turvallisuusliitteestä vastaa turvallisuusyksikkö.',
    teams: true,
    budget: 9_780_000,
    nextStage: 'planning',
    domain: 'rikosseuraamus.example',
    // The demo's customer respondent (people.ts): her contact's address is her sign-in, so she answers as herself.
    headOfIt: { name: 'Kaisa Ojala', title: 'Tietohallintopäällikkö', email: 'kaisa.ojala@asiakkuus.example' },
    finance: { name: 'Marko Heinonen', title: 'Talousjohtaja' },
    director: { name: 'Riikka Kallio', title: 'Hallintojohtaja' },
    substance: { name: 'Niklas Forsman', title: 'Yhdyskuntaseuraamusten kehittämispäällikkö' },
    chair: CHAIR_LEHTONEN,
  },
  {
    abbr: 'SY',
    name: 'Syyttäjälaitos',
    type: 'sector',
    segment: 'laaja',
    members: 'Valtakunnansyyttäjän toimisto\nSyyttäjäalueet (5)',
    am: 'aino.virtanen',
    backup: 'elina.lindqvist',
    sm: 'henrik.gronlund',
    lifecycle: 'established',
    engagement: 4,
    rhythm: 'monthly',
    working:
      'Kehitysasioissa yhteys suoraan syyttäjäalueiden pääkäyttäjiin on sovittu; budjetti- ja sopimusasiat aina Valtakunnansyyttäjän toimiston hallintojohtajan kautta.\nKäyttäjätukeen liittyvät palautteet kootaan pääkäyttäjäverkoston Teams-kanavalle.',
    general:
      'Syyttäjälaitos muodostuu Valtakunnansyyttäjän toimistosta ja viidestä syyttäjäalueesta. Rikosasioiden sähköinen käsittelyketju esitutkinnasta tuomioistuimeen on keskeinen kehityskohde.',
    relationship:
      'Vakiintunut kumppanuus. Syyttäjien asianhallinta ja sähköinen käsittelyketju poliisin ja tuomioistuinten kanssa. Tyytyväisyys hyvä ja vakaa (Q3: 8,3).',
    responsibilities: 'Asiakaspäällikkö Aino Virtanen; tuuraajana Elina Lindqvist. Järjestelmäpäällikkö Henrik Grönlund.',
    teams: true,
    budget: 5_230_000,
    nextStage: 'customerReview',
    domain: 'syyttajalaitos.example',
    headOfIt: { name: 'Ville Rantala', title: 'Tietohallintopäällikkö' },
    finance: { name: 'Tiina Aho', title: 'Talouspäällikkö' },
    director: { name: 'Oskar Åberg', title: 'Hallintojohtaja' },
    chair: CHAIR_LEHTONEN,
  },
  {
    abbr: 'TIV',
    name: 'Tuomioistuinvirasto',
    type: 'sector',
    segment: 'laaja',
    members:
      'Tuomioistuinvirasto\nKäräjäoikeudet (yleiset tuomioistuimet)\nHovioikeudet\nHallinto-oikeudet\nMarkkinaoikeus\nTyötuomioistuin\nVakuutusoikeus',
    am: 'elina.lindqvist',
    backup: 'mikko.korhonen',
    sm: 'pekka.makinen',
    lifecycle: 'established',
    engagement: 5,
    rhythm: 'weekly',
    working:
      'Viikoittainen taktinen kokous tiistaisin klo 10 Tuomioistuinviraston tietohallintojohtajan kanssa.\nYleisten tuomioistuinten ja hallintotuomioistuinten asiat käsitellään erikseen; yhteydet tuomioistuimiin Tuomioistuinviraston kautta.\nBudjettipoikkeamista ilmoitetaan heti, ei vasta seurantaryhmässä.',
    general:
      'Tuomioistuinvirasto vastaa tuomioistuinten toimintaedellytyksistä. Asiakkuuteen kuuluvat yleiset tuomioistuimet sekä hallinto- ja erityistuomioistuimet. Hallinnonalan suurin asiakkuus: tuomioistuinten asianhallinnan uudistus ja sähköinen asiointi.',
    relationship:
      'Vakiintunut, tiivis kumppanuus. Suuret ja budjettipainotteiset substanssijärjestelmät, useita samanaikaisia projekteja. Talouden hallinnan arvio laski Q3:lla (7,0) Valtorin kustannusten nousun vuoksi.',
    responsibilities:
      'Asiakaspäällikkö Elina Lindqvist; työpari Mikko Korhonen. Järjestelmäpäällikkö Pekka Mäkinen; projektipäälliköt budjetoivat projektit.',
    teams: true,
    budget: 24_600_000,
    nextStage: 'changesRequested',
    domain: 'oikeus.example',
    headOfIt: { name: 'Jarmo Koskinen', title: 'Tietohallintojohtaja' },
    finance: { name: 'Katja Laaksonen', title: 'Talousjohtaja' },
    director: { name: 'Mikael Wikström', title: 'Ylijohtaja' },
    substance: { name: 'Ida Nyberg', title: 'Kehittämisjohtaja, yleiset tuomioistuimet' },
    chair: CHAIR_SALMINEN,
  },
  {
    abbr: 'UO',
    name: 'Ulosottolaitos',
    type: 'sector',
    segment: 'laaja',
    members: 'Valtakunnanvoudinvirasto\nUlosottoalueet (5)',
    am: 'mikko.korhonen',
    backup: 'juha.nieminen',
    sm: 'henrik.gronlund',
    lifecycle: 'established',
    engagement: 3,
    rhythm: 'monthly',
    working:
      'Yhteydenotot Valtakunnanvoudinviraston tietohallintopäällikön kautta; ulosottoalueiden pääkäyttäjiin vain tämän pyynnöstä.\nTuotantohäiriöistä tiedotetaan heti myös Valtakunnanvoudinviraston päivystykseen.',
    general:
      'Ulosottolaitos muodostuu Valtakunnanvoudinvirastosta ja viidestä ulosottoalueesta. Ulosoton tietojärjestelmä käsittelee suuria massoja; automaattinen päätöksenteko ja sähköinen asiointi ovat strategian ytimessä.',
    relationship:
      'Vakiintunut yhteistyö, suuri asianhallintajärjestelmä. Automaattisen päätöksenteon lainsäädäntö edellyttää muutoksia. Tyytyväisyys vakaa (Q3: 7,7).',
    responsibilities: 'Asiakaspäällikkö Mikko Korhonen; tuuraajana Juha Nieminen. Järjestelmäpäällikkö Henrik Grönlund.',
    teams: true,
    budget: 7_420_000,
    nextStage: 'caseOpened',
    domain: 'ulosottolaitos.example',
    headOfIt: { name: 'Heikki Rantanen', title: 'Tietohallintopäällikkö' },
    finance: { name: 'Sanna Väisänen', title: 'Talouspäällikkö' },
    director: { name: 'Eva Söderberg', title: 'Hallintojohtaja' },
    chair: CHAIR_LEHTONEN,
  },
  {
    abbr: 'ORK',
    name: 'Oikeusrekisterikeskus',
    type: 'other',
    segment: 'muu',
    members: 'Oikeusrekisterikeskus (omat toiminnot: rekisterit, sakkojen täytäntöönpano)',
    am: 'juha.nieminen',
    backup: 'aino.virtanen',
    sm: 'pekka.makinen',
    lifecycle: 'established',
    engagement: 4,
    rhythm: 'asNeeded',
    working: 'Sisäinen asiakkuus: yhteydet ORK:n hallintojohtajan kautta. Sopimus laaditaan samalla pohjalla kuin sektoriasiakkailla.',
    general: 'ORK:n omien toimintojen (rekisterit, varallisuusrangaistusten täytäntöönpano) ICT-palvelut.',
    relationship: 'Oma organisaatio; ICT-palvelut sovitaan omalla palvelusopimuksella.',
    responsibilities: 'Asiakasvastaava Juha Nieminen; tuuraajana Aino Virtanen.',
    teams: true,
    budget: 4_210_000,
    nextStage: 'drafting',
    domain: 'oikeusrekisterikeskus.example',
    headOfIt: { name: 'Petra Holm', title: 'Kehittämispäällikkö' },
    finance: { name: 'Tiina Mattila', title: 'Controller' },
    director: { name: 'Harri Laitinen', title: 'Hallintojohtaja' },
    chair: CHAIR_AALTONEN,
  },
  {
    abbr: 'HYP',
    name: 'Oikeusministeriön hallinnonalan yhteiset palvelut',
    type: 'other',
    segment: 'muu',
    members: 'Hallinnonalan yhteinen asianhallinta\nSähköisen asioinnin yhteiset palvelut\nYhteiset integraatio- ja tunnistuspalvelut',
    am: 'elina.lindqvist',
    backup: 'aino.virtanen',
    sm: 'henrik.gronlund',
    lifecycle: 'developing',
    engagement: 3,
    rhythm: 'quarterly',
    working: 'Yhteisten palvelujen muutoksista tiedotetaan kaikille sektoreille samanaikaisesti asiakasviestinnän kautta.',
    general: 'Koko hallinnonalan yhteiset palvelut, joiden kustannukset jyvitetään sektoreille tai kohdistetaan asiakaskohtaisesti.',
    relationship: 'Ei varsinainen sektoriasiakkuus; oma palvelusopimus oikeusministeriön kanssa.',
    responsibilities: 'Asiakaspäällikkö Elina Lindqvist; yhteisten palvelujen omistajat budjetoivat palvelunsa.',
    teams: false,
    budget: 11_300_000,
    nextStage: 'drafting',
    domain: 'om.example',
    headOfIt: { name: 'Mika Laakso', title: 'Tietohallintopäällikkö' },
    finance: { name: 'Pirjo Nurmi', title: 'Budjettipäällikkö' },
    director: { name: 'Lars Grönqvist', title: 'Osastopäällikkö' },
    chair: CHAIR_AALTONEN,
  },
  {
    abbr: 'VAALIT',
    name: 'Vaalit',
    type: 'other',
    segment: 'muu',
    members: 'Vaalitietojärjestelmä\nÄänioikeusrekisteri\nVaalitulospalvelu',
    am: 'juha.nieminen',
    sm: 'pekka.makinen',
    lifecycle: 'change',
    engagement: 4,
    rhythm: 'biweekly',
    working:
      'Vaalien aikana (ennakkoäänestys – vahvistus) päivystys ja yhteydet vaalijohtajan kautta.\nMuutoskiellot vaalitietojärjestelmään kuusi viikkoa ennen vaalipäivää.',
    general: 'Vaalien toimittamisen tietojärjestelmät. Eduskuntavaalit keväällä; järjestelmien uudistus käynnissä.',
    relationship: 'Oikeusministeriön vaaliyksikkö tilaa; rytmi seuraa vaalikalenteria.',
    responsibilities: 'Asiakasvastaava Juha Nieminen. Varahenkilöä ei ole nimetty: tuuraaja sovitaan poissaolon ajaksi.',
    teams: false,
    budget: 3_880_000,
    nextStage: 'customerReview',
    domain: 'vaalit.example',
    headOfIt: { name: 'Sofia Lindroos', title: 'Vaalijohtaja' },
    finance: { name: 'Pirjo Nurmi', title: 'Budjettipäällikkö' },
    director: { name: 'Lars Grönqvist', title: 'Osastopäällikkö' },
    chair: CHAIR_AALTONEN,
  },
];

const SECTOR = ORK_ACCOUNTS.filter((a) => a.type === 'sector');

/** The accounts' organisation forms: the agencies, and the branch's shared services and elections as its own sector. */
const ORGANISATION_FORMS: Record<string, OrganisationForm> = { HYP: 'sector', VAALIT: 'sector' };

/** The provider side of the team beyond the account manager, backup and system manager, where the account has one. */
const TEAM_ROLES: Record<string, Partial<Record<'itCoordinator' | 'serviceOwner', string>>> = {
  TIV: { itCoordinator: 'juha.nieminen', serviceOwner: 'henrik.gronlund' },
  RISE: { serviceOwner: 'henrik.gronlund' },
  SY: { itCoordinator: 'juha.nieminen' },
};

/**
 * More of each sector account's follow-up group members who answer the quarterly survey, beside the head of IT,
 * finance and substance people. KKO has none: two invited respondents, so its results stay under the privacy
 * threshold every quarter. TIV has the most: its financial management drop is measured on five answers.
 */
const MORE_RESPONDENTS: Record<string, Person[]> = {
  KHO: [{ name: 'Laura Heikkilä', title: 'Hallintopäällikkö' }, { name: 'Tapio Salo', title: 'Tietopalvelupäällikkö' }],
  KKO: [],
  OPV: [{ name: 'Jenni Kivelä', title: 'Oikeusavun kehittämispäällikkö' }],
  OEV: [{ name: 'Petteri Mäkelä', title: 'Tietohallintoasiantuntija' }, { name: 'Annika Strand', title: 'Hallintopäällikkö' }],
  RISE: [{ name: 'Hanna Lehto', title: 'Vankitietojärjestelmän pääkäyttäjä' }],
  SY: [{ name: 'Mervi Toivonen', title: 'Pääkäyttäjäverkoston vetäjä' }, { name: 'Janne Hakala', title: 'Kehittämispäällikkö' }],
  TIV: [{ name: 'Outi Savolainen', title: 'Hallintotuomioistuinten kehittämispäällikkö' }, { name: 'Rasmus Lind', title: 'Talousasiantuntija' }],
  UO: [{ name: 'Kimmo Virtanen', title: 'Ulosoton pääkäyttäjä' }, { name: 'Leena Huttunen', title: 'Kehittämispäällikkö' }],
};

/** Who the quarterly survey is sent to for a sector account (its contacts with the follow-up group role). */
const respondentsOf = (a: OrkAccountSpec): Person[] => [a.headOfIt, a.finance, ...(a.substance ? [a.substance] : []), ...(MORE_RESPONDENTS[a.abbr] ?? [])];
const emailOf = (a: OrkAccountSpec, p: Person, domain = a.domain): string => p.email ?? `${emailLocal(p.name)}@${domain}`;

/** The account, area and story of the demo's one significant drop (latest quarter against the one before). */
const DROP = { abbr: 'TIV', area: 'financialManagement', before: [8, 9, 8, 7, 8], after: [6, 5, 5, 6, 6] } as const;

const USER_SURVEY: SurveyDefinition = {
  questions: [
    { id: 'usability', area: 'systems', text: { fi: 'Järjestelmien käytettävyys', sv: 'Systemens användbarhet', en: 'Usability of the systems' } },
    { id: 'reliability', area: 'systems', text: { fi: 'Järjestelmien luotettavuus', sv: 'Systemens tillförlitlighet', en: 'Reliability of the systems' } },
    { id: 'support', area: 'support', text: { fi: 'Käyttäjätuen toimivuus', sv: 'Användarstödet', en: 'User support' } },
  ].map((q) => ({ ...q, scale: { min: 4, max: 10 } })),
  nps: false,
  openFeedback: true,
};

/** Per-account satisfaction: a base level and a per-quarter trend, with area offsets (a believable story). */
const SATISFACTION: Record<string, { base: number; trend: number; areas?: Record<string, number> }> = {
  KHO: { base: 8.2, trend: 0.1 },
  KKO: { base: 8.0, trend: 0 },
  OPV: { base: 7.0, trend: 0.3, areas: { jointDevelopment: -0.5 } },
  OEV: { base: 7.4, trend: 0, areas: { projectServices: -0.6, customerService: 0.4 } },
  RISE: { base: 7.0, trend: 0.3, areas: { projectServices: -0.8 } },
  SY: { base: 8.3, trend: 0 },
  TIV: { base: 8.1, trend: -0.02 },
  UO: { base: 7.7, trend: 0, areas: { jointDevelopment: 0.4 } },
};

const SURVEY_COMMENTS = [
  'Jatkuvat palvelut toimivat hyvin, kiitos nopeasta reagoinnista häiriötilanteissa.',
  'Projektien aikataulutiedotukseen toivotaan ennakoivuutta.',
  'Talousraportit selkeytyneet, mutta poikkeamien syyt tulevat joskus myöhään.',
  'Asiakaspäällikkö on helposti tavoitettavissa ja asiat etenevät.',
  'Sähköisen asioinnin yhteiskehittämiseen toivotaan enemmän substanssin osallistamista.',
  'Ratkaisupalveluiden arviot ovat olleet hyödyllisiä päätöksenteossa.',
  '',
  'Tietoturva-asioissa yhteistyö sujunut erinomaisesti.',
  'Muutospyyntöjen käsittelyaika on edelleen pitkä.',
  '',
  'Seurantaryhmän materiaalit tulivat ajoissa ja niihin ehti perehtyä.',
  'Häiriötiedotteet voisivat kertoa myös arvion korjausajasta.',
  'Pääkäyttäjien koulutukset koettiin hyödyllisiksi.',
  '',
];

/** Said in the quarter of the drop by the drop's account (the open answers that explain the figure). */
const DROP_COMMENTS = [
  'Valtorin kustannusten nousu tuli yllätyksenä; talousennusteen poikkeamista ei kerrottu ajoissa.',
  'Määrärahojen käytöstä on vaikea saada ajantasaista kuvaa ennen kuin kausi on jo lopuillaan.',
  'Kustannusjaon perusteet ovat meille edelleen epäselvät.',
];

/** A Swedish-speaking respondent (OEV's Annika Strand) answers in Swedish. */
const SWEDISH_COMMENT = 'Samarbetet fungerar bra, men vi önskar att ändringsbegäranden behandlas snabbare.';

/** 1.12. */
function formatShort(date: IsoDate): string {
  return `${Number(date.slice(8, 10))}.${Number(date.slice(5, 7))}.`;
}

function fq(abbr: string): string {
  return abbr.toLowerCase();
}

/** The follow-up group date of an account in a quarter (2nd/3rd Tue–Thu of Mar/Jun/Sep/Dec). */
export function followUpDate(year: number, quarter: number, index: number): IsoDate {
  return nthWeekday(year, quarter * 3, 2 + (index % 3), 2 + (index % 2));
}

/**
 * The agreement story of the demo (care-model §2): next year's agreements spread over every stage of the ORK flow.
 * HYP's deadline was brought forward (the ministry's cost allocation) and has passed while it is still drafted: the
 * late one. OPV's signing round was first refused for want of signatories, then started: the refused step. RISE is
 * still in planning with nothing but the basics, for a browser test to take from planning to stored.
 */
const LATE = 'HYP';
const REFUSED = 'OPV';
/** Signatures recorded so far on an agreement in signature (OPV: the provider's two; the customer's still to come). */
const SIGNED_SO_FAR = 2;

/** What each step's history entry says (ORK flow). */
const ACTION_COMMENTS: Record<AgreementAction, string> = {
  openCase: 'Asia perustettu Hildaan ja diaarinumero varattu.',
  startDrafting: 'Luonnostelu aloitettu vuoden pohjista; tiedot kerätään järjestelmäpäälliköltä.',
  sendForReview: 'Luonnos liitteineen jaettu asiakkaalle Tiimerin asiakastyötilassa tarkistettavaksi.',
  requestChanges: 'Asiakas pyysi muutoksia talousliitteeseen ja palveluluetteloon.',
  submitRevision: 'Pyydetyt muutokset tehty; päivitetty luonnos asiakkaalle.',
  approve: 'Molemmat osapuolet hyväksyneet; koottu yhdeksi PDF:ksi liitteineen.',
  startSigning: 'Lähetetty allekirjoitettavaksi: asiakkuusjohtaja → ylijohtaja → asiakas.',
  recordSignature: 'Allekirjoitus kirjattu.',
  store: 'Tallennettu Hildaan ja Tiimerin asiakastyötilan sopimuskansioon.',
};
const PLANNING_COMMENT = 'Suunnittelukokous asiakkaan kanssa sovittu; sisällöt ja budjettiraami läpi.';

/** What the customer asked to change, per account (the loop back from review). */
const CHANGE_REQUESTS: Record<string, string> = {
  TIV: 'Asiakas pyysi muutoksia talousliitteeseen: Valtorin palvelujen kustannusnousun kohdistus ja projektien budjettijako tarkennettava ennen hyväksyntää.',
  RISE: 'Asiakas pyysi tarkennuksia vankilaverkon uudistuksen kustannuksiin talousliitteessä.',
};

/** Services, systems and projects of each account's agreement (verified by the system manager before review). */
const SCOPE: Record<string, { services: string[]; systems: string[]; projects: string[] }> = {
  KHO: { services: ['Asianhallinnan ylläpito ja pienkehitys', 'Ratkaisujen julkaisupalvelu', 'Käyttäjätuki'], systems: ['Hallintotuomioistuinten asianhallinta', 'Ratkaisujen julkaisujärjestelmä'], projects: [] },
  KKO: { services: ['Ennakkopäätösten julkaisu', 'Käyttäjätuki'], systems: ['Yleisten tuomioistuinten asianhallinta (yhteiskäyttö)', 'Sähköinen asiakirjahallinta'], projects: [] },
  OPV: { services: ['Oikeusavun ja edunvalvonnan asianhallinta', 'Sähköinen oikeusapuhakemus', 'Käyttäjätuki'], systems: ['Oikeusavun asianhallinta', 'Edunvalvonnan asianhallinta'], projects: ['Järjestelmien yhdistäminen (Oikeuspalveluvirasto)'] },
  OEV: { services: ['Perustietotekniikka', 'Ilmoituspalvelut'], systems: ['Tietosuojavaltuutetun ilmoituspalvelu', 'Kuluttajariitojen sähköinen asiointi'], projects: [] },
  RISE: { services: ['Vankitietojärjestelmän ylläpito', 'Yhdyskuntaseuraamusten asianhallinta'], systems: ['Vankitietojärjestelmä', 'Yhdyskuntaseuraamusten asianhallinta'], projects: ['Vankilaverkon uudistus', 'Vankien digitaaliset palvelut'] },
  SY: { services: ['Syyttäjien asianhallinta', 'Sähköinen käsittelyketju'], systems: ['Syyttäjälaitoksen asianhallinta'], projects: ['Rikosasioiden sähköinen käsittelyketju'] },
  TIV: { services: ['Tuomioistuinten asianhallinta', 'Sähköinen asiointi', 'Käyttäjätuki'], systems: ['Yleisten tuomioistuinten asianhallinta', 'Hallintotuomioistuinten asianhallinta'], projects: ['Asianhallinnan uudistus', 'Käräjäoikeuksien sähköinen asiointi'] },
  UO: { services: ['Ulosoton tietojärjestelmän ylläpito'], systems: ['Ulosoton tietojärjestelmä'], projects: ['Automaattisen päätöksenteon muutokset'] },
  ORK: { services: ['Rekisteripalvelut', 'Sakkojen täytäntöönpano'], systems: ['Rikosrekisteri', 'Sakkorekisteri'], projects: [] },
  HYP: { services: ['Hallinnonalan yhteinen asianhallinta', 'Sähköisen asioinnin yhteiset palvelut'], systems: ['Yhteiset integraatio- ja tunnistuspalvelut'], projects: ['Yhteisen asianhallinnan versiopäivitys'] },
  VAALIT: { services: ['Vaalitietojärjestelmän ylläpito', 'Vaalitulospalvelu'], systems: ['Vaalitietojärjestelmä', 'Äänioikeusrekisteri'], projects: ['Vaalijärjestelmien uudistus'] },
};

/** The customer's development plans for the year, as the planning meeting heard them. */
const developmentPlans = (a: OrkAccountSpec, year: number): string =>
  `${a.name}: ${year} painopisteinä ${SCOPE[a.abbr].projects.length ? SCOPE[a.abbr].projects.join(', ').toLowerCase() : 'jatkuvien palvelujen vakaus ja pienkehitys'}; ideasalkun tarpeet käsitellään kehityksen ohjausryhmässä.`;

function appendices(abbr: string, year: number, diaryNumber?: string): AgreementAppendix[] {
  const base = `https://tiimeri.example/asiakkuudet/${fq(abbr)}/sopimukset/${year}`;
  return [
    { title: 'Liite 1: Talousliite (määräraha ja budjettijako)', audience: 'talous', url: `${base}/liite-1-talous.pdf`, diaryNumber },
    { title: 'Liite 2: Turvallisuusliite', audience: 'turvallisuus', url: `${base}/liite-2-turvallisuus.pdf`, diaryNumber },
    { title: 'Liite 3: Palvelu-, järjestelmä- ja projektiluettelo', audience: 'tietohallinto', url: `${base}/liite-3-palvelut.pdf`, diaryNumber },
  ];
}

// --- Data tables --------------------------------------------------------------------------------------------

const ORK_SEGMENTS: SegmentRow[] = [
  {
    code: 'laaja',
    name: 'Laaja-alainen virasto',
    description: 'Suuri virasto, jolla laajat IT-tarpeet ja suuret, budjettipainotteiset substanssijärjestelmät.',
    careTier: { meetings: [{ meetingType: 'followUpGroup', perYear: 4 }, { meetingType: 'operational', perYear: 12 }, { meetingType: 'workshop', perYear: 2 }, { meetingType: 'budget', perYear: 3 }], survey: 'quarterly' },
  },
  {
    code: 'pieni',
    name: 'Pieni yksikkö',
    description: 'Pieni virasto tai virastojen ryhmä; tarpeet pääosin jatkuvissa palveluissa.',
    careTier: { meetings: [{ meetingType: 'followUpGroup', perYear: 4 }, { meetingType: 'operational', perYear: 4 }], survey: 'quarterly' },
  },
  {
    code: 'muu',
    name: 'Muut asiakkuudet',
    description: 'ORK itse, hallinnonalan yhteiset palvelut ja vaalit: oma palvelusopimus, mallia sovelletaan soveltuvin osin.',
    careTier: { meetings: [{ meetingType: 'followUpGroup', perYear: 2 }, { meetingType: 'planning', perYear: 1 }] },
  },
];

interface QuarterNotes {
  finance: string;
  status: string;
  dev: string;
  survey: string;
  other: string;
  decisions: string;
}

/** What the follow-up groups of each quarter discussed (agenda items 3–7 and the decisions). */
function quarterNotes(year: number): Record<number, QuarterNotes> {
  return {
    1: {
      finance: `Edellisen vuoden tilinpäätös esiteltiin; TAE B1 -luonnos vuodelle ${year + 1} käytiin läpi kululajeittain.`,
      status: 'Jatkuvat palvelut toimineet sopimuksen mukaisesti; yksi merkittävä häiriö helmikuussa (kirjautuminen), juurisyy korjattu.',
      dev: 'Kehityssalkun tarpeet läpi; kaksi uutta ideaa kirjattiin ideasalkkuun.',
      survey: `Q4/${year - 1} kyselyn tulokset: kokonaisarvio ennallaan, avoimissa vastauksissa toive ennakoivammasta tiedottamisesta.`,
      other: 'Ei muita asioita.',
      decisions: `Hyväksyttiin TAE B1 -luonnos jatkovalmisteluun. Seuraava kokous kesäkuussa.`,
    },
    2: {
      finance: 'TPE1 esiteltiin: ennuste alittaa budjetin noin 3 %, koska yksi projekti siirtyi syksyyn. Poikkeamien syyt selvitetty järjestelmäpäälliköltä.',
      status: 'Palvelutaso sovitun mukainen. Toimin sovellussalkun statustiedot liitteenä.',
      dev: 'Projektien tilanne: käynnissä olevat projektit aikataulussa; yksi tarve palautettiin valmisteluun ohjausryhmästä.',
      survey: 'Q1-kyselyn tulokset: talouden hallinnan arvio parani, projektipalveluissa kehitettävää.',
      other: 'Kesän lomakauden tuuraukset: asiakaspäällikön työpari vastaa heinäkuussa.',
      decisions: 'Sovittiin, että projektien aikataulumuutoksista tiedotetaan kuukausitapaamisessa. Seuraava kokous syyskuussa.',
    },
    3: {
      finance: `TAE B2 -tarkennus: Valtorin palvelujen kustannukset nousevat ${year + 1}; vaikutus esitetään talousliitteessä.`,
      status: 'Jatkuvat palvelut vakaat. Elokuun päivityskatko toteutui suunnitellusti.',
      dev: 'Ideasalkku läpi: kaksi tarvetta Ratsun ratkaisuanalyysissä.',
      survey: 'Q2-kyselyn tulokset: kokonaisarvio nousi; NPS parani.',
      other: `Palvelusopimuksen ${year + 1} aikataulu: suunnittelukokous marraskuussa, allekirjoitukset ennen joulua.`,
      decisions: `Hyväksyttiin TAE B2. Palvelusopimuksen ${year + 1} suunnittelukokous sovitaan marraskuulle.`,
    },
    4: { finance: '', status: '', dev: '', survey: '', other: '', decisions: '' },
  };
}

interface ExtraMeeting {
  key: string;
  abbr: string;
  type: MeetingType;
  title: string;
  date: IsoDate;
  hour: number;
  mode: MeetingMode;
  location: string;
  minutes: string;
  duration: number;
}

/** Workshops, a budget meeting and a customer event. */
function extraMeetings(year: number, today: IsoDate): ExtraMeeting[] {
  return [
    { key: 'workshop:digisuunnitelma', abbr: 'TIV', type: 'workshop', title: 'TIV: digisuunnitelmatyöpaja – käräjäoikeuksien sähköinen asiointi', date: nthWeekday(year, 10, 3, 1), hour: 9, mode: 'inPerson', location: 'Tuomioistuinvirasto, Helsinki', minutes: 'Tunnistettiin viisi kehitystarvetta; kaksi kirjattiin ideasalkkuun tarpeiksi ja toimitetaan Ratsulle.', duration: 240 },
    { key: 'workshop:ideointi', abbr: 'RISE', type: 'workshop', title: 'RISE: ideointityöpaja – vankien digitaaliset palvelut', date: nthWeekday(year, 9, 2, 2), hour: 12, mode: 'hybrid', location: 'Rikosseuraamuslaitos, Helsinki / Teams', minutes: 'Työpajassa syntyi kahdeksan ideaa; kolme jatkoon ideasalkkuun.', duration: 180 },
    { key: 'budget:tae-b2', abbr: 'UO', type: 'budget', title: 'UO: budjettipalaveri TAE B2', date: nthWeekday(year, 9, 1, 1), hour: 10, mode: 'teams', location: 'Teams', minutes: 'Käytiin läpi B2-tarkennukset kululajeittain; Valtorin kustannusten nousu hyväksyttiin jatkovalmisteluun.', duration: 60 },
    { key: 'event:asiakaspaiva', abbr: 'ORK', type: 'customerEvent', title: `Hallinnonalan asiakaspäivä ${year}`, date: addWorkingDays(today, 12), hour: 9, mode: 'hybrid', location: 'Säätytalo, Helsinki / Teams', minutes: '', duration: 360 },
  ];
}

/**
 * Tuuraus in ORK, as the team sees it this morning: Mikko's holiday goes on (Aino covers), Elina's starts today
 * (Juha covers, TIV by Aino), so Aino covers more accounts than the site's limit. Aino's training day and Juha's two
 * days off inside those holidays are short and not covered, but pass Mikko's and Elina's accounts on down the chain;
 * Juha's later holiday leaves VAALIT (no backup) without cover.
 */
function orkAbsences(today: IsoDate, year: number): AbsenceRow[] {
  const ainoTraining = addWorkingDays(today, 1);
  // Juha's two days: after Mikko is back, while Elina is still away (earlier when holidays leave no two working days).
  let juhaOff = twoWorkingDaysFrom(addDays(today, 9));
  if (compareIsoDates(addDays(juhaOff, 1), addDays(today, 13)) > 0) juhaOff = twoWorkingDaysFrom(addDays(today, 1));
  const summer = nthWeekday(year, 7, 1, 1);
  return withoutClashes(
    [
      {
        key: 'mikko-loma',
        person: 'mikko.korhonen',
        start: addDays(today, -3),
        end: addDays(today, 8),
        kind: 'holiday',
        substitute: 'aino.virtanen',
        notes: 'Syysloma. Aino Virtanen hoitaa KKO:n, RISE:n ja UO:n kiireelliset asiat; RISE:n sopimuksen muutospyynnöt odottavat paluuta, ellei asiakas toisin toivo.',
      },
      {
        key: 'elina-loma',
        person: 'elina.lindqvist',
        start: today,
        end: addDays(today, 13),
        kind: 'holiday',
        substitute: 'juha.nieminen',
        cover: { overrides: { TIV: 'aino.virtanen' } },
        notes: 'Vuosiloma. Juha hoitaa OPV:n ja HYP:n; TIV:n hoitaa Aino, koska hän tuntee hovioikeuksien käyttäjät. OPV:n lomakemuutokset odottavat yhteistä palaveria, HYP:n allekirjoituspalvelun pilotti jatkuu aikataulussa.',
      },
      {
        key: 'aino-koulutus',
        person: 'aino.virtanen',
        start: ainoTraining,
        end: ainoTraining,
        kind: 'training',
        substitute: 'juha.nieminen',
        notes: 'Hankintakoulutus, yksi päivä. Puhelin on kiinni; kiireelliset asiat Juha Niemiselle, muut hoidan seuraavana päivänä.',
      },
      {
        key: 'juha-vapaa',
        person: 'juha.nieminen',
        start: juhaOff,
        end: addDays(juhaOff, 1),
        kind: 'other',
        substitute: 'mikko.korhonen',
        notes: 'Kaksi päivää lomaa, ei tuurausta. Omat asiat odottavat paluuta; Elinan asiakkuuksien kiireelliset asiat Mikko Korhoselle.',
      },
      {
        key: 'juha-loma',
        person: 'juha.nieminen',
        start: addDays(today, 21),
        end: addDays(today, 27),
        kind: 'holiday',
        notes: 'Lomaviikko. Varahenkilöt hoitavat ORK:n ja OEV:n. Vaalit-asiakkuudella ei ole varahenkilöä: sovi hoitaja ennen lomaa, vaalien tekninen tuki on sovittava ajoissa.',
      },
      { key: 'pekka-sairaus', person: 'pekka.makinen', start: addWorkingDays(today, -15), end: addWorkingDays(today, -14), kind: 'sickLeave', notes: 'Lyhyt sairausloma.' },
    ],
    [{ key: 'aino-kesaloma', person: 'aino.virtanen', start: summer, end: addDays(summer, 25), kind: 'holiday', substitute: 'mikko.korhonen', notes: 'Kesäloma. Mikko hoitaa KHO:n ja SY:n; kesän aikana sovitaan vain kiireelliset tapaamiset.' }],
  );
}

/**
 * Situation records: account, category, situation, solution, recorder. Filed over the last twelve months by the
 * account managers and the system managers (service staff), each as its recorder; the newest first.
 */
const SITUATIONS: [string, SituationCategory, string, string | undefined, string][] = [
  ['SY', 'other', 'Syyttäjäalueen pääkäyttäjä kiitti nopeasta avusta sähköisen käsittelyketjun häiriössä.', undefined, 'aino.virtanen'],
  ['OPV', 'conflict', 'Edunvalvonnan ja oikeusavun yksiköt pyysivät ristiriitaisia muutoksia samaan lomakkeeseen.', 'Sovittu yhteinen palaveri; jatkossa muutospyynnöt tietohallintoyksikön kautta.', 'elina.lindqvist'],
  ['TIV', 'error', 'Käräjäoikeuden istuntokalenterin integraatio jätti peruutetut istunnot näkyviin.', 'Virhe korjattu toimittajan kanssa; käyttäjille lähetetty tiedote ja korjattu data.', 'pekka.makinen'],
  ['OEV', 'adviceRequest', 'Onnettomuustutkintakeskus kysyi, kuuluuko tutkinta-aineistojen arkistointi palvelusopimukseen.', 'Tarkistettiin palveluluettelosta: kuuluu; ohje toimitettu.', 'juha.nieminen'],
  ['TIV', 'challenging', 'Hovioikeuden käyttäjät raportoivat hitaudesta asianhallinnassa istuntoviikolla; asiakas tyytymätön tiedottamiseen.', 'Häiriötiedote ja jatkossa tilannekuva Teams-kanavalle kahden tunnin välein.', 'elina.lindqvist'],
  ['RISE', 'adviceRequest', 'Yhdyskuntaseuraamustoimiston esihenkilö kysyi suoraan käyttöoikeuksien lisäämisestä uusille työntekijöille.', 'Ohjattiin pyyntö tietohallintopäällikön kautta sovitun toimintatavan mukaisesti.', 'mikko.korhonen'],
  ['UO', 'conflict', 'Ulosottolaitoksen kaksi yksikköä kiisti, kumman budjetista uuden raportointipalvelun lisenssit maksetaan.', 'Ei otettu kantaa; asia viety tietohallintopäällikölle ja seurantaryhmän asialistalle. Ilmoitettu esihenkilölle.', 'mikko.korhonen'],
  ['KHO', 'challenging', 'Korkeimman hallinto-oikeuden yhteyshenkilö soitti kolmatta kertaa samasta tulostusongelmasta ja vaati eskalointia.', 'Avattu ongelmatiketti palveluntuottajalle ja sovittu viikoittainen tilannekatsaus, kunnes vika on korjattu.', 'henrik.gronlund'],
  ['HYP', 'other', 'Hallinnonalan yhteisten palvelujen käyttäjä pyysi koosteen kaikista voimassa olevista palvelukuvauksista.', 'Lähetetty linkki palveluluetteloon ja lisätty kooste seuraavan seurantaryhmän materiaaleihin.', 'juha.nieminen'],
  ['UO', 'error', 'TAE B1 -luonnoksessa Valtorin kustannukset kahteen kertaan.', 'Korjattu ennen budjettipäivää; tarkistuslista päivitetty.', 'mikko.korhonen'],
  ['KKO', 'adviceRequest', 'Korkeimman oikeuden kansliasta kysyttiin, voiko etäistuntojen tallenteita säilyttää asianhallinnassa.', 'Ohjattu tietosuojavastaavalle; säilytysaika tarkistetaan arkistonmuodostussuunnitelmasta.', 'aino.virtanen'],
  ['RISE', 'error', 'Vankilan käyttäjätunnukset poistettiin vahingossa työsuhteen jatkuessa.', 'Tunnukset palautettu samana päivänä; poistoajon ehto korjattu ja asiasta kerrottu asiakkaalle.', 'pekka.makinen'],
];

const FEEDBACK_TEXTS: FeedbackText[] = [
  ['positive', 'serviceQuality', 'Häiriötilanteessa tiedotettiin nopeasti ja selkeästi.'],
  ['negative', 'operationsQuality', 'Samaa budjettitietoa kysyttiin kahdesta eri ORK:n yksiköstä saman viikon aikana.'],
  ['developmentIdea', 'other', 'Seurantaryhmän materiaalit voisi julkaista samaan kanavaan, jossa asiakkuuden muukin aineisto on.', 'asiakasviestintä'],
  ['question', 'serviceQuality', 'Miksi käyttäjätunnusten poistopyyntöjen käsittely kestää yli viikon?'],
  ['negative', 'serviceQuality', 'Käyttäjätuen vasteaika oli yli kaksi päivää kiireellisessä asiassa.'],
  ['positive', 'operationsQuality', 'Palvelusopimuksen luonnos oli valmis ajoissa ja diaarinumero oli kaikissa liitteissä.'],
  ['question', 'operationsQuality', 'Kenelle ORK:ssa kuuluu laskun oikaisupyyntö, kun kustannuspaikka on vaihtunut kesken vuoden?'],
  ['developmentIdea', 'serviceQuality', 'Toiveena Power BI -näkymä kuukausittaisiin talouslukuihin.'],
  ['positive', 'other', 'Uusien yhteyshenkilöiden perehdytys asiakkuudenhoitoon oli hyödyllinen.', 'perehdytys'],
  ['negative', 'other', 'Kyselyitä tulee liikaa: kolme eri kyselyä samassa kuussa.', 'kyselyväsymys'],
  ['question', 'other', 'Voiko syksyn seurantaryhmän pitää Teamsissa, kun puolet jäsenistä on muilla paikkakunnilla?', 'kokouskäytännöt'],
  ['developmentIdea', 'operationsQuality', 'Palvelupyynnön tilasta voisi lähteä pyytäjälle automaattinen viesti, kun käsittelijä vaihtuu.'],
  ['positive', 'serviceQuality', 'Järjestelmäpäällikön selvitys poikkeamista oli perusteellinen.'],
];

/** Older than the 24-month retention: what the owner's privacy preview lists (account, category, situation, recorder). */
const OLD_SITUATIONS: [string, SituationCategory, string, string][] = [
  ['RISE', 'challenging', 'Vankilan yhteyshenkilö oli tyytymätön työasemien vaihtoaikatauluun.', 'mikko.korhonen'],
  ['TIV', 'adviceRequest', 'Käräjäoikeus kysyi vanhan asianhallinnan arkistokopioiden säilyttämisestä.', 'elina.lindqvist'],
  ['UO', 'error', 'Laskulla väärä kustannuspaikka kahden kuukauden ajan.', 'juha.nieminen'],
];

/** Ideas: account, stage, source, title, description. */
const IDEAS: [string, IdeaStage, IdeaSource, string, string][] = [
  ['TIV', 'need', 'workshop', 'Käräjäoikeuksien sähköinen haastehakemus', 'Hakemus sähköisesti asiointipalvelussa suoraan asianhallintaan.'],
  ['TIV', 'awaitingGate', 'meeting', 'Istuntosalien tallennusratkaisun uusiminen', 'Nykyinen tallennusratkaisu elinkaarensa lopussa.'],
  ['TIV', 'inDevelopment', 'followUp', 'Hallinto-oikeuksien asiakirjojen automaattinen anonymisointi', 'Julkaistavien ratkaisujen anonymisointi koneoppimisen avulla.'],
  ['RISE', 'idea', 'workshop', 'Vankien viestintäpalvelu tablettipäätteille', 'Valvottu viestintä omaisten ja viranomaisten kanssa.'],
  ['RISE', 'solutionAnalysis', 'workshop', 'Yhdyskuntaseuraamusten mobiilikirjaukset', 'Valvojat kirjaavat tapaamiset mobiilisti.'],
  ['RISE', 'returned', 'meeting', 'Vankilaverkon uudistuksen tilanhallintajärjestelmä', 'Palautettu valmisteluun: hyötyanalyysi puutteellinen.'],
  ['UO', 'go', 'followUp', 'Automaattinen päätöksenteko ulosoton maksukehotuksissa', 'Uuden lainsäädännön mukainen automaattinen ratkaisu.'],
  ['UO', 'smallDevelopment', 'meeting', 'Velallisen sähköisen asioinnin maksusuunnitelmalaskuri', 'Pieni laajennus nykyiseen asiointipalveluun.'],
  ['SY', 'done', 'followUp', 'Syyttäjien asianhallinnan hakutoiminnon parannus', 'Kokotekstihaku asiakirjoihin.'],
  ['SY', 'need', 'survey', 'Esitutkinta-aineiston vastaanoton automaattinen tarkistus', 'Puutteelliset aineistot tunnistetaan heti vastaanotossa.'],
  ['OPV', 'idea', 'survey', 'Oikeusapuhakemuksen tilan seuranta asiakkaalle', 'Hakija näkee hakemuksen käsittelyvaiheen.'],
  ['OPV', 'rejected', 'meeting', 'Oma chatbot talous- ja velkaneuvontaan', 'Hylätty: päällekkäinen valtion yhteisen palvelun kanssa.'],
  ['OEV', 'smallDevelopment', 'other', 'Tietosuojaloukkausilmoitusten verkkolomake', 'Pieni SaaS-lomakeratkaisu; hankintatiimin neuvo pyydetty.'],
  ['KHO', 'solutionAnalysis', 'followUp', 'Ratkaisujen julkaisupalvelun rajapinta', 'Avoin rajapinta ratkaisujen hakemiseen.'],
  ['KKO', 'idea', 'followUp', 'Ennakkopäätösten tiivistelmät selkokielellä', 'Tekoälyavusteiset tiivistelmät julkaisuun.'],
  ['HYP', 'awaitingGate', 'meeting', 'Hallinnonalan yhteinen sähköinen allekirjoitus', 'Palvelusopimukset ja muut asiakirjat allekirjoitetaan sähköisesti.'],
  ['KHO', 'need', 'meeting', 'Ratkaisujen julkaisun saavutettavuustarkistus', 'Julkaistavat ratkaisut tarkistetaan saavutettavuuden osalta ennen julkaisua.'],
];
/** Ideas whose card is still being written (only the description and goals so far): the gate refuses them. */
const INCOMPLETE_CARDS = new Set(['Ratkaisujen julkaisun saavutettavuustarkistus']);
/** The gate decisions' reasons (the steering group's words), by stage. */
const GATE_REASONS: Partial<Record<IdeaStage, string>> = {
  go: 'Lainsäädäntö edellyttää muutosta; rahoitus sektorin kehittämismäärärahasta.',
  rejected: 'Päällekkäinen valtion yhteisen palvelun kanssa.',
  returned: 'Hyötyanalyysi puutteellinen: säästöt ja käyttäjämäärät tarkennettava.',
};
/** Stages whose idea has a filled idea card, and those with a gate decision. */
const CARD_STAGES: IdeaStage[] = ['need', 'solutionAnalysis', 'smallDevelopment', 'awaitingGate', 'go', 'rejected', 'returned', 'inDevelopment', 'done'];
const DECIDED_STAGES: IdeaStage[] = ['go', 'rejected', 'returned', 'inDevelopment', 'done'];

/** Actions (toimenpideseuranta): account, source, title, goal, metric, due in days from today, status. */
const ACTIONS: [string, 'accountPlan' | 'survey' | 'followUp' | 'feedback', string, string, string, number, ActionStatus][] = [
  ['RISE', 'survey', 'Projektien aikataulutiedotteet kuukausitapaamiseen', 'Projektipalvelujen arvio vähintään 7,5', 'Q-kyselyn projektipalvelut-arvio', -30, 'done'],
  ['RISE', 'followUp', 'Vankilaverkon uudistuksen kustannusarvio talousliitteeseen', 'Asiakkaan muutospyyntö käsitelty', 'Talousliite hyväksytty', 6, 'inProgress'],
  ['TIV', 'survey', 'Valtorin kustannusten nousun avaaminen talouskatsauksessa', 'Talouden hallinnan arvio takaisin 7,5:een', 'Talouden hallinta -arvio', -150, 'done'],
  ['TIV', 'survey', 'Projektien tilannekatsaus jokaiseen seurantaryhmään', 'Projektipalvelujen arvio vähintään 8', 'Projektipalvelut-arvio', 35, 'open'],
  ['TIV', 'followUp', 'Häiriötiedotteiden käytäntö Teams-kanavalle', 'Tilannekuva kahden tunnin välein häiriön aikana', 'Tiedotteiden viive', -10, 'done'],
  ['TIV', 'accountPlan', 'Digisuunnitelman päivitys työpajan pohjalta', 'Digisuunnitelma ajan tasalla', 'Päivitetty suunnitelma', 25, 'open'],
  ['OPV', 'accountPlan', 'Oikeusavun ja edunvalvonnan yhteinen muutospyyntöprosessi', 'Ei ristiriitaisia muutospyyntöjä', 'Ristiriitaiset pyynnöt / kk', -3, 'inProgress'],
  ['OPV', 'survey', 'Substanssin edustaja mukaan yhteiskehittämiseen', 'Yhteisen kehittämisen arvio yli 7', 'Yhteinen kehittäminen -arvio', 40, 'open'],
  ['OEV', 'accountPlan', 'Virastojen tarpeiden kokoaminen yhteen kuukausiviestiin', 'Kyselyväsymyksen vähentäminen', 'Kyselyiden määrä / kk', -60, 'done'],
  ['OEV', 'feedback', 'Käyttäjätuen vasteajan parantaminen pienille virastoille', 'Vasteaika alle 1 työpäivä', 'Vasteaika', -5, 'open'],
  ['UO', 'followUp', 'Automaattisen päätöksenteon lainsäädäntömuutosten aikataulu', 'Projekti aikataulussa', 'Virstanpylväät', 45, 'inProgress'],
  ['SY', 'accountPlan', 'Pääkäyttäjäverkoston Teams-kanavan käyttöönotto', 'Käyttäjäpalautteet yhteen paikkaan', 'Kanavan aktiivisuus', -90, 'done'],
  ['KHO', 'survey', 'Ratkaisujen julkaisupalvelun käytettävyyskatselmus', 'Käytettävyysongelmat tunnistettu', 'Löydökset', 15, 'open'],
  ['KKO', 'followUp', 'Materiaalit viikkoa ennen seurantaryhmää', 'Materiaalit aina ajoissa', 'Materiaalien toimitusaika', -20, 'cancelled'],
  ['VAALIT', 'accountPlan', 'Eduskuntavaalien muutoskiellon viestintä', 'Ei muutoksia kiellon aikana', 'Poikkeukset', 60, 'open'],
  ['HYP', 'feedback', 'Yhteisten palvelujen muutostiedotteiden yhtenäistäminen', 'Yksi tiedote kaikille sektoreille', 'Tiedotteiden määrä', -12, 'inProgress'],
];

// --- Steps: each builds one list's drafts from the tables and what earlier phases wrote ----------------------

type HistoryEntry = StoryEntry;

/** One ORK seeding run: the context, its seeded random sequence, and the agreements' stage history. */
interface OrkRun {
  ctx: OrgContext;
  r: () => number;
  /** Filled by `agreementDrafts`; read by the planning meetings and the history step. */
  history: { agreementKey: string; entries: HistoryEntry[] }[];
}

const accountId = (written: Written, abbr: string): number => writtenId(written, 'accounts', `${P}account:${abbr}`);
const specOf = (abbr: string): OrkAccountSpec => ORK_ACCOUNTS.find((x) => x.abbr === abbr)!;
const agreementNo = (i: number, y: number): string => `ORK/${1800 + (y % 100) * 13 + i * 37}/00.01.02/${y}`;
/** A sector account's follow-up group date in a quarter (the same for its meetings, clock and survey answers). */
const groupDate = (year: number, a: OrkAccountSpec, q: number): IsoDate => followUpDate(year, q, SECTOR.indexOf(a));

function accountDrafts({ ctx }: OrkRun, written: Written): DemoDraft<'accounts'>[] {
  const { year } = ctx;
  return ORK_ACCOUNTS.map((a, i) => ({
    clientKey: `${P}account:${a.abbr}`,
    name: a.name,
    abbreviation: a.abbr,
    accountType: a.type,
    memberAgencies: a.members,
    segmentId: writtenId(written, 'segments', `${P}segment:${a.segment}`),
    lifecycleStage: a.lifecycle,
    engagementLevel: a.engagement,
    accountManager: who(ctx, a.am),
    backup: a.backup ? who(ctx, a.backup) : undefined,
    systemManager: who(ctx, a.sm),
    organisationForm: ORGANISATION_FORMS[a.abbr] ?? 'agency',
    ...Object.fromEntries(Object.entries(TEAM_ROLES[a.abbr] ?? {}).map(([role, alias]) => [role, who(ctx, alias)])),
    meetingRhythm: a.rhythm,
    workingAgreements: a.working,
    planGeneral: a.general,
    planRelationship: a.relationship,
    planResponsibilities: a.responsibilities,
    workspaceUrl: { url: `https://tiimeri.example/asiakkuudet/${fq(a.abbr)}`, description: `Tiimeri: ${a.abbr} asiakastyötila` },
    caseSystemUrl: { url: `https://hilda.example/asiat?organisaatio=${fq(a.abbr)}`, description: 'Hilda-asianhallinta' },
    diaryNumbers: `${agreementNo(i, year - 1)} (palvelusopimus ${year})` + (a.nextStage === 'planning' ? '' : `; ${agreementNo(i, year)} (palvelusopimus ${year + 1})`),
    keyDocuments: [
      { title: `${a.name}: strategia 2024–2027`, url: `https://tiimeri.example/asiakkuudet/${fq(a.abbr)}/asiakirjat/strategia.pdf` },
      { title: `Tulossopimus ${year}`, url: `https://tiimeri.example/asiakkuudet/${fq(a.abbr)}/asiakirjat/tulossopimus-${year}.pdf` },
      { title: `Palvelusopimus ${year} (allekirjoitettu)`, url: `https://hilda.example/asiakirjat/${encodeURIComponent(agreementNo(i, year - 1))}` },
    ],
    ...(a.teams ? { teamsGroupId: 'ork-asiakkuudet', teamsChannelId: `19:${fq(a.abbr)}@thread.tacv2`, teamsChannelName: a.abbr } : {}),
    active: true,
  }));
}

function contactDrafts({ ctx }: OrkRun, written: Written): DemoDraft<'contacts'>[] {
  const contacts: DemoDraft<'contacts'>[] = [];
  const contact = (a: OrkAccountSpec, key: string, p: Person, side: 'customer' | 'provider', roles: ContactRole[], org: string, extra: { signingOrder?: number; notes?: string; domain?: string } = {}): void => {
    contacts.push({
      clientKey: `${P}contact:${a.abbr}:${key}`,
      name: p.name,
      accountId: accountId(written, a.abbr),
      side,
      roles,
      jobTitle: p.title,
      organisation: org,
      email: emailOf(a, p, extra.domain),
      phone: `+358 29 56${String(10000 + contacts.length * 137).slice(-5)}`,
      signingOrder: extra.signingOrder,
      notes: extra.notes,
    });
  };
  for (const a of ORK_ACCOUNTS) {
    // The head of IT is the account manager's counterpart; the director who signs is the contract contact.
    contact(a, 'headOfIt', a.headOfIt, 'customer', ['headOfIt', 'followUpMember', 'counterpart'], a.name, {
      notes: a.abbr === 'RISE' ? 'Kaikki yhteydenotot hänen kauttaan (toimintatapa).' : undefined,
    });
    contact(a, 'finance', a.finance, 'customer', ['finance', 'followUpMember'], a.name);
    contact(a, 'director', a.director, 'customer', ['signatory', 'contractContact'], a.name, { signingOrder: 3 });
    if (a.substance) contact(a, 'substance', a.substance, 'customer', ['substance', 'followUpMember'], a.name);
    (MORE_RESPONDENTS[a.abbr] ?? []).forEach((p, k) => contact(a, `member${k + 1}`, p, 'customer', ['followUpMember'], a.name));
    contact(a, 'chair', a.chair, 'customer', a.chair.org === OM_STEERING ? ['chair', 'steeringOfficer', 'followUpMember'] : ['chair', 'followUpMember'], a.chair.org, { domain: 'om.example' });
    const am = who(ctx, a.am);
    contact(a, 'am', { name: am.title ?? a.am, title: a.am === 'juha.nieminen' ? 'Asiakasvastaava' : 'Asiakaspäällikkö' }, 'provider', ['followUpMember'], 'Oikeusrekisterikeskus, sidosryhmäpalvelut', {
      domain: 'asiakkuus.example',
      notes: 'Seurantaryhmän esittelijä ja sihteeri.',
    });
    contact(a, 'customerDirector', { name: CUSTOMER_DIRECTOR, title: 'Asiakkuusjohtaja' }, 'provider', ['signatory', 'followUpMember'], 'Oikeusrekisterikeskus', { signingOrder: 1, domain: 'asiakkuus.example' });
    contact(a, 'directorGeneral', { name: DIRECTOR_GENERAL, title: 'Ylijohtaja' }, 'provider', ['signatory'], 'Oikeusrekisterikeskus', { signingOrder: 2, domain: 'oikeusrekisterikeskus.example' });
    const sm = who(ctx, a.sm);
    contact(a, 'systemManager', { name: sm.title ?? a.sm, title: 'Järjestelmäpäällikkö' }, 'provider', ['itContact'], 'Oikeusrekisterikeskus, järjestelmäpalvelut', { domain: 'asiakkuus.example' });
  }
  return contacts;
}

/** A planned step of an agreement's story: the action, or an attempt the rules refuse, or the k-th signature. */
interface PlannedStep {
  action: AgreementAction;
  refused?: true;
  signer?: number;
}

/** The steps from planning to `target` in the ORK flow; `refusedFirst` tells the refused signing round first. */
function plannedSteps(target: AgreementStage, loop: boolean, refusedFirst: boolean): PlannedStep[] {
  const signing = target === 'signed' || target === 'stored';
  const out: PlannedStep[] = [];
  for (const action of actionsTo(ORK_FLOW, signing ? 'inSignature' : target, loop)) {
    if (action === 'startSigning' && refusedFirst) out.push({ action, refused: true });
    out.push({ action });
  }
  const signatures = target === 'inSignature' ? SIGNED_SO_FAR : signing ? 3 : 0;
  for (let k = 0; k < signatures; k++) out.push({ action: 'recordSignature', signer: k });
  if (target === 'stored') out.push({ action: 'store' });
  return out;
}

/** Quick steps: a signature, storing, or the retry after a refusal take a working day; the rest two to four. */
const quickAfter = (s: PlannedStep, before?: PlannedStep): boolean => s.action === 'recordSignature' || s.action === 'store' || !!before?.refused;

/**
 * One ORK agreement taken through the ORK flow by the product's rules: `dates[0]` is its creation in planning,
 * `dates[k]` the k-th step's day. Fields are filled as the work of each stage would fill them.
 */
function orkStory(run: OrkRun, a: OrkAccountSpec, i: number, agreementYear: number, steps: PlannedStep[], dates: IsoDate[], basics: { deadline: IsoDate; notes?: string }): AgreementStory {
  const { ctx, r } = run;
  const am = who(ctx, a.am);
  const sm = who(ctx, a.sm);
  const dnro = agreementNo(i, agreementYear - 1);
  const key = `${P}agreement:${a.abbr}:${agreementYear}`;
  const workday = (d: IsoDate, k: number): string => at(d, 9 + (k % 6), intBetween(r, 0, 3) * 15);
  const budget = agreementYear === ctx.year ? Math.round((a.budget * 0.97) / 1000) * 1000 : Math.round((a.budget * (1 + ((i % 5) - 1) * 0.025)) / 1000) * 1000;
  const signatories: AgreementSignature[] = [
    { order: 1, role: 'customerDirector', name: CUSTOMER_DIRECTOR },
    { order: 2, role: 'directorGeneral', name: DIRECTOR_GENERAL },
    { order: 3, role: 'customerRepresentative', name: a.director.name },
  ];
  const reviewed = taskDates('ork', 'sopimuspohjat', agreementYear - 1)[0];
  const story = new AgreementStory(
    ORK_FLOW,
    { clientKey: key, title: `Palvelusopimus ${agreementYear} – ${a.abbr}`, accountId: 0, year: agreementYear, kind: 'serviceAgreement', stage: 'planning', deadline: basics.deadline, owner: am, notes: basics.notes },
    { at: workday(dates[0], 0), comment: PLANNING_COMMENT, by: am },
  );
  steps.forEach((s, k) => {
    const d = dates[k + 1];
    const fill: Partial<Agreement> =
      s.refused ? {}
      : s.action === 'openCase' ? { diaryNumber: dnro, caseSystemUrl: { url: `https://hilda.example/asiat/${encodeURIComponent(dnro)}`, description: `Hilda: ${dnro}` }, developmentPlans: developmentPlans(a, agreementYear) }
      : s.action === 'startDrafting' ? { templateVersions: { agreement: `Palvelusopimuspohja ${agreementYear} (tarkistettu ${formatShort(reviewed)}${agreementYear - 1})`, appendices: `Liitepohjat ${agreementYear}, turvallisuusliite v2` } }
      : s.action === 'sendForReview'
        ? {
            checklist: { templateChecked: true, dataCollected: true, draftComplete: true },
            transferredBudget: budget,
            budgetAllocation: budgetAllocation(budget),
            services: { ...SCOPE[a.abbr], verifiedBy: sm.title ?? a.sm, verifiedOn: dates[k] },
            appendices: appendices(a.abbr, agreementYear, dnro),
          }
      : s.action === 'approve' ? { documentUrl: { url: `https://tiimeri.example/asiakkuudet/${fq(a.abbr)}/sopimukset/${agreementYear}/palvelusopimus.pdf`, description: `Palvelusopimus ${agreementYear} (PDF, liitteineen)` } }
      : s.action === 'startSigning' ? { signatures: signatories }
      : s.action === 'store' ? { workspaceUrl: { url: `https://tiimeri.example/asiakkuudet/${fq(a.abbr)}/sopimukset/${agreementYear}`, description: `Tiimeri: ${a.abbr} sopimuskansio` } }
      : {};
    const signer = s.signer !== undefined ? signatories[s.signer] : undefined;
    const comment = s.refused
      ? 'Allekirjoituskierrosta ei voitu aloittaa: allekirjoittajat puuttuivat (asiakkuusjohtaja, ylijohtaja, asiakkaan edustaja).'
      : s.action === 'startSigning' && steps[k - 1]?.refused
        ? 'Allekirjoittajat lisätty allekirjoitusjärjestyksessä; lähetetty allekirjoitettavaksi: asiakkuusjohtaja → ylijohtaja → asiakas.'
        : s.action === 'requestChanges'
          ? CHANGE_REQUESTS[a.abbr] ?? ACTION_COMMENTS.requestChanges
          : signer
            ? `Allekirjoittanut: ${signer.name}${s.signer === 2 ? '. Kaikki allekirjoitukset saatu.' : '.'}`
            : ACTION_COMMENTS[s.action];
    story.step({
      action: s.action,
      at: workday(d, k + 1),
      comment,
      by: am,
      fill,
      refused: s.refused,
      signature: signer ? { role: signer.role as SignerRole, name: signer.name, signedOn: d } : undefined,
    });
  });
  return story;
}

/**
 * This year's agreement, signed before last Christmas and stored; next year's in the stage of the spec, the last
 * change a few working days ago. Each is taken there by the ORK flow's own rules (see orkStory).
 */
function agreementDrafts(run: OrkRun, written: Written): DemoDraft<'agreements'>[] {
  const { ctx, r, history } = run;
  const { today, year } = ctx;
  const agreements: DemoDraft<'agreements'>[] = [];
  const add = (a: OrkAccountSpec, story: AgreementStory): void => {
    agreements.push({ ...story.draft(), accountId: accountId(written, a.abbr) });
    history.push({ agreementKey: `${P}agreement:${a.abbr}:${story.year}`, entries: story.entries });
  };

  ORK_ACCOUNTS.forEach((a, i) => {
    // This year's agreement: the work began in late October last year; signed and stored before Christmas.
    {
      const steps = plannedSteps('stored', i % 3 === 0, false);
      const dates: IsoDate[] = [workingDayOnOrBefore(iso(year - 1, 10, 27 + (i % 3)))];
      steps.forEach((s, k) => dates.push(addWorkingDays(dates[k], quickAfter(s, steps[k - 1]) ? 1 : intBetween(r, 2, 4))));
      const deadline = christmasDeadline(year - 1);
      const signedOn = dates[dates.length - 2];
      add(a, orkStory(run, a, i, year, steps, dates, { deadline, notes: compareIsoDates(signedOn, deadline) <= 0 ? 'Allekirjoitettu ennen joulua.' : 'Allekirjoitus viivästyi tammikuulle.' }));
    }
    // Next year's agreement, due before this Christmas; the late one's deadline was brought forward and has passed.
    {
      const target = a.nextStage;
      const steps = plannedSteps(target, i % 2 === 0, a.abbr === REFUSED);
      const dates: IsoDate[] = new Array(steps.length + 1);
      dates[steps.length] = addWorkingDays(today, -(1 + (i % 3)));
      for (let k = steps.length; k > 0; k--) dates[k - 1] = addWorkingDays(dates[k], -(quickAfter(steps[k - 1], steps[k - 2]) ? 1 : intBetween(r, 2, 3)));
      const christmas = christmasDeadline(year);
      const late = a.abbr === LATE;
      const broughtForward = addWorkingDays(today, -4);
      const deadline = late && compareIsoDates(broughtForward, christmas) < 0 ? broughtForward : christmas;
      const notes = late
        ? `Määräaika aikaistettiin ${formatShort(deadline)}${deadline.slice(0, 4)}: oikeusministeriö vahvistaa yhteisten palvelujen kustannusjaon allekirjoitetun sopimuksen pohjalta. Luonnos on yhä kesken (turvallisuusliitteen Dnro ja järjestelmäpäällikön tarkistus puuttuvat) – myöhässä.`
        : target === 'changesRequested'
          ? 'Muutokset sovitaan viikoittaisessa taktisessa kokouksessa; päivitetty luonnos asiakkaalle ennen joulukuun seurantaryhmää.'
          : undefined;
      const story = orkStory(run, a, i, year + 1, steps, dates, { deadline, notes });
      // Drafting is under way: the budget and the finance appendix are in, the rest still missing.
      if (target === 'drafting') {
        const dnro = agreementNo(i, year);
        const budget = Math.round((a.budget * (1 + ((i % 5) - 1) * 0.025)) / 1000) * 1000;
        story.fill({
          checklist: { templateChecked: true, dataCollected: i % 2 === 0, draftComplete: false },
          transferredBudget: budget,
          budgetAllocation: budgetAllocation(budget),
          services: { ...SCOPE[a.abbr] },
          appendices: appendices(a.abbr, year + 1, dnro).map((x, k) => (k === 0 ? x : { ...x, diaryNumber: undefined })),
        });
      }
      add(a, story);
    }
  });
  return agreements;
}

function meetingDrafts({ ctx, history }: OrkRun, written: Written): DemoDraft<'meetings'>[] {
  const { today, year } = ctx;
  const meetings: DemoDraft<'meetings'>[] = [];
  // The invitation's survey link opens the product's answering page for the account and quarter.
  const surveyUrl = (abbr: string, q: number): string => `${ctx.origin}/?site=ork&view=surveyAnswer&account=${encodeURIComponent(abbr)}&quarter=${year}-Q${q}`;
  const notesByQuarter = quarterNotes(year);

  SECTOR.forEach((a, i) => {
    const amRef = who(ctx, a.am);
    for (let q = 1; q <= 4; q++) {
      const date = followUpDate(year, q, i);
      const startsAt = at(date, i % 2 === 0 ? 9 : 13);
      const held = isHeld(ctx, startsAt);
      const inPerson = q === 2 && i % 2 === 0;
      const notes = notesByQuarter[q];
      const agenda: AgendaItem[] = FOLLOW_UP_AGENDA.map((title, k) => ({
        number: k + 1,
        title,
        notes: !held ? undefined : [undefined, 'Hyväksyttiin.', notes.finance, notes.status, notes.dev, notes.survey, notes.other, undefined, undefined][k],
      }));
      const attendees = [
        `${a.headOfIt.name} (${a.headOfIt.title.toLowerCase()})`,
        `${a.finance.name} (${a.finance.title.toLowerCase()})`,
        a.substance ? `${a.substance.name} (${a.substance.title.toLowerCase()})` : undefined,
        `${a.chair.name} (${a.chair.org})`,
        `${amRef.title} (ORK, esittelijä ja sihteeri)`,
        q % 2 === 0 ? `${CUSTOMER_DIRECTOR} (ORK, asiakkuusjohtaja)` : undefined,
      ]
        .filter(Boolean)
        .join('\n');
      meetings.push({
        clientKey: `${P}meeting:${a.abbr}:${year}:q${q}`,
        title: `${a.abbr}: palvelusopimuksen seurantaryhmä Q${q}/${year}`,
        accountId: accountId(written, a.abbr),
        meetingType: 'followUpGroup',
        startsAt,
        durationMinutes: 90,
        year,
        quarter: q,
        mode: inPerson ? 'inPerson' : 'teams',
        location: inPerson ? (i % 4 === 0 ? 'Oikeusrekisterikeskus, Hämeenlinna' : `${a.name}, Helsinki`) : 'Teams',
        chair: `${a.chair.name} (${a.chair.org})`,
        attendees,
        agenda,
        materialsReadyOn: addDays(date, -7),
        materialsUrl: { url: `https://tiimeri.example/asiakkuudet/${fq(a.abbr)}/seurantaryhma/${year}-q${q}`, description: `Seurantaryhmän Q${q} kansio` },
        surveyUrl: { url: surveyUrl(a.abbr, q), description: `Tilaajatyytyväisyyskysely Q${q}/${year}` },
        minutes: held
          ? `Puheenjohtaja ${a.chair.name} avasi kokouksen. Asialista hyväksyttiin.\n3. ${notes.finance}\n4. ${notes.status}\n5. ${notes.dev}\n6. ${notes.survey}\n7. ${notes.other}\nPöytäkirjan laati ${amRef.title}.`
          : undefined,
        minutesUrl: held ? { url: `https://tiimeri.example/asiakkuudet/${fq(a.abbr)}/seurantaryhma/${year}-q${q + 1}/edellinen-poytakirja.docx`, description: 'Pöytäkirja (seuraavan kokouksen kansiossa)' } : undefined,
        decisions: held ? notes.decisions : undefined,
        status: held ? 'held' : 'planned',
      });
    }
  });

  // Operational meetings for accounts with a weekly/monthly rhythm: the last two months, this month and next.
  const [ty, tm] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  // Weekly rhythm (TIV): the weekly tactical meeting on Tuesdays at 10, three weeks back and two ahead.
  SECTOR.filter((a) => a.rhythm === 'weekly').forEach((a) => {
    let tuesday = today;
    while (weekday(tuesday) !== 2) tuesday = addDays(tuesday, -1);
    for (let wk = -3; wk <= 2; wk++) {
      const date = addDays(tuesday, 7 * wk);
      if (!isWorkingDay(date)) continue;
      const startsAt = at(date, 10);
      const held = isHeld(ctx, startsAt);
      meetings.push({
        clientKey: `${P}meeting:${a.abbr}:weekly:${date}`,
        title: `${a.abbr}: viikoittainen taktinen kokous ${formatShort(date)}`,
        accountId: accountId(written, a.abbr),
        meetingType: 'operational',
        startsAt,
        durationMinutes: 45,
        year: Number(date.slice(0, 4)),
        mode: 'teams',
        location: 'Teams',
        attendees: `${a.headOfIt.name} (${a.headOfIt.title.toLowerCase()})\n${who(ctx, a.am).title} (asiakaspäällikkö)\n${who(ctx, a.sm).title} (järjestelmäpäällikkö)`,
        agenda: [
          { number: 1, title: 'Projektien tilanne ja riskit' },
          { number: 2, title: 'Häiriöt ja muutospyynnöt' },
          { number: 3, title: 'Budjettipoikkeamat' },
        ],
        minutes: held ? 'Projektit etenevät; budjettipoikkeamia ei ole. Muutospyyntöjen jono läpi.' : undefined,
        status: held ? 'held' : 'planned',
      });
    }
  });
  SECTOR.filter((a) => a.rhythm === 'monthly').forEach((a, i) => {
    for (let off = -2; off <= 1; off++) {
      const mIdx = ty * 12 + (tm - 1) + off;
      const y = Math.floor(mIdx / 12);
      const m = (mIdx % 12) + 1;
      const date = nthWeekday(y, m, 3, 2);
      const startsAt = at(date, 10 + (i % 3));
      const held = isHeld(ctx, startsAt);
      meetings.push({
        clientKey: `${P}meeting:${a.abbr}:op:${y}-${String(m).padStart(2, '0')}`,
        title: `${a.abbr}: kuukausitapaaminen ${m}/${y}`,
        accountId: accountId(written, a.abbr),
        meetingType: 'operational',
        startsAt,
        durationMinutes: 60,
        year: y,
        mode: 'teams',
        location: 'Teams',
        attendees: `${a.headOfIt.name} (${a.headOfIt.title.toLowerCase()})\n${who(ctx, a.am).title} (asiakaspäällikkö)\n${who(ctx, a.sm).title} (järjestelmäpäällikkö)`,
        agenda: [
          { number: 1, title: 'Ajankohtaiset asiat' },
          { number: 2, title: 'Kehityshankkeet ja projektit' },
          { number: 3, title: 'Palveluiden tilanne' },
        ],
        minutes: held ? 'Käytiin läpi ajankohtaiset häiriöt ja muutospyynnöt. Ei eskaloitavia asioita.' : undefined,
        status: held ? 'held' : 'planned',
      });
    }
  });

  // Planning meetings for next year's agreement (November): held, or upcoming for the account still in planning.
  ORK_ACCOUNTS.forEach((a, i) => {
    const h = history.find((x) => x.agreementKey === `${P}agreement:${a.abbr}:${year + 1}`)!;
    const planningEntered = toHelsinkiDate(h.entries[0].at);
    const date = a.nextStage === 'planning' ? addWorkingDays(today, 3) : addWorkingDays(planningEntered, 1);
    const startsAt = at(date, 13);
    const held = isHeld(ctx, startsAt);
    meetings.push({
      clientKey: `${P}meeting:${a.abbr}:planning:${year + 1}`,
      title: `${a.abbr}: palvelusopimuksen ${year + 1} suunnittelukokous`,
      accountId: accountId(written, a.abbr),
      meetingType: 'planning',
      startsAt,
      durationMinutes: 120,
      year,
      quarter: 4,
      mode: i % 3 === 0 ? 'hybrid' : 'teams',
      location: i % 3 === 0 ? 'Oikeusrekisterikeskus, Hämeenlinna / Teams' : 'Teams',
      attendees: `${a.headOfIt.name}\n${a.finance.name}\n${who(ctx, a.am).title}\n${who(ctx, a.sm).title}`,
      agenda: [
        { number: 1, title: 'Kuluvan vuoden toteuma ja TAE B3' },
        { number: 2, title: 'Jatkuvat palvelut ja palveluluettelo' },
        { number: 3, title: `Merkittävät kehitystehtävät ${year + 1}` },
        { number: 4, title: 'Turvallisuusasiat' },
        { number: 5, title: 'Sopimuksen aikataulu ja allekirjoittajat' },
      ],
      minutes: held ? `Sovittiin sopimuksen ${year + 1} sisällöistä ja aikataulusta: luonnos asiakkaalle kahden viikon kuluessa.` : undefined,
      status: held ? 'held' : 'planned',
    });
  });

  // Workshops, a budget meeting and a customer event.
  const extra = extraMeetings(year, today);
  for (const e of extra) {
    const startsAt = at(e.date, e.hour);
    const held = isHeld(ctx, startsAt);
    meetings.push({
      clientKey: `${P}meeting:${e.abbr}:${e.key}:${year}`,
      title: e.title,
      accountId: accountId(written, e.abbr),
      meetingType: e.type,
      startsAt,
      durationMinutes: e.duration,
      year,
      mode: e.mode,
      location: e.location,
      minutes: held ? e.minutes : undefined,
      status: held ? 'held' : 'planned',
    });
  }
  return meetings;
}

function situationDrafts({ ctx }: OrkRun, written: Written): DemoDraft<'situationRecords'>[] {
  const { today } = ctx;
  const n = SITUATIONS.length * 2;
  const records: DemoDraft<'situationRecords'>[] = [];
  for (let k = 0; k < n; k++) {
    const [abbr, category, situation, solution, rec] = SITUATIONS[k % SITUATIONS.length];
    const date = spreadOverYear(today, k, n);
    // Waiting for the team meeting: the last three weeks' records someone flagged; older ones were taken up.
    const recent = addDays(date, AWAITING_REVIEW_DAYS) >= today;
    records.push({
      clientKey: `${P}situation:${k + 1}`,
      recorder: who(ctx, rec),
      date,
      accountId: accountId(written, abbr),
      category,
      situation,
      solution: recent && k % 3 === 1 ? undefined : solution,
      forReview: recent ? k % 3 !== 2 : category !== 'other',
      reviewed: !recent,
      supervisorNotified: category === 'conflict',
    });
  }
  OLD_SITUATIONS.forEach(([abbr, category, situation, rec], i) =>
    records.push({
      clientKey: `${P}situation:old:${i + 1}`,
      recorder: who(ctx, rec),
      date: addDays(today, -BEYOND_RETENTION_DAYS[i]),
      accountId: accountId(written, abbr),
      category,
      situation,
      solution: 'Käsitelty tiimipalaverissa.',
      forReview: true,
      reviewed: true,
      supervisorNotified: false,
    }),
  );
  return records;
}

function feedbackDrafts({ ctx }: OrkRun, written: Written): DemoDraft<'feedback'>[] {
  const { today } = ctx;
  const statuses: FeedbackStatus[] = ['new', 'inProgress', 'answered', 'closed'];
  const channels: FeedbackChannel[] = ['quickLink', 'email', 'phone', 'meeting', 'survey'];
  const feedback: DemoDraft<'feedback'>[] = [];
  const n = 36;
  for (let k = 0; k < n + BEYOND_RETENTION_DAYS.length; k++) {
    const old = k >= n;
    const a = ORK_ACCOUNTS[k % ORK_ACCOUNTS.length];
    const date = old ? addDays(today, -BEYOND_RETENTION_DAYS[k - n]) : spreadOverYear(today, k, n);
    const age = daysBetween(date, today);
    const status = age < 20 ? statuses[k % 2] : statuses[2 + (k % 2)];
    const reaction =
      status === 'answered' || status === 'closed' ? 'Vastattu asiakkaalle ja käsitelty kuukausitapaamisessa.' : status === 'inProgress' ? 'Selvitetään järjestelmäpäällikön kanssa.' : undefined;
    feedback.push({
      clientKey: old ? `${P}feedback:old:${k - n + 1}` : `${P}feedback:${k + 1}`,
      recorder: who(ctx, a.am),
      date,
      accountId: accountId(written, a.abbr),
      ...feedbackFields(FEEDBACK_TEXTS[k % FEEDBACK_TEXTS.length]),
      channel: channels[k % channels.length],
      status,
      ...feedbackHandling(today, date, status, k, reaction),
      handler: status === 'new' ? undefined : who(ctx, a.am),
    });
  }
  return feedback;
}

/** Eight quarters, oldest first, ending with the current one (two years of trend). */
const SURVEY_PERIODS = (today: IsoDate): { y: number; q: number }[] => {
  const now = Number(today.slice(0, 4)) * 4 + quarterOfDate(today) - 1;
  return Array.from({ length: 8 }, (_, k) => now - 7 + k).map((n) => ({ y: Math.floor(n / 4), q: (n % 4) + 1 }));
};

/**
 * Eight quarterly surveys, closed but the current quarter's, which is open now (opened at least ten days ago, so
 * most answers are in); and the annual user survey, open or closed by "today".
 */
function surveyDrafts({ ctx }: OrkRun): DemoDraft<'surveys'>[] {
  const { today, year } = ctx;
  const surveyWindow = (y: number, q: number): { opensOn: IsoDate; closesOn: IsoDate } => {
    const t = ORK_CLOCK.find((x) => x.code === `kysely-q${q}`)!;
    const opensOn = taskDates('ork', t.code, y)[0];
    return { opensOn, closesOn: addDays(opensOn, 10) };
  };
  const statusOf = (opensOn: IsoDate, closesOn: IsoDate): 'draft' | 'open' | 'closed' =>
    compareIsoDates(today, opensOn) < 0 ? 'draft' : compareIsoDates(today, closesOn) <= 0 ? 'open' : 'closed';
  const periods = SURVEY_PERIODS(today);
  const surveys: DemoDraft<'surveys'>[] = periods.map(({ y, q }, k) => {
    const current = k === periods.length - 1;
    const clock = surveyWindow(y, q);
    const quarterStart = iso(y, q * 3 - 2, 1);
    const opensOn = current ? [clock.opensOn, addDays(today, -10)].sort(compareIsoDates)[0] : clock.opensOn;
    const win = current
      ? { opensOn: compareIsoDates(opensOn, quarterStart) < 0 ? quarterStart : opensOn, closesOn: [clock.closesOn, addDays(today, 7)].sort(compareIsoDates)[1] }
      : clock;
    return {
      clientKey: `${P}survey:${y}-q${q}`,
      title: `Tilaajatyytyväisyyskysely Q${q}/${y}`,
      kind: 'quarterly',
      year: y,
      quarter: q,
      definition: defaultQuarterlyDefinition(),
      ...win,
      status: current ? 'open' : 'closed',
    };
  });
  surveys.push({
    clientKey: `${P}survey:${year}-kayttajakysely`,
    title: `Hallinnonalan käyttäjäkysely ${year}`,
    kind: 'userSurvey',
    year,
    definition: USER_SURVEY,
    opensOn: workingDayOnOrBefore(iso(year, 10, 5)),
    closesOn: workingDayOnOrBefore(iso(year, 10, 31)),
    status: statusOf(workingDayOnOrBefore(iso(year, 10, 5)), workingDayOnOrBefore(iso(year, 10, 31))),
  });
  return surveys;
}

function ideaDrafts({ ctx, r }: OrkRun, written: Written): DemoDraft<'ideas'>[] {
  const { today, year } = ctx;
  return IDEAS.map(([abbr, stage, source, title, description], k) => {
    const incomplete = INCOMPLETE_CARDS.has(title);
    const card = CARD_STAGES.includes(stage) && !incomplete;
    const draft: DemoDraft<'ideas'> = {
      clientKey: `${P}idea:${k + 1}`,
      title,
      accountId: accountId(written, abbr),
      stage,
      source,
      owner: who(ctx, specOf(abbr).am),
      description,
      goals: card || incomplete ? 'Käsittelyaikojen lyheneminen ja manuaalityön väheneminen; parempi asiakaskokemus.' : undefined,
      estimatedCost: card ? (intBetween(r, 2, 60) * 5000) : undefined,
      risks: card ? 'Riippuvuus muista hankkeista; lainsäädännön aikataulu; käyttäjien sitoutuminen.' : undefined,
      schedule: card ? `${year + 1} Q${1 + (k % 4)} – ${year + 2} Q${1 + ((k + 2) % 4)}` : undefined,
      benefitAnalysis: card ? 'Arvioitu säästö 1–2 henkilötyövuotta vuodessa; vähemmän virheitä ja uusintakäsittelyjä.' : undefined,
      decisionOn: DECIDED_STAGES.includes(stage) ? addDays(today, -intBetween(r, 20, 150)) : undefined,
    };
    return { ...draft, ...gateFields(draft, today) };
  });
}

/**
 * The idea gate's history of an idea waiting at the gate or decided there (GO, rejected, returned), as the gate's
 * own rules write it: the card submitted from the need, then the steering group's decision with its reason and date.
 * Ideas further on (in development, done) and before the gate carry none.
 */
function gateFields(draft: DemoDraft<'ideas'>, today: IsoDate): Pick<Idea, 'gateHistory' | 'decisionReason'> | Record<string, never> {
  const action = draft.stage === 'go' ? 'go' : draft.stage === 'rejected' ? 'reject' : draft.stage === 'returned' ? 'return' : undefined;
  if (draft.stage !== 'awaitingGate' && !action) return {};
  const decidedOn = draft.decisionOn ?? today;
  let idea = { ...draft, id: 0, etag: '', stage: 'need' } as Idea;
  const submitted = applyGate(idea, 'submitCard', {}, at(addWorkingDays(action ? decidedOn : today, action ? -15 : -8), 10));
  const history: IdeaHistoryEntry[] = [submitted.entry];
  idea = { ...idea, ...submitted.patch };
  if (!action) return { gateHistory: history };
  const reason = GATE_REASONS[draft.stage]!;
  const decided = applyGate(idea, action, { canDecide: true, reason, decidedOn }, at(decidedOn, 14));
  return { gateHistory: [...history, decided.entry], decisionReason: reason };
}

function actionDrafts({ ctx }: OrkRun, written: Written): DemoDraft<'actions'>[] {
  const { today, year } = ctx;
  return ACTIONS.map(([abbr, source, title, goal, metric, due, status], k) => {
    const a = specOf(abbr);
    return {
      clientKey: `${P}action:${k + 1}`,
      title,
      accountId: accountId(written, abbr),
      source,
      owner: who(ctx, k % 4 === 3 ? a.sm : a.am),
      dueDate: addDays(today, due),
      status,
      goal,
      metric,
      sourceRef: source === 'followUp' ? `Seurantaryhmä Q3/${year}` : source === 'survey' ? `Tilaajatyytyväisyyskysely Q3/${year}` : source === 'accountPlan' ? 'Asiakkuussuunnitelma, kehittämisen toimenpiteet' : 'Palaute',
    };
  });
}

function historyDrafts({ history }: OrkRun, written: Written): DemoDraft<'agreementHistory'>[] {
  const drafts: DemoDraft<'agreementHistory'>[] = [];
  for (const h of history) {
    const agreementId = writtenId(written, 'agreements', h.agreementKey);
    h.entries.forEach((e, k) => {
      drafts.push({ clientKey: `${h.agreementKey}:h${k + 1}`.replace(`${P}agreement:`, `${P}history:`), agreementId, fromStage: e.from, toStage: e.to, changedAt: e.at, changedBy: e.by, comment: e.comment });
    });
  }
  return drafts;
}

/** The template every ORK segment names (ACSegments.ACClockTemplate): what `generateOccurrences` plans from. */
const TEMPLATE = 'ork';

/**
 * The clock's occurrences for this year and next, exactly as `generateOccurrences` would plan them from the ORK
 * template (src/data/queries/clockTemplate.ts): every task on its rule's day, per-account tasks for every active
 * account its accountTypes take (sector-only tasks for the eight sector accounts), organisation-wide tasks once,
 * and the same client keys (`occurrenceKey`), so generating either year on the demo site creates nothing twice.
 * A sector account's follow-up group, its materials and its survey sit on the account's own meeting day.
 * This year's past items tell a story: most done on time, some done late, a few still overdue; next year's are open.
 */
function occurrenceDrafts({ ctx }: OrkRun, written: Written): Array<Draft<ClockOccurrence> & { clientKey: string }> {
  const { today, year } = ctx;
  // Its own sequence: the clock can change without moving the other demo data's random draws.
  const r = rng(`ork-clock:${today}`);
  const tm = Number(today.slice(5, 7));
  const lastMonth = `${tm === 1 ? year - 1 : year}-${String(tm === 1 ? 12 : tm - 1).padStart(2, '0')}`;
  // Still open after their day (accounts × task, or ORK-wide tasks by code).
  const overdue = new Set([`RISE:tpe2`, `OEV:kehys`, `ORK:suunnittelukokous`, `TIV:kk-tapaaminen:${lastMonth}`, `OPV:kysely-q3`, `UO:tae-b3`, `KHO:materiaalit-q3`, `org:kayttajakysely-raportti`]);
  // Done, but after their day.
  const late = new Set([`KHO:tpe1`, `RISE:tae-b2`, `OEV:seurantaryhma-q2`, `UO:kysely-q2`, `TIV:tae-b1`, `OPV:tpe2`, `KKO:budjetointikeskustelut`, `org:sopimuspohjat`]);
  const ownerFor = (role: string): string => (role === 'leadership' || role === 'finance' ? 'sari.heikkinen' : 'aino.virtanen');
  const taskId = (code: string): number => writtenId(written, 'clockTasks', `${P}clock:${code}:${year}`);
  // A sector account's follow-up groups meet on its own day (its meetings'); the materials and the survey before
  // each follow that day. The same engine plans them, with the account's days as overrides; the template's date
  // stays as plannedDate, so regenerating the year leaves these hand-set days alone.
  const ownDays = new Map<string, Map<string, IsoDate>>();
  const ownDay = (a: OrkAccountSpec, y: number, code: string, period: string): IsoDate | undefined => {
    const key = `${a.abbr}:${y}`;
    let days = ownDays.get(key);
    if (!days) {
      const overrides = Object.fromEntries([1, 2, 3, 4].map((q) => [`${y}-${String(q * 3).padStart(2, '0')}`, groupDate(y, a, q)]));
      const tasks = (ORK_CLOCK as RuleTask[]).map((t) => (/^seurantaryhma-q\d$/.test(t.code) ? { ...t, overrides } : t));
      days = new Map(planYear(tasks, y).map((o) => [`${o.code}|${o.period}`, o.dueDate]));
      ownDays.set(key, days);
    }
    return /^(seurantaryhma|materiaalit|kysely)-q\d$/.test(code) ? days.get(`${code}|${period}`) : undefined;
  };
  const out: Array<Draft<ClockOccurrence> & { clientKey: string }> = [];
  for (const y of [year, year + 1]) {
    for (const p of planYear(ORK_CLOCK as RuleTask[], y)) {
      const t = ORK_CLOCK.find((x) => x.code === p.code)!;
      const targets = t.perAccount ? ORK_ACCOUNTS.filter((a) => t.appliesTo === 'all' || a.type === 'sector') : [undefined];
      for (const a of targets) {
        const due = (a?.type === 'sector' && ownDay(a, y, t.code, p.period)) || p.dueDate;
        const past = compareIsoDates(due, today) < 0;
        const scope = a ? a.abbr : 'org';
        const id = `${scope}:${t.code}`;
        let done = past && !overdue.has(id) && !overdue.has(`${id}:${p.period}`);
        let doneOn: IsoDate | undefined;
        if (done) {
          if (late.has(id)) {
            const after = addWorkingDays(due, intBetween(r, 2, 8));
            doneOn = compareIsoDates(after, today) < 0 ? after : addWorkingDays(today, -1);
          } else doneOn = addWorkingDays(due, -intBetween(r, 0, 3));
        }
        // This year's agreement work follows the agreements' stages, also ahead of its day.
        if (a && y === year && t.code === 'suunnittelukokous') done = a.nextStage !== 'planning';
        if (a && y === year && t.code === 'allekirjoitukset') done = a.nextStage === 'signed' || a.nextStage === 'stored';
        // The reminder is answered once next year's agreement is approved (ready for its signing round).
        if (a && y === year && t.code === 'allekirjoitukset-muistutus') done = AGREEMENT_STAGES.indexOf(a.nextStage) >= AGREEMENT_STAGES.indexOf('approved');
        if (done && !doneOn) doneOn = compareIsoDates(due, today) < 0 ? due : addWorkingDays(today, -1);
        if (!done) doneOn = undefined;
        out.push({
          clientKey: occurrenceKey(TEMPLATE, t.code, p.period, a ? accountId(written, a.abbr) : undefined),
          taskId: taskId(t.code),
          accountId: a ? accountId(written, a.abbr) : undefined,
          dueDate: due,
          plannedDate: p.dueDate,
          owner: who(ctx, a ? a.am : ownerFor(t.ownerRole)),
          done,
          doneOn,
          notes: !done && past ? 'Myöhässä: tarkista tilanne asiakaspäällikön tai tuuraajan kanssa.' : undefined,
        });
      }
    }
  }
  return out;
}

/** The demo's customer respondent (people.ts): her answers are written as her, the rest as a manager importing. */
const KAISA = 'kaisa.ojala@asiakkuus.example';

/**
 * Survey responses from each sector account's invited contacts, one per contact and quarter (client key and
 * respondent key as the product makes them), most of them answering: a believable trend with small noise, TIV's
 * financial management falling from about 8 to about 5.5 in the current quarter (five and four answers: a
 * significant drop), KKO under the privacy threshold every quarter (two invited). Kaisa Ojala has answered the
 * earlier quarters but not the current one (she does that in the product). And the annual user survey.
 */
function responseDrafts(run: OrkRun, written: Written): DemoDraft<'surveyResponses'>[] {
  const { ctx, r } = run;
  const { year, today, now } = ctx;
  const surveys = surveyDrafts(run);
  const responses: DemoDraft<'surveyResponses'>[] = [];
  const periods = SURVEY_PERIODS(today);
  const questions = defaultQuarterlyDefinition().questions;
  const latest = periods.length - 1;
  periods.forEach(({ y, q }, period) => {
    const sKey = `${P}survey:${y}-q${q}`;
    const s = surveys.find((x) => x.clientKey === sKey)!;
    const surveyId = writtenId(written, 'surveys', sKey);
    const current = period === latest;
    SECTOR.forEach((a) => {
      const sat = SATISFACTION[a.abbr];
      const invited = respondentsOf(a);
      // Most answer: in a closed quarter now and then one does not; this quarter one is still to answer, and
      // Kaisa Ojala's own answer is left for her to give.
      const skip = current ? (invited.length > 3 ? intBetween(r, 1, invited.length - 1) : -1) : r() < 0.35 ? intBetween(r, 0, invited.length - 1) : -1;
      const answering = invited.filter((p, k) => k !== skip && !(current && emailOf(a, p) === KAISA));
      const meeting = y === year ? addDays(groupDate(year, a, q), -1) : s.closesOn!;
      const last = current ? addDays(today, -1) : compareIsoDates(meeting, s.closesOn!) < 0 ? meeting : s.closesOn!;
      const account = accountId(written, a.abbr);
      answering.forEach((p, k) => {
        const answers: Record<string, number> = {};
        for (const qd of questions) {
          const v = sat.base + sat.trend * period + (sat.areas?.[qd.id] ?? 0) + (r() - 0.5) * 1.4;
          answers[qd.id] = clamp(Math.round(v), 4, 10);
        }
        if (a.abbr === DROP.abbr && period >= latest - 1) answers[DROP.area] = (period === latest ? DROP.after : DROP.before)[k];
        const overall = Math.round(((answers.proactivity + answers.expertise + answers.customerService) / 3) * 10) / 10;
        const day = addDays(s.opensOn!, Math.min(intBetween(r, 0, 8), Math.max(0, daysBetween(s.opensOn!, last))));
        const stamp = at(day, intBetween(r, 8, 16), intBetween(r, 0, 59));
        const submittedAt = stamp < now.toISOString() ? stamp : new Date(now.getTime() - 3600_000).toISOString();
        const email = emailOf(a, p);
        const respondentKey = respondentKeyOf({ email })!;
        const drawn = pick(r, SURVEY_COMMENTS) || undefined;
        const comment =
          a.abbr === DROP.abbr && period === latest && k < DROP_COMMENTS.length ? DROP_COMMENTS[k] : p.name === 'Annika Strand' && period >= latest - 1 ? SWEDISH_COMMENT : drawn;
        const role = p === a.headOfIt ? 'tietohallinto' : p === a.finance ? 'talous' : 'substanssi';
        responses.push({
          clientKey: responseClientKey(surveyId, account, respondentKey),
          surveyId,
          accountId: account,
          respondentName: p.name,
          respondentLevel: role,
          respondentKey,
          answers,
          nps: clamp(Math.round(overall + (r() - 0.5) * 3), 0, 10),
          overall,
          comment,
          submittedAt,
          source: email === KAISA || k % 3 !== 2 ? 'product' : 'webropolImport',
        });
      });
    });
  });
  // The annual user survey: anonymous end users (a Forms import), four or five per sector account.
  const us = surveys.find((x) => x.kind === 'userSurvey')!;
  if (us.status !== 'draft') {
    const usId = writtenId(written, 'surveys', us.clientKey);
    SECTOR.forEach((a) => {
      const n = 4 + (a.abbr.length % 2);
      for (let k = 1; k <= n; k++) {
        const base = SATISFACTION[a.abbr].base - 0.4;
        const id = accountId(written, a.abbr);
        responses.push({
          clientKey: responseClientKey(usId, id, `forms:${year}:${a.abbr.toLowerCase()}:${k}`),
          surveyId: usId,
          accountId: id,
          respondentLevel: 'loppukäyttäjä',
          answers: { usability: clamp(Math.round(base + (r() - 0.5) * 2), 4, 10), reliability: clamp(Math.round(base + 0.3 + (r() - 0.5) * 2), 4, 10), support: clamp(Math.round(base + (r() - 0.5) * 2), 4, 10) },
          comment: k === 1 ? 'Järjestelmät toimivat pääosin hyvin; kirjautuminen on hidas aamuisin.' : undefined,
          submittedAt: at(addDays(us.opensOn!, 3 + k * 3), 10),
          source: 'formsImport',
        });
      }
    });
  }
  return responses;
}

/**
 * The 9E partnership assessment: an earlier period, closed, and this half-year's, open now. The open one has answers
 * from KHO, SY, TIV and UO but none from RISE: its account manager records RISE's in the demo.
 */
function nineEPeriods(today: IsoDate): { key: string; title: string; year: number; opensOn: IsoDate; closesOn: IsoDate; status: 'open' | 'closed'; accounts: Record<string, number> }[] {
  const season = (d: IsoDate): string => `${Number(d.slice(5, 7)) <= 6 ? 'kevät' : 'syksy'} ${d.slice(0, 4)}`;
  const earlier = addDays(today, -196);
  const current = addDays(today, -14);
  return [
    { key: 'earlier', title: `Kumppanuusarvio 9E – ${season(earlier)}`, year: Number(earlier.slice(0, 4)), opensOn: earlier, closesOn: addDays(earlier, 24), status: 'closed', accounts: { KHO: 3, SY: 4, TIV: 4, UO: 3, RISE: 3, OPV: 3 } },
    { key: 'current', title: `Kumppanuusarvio 9E – ${season(current)}`, year: Number(current.slice(0, 4)), opensOn: current, closesOn: addDays(today, 14), status: 'open', accounts: { KHO: 3, SY: 3, TIV: 4, UO: 3 } },
  ];
}

function nineESurveyDrafts(today: IsoDate): DemoDraft<'surveys'>[] {
  return nineEPeriods(today).map((p) => ({ clientKey: `${P}survey:9e:${p.key}:${p.opensOn}`, title: p.title, kind: 'partnership9E', year: p.year, definition: nineEDefinition(), opensOn: p.opensOn, closesOn: p.closesOn, status: p.status }));
}

/** The contacts' 9E answers: the head of IT and the finance person at the contract level, the others operational. */
function nineEResponseDrafts(ctx: OrgContext, written: Written): DemoDraft<'surveyResponses'>[] {
  // Its own sequence: the other demo data's random draws stay as they were.
  const r = rng(`ork-9e:${ctx.today}`);
  const out: DemoDraft<'surveyResponses'>[] = [];
  for (const p of nineEPeriods(ctx.today)) {
    const surveyId = writtenId(written, 'surveys', `${P}survey:9e:${p.key}:${p.opensOn}`);
    for (const [abbr, n] of Object.entries(p.accounts)) {
      const a = specOf(abbr);
      const account = accountId(written, abbr);
      respondentsOf(a)
        .slice(0, n)
        .forEach((person, k) => {
          const answers: Record<string, number> = {};
          for (const d of nineEDimensions()) answers[d] = clamp(Math.round(3.7 + (a.engagement - 3) * 0.3 + (r() - 0.5) * 1.6), 3, 5);
          // Keyed by name, as the assessment view records one per person, period and account.
          const respondentKey = respondentKeyOf({ name: person.name })!;
          const last = p.status === 'open' ? addDays(ctx.today, -1) : p.closesOn;
          const stamp = at(addDays(p.opensOn, Math.min(intBetween(r, 0, 12), daysBetween(p.opensOn, last))), intBetween(r, 8, 16), intBetween(r, 0, 59));
          out.push({
            clientKey: responseClientKey(surveyId, account, respondentKey),
            surveyId,
            accountId: account,
            respondentName: person.name,
            respondentLevel: person === a.headOfIt || person === a.finance ? 'contract' : 'operational',
            respondentKey,
            answers,
            comment: k === 0 ? 'Yhteistyö on luottamuksellista; kustannusten avaamisessa on yhä kehitettävää.' : undefined,
            submittedAt: stamp < ctx.now.toISOString() ? stamp : new Date(ctx.now.getTime() - 3600_000).toISOString(),
            source: 'product',
          });
        });
    }
  }
  return out;
}

/**
 * The steering group's decisions (ACIdeaDecisions, the authority on a decided stage) for the ideas decided at the
 * gate: one per idea and round, keyed as the product keys them, decided by leadership (Sari Heikkinen).
 */
/** The product's key of a round's one decision (src/data/queries/ideas.ts `decisionKey`). */
const decisionKey = (ideaId: number, round: string | undefined): string => `ideaDecision:${ideaId}:${round ?? 'none'}`;

export function ideaDecisionDrafts(ideas: Map<string, Idea> | undefined, leader: ReturnType<typeof who>): DemoDraft<'ideaDecisions'>[] {
  const out: DemoDraft<'ideaDecisions'>[] = [];
  for (const idea of ideas?.values() ?? []) {
    const history = idea.gateHistory ?? [];
    const decided = history.filter((h) => h.decision).pop();
    if (!decided) continue;
    const round = history.filter((h) => h.action === 'submitCard' && Date.parse(h.at) <= Date.parse(decided.at)).pop()?.at;
    out.push({ clientKey: decisionKey(idea.id, round), ideaId: idea.id, decision: decided.decision!, reason: decided.reason ?? '', decidedOn: decided.decidedOn, decidedBy: leader, round: round ?? 'none' });
  }
  return out;
}

export async function seedOrk(ctx: OrgContext): Promise<void> {
  const run: OrkRun = { ctx, r: rng(`ork:${ctx.today}`), history: [] };
  // Phases run in order; within one, drafts are built in the order listed (the random sequence depends on it).
  const written = await runSteps(ctx.w, [
    [step('segments', () => segmentDrafts(P, 'ork', ORK_SEGMENTS))],
    [step('accounts', (w) => accountDrafts(run, w)), step('clockTasks', () => clockTaskDrafts('ork', P, ctx.year))],
    [
      step('agreements', (w) => agreementDrafts(run, w)),
      step('contacts', (w) => contactDrafts(run, w)),
      step('meetings', (w) => meetingDrafts(run, w)),
      step('surveys', () => [...surveyDrafts(run), ...nineESurveyDrafts(ctx.today)]),
      step('absences', (w) => absenceDrafts(ctx, P, orkAbsences(ctx.today, ctx.year), (abbr) => accountId(w, abbr)), { author: (d) => upnOf(d.person) }),
      step('settings', () => coverSettingDrafts(P, { [COVER_SETTINGS.shortAbsenceMaxDays]: 2, [COVER_SETTINGS.maxCoveredAccounts]: 3 })),
      step('situationRecords', (w) => situationDrafts(run, w), { author: (d) => upnOf(d.recorder) }),
      step('feedback', (w) => feedbackDrafts(run, w), { author: (d) => upnOf(d.recorder) }),
      step('ideas', (w) => ideaDrafts(run, w)),
      step('actions', (w) => actionDrafts(run, w)),
    ],
    [
      step('agreementHistory', (w) => historyDrafts(run, w), { author: (d) => upnOf(d.changedBy) }),
      step('ideaDecisions', (w) => ideaDecisionDrafts(w.ideas, who(ctx, 'sari.heikkinen')), { prefix: 'ideaDecision:' }), step('surveyResponses', (w) => [...responseDrafts(run, w), ...nineEResponseDrafts(ctx, w)], { prefix: 'resp:', author: (d) => (d.respondentKey === KAISA ? KAISA : undefined) })],
  ]);
  await writeClockOccurrences(ctx, TEMPLATE, occurrenceDrafts(run, written));
}
