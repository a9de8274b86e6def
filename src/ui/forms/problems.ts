/** Field problems (client validation or the repository's ValidationError) as localized messages per field. */
import { FieldProblem, ValidationError } from '../../data/errors';
import type { Strings } from '../../loc/strings';
import { fieldProblemMessage } from '../errorMessage';

export type FieldMessages = Record<string, string>;

export function messagesOf(strings: Strings, problems: FieldProblem[]): FieldMessages {
  const out: FieldMessages = {};
  for (const p of problems) {
    const text = fieldProblemMessage(strings, p);
    out[p.field] = out[p.field] ? `${out[p.field]} ${text}` : text;
  }
  return out;
}

/** Runs a repository's validate() and returns the problems instead of throwing. */
export function problemsOf(validate: () => void): FieldProblem[] {
  try {
    validate();
    return [];
  } catch (e) {
    if (e instanceof ValidationError) return e.problems;
    throw e;
  }
}
