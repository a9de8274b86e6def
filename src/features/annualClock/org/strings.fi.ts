/** Finnish strings: loaded on their own, only for users who read this language. */
import type { OrgViewStrings } from './strings';

const strings: OrgViewStrings = {
  title: 'Asiakkuudet neljännesvuosittain',
  intro: 'Vuosikellon tehtävien tilanne asiakkuuksittain. Eniten jäljessä olevat asiakkuudet ovat ylimpänä.',
  caption: 'Vuosikellon tehtävät {year} asiakkuuksittain ja neljännesvuosittain',
  account: 'Asiakkuus',
  quarter: '{n}. neljännes',
  wholeYear: 'Koko vuosi',
  overdue: 'Myöhässä: {n}',
  doneLate: 'Tehty myöhässä: {n}',
  doneOnTime: 'Tehty ajallaan: {n}',
  open: 'Tulossa: {n}',
  none: 'Ei tehtäviä',
  behindNone: 'Kaikki asiakkuudet ovat aikataulussa.',
  behindOne: '1 asiakkuus jäljessä',
  behindMany: '{n} asiakkuutta jäljessä',
  asOf: 'Tilanne {date}',
  organisation: 'Yhteiset tehtävät (ei asiakkuutta)',
  openAccount: 'Avaa asiakkuuden {name} vuosikello',
  legend:
    'Myöhässä: eräpäivä on mennyt, eikä tehtävää ole merkitty tehdyksi. Tehty myöhässä: merkitty tehdyksi eräpäivän jälkeen. Tulossa: eräpäivä ei ole vielä mennyt.',
  noAccounts: 'Aktiivisia asiakkuuksia ei ole.',
};

export default strings;
