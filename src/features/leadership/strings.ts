/** Strings of the leadership situation picture (tilannekuva): every account on one screen, and the managers' goals. */
import { defineBundle } from '../../loc/bundle';
import type { DeadlineState } from '../../domain/agreements';
import type { NineEWorld } from '../../domain/partnership9E';

export interface LeadershipStrings {
  title: string;
  intro: string;
  refresh: string;
  loading: string;
  /** 403/404: a reader SharePoint does not show the provider's lists (a customer's respondent). */
  noAccessTitle: string;
  noAccess: string;
  /** A part could not be read: "{count} osaa ei voitu lukea: {message}". */
  partsMissing: string;
  /** Staff: the responses are not theirs to read. */
  noResponses: string;
  tabs: { accounts: string; goals: string };
  /** "{count} asiakkuutta · {late} sopimusta myöhässä · …" */
  summary: string;
  filters: string;
  filterTier: string;
  filterManager: string;
  filterText: string;
  all: string;
  noTier: string;
  noManager: string;
  clearFilters: string;
  /** "{shown}/{total} asiakkuutta näkyvissä". */
  shown: string;
  empty: string;
  emptySite: string;
  caption: string;
  /** "Lajittele: {column}". */
  sortBy: string;
  columns: {
    account: string;
    tier: string;
    manager: string;
    agreement: string;
    clock: string;
    satisfaction: string;
    nineE: string;
    actions: string;
    ideas: string;
    feedback: string;
    cover: string;
  };
  /** The account's button: "Avaa asiakkuus: {account}". */
  open: string;
  panelClose: string;
  agreement: {
    state: Record<DeadlineState, string>;
    notStarted: string;
    /** "Vaihe {step}/{of}". */
    step: string;
    /** "{days} pv jäljellä". */
    daysLeft: string;
    /** "{days} pv myöhässä". */
    daysLate: string;
  };
  /** "{count} myöhässä". */
  overdue: string;
  noneOverdue: string;
  /** "{open} avoinna, {overdue} myöhässä". */
  actionsText: string;
  /** "{open} avoinna, {gate} odottaa porttia". */
  ideasText: string;
  /** "{total}, joista {negative} kielteistä". */
  feedbackText: string;
  /** No open actions or ideas. */
  noneOpen: string;
  /** Open items when none is overdue or awaiting the gate. */
  openOnly: string;
  noFeedback: string;
  /** The satisfaction trend in one line: the quarters' span and each quarter's figure (– where none is shown). */
  trendLine: string;
  satisfaction: {
    /** "{value} ({quarter})". */
    latest: string;
    /** "{change} edellisestä". */
    change: string;
    drop: string;
    /** "Alle {threshold} vastausta". */
    few: string;
    none: string;
    noSurvey: string;
    noAccess: string;
    /** The trend's title: "Neljännekset {quarters}". */
    trend: string;
  };
  nineE: {
    worlds: Record<NineEWorld, string>;
    /** Short names for the table: "Talous", "Ihminen", "Arvot". */
    short: Record<NineEWorld, string>;
    /** "Alle {threshold} vastausta". */
    few: string;
    none: string;
  };
  cover: {
    none: string;
    /** "Ei tuuraajaa nyt ({manager} poissa {until} asti)". */
    now: string;
    /** "Ei tuuraajaa {since}–{until} ({manager})". */
    soon: string;
  };
  /** The quarter: "Q{quarter}/{year}". */
  quarter: string;
  goals: {
    heading: string;
    intro: string;
    caption: string;
    manager: string;
    accounts: string;
    satisfaction: string;
    events: string;
    development: string;
    projects: string;
    ideaActions: string;
    /** "{done}/{of} ({share})". */
    ratio: string;
    /** "{held}/{planned} ({share})". */
    eventsValue: string;
    /** "{value} ({shown} asiakkuutta; {leftOut} ei mukana)". */
    satisfactionValue: string;
    noFigure: string;
    total: string;
  };
  howCounted: {
    heading: string;
    agreement: string;
    clock: string;
    satisfaction: string;
    nineE: string;
    actions: string;
    ideas: string;
    feedback: string;
    cover: string;
    goalSatisfaction: string;
    goalEvents: string;
    goalDevelopment: string;
    goalProjects: string;
    goalIdeaActions: string;
  };
  export: {
    button: string;
    /** "Tallennettiin {file}." */
    downloaded: string;
    failed: string;
    fileStem: string;
    abbreviation: string;
    agreementStage: string;
    agreementState: string;
    deadline: string;
    daysLeft: string;
    clockOverdue: string;
    satisfactionLatest: string;
    satisfactionQuarter: string;
    actionsOpen: string;
    actionsOverdue: string;
    ideasOpen: string;
    ideasAwaitingGate: string;
    feedbackTotal: string;
    feedbackNegative: string;
    coverGap: string;
  };
}

export const bundle = defineBundle<LeadershipStrings>('leadership', {
  fi: () => import(/* webpackChunkName: 'strings-leadership-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-leadership-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-leadership-en' */ './strings.en'),
});
