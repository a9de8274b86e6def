/** Finnish strings: loaded on their own, only for users who read this language. */
import type { HandBackStrings } from './strings';

const strings: HandBackStrings = {
  heading: 'Poissaolon aikana tapahtunut: {name}',
  loading: 'Ladataan poissaolon aikana tapahtunutta…',
  back: 'Takaisin',
  print: 'Tulosta',
  actions: 'Luettelon toiminnot',
  period: '{kind} {start}–{end}',
  periodOngoing: '{kind} {start}–{end}, tähän päivään asti',
  noAccounts: 'Poissaolo ei koskenut yhtään asiakkuutta.',
  coveredBy: 'Tuuraaja: {names}',
  nobodyCovered: 'Asiakkuudella ei ollut tuuraajaa.',
  changed: 'Uudet ja muuttuneet',
  created: 'uusi',
  modified: 'muutettu',
  changedGroup: '{list} ({count})',
  showAll: 'Näytä kaikki {count}',
  showFewer: 'Näytä vähemmän',
  clockDone: 'Vuosikello: tehdyt',
  clockMissed: 'Vuosikello: tekemättä jääneet',
  newFeedback: 'Uusi palaute',
  nothing: 'Ei mitään.',
  doneOn: 'tehty {date}',
  dueOn: 'erääntyi {date}',
  partly: 'Osaa tiedoista ei voitu lukea: {message}',
};

export default strings;
