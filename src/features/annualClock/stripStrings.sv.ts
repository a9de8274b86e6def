/** Swedish strings of the month strip. */
import type { ClockStripStrings } from './stripStrings';

const strings: ClockStripStrings = {
  title: 'Årshjulet månad för månad',
  cell: '{month}: uppgifter {count}',
  overdue: 'försenade {count}',
  dueSoon: 'förfaller snart {count}',
  done: 'klara {count}',
  none: 'inga uppgifter',
};

export default strings;
