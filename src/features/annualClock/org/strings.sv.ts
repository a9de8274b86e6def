/** Swedish strings: loaded on their own, only for users who read this language. */
import type { OrgViewStrings } from './strings';

const strings: OrgViewStrings = {
  title: 'Kundrelationer per kvartal',
  intro: 'Läget för årshjulets uppgifter per kundrelation. De kundrelationer som ligger mest efter står överst.',
  caption: 'Årshjulets uppgifter {year} per kundrelation och kvartal',
  account: 'Kundrelation',
  quarter: 'Kvartal {n}',
  wholeYear: 'Hela året',
  overdue: 'Försenade: {n}',
  doneLate: 'Klara för sent: {n}',
  doneOnTime: 'Klara i tid: {n}',
  open: 'Kommande: {n}',
  none: 'Inga uppgifter',
  behindNone: 'Alla kundrelationer följer tidsplanen.',
  behindOne: '1 kundrelation ligger efter',
  behindMany: '{n} kundrelationer ligger efter',
  asOf: 'Läget {date}',
  organisation: 'Gemensamma uppgifter (ingen kundrelation)',
  openAccount: 'Öppna årshjulet för kundrelationen {name}',
  legend:
    'Försenade: förfallodagen har passerat och uppgiften har inte markerats som klar. Klara för sent: markerade som klara efter förfallodagen. Kommande: förfallodagen har inte passerat än.',
  noAccounts: 'Det finns inga aktiva kundrelationer.',
};

export default strings;
