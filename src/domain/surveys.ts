/**
 * The quarterly ordering-customer survey (docs/care-model.md §4): its default questions, the Finnish school scale,
 * who a respondent is, and the keys that make one response per respondent, survey and account.
 */
import type { IsoDate, Survey, SurveyDefinition, SurveyQuestion } from './types';

/** The Finnish school scale the quarterly survey uses. */
export const SCHOOL_SCALE = { min: 4, max: 10 } as const;
/** The recommendation question (NPS): promoters 9–10, detractors 0–6. */
export const NPS_SCALE = { min: 0, max: 10 } as const;

/**
 * The privacy threshold: no per-account figure, distribution or comment is shown (or exported) for fewer answers
 * than this. A site owner may raise it with the setting below; it never goes below the default.
 */
export const DEFAULT_PRIVACY_THRESHOLD = 3;
export const PRIVACY_THRESHOLD_SETTING = 'satisfaction.privacyThreshold';

/** The areas the survey groups its questions into, in the order the results show them. */
export const SATISFACTION_AREAS = ['continuousServices', 'jointDevelopment', 'projectServices', 'financialManagement', 'expertServices', 'overall'] as const;

const q = (id: string, area: string, fi: string, sv: string, en: string): SurveyQuestion => ({ id, area, text: { fi, sv, en }, scale: { ...SCHOOL_SCALE }, required: true });

/**
 * The ORK quarterly survey's areas, as the process description lists them: continuous services, joint development,
 * project services, financial management, expert services, and ORK overall (proactivity, expertise, customer
 * service); then the recommendation question and open feedback. A site edits its own copy per year.
 */
export function defaultQuarterlyDefinition(): SurveyDefinition {
  return {
    questions: [
      q('continuousServices', 'continuousServices', 'Jatkuvien palveluiden laatu (ylläpito, pienkehitys)', 'Kvaliteten på de kontinuerliga tjänsterna (underhåll, småutveckling)', 'Quality of continuous services (maintenance, small development)'),
      q('jointDevelopment', 'jointDevelopment', 'Hallinnonalan yhteinen kehittäminen (esim. sähköinen asiointi, automaatio)', 'Förvaltningsområdets gemensamma utveckling (t.ex. e-tjänster, automatisering)', 'Joint development of the branch (e.g. e-services, automation)'),
      q('projectServices', 'projectServices', 'Projektipalvelut ja projektijohtaminen', 'Projekttjänster och projektledning', 'Project services and project management'),
      q('financialManagement', 'financialManagement', 'Talouden hallinta IT-määrärahojen osalta', 'Ekonomihanteringen av IT-anslagen', 'Financial management of IT appropriations'),
      q('expertServices', 'expertServices', 'Asiantuntijapalveluiden toimivuus (esim. ratkaisu- ja turvallisuuspalvelut)', 'Experttjänsterna (t.ex. lösnings- och säkerhetstjänster)', 'Expert services (e.g. solution and security services)'),
      q('proactivity', 'overall', 'Kokonaissuoriutuminen: proaktiivisuus', 'Helhetsintryck: proaktivitet', 'Overall: proactivity'),
      q('expertise', 'overall', 'Kokonaissuoriutuminen: asiantuntemus', 'Helhetsintryck: sakkunskap', 'Overall: expertise'),
      q('customerService', 'overall', 'Kokonaissuoriutuminen: asiakaspalvelu', 'Helhetsintryck: kundservice', 'Overall: customer service'),
    ],
    nps: true,
    openFeedback: true,
  };
}

/** Whether a question must be answered (questions are required unless marked optional). */
export const isRequired = (question: SurveyQuestion): boolean => question.required !== false;

/**
 * A respondent's key: the lower-cased e-mail or sign-in name, or failing both the name with spaces folded. The same
 * person found in a Forms export, a Webropol export and the product's own form has the same key.
 */
export function respondentKeyOf(who: { email?: string; login?: string; name?: string }): string | undefined {
  const email = who.email?.trim().toLowerCase();
  if (email) return email.slice(0, 255);
  const login = who.login?.trim().toLowerCase();
  if (login) return (login.includes('|') ? login.slice(login.lastIndexOf('|') + 1) : login).slice(0, 255);
  const name = who.name?.trim().replace(/\s+/g, ' ').toLowerCase();
  return name ? `name:${name}`.slice(0, 255) : undefined;
}

/** FNV-1a, 32 bits, as 8 hex digits: keeps client keys short (the column holds 64 characters). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The client key of a response: one per survey, account and respondent. The list's unique client key makes
 * SharePoint itself refuse a second response, and a re-import or a retried save finds the one already there.
 */
export function responseClientKey(surveyId: number, accountId: number, respondentKey: string): string {
  return `resp:${surveyId}:${accountId}:${fnv1a(respondentKey)}${fnv1a(`${respondentKey}#`)}`;
}

/** A survey takes answers while it is open and its closing day has not passed (Helsinki dates). */
export function acceptsAnswers(survey: Pick<Survey, 'status' | 'opensOn' | 'closesOn'>, today: IsoDate): boolean {
  if (survey.status !== 'open') return false;
  if (survey.opensOn && today < survey.opensOn) return false;
  return !survey.closesOn || today <= survey.closesOn;
}

/** The calendar quarter (1–4) of a Helsinki date. */
export const quarterOfDate = (date: IsoDate): number => Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
