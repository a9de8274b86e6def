/** Strings of the survey administration: surveys by year, the editor, its rules and the over-survey guard. */
import { defineBundle } from '../../../loc/bundle';

export interface SurveyAdminStrings {
  heading: string;
  loading: string;
  year: string;
  readOnly: string;
  createNextQuarter: string;
  /** "Luo vuosittainen asiakaskysely {year}". */
  createAnnual: string;
  none: string;
  columns: { title: string; kind: string; period: string; opens: string; closes: string; status: string; responses: string };
  /** "{quarter}/{year}". */
  quarterPeriod: string;
  responsesUnknown: string;
  edit: string;
  /** Edit button's accessible name: "Muokkaa kyselyä {title}". */
  editLabel: string;
  editor: {
    newHeading: string;
    /** "Muokkaa: {title}". */
    editHeading: string;
    /** "Kyselyyn on {count} vastausta: …". */
    answeredNote: string;
    title: string;
    opens: string;
    closes: string;
    status: string;
    questions: string;
    questionId: string;
    area: string;
    textFi: string;
    textSv: string;
    textEn: string;
    required: string;
    /** "Poista kysymys {id}". */
    remove: string;
    add: string;
    nps: string;
    openFeedback: string;
    save: string;
    saving: string;
    cancel: string;
    saved: string;
    conflict: string;
    /** "Neljännekselle {quarter}/{year} on jo neljännesvuosikysely." */
    quarterTaken: string;
  };
  problems: {
    titleRequired: string;
    closesBeforeOpens: string;
    noQuestions: string;
    missingId: string;
    /** "Kysymystunnus {id} on käytössä useammin kuin kerran." */
    duplicateId: string;
    /** "Kysymykseltä {id} puuttuu teksti: {lang}." */
    missingText: string;
    /** "Kysymystä ”{question}” ei voi poistaa: siihen on jo vastattu." */
    removedAnswered: string;
    /** "Kysymyksen ”{question}” asteikkoa ei voi muuttaa: siihen on jo vastattu." */
    scaleAnswered: string;
    npsAnswered: string;
    langs: { fi: string; sv: string; en: string };
  };
  guard: {
    heading: string;
    /** "Neljännes {quarter}/{year}: {count} seurantaryhmän jäsentä saa kyselyn." */
    summary: string;
    /** "{name} saisi kyselyn kahdesti tällä neljänneksellä ({accounts})." */
    twice: string;
    /** "{name} saisi kyselyn {count} kertaa tällä neljänneksellä ({accounts})." */
    times: string;
    ok: string;
    noContacts: string;
  };
}

export const bundle = defineBundle<SurveyAdminStrings>('surveyAdmin', {
  fi: () => import(/* webpackChunkName: 'strings-survey-admin-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-survey-admin-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-survey-admin-en' */ './strings.en'),
});
