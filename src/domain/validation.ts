/**
 * Domain rules beyond what the schema says: ranges, formats and cross-field rules. Pure; used by the forms and,
 * again, by the repositories before anything is sent.
 */
import { isValidDiaryNumber } from './diaryNumber';
import { compareIsoDates, isIsoDate } from './dates';

/** A value the user typed failed a rule; `field` is the domain property, `code` the message key. */
export interface FieldProblem {
  field: string;
  code:
    | 'required'
    | 'tooLong'
    | 'outOfRange'
    | 'invalidChoice'
    | 'invalidDate'
    | 'invalidEmail'
    | 'invalidUrl'
    | 'endBeforeStart'
    | 'invalidNumber'
    | 'overlap'
    | 'selfSubstitute'
    | 'invalidDiaryNumber';
  /** Extra values for the message, e.g. {max: 255}. */
  params?: Record<string, string | number>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isValidEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** An end date is not before its start date. */
export function checkDateOrder(start: unknown, end: unknown, endProp: string): FieldProblem[] {
  if (isIsoDate(start) && isIsoDate(end) && compareIsoDates(end, start) < 0) return [{ field: endProp, code: 'endBeforeStart' }];
  return [];
}

function checkRange(values: Record<string, unknown>, prop: string, min: number, max: number): FieldProblem[] {
  const v = values[prop];
  if (v === undefined || v === null || v === '') return [];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) return [{ field: prop, code: 'outOfRange', params: { min, max } }];
  return [];
}

function checkEmail(values: Record<string, unknown>, prop: string): FieldProblem[] {
  const v = values[prop];
  if (typeof v !== 'string' || v.trim() === '') return [];
  return isValidEmail(v) ? [] : [{ field: prop, code: 'invalidEmail' }];
}

/** An absence never names its own person as the substitute, for all accounts or for one (when the write carries the person). */
/** A diary number, when given, is in the case system's form (agreementFlow.ts); empty is allowed until the case is opened. */
function checkDiaryNumber(values: Record<string, unknown>): FieldProblem[] {
  const v = values.diaryNumber;
  if (typeof v !== 'string' || v.trim() === '' || isValidDiaryNumber(v.trim())) return [];
  return [{ field: 'diaryNumber', code: 'invalidDiaryNumber', params: { example: 'ORK/1234/00.01.02/2026' } }];
}

function checkSelfSubstitute(values: Record<string, unknown>): FieldProblem[] {
  const personId = (values.person as { id?: unknown } | undefined)?.id;
  if (typeof personId !== 'number') return [];
  const problems: FieldProblem[] = [];
  if ((values.substitute as { id?: unknown } | undefined)?.id === personId) problems.push({ field: 'substitute', code: 'selfSubstitute' });
  const overrides = (values.cover as { overrides?: Record<string, { id?: unknown } | undefined> } | undefined)?.overrides ?? {};
  for (const [accountId, p] of Object.entries(overrides)) {
    if (p?.id === personId) problems.push({ field: 'cover', code: 'selfSubstitute', params: { accountId: Number(accountId) } });
  }
  return problems;
}

/** Rules per list key; each gets the values being written (a partial object on updates). */
export const DOMAIN_RULES: Record<string, (values: Record<string, unknown>) => FieldProblem[]> = {
  accounts: (v) => checkRange(v, 'engagementLevel', 1, 5),
  contacts: (v) => [...checkEmail(v, 'email'), ...checkRange(v, 'signingOrder', 1, 20)],
  agreements: (v) => [...checkRange(v, 'year', 2000, 2100), ...checkDiaryNumber(v)],
  meetings: (v) => [...checkRange(v, 'quarter', 1, 4), ...checkRange(v, 'durationMinutes', 5, 24 * 60)],
  clockTasks: (v) => checkRange(v, 'month', 1, 12),
  absences: (v) => [...checkDateOrder(v.start, v.end, 'end'), ...checkSelfSubstitute(v)],
  surveys: (v) => [...checkRange(v, 'quarter', 1, 4), ...checkDateOrder(v.opensOn, v.closesOn, 'closesOn')],
  surveyResponses: (v) => checkRange(v, 'nps', 0, 10),
};
