/** A realistic account-tab fixture for the follow-up groups tests: KHO in November 2025, Q3 held, Q4 planned. */
import type { AccountTabData } from '../../src/data/queries/accountTab';
import type { Meeting, Survey, SurveyDefinition, SurveyResponse } from '../../src/domain/types';

export const NOW = new Date('2025-11-20T10:00:00Z');
export const TODAY = '2025-11-20';

const aino = { id: 11, title: 'Aino Virtanen', email: 'aino.virtanen@ork.example' };
const base = { accountId: 7, meetingType: 'followUpGroup' as const, durationMinutes: 90, mode: 'teams' as const, location: 'Teams' };

export const Q3_MINUTES = 'Puheenjohtaja Liisa Laine avasi kokouksen. Asialista hyväksyttiin.\n3. TAE B2 -tarkennus käytiin läpi.\n6. Q2-kyselyn tulokset: kokonaisarvio nousi.';

export const meetings: Meeting[] = [
  { ...base, id: 1, etag: '"1"', title: 'KHO: palvelusopimuksen seurantaryhmä Q4/2024', startsAt: '2024-12-10T07:00:00Z', year: 2024, quarter: 4, status: 'held', minutes: 'Vuoden 2024 viimeinen kokous.' },
  { ...base, id: 2, etag: '"1"', title: 'KHO: palvelusopimuksen seurantaryhmä Q1/2025', startsAt: '2025-03-11T07:00:00Z', year: 2025, quarter: 1, status: 'held', minutes: 'Q1-pöytäkirja.' },
  { ...base, id: 3, etag: '"1"', title: 'KHO: palvelusopimuksen seurantaryhmä Q2/2025', startsAt: '2025-06-10T06:00:00Z', year: 2025, quarter: 2, status: 'held' },
  {
    ...base,
    id: 4,
    etag: '"3"',
    title: 'KHO: palvelusopimuksen seurantaryhmä Q3/2025',
    startsAt: '2025-09-16T06:00:00Z',
    year: 2025,
    quarter: 3,
    status: 'held',
    chair: 'Liisa Laine (oikeusministeriö)',
    agenda: [
      { number: 1, title: 'Kokouksen avaus ja asialistan hyväksyminen' },
      { number: 2, title: 'Edellisen kokouksen pöytäkirja', notes: 'Hyväksyttiin.' },
      { number: 3, title: 'Talouskatsaus', notes: 'TAE B2 -tarkennus käytiin läpi.' },
      { number: 4, title: 'Palveluiden tilannekatsaus' },
      { number: 5, title: 'Palveluiden kehitys' },
      { number: 6, title: 'Tilaajatyytyväisyyskysely' },
      { number: 7, title: 'Muut asiat' },
      { number: 8, title: 'Seuraavan kokouksen sopiminen' },
      { number: 9, title: 'Kokouksen päättäminen' },
    ],
    minutes: Q3_MINUTES,
    decisions: 'Hyväksyttiin TAE B2. Seuraava kokous joulukuussa.',
    minutesUrl: { url: 'https://tiimeri.example/kho/2025-q4/edellinen-poytakirja.docx', description: 'Pöytäkirja Q3 (Q4-kansiossa)' },
  },
  {
    ...base,
    id: 5,
    etag: '"1"',
    title: 'KHO: palvelusopimuksen seurantaryhmä Q4/2025',
    startsAt: '2025-12-09T07:00:00Z',
    year: 2025,
    quarter: 4,
    status: 'planned',
    chair: 'Liisa Laine (oikeusministeriö)',
    attendees: 'Matti Korhonen (tietohallintopäällikkö)\nSari Nieminen (talouspäällikkö)\nLiisa Laine (oikeusministeriö)\nAino Virtanen (ORK, esittelijä ja sihteeri)',
    materialsUrl: { url: 'https://tiimeri.example/kho/seurantaryhma/2025-q4', description: 'Seurantaryhmän Q4 kansio' },
    surveyUrl: { url: 'https://asiakkuus.example/kysely/ork-2025-q4', description: 'Tilaajatyytyväisyyskysely Q4/2025' },
  },
  { ...base, id: 6, etag: '"1"', meetingType: 'operational', title: 'KHO: kuukausitapaaminen marraskuu', startsAt: '2025-11-05T08:00:00Z', year: 2025, status: 'held', durationMinutes: 60 },
];

const definition: SurveyDefinition = {
  questions: [
    { id: 'cs', area: 'continuousServices', text: { fi: 'Jatkuvat palvelut', sv: 'Kontinuerliga tjänster', en: 'Continuous services' }, scale: { min: 4, max: 10 } },
    { id: 'fm', area: 'financialManagement', text: { fi: 'Talouden hallinta', sv: 'Ekonomihantering', en: 'Financial management' }, scale: { min: 4, max: 10 } },
  ],
  nps: true,
  openFeedback: true,
};

export const surveys: Survey[] = [
  { id: 10, etag: '"1"', title: 'Tilaajatyytyväisyyskysely Q2/2025', kind: 'quarterly', year: 2025, quarter: 2, definition, status: 'closed' },
  { id: 11, etag: '"1"', title: 'Tilaajatyytyväisyyskysely Q3/2025', kind: 'quarterly', year: 2025, quarter: 3, definition, status: 'closed' },
  { id: 12, etag: '"1"', title: 'Tilaajatyytyväisyyskysely Q4/2025', kind: 'quarterly', year: 2025, quarter: 4, definition, status: 'open' },
];

const response = (id: number, surveyId: number, cs: number, fm: number, nps: number, overall: number, submittedAt: string, comment?: string): SurveyResponse => ({
  id,
  etag: '"1"',
  surveyId,
  accountId: 7,
  answers: { cs, fm },
  nps,
  overall,
  comment,
  submittedAt,
});

/** Q2: cs 7.0, fm 7.0, overall 7.5, NPS 67. Q3: cs 8.3, fm 7.7, overall 8.0, NPS 33. Three answers each (the privacy threshold). */
export const responses: SurveyResponse[] = [
  response(100, 10, 8, 7, 8, 7.5, '2025-06-03T09:00:00Z'),
  response(101, 10, 7, 7, 9, 7.5, '2025-06-04T09:00:00Z'),
  response(102, 10, 6, 7, 10, 7.5, '2025-06-05T09:00:00Z'),
  response(110, 11, 9, 8, 10, 8.5, '2025-09-09T09:00:00Z', 'Tiedottaminen on parantunut selvästi.'),
  response(111, 11, 8, 8, 9, 8, '2025-09-10T09:00:00Z'),
  response(112, 11, 8, 7, 6, 7.5, '2025-09-11T09:00:00Z', 'Projektien aikatauluista toivotaan tietoa aiemmin.'),
];

export function fixture(): AccountTabData {
  return {
    account: {
      id: 7,
      etag: '"5"',
      name: 'Korkein hallinto-oikeus',
      abbreviation: 'KHO',
      accountType: 'sector',
      accountManager: aino,
      workspaceUrl: { url: 'https://tiimeri.example/kho', description: 'KHO:n asiakastyötila' },
      keyDocuments: [{ title: 'KHO:n strategia 2024–2027', url: 'https://kho.example/strategia.pdf' }],
    },
    segments: [],
    contacts: [],
    meetings: meetings.map((m) => ({ ...m })),
    agreements: [
      {
        id: 20,
        etag: '"1"',
        title: 'Palvelusopimus 2025 – KHO',
        accountId: 7,
        year: 2025,
        kind: 'serviceAgreement',
        stage: 'stored',
        transferredBudget: 1250000,
        appendices: [{ title: 'Liite 1: Palvelukuvaukset', audience: 'tietohallinto', url: 'https://hilda.example/kho/liite1.pdf' }, { title: 'Liite 2: Hinnasto' }],
        documentUrl: { url: 'https://hilda.example/kho/sopimus-2025.pdf', description: 'Palvelusopimus 2025 (PDF)' },
      },
      { id: 21, etag: '"1"', title: 'Palvelusopimus 2026 – KHO', accountId: 7, year: 2026, kind: 'serviceAgreement', stage: 'drafting' },
    ],
    tasks: [
      { id: 1, etag: '"1"', title: 'TAE B2 -talousarviotarkennus', template: 'ork', category: 'economy', month: 9 },
      { id: 2, etag: '"1"', title: 'TPE2', template: 'ork', category: 'economy', month: 10 },
      { id: 3, etag: '"1"', title: 'Kehyskauden taloussuunnittelu', template: 'ork', category: 'economy', month: 10 },
      { id: 4, etag: '"1"', title: 'TAE B3 ja ensi vuoden budjetin vahvistaminen', template: 'ork', category: 'economy', month: 12 },
      { id: 5, etag: '"1"', title: 'Seurantaryhmä Q4', template: 'ork', category: 'followUp', month: 12 },
    ],
    occurrences: [
      { id: 30, etag: '"1"', taskId: 1, accountId: 7, dueDate: '2025-09-12', done: true },
      { id: 31, etag: '"1"', taskId: 2, accountId: 7, dueDate: '2025-10-31', done: true },
      { id: 32, etag: '"1"', taskId: 3, accountId: 7, dueDate: '2025-10-15', done: false },
      { id: 33, etag: '"1"', taskId: 4, accountId: 7, dueDate: '2025-12-15', done: false },
      { id: 34, etag: '"1"', taskId: 5, accountId: 7, dueDate: '2025-12-09', done: false },
    ],
    ideas: [
      { id: 40, etag: '"1"', title: 'Sähköisen asioinnin laajennus', accountId: 7, stage: 'need', owner: aino },
      { id: 41, etag: '"1"', title: 'Automaattinen diaarikirjaus', accountId: 7, stage: 'solutionAnalysis' },
      { id: 42, etag: '"1"', title: 'Vanhan raportoinnin korvaaminen', accountId: 7, stage: 'done' },
      { id: 43, etag: '"1"', title: 'Hylätty ehdotus', accountId: 7, stage: 'rejected' },
    ],
    actions: [
      { id: 50, etag: '"1"', title: 'Päivitä palvelukuvaukset', accountId: 7, status: 'open', dueDate: '2025-11-01', owner: aino },
      { id: 51, etag: '"1"', title: 'Power BI -raportin käyttöönotto', accountId: 7, status: 'inProgress', dueDate: '2025-12-31' },
      { id: 52, etag: '"1"', title: 'Valmis toimenpide', accountId: 7, status: 'done' },
    ],
    situations: [],
    feedback: [],
    surveys,
    responses,
    canEditAccount: true,
    absences: [],
    settings: [],
    privacyThreshold: 3,
    responsesHidden: false,
    problems: [],
  };
}
