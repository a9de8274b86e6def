/** Strings of the Agreements view: the guided workflow of one service agreement and the leadership portfolio. */
import { defineBundle } from '../../loc/bundle';
import type { DeadlineState } from '../../domain/agreements';
import type { AgreementAction, RequirementId, SignerRole } from '../../domain/agreementFlow';

export interface AgreementStrings {
  title: string;
  intro: string;
  refresh: string;
  loading: string;
  /** Joins alternatives: "asiakkuusjohtaja tai asiakaspäällikkö". */
  or: string;
  /** The workflow's heading: "{account}: palvelusopimus {year}". */
  heading: string;
  backToPortfolio: string;
  /** account= & year= named no agreement: "{account}: vuoden {year} sopimusta ei ole vielä aloitettu." */
  noAgreement: string;
  unknownAccount: string;
  /** "Prosessi: {flow}". */
  flow: string;
  stepper: {
    label: string;
    done: string;
    current: string;
    next: string;
    later: string;
    /** "Vaihe {step}/{of}". */
    step: string;
  };
  deadline: {
    label: string;
    /** "Tavoite {date}". */
    value: string;
    none: string;
    state: Record<DeadlineState, string>;
    /** "{days} päivää jäljellä". */
    daysLeft: string;
    /** "{days} päivää myöhässä". */
    daysLate: string;
    dueToday: string;
  };
  status: {
    heading: string;
    /** "Tehty: {stage}." */
    done: string;
    nothingDone: string;
    /** "Seuraavaksi: {action}." */
    next: string;
    finished: string;
    blockedHeading: string;
    noBlockers: string;
    /** "Seuraavaksi allekirjoittaa: {role}." */
    nextSigner: string;
    /** "Seuraavaksi allekirjoittaa: {role} ({name})." */
    nextSignerNamed: string;
  };
  /** Action buttons, in the infinitive-ish imperative of a button. */
  actions: Record<AgreementAction, string>;
  /** After a transition: "{action}: vaihe on nyt {stage}." */
  moved: string;
  actionsHeading: string;
  /** Each requirement as a sentence that says what to do (the domain's Missing, with its detail where it has one). */
  requirements: Record<RequirementId, string> & {
    /** A diary number that is there but malformed: "{value}", "{example}". */
    diaryNumberInvalid: string;
    /** The checklist items not ticked: "{items}". */
    checklistItems: string;
    /** The appendices without the agreement's Dnro: "{appendices}". */
    appendicesWithout: string;
    /** A signing position nobody is planned for, or someone out of place: "{roles}". */
    signatoriesRoles: string;
  };
  refusal: {
    /** "Ei voi vielä: {action}." */
    heading: string;
    wrongStage: string;
    signatureOutOfOrder: string;
    notInFlow: string;
  };
  comment: {
    label: string;
    hint: string;
    requiredHint: string;
  };
  signing: {
    heading: string;
    role: string;
    name: string;
    signedOn: string;
  };
  signerRole: Record<SignerRole, string>;
  record: {
    heading: string;
    save: string;
    saving: string;
    saved: string;
    unsaved: string;
    readOnly: string;
    conflict: string;
    reloadTheirs: string;
    saveMine: string;
    diaryNumber: string;
    diaryNumberHint: string;
    diaryNumberInvalid: string;
    deadline: string;
    templates: string;
    templateAgreement: string;
    templateAppendices: string;
    templateHint: string;
    checklist: string;
    checklistItems: { templateChecked: string; dataCollected: string; draftComplete: string };
    appendices: string;
    appendixTitle: string;
    appendixUrl: string;
    appendixDiary: string;
    /** The remove button's name: "Poista liite: {title}". */
    removeAppendix: string;
    addAppendix: string;
    open: string;
    noAppendices: string;
    signatories: string;
    signatoriesHint: string;
    /** "{order}. {role}". */
    signatoryLabel: string;
    signatoryName: string;
    /** "allekirjoitti {date}". */
    signedOn: string;
    notSigned: string;
    addSignatory: string;
    /** "Poista allekirjoittaja: {name}". */
    removeSignatory: string;
    budget: string;
    transferredBudget: string;
    budgetAllocation: string;
    allocationItem: string;
    allocationAmount: string;
    addAllocation: string;
    /** "Poista rivi: {item}". */
    removeAllocation: string;
    invalidNumber: string;
    services: string;
    servicesList: string;
    systemsList: string;
    projectsList: string;
    oneALine: string;
    verifierName: string;
    verifiedOn: string;
    markVerified: string;
    /** "Tarkisti {name} {date}." */
    verifiedBy: string;
    notVerified: string;
    developmentPlans: string;
    developmentPlansHint: string;
    links: string;
    caseSystemUrl: string;
    workspaceUrl: string;
    documentUrl: string;
    notes: string;
    invalidUrl: string;
  };
  history: {
    heading: string;
    caption: string;
    when: string;
    who: string;
    change: string;
    comment: string;
    /** "{from} → {to}". */
    fromTo: string;
    created: string;
    empty: string;
    unknownPerson: string;
  };
  portfolio: {
    heading: string;
    year: string;
    /** "Sopimukset {year}: {count} asiakkuutta, {late} myöhässä, {atRisk} vaarassa, {notStarted} aloittamatta." */
    summary: string;
    caption: string;
    account: string;
    stage: string;
    deadline: string;
    state: string;
    daysLeft: string;
    blocker: string;
    owner: string;
    notStarted: string;
    noOwner: string;
    noBlocker: string;
    /** The row's button: "Avaa sopimus: {account}". */
    open: string;
    /** "Lajittele: {column}". */
    sortBy: string;
    filters: string;
    filterStage: string;
    filterState: string;
    filterOwner: string;
    filterText: string;
    all: string;
    /** "{shown}/{total} asiakkuutta näkyvissä". */
    shown: string;
    empty: string;
    clearFilters: string;
  };
  export: {
    button: string;
    /** "Tallennettiin {file}." */
    downloaded: string;
    failed: string;
    fileStem: string;
    abbreviation: string;
    diaryNumber: string;
    progress: string;
  };
}

export const bundle = defineBundle<AgreementStrings>('agreements', {
  fi: () => import(/* webpackChunkName: 'strings-agreements-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-agreements-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-agreements-en' */ './strings.en'),
});
