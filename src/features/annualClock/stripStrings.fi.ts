/** Finnish strings of the month strip. */
import type { ClockStripStrings } from './stripStrings';

const strings: ClockStripStrings = {
  title: 'Vuosikello kuukausittain',
  cell: '{month}: tehtäviä {count}',
  overdue: 'myöhässä {count}',
  dueSoon: 'erääntyy pian {count}',
  done: 'tehty {count}',
  none: 'ei tehtäviä',
};

export default strings;
