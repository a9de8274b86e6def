import type { BriefStrings } from './strings';

const strings: BriefStrings = {
  title: 'Tuurauskortti',
  loading: 'Ladataan tuurauskorttia…',
  back: 'Takaisin',
  print: 'Tulosta',
};

export default strings;
