import type { HandBackStrings } from './strings';

const strings: HandBackStrings = {
  title: 'While you were away',
  loading: 'Loading…',
  back: 'Back',
  print: 'Print',
};

export default strings;
