/**
 * Demo organisation 2: Vantaan Henkilöstöpalvelut (Hepa), the city's HR service centre (modelled on a municipal HR care model). Six sector
 * accounts served by HR service secretaries in work pairs, supervisor Timo Hämäläinen, account plans in the
 * four sections of Table 5, visits / account teams / the steering group, many situation records (the Kuva 18
 * form) and feedback (the Kuva 20 form), the HR Centre's e-survey, and its own annual clock ('hepa').
 * No service agreements in the ORK sense: the sectors' partnership agreements (the partnership model, care-model §9)
 * go through the city partnership flow (no case or diary number, no Director General; stored in the workspace),
 * next year's spread over a few of its stages.
 */
import type {
  Agreement,
  AgreementSignature,
  AgreementStage,
  ClockOccurrence,
  Draft,
  ActionStatus,
  FeedbackChannel,
  FeedbackStatus,
  IsoDate,
  LifecycleStage,
  SituationCategory,
  SurveyDefinition,
} from '../../src/domain/types';
import { addDays, compareIsoDates, daysBetween } from '../../src/domain/dates';
import { addWorkingDays, at, clamp, emailLocal, intBetween, iso, lastWorkingDayOfMonth, nthWeekday, rng, workingDayOnOrBefore } from './calendar';
import { HEPA_CLOCK, clockTaskDrafts } from './clock-templates';
import { AgreementAction, christmasDeadline, CITY_PARTNERSHIP_FLOW, SignerRole } from '../../src/domain/agreementFlow';
import { actionsTo, AgreementStory } from './agreements';
import {
  AbsenceRow,
  absenceDrafts,
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
  who,
  withoutClashes,
} from './context';
import { COVER_SETTINGS } from '../../src/data/queries/coverSettings';
import { DemoDraft, runSteps, step, writeClockOccurrences, Written, writtenId } from './writer';
import { occurrenceKey, planYear, RuleTask } from '../../src/domain/clockRules';

const P = 'demo:hepa:';

interface HepaSector {
  abbr: string;
  name: string;
  staff: number;
  supervisors: number;
  units: string;
  secretary: string;
  pair: string;
  lifecycle: LifecycleStage;
  engagement: number;
  teams: boolean;
  hrManager: string;
  director: string;
  reps: string[];
  challenges: string;
}

export const HEPA_SECTORS: HepaSector[] = [
  {
    abbr: 'SIV',
    name: 'Sivistystoimi',
    staff: 5402,
    supervisors: 310,
    units: 'Varhaiskasvatus\nPerusopetus\nLukiokoulutus\nKulttuuripalvelut\nKirjastopalvelut',
    secretary: 'liisa.laine',
    pair: 'anna.sjoberg',
    lifecycle: 'established',
    engagement: 3,
    teams: true,
    hrManager: 'Raija Nurmi',
    director: 'Pekka Kivelä',
    reps: ['Hanna Lehtinen', 'Sami Pulkkinen'],
    challenges: 'Lähes puolet kaupungin henkilöstöstä; paljon määräaikaisia sijaisuuksia ja tuntiopettajia, joiden palkkiot ja työkorvaukset kuormittavat palkka-ajoja.',
  },
  {
    abbr: 'SOTE',
    name: 'Sosiaali- ja terveydenhuolto',
    staff: 2790,
    supervisors: 180,
    units: 'Terveyspalvelut\nVanhus- ja vammaispalvelut\nSosiaalipalvelut\nSairaala',
    secretary: 'anna.sjoberg',
    pair: 'liisa.laine',
    lifecycle: 'developing',
    engagement: 3,
    teams: true,
    hrManager: 'Tuula Heikkilä',
    director: 'Mats Engström',
    reps: ['Marjut Räsänen', 'Jonna Kettunen'],
    challenges: 'Vuorotyö ja työvuorosuunnittelu (MD Titania); esimiehet tavoitettavissa myös virka-ajan ulkopuolella, mikä ei sovi nykyisiin puhelinaikoihin.',
  },
  {
    abbr: 'TILA',
    name: 'Tilakeskus',
    staff: 1206,
    supervisors: 70,
    units: 'Rakennuttaminen\nKiinteistönhoito\nRuoka- ja puhtauspalvelut',
    secretary: 'minna.koskinen',
    pair: 'sofia.nystrom',
    lifecycle: 'established',
    engagement: 2,
    teams: true,
    hrManager: 'Kari Hiltunen',
    director: 'Eero Manninen',
    reps: ['Outi Vainio'],
    challenges: 'Hajautetut toimipisteet; esimiehillä vähän aikaa sähköisiin palveluihin, HR-työpöydän käyttöaste matala.',
  },
  {
    abbr: 'KEHA',
    name: 'Keskushallinto',
    staff: 934,
    supervisors: 75,
    units: 'Konsernihallinto\nHenkilöstökeskus\nTalouskeskus\nTietohallinto',
    secretary: 'sofia.nystrom',
    pair: 'minna.koskinen',
    lifecycle: 'established',
    engagement: 4,
    teams: true,
    hrManager: 'Leena Saarinen',
    director: 'Henrik Wallin',
    reps: ['Tero Koivisto'],
    challenges: 'Työnantajapalvelut ja henkilöstökeskus samassa toimialassa: tulkintakysymykset ohjataan Työnantajapalveluihin.',
  },
  {
    abbr: 'MAY',
    name: 'Maankäyttö ja ympäristö',
    staff: 601,
    supervisors: 45,
    units: 'Kaupunkisuunnittelu\nKuntatekniikka\nRakennusvalvonta\nYmpäristökeskus',
    secretary: 'minna.koskinen',
    pair: 'sofia.nystrom',
    lifecycle: 'change',
    engagement: 3,
    teams: false,
    hrManager: 'Jukka Ahonen',
    director: 'Camilla Berg',
    reps: ['Päivi Leinonen'],
    challenges: 'Organisaatiomuutos: kuntatekniikan yksiköitä yhdistetään; vakanssit ja esimiessuhteet muuttuvat.',
  },
  {
    abbr: 'VAPA',
    name: 'Vapaa-aika ja asukaspalvelut',
    staff: 483,
    supervisors: 40,
    units: 'Nuorisopalvelut\nLiikuntapalvelut\nAsukaspalvelut',
    secretary: 'liisa.laine',
    pair: 'anna.sjoberg',
    lifecycle: 'developing',
    engagement: 2,
    teams: false,
    hrManager: 'Marja Tuominen',
    director: 'Kimmo Laakso',
    reps: ['Riku Hirvonen'],
    challenges: 'Nuorisopalvelut toimivat iltaisin ja viikonloppuisin: virka-aikainen tavoitettavuus ei riitä.',
  },
];

const HEPA_SURVEY: SurveyDefinition = {
  questions: [
    { id: 'divisionOfWork', area: 'service', text: { fi: 'Työnjako esimiehen ja Henkilöstöpalvelujen välillä on selkeä', sv: 'Arbetsfördelningen mellan chefen och personaltjänsterna är tydlig', en: 'The division of work between supervisor and HR Services is clear' } },
    { id: 'contactPerson', area: 'service', text: { fi: 'Tiedän, kenen puoleen käännyn', sv: 'Jag vet vem jag ska kontakta', en: 'I know whom to contact' } },
    { id: 'expertise', area: 'service', text: { fi: 'Palvelu on asiantuntevaa ja nopeaa', sv: 'Servicen är sakkunnig och snabb', en: 'The service is expert and fast' } },
    { id: 'newsletter', area: 'communication', text: { fi: 'Esimiesuutiskirje on hyödyllinen', sv: 'Nyhetsbrevet för chefer är nyttigt', en: "The supervisors' newsletter is useful" } },
    { id: 'hrDesktop', area: 'systems', text: { fi: 'HR-työpöytä toimii lomien käsittelyssä', sv: 'HR-skrivbordet fungerar för semesterhantering', en: 'HR desktop works for leave handling' } },
    { id: 'training', area: 'systems', text: { fi: 'Saan riittävästi koulutusta henkilöstöjärjestelmiin', sv: 'Jag får tillräckligt med utbildning i personalsystemen', en: 'I get enough training in the HR systems' } },
  ].map((q) => ({ ...q, scale: { min: 1, max: 5 } })),
  nps: false,
  openFeedback: true,
};

const SITUATIONS: [SituationCategory, string, string][] = [
  ['adviceRequest', 'Esimies kysyi, voiko määräaikaisen työsopimuksen perusteeksi kirjata "resurssipula".', 'Ohjeistettu: peruste ei kelpaa; sijaisuus- tai projektiperuste kirjataan täsmällisesti. Sopimus palautettiin korjattavaksi ennen allekirjoitusta.'],
  ['error', 'Allekirjoitetussa työsopimuksessa väärä hinnoittelutunnus.', 'Ilmoitettu esimiehelle ja omalle esimiehelle, joka vei asian toimialan henkilöstöpäällikölle. Palkka ei mennyt maksuun ennen korjattua sopimusta.'],
  ['conflict', 'Työntekijä soitti suoraan ja pyysi lomien siirtoa vastoin esimiehen päätöstä; keskustelu kiristyi.', 'Ohjattu keskustelemaan oman esimiehensä kanssa; ei otettu kantaa. Kirjattu ja ilmoitettu palvelutiimin esimiehelle.'],
  ['challenging', 'Esimies tyytymätön, koska sijaisen palkka viivästyi palkka-ajon jälkeen saapuneen sopimuksen vuoksi.', 'Selvitetty aikataulu; sovittu erillismaksu seuraavaan palkka-ajoon ja muistutettu sopimusten toimitusajoista.'],
  ['adviceRequest', 'Kysymys kelpoisuusehdoista erityisopettajan sijaisuuteen.', 'Ohjattu toimialan henkilöstöyksikköön (kelpoisuusehdot eivät kuulu palvelusihteerille).'],
  ['adviceRequest', 'Työntekijä pyysi laskemaan tulevat ansiot verokorttia varten.', 'Kerrottu, ettei laskenta kuulu palveluun; ohjattu verohallinnon palveluun.'],
  ['conflict', 'Luottamusmies vaati selvitystä työehtosopimuksen tulkinnasta ylityökorvauksessa.', 'Ohjattu työehtosopimuskiistat palkansaajajärjestöille ja tulkinta Työnantajapalveluihin; ilmoitettu esimiehelle.'],
  ['error', 'Vuosilomapalkka laskettu väärällä jaksolla sähköisen lomahakemuksen jälkeen.', 'Korjattu seuraavassa palkka-ajossa; toistuva virhe ilmoitettu järjestelmäpalveluihin.'],
  ['challenging', 'Esimies ei tavoittanut palvelusihteeriä palkka-ajopäivänä ja soitti useaan numeroon.', 'Kerrottu puhelinajoista ja vastaajapalvelusta; työpari otti puhelun (poiminta).'],
  ['other', 'Uusi esimies pyysi perehdytystä HR-työpöydän käyttöön.', 'Sovittu lyhyt tutustumistapaaminen omalla palvelusihteerillä.'],
  ['adviceRequest', 'Kysymys työsuhdematkalipun sähköisestä hakemisesta.', 'Neuvottu sähköinen asiointi ja lähetetty ohjelinkki.'],
  ['conflict', 'Esimies ja työntekijä antoivat ristiriitaiset tiedot työsuhteen päättymispäivästä.', 'Pyydetty kirjallinen vahvistus esimieheltä; ei otettu kantaa osapuolten erimielisyyteen. Ilmoitettu omalle esimiehelle.'],
];

/** Older than the 24-month retention: what the owner's privacy preview lists (category, situation). */
const OLD_SITUATIONS: [SituationCategory, string][] = [
  ['adviceRequest', 'Esimies kysyi kesätyöntekijöiden työsopimusten allekirjoitusjärjestyksestä.'],
  ['error', 'Lomarahan maksupäivä oli väärin kolmen työntekijän palkkalaskelmassa.'],
  ['challenging', 'Työntekijä oli tyytymätön siihen, ettei sairausloman palkkaa maksettu ennen todistuksen saapumista.'],
];

const FEEDBACK: FeedbackText[] = [
  ['question', 'serviceQuality', 'Milloin lomaraha maksetaan, jos vuosiloma siirtyy syksyyn?'],
  ['positive', 'other', 'Esimiesinfo työsopimusten laatimisesta oli selkeä ja käytännöllinen.', 'koulutus'],
  ['question', 'operationsQuality', 'Kuka hoitaa yksikkömme palkka-asiat palvelusihteerin loman aikana?'],
  ['question', 'other', 'Mistä löydän ohjeen työsuhteen päättämisestä koeaikana?', 'ohjeet'],
  ['positive', 'serviceQuality', 'Oma palvelusihteeri vastasi heti ja osasi asian. Kiitos!'],
  ['negative', 'operationsQuality', 'Palvelusihteeri vaihtui taas; kukaan ei kertonut, kuka nyt hoitaa yksikköämme.'],
  ['developmentIdea', 'other', 'Puhelinaika voisi olla myös iltapäivällä, kun vuorot vaihtuvat.', 'tavoitettavuus'],
  ['negative', 'serviceQuality', 'Sijaisen palkka myöhästyi, vaikka sopimus toimitettiin ajoissa.'],
  ['positive', 'operationsQuality', 'Sähköinen vuosilomahakemus on helpottanut työtä paljon.'],
  ['developmentIdea', 'serviceQuality', 'Toivoisimme lyhyttä tutustumistapaamista oman palvelusihteerin kanssa.'],
  ['negative', 'other', 'Intrasta on vaikea löytää ohjeita, jotka koskevat juuri meidän yksikköä.', 'tiedotus'],
  ['positive', 'serviceQuality', 'Hyvä neuvonta määräaikaisuuden perusteista.'],
  ['developmentIdea', 'operationsQuality', 'Sähköpostimuistutus, kun uusi ohje julkaistaan.'],
  ['negative', 'operationsQuality', 'Kyselyn tuloksista ei ole kerrottu meille mitään.'],
];

// --- Steps: each builds one list's drafts from the tables and what earlier phases wrote ----------------------

const HEPA_SEGMENTS: SegmentRow[] = [
  {
    code: 'palvelukeskus',
    name: 'Palvelukeskusasiakkaat',
    description: 'Toimialat, jotka ovat keskittäneet palvelussuhdepalvelunsa Henkilöstöpalveluihin: yhden käsittelijän malli.',
    careTier: { meetings: [{ meetingType: 'visit', perYear: 2 }, { meetingType: 'accountTeam', perYear: 4 }, { meetingType: 'steeringGroup', perYear: 2 }], survey: 'userSurvey' },
  },
  {
    code: 'pienet',
    name: 'Pienet toimialat',
    description: 'Pienemmät toimialat: vierailu kerran vuodessa, asiakkuustiimi kolmesti.',
    careTier: { meetings: [{ meetingType: 'visit', perYear: 1 }, { meetingType: 'accountTeam', perYear: 3 }, { meetingType: 'steeringGroup', perYear: 2 }], survey: 'userSurvey' },
  },
];

/**
 * Tuuraus in HEPA: Liisa is on holiday and her pair Anna fell ill for two days (not covered), so SIV has nobody
 * until Anna is back (VAPA goes to the supervisor by override). Minna's holiday is covered by Sofia, whose own
 * training day inside it passes Minna's accounts on to Liisa.
 */
function hepaAbsences(today: IsoDate, year: number): AbsenceRow[] {
  const sofiaTraining = addWorkingDays(addDays(today, 14), 2);
  const summer = nthWeekday(year, 7, 1, 1);
  return withoutClashes(
    [
      { key: 'anna-sairaus', person: 'anna.sjoberg', start: today, end: addDays(today, 1), kind: 'sickLeave', notes: 'Lyhyt sairausloma (kaksi päivää): ei tuurausta, kertyneet asiat hoidetaan paluun jälkeen.' },
      {
        key: 'liisa-loma',
        person: 'liisa.laine',
        start: addDays(today, -2),
        end: addDays(today, 9),
        kind: 'holiday',
        cover: { overrides: { VAPA: 'timo.hamalainen' } },
        notes: 'Syysloma. Työpari Anna hoitaa SIV:n; VAPA:n hoitaa esimies Timo, koska kulttuuripalveluiden kausityöntekijöiden sopimukset tulevat nyt. Palkka-ajon aineisto on toimitettu ennen lomaa.',
      },
      { key: 'minna-loma', person: 'minna.koskinen', start: addDays(today, 14), end: addDays(today, 24), kind: 'holiday', substitute: 'sofia.nystrom', notes: 'Vuosiloma; työpari Sofia hoitaa Tilakeskuksen ja Maankäytön asiat. Kesken: kaksi virkavapaahakemusta, ohjeet asiakkuuden työtilassa.' },
      {
        key: 'sofia-koulutus',
        person: 'sofia.nystrom',
        start: sofiaTraining,
        end: sofiaTraining,
        kind: 'training',
        substitute: 'liisa.laine',
        notes: 'Palkkajärjestelmän koulutus, yksi päivä. Omat asiat odottavat; Minnan asiakkuuksien kiireelliset asiat Liisalle.',
      },
    ],
    [{ key: 'liisa-kesaloma', person: 'liisa.laine', start: summer, end: addDays(summer, 18), kind: 'holiday', substitute: 'anna.sjoberg', notes: 'Kesäloma; työparilla pääsy sähköpostiin.' }],
  );
}

const accountId = (written: Written, abbr: string): number => writtenId(written, 'accounts', `${P}account:${abbr}`);

function accountDrafts(ctx: OrgContext, written: Written): DemoDraft<'accounts'>[] {
  const { year } = ctx;
  return HEPA_SECTORS.map((s) => ({
      clientKey: `${P}account:${s.abbr}`,
      name: s.name,
      abbreviation: s.abbr,
      accountType: 'sector' as const,
      memberAgencies: s.units,
      segmentId: writtenId(written, 'segments', `${P}segment:${s.staff >= 900 ? 'palvelukeskus' : 'pienet'}`),
      lifecycleStage: s.lifecycle,
      engagementLevel: s.engagement,
      accountManager: who(ctx, s.secretary),
      backup: who(ctx, s.pair),
      meetingRhythm: 'quarterly' as const,
      workingAgreements: [
        'Työntekijöiden kysymykset ohjataan ensin omalle esimiehelle; esimies ottaa tarvittaessa yhteyttä palvelusihteeriin.',
        `Puhelinaika ${s.abbr === 'SOTE' || s.abbr === 'VAPA' ? 'klo 9–11 ja 14–15' : 'klo 9–11'}; palkka-ajopäivinä vain kiireelliset asiat, muuten vastaaja.`,
        'Kelpoisuusehdot ja tehtävänimikkeet: toimialan henkilöstöyksikkö. Palkkaa ei makseta ennen allekirjoitetun sopimuksen saapumista.',
        s.abbr === 'KEHA' ? 'Useaa toimialaa koskevat tulkinnat Työnantajapalveluihin.' : undefined,
      ]
        .filter(Boolean)
        .join('\n'),
      planGeneral: `${s.name}: ${s.staff.toLocaleString('fi-FI')} henkilöä, noin ${s.supervisors} esimiestä. Toimintayksiköt: ${s.units.replace(/\n/g, ', ')}. Strategiset haasteet: ${s.challenges}`,
      planRelationship: `Palvelukeskusasiakas: palvelussuhde- ja palkanlaskentapalvelut Henkilöstöpalveluista yhden käsittelijän mallilla. Käytössä HR-työpöytä ja sähköinen vuosilomahakemus. Toteutunut tyytyväisyys: ks. Henkilöstökeskuksen kysely. Avainhenkilöt: henkilöstöpäällikkö ${s.hrManager}, toimialajohtaja ${s.director}.`,
      planResponsibilities: `Palvelusihteeri ${who(ctx, s.secretary).title}, työpari ${who(ctx, s.pair).title}. Palvelutiimin esimies Timo Hämäläinen vastaa asiakastiedosta ja eskalaatioista. Asiakkuussuunnitelmasta vastaa johtoryhmä; sihteerit päivittävät asiakkuustiimeissä.`,
      workspaceUrl: { url: `https://vantaa.example/hepa/asiakkuudet/${s.abbr.toLowerCase()}`, description: 'Asiakkuuden työtila' },
      keyDocuments: [
        { title: `Asiakkuussuunnitelma ${year}: ${s.name}`, url: `https://vantaa.example/hepa/asiakkuudet/${s.abbr.toLowerCase()}/asiakkuussuunnitelma-${year}.docx` },
        { title: 'Asiakaspalvelun pelisäännöt', url: 'https://vantaa.example/hepa/ohjeet/pelisaannot.pdf' },
      ],
      ...(s.teams ? { teamsGroupId: 'hepa-asiakkuudet', teamsChannelId: `19:${s.abbr.toLowerCase()}@thread.tacv2`, teamsChannelName: s.abbr } : {}),
      active: true,
    }));
}

function contactDrafts(ctx: OrgContext, written: Written): DemoDraft<'contacts'>[] {
  const contacts: DemoDraft<'contacts'>[] = [];
  HEPA_SECTORS.forEach((s) => {
    const add = (key: string, name: string, jobTitle: string, side: 'customer' | 'provider', roles: DemoDraft<'contacts'>['roles'], notes?: string): void => {
      contacts.push({
        clientKey: `${P}contact:${s.abbr}:${key}`,
        name,
        accountId: accountId(written, s.abbr),
        side,
        roles,
        jobTitle,
        organisation: side === 'customer' ? `Vantaan kaupunki, ${s.name.toLowerCase()}` : 'Vantaan Henkilöstöpalvelut',
        email: `${emailLocal(name)}@vantaa.example`,
        phone: `+358 9 839${String(20000 + contacts.length * 71).slice(-5)}`,
        notes,
      });
    };
    add('hr', s.hrManager, 'Henkilöstöpäällikkö', 'customer', ['substance', 'followUpMember'], 'Vastaa työnantajan tulkinnoista ja kelpoisuusehdoista; asiakkuustiimin jäsen.');
    add('director', s.director, 'Toimialajohtaja', 'customer', ['chair'], 'Asiakasohjausryhmän jäsen.');
    s.reps.forEach((rep, k) => add(`rep${k + 1}`, rep, 'Tulosyksikön esimies', 'customer', ['followUpMember'], 'Edustaa alueensa esimiehiä asiakkuustiimissä.'));
    add('secretary', who(ctx, s.secretary).title!, 'Henkilöstöpalvelusihteeri', 'provider', ['other'], 'Oma palvelusihteeri (yksi käsittelijä).');
    add('pair', who(ctx, s.pair).title!, 'Henkilöstöpalvelusihteeri (työpari)', 'provider', ['other']);
    add('supervisor', 'Timo Hämäläinen', 'Palvelutiimin esihenkilö', 'provider', ['followUpMember']);
  });
  return contacts;
}

/** Visits 1–2 a year, account teams 3–4 a year, the steering group twice a year (attached to KEHA). */
function meetingDrafts(ctx: OrgContext, written: Written): DemoDraft<'meetings'>[] {
  const { year } = ctx;
  // Meetings: visits 1–2 a year, account teams 3–4 a year, steering group twice a year (attached to KEHA).
  const meetings: DemoDraft<'meetings'>[] = [];
  const meeting = (key: string, abbr: string, type: DemoDraft<'meetings'>['meetingType'], title: string, date: IsoDate, hour: number, agenda: string[], minutes: string, extra: Partial<DemoDraft<'meetings'>> = {}): void => {
    const startsAt = at(date, hour);
    const held = isHeld(ctx, startsAt);
    meetings.push({
      clientKey: `${P}meeting:${abbr}:${key}`,
      title,
      accountId: accountId(written, abbr),
      meetingType: type,
      startsAt,
      durationMinutes: 90,
      year: Number(date.slice(0, 4)),
      quarter: Math.ceil(Number(date.slice(5, 7)) / 3),
      mode: 'inPerson',
      agenda: agenda.map((t, k) => ({ number: k + 1, title: t })),
      minutes: held ? minutes : undefined,
      status: held ? 'held' : 'planned',
      ...extra,
    });
  };
  HEPA_SECTORS.forEach((s, i) => {
    const teamMonths = s.staff >= 900 ? [2, 5, 9, 11] : [2, 5, 11];
    teamMonths.forEach((m, k) => {
      meeting(`${year}:asiakkuustiimi-${k + 1}`, s.abbr, 'accountTeam', `${s.name}: asiakkuustiimi ${k + 1}/${year}`, nthWeekday(year, m, 2 + (i % 3), 3 + (m === 11 ? 1 : 0)), 13,
        ['Palaute palvelutuotannosta', 'Korjaavista toimenpiteistä sopiminen', 'Asiakkuussuunnitelman läpikäynti', 'Ajankohtaiset asiat'],
        'Käytiin läpi palautteet ja dokumentoidut asiakastilanteet; sovittiin korjaavista toimenpiteistä (ks. toimenpiteet). Asiakkuussuunnitelman kehittämisosio päivitetty.',
        { location: `Vantaan kaupungintalo, ${s.abbr === 'KEHA' ? 'Tikkurila' : 'neuvotteluhuone 3'}`, attendees: `${s.hrManager}\n${s.reps.join('\n')}\n${who(ctx, s.secretary).title}\nTimo Hämäläinen` });
    });
    const visits = s.staff >= 900 ? [3, 10] : [10];
    visits.forEach((m, k) => {
      meeting(`${year}:vierailu-${k + 1}`, s.abbr, 'visit', `Henkilöstöpalvelujen vierailu: ${s.name} ${k + 1}/${year}`, nthWeekday(year, m, 2 + (i % 2), 2), 9,
        ['Henkilöstöpalvelujen toiminnan esittely', 'Asiakkaisiin vaikuttavat uudistukset (sähköiset palvelut)', 'Asiakkaan tarpeet ja toiveet', 'Jatkotoimien kirjaaminen'],
        'Esiteltiin sähköisen vuosilomahakemuksen laajennus ja puhelinajat. Esimiehet toivoivat ohjeita määräaikaisuuksien perusteisiin; kirjattu palautteeksi.',
        { location: `${s.units.split('\n')[0]}, Vantaa` });
    });
    // The secretary's own visit to supervisors' sites.
    meeting(`${year}:sihteerin-kaynti`, s.abbr, 'visit', `Palvelusihteerin käynti: ${s.units.split('\n')[0]}`, lastWorkingDayOfMonth(year, 4), 10,
      ['Tutustuminen yksikön toimintaan', 'Esimiesten kysymykset'], 'Tutustuttiin yksikön työvuorokäytäntöihin; sovittu yhteyshenkilöt.', { durationMinutes: 60, location: `${s.units.split('\n')[0]}, Vantaa` });
  });
  [4, 10].forEach((m, k) =>
    meeting(`${year}:ohjausryhma-${k + 1}`, 'KEHA', 'steeringGroup', `Asiakasohjausryhmä ${k + 1}/${year}`, nthWeekday(year, m, 2, 3), 14,
      ['Palvelutuotannon seuranta', 'Periaatekysymykset', 'Palvelusisältöjen muutokset', 'Tiedottaminen esimiesuutiskirjeessä'],
      'Päätettiin pilotoida palvelusihteerien puhelinajat kahdessa toimialassa; päätökset julkaistaan esimiesuutiskirjeessä.',
      { decisions: 'Puhelinaikapilotti Sivistystoimessa ja Vapaa-ajan ja asukaspalveluissa; pilotin jälkeen tyytyväisyyskysely.', attendees: HEPA_SECTORS.map((s) => s.director).join('\n') + '\nTimo Hämäläinen' }),
  );
  meeting(`${year}:henkilostopaallikkokokous`, 'KEHA', 'accountTeam', `Henkilöstöpäällikkökokous ${year} (kaikkien palvelukeskusasiakkaiden asiakkuustiimi)`, nthWeekday(year, 9, 4, 3), 9,
    ['Palvelujen kehittäminen', 'Ohjausryhmään vietävät asiat', 'Ajankohtaiset asiat'], 'Käsiteltiin palvelukeskusasiakkaiden yhteiset kehitystarpeet ja sähköisten palvelujen etenemisjärjestys.',
    { attendees: HEPA_SECTORS.map((s) => s.hrManager).join('\n') });
  return meetings;
}

/** Situation records: a steady stream over the last twelve months, each filed by its secretary or work pair. */
function situationDrafts(ctx: OrgContext, written: Written): DemoDraft<'situationRecords'>[] {
  const { today } = ctx;
  const situations: DemoDraft<'situationRecords'>[] = [];
  // This month's team meeting (the second Monday): everything before it has been reviewed there.
  const meeting = nthWeekday(Number(today.slice(0, 4)), Number(today.slice(5, 7)), 2, 1);
  const n = 48;
  for (let k = 0; k < n; k++) {
    const s = HEPA_SECTORS[(k * 5) % HEPA_SECTORS.length];
    const [category, situation, solution] = SITUATIONS[k % SITUATIONS.length];
    const date = spreadOverYear(today, k, n);
    const recorder = k % 3 === 2 ? s.pair : s.secretary;
    const reviewed = compareIsoDates(date, meeting) < 0 && k % 7 !== 3;
    situations.push({
      clientKey: `${P}situation:${k + 1}`,
      recorder: who(ctx, recorder),
      date,
      accountId: k % 11 === 10 ? undefined : accountId(written, s.abbr),
      category,
      situation,
      solution: k % 9 === 4 ? undefined : solution,
      // Flagged for the team meeting: every conflict and error, and what the recorder wants to talk over.
      forReview: category === 'conflict' || category === 'error' || k % 4 === 0 || !reviewed,
      reviewed,
      supervisorNotified: category === 'conflict' || (category === 'error' && k % 2 === 1),
    });
  }
  OLD_SITUATIONS.forEach(([category, situation], i) => {
    const s = HEPA_SECTORS[i % HEPA_SECTORS.length];
    situations.push({
      clientKey: `${P}situation:old:${i + 1}`,
      recorder: who(ctx, s.secretary),
      date: workingDayOnOrBefore(addDays(today, -BEYOND_RETENTION_DAYS[i])),
      accountId: accountId(written, s.abbr),
      category,
      situation,
      solution: 'Selvitetty ja käsitelty tiimipalaverissa.',
      forReview: true,
      reviewed: true,
      supervisorNotified: false,
    });
  });
  return situations;
}

function feedbackDrafts(ctx: OrgContext, written: Written): DemoDraft<'feedback'>[] {
  const { today } = ctx;
  const feedback: DemoDraft<'feedback'>[] = [];
  const statuses: FeedbackStatus[] = ['new', 'inProgress', 'answered', 'closed'];
  const channels: FeedbackChannel[] = ['quickLink', 'quickLink', 'phone', 'email', 'meeting'];
  const n = 40;
  for (let k = 0; k < n + BEYOND_RETENTION_DAYS.length; k++) {
    const old = k >= n;
    const s = HEPA_SECTORS[(k * 7) % HEPA_SECTORS.length];
    const row = FEEDBACK[k % FEEDBACK.length];
    const kind = row[0];
    const date = old ? workingDayOnOrBefore(addDays(today, -BEYOND_RETENTION_DAYS[k - n])) : spreadOverYear(today, k, n);
    const age = daysBetween(date, today);
    const status = age < 14 ? statuses[k % 2] : age < 40 ? statuses[1 + (k % 2)] : statuses[2 + (k % 2)];
    const reaction =
      status === 'new'
        ? undefined
        : kind === 'positive'
          ? 'Kiitos välitetty tiimille.'
          : kind === 'question'
            ? status === 'inProgress'
              ? 'Selvitetään palkanlaskennasta; vastaus esimiehelle tällä viikolla.'
              : 'Vastattu kysyjälle sähköpostilla ja lisätty vastaus esimiesten ohjeisiin.'
            : status === 'inProgress'
              ? 'Käsitellään seuraavassa tiimipalaverissa.'
              : 'Vastattu palautteen antajalle; korjaava toimenpide sovittu asiakkuustiimissä.';
    feedback.push({
      clientKey: old ? `${P}feedback:old:${k - n + 1}` : `${P}feedback:${k + 1}`,
      recorder: who(ctx, k % 4 === 3 ? 'timo.hamalainen' : s.secretary),
      date,
      accountId: accountId(written, s.abbr),
      ...feedbackFields(row),
      channel: channels[k % channels.length],
      status,
      ...feedbackHandling(today, date, status, k, reaction),
      handler: status === 'new' ? undefined : who(ctx, 'timo.hamalainen'),
    });
  }
  return feedback;
}

/** The HR Centre's e-survey in Q4 (Webropol): this year's and last year's, for a trend. */
function surveyDrafts(ctx: OrgContext): DemoDraft<'surveys'>[] {
  const { today, year } = ctx;
  const surveys: DemoDraft<'surveys'>[] = [year - 1, year].map((y) => {
    const opensOn = workingDayOnOrBefore(iso(y, 10, 15));
    const closesOn = workingDayOnOrBefore(iso(y, 11, 6));
    return {
      clientKey: `${P}survey:${y}-e-kysely`,
      title: `Henkilöstökeskuksen asiakastyytyväisyyskysely ${y} (Henkilöstöpalvelut)`,
      kind: 'userSurvey',
      year: y,
      quarter: 4,
      definition: HEPA_SURVEY,
      opensOn,
      closesOn,
      status: compareIsoDates(today, opensOn) < 0 ? 'draft' : compareIsoDates(today, closesOn) <= 0 ? 'open' : 'closed',
    };
  });
  return surveys;
}

function ideaDrafts(ctx: OrgContext, written: Written): DemoDraft<'ideas'>[] {
  const { year } = ctx;
  return [
    ['SIV', 'need', 'Palvelukseen oton sähköinen ilmoitus', 'Esimies ilmoittaa uuden työntekijän sähköisesti HR-työpöydällä; paperilomake poistuu.'],
    ['SOTE', 'idea', 'Palvelusihteerin iltapäivän puhelinaika vuorotyöyksiköille', 'Tavoitettavuus vuoronvaihdon aikaan.'],
    ['KEHA', 'smallDevelopment', 'Sähköpostimuistutus uusista ohjeista esimiehille', 'Kohdennettu tiedote esimiesryhmittäin.'],
    ['TILA', 'idea', 'HR-työpöydän mobiilikäyttö kiinteistönhoitoon', 'Esimiehet kentällä hyväksyvät lomat mobiilisti.'],
  ].map(([abbr, stage, title, description], k) => ({
    clientKey: `${P}idea:${k + 1}`,
    title: title as string,
    accountId: accountId(written, abbr as string),
    stage: stage as DemoDraft<'ideas'>['stage'],
    source: 'meeting',
    owner: who(ctx, 'timo.hamalainen'),
    description: description as string,
    goals: stage === 'need' ? 'Vähemmän virheitä palvelussuhteen alussa; nopeampi palkanmaksu.' : undefined,
    estimatedCost: stage === 'need' ? 18000 : undefined,
    risks: stage === 'need' ? 'Esimiesten koulutustarve.' : undefined,
    schedule: stage === 'need' ? `${year + 1} kevät` : undefined,
  }));
}

function actionDrafts(ctx: OrgContext, written: Written): DemoDraft<'actions'>[] {
  const { today } = ctx;
  const actionSpecs: [string, string, string, string, number, ActionStatus][] = [
    ['SIV', 'Työnjaon selkeyttäminen: kuka hoitaa mitä -sivu intraan', 'Työnjaon selkeys -arvio yli 3,5', 'Kyselyn työnjaon selkeys', -45, 'done'],
    ['SIV', 'Puhelinaikojen pilotti ja pilotin jälkeinen kysely', 'Vähemmän keskeytyksiä palkka-ajoissa', 'Virheet palkka-ajoissa / kk', 30, 'inProgress'],
    ['SOTE', 'Iltapäivän puhelinaika vuorotyöyksiköille', 'Tavoitettavuus vuoronvaihdossa', 'Tavoittamattomat puhelut', 60, 'open'],
    ['SOTE', 'Määräaikaisuuden perusteiden ohje esimiehille', 'Ei palautettavia sopimuksia', 'Palautetut sopimukset / kk', -10, 'inProgress'],
    ['TILA', 'HR-työpöydän koulutus kiinteistönhoidon esimiehille', 'HR-työpöydän käyttöaste 80 %', 'Sähköisten lomahakemusten osuus', 20, 'open'],
    ['KEHA', 'Kyselyn tulosten yhteenveto vastaajille', 'Vastaajat saavat tiedon toimenpiteistä', 'Yhteenveto julkaistu', -5, 'open'],
    ['MAY', 'Organisaatiomuutoksen vakanssipäivitykset', 'Vakanssit ajan tasalla muutospäivänä', 'Päivittämättömät vakanssit', 15, 'inProgress'],
    ['VAPA', 'Nuorisopalvelujen tavoitettavuuden parantaminen', 'Esimiehet tavoittavat palvelun myös iltaisin', 'Palaute tavoitettavuudesta', 45, 'open'],
    ['VAPA', 'Palvelusihteerin tutustumiskäynti liikuntapalveluihin', 'Esimiehet tuntevat oman sihteerinsä', 'Käynti toteutunut', -60, 'done'],
  ];
  return actionSpecs.map(([abbr, title, goal, metric, due, status], k) => ({
    clientKey: `${P}action:${k + 1}`,
    title,
    accountId: accountId(written, abbr),
    source: k % 3 === 1 ? 'feedback' : 'accountPlan',
    owner: who(ctx, k % 2 === 0 ? HEPA_SECTORS.find((s) => s.abbr === abbr)!.secretary : 'timo.hamalainen'),
    dueDate: addDays(today, due),
    status,
    goal,
    metric,
    sourceRef: 'Asiakkuussuunnitelma: asiakassuhteen kehittämisen toimenpiteet',
  }));
}

/**
 * This year's clock occurrences exactly as `generateOccurrences` plans them from the HR centre's template: every
 * per-account task for every sector, the team's own tasks once (or monthly), with the generator's client keys, so
 * generating the year on the demo site creates nothing twice. A few past items slipped and are still open.
 */
function occurrenceDrafts(ctx: OrgContext, written: Written): Array<Draft<ClockOccurrence> & { clientKey: string }> {
  const { today, year } = ctx;
  const occurrences: Array<Draft<ClockOccurrence> & { clientKey: string }> = [];
  const planned = planYear(HEPA_CLOCK as RuleTask[], year);
  for (const t of HEPA_CLOCK) {
    const taskId = writtenId(written, 'clockTasks', `${P}clock:${t.code}:${year}`);
    const dates = planned.filter((p) => p.code === t.code);
    const targets = t.perAccount ? HEPA_SECTORS : [undefined];
    const lastPast = dates.filter((p) => compareIsoDates(p.dueDate, today) < 0).pop()?.dueDate;
    for (const s of targets) {
      for (const { period, dueDate: due } of dates) {
        const past = compareIsoDates(due, today) < 0;
        // A few slipped items: last month's feedback summary, one secretary's site visit, one account team.
        const overdue = past && ((!s && t.code === 'palauteyhteenveto' && due === lastPast) || (s?.abbr === 'MAY' && t.code === 'sihteerin-kaynti') || (s?.abbr === 'VAPA' && t.code === 'asiakkuustiimi-2'));
        const owner = s && t.ownerRole !== 'supervisor' ? s.secretary : 'timo.hamalainen';
        const account = s ? accountId(written, s.abbr) : undefined;
        occurrences.push({
          clientKey: occurrenceKey('hepa', t.code, period, account),
          taskId,
          accountId: account,
          dueDate: due,
          plannedDate: due,
          owner: who(ctx, owner),
          done: past && !overdue,
          doneOn: past && !overdue ? due : undefined,
          notes: overdue ? 'Siirtynyt: sovi uusi ajankohta.' : undefined,
        });
      }
    }
  }
  return occurrences;
}

/** Next year's partnership agreement per sector, by stage (the rest have not started theirs). */
const PARTNERSHIP_STAGES: Record<string, AgreementStage> = { SIV: 'stored', SOTE: 'changesRequested', TILA: 'drafting', KEHA: 'inSignature', MAY: 'planning' };
/** The HR Services' signatory (signing position 1); the sector's director signs second. */
const HR_DIRECTOR = 'Kirsi Lahtela';

const PARTNERSHIP_COMMENTS: Record<AgreementAction, string> = {
  openCase: '',
  startDrafting: 'Luonnostelu aloitettu kumppanuussopimuksen pohjasta; palvelukuvaukset päivitetään asiakkuussuunnitelmasta.',
  sendForReview: 'Luonnos ja liitteet toimialan henkilöstöpäällikölle tarkistettavaksi.',
  requestChanges: 'Toimiala pyysi tarkennuksia vuorotyön palkka-asioiden palveluaikoihin ja yhteyshenkilöliitteeseen.',
  submitRevision: 'Tarkennukset tehty; päivitetty luonnos toimialalle.',
  approve: 'Molemmat osapuolet hyväksyneet sopimuksen liitteineen.',
  startSigning: 'Allekirjoitettavaksi: henkilöstöpalvelujen johtaja → toimialajohtaja.',
  recordSignature: 'Allekirjoitus kirjattu.',
  store: 'Tallennettu asiakkuuden työtilan sopimuskansioon.',
};

/**
 * Next year's partnership agreements on the city flow, each taken to its stage by the flow's own rules (the
 * account's HR service secretary moves it), the last change a few working days ago. Appendices are tagged by who
 * must read them (care-model §9).
 */
function partnershipStories(ctx: OrgContext): { abbr: string; story: AgreementStory }[] {
  const r = rng(`hepa-agreements:${ctx.today}`);
  const { today, year } = ctx;
  const y = year + 1;
  return HEPA_SECTORS.filter((s) => PARTNERSHIP_STAGES[s.abbr]).map((s, i) => {
    const target = PARTNERSHIP_STAGES[s.abbr];
    const owner = who(ctx, s.secretary);
    const signing = target === 'signed' || target === 'stored';
    const actions: { action: AgreementAction; signer?: number }[] = actionsTo(CITY_PARTNERSHIP_FLOW, signing ? 'inSignature' : target, i % 2 === 1).map((action) => ({ action }));
    const signatures = target === 'inSignature' ? 1 : signing ? 2 : 0;
    for (let k = 0; k < signatures; k++) actions.push({ action: 'recordSignature', signer: k });
    if (target === 'stored') actions.push({ action: 'store' });
    const dates: IsoDate[] = new Array(actions.length + 1);
    dates[actions.length] = addWorkingDays(today, -(2 + (i % 3)));
    for (let k = actions.length; k > 0; k--) dates[k - 1] = addWorkingDays(dates[k], -(actions[k - 1].action === 'recordSignature' || actions[k - 1].action === 'store' ? 1 : intBetween(r, 2, 4)));
    const stamp = (d: IsoDate, k: number): string => at(d, 9 + (k % 5), intBetween(r, 0, 3) * 15);
    const base = `https://tyotila.vantaa.example/henkilostopalvelut/${s.abbr.toLowerCase()}/kumppanuussopimus-${y}`;
    const signatories: AgreementSignature[] = [
      { order: 1, role: 'customerDirector', name: HR_DIRECTOR },
      { order: 2, role: 'customerRepresentative', name: s.director },
    ];
    const story = new AgreementStory(
      CITY_PARTNERSHIP_FLOW,
      { clientKey: `${P}agreement:${s.abbr}:${y}`, title: `Kumppanuussopimus ${y} – ${s.name}`, accountId: 0, year: y, kind: 'partnershipAgreement', stage: 'planning', deadline: christmasDeadline(year), owner },
      { at: stamp(dates[0], 0), comment: 'Suunnittelu aloitettu asiakkuustiimissä: palvelut, vastuut ja yhteyshenkilöt seuraavalle vuodelle.', by: owner },
    );
    actions.forEach((a, k) => {
      const d = dates[k + 1];
      const fill: Partial<Agreement> =
        a.action === 'startDrafting'
          ? { templateVersions: { agreement: `Kumppanuussopimuspohja ${y}` }, developmentPlans: s.challenges }
          : a.action === 'sendForReview'
            ? {
                checklist: { templateChecked: true, dataCollected: true, draftComplete: true },
                appendices: [
                  { title: 'Liite 1: Palvelukuvaus ja palveluajat', audience: 'esimiehet', url: `${base}/liite-1-palvelut.pdf` },
                  { title: 'Liite 2: Vastuunjako ja yhteyshenkilöt', audience: 'henkilöstöpäällikkö', url: `${base}/liite-2-vastuut.pdf` },
                  { title: 'Liite 3: Palvelumaksut', audience: 'talous', url: `${base}/liite-3-maksut.pdf` },
                ],
              }
            : a.action === 'approve'
              ? { documentUrl: { url: `${base}/kumppanuussopimus.pdf`, description: `Kumppanuussopimus ${y} (PDF)` } }
              : a.action === 'startSigning'
                ? { signatures: signatories }
                : a.action === 'store'
                  ? { workspaceUrl: { url: base, description: 'Asiakkuuden työtila: sopimuskansio' } }
                  : {};
      const signer = a.signer !== undefined ? signatories[a.signer] : undefined;
      story.step({
        action: a.action,
        at: stamp(d, k + 1),
        comment: signer ? `Allekirjoittanut: ${signer.name}.` : PARTNERSHIP_COMMENTS[a.action],
        by: owner,
        fill,
        signature: signer ? { role: signer.role as SignerRole, name: signer.name, signedOn: d } : undefined,
      });
    });
    // Drafting under way: the checklist half done.
    if (target === 'drafting') story.fill({ checklist: { templateChecked: true, dataCollected: false, draftComplete: false } });
    return { abbr: s.abbr, story };
  });
}

/** Survey responses: supervisors and sector management per sector, a slight improvement year on year. */
function responseDrafts(ctx: OrgContext, r: () => number, written: Written): DemoDraft<'surveyResponses'>[] {
  const responses: DemoDraft<'surveyResponses'>[] = [];
  surveyDrafts(ctx).forEach((sv, period) => {
    if (sv.status === 'draft') return;
    const surveyId = writtenId(written, 'surveys', sv.clientKey);
    HEPA_SECTORS.forEach((s, i) => {
      const n = 3 + (i % 3);
      for (let k = 0; k < n; k++) {
        const base = 3.2 + period * 0.3 + (s.engagement - 3) * 0.2;
        const answers: Record<string, number> = {};
        for (const q of HEPA_SURVEY.questions) {
          const bump = q.id === 'newsletter' ? 0.4 : q.id === 'training' ? -0.5 : q.id === 'contactPerson' && period === 1 ? 0.4 : 0;
          answers[q.id] = clamp(Math.round(base + bump + (r() - 0.5) * 1.6), 1, 5);
        }
        const vals = Object.values(answers);
        responses.push({
          clientKey: `${P}response:${sv.year}:${s.abbr}:${k + 1}`,
          surveyId,
          accountId: accountId(written, s.abbr),
          respondentLevel: k === 0 ? 'toimialajohto' : 'esimies',
          answers,
          overall: Math.round((vals.reduce((x, y) => x + y, 0) / vals.length) * 10) / 10,
          comment: k === 0 ? (period === 0 ? 'Tulosten yhteenvetoa? Mitä tuloksilla on tehty?' : 'Oma yhteyshenkilö on selkeä, kiitos.') : undefined,
          submittedAt: at(addDays(sv.opensOn!, intBetween(r, 0, 18)), intBetween(r, 8, 16), intBetween(r, 0, 59)),
          source: 'webropolImport',
        });
      }
    });
  });
  return responses;
}

export async function seedHepa(ctx: OrgContext): Promise<void> {
  const r = rng(`hepa:${ctx.today}`);
  const stories = partnershipStories(ctx);
  // Phases run in order; within one, drafts are built in the order listed (the random sequence depends on it).
  const written = await runSteps(ctx.w, [
    [step('segments', () => segmentDrafts(P, 'hepa', HEPA_SEGMENTS))],
    [step('accounts', (w) => accountDrafts(ctx, w)), step('clockTasks', () => clockTaskDrafts('hepa', P, ctx.year))],
    [
      step('contacts', (w) => contactDrafts(ctx, w)),
      step('meetings', (w) => meetingDrafts(ctx, w)),
      step('absences', (w) => absenceDrafts(ctx, P, hepaAbsences(ctx.today, ctx.year), (abbr) => accountId(w, abbr)), { author: (d) => upnOf(d.person) }),
      step('settings', () => coverSettingDrafts(P, { [COVER_SETTINGS.shortAbsenceMaxDays]: 2, [COVER_SETTINGS.maxCoveredAccounts]: 3 })),
      step('surveys', () => surveyDrafts(ctx)),
      step('situationRecords', (w) => situationDrafts(ctx, w), { author: (d) => upnOf(d.recorder) }),
      step('feedback', (w) => feedbackDrafts(ctx, w), { author: (d) => upnOf(d.recorder) }),
      step('ideas', (w) => ideaDrafts(ctx, w)),
      step('actions', (w) => actionDrafts(ctx, w)),
      step('agreements', (w) => stories.map(({ abbr, story }) => ({ ...story.draft(), accountId: accountId(w, abbr) }))),
    ],
    [
      step('surveyResponses', (w) => responseDrafts(ctx, r, w)),
      step(
        'agreementHistory',
        (w) =>
          stories.flatMap(({ abbr, story }) => {
            const key = `${P}agreement:${abbr}:${story.year}`;
            const agreementId = writtenId(w, 'agreements', key);
            return story.entries.map((e, k) => ({ clientKey: `${P}history:${abbr}:${story.year}:h${k + 1}`, agreementId, fromStage: e.from, toStage: e.to, changedAt: e.at, changedBy: e.by, comment: e.comment }));
          }),
        { author: (d) => upnOf(d.changedBy) },
      ),
    ],
  ]);
  await writeClockOccurrences(ctx, 'hepa', occurrenceDrafts(ctx, written));
}
