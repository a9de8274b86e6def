/** Strings of the situation and feedback forms (docs/care-model.md §6). */
import { defineBundle } from '../../loc/bundle';

export interface RecordFormsStrings {
  loading: string;
  /** Parts both forms share. */
  common: {
    account: string;
    accountNone: string;
    accountsOwn: string;
    accountsOther: string;
    /** A quick link named an account that is not active here: {account}. */
    unknownAccount: string;
    recorder: string;
    recorderHelp: string;
    date: string;
    more: string;
    moreSummary: string;
    forReview: string;
    submit: string;
    submitting: string;
    submitHint: string;
    copyLink: string;
    linkCopied: string;
    linkLabel: string;
    linkHelp: string;
    draftRestored: string;
    discardDraft: string;
    checkFields: string;
    fileAnother: string;
    followUp: string;
    followUpTitle: string;
    followUpOwner: string;
    followUpDue: string;
    followUpNoRights: string;
    /** The record was stored, its action was not: {error}. */
    actionFailed: string;
    retryAction: string;
    actionCreated: string;
    noRights: string;
    charCount: string;
  };
  situation: {
    title: string;
    intro: string;
    category: string;
    situation: string;
    situationHelp: string;
    solution: string;
    conflictNote: string;
    /** Saved: {category}, {account}, {date}. */
    saved: string;
    open: string;
  };
  feedback: {
    title: string;
    intro: string;
    kind: string;
    reason: string;
    reasonOther: string;
    channel: string;
    channelNone: string;
    text: string;
    /** Saved: {kind}, {account}, {date}. */
    saved: string;
    open: string;
    handleTitle: string;
    handleIntro: string;
    /** {kind}, {date}, {recorder}, {account}. */
    filedBy: string;
    status: string;
    reaction: string;
    reactionHelp: string;
    handler: string;
    handlerNone: string;
    respondentInformed: string;
    respondentInformedAsk: string;
    reactedOn: string;
    saveHandling: string;
    handled: string;
    /** A 412: their version: {status}, {reaction}. */
    conflictTheirs: string;
    useTheirs: string;
    notFound: string;
  };
}

export const bundle = defineBundle<RecordFormsStrings>('recordForms', {
  fi: () => import(/* webpackChunkName: 'strings-record-forms-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-record-forms-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-record-forms-en' */ './strings.en'),
});
