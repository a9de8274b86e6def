import type { BriefStrings } from './strings';

const strings: BriefStrings = {
  title: 'Överlämningskort',
  loading: 'Läser in överlämningskortet…',
  back: 'Tillbaka',
  print: 'Skriv ut',
};

export default strings;
