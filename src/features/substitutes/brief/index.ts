/**
 * The handover brief's entry: a chunk of its own that the account tab's cover banner, My accounts and the
 * Substitutes view load with import() when the user opens a brief.
 */
export { HandoverBrief } from './HandoverBrief';
export type { HandoverBriefProps } from './HandoverBrief';
export { coverToday } from './coverToday';
export type { CoverToday } from './coverToday';
