import type { HandBackStrings } from './strings';

const strings: HandBackStrings = {
  title: 'Det här hände under frånvaron',
  loading: 'Läser in…',
  back: 'Tillbaka',
  print: 'Skriv ut',
};

export default strings;
