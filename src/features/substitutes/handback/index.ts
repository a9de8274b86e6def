/** The hand-back list's entry: a chunk of its own, loaded with import() from the Substitutes view. */
export { HandBack } from './HandBack';
export type { HandBackProps } from './HandBack';
