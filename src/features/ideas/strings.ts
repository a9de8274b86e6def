/** Strings of the Ideas view: the idea portfolio (ideasalkku), the idea card and the steering group's gate. */
import { defineBundle } from '../../loc/bundle';
import type { CardField } from '../../domain/ideaGate';
import type { GateDecisionAction } from '../../data/queries/ideas';

export interface IdeaStrings {
  title: string;
  intro: string;
  refresh: string;
  loading: string;
  /** Joins the last item of a list: "kuvaus, tavoitteet ja riskit". */
  and: string;
  /** "{account}: ideat" when the page names an account. */
  accountHeading: string;
  /** account= named no account on this site: "Asiakkuutta {account} ei löytynyt." */
  unknownAccount: string;
  showAll: string;
  list: {
    filters: string;
    filterStage: string;
    filterAccount: string;
    all: string;
    clearFilters: string;
    /** "{shown}/{total} ideaa näkyvissä". */
    shown: string;
    empty: string;
    /** The table's caption within a stage group: "{stage}: {count} ideaa". */
    groupCaption: string;
    idea: string;
    account: string;
    stage: string;
    owner: string;
    cost: string;
    lastDecision: string;
    noOwner: string;
    noCost: string;
    noDecision: string;
    /** "Avaa idea {title}". */
    open: string;
    /** A gate stage with no decision behind it: "ei päätetty portilla". */
    notDecided: string;
    /** Hint for notDecided: the stage was written without the gate. */
    notDecidedHint: string;
    /** "{decision} {date}". */
    decisionOn: string;
  };
  detail: {
    back: string;
    /** "Vaihe: {stage}". */
    stage: string;
    /** "Asiakkuus: {account}". */
    account: string;
    /** "Idean omistaja: {owner}". */
    owner: string;
  };
  card: {
    heading: string;
    fields: Record<CardField, string>;
    /** The fields as named inside a sentence ("ideakortista puuttuu kuvaus ja riskit"). */
    names: Record<CardField, string>;
    /** Field descriptions (what the steering group looks for). */
    hints: Record<CardField, string>;
    save: string;
    saving: string;
    saved: string;
    readOnly: string;
    costNotNumber: string;
    costNegative: string;
    conflict: string;
    reloadTheirs: string;
    unsaved: string;
  };
  submit: {
    button: string;
    /** "Ei voi vielä viedä ohjausryhmään:". */
    refusedHeading: string;
    wrongStage: string;
    /** "Ideakortista puuttuu: {fields}." */
    missing: string;
    submitted: string;
    hint: string;
  };
  gate: {
    heading: string;
    intro: string;
    reason: string;
    reasonHint: string;
    decidedOn: string;
    actions: Record<GateDecisionAction, string>;
    /** "Ei voi kirjata:". */
    refusedHeading: string;
    needReason: string;
    needDate: string;
    invalidDate: string;
    futureDate: string;
    wrongStage: string;
    notLeadership: string;
    confirmTitle: string;
    /** "{action}: {title}". */
    confirmText: string;
    confirmReason: string;
    confirmDate: string;
    confirm: string;
    cancel: string;
    /** "Päätös kirjattu: {decision}." */
    decided: string;
    /** "Jatkotoimenpide luotu: {title}, määräpäivä {due}, vastuuhenkilö {owner}." */
    followUp: string;
    /** "{who} ehti jo kirjata tämän käsittelykierroksen päätöksen: {decision} ({date}), perusteluna ”{reason}”. Sinun päätöstäsi ei kirjattu." */
    decidedElsewhere: string;
    someone: string;
    noDate: string;
    reload: string;
    denied: string;
    /** "{who} päätti {date}: {decision}." shown when the current round is already decided. */
    alreadyDecided: string;
  };
  create: {
    /** The button that opens the form: "Uusi idea". */
    button: string;
    heading: string;
    intro: string;
    title: string;
    account: string;
    chooseAccount: string;
    source: string;
    noSource: string;
    description: string;
    descriptionHint: string;
    stage: string;
    save: string;
    saving: string;
    cancel: string;
    /** "Ideaa ei voi tallentaa:". */
    refusedHeading: string;
    titleRequired: string;
    /** "Otsikko saa olla enintään {max} merkkiä." */
    titleTooLong: string;
    accountRequired: string;
    denied: string;
    /** "Idea ”{title}” tallennettu. Täydennä ideakortti." */
    created: string;
  };
  move: {
    toNeed: string;
    toNeedHint: string;
    toAnalysis: string;
    toAnalysisHint: string;
    /** "Idea siirretty vaiheeseen {stage}." */
    moved: string;
    conflict: string;
    reload: string;
    denied: string;
  };
  decision: Record<'go' | 'rejected' | 'returned', string>;
  history: {
    heading: string;
    caption: string;
    empty: string;
    when: string;
    who: string;
    change: string;
    reason: string;
    decidedOn: string;
    /** "{from} → {to}". */
    fromTo: string;
    /** A decision the idea does not carry yet (its own update is pending). */
    pending: string;
    unknownPerson: string;
  };
}

export const bundle = defineBundle<IdeaStrings>('ideas', {
  fi: () => import(/* webpackChunkName: 'strings-ideas-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-ideas-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-ideas-en' */ './strings.en'),
});
