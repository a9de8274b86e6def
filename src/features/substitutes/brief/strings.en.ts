import type { BriefStrings } from './strings';

const strings: BriefStrings = {
  title: 'Handover brief',
  loading: 'Loading the handover brief…',
  back: 'Back',
  print: 'Print',
};

export default strings;
