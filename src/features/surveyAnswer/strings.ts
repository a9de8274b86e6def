/** Strings of answering the quarterly survey (kysely): the scale's words, the questions' frame, saving and closing. */
import { defineBundle } from '../../loc/bundle';

export interface SurveyAnswerStrings {
  title: string;
  loading: string;
  /** "{quarter}. neljännes {year}". */
  period: string;
  /** "Vastaa viimeistään {date}". */
  closes: string;
  account: string;
  chooseAccount: string;
  /** "Linkin asiakkuutta {account} ei löytynyt. Valitse asiakkuus." */
  unknownAccount: string;
  noSurvey: string;
  noAccounts: string;
  /** The school scale's words, 4–10. */
  scale: Record<'4' | '5' | '6' | '7' | '8' | '9' | '10', string>;
  cantSay: string;
  requiredNote: string;
  areaFallback: string;
  nps: { question: string; low: string; high: string };
  comment: string;
  commentHelp: string;
  send: string;
  sending: string;
  change: string;
  /** "Vastaamatta: {questions}". */
  missing: string;
  /** "Kiitos! Vastauksesi asiakkuudesta {account} on tallennettu {time}." */
  saved: string;
  /** "Vastasit {time}. Voit muuttaa vastauksiasi {date} asti." */
  answeredAt: string;
  closed: string;
  /** "Kysely sulkeutui {date}." */
  closedOn: string;
  notOpenYet: string;
  /** "Kysely avautuu {date}." */
  opensOn: string;
  noAnswerGiven: string;
  draftRestored: string;
  clearDraft: string;
  noRight: string;
  conflict: string;
  reload: string;
  tooLong: string;
}

export const bundle = defineBundle<SurveyAnswerStrings>('surveyAnswer', {
  fi: () => import(/* webpackChunkName: 'strings-survey-answer-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-survey-answer-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-survey-answer-en' */ './strings.en'),
});
