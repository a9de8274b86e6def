/** English strings: loaded on their own, only for users who read this language. */
import type { HandBackStrings } from './strings';

const strings: HandBackStrings = {
  heading: 'While {name} was away',
  loading: 'Loading what happened during the absence…',
  back: 'Back',
  print: 'Print',
  actions: 'List actions',
  period: '{kind} {start}–{end}',
  periodOngoing: '{kind} {start}–{end}, up to today',
  noAccounts: 'The absence covered no accounts.',
  coveredBy: 'Covered by {names}',
  nobodyCovered: 'Nobody covered this account.',
  changed: 'New and changed',
  created: 'new',
  modified: 'changed',
  changedGroup: '{list} ({count})',
  showAll: 'Show all {count}',
  showFewer: 'Show fewer',
  clockDone: 'Annual clock: done',
  clockMissed: 'Annual clock: missed',
  newFeedback: 'New feedback',
  nothing: 'Nothing.',
  doneOn: 'done {date}',
  dueOn: 'was due {date}',
  partly: 'Some of the information could not be read: {message}',
};

export default strings;
