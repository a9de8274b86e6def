/** Strings of the Substitutes view (tuuraus): absences, the team timeline, my duties and the cover matrix. */
import { defineBundle } from '../../loc/bundle';

export interface SubstitutesStrings {
  title: string;
  intro: string;
  refresh: string;
  loading: string;
  tabs: { absences: string; duties: string; matrix: string; crossCover: string };
  presence: {
    noGraph: string;
    failed: string;
    outOfOffice: string;
    availability: Record<'Available' | 'Busy' | 'DoNotDisturb' | 'BeRightBack' | 'Away' | 'Offline' | 'PresenceUnknown', string>;
  };
  absences: {
    heading: string;
    windowNote: string;
    add: string;
    asTable: string;
    readOnly: string;
    empty: string;
    legend: string;
    today: string;
    weekend: string;
    timelineLabel: string;
    timelineHelp: string;
    /** A bar's accessible name: "{name}: {kind} {from}–{to}". */
    bar: string;
    barSubstitute: string;
    barNoCover: string;
    open: string;
    edit: string;
    view: string;
    columns: { person: string; kind: string; from: string; to: string; days: string; substitute: string; cover: string; actions: string };
    covered: string;
    notCovered: string;
    noSubstitute: string;
    ownLater: string;
    handBack: string;
    handBackFor: string;
  };
  warnings: {
    heading: string;
    none: string;
    substituteAway: string;
    substituteAwayNext: string;
    /** The same for several accounts at once ({accounts}: "KKO, RISE ja UO"). */
    substituteAwayMany: string;
    substituteAwayNextMany: string;
    noCover: string;
    noCoverMany: string;
    /** Joins the last two of a list: "KKO, RISE ja UO". */
    and: string;
    overloaded: string;
    selfSubstitute: string;
    unknownPerson: string;
  };
  editor: {
    newTitle: string;
    editTitle: string;
    viewTitle: string;
    readOnly: string;
    person: string;
    start: string;
    end: string;
    kind: string;
    substitute: string;
    substituteNone: string;
    substituteHelp: string;
    coverShort: string;
    coverShortHelp: string;
    lengthCovered: string;
    lengthNotCovered: string;
    accounts: string;
    accountsHelp: string;
    accountsNone: string;
    override: string;
    overrideSame: string;
    notes: string;
    checkFields: string;
    draftRestored: string;
    discardDraft: string;
    conflictTheirs: string;
    useTheirs: string;
    delete: string;
    deleteConfirm: string;
    deleteYes: string;
    deleteNo: string;
    deleting: string;
    warningsHeading: string;
    saved: string;
    deleted: string;
  };
  duties: {
    heading: string;
    intro: string;
    empty: string;
    columns: { account: string; manager: string; since: string; until: string; source: string; brief: string };
    source: Record<'override' | 'substitute' | 'backup' | 'chained', string>;
    openBrief: string;
    openBriefFor: string;
  };
  matrix: {
    heading: string;
    intro: string;
    onlySpof: string;
    caption: string;
    account: string;
    status: string;
    roles: Record<'manager' | 'backup' | 'substitute', string>;
    rolesShort: Record<'manager' | 'backup' | 'substitute', string>;
    legend: string;
    noCover: string;
    spof: string;
    ok: string;
    none: string;
    count: string;
  };
  back: string;
}

export const bundle = defineBundle<SubstitutesStrings>('substitutes', {
  fi: () => import(/* webpackChunkName: 'strings-substitutes-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-substitutes-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-substitutes-en' */ './strings.en'),
});
