/**
 * The quarterly ordering-customer survey (docs/care-model.md §4): its default questions, the Finnish school scale,
 * who a respondent is, and the keys that make one response per respondent, survey and account.
 */
import type { Contact, IsoDate, Survey, SurveyDefinition, SurveyQuestion, SurveyResponse } from './types';

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

// ---------------------------------------------------------------------------------------------------------------
// Periods

/** `2026-Q1` → { year: 2026, quarter: 1 }; anything else → undefined (a link never breaks the view). */
export function parseQuarter(text: string | undefined): { year: number; quarter: number } | undefined {
  const m = /^(\d{4})-Q([1-4])$/i.exec((text ?? '').trim());
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : undefined;
}

export const quarterKey = (year: number, quarter: number): string => `${year}-Q${quarter}`;

/** The first and last day of a calendar quarter. */
export function quarterRange(year: number, quarter: number): { start: IsoDate; end: IsoDate } {
  const first = (quarter - 1) * 3 + 1;
  const lastMonth = first + 2;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const mm = (n: number): string => String(n).padStart(2, '0');
  return { start: `${year}-${mm(first)}-01`, end: `${year}-${mm(lastMonth)}-${mm(lastDay)}` };
}

/** The quarter after the latest quarterly survey, or the current one when there is none (or it lies behind). */
export function nextQuarterOf(surveys: readonly Pick<Survey, 'kind' | 'year' | 'quarter'>[], today: IsoDate): { year: number; quarter: number } {
  const current = { year: Number(today.slice(0, 4)), quarter: quarterOfDate(today) };
  const rank = (p: { year: number; quarter: number }): number => p.year * 4 + p.quarter - 1;
  const latest = surveys.filter((s) => s.kind === 'quarterly' && s.quarter).reduce((best, s) => Math.max(best, rank({ year: s.year, quarter: s.quarter! })), -1);
  if (latest < rank(current)) return current;
  const next = latest + 1;
  return { year: Math.floor(next / 4), quarter: (next % 4) + 1 };
}

/** Whether a quarter already has its quarterly survey (one quarterly survey per quarter). */
export function quarterTaken(surveys: readonly Pick<Survey, 'id' | 'kind' | 'year' | 'quarter'>[], year: number, quarter: number, exceptId?: number): boolean {
  return surveys.some((s) => s.kind === 'quarterly' && s.year === year && s.quarter === quarter && s.id !== exceptId);
}

/** The latest definition of a kind to copy into a new survey (a deep copy), or the default questions. */
export function definitionToCopy(surveys: readonly Pick<Survey, 'kind' | 'year' | 'quarter' | 'definition' | 'id'>[], kind: Survey['kind']): SurveyDefinition {
  const same = surveys.filter((s) => s.kind === kind && s.definition?.questions?.length);
  same.sort((a, b) => b.year - a.year || (b.quarter ?? 0) - (a.quarter ?? 0) || b.id - a.id);
  return same.length ? (JSON.parse(JSON.stringify(same[0].definition)) as SurveyDefinition) : defaultQuarterlyDefinition();
}

// ---------------------------------------------------------------------------------------------------------------
// Answers

/** A school-scale answer that is a whole number on the question's scale. */
export const onScale = (question: SurveyQuestion, value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= question.scale.min && value <= question.scale.max;

/** The overall score: the mean of the 'overall' area's answers, one decimal; undefined when none is answered. */
export function overallOf(definition: SurveyDefinition, answers: Readonly<Record<string, number>>): number | undefined {
  const scores = definition.questions.filter((x) => x.area === 'overall' && onScale(x, answers[x.id])).map((x) => answers[x.id]);
  if (!scores.length) return undefined;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
}

/** The required questions not answered yet, in the definition's order. */
export function missingRequired(definition: SurveyDefinition, answers: Readonly<Record<string, number | undefined>>): SurveyQuestion[] {
  return definition.questions.filter((x) => isRequired(x) && !onScale(x, answers[x.id]));
}

/** The definition's questions grouped by area, areas in the order they first appear. */
export function questionsByArea(definition: SurveyDefinition): { area: string; questions: SurveyQuestion[] }[] {
  const out: { area: string; questions: SurveyQuestion[] }[] = [];
  for (const question of definition.questions) {
    const group = out.find((g) => g.area === question.area);
    if (group) group.questions.push(question);
    else out.push({ area: question.area, questions: [question] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Editing a definition

/** The question ids that have at least one answer in the given responses. */
export function answeredQuestionIds(responses: readonly Pick<SurveyResponse, 'answers'>[]): Set<string> {
  const ids = new Set<string>();
  for (const r of responses) for (const [id, v] of Object.entries(r.answers ?? {})) if (typeof v === 'number') ids.add(id);
  return ids;
}

export type DefinitionProblem =
  | { code: 'removedAnswered'; questionId: string }
  | { code: 'scaleAnswered'; questionId: string }
  | { code: 'npsAnswered' }
  | { code: 'duplicateId'; questionId: string }
  | { code: 'missingText'; questionId: string; lang: 'fi' | 'sv' | 'en' }
  | { code: 'missingId'; index: number }
  | { code: 'noQuestions' };

/**
 * What an edit may not do once answers exist: remove a question that has answers, change the scale of one, or
 * drop the recommendation question when it has answers. Earlier results keep meaning what they meant; texts may
 * change and questions may be added.
 */
export function definitionEditProblems(before: SurveyDefinition, after: SurveyDefinition, answered: ReadonlySet<string>, npsAnswered = false): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  for (const old of before.questions) {
    if (!answered.has(old.id)) continue;
    const now = after.questions.find((x) => x.id === old.id);
    if (!now) problems.push({ code: 'removedAnswered', questionId: old.id });
    else if (now.scale.min !== old.scale.min || now.scale.max !== old.scale.max) problems.push({ code: 'scaleAnswered', questionId: old.id });
  }
  if (npsAnswered && before.nps && !after.nps) problems.push({ code: 'npsAnswered' });
  return problems;
}

/** A definition's own rules: at least one question, ids present and unique, texts in Finnish, Swedish and English. */
export function definitionProblems(definition: SurveyDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (!definition.questions.length) problems.push({ code: 'noQuestions' });
  const seen = new Set<string>();
  definition.questions.forEach((question, index) => {
    const id = question.id.trim();
    if (!id) problems.push({ code: 'missingId', index });
    else if (seen.has(id)) problems.push({ code: 'duplicateId', questionId: id });
    seen.add(id);
    for (const lang of ['fi', 'sv', 'en'] as const) if (!question.text[lang]?.trim()) problems.push({ code: 'missingText', questionId: id || String(index + 1), lang });
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// The over-survey guard

/** The one who would be asked: a follow-up group member of an account. */
export interface Invitee {
  name: string;
  email?: string;
  accountId: number;
}

/** A person who would be asked about more than one account in the same quarter. */
export interface OverSurveyed {
  name: string;
  email?: string;
  accountIds: number[];
}

/** Who is asked: the customer contacts with the follow-up group role (the invitation goes to the follow-up group). */
export function inviteesOf(contacts: readonly Pick<Contact, 'name' | 'email' | 'accountId' | 'side' | 'roles'>[]): Invitee[] {
  return contacts
    .filter((c) => c.side === 'customer' && (c.roles ?? []).includes('followUpMember'))
    .map((c) => ({ name: c.name, email: c.email?.trim() || undefined, accountId: c.accountId }));
}

/**
 * Everyone who would get the survey for more than one account in one quarter. The same person is the same e-mail
 * (any case), else, when a contact has no e-mail, the same name (spaces and case folded): people on several
 * follow-up groups should be asked once, not once per account.
 */
export function overSurveyed(invitees: readonly Invitee[]): OverSurveyed[] {
  const groups = new Map<string, OverSurveyed>();
  const byName = new Map<string, string>();
  const nameKey = (n: string): string => n.trim().replace(/\s+/g, ' ').toLowerCase();
  // E-mails first, so a contact without an e-mail joins the person of the same name who has one.
  const ordered = [...invitees].sort((a, b) => Number(!a.email) - Number(!b.email));
  for (const i of ordered) {
    const key = i.email ? `mail:${i.email.toLowerCase()}` : byName.get(nameKey(i.name)) ?? `name:${nameKey(i.name)}`;
    if (!byName.has(nameKey(i.name))) byName.set(nameKey(i.name), key);
    const g = groups.get(key) ?? { name: i.name, email: i.email, accountIds: [] };
    if (!g.accountIds.includes(i.accountId)) g.accountIds.push(i.accountId);
    groups.set(key, g);
  }
  return [...groups.values()].filter((g) => g.accountIds.length > 1);
}
