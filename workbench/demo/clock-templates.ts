/**
 * The demo annual clocks (vuosikello) as data: ORK's, HEPA's and the city ICT unit's two care tiers'.
 *
 * 'ork' is the IT centre's table: finance planning (financial statement, TAE B1/B2/B3,
 * TPE1/TPE2, framework planning), the service agreement (November planning meetings, signatures before
 * Christmas on the agreements' own deadline, and a reminder three weeks before it), Q1–Q4 follow-up groups with the survey before each, the branch-wide user survey in October and
 * the monthly meetings. Each task carries its rule for the recurrence engine (src/domain/clockRules.ts): the survey
 * two weeks and the materials one week before each follow-up group are relative to it.
 *
 * 'hepa' is the HR centre's rhythm: visits 1–2 a year, the
 * customer-specific account team 3–4 a year, the customer steering group twice a year, the HR Centre's
 * e-survey in Q4, the monthly service-team meeting, two payroll runs a month, the summer holiday season and
 * feedback summaries. Seed 004 gives no months (its Kuva 19 is not transcribed), so the months are the team's
 * choice: no meetings in July, nothing on payroll days.
 */
import type { AccountType, ClockCategory, ClockRecurrence, IsoDate, OwnerRole } from '../../src/domain/types';
import { ClockRule, planYear, RuleTask } from '../../src/domain/clockRules';

export interface ClockTemplateTask {
  /** Stable code: part of the client key, and how the demo refers to the task. */
  code: string;
  title: string;
  category: ClockCategory;
  month: number;
  recurrence: ClockRecurrence;
  perAccount: boolean;
  ownerRole: OwnerRole;
  description?: string;
  /** When the task falls due (the recurrence engine's rule; weekends and holidays move to the previous working day). */
  rule: ClockRule;
  /** Per-account tasks: which accounts get an occurrence. */
  appliesTo?: 'sector' | 'all';
}

const EVERY_MONTH = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

export const ORK_CLOCK: ClockTemplateTask[] = [
  {
    code: 'tilinpaatos',
    title: 'Edellisen vuoden tilinpäätöksen esittely asiakkaalle',
    category: 'economy',
    month: 2,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    description: 'Tilinpäätös käydään läpi asiakkaan kanssa; voidaan esitellä myös Q1-seurantaryhmässä, jos ajankohdat ovat lähellä.',
    rule: { kind: 'nthWeekday', months: [2], weekday: 4, n: 3, adjust: 'next' },
  },
  {
    code: 'budjetointikeskustelut',
    title: 'Budjetointikeskustelut',
    category: 'economy',
    month: 2,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'sector',
    description: 'Alustavat keskustelut seuraavan vuoden ICT-budjetista asiakkaan ja järjestelmäpäällikön kanssa.',
    rule: { kind: 'date', months: [2], day: 'last' },
  },
  {
    code: 'maararahan-palautus',
    title: 'Mahdollisen siirtyvän määrärahan palautus',
    category: 'economy',
    month: 2,
    recurrence: 'yearly',
    perAccount: false,
    ownerRole: 'finance',
    description: 'Talousyksikkö palauttaa käyttämättä jääneen siirtyvän määrärahan tilijaottelumuutoksella.',
    rule: { kind: 'date', months: [2], day: 27 },
  },
  {
    code: 'tae-b1',
    title: 'Talousarvioesitys 1 (TAE B1)',
    category: 'economy',
    month: 3,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    description:
      'Seuraavan vuoden asiakaskohtainen ICT-budjetti viidessä kululajissa (jatkuvat palvelut, henkilötyö, yhteiset ja Valtorin palvelut, projektit, uudet ideat). Luonnos asiakkaalle, sitten ORK:n budjettipäivään; B1 lukitaan Kompassissa.',
    rule: { kind: 'date', months: [3], day: 13 },
  },
  {
    code: 'tpe1',
    title: 'Tilinpäätösennuste 1 (TPE1)',
    category: 'economy',
    month: 6,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    description:
      'Valmistellaan toukokuussa, esitellään budjettipäivässä ja asiakkaalle Q2-seurantaryhmässä. Poikkeamien syyt selvitetään järjestelmäpäälliköiltä, palveluvastaavilta ja projektipäälliköiltä. Ajankohdaksi on valittu kesäkuu: prosessikuvaus mainitsee valmistelun toukokuussa, liitteen luettelo kesäkuun ja vuosikellotaulukko heinäkuun, ja ennuste esitellään Q2-seurantaryhmässä kesäkuussa.',
    rule: { kind: 'date', months: [6], day: 12 },
  },
  {
    code: 'tae-b2',
    title: 'Talousarviotarkennus (TAE B2)',
    category: 'economy',
    month: 9,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    rule: { kind: 'date', months: [9], day: 11 },
  },
  {
    code: 'tpe2',
    title: 'Tilinpäätösennuste 2 (TPE2)',
    category: 'economy',
    month: 10,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    rule: { kind: 'date', months: [10], day: 9 },
  },
  {
    code: 'kehys',
    title: 'Kehyskauden taloussuunnittelu',
    category: 'economy',
    month: 10,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'sector',
    description: 'Hyvä hetki myös ideasalkun ja kehittämisen tiekartan pidemmän aikavälin katselmointiin.',
    rule: { kind: 'date', months: [10], day: 30 },
  },
  {
    code: 'tae-b3',
    title: 'Talousarvion viimeistely ja seuraavan vuoden budjetin vahvistaminen (TAE B3)',
    category: 'economy',
    month: 11,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    description: 'TAE B3 marras–joulukuussa; talousyksikkö ilmoittaa tarkan päivän.',
    rule: { kind: 'date', months: [11], day: 27 },
  },
  {
    code: 'sopimuspohjat',
    title: 'Palvelusopimuspohjien vuosittainen tarkistus',
    category: 'agreement',
    month: 10,
    recurrence: 'yearly',
    perAccount: false,
    ownerRole: 'accountTeam',
    description: 'Asiakkuustiimi sopii pääsopimus- ja liitepohjien sisällön ennen luonnostelua (turvallisuusliite: turvallisuusyksikkö).',
    rule: { kind: 'date', months: [10], day: 16 },
  },
  {
    code: 'suunnittelukokous',
    title: 'Palvelusopimuksen suunnittelukokous asiakkaan kanssa',
    category: 'agreement',
    month: 11,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    description: 'Seuraavan vuoden palvelusopimuksen sisällöt ja budjetti; sen jälkeen asia Hildaan ja diaarinumero.',
    rule: { kind: 'date', months: [11], day: 20 },
  },
  {
    code: 'allekirjoitukset',
    title: 'Palvelusopimuksen allekirjoitukset ennen joulua',
    category: 'agreement',
    month: 12,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    description: 'Allekirjoitusjärjestys: asiakkuusjohtaja (tai asiakaspäällikkö), ylijohtaja, asiakkaan edustajat. Tallennus Hildaan ja Tiimerin asiakastyötilaan.',
    // The agreements' deadline (christmasDeadline in src/domain/agreementFlow.ts): the last working day before
    // Christmas Eve. 23.12. moved back over a weekend is that day in every year, so no per-year override is needed.
    rule: { kind: 'date', months: [12], day: 23, adjust: 'previous' },
  },
  {
    code: 'allekirjoitukset-muistutus',
    title: 'Muistutus: palvelusopimus allekirjoituskierrokselle, määräaika lähestyy',
    category: 'agreement',
    month: 12,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    description:
      'Kolme viikkoa ennen joulun määräaikaa: seuraavan vuoden sopimuksen on oltava hyväksytty ja yhtenä PDF:nä, jotta kolme allekirjoitusta ehditään kerätä järjestyksessä (asiakkuusjohtaja, ylijohtaja, asiakas).',
    // Fifteen working days: three weeks before the deadline whatever the weekday, within the care model's two to four.
    rule: { kind: 'relative', anchor: 'allekirjoitukset', offsetDays: -15, workingDays: true },
  },
  ...[1, 2, 3, 4].map(
    (q): ClockTemplateTask => ({
      code: `seurantaryhma-q${q}`,
      title: `Palvelusopimuksen seurantaryhmä Q${q}`,
      category: 'followUp',
      month: q * 3,
      recurrence: 'yearly',
      perAccount: true,
      ownerRole: 'accountManager',
      appliesTo: 'sector',
      description: 'Vakioasialista (9 kohtaa); materiaalit noin viikkoa ennen; kutsussa linkit materiaaleihin ja tilaajatyytyväisyyskyselyyn.',
      rule: q === 4 ? { kind: 'nthWeekday', months: [12], weekday: 5, n: 3 } : { kind: 'date', months: [q * 3], day: 'last' },
    }),
  ),
  ...[1, 2, 3, 4].map(
    (q): ClockTemplateTask => ({
      code: `materiaalit-q${q}`,
      title: `Seurantaryhmän Q${q} materiaalit asiakkaalle`,
      category: 'followUp',
      month: q * 3,
      recurrence: 'yearly',
      perAccount: true,
      ownerRole: 'accountManager',
      appliesTo: 'sector',
      description: 'Esitys, talousraportti ja suoriteraportti asiakastyötilaan noin viikkoa ennen kokousta; linkki kutsuun.',
      rule: { kind: 'relative', anchor: `seurantaryhma-q${q}`, offsetDays: -7 },
    }),
  ),
  ...[1, 2, 3, 4].map(
    (q): ClockTemplateTask => ({
      code: `kysely-q${q}`,
      title: `Tilaajatyytyväisyyskysely ennen Q${q}-seurantaryhmää`,
      category: 'satisfaction',
      month: q * 3,
      recurrence: 'yearly',
      perAccount: true,
      ownerRole: 'accountManager',
      appliesTo: 'sector',
      description: 'Kyselylinkki seurantaryhmän kutsuun; tulokset asialistan kohdassa 6.',
      rule: { kind: 'relative', anchor: `seurantaryhma-q${q}`, offsetDays: -14 },
    }),
  ),
  {
    code: 'kayttajakysely',
    title: 'Hallinnonalan laajuinen kysely ORK:n toiminnasta ja järjestelmistä',
    category: 'satisfaction',
    month: 10,
    recurrence: 'yearly',
    perAccount: false,
    ownerRole: 'accountTeam',
    description: 'Vuosittainen käyttäjäkysely koko oikeusministeriön hallinnonalan henkilöstölle: käytettävyys, luotettavuus, tukipalvelut.',
    rule: { kind: 'date', months: [10], day: 31 },
  },
  {
    code: 'kayttajakysely-raportti',
    title: 'Käyttäjäkyselyn raportti ORK:n johtoryhmälle',
    category: 'satisfaction',
    month: 11,
    recurrence: 'yearly',
    perAccount: false,
    ownerRole: 'leadership',
    rule: { kind: 'date', months: [11], day: 17 },
  },
  {
    code: 'kk-tapaaminen',
    title: 'Kuukausitapaaminen tai viikoittaiset taktiset kokoukset',
    category: 'meetings',
    month: 1,
    recurrence: 'monthly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'sector',
    description: 'Asiakaspäällikkö, asiakkaan tietohallintopäällikkö ja järjestelmäpäällikkö; rytmi sovitaan asiakkuuskohtaisesti.',
    rule: { kind: 'nthWeekday', months: EVERY_MONTH, weekday: 3, n: 2, adjust: 'next' },
  },
];

export const HEPA_CLOCK: ClockTemplateTask[] = [
  {
    code: 'kehityskeskustelut',
    title: 'Kehityskeskustelut ja yksilötason palaute',
    category: 'team',
    month: 1,
    recurrence: 'yearly',
    perAccount: false,
    ownerRole: 'supervisor',
    rule: { kind: 'date', months: [1], day: 30 },
  },
  {
    code: 'asiakkuussuunnitelmat',
    title: 'Asiakkuussuunnitelmien vuosipäivitys johtoryhmässä',
    category: 'other',
    month: 1,
    recurrence: 'yearly',
    perAccount: false,
    ownerRole: 'leadership',
    rule: { kind: 'date', months: [1], day: 23 },
  },
  ...[2, 5, 9, 11].map(
    (m, i): ClockTemplateTask => ({
      code: `asiakkuustiimi-${i + 1}`,
      title: `Asiakaskohtainen asiakkuustiimi ${i + 1}/4`,
      category: 'followUp',
      month: m,
      recurrence: 'yearly',
      perAccount: true,
      ownerRole: 'accountManager',
      appliesTo: 'all',
      description: 'Palaute palvelutuotannosta, korjaavat toimenpiteet, ajankohtaiset asiat ja asiakkuussuunnitelman läpikäynti.',
      rule: { kind: 'date', months: [m], day: 'last' },
    }),
  ),
  ...[3, 10].map(
    (m, i): ClockTemplateTask => ({
      code: `vierailu-${i + 1}`,
      title: `Henkilöstöpalvelujen vierailu toimialan esimiehille ${i + 1}/2`,
      category: 'meetings',
      month: m,
      recurrence: 'yearly',
      perAccount: true,
      ownerRole: 'supervisor',
      appliesTo: 'all',
      description: 'Toiminnan ja asiakkaisiin vaikuttavien uudistusten esittely; palaute ja jatkotoimet kirjataan.',
      rule: { kind: 'date', months: [m], day: 'last' },
    }),
  ),
  {
    code: 'sihteerin-kaynti',
    title: 'Palvelusihteerin käynti esimiesten toimipisteissä',
    category: 'meetings',
    month: 4,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    rule: { kind: 'date', months: [4], day: 'last' },
  },
  ...[4, 10].map(
    (m, i): ClockTemplateTask => ({
      code: `ohjausryhma-${i + 1}`,
      title: `Asiakasohjausryhmä ${i + 1}/2`,
      category: 'followUp',
      month: m,
      recurrence: 'yearly',
      perAccount: false,
      ownerRole: 'leadership',
      description: 'Palvelutuotannon seuranta ja periaatekysymykset; päätökset esimiesuutiskirjeeseen.',
      rule: { kind: 'nthWeekday', months: [m], weekday: 2, n: 3, adjust: 'next' },
    }),
  ),
  ...[5, 11].map(
    (m, i): ClockTemplateTask => ({
      code: `uutiskirje-${i + 1}`,
      title: 'Esimiesuutiskirje: ohjausryhmän päätökset ja jatkotoimet',
      category: 'other',
      month: m,
      recurrence: 'yearly',
      perAccount: false,
      ownerRole: 'supervisor',
      rule: { kind: 'nthWeekday', months: [m], weekday: 1, n: 1, adjust: 'next' },
    }),
  ),
  {
    code: 'henkilostopaallikkokokous',
    title: 'Henkilöstöpäällikkökokous (kaikkien palvelukeskusasiakkaiden asiakkuustiimi)',
    category: 'followUp',
    month: 9,
    recurrence: 'yearly',
    perAccount: false,
    ownerRole: 'leadership',
    rule: { kind: 'nthWeekday', months: [9], weekday: 4, n: 3, adjust: 'next' },
  },
  {
    code: 'kesalomakausi',
    title: 'Kesälomakausi: työparit tuuraavat toisiaan',
    category: 'team',
    month: 6,
    recurrence: 'yearly',
    perAccount: false,
    ownerRole: 'supervisor',
    description: 'Kesä–elokuu. Lomat sovitaan työparin kanssa niin, ettei kumpikaan ole poissa yhtä aikaa; yhteydenotot vähenevät.',
    rule: { kind: 'date', months: [6], day: 1 },
  },
  {
    code: 'e-kysely',
    title: 'Henkilöstökeskuksen sähköinen asiakastyytyväisyyskysely',
    category: 'satisfaction',
    month: 10,
    recurrence: 'yearly',
    perAccount: false,
    ownerRole: 'leadership',
    description: 'Toimialajohdolle ja esimiehille Q4:llä (Webropol); tulosten yhteenveto ja toimenpiteet kerrotaan vastaajille.',
    rule: { kind: 'date', months: [10], day: 15 },
  },
  {
    code: 'tiimipalaveri',
    title: 'Palvelutiimin kuukausipalaveri',
    category: 'team',
    month: 1,
    recurrence: 'monthly',
    perAccount: false,
    ownerRole: 'supervisor',
    description: 'Ongelmatapaukset ja dokumentoidut asiakastilanteet, sijaisuudet, uudet ohjeet, lomat.',
    rule: { kind: 'nthWeekday', months: EVERY_MONTH.filter((m) => m !== 7), weekday: 2, n: 1, adjust: 'next' },
  },
  {
    code: 'palkka-ajo-1',
    title: 'Palkka-ajo (kuukauden puolivälin maksupäivä): puhelinrauha',
    category: 'team',
    month: 1,
    recurrence: 'monthly',
    perAccount: false,
    ownerRole: 'supervisor',
    rule: { kind: 'date', months: EVERY_MONTH, day: 10 },
  },
  {
    code: 'palkka-ajo-2',
    title: 'Palkka-ajo (kuukauden lopun maksupäivä): puhelinrauha',
    category: 'team',
    month: 1,
    recurrence: 'monthly',
    perAccount: false,
    ownerRole: 'supervisor',
    rule: { kind: 'date', months: EVERY_MONTH, day: 24 },
  },
  {
    code: 'palauteyhteenveto',
    title: 'Palauteyhteenveto (kuukausi)',
    category: 'satisfaction',
    month: 1,
    recurrence: 'monthly',
    perAccount: false,
    ownerRole: 'supervisor',
    rule: { kind: 'date', months: EVERY_MONTH, day: 'last' },
  },
  ...[6, 12].map(
    (m, i): ClockTemplateTask => ({
      code: `palaute-puolivuosi-${i + 1}`,
      title: i === 0 ? 'Palautteiden puolivuotisyhteenveto johtoryhmälle' : 'Palautteiden vuosiyhteenveto johtoryhmälle',
      category: 'satisfaction',
      month: m,
      recurrence: 'yearly',
      perAccount: false,
      ownerRole: 'supervisor',
      rule: { kind: 'date', months: [m], day: m === 12 ? 18 : 17 },
    }),
  ),
];

/**
 * A city ICT unit's two care tiers (workbench/demo/city.ts), after a city ICT unit's model: cooperation at the
 * operational, tactical and strategic levels, the annual management ICT workshop, the finance clock's service
 * calculations, and the partnership agreements prepared in spring, negotiated in August, the customer survey and
 * quality measurements in November and the agreements signed by the end of the year (31 December).
 *
 * 'kaupunki-strateginen' (strategic partnership): all three levels, a monthly operational meeting, the tactical
 * meeting each quarter, the 9E partnership assessment in spring and autumn. 'kaupunki-perus' (basic partnership):
 * the tactical meeting twice a year and the same agreement and survey rhythm, nothing more.
 */
const CITY_COMMON: ClockTemplateTask[] = [
  {
    code: 'vuositavoitteet',
    title: 'Kumppanuuden vuositavoitteet sovittu asiakkaan kanssa',
    category: 'followUp',
    month: 1,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    description: 'Asiakastyytyväisyys, kehitystehtävät, palvelujen toimivuus ja budjetin toteutuminen: tavoitteet ja mittarit kirjataan asiakkuussuunnitelmaan.',
    rule: { kind: 'date', months: [1], day: 31 },
  },
  {
    code: 'valmistelu-1',
    title: 'Kumppanuussopimuksen valmistelu 1: palvelutarpeet ja kehityskohteet',
    category: 'agreement',
    month: 3,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    description: 'Palvelupyyntöjen valmistelu, tehostamis- ja kehittämistavoitteet sekä yhteisten kehityskohteiden seuranta.',
    rule: { kind: 'nthWeekday', months: [3], weekday: 3, n: 3, adjust: 'next' },
  },
  {
    code: 'valmistelu-2',
    title: 'Kumppanuussopimuksen valmistelu 2: hinnoittelumuutokset ja taloustavoitteet',
    category: 'economy',
    month: 4,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    rule: { kind: 'nthWeekday', months: [4], weekday: 3, n: 3, adjust: 'next' },
  },
  {
    code: 'laatukysely',
    title: 'Asiakaskysely ja laatumittaukset (marraskuu)',
    category: 'satisfaction',
    month: 11,
    recurrence: 'yearly',
    perAccount: false,
    ownerRole: 'leadership',
    description: 'Vuosittainen asiakaskysely toimialoille ja yhtiöille; tulokset käsitellään kumppanuuskohtaisesti.',
    rule: { kind: 'date', months: [11], day: 2, adjust: 'next' },
  },
  {
    code: 'allekirjoitus',
    title: 'Kumppanuussopimus allekirjoitettu (31.12.)',
    category: 'agreement',
    month: 12,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    rule: { kind: 'date', months: [12], day: 31 },
  },
];

export const CITY_STRATEGIC_CLOCK: ClockTemplateTask[] = [
  ...CITY_COMMON,
  {
    code: 'johdon-tyopaja',
    title: 'Johdon vuosittainen ICT-kehittämisen työpaja (strateginen taso)',
    category: 'meetings',
    month: 2,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'leadership',
    appliesTo: 'all',
    rule: { kind: 'nthWeekday', months: [2], weekday: 4, n: 2, adjust: 'next' },
  },
  ...[3, 6, 9, 12].map(
    (m, i): ClockTemplateTask => ({
      code: `taktinen-q${i + 1}`,
      title: `Taktinen kumppanuuskokous Q${i + 1}`,
      category: 'meetings',
      month: m,
      recurrence: 'yearly',
      perAccount: true,
      ownerRole: 'accountManager',
      appliesTo: 'all',
      rule: { kind: 'nthWeekday', months: [m], weekday: 3, n: 2, adjust: 'next' },
    }),
  ),
  {
    code: 'kuukausipalaveri',
    title: 'Operatiivinen kuukausipalaveri',
    category: 'meetings',
    month: 1,
    recurrence: 'monthly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    rule: { kind: 'nthWeekday', months: EVERY_MONTH.filter((m) => m !== 7), weekday: 2, n: 1, adjust: 'next' },
  },
  {
    code: '9e-kevat',
    title: 'Kumppanuusarvio 9E (kevät)',
    category: 'satisfaction',
    month: 4,
    recurrence: 'yearly',
    perAccount: false,
    ownerRole: 'leadership',
    rule: { kind: 'date', months: [4], day: 6, adjust: 'next' },
  },
  {
    code: '9e-syksy',
    title: 'Kumppanuusarvio 9E (syksy)',
    category: 'satisfaction',
    month: 10,
    recurrence: 'yearly',
    perAccount: false,
    ownerRole: 'leadership',
    rule: { kind: 'date', months: [10], day: 5, adjust: 'next' },
  },
  {
    code: 'palvelulaskelmat',
    title: 'Palvelulaskelmien läpikäynti asiakkaan kanssa (talouden vuosikello)',
    category: 'economy',
    month: 9,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    description: 'Jatkuvien palvelujen kustannukset ja suoritteet käydään läpi yhdessä; hankinta- ja kohdennuspäätösten valmistelu.',
    rule: { kind: 'nthWeekday', months: [9], weekday: 4, n: 1, adjust: 'next' },
  },
  {
    code: 'valmistelu-3',
    title: 'Kumppanuussopimuksen valmistelu 3: toinen neuvottelukierros',
    category: 'agreement',
    month: 8,
    recurrence: 'yearly',
    perAccount: true,
    ownerRole: 'accountManager',
    appliesTo: 'all',
    rule: { kind: 'nthWeekday', months: [8], weekday: 3, n: 3, adjust: 'next' },
  },
];

export const CITY_BASIC_CLOCK: ClockTemplateTask[] = [
  ...CITY_COMMON,
  ...[5, 11].map(
    (m, i): ClockTemplateTask => ({
      code: `taktinen-${i === 0 ? 'kevat' : 'syksy'}`,
      title: `Taktinen kumppanuuskokous (${i === 0 ? 'kevät' : 'syksy'})`,
      category: 'meetings',
      month: m,
      recurrence: 'yearly',
      perAccount: true,
      ownerRole: 'accountManager',
      appliesTo: 'all',
      rule: { kind: 'nthWeekday', months: [m], weekday: 3, n: 2, adjust: 'next' },
    }),
  ),
];

export const CLOCK_TEMPLATES = { ork: ORK_CLOCK, hepa: HEPA_CLOCK, 'kaupunki-strateginen': CITY_STRATEGIC_CLOCK, 'kaupunki-perus': CITY_BASIC_CLOCK } satisfies Record<string, ClockTemplateTask[]>;

export type TemplateKey = keyof typeof CLOCK_TEMPLATES;

/** A template task's dates in a year, in date order, computed by the recurrence engine from the whole template. */
export function taskDates(template: TemplateKey, code: string, year: number): IsoDate[] {
  return planYear(CLOCK_TEMPLATES[template] as RuleTask[], year)
    .filter((o) => o.code === code)
    .map((o) => o.dueDate);
}

/** The clock-task drafts of a template for one year (this year's exact dates), with stable client keys. */
export function clockTaskDrafts(template: TemplateKey, prefix: string, year: number, keyPart = '') {
  return CLOCK_TEMPLATES[template].map((t, k) => ({
    clientKey: `${prefix}clock:${keyPart}${t.code}:${year}`,
    title: t.title,
    template,
    category: t.category,
    month: t.month,
    recurrence: t.recurrence,
    year,
    dueDate: taskDates(template, t.code, year)[0],
    perAccount: t.perAccount,
    ownerRole: t.ownerRole,
    description: t.description,
    sortOrder: (k + 1) * 10,
    // Schema v2: what the recurrence engine and `generateOccurrences` read.
    code: t.code,
    rule: t.rule,
    retired: false,
    accountTypes: t.perAccount && t.appliesTo === 'sector' ? (['sector'] as AccountType[]) : [],
  }));
}
