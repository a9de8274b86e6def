import type { HandBackStrings } from './strings';

const strings: HandBackStrings = {
  title: 'Poissaolon aikana tapahtunut',
  loading: 'Ladataan…',
  back: 'Takaisin',
  print: 'Tulosta',
};

export default strings;
