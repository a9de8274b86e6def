/** Cross-cover readiness: a chunk of its own that the Substitutes view loads with import() when its tab is opened. */
export { CrossCoverView } from './CrossCoverView';
export type { CrossCoverViewProps } from './CrossCoverView';
