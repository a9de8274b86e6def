/** Strings of the quarterly satisfaction view (asiakastyytyväisyys): overview, detail, actions and the CSV export. */
import { defineBundle } from '../../loc/bundle';

export interface SatisfactionStrings {
  title: string;
  intro: string;
  refresh: string;
  loading: string;
  /** "Q{quarter}/{year}". */
  quarter: string;
  /** "alle {n} vastausta". */
  fewer: string;
  noSurvey: string;
  /** A quarter with a survey but no answers from the account (saying so reveals nobody). */
  noAnswers: string;
  noAccess: string;
  ownOnly: string;
  readFailed: string;
  importButton: string;
  surveysButton: string;
  close: string;
  overview: {
    caption: string;
    account: string;
    nps: string;
    responseRate: string;
    total: string;
    /** "{count} asiakkuutta jätetty pois (alle {n} vastausta)". */
    leftOut: string;
    /** Words beside the icon: "merkittävä lasku: {areas}". */
    drop: string;
    select: string;
    selected: string;
    noAccounts: string;
    /** Accounts with no answers in any of the eight quarters, listed below the table instead of empty rows. */
    notSurveyed: string;
  };
  detail: {
    /** "{name}: {quarter}". */
    heading: string;
    organisation: string;
    areasCaption: string;
    area: string;
    previous: string;
    current: string;
    change: string;
    significance: string;
    significantDrop: string;
    notSignificant: string;
    overall: string;
    trend: string;
    /** The chart's accessible name: "Kokonaiskeskiarvo neljänneksittäin: {points}". */
    chartLabel: string;
    distribution: string;
    value: string;
    nps: string;
    /** "NPS {score}: {promoters} suosittelijaa, {passives} passiivista, {detractors} arvostelijaa ({answers} vastausta)". */
    npsValue: string;
    responseRate: string;
    /** "{answered}/{invited} kutsutusta vastasi ({percent} %)". */
    responseRateValue: string;
    noInvited: string;
    /** "{count} vastausta". */
    responses: string;
    comments: string;
    noComments: string;
    suppressed: string;
    existingActions: string;
    /** "{title} – {owner}, {due}". */
    actionLine: string;
  };
  action: {
    create: string;
    /** The button's accessible name: "Luo toimenpide: {area}". */
    createLabel: string;
    /** Prefilled title of a drop: "{area}: keskiarvo laski {from} → {to} ({quarter})". */
    dropTitle: string;
    /** Prefilled title of any result: "{area}: keskiarvo {value} ({quarter})". */
    resultTitle: string;
    formTitle: string;
    titleLabel: string;
    owner: string;
    due: string;
    save: string;
    saving: string;
    cancel: string;
    saved: string;
    failed: string;
    noOwner: string;
  };
  export: {
    button: string;
    overviewCsv: string;
    detailCsv: string;
    downloaded: string;
    failed: string;
    fileStem: string;
    detailFileStem: string;
    account: string;
    overall: string;
    responses: string;
    leftOut: string;
    average: string;
    change: string;
    distribution: string;
    comments: string;
    promoters: string;
    passives: string;
    detractors: string;
  };
}

export const bundle = defineBundle<SatisfactionStrings>('satisfaction', {
  fi: () => import(/* webpackChunkName: 'strings-satisfaction-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-satisfaction-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-satisfaction-en' */ './strings.en'),
});
