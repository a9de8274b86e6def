/** What counts as still open: one rule for the glance counts, the meeting kit and the plan views. */
import type { Action, Idea } from './types';

export const isOpenAction = (a: Pick<Action, 'status'>): boolean => a.status === 'open' || a.status === 'inProgress';

export const isOpenIdea = (i: Pick<Idea, 'stage'>): boolean => i.stage !== 'done' && i.stage !== 'rejected';
