/** Turns any error into the user's language. Data errors map by kind; field problems by code. */
import { DataError, FieldProblem, classifyError } from '../data/errors';
import { Strings, format } from '../loc/strings';
import { formatDate, isIsoDate } from '../domain/dates';

export function errorMessage(strings: Strings, error: unknown): string {
  const e: DataError = classifyError(error);
  const template = strings.errors[e.kind];
  return format(template, { list: e.list ?? '', message: e.serverMessage || e.message });
}

export function fieldProblemMessage(strings: Strings, problem: FieldProblem): string {
  // Numbers and dates as the reader writes them: "Enintään 63 999 merkkiä", "At most 63,999 characters", "1.7.2026".
  const numbers = new Intl.NumberFormat(strings.numberLocale);
  const shown = (v: string | number): string => (typeof v === 'number' ? numbers.format(v) : isIsoDate(v) ? formatDate(v, strings.numberLocale) : v);
  const params = Object.fromEntries(Object.entries(problem.params ?? {}).map(([k, v]) => [k, shown(v)]));
  return format(strings.fieldProblems[problem.code], params);
}
