/** English strings of the month strip. */
import type { ClockStripStrings } from './stripStrings';

const strings: ClockStripStrings = {
  title: 'Annual clock by month',
  cell: '{month}: tasks {count}',
  overdue: 'overdue {count}',
  dueSoon: 'due soon {count}',
  done: 'done {count}',
  none: 'no tasks',
};

export default strings;
