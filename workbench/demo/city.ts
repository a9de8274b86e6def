/**
 * Demo organisation 3: Kaupungin ICT-palvelut, the ICT service unit of a fictional city (no real city's data). It is
 * modelled on the way city ICT units organise account care:
 * - partnership managers (kumppanuuspäälliköt) own the accounts: the city's divisions (toimialat) and a few
 *   city-owned companies, foundations and agencies, each with its organisation form. The portfolios mix the forms so
 *   that managers can cover each other crosswise; one manager's accounts are all companies, which the cross-cover
 *   readiness view is there to show;
 * - both sides of the account team are named: on the provider side the partnership manager and a backup, the IT
 *   coordinator and the IT director (development wishes and their funding), the service owner (continuous services);
 *   on the customer side the counterpart (vastinpari) and the contract contact (sopimusyhteyshenkilö);
 * - two care tiers: the strategic partnership works at the operational, tactical and strategic levels (monthly,
 *   quarterly, the annual management ICT workshop) and is assessed with the 9E partnership model twice a year; the
 *   basic partnership meets at the tactical level twice a year;
 * - next year's partnership agreements on the city flow, signed by 31 December; the customer survey and quality
 *   measurements in November; ideas through the idea gate, and the actions that weak 9E scores and a GO became.
 * Small on purpose: it is seeded on every fresh start and in CI.
 */
import type {
  AccountType,
  Agreement,
  AgreementSignature,
  AgreementStage,
  ClockOccurrence,
  ContactRole,
  Draft,
  Idea,
  IdeaSource,
  IdeaStage,
  IsoDate,
  LifecycleStage,
  MeetingRhythm,
  MeetingType,
  OrganisationForm,
  SurveyDefinition,
} from '../../src/domain/types';
import { addDays, compareIsoDates } from '../../src/domain/dates';
import { AgreementAction, CITY_PARTNERSHIP_FLOW, SignerRole } from '../../src/domain/agreementFlow';
import { apply as applyGate, IdeaGateAction, IdeaHistoryEntry } from '../../src/domain/ideaGate';
import { dimensionName, nineEDefinition, nineEDimensions, NineEDimension } from '../../src/domain/partnership9E';
import { respondentKeyOf, responseClientKey } from '../../src/domain/surveys';
import { occurrenceKey, planYear, RuleTask } from '../../src/domain/clockRules';
import { COVER_SETTINGS } from '../../src/data/queries/coverSettings';
import { addWorkingDays, at, clamp, emailLocal, intBetween, iso, nthWeekday, rng, workingDayOnOrBefore } from './calendar';
import { CITY_BASIC_CLOCK, CITY_STRATEGIC_CLOCK, clockTaskDrafts, ClockTemplateTask, taskDates } from './clock-templates';
import { actionsTo, AgreementStory } from './agreements';
import { AbsenceRow, absenceDrafts, coverSettingDrafts, isHeld, OrgContext, SegmentRow, twoWorkingDaysFrom, upnOf, who } from './context';
import { ideaDecisionDrafts } from './ork';
import { DemoDraft, runSteps, step, writeClockOccurrences, Written, writtenId } from './writer';

const P = 'demo:city:';
const UNIT = 'Kaupungin ICT-palvelut';
const CITY = 'Kaupunki';
const DOMAIN = 'kaupunki.example';

type Tier = 'strateginen' | 'perus';
const TEMPLATE: Record<Tier, 'kaupunki-strateginen' | 'kaupunki-perus'> = { strateginen: 'kaupunki-strateginen', perus: 'kaupunki-perus' };
const CLOCK: Record<Tier, ClockTemplateTask[]> = { strateginen: CITY_STRATEGIC_CLOCK, perus: CITY_BASIC_CLOCK };

interface Person {
  name: string;
  title: string;
}

export interface CityAccountSpec {
  abbr: string;
  name: string;
  form: OrganisationForm;
  tier: Tier;
  members: string;
  /** The partnership manager and the backup (people.ts aliases). */
  am: string;
  backup: string;
  lifecycle: LifecycleStage;
  engagement: number;
  rhythm: MeetingRhythm;
  teams: boolean;
  working: string;
  general: string;
  counterpart: Person;
  contract: Person;
  /** More of the customer's people who take part (the assessments' operational level). */
  more: Person[];
  /** Next year's partnership agreement: its stage (undefined: not started yet). */
  stage?: AgreementStage;
}

/** The city ICT unit's head signs first; the customer's contract contact second. */
const ICT_DIRECTOR = 'Marja Toivola';

export const CITY_ACCOUNTS: CityAccountSpec[] = [
  {
    abbr: 'KASV',
    name: 'Kasvatuksen ja koulutuksen toimiala',
    form: 'sector',
    tier: 'strateginen',
    members: 'Varhaiskasvatus\nPerusopetus\nLukiot\nAmmatillinen koulutus',
    am: 'katja.rautio',
    backup: 'ulla.vainio',
    lifecycle: 'established',
    engagement: 4,
    rhythm: 'monthly',
    teams: true,
    working: 'Yhteistyö kolmella tasolla: operatiivinen kuukausipalaveri, taktinen kokous neljännesvuosittain, johdon ICT-työpaja kerran vuodessa.\nOppilaitosten laitetilaukset kootaan toimialan tietohallintokoordinaattorin kautta.',
    general: 'Kaupungin suurin toimiala: noin 8 000 työntekijää ja yli 300 toimipistettä. Oppimisympäristöjen laitteet ja palvelut ovat volyymiltaan suurin kokonaisuus.',
    counterpart: { name: 'Heli Saarinen', title: 'Tietohallintopäällikkö' },
    contract: { name: 'Pertti Louhivaara', title: 'Hallintojohtaja' },
    more: [{ name: 'Sanna Ketola', title: 'Tietohallintokoordinaattori' }, { name: 'Ville Ranta', title: 'Rehtori, lukiot' }, { name: 'Irma Kangas', title: 'Varhaiskasvatuksen kehittämispäällikkö' }],
    stage: 'inSignature',
  },
  {
    abbr: 'KUVA',
    name: 'Kulttuurin ja vapaa-ajan toimiala',
    form: 'sector',
    tier: 'strateginen',
    members: 'Kirjastot\nLiikuntapalvelut\nNuorisopalvelut\nKulttuuripalvelut',
    am: 'mattias.holm',
    backup: 'katja.rautio',
    lifecycle: 'developing',
    engagement: 3,
    rhythm: 'monthly',
    teams: true,
    working: 'Kirjastojen ja liikuntapaikkojen asiat käsitellään erikseen; yhteiset asiat taktisessa kokouksessa.\nIltaisin ja viikonloppuisin avoinna olevien toimipisteiden häiriöt päivystyksen kautta.',
    general: 'Kirjastot, liikunta-, nuoriso- ja kulttuuripalvelut; paljon asiakaspäätteitä ja iltakäyttöä.',
    counterpart: { name: 'Tommi Laaksonen', title: 'Kehittämispäällikkö' },
    contract: { name: 'Annika Sjöholm', title: 'Hallintopäällikkö' },
    more: [{ name: 'Jari Honkanen', title: 'Kirjastojärjestelmien pääkäyttäjä' }, { name: 'Eeva Partanen', title: 'Liikuntapalvelujen suunnittelija' }, { name: 'Rasmus Wikman', title: 'Nuorisopalvelujen tiiminvetäjä' }],
    stage: 'changesRequested',
  },
  {
    abbr: 'KAYM',
    name: 'Kaupunkiympäristön toimiala',
    form: 'sector',
    tier: 'strateginen',
    members: 'Maankäyttö ja kaupunkirakenne\nRakennusvalvonta\nRakennukset ja yleiset alueet',
    am: 'ulla.vainio',
    backup: 'mattias.holm',
    lifecycle: 'change',
    engagement: 4,
    rhythm: 'monthly',
    teams: true,
    working: 'Kehitystoiveet ja niiden rahoitus tietohallintokoordinaattorin ja tietohallintojohtajan kautta; jatkuvat palvelut palveluvastaavan kanssa.',
    general: 'Maankäyttö, rakennusvalvonta ja kaupungin rakennukset. Paikkatieto- ja asiointijärjestelmät uudistuvat.',
    counterpart: { name: 'Juho Mattila', title: 'Tietohallintojohtaja' },
    contract: { name: 'Katariina Nyman', title: 'Hallintojohtaja' },
    more: [{ name: 'Olli Rinne', title: 'Paikkatietopäällikkö' }, { name: 'Marika Tuomi', title: 'Rakennusvalvonnan kehittämispäällikkö' }],
    stage: 'drafting',
  },
  {
    abbr: 'KONS',
    name: 'Kaupunginkanslia',
    form: 'sector',
    tier: 'strateginen',
    members: 'Talous- ja suunnitteluosasto\nHenkilöstöosasto\nViestintäosasto\nHallinto-osasto',
    am: 'ulla.vainio',
    backup: 'jonas.bergqvist',
    lifecycle: 'established',
    engagement: 5,
    rhythm: 'monthly',
    teams: true,
    working: 'Konsernitason linjaukset ja ICT-ryhmän asiat sovitaan kansliassa; toimialoihin vaikuttavista muutoksista tiedotetaan kaikille samanaikaisesti.',
    general: 'Konsernihallinto: talous, henkilöstö, viestintä ja hallinto. Talouden vuosikellon palvelulaskelmat valmistellaan täällä.',
    counterpart: { name: 'Petri Halonen', title: 'Tietohallintopäällikkö' },
    contract: { name: 'Leena Forsberg', title: 'Talousjohtaja' },
    more: [{ name: 'Kimmo Salonen', title: 'Controller' }, { name: 'Nina Heikura', title: 'Viestintäpäällikkö' }],
    stage: 'stored',
  },
  {
    abbr: 'PALVELU',
    name: 'Kaupungin Palveluliikelaitos',
    form: 'agency',
    tier: 'strateginen',
    members: 'Ruokapalvelut\nPuhtauspalvelut\nLogistiikka',
    am: 'katja.rautio',
    backup: 'mattias.holm',
    lifecycle: 'developing',
    engagement: 3,
    rhythm: 'monthly',
    teams: true,
    working: 'Liikelaitoksen tilaukset tulevat kaikista toimipisteistä; ICT-asiat aina liikelaitoksen kehittämispäällikön kautta.\nLaskutus kuukausittain kaupungin laskutusaikataulussa.',
    general: 'Ruoka- ja puhtauspalvelut kouluille, päiväkodeille ja hoivakodeille: noin 30 000 ateriaa päivässä.',
    counterpart: { name: 'Sari Kemppainen', title: 'Kehittämispäällikkö' },
    contract: { name: 'Markku Heikkilä', title: 'Toimitusjohtaja' },
    more: [{ name: 'Tuija Huhta', title: 'Ruokapalvelupäällikkö' }, { name: 'Erik Lindgren', title: 'Puhtauspalvelupäällikkö' }],
    stage: 'approved',
  },
  {
    abbr: 'PELA',
    name: 'Pelastuslaitos',
    form: 'agency',
    tier: 'perus',
    members: 'Pelastustoiminta\nRiskienhallinta\nEnsihoito',
    am: 'mattias.holm',
    backup: 'ulla.vainio',
    lifecycle: 'established',
    engagement: 3,
    rhythm: 'quarterly',
    teams: true,
    working: 'Hälytysjärjestelmät ovat valtion; kaupungin ICT-palvelut vastaa toimistoympäristöstä ja työasemista.',
    general: 'Pelastustoiminta ja riskienhallinta; ympärivuorokautinen toiminta asemilla.',
    counterpart: { name: 'Mika Sorsa', title: 'Tietohallintovastaava' },
    contract: { name: 'Karl Ekholm', title: 'Hallintopäällikkö' },
    more: [{ name: 'Heikki Kauppinen', title: 'Asemapäällikkö' }],
    stage: 'customerReview',
  },
  {
    abbr: 'ASUNNOT',
    name: 'Kaupungin Asunnot Oy',
    form: 'company',
    tier: 'strateginen',
    members: 'Asukaspalvelut\nKiinteistönhoito\nIsännöinti',
    am: 'jonas.bergqvist',
    backup: 'katja.rautio',
    lifecycle: 'established',
    engagement: 3,
    rhythm: 'monthly',
    teams: true,
    working: 'Osakeyhtiö: palvelut sovitaan kumppanuussopimuksella, hankinnat yhtiön omien päätösten mukaan. Yhteydet yhtiön IT-päällikön kautta.',
    general: 'Kaupungin vuokra-asuntoyhtiö: noin 20 000 asuntoa. Asukasportaali ja kiinteistöjärjestelmät.',
    counterpart: { name: 'Joakim Strömberg', title: 'IT-päällikkö' },
    contract: { name: 'Riitta Aaltonen', title: 'Talousjohtaja' },
    more: [{ name: 'Henna Virta', title: 'Asukaspalvelupäällikkö' }, { name: 'Teemu Koski', title: 'Isännöintipäällikkö' }],
    stage: 'planning',
  },
  {
    abbr: 'SATAMA',
    name: 'Kaupungin Satama Oy',
    form: 'company',
    tier: 'perus',
    members: 'Satamatoiminnot\nKiinteistöt',
    am: 'jonas.bergqvist',
    backup: 'ulla.vainio',
    lifecycle: 'onboarding',
    engagement: 2,
    rhythm: 'quarterly',
    teams: true,
    working: 'Uusi asiakkuus: palvelut siirtyvät vaiheittain. Operatiivisen tason yhteydet yhtiön järjestelmäasiantuntijan kautta.',
    general: 'Kaupungin satamayhtiö; ICT-palvelut siirtymässä kaupungin palveluihin.',
    counterpart: { name: 'Linnea Berg', title: 'Järjestelmäasiantuntija' },
    contract: { name: 'Aki Mustonen', title: 'Toimitusjohtaja' },
    more: [{ name: 'Pasi Lehtola', title: 'Satamapäällikkö' }],
  },
  {
    abbr: 'LIIKUNTA',
    name: 'Kaupungin Liikuntapaikat Oy',
    form: 'company',
    tier: 'perus',
    members: 'Uimahallit\nJäähallit',
    am: 'mattias.holm',
    backup: 'jonas.bergqvist',
    lifecycle: 'established',
    engagement: 2,
    rhythm: 'asNeeded',
    teams: false,
    working: 'Kapea sopimus: työasemat, kassajärjestelmän tuki ja verkko. Muut asiat tarvittaessa.',
    general: 'Uima- ja jäähallien ylläpitäjä.',
    counterpart: { name: 'Jussi Kärkkäinen', title: 'Toimitusjohtaja' },
    contract: { name: 'Jussi Kärkkäinen', title: 'Toimitusjohtaja' },
    more: [{ name: 'Maija Lepistö', title: 'Hallipäällikkö' }, { name: 'Oskar Holmberg', title: 'Asiakaspalvelupäällikkö' }],
  },
  {
    abbr: 'TAIDE',
    name: 'Kaupungin taidemuseosäätiö',
    form: 'foundation',
    tier: 'perus',
    members: 'Taidemuseo\nKokoelmat',
    am: 'katja.rautio',
    backup: 'jonas.bergqvist',
    lifecycle: 'established',
    engagement: 3,
    rhythm: 'quarterly',
    teams: false,
    working: 'Säätiön hallitus päättää hankinnoista; kokoelmajärjestelmän asiat museon amanuenssin kanssa.',
    general: 'Taidemuseo ja kaupungin taidekokoelmat; kokoelmanhallintajärjestelmä ja verkkokauppa.',
    counterpart: { name: 'Emilia Grönroos', title: 'Hallintopäällikkö' },
    contract: { name: 'Aarne Pöllänen', title: 'Museonjohtaja' },
    more: [{ name: 'Saara Nurmela', title: 'Amanuenssi' }, { name: 'Jenna Kallio', title: 'Verkkopalveluvastaava' }],
  },
  {
    abbr: 'NUORET',
    name: 'Nuorisosäätiö',
    form: 'foundation',
    tier: 'perus',
    members: 'Nuorisoasunnot\nTyöpajat',
    am: 'ulla.vainio',
    backup: 'katja.rautio',
    lifecycle: 'developing',
    engagement: 2,
    rhythm: 'quarterly',
    teams: false,
    working: 'Pieni organisaatio: kaikki yhteydet toiminnanjohtajan kautta.',
    general: 'Nuorten asumisen ja työpajatoiminnan säätiö.',
    counterpart: { name: 'Reetta Oksanen', title: 'Toiminnanjohtaja' },
    contract: { name: 'Reetta Oksanen', title: 'Toiminnanjohtaja' },
    more: [{ name: 'Lauri Kivinen', title: 'Työpajaohjaaja' }],
  },
];

const spec = (abbr: string): CityAccountSpec => CITY_ACCOUNTS.find((a) => a.abbr === abbr)!;
const accountId = (written: Written, abbr: string): number => writtenId(written, 'accounts', `${P}account:${abbr}`);
const slug = (abbr: string): string => abbr.toLowerCase();
const emailOf = (p: Person): string => `${emailLocal(p.name)}@${DOMAIN}`;
/** Who answers the assessments and the survey for an account: contract level first, then the operational level. */
const respondentsOf = (a: CityAccountSpec): { person: Person; level: 'contract' | 'operational' }[] => {
  const seen = new Set<string>();
  return [
    { person: a.counterpart, level: 'contract' as const },
    { person: a.contract, level: 'contract' as const },
    ...a.more.map((person) => ({ person, level: 'operational' as const })),
  ].filter((x) => !seen.has(x.person.name) && !!seen.add(x.person.name));
};

const CITY_SEGMENTS: (SegmentRow & { tier: Tier })[] = [
  {
    tier: 'strateginen',
    code: 'strateginen',
    name: 'Strateginen kumppanuus',
    description: 'Toimialat ja suuret yhtiöt: yhteistyö operatiivisella, taktisella ja strategisella tasolla, 9E-kumppanuusarvio keväällä ja syksyllä.',
    careTier: {
      meetings: [
        { meetingType: 'operational', perYear: 11, level: 'operational' },
        { meetingType: 'tactical', perYear: 4, level: 'tactical' },
        { meetingType: 'strategic', perYear: 1, level: 'strategic' },
        { meetingType: 'steeringGroup', perYear: 2, level: 'tactical' },
      ],
      survey: 'partnership9E',
    },
  },
  {
    tier: 'perus',
    code: 'perus',
    name: 'Peruskumppanuus',
    description: 'Pienet yhtiöt, säätiöt ja liikelaitokset: suppeampi sopimus, taktinen kokous kahdesti vuodessa ja marraskuun asiakaskysely.',
    careTier: {
      meetings: [
        { meetingType: 'tactical', perYear: 2, level: 'tactical' },
        { meetingType: 'operational', perYear: 4, level: 'operational' },
      ],
      survey: 'annualCustomer',
    },
  },
];

// --- Meetings -------------------------------------------------------------------------------------------------

interface PlannedMeeting {
  key: string;
  abbr: string;
  type: MeetingType;
  title: string;
  date: IsoDate;
  hour: number;
  duration: number;
  agenda: string[];
  minutes: string;
  quarter?: number;
}

/** The tactical meetings of an account in a year (strategic tier: each quarter; basic tier: May and November). */
function tacticalDates(a: CityAccountSpec, year: number): { label: string; date: IsoDate; quarter: number }[] {
  const i = CITY_ACCOUNTS.indexOf(a);
  if (a.tier === 'strateginen') return [1, 2, 3, 4].map((q) => ({ label: `Q${q}/${year}`, date: nthWeekday(year, q * 3, 2 + (i % 3), 2 + (i % 2)), quarter: q }));
  return [
    { label: `kevät ${year}`, date: nthWeekday(year, 5, 2 + (i % 3), 2), quarter: 2 },
    { label: `syksy ${year}`, date: nthWeekday(year, 11, 2 + (i % 3), 2 + (i % 2)), quarter: 4 },
  ];
}

/** This year's tactical meetings and next year's first: so there is always a next one. */
function tacticalMeetings(a: CityAccountSpec, year: number): PlannedMeeting[] {
  return [...tacticalDates(a, year), tacticalDates(a, year + 1)[0]].map((t) => ({
    key: `tactical:${t.date}`,
    abbr: a.abbr,
    type: 'tactical',
    title: `${a.abbr}: taktinen kumppanuuskokous ${t.label}`,
    date: t.date,
    hour: 13,
    duration: 90,
    quarter: t.quarter,
    agenda: ['Kumppanuuden tavoitteiden toteutuminen', 'Palvelujen tilanne ja palvelulaskelmat', 'Kehitystoiveet ja niiden rahoitus', 'Kumppanuusarvion tulokset ja kehityskohteet', 'Seuraavan kokouksen sopiminen'],
    minutes: 'Käytiin läpi tavoitteiden toteuma ja palvelujen tilanne. Kehitystoiveet kirjattiin ideasalkkuun; rahoitus sovitaan talouden vuosikellon mukaisesti.',
  }));
}

/** The next tactical meeting of an account after today (the day 9E actions are due before). */
function nextTactical(a: CityAccountSpec, year: number, today: IsoDate): IsoDate {
  return tacticalMeetings(a, year).map((m) => m.date).find((d) => compareIsoDates(d, today) > 0)!;
}

function meetingDrafts(ctx: OrgContext, written: Written): DemoDraft<'meetings'>[] {
  const { today, year } = ctx;
  const planned: PlannedMeeting[] = [];
  const [ty, tm] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  for (const a of CITY_ACCOUNTS) {
    planned.push(...tacticalMeetings(a, year));
    if (a.tier !== 'strateginen') continue;
    planned.push({
      key: `strategic:${year}`,
      abbr: a.abbr,
      type: 'strategic',
      title: `${a.abbr}: johdon ICT-kehittämisen työpaja ${year}`,
      date: taskDates('kaupunki-strateginen', 'johdon-tyopaja', year)[0],
      hour: 9,
      duration: 180,
      agenda: ['Toimialan strategia ja digitalisaation painopisteet', 'Palvelusalkku ja sen kehitys', 'Vuositavoitteet ja mittarit'],
      minutes: 'Sovittiin vuoden kehittämisen painopisteet ja vuositavoitteiden mittarit; kaksi uutta tarvetta ideasalkkuun.',
    });
    // The operational monthly meeting: last month, this month and next month (none in July).
    for (let off = -1; off <= 1; off++) {
      const idx = ty * 12 + (tm - 1) + off;
      const [y, m] = [Math.floor(idx / 12), (idx % 12) + 1];
      if (m === 7) continue;
      planned.push({
        key: `operational:${y}-${String(m).padStart(2, '0')}`,
        abbr: a.abbr,
        type: 'operational',
        title: `${a.abbr}: operatiivinen kuukausipalaveri ${m}/${y}`,
        date: nthWeekday(y, m, 2, 1),
        hour: 10,
        duration: 60,
        agenda: ['Tukipyynnöt ja häiriöt', 'Laite- ja palvelutilaukset', 'Projektien tilanne'],
        minutes: 'Tukipyyntöjen jono läpi; kaksi laitetilausta siirrettiin hankintaan. Ei eskaloitavia asioita.',
      });
    }
  }
  return planned.map((p) => {
    const a = spec(p.abbr);
    const startsAt = at(p.date, p.hour);
    const held = isHeld(ctx, startsAt);
    return {
      clientKey: `${P}meeting:${p.abbr}:${p.key}`,
      title: p.title,
      accountId: accountId(written, p.abbr),
      meetingType: p.type,
      startsAt,
      durationMinutes: p.duration,
      year: Number(p.date.slice(0, 4)),
      quarter: p.quarter,
      mode: p.type === 'strategic' ? 'inPerson' : 'teams',
      location: p.type === 'strategic' ? `${CITY}ntalo, kokoushuone ${2 + (CITY_ACCOUNTS.indexOf(a) % 4)}` : 'Teams',
      chair: p.type === 'operational' ? undefined : `${a.counterpart.name} (${a.name})`,
      attendees: [`${a.counterpart.name} (${a.counterpart.title.toLowerCase()})`, `${who(ctx, a.am).title} (kumppanuuspäällikkö)`, p.type === 'strategic' ? `${a.contract.name} (${a.contract.title.toLowerCase()})\n${ICT_DIRECTOR} (ICT-palvelujohtaja)` : undefined]
        .filter(Boolean)
        .join('\n'),
      agenda: p.agenda.map((title, k) => ({ number: k + 1, title })),
      minutes: held ? p.minutes : undefined,
      status: held ? 'held' : 'planned',
    };
  });
}

// --- Accounts and contacts ------------------------------------------------------------------------------------

function accountDrafts(ctx: OrgContext, written: Written): DemoDraft<'accounts'>[] {
  const { year } = ctx;
  return CITY_ACCOUNTS.map((a) => {
    const division = a.form === 'sector';
    const type: AccountType = division ? 'sector' : 'other';
    return {
      clientKey: `${P}account:${a.abbr}`,
      name: a.name,
      abbreviation: a.abbr,
      accountType: type,
      organisationForm: a.form,
      memberAgencies: a.members,
      segmentId: writtenId(written, 'segments', `${P}segment:${a.tier}`),
      lifecycleStage: a.lifecycle,
      engagementLevel: a.engagement,
      accountManager: who(ctx, a.am),
      backup: who(ctx, a.backup),
      // The provider side of the team: the IT coordinator and the IT director for the divisions' development
      // wishes and their funding; the service owner for continuous services where the tier carries them.
      itCoordinator: division ? who(ctx, 'riina.peltola') : undefined,
      itManager: division ? who(ctx, 'marja.toivola') : undefined,
      serviceOwner: a.tier === 'strateginen' || a.form === 'agency' ? who(ctx, 'tuomo.kallio') : undefined,
      meetingRhythm: a.rhythm,
      workingAgreements: a.working,
      planGeneral: a.general,
      planRelationship: `${a.tier === 'strateginen' ? 'Strateginen kumppanuus' : 'Peruskumppanuus'}: vastinparina ${a.counterpart.name} (${a.counterpart.title.toLowerCase()}), sopimusyhteyshenkilönä ${a.contract.name}.`,
      planResponsibilities: `Kumppanuuspäällikkö ${who(ctx, a.am).title}, varahenkilö ${who(ctx, a.backup).title}.${division ? ' Kehitystoiveet: tietohallintokoordinaattori Riina Peltola ja ICT-palvelujohtaja Marja Toivola.' : ''}${a.tier === 'strateginen' || a.form === 'agency' ? ' Jatkuvat palvelut: palveluvastaava Tuomo Kallio.' : ''}`,
      workspaceUrl: { url: `https://tyotila.${DOMAIN}/ict/kumppanuudet/${slug(a.abbr)}`, description: `Kumppanuuden työtila: ${a.abbr}` },
      keyDocuments: [{ title: `Kumppanuussopimus ${year}: ${a.name}`, url: `https://tyotila.${DOMAIN}/ict/kumppanuudet/${slug(a.abbr)}/kumppanuussopimus-${year}.pdf` }],
      ...(a.teams ? { teamsGroupId: 'kaupunki-ict-kumppanuudet', teamsChannelId: `19:${slug(a.abbr)}@thread.tacv2`, teamsChannelName: a.abbr } : {}),
      active: true,
    };
  });
}

function contactDrafts(ctx: OrgContext, written: Written): DemoDraft<'contacts'>[] {
  const contacts: DemoDraft<'contacts'>[] = [];
  for (const a of CITY_ACCOUNTS) {
    const add = (key: string, p: Person, side: 'customer' | 'provider', roles: ContactRole[], extra: { signingOrder?: number; notes?: string; email?: string } = {}): void => {
      contacts.push({
        clientKey: `${P}contact:${a.abbr}:${key}`,
        name: p.name,
        accountId: accountId(written, a.abbr),
        side,
        roles,
        jobTitle: p.title,
        organisation: side === 'customer' ? a.name : UNIT,
        email: extra.email ?? emailOf(p),
        phone: `+358 9 310${String(30000 + contacts.length * 113).slice(-5)}`,
        signingOrder: extra.signingOrder,
        notes: extra.notes,
      });
    };
    const same = a.counterpart.name === a.contract.name;
    add('counterpart', a.counterpart, 'customer', same ? ['counterpart', 'contractContact', 'signatory'] : ['counterpart', a.form === 'sector' ? 'headOfIt' : 'itContact', 'followUpMember'], {
      signingOrder: same ? 2 : undefined,
      notes: 'Kumppanuuspäällikön vastinpari.',
    });
    if (!same) add('contract', a.contract, 'customer', ['contractContact', 'signatory', 'followUpMember'], { signingOrder: 2, notes: 'Sopimusyhteyshenkilö: kumppanuussopimus ja sen muutokset.' });
    a.more.forEach((p, k) => add(`member${k + 1}`, p, 'customer', ['followUpMember']));
    const am = who(ctx, a.am);
    add('am', { name: am.title ?? a.am, title: 'Kumppanuuspäällikkö' }, 'provider', ['other'], { email: upnOf(am) });
    add('director', { name: ICT_DIRECTOR, title: 'ICT-palvelujohtaja' }, 'provider', ['signatory'], { signingOrder: 1, email: 'marja.toivola@asiakkuus.example' });
  }
  return contacts;
}

// --- Partnership agreements -----------------------------------------------------------------------------------

const AGREEMENT_COMMENTS: Record<AgreementAction, string> = {
  openCase: '',
  startDrafting: 'Luonnostelu aloitettu kumppanuussopimuksen pohjasta: vastuuhenkilöt, valmistelun vuosikello, viestinnän ja kilpailutusten työnjako.',
  sendForReview: 'Luonnos ja liitteet sopimusyhteyshenkilölle tarkistettavaksi.',
  requestChanges: 'Asiakas pyysi avaamaan palvelulaskelman kustannusten muodostumisen ja rajaamaan laskutusliitettä.',
  submitRevision: 'Palvelulaskelma avattu ja laskutusliite rajattu; päivitetty luonnos asiakkaalle.',
  approve: 'Molemmat osapuolet hyväksyneet sopimuksen liitteineen.',
  startSigning: 'Allekirjoitettavaksi: ICT-palvelujohtaja → asiakkaan sopimusyhteyshenkilö.',
  recordSignature: 'Allekirjoitus kirjattu.',
  store: 'Tallennettu kumppanuuden työtilan sopimuskansioon.',
};

/** The one whose deadline has passed: the company's board had to approve before its own year-end meeting. */
const LATE = 'ASUNNOT';

/**
 * Next year's partnership agreement of each account that has started one, taken to its stage by the city flow's
 * own rules; due 31 December, but ASUNNOT's, whose board met earlier (late: still in planning).
 */
function agreementStories(ctx: OrgContext): { abbr: string; story: AgreementStory }[] {
  const r = rng(`city-agreements:${ctx.today}`);
  const { today, year } = ctx;
  const y = year + 1;
  return CITY_ACCOUNTS.filter((a) => a.stage).map((a, i) => {
    const target = a.stage!;
    const owner = who(ctx, a.am);
    const signing = target === 'signed' || target === 'stored';
    const actions: { action: AgreementAction; signer?: number }[] = actionsTo(CITY_PARTNERSHIP_FLOW, signing ? 'inSignature' : target, i % 2 === 0).map((action) => ({ action }));
    const signatures = target === 'inSignature' ? 1 : signing ? 2 : 0;
    for (let k = 0; k < signatures; k++) actions.push({ action: 'recordSignature', signer: k });
    if (target === 'stored') actions.push({ action: 'store' });
    const dates: IsoDate[] = new Array(actions.length + 1);
    dates[actions.length] = addWorkingDays(today, -(1 + (i % 3)));
    for (let k = actions.length; k > 0; k--) dates[k - 1] = addWorkingDays(dates[k], -(actions[k - 1].action === 'recordSignature' || actions[k - 1].action === 'store' ? 1 : intBetween(r, 2, 4)));
    const stamp = (d: IsoDate, k: number): string => at(d, 9 + (k % 5), intBetween(r, 0, 3) * 15);
    const base = `https://tyotila.${DOMAIN}/ict/kumppanuudet/${slug(a.abbr)}/kumppanuussopimus-${y}`;
    const signatories: AgreementSignature[] = [
      { order: 1, role: 'customerDirector', name: ICT_DIRECTOR },
      { order: 2, role: 'customerRepresentative', name: a.contract.name },
    ];
    const yearEnd = iso(year, 12, 31);
    const late = a.abbr === LATE;
    const deadline = late ? addWorkingDays(today, -3) : yearEnd;
    const story = new AgreementStory(
      CITY_PARTNERSHIP_FLOW,
      {
        clientKey: `${P}agreement:${a.abbr}:${y}`,
        title: `Kumppanuussopimus ${y} – ${a.name}`,
        accountId: 0,
        year: y,
        kind: 'partnershipAgreement',
        stage: 'planning',
        deadline,
        owner,
        notes: late ? 'Yhtiön hallitus käsittelee sopimuksen ennen vuoden viimeistä kokoustaan: määräaika aikaistettiin, ja suunnittelu on yhä kesken – myöhässä.' : undefined,
      },
      { at: stamp(dates[0], 0), comment: 'Valmistelu aloitettu: palvelutarpeet, kehityskohteet ja hinnoittelumuutokset seuraavalle vuodelle.', by: owner },
    );
    actions.forEach((s, k) => {
      const d = dates[k + 1];
      const fill: Partial<Agreement> =
        s.action === 'startDrafting'
          ? { templateVersions: { agreement: `Kumppanuussopimuspohja ${y}` }, developmentPlans: `${a.name}: yhteiset kehityskohteet ${y} sovitaan taktisessa kokouksessa.` }
          : s.action === 'sendForReview'
            ? {
                checklist: { templateChecked: true, dataCollected: true, draftComplete: true },
                appendices: [
                  { title: 'Liite 1: Palvelukuvaus ja palvelutasot', audience: 'operatiivinen taso', url: `${base}/liite-1-palvelut.pdf` },
                  { title: 'Liite 2: Vastuuhenkilöt ja valmistelun vuosikello', audience: 'sopimustaso', url: `${base}/liite-2-vastuut.pdf` },
                  { title: 'Liite 3: Palvelulaskelma ja laskutus', audience: 'talous', url: `${base}/liite-3-laskutus.pdf` },
                ],
              }
            : s.action === 'approve'
              ? { documentUrl: { url: `${base}/kumppanuussopimus.pdf`, description: `Kumppanuussopimus ${y} (PDF)` } }
              : s.action === 'startSigning'
                ? { signatures: signatories }
                : s.action === 'store'
                  ? { workspaceUrl: { url: base, description: 'Kumppanuuden työtila: sopimuskansio' } }
                  : {};
      const signer = s.signer !== undefined ? signatories[s.signer] : undefined;
      story.step({
        action: s.action,
        at: stamp(d, k + 1),
        comment: signer ? `Allekirjoittanut: ${signer.name}.` : AGREEMENT_COMMENTS[s.action],
        by: owner,
        fill,
        signature: signer ? { role: signer.role as SignerRole, name: signer.name, signedOn: d } : undefined,
      });
    });
    if (target === 'drafting') story.fill({ checklist: { templateChecked: true, dataCollected: false, draftComplete: false } });
    return { abbr: a.abbr, story };
  });
}

// --- Surveys: the November survey and the 9E assessments -------------------------------------------------------

const QUALITY_SURVEY: SurveyDefinition = {
  questions: [
    { id: 'servicesWork', area: 'service', text: { fi: 'Palvelut toimivat sovitusti', sv: 'Tjänsterna fungerar som avtalat', en: 'The services work as agreed' } },
    { id: 'costClarity', area: 'economy', text: { fi: 'Ymmärrän, miten palvelujen kustannukset muodostuvat', sv: 'Jag förstår hur tjänsternas kostnader uppstår', en: 'I understand how the costs of the services arise' } },
    { id: 'contacts', area: 'cooperation', text: { fi: 'Tiedän, keneen otan yhteyttä', sv: 'Jag vet vem jag ska kontakta', en: 'I know whom to contact' } },
    { id: 'development', area: 'cooperation', text: { fi: 'Kehitystehtävät etenevät sovitusti', sv: 'Utvecklingsuppdragen går framåt som avtalat', en: 'Development tasks progress as agreed' } },
    { id: 'information', area: 'cooperation', text: { fi: 'Tieto muutoksista tulee ajoissa', sv: 'Information om förändringar kommer i tid', en: 'Information about changes arrives in time' } },
  ].map((q) => ({ ...q, scale: { min: 1, max: 5 } })),
  nps: false,
  openFeedback: true,
};

interface NineEPeriod {
  key: string;
  title: string;
  year: number;
  opensOn: IsoDate;
  closesOn: IsoDate;
  combined: boolean;
}

/** The two latest 9E periods that have opened by today (spring in April, autumn in October); spring asks energy and enthusiasm as one. */
function nineEPeriods(today: IsoDate): NineEPeriod[] {
  const y = Number(today.slice(0, 4));
  const all: NineEPeriod[] = [y - 1, y].flatMap((yy) => [
    { key: `${yy}-kevat`, title: `Kumppanuusarvio 9E – kevät ${yy}`, year: yy, opensOn: taskDates('kaupunki-strateginen', '9e-kevat', yy)[0], closesOn: iso(yy, 4, 30), combined: true },
    { key: `${yy}-syksy`, title: `Kumppanuusarvio 9E – syksy ${yy}`, year: yy, opensOn: taskDates('kaupunki-strateginen', '9e-syksy', yy)[0], closesOn: iso(yy, 10, 30), combined: false },
  ]);
  return all.filter((p) => compareIsoDates(p.opensOn, addDays(today, -7)) <= 0).slice(-2);
}

const statusOf = (today: IsoDate, opensOn: IsoDate, closesOn: IsoDate): 'draft' | 'open' | 'closed' =>
  compareIsoDates(today, opensOn) < 0 ? 'draft' : compareIsoDates(today, closesOn) <= 0 ? 'open' : 'closed';

function qualitySurvey(ctx: OrgContext): DemoDraft<'surveys'> {
  const { year } = ctx;
  const opensOn = taskDates('kaupunki-strateginen', 'laatukysely', year)[0];
  const closesOn = iso(year, 11, 30);
  return { clientKey: `${P}survey:${year}-laatukysely`, title: `Asiakaskysely ja laatumittaukset ${year}`, kind: 'annualCustomer', year, definition: QUALITY_SURVEY, opensOn, closesOn, status: statusOf(ctx.today, opensOn, closesOn) };
}

function surveyDrafts(ctx: OrgContext): DemoDraft<'surveys'>[] {
  return [
    qualitySurvey(ctx),
    ...nineEPeriods(ctx.today).map((p) => ({
      clientKey: `${P}survey:9e:${p.key}`,
      title: p.title,
      kind: 'partnership9E' as const,
      year: p.year,
      definition: nineEDefinition({ combineEnergyAndEnthusiasm: p.combined }),
      opensOn: p.opensOn,
      closesOn: p.closesOn,
      status: statusOf(ctx.today, p.opensOn, p.closesOn),
    })),
  ];
}

/** The 9E story: KUVA's aesthetics (the smoothness and quality of the work together) fell in the latest period. */
const WEAK = { abbr: 'KUVA', dimension: 'aesthetics' as NineEDimension, scores: [2, 1, 2, 2, 3] };
/** Assessed in both periods, with how many answer (PELA stays under the privacy threshold). */
const ASSESSED: Record<string, number> = { KASV: 5, KUVA: 5, KAYM: 4, KONS: 4, PALVELU: 3, ASUNNOT: 4, PELA: 2 };
/** Answers to the November survey per account (NUORET under the threshold; LIIKUNTA has not answered). */
const SURVEYED: Record<string, number> = { KASV: 5, KUVA: 4, KAYM: 4, KONS: 4, PALVELU: 4, PELA: 3, ASUNNOT: 3, SATAMA: 3, TAIDE: 3, NUORET: 2 };

const NINE_E_COMMENTS = [
  'Yhteistyö on luottamuksellista ja asiat etenevät.',
  undefined,
  'Palvelulaskelmien läpikäynti yhdessä selkeytti kustannuksia.',
  undefined,
  'Kumppanuuspäällikkö toimii hyvänä tulkkina toimialan ja ICT:n välillä.',
  undefined,
];
const WEAK_COMMENTS = ['Palaverien valmistelu on jäänyt ohueksi ja päätökset kirjataan myöhään.', 'Toimitusten laatu vaihtelee; asiat hoituvat, mutta eivät sujuvasti.', 'Samarbetet borde vara smidigare: beställningar faller mellan stolarna.'];

function responseDrafts(ctx: OrgContext, written: Written): DemoDraft<'surveyResponses'>[] {
  const r = rng(`city-responses:${ctx.today}`);
  const { today, now } = ctx;
  const out: DemoDraft<'surveyResponses'>[] = [];
  const stampBetween = (from: IsoDate, to: IsoDate): string => {
    const last = compareIsoDates(to, addDays(today, -1)) < 0 ? to : addDays(today, -1);
    const span = Math.max(0, Math.round((Date.parse(last) - Date.parse(from)) / 86_400_000));
    const s = at(addDays(from, intBetween(r, 0, span)), intBetween(r, 8, 16), intBetween(r, 0, 59));
    return s < now.toISOString() ? s : new Date(now.getTime() - 3600_000).toISOString();
  };
  const periods = nineEPeriods(today);
  periods.forEach((p, period) => {
    const surveyId = writtenId(written, 'surveys', `${P}survey:9e:${p.key}`);
    const dims = nineEDimensions({ combineEnergyAndEnthusiasm: p.combined });
    const latest = period === periods.length - 1;
    for (const [abbr, n] of Object.entries(ASSESSED)) {
      const a = spec(abbr);
      const account = accountId(written, abbr);
      respondentsOf(a)
        .slice(0, n)
        .forEach(({ person, level }, k) => {
          const base = 3.6 + (a.engagement - 3) * 0.3 + period * 0.1;
          const answers: Record<string, number> = {};
          for (const d of dims) answers[d] = clamp(Math.round(base + (r() - 0.5) * 1.6), 3, 5);
          const weak = latest && abbr === WEAK.abbr;
          if (weak) answers[WEAK.dimension] = WEAK.scores[k];
          // Keyed by name, as the assessment view records one per person, period and account.
          const respondentKey = respondentKeyOf({ name: person.name })!;
          out.push({
            clientKey: responseClientKey(surveyId, account, respondentKey),
            surveyId,
            accountId: account,
            respondentName: person.name,
            respondentLevel: level,
            respondentKey,
            answers,
            comment: weak ? WEAK_COMMENTS[k] : NINE_E_COMMENTS[(k + period) % NINE_E_COMMENTS.length],
            submittedAt: stampBetween(p.opensOn, p.closesOn),
            source: 'product',
          });
        });
    }
  });
  const q = qualitySurvey(ctx);
  if (q.status !== 'draft') {
    const surveyId = writtenId(written, 'surveys', q.clientKey);
    for (const [abbr, n] of Object.entries(SURVEYED)) {
      const a = spec(abbr);
      const account = accountId(written, abbr);
      respondentsOf(a)
        .slice(0, n)
        .forEach(({ person, level }, k) => {
          const answers: Record<string, number> = {};
          for (const qd of QUALITY_SURVEY.questions) {
            const bump = qd.id === 'costClarity' ? -0.8 : qd.id === 'information' ? -0.4 : 0;
            answers[qd.id] = clamp(Math.round(3.6 + bump + (a.engagement - 3) * 0.3 + (r() - 0.5) * 1.6), 1, 5);
          }
          const vals = Object.values(answers);
          const respondentKey = respondentKeyOf({ email: emailOf(person) })!;
          out.push({
            clientKey: responseClientKey(surveyId, account, respondentKey),
            surveyId,
            accountId: account,
            respondentName: person.name,
            respondentLevel: level,
            respondentKey,
            answers,
            overall: Math.round((vals.reduce((x, v) => x + v, 0) / vals.length) * 10) / 10,
            comment: k === 0 ? (abbr === 'PALVELU' ? 'Laskutusliite on vaikealukuinen; toivomme kulujen ja suoritteiden läpikäyntiä yhdessä.' : 'Kumppanuuspäällikön ansiosta tieto kulkee molempiin suuntiin.') : undefined,
            submittedAt: stampBetween(q.opensOn!, q.closesOn!),
            source: 'product',
          });
        });
    }
  }
  return out;
}

// --- Ideas and actions ----------------------------------------------------------------------------------------

interface IdeaRow {
  key: string;
  abbr: string;
  stage: IdeaStage;
  source: IdeaSource;
  title: string;
  description: string;
  goals: string;
  cost: number;
  risks: string;
  schedule: string;
  benefit: string;
  /** Gate moves from the card stage: days before today, and the decision's reason. */
  gate?: { from: IdeaStage; submittedDaysAgo: number; decision?: { action: Exclude<IdeaGateAction, 'submitCard'>; daysAgo: number; reason: string } };
}

function ideaRows(year: number): IdeaRow[] {
  return [
    {
      key: 'laitehallinta',
      abbr: 'KASV',
      stage: 'need',
      source: 'workshop',
      title: 'Oppilaiden päätelaitteiden keskitetty hallinta',
      description: 'Perusopetuksen ja lukioiden oppilaslaitteet yhteen hallintaan: käyttöönotto, päivitykset ja palautukset.',
      goals: 'Laitteiden käyttöönotto lukuvuoden alussa alle viikossa; vähemmän tukipyyntöjä.',
      cost: 180_000,
      risks: 'Lisenssikustannukset; koulujen erilaiset käytännöt.',
      schedule: `${year + 1} Q1 – ${year + 1} Q3`,
      benefit: 'Arviolta 1,5 henkilötyövuotta vähemmän tukityötä vuodessa.',
    },
    {
      key: 'rakennuslupa',
      abbr: 'KAYM',
      stage: 'solutionAnalysis',
      source: 'meeting',
      title: 'Rakennusvalvonnan sähköisen asioinnin uudistus',
      description: 'Lupahakemukset ja liitteet sähköisesti suoraan käsittelyyn; tilan seuranta hakijalle.',
      goals: 'Kaikki lupahakemukset sähköisesti; käsittelyaika lyhenee viidenneksellä.',
      cost: 420_000,
      risks: 'Kansallisen rakennetun ympäristön tietojärjestelmän aikataulu; integraatiot.',
      schedule: `${year + 1} Q2 – ${year + 2} Q1`,
      benefit: 'Vähemmän paperiliitteiden käsittelyä; parempi asiakaskokemus.',
    },
    {
      key: 'ruokatilaus',
      abbr: 'PALVELU',
      stage: 'awaitingGate',
      source: 'followUp',
      title: 'Päiväkotien ja koulujen sähköinen ruokatilauskanava',
      description: 'Kaikki asiakkaat tilaavat ateriat sähköisesti; erityisruokavaliot ja peruutukset samassa palvelussa.',
      goals: 'Kaikki tilaukset sähköisesti vuoden loppuun mennessä; virheelliset tilaukset puoleen.',
      cost: 95_000,
      risks: 'Toimipisteiden koulutus; vanhan tilausjärjestelmän tietojen siirto.',
      schedule: `${year + 1} Q1 – ${year + 1} Q4`,
      benefit: 'Hävikki pienenee ja laskutus täsmää tilauksiin.',
      gate: { from: 'solutionAnalysis', submittedDaysAgo: 9 },
    },
    {
      key: 'palvelulaskelmat',
      abbr: 'KONS',
      stage: 'go',
      source: 'meeting',
      title: 'Palvelulaskelmien raportointinäkymä toimialoille',
      description: 'Jatkuvien palvelujen kustannukset ja suoritteet toimialoittain yhteen raporttiin, jonka asiakas näkee itse.',
      goals: 'Jokainen toimiala näkee palvelulaskelmansa kuukausittain; kustannusten muodostuminen ymmärretään.',
      cost: 60_000,
      risks: 'Kustannuspaikkojen laatu; raportoinnin ylläpito.',
      schedule: `${year + 1} Q1 – ${year + 1} Q2`,
      benefit: 'Vähemmän laskuselvityksiä; talousarvion valmistelu nopeutuu.',
      gate: { from: 'need', submittedDaysAgo: 40, decision: { action: 'go', daysAgo: 21, reason: 'Vastaa asiakaskyselyn selkeimpään kehityskohteeseen; rahoitus kanslian kehittämismäärärahasta.' } },
    },
  ];
}

/** The ideas with their gate history as the idea gate's own rules write it (replay ends at the stage). */
function ideaDrafts(ctx: OrgContext, written: Written): DemoDraft<'ideas'>[] {
  const { today, year } = ctx;
  return ideaRows(year).map((row) => {
    const draft: DemoDraft<'ideas'> = {
      clientKey: `${P}idea:${row.key}`,
      title: row.title,
      accountId: accountId(written, row.abbr),
      stage: row.gate?.from ?? row.stage,
      source: row.source,
      owner: who(ctx, spec(row.abbr).am),
      description: row.description,
      goals: row.goals,
      estimatedCost: row.cost,
      risks: row.risks,
      schedule: row.schedule,
      benefitAnalysis: row.benefit,
    };
    if (!row.gate) return draft;
    const history: IdeaHistoryEntry[] = [];
    let idea = { ...draft, id: 0, etag: '' } as Idea;
    const step1 = applyGate(idea, 'submitCard', {}, at(addWorkingDays(today, -row.gate.submittedDaysAgo), 10));
    history.push(step1.entry);
    idea = { ...idea, ...step1.patch };
    const d = row.gate.decision;
    if (d) {
      const decidedOn = addWorkingDays(today, -d.daysAgo);
      const t = applyGate(idea, d.action, { canDecide: true, reason: d.reason, decidedOn }, at(decidedOn, 14));
      history.push(t.entry);
      idea = { ...idea, ...t.patch, decisionReason: d.reason };
    }
    if (idea.stage !== row.stage) throw new Error(`demo idea ${row.title}: the gate ends at ${idea.stage}, not ${row.stage}`);
    return { ...draft, stage: idea.stage, decisionOn: idea.decisionOn, decisionReason: idea.decisionReason, gateHistory: history };
  });
}

function actionDrafts(ctx: OrgContext, written: Written): DemoDraft<'actions'>[] {
  const { today, year } = ctx;
  const periods = nineEPeriods(today);
  const latest = periods[periods.length - 1];
  const kuva = spec(WEAK.abbr);
  const name = dimensionName(WEAK.dimension);
  const go = ideaRows(year).find((x) => x.stage === 'go')!;
  const actions: DemoDraft<'actions'>[] = [
    {
      clientKey: `${P}action:9e:${WEAK.abbr}:${WEAK.dimension}`,
      title: `9E-kehityskohde: ${name.fi}`,
      accountId: accountId(written, WEAK.abbr),
      source: 'assessment',
      sourceRef: `9e:${writtenId(written, 'surveys', `${P}survey:9e:${latest.key}`)}:${WEAK.dimension}`,
      owner: who(ctx, kuva.am),
      dueDate: addDays(nextTactical(kuva, year, today), -1),
      status: 'open',
      goal: `${name.fi}-ulottuvuuden keskiarvo vähintään 3,5 seuraavassa arviossa.`,
      metric: `9E: ${name.fi.toLowerCase()}, keskiarvo`,
      notes: 'Palaverikäytännöt ja päätösten kirjaaminen käydään läpi taktisessa kokouksessa.',
    },
    {
      clientKey: `${P}action:idea:${go.key}`,
      title: go.title,
      accountId: accountId(written, go.abbr),
      source: 'idea',
      sourceRef: `idea:${writtenId(written, 'ideas', `${P}idea:${go.key}`)}`,
      owner: who(ctx, spec(go.abbr).am),
      dueDate: addDays(today, 45),
      status: 'inProgress',
      goal: go.goals,
    },
    {
      clientKey: `${P}action:laskutusliite`,
      title: 'Laskutusliitteen selkeyttäminen ja kulujen läpikäynti kahdesti vuodessa',
      accountId: accountId(written, 'PALVELU'),
      source: 'survey',
      sourceRef: `Asiakaskysely ja laatumittaukset ${year}`,
      owner: who(ctx, 'katja.rautio'),
      dueDate: addDays(today, 30),
      status: 'open',
      goal: 'Asiakas ymmärtää, miten kustannukset muodostuvat.',
      metric: 'Kyselyn kustannusten ymmärrettävyys -arvio',
    },
  ];
  return actions;
}

// --- Feedback, situations, absences ---------------------------------------------------------------------------

function feedbackDrafts(ctx: OrgContext, written: Written): DemoDraft<'feedback'>[] {
  const { today } = ctx;
  const rows: [string, number, DemoDraft<'feedback'>['kind'], DemoDraft<'feedback'>['reason'], string, DemoDraft<'feedback'>['status']][] = [
    ['KASV', 3, 'negative', 'serviceQuality', 'Lukioiden laitetilaukset viipyivät hankinnassa kolme viikkoa.', 'inProgress'],
    ['PALVELU', 12, 'developmentIdea', 'operationsQuality', 'Laskun liitteeksi toivotaan toimipistekohtainen erittely.', 'answered'],
    ['KUVA', 20, 'positive', 'serviceQuality', 'Kirjastojen asiakaspäätteiden vaihto sujui ilman katkoja.', 'closed'],
    ['SATAMA', 6, 'question', 'other', 'Keneen otamme yhteyttä siirtymävaiheen aikana, kun vanha toimittaja ei enää vastaa?', 'new'],
  ];
  return rows.map(([abbr, ago, kind, reason, text, status], k) => {
    const date = addWorkingDays(today, -ago);
    const done = status === 'answered' || status === 'closed';
    return {
      clientKey: `${P}feedback:${k + 1}`,
      recorder: who(ctx, spec(abbr).am),
      date,
      accountId: accountId(written, abbr),
      kind,
      reason,
      reasonOther: reason === 'other' ? 'yhteyshenkilöt' : undefined,
      text,
      channel: k % 2 ? 'email' : 'meeting',
      status,
      handler: status === 'new' ? undefined : who(ctx, spec(abbr).am),
      reaction: done ? 'Vastattu asiakkaalle ja käsitelty operatiivisessa palaverissa.' : undefined,
      reactedOn: done ? addWorkingDays(date, 2) : undefined,
      respondentInformed: done,
      forReview: !done,
      reviewed: false,
    };
  });
}

function situationDrafts(ctx: OrgContext, written: Written): DemoDraft<'situationRecords'>[] {
  const { today } = ctx;
  const rows: [string, number, DemoDraft<'situationRecords'>['category'], string, string | undefined][] = [
    ['KAYM', 4, 'conflict', 'Rakennusvalvonta ja paikkatietoyksikkö pyysivät samaan järjestelmään ristiriitaisia muutoksia.', 'Sovittu yhteinen palaveri; muutostoiveet jatkossa tietohallintokoordinaattorin kautta.'],
    ['ASUNNOT', 9, 'adviceRequest', 'Yhtiön IT-päällikkö kysyi, kuuluuko asukasportaalin kilpailutuksen valmistelu kumppanuussopimukseen.', 'Tarkistettiin sopimuksesta: kilpailutusten valmistelun työnjako on liitteessä 2.'],
    ['KUVA', 15, 'challenging', 'Nuorisopalvelujen tiiminvetäjä oli tyytymätön iltaisin sattuneiden häiriöiden hoitoon.', undefined],
  ];
  return rows.map(([abbr, ago, category, situation, solution], k) => ({
    clientKey: `${P}situation:${k + 1}`,
    recorder: who(ctx, spec(abbr).am),
    date: addWorkingDays(today, -ago),
    accountId: accountId(written, abbr),
    category,
    situation,
    solution,
    forReview: true,
    reviewed: false,
    supervisorNotified: category === 'conflict',
  }));
}

/**
 * Tuuraus: Ulla is on a training day today (short, not covered); Jonas's holiday starts next week and only
 * ASUNNOT is covered (by Katja), so SATAMA has nobody while he is away: a cover gap to see.
 */
function cityAbsences(today: IsoDate): AbsenceRow[] {
  const jonasFrom = twoWorkingDaysFrom(addDays(today, 5));
  return [
    { key: 'ulla-koulutus', person: 'ulla.vainio', start: today, end: today, kind: 'training', substitute: 'katja.rautio', notes: 'Koulutuspäivä. Kiireelliset asiat Katja Rautiolle.' },
    {
      key: 'jonas-loma',
      person: 'jonas.bergqvist',
      start: jonasFrom,
      end: addDays(jonasFrom, 11),
      kind: 'holiday',
      substitute: 'katja.rautio',
      cover: { accounts: ['ASUNNOT'] },
      notes: 'Lomaviikot. Katja hoitaa ASUNNOT-kumppanuuden; Sataman tuuraaja on vielä sopimatta.',
    },
  ];
}

// --- The annual clock -----------------------------------------------------------------------------------------

/**
 * This year's occurrences of each account's tier template, as `generateOccurrences` plans them (same client
 * keys): past ones mostly done, a few overdue; the meetings' tasks done when the meeting was held.
 */
function occurrenceDrafts(ctx: OrgContext, written: Written, tier: Tier): Array<Draft<ClockOccurrence> & { clientKey: string }> {
  const { today, year } = ctx;
  const template = TEMPLATE[tier];
  const tasks = CLOCK[tier];
  const overdue = new Set(['KAYM:palvelulaskelmat', 'SATAMA:valmistelu-2', 'KUVA:valmistelu-3']);
  const taskId = (code: string): number => writtenId(written, 'clockTasks', `${P}clock:${tier}:${code}:${year}`);
  const accounts = CITY_ACCOUNTS.filter((a) => a.tier === tier);
  const out: Array<Draft<ClockOccurrence> & { clientKey: string }> = [];
  for (const p of planYear(tasks as RuleTask[], year)) {
    const t = tasks.find((x) => x.code === p.code)!;
    for (const a of t.perAccount ? accounts : [undefined]) {
      const past = compareIsoDates(p.dueDate, today) < 0;
      let done = past && !overdue.has(`${a?.abbr}:${t.code}`);
      if (a && t.code === 'allekirjoitus') done = a.stage === 'signed' || a.stage === 'stored';
      out.push({
        clientKey: occurrenceKey(template, t.code, p.period, a ? accountId(written, a.abbr) : undefined),
        taskId: taskId(t.code),
        accountId: a ? accountId(written, a.abbr) : undefined,
        dueDate: p.dueDate,
        plannedDate: p.dueDate,
        owner: who(ctx, a ? a.am : 'marja.toivola'),
        done,
        doneOn: done ? (past ? workingDayOnOrBefore(p.dueDate) : addWorkingDays(today, -1)) : undefined,
        notes: !done && past ? 'Myöhässä: sovi uusi ajankohta asiakkaan kanssa.' : undefined,
      });
    }
  }
  return out;
}

export async function seedCity(ctx: OrgContext): Promise<void> {
  const stories = agreementStories(ctx);
  const written = await runSteps(ctx.w, [
    [step('segments', () => CITY_SEGMENTS.map(({ tier, ...row }) => ({ clientKey: `${P}segment:${row.code}`, ...row, clockTemplate: TEMPLATE[tier] })))],
    [
      step('accounts', (w) => accountDrafts(ctx, w)),
      step('clockTasks', () => [...clockTaskDrafts('kaupunki-strateginen', P, ctx.year, 'strateginen:'), ...clockTaskDrafts('kaupunki-perus', P, ctx.year, 'perus:')]),
      step('surveys', () => surveyDrafts(ctx)),
    ],
    [
      step('contacts', (w) => contactDrafts(ctx, w)),
      step('meetings', (w) => meetingDrafts(ctx, w)),
      step('absences', (w) => absenceDrafts(ctx, P, cityAbsences(ctx.today), (abbr) => accountId(w, abbr)), { author: (d) => upnOf(d.person) }),
      step('settings', () => coverSettingDrafts(P, { [COVER_SETTINGS.shortAbsenceMaxDays]: 2, [COVER_SETTINGS.maxCoveredAccounts]: 4 })),
      step('situationRecords', (w) => situationDrafts(ctx, w), { author: (d) => upnOf(d.recorder) }),
      step('feedback', (w) => feedbackDrafts(ctx, w), { author: (d) => upnOf(d.recorder) }),
      step('ideas', (w) => ideaDrafts(ctx, w)),
      step('agreements', (w) => stories.map(({ abbr, story }) => ({ ...story.draft(), accountId: accountId(w, abbr) }))),
      step('surveyResponses', (w) => responseDrafts(ctx, w), { prefix: 'resp:' }),
    ],
    [
      step('actions', (w) => actionDrafts(ctx, w)),
      step('ideaDecisions', (w) => ideaDecisionDrafts(w.ideas, who(ctx, 'marja.toivola')), { prefix: 'ideaDecision:' }),
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
  // The ideas step must have written the GO idea before its action: the actions run in the last phase.
  for (const tier of ['strateginen', 'perus'] as const) await writeClockOccurrences(ctx, TEMPLATE[tier], occurrenceDrafts(ctx, written, tier));
}
