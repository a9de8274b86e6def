/** Strings of the team meeting view (tiimipalaveri): the review lists, the feedback summary and its CSV export. */
import { defineBundle } from '../../loc/bundle';
import type { PeriodKind } from '../../domain/feedbackSummary';

export interface TeamReviewStrings {
  title: string;
  intro: string;
  refresh: string;
  loading: string;
  tabs: { review: string; summary: string };
  review: {
    recordsHeading: string;
    feedbackHeading: string;
    /** "{count} käsittelemättä". */
    count: string;
    recordsEmpty: string;
    feedbackEmpty: string;
    ownOnly: string;
    noAccessRecords: string;
    noAccessFeedback: string;
    readOnlyRecords: string;
    readOnlyFeedback: string;
    noAccount: string;
    conflictAlways: string;
    broughtBy: string;
    situation: string;
    solution: string;
    noSolution: string;
    reason: string;
    status: string;
    reaction: string;
    supervisorNotified: string;
    mark: string;
    /** The button's accessible name: "Merkitse käsitellyksi: {what}, {account}, {date}". */
    markLabel: string;
    marking: string;
    marked: string;
    alreadyMarked: string;
    doneToday: string;
  };
  summary: {
    heading: string;
    period: string;
    periodKinds: Record<PeriodKind, string>;
    previous: string;
    next: string;
    current: string;
    /** {week}, {year}. */
    week: string;
    /** {quarter}, {year}. */
    quarter: string;
    total: string;
    /** "{count} edellisellä jaksolla ({period})". */
    comparedTo: string;
    reactedShare: string;
    reactedShareValue: string;
    medianDays: string;
    medianDaysValue: string;
    none: string;
    byKindReason: string;
    kind: string;
    sum: string;
    byStatus: string;
    trend: string;
    /** The chart's accessible name: "{period}: palautteet lajeittain, {steps}". */
    chartLabel: string;
    trendStep: string;
    previousPeriodColumn: string;
    /** Weekday + date, ISO week, month: the trend's steps. */
    weekStep: string;
    empty: string;
    loading: string;
  };
  export: {
    button: string;
    summaryCsv: string;
    itemsCsv: string;
    hint: string;
    downloaded: string;
    nothing: string;
    failed: string;
    fileStem: string;
    itemsFileStem: string;
    columns: {
      section: string;
      what: string;
      count: string;
      previous: string;
      date: string;
      account: string;
      kind: string;
      reason: string;
      reasonOther: string;
      channel: string;
      status: string;
      reactedOn: string;
      daysToReaction: string;
      text: string;
      reaction: string;
    };
    sections: { total: string; kindReason: string; status: string; trend: string; reacted: string; median: string };
  };
}

export const bundle = defineBundle<TeamReviewStrings>('teamReview', {
  fi: () => import(/* webpackChunkName: 'strings-team-review-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-team-review-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-team-review-en' */ './strings.en'),
});
