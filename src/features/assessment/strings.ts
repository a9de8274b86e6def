/** Strings of the partnership assessment (kumppanuusarvio, 9E): results by period, recording an assessment, development proposals. */
import { defineBundle } from '../../loc/bundle';

export interface AssessmentStrings {
  title: string;
  intro: string;
  refresh: string;
  loading: string;
  account: string;
  chooseAccount: string;
  /** "Linkin asiakkuutta ”{account}” ei löytynyt. Valitse asiakkuus." */
  unknownAccount: string;
  noAccounts: string;
  noPeriods: string;
  /** Staff: the assessments list is closed to them. */
  noAccess: string;
  /** A customer respondent reads only their own assessments: no results are shown. */
  ownOnly: string;
  /** Respondent levels, by id. */
  levels: { contract: string; operational: string };
  results: {
    heading: string;
    /** "{account}: kumppanuusarvion keskiarvot kausittain (asteikko 1–5)". */
    caption: string;
    dimension: string;
    trend: string;
    /** "{count} vastausta". */
    count: string;
    /** "alle {n} vastausta". */
    fewer: string;
    noAnswers: string;
    /** Hidden so that a small group next to it cannot be worked out. */
    complementary: string;
    /** "nousi {delta}" */
    up: string;
    /** "laski {delta}" */
    down: string;
    same: string;
    /** Fewer than two periods shown: no trend. */
    noTrend: string;
    /** "{from}–{to}" under the trend column: which periods it compares. */
    trendRange: string;
    /** "Muutos edellisestä kaudesta: {delta}" (for screen readers, next to the arrow). */
    changeFromPrevious: string;
    byLevel: string;
    byLevelHelp: string;
    none: string;
    /** Under the table: what the numbers are and the privacy rule. */
    note: string;
  };
  form: {
    heading: string;
    period: string;
    noOpenPeriods: string;
    level: string;
    respondentName: string;
    respondentHelp: string;
    combined: string;
    combinedHelp: string;
    /** "Asteikko 1–5 …". */
    scaleNote: string;
    /** Scale words 1–5. */
    scale: Record<'1' | '2' | '3' | '4' | '5', string>;
    comment: string;
    commentHelp: string;
    save: string;
    saveChanges: string;
    saving: string;
    /** "Arvioimatta: {dimensions}". */
    missing: string;
    chooseLevel: string;
    nameRequired: string;
    /** "Arvio tallennettu {time}." */
    saved: string;
    conflict: string;
    takeTheirs: string;
    /** "{name} on jo arvioinut tämän kauden …" */
    exists: string;
    /** "Muokkaat henkilön {name} arviota, tallennettu {time}." */
    editing: string;
    draftRestored: string;
    clearDraft: string;
    noRight: string;
    /** "Tallennus epäonnistui: {message}" */
    failed: string;
  };
  proposals: {
    heading: string;
    intro: string;
    none: string;
    /** "{dimension}, {period}: keskiarvo {average}, heikkoja arvioita {low}". */
    line: string;
    propose: string;
    creating: string;
    /** "Kehittämistoimenpide luotu: vastuuhenkilö {owner}, määräpäivä {date}." */
    created: string;
    /** The action is someone's, not done: its status. "Kehittämistoimenpide on jo olemassa ({status}), määräpäivä {date}." */
    exists: string;
    /** "Näkyy seuraavan seurantaryhmän asialistalla ({date})." */
    appears: string;
    appearsUnplanned: string;
    noOwner: string;
    noDue: string;
    noRight: string;
    /** "Toimenpiteen luonti epäonnistui: {message}" */
    failed: string;
    /** After saving: "Tämän kauden heikot tulokset". */
    afterSave: string;
  };
}

export const bundle = defineBundle<AssessmentStrings>('assessment', {
  fi: () => import(/* webpackChunkName: 'strings-assessment-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-assessment-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-assessment-en' */ './strings.en'),
});
