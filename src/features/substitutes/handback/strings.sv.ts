/** Swedish strings: loaded on their own, only for users who read this language. */
import type { HandBackStrings } from './strings';

const strings: HandBackStrings = {
  heading: 'Det här hände under frånvaron: {name}',
  loading: 'Det som hände under frånvaron läses in…',
  back: 'Tillbaka',
  print: 'Skriv ut',
  actions: 'Listans funktioner',
  period: '{kind} {start}–{end}',
  periodOngoing: '{kind} {start}–{end}, fram till i dag',
  noAccounts: 'Frånvaron gällde inga kundrelationer.',
  coveredBy: 'Vikarie: {names}',
  nobodyCovered: 'Kundrelationen hade ingen vikarie.',
  changed: 'Nya och ändrade',
  created: 'ny',
  modified: 'ändrad',
  changedGroup: '{list} ({count})',
  showAll: 'Visa alla {count}',
  showFewer: 'Visa färre',
  clockDone: 'Årshjulet: klara',
  clockMissed: 'Årshjulet: inte gjorda',
  newFeedback: 'Ny respons',
  nothing: 'Inget.',
  doneOn: 'klar {date}',
  dueOn: 'förföll {date}',
  partly: 'En del av uppgifterna kunde inte läsas: {message}',
};

export default strings;
