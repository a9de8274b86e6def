/**
 * The care-model schema: every list, field, choice and index the product uses, following the care models described in
 * docs/care-model.md (the ORK process, the Vantaa HR forms and account plan, the partnership agreement). Choice values are
 * language-neutral keys; the UI localizes them. Internal names are ASCII with the `AC` prefix.
 */
import {
  ABSENCE_KINDS,
  ACCOUNT_TYPES,
  ACTION_SOURCES,
  ACTION_STATUSES,
  AGREEMENT_KINDS,
  AGREEMENT_STAGES,
  CLOCK_CATEGORIES,
  CLOCK_RECURRENCES,
  CONTACT_ROLES,
  CONTACT_SIDES,
  FEEDBACK_CHANNELS,
  FEEDBACK_KINDS,
  FEEDBACK_REASONS,
  FEEDBACK_STATUSES,
  IDEA_DECISIONS,
  IDEA_SOURCES,
  IDEA_STAGES,
  LIFECYCLE_STAGES,
  MEETING_MODES,
  MEETING_RHYTHMS,
  MEETING_STATUSES,
  MEETING_TYPES,
  ORGANISATION_FORMS,
  OWNER_ROLES,
  RESPONSE_SOURCES,
  SITUATION_CATEGORIES,
  SURVEY_KINDS,
  SURVEY_STATUSES,
} from '../../domain/vocabulary';
import { FieldDef, FieldKind, ListDef, ListKey, LocalizedText } from './types';

/**
 * Bump when lists or fields are added; `ensureSchema` upgrades an older site in place. A field added after the
 * first version says so with `since` (provisioning can stop at a given version, e.g. to build a v1 site in a test).
 *
 * - v1: the care model's lists.
 * - v2: the annual clock's rules (ACClockTasks: ACCode, ACRule, ACOverrides, ACRetired, ACAccountTypes).
 * - v3: tuuraus per account (ACAbsences: ACCover).
 * - v4: the situation and feedback forms and the team meeting (ACSituationRecords: ACForReview; ACFeedback:
 *   ACForReview, ACReviewed, ACRespondentInformed, ACReactedOn; feedback kind 'question').
 * - v5: the quarterly survey (ACSurveyResponses: ACRespondentKey, read security "own items"; survey kind
 *   'annualCustomer').
 * - v6: the service agreement process (ACAgreements: ACFlow, ACTemplateVersions, ACBudgetAllocation, ACServices,
 *   ACDevelopmentPlans, ACCaseSystemUrl, ACWorkspaceUrl, ACLastTransition).
 * - v7: care tiers and the city units' models (ACAccounts: ACOrganisationForm and the provider side of the account
 *   team, ACITCoordinator, ACITManager, ACServiceOwner, ACServiceManager; ACIdeas: ACGateHistory, ACDecisionReason;
 *   contact roles 'counterpart' and 'contractContact'; meeting types 'tactical' and 'strategic'; action sources
 *   'assessment' and 'idea'; segments and ideas get list permissions of their own; ACIdeaDecisions, the
 *   steering group's gate decisions, which only leadership writes).
 */
export const SCHEMA_VERSION = 7;

const t = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });

function field(name: string, prop: string, kind: FieldKind, title: LocalizedText, opts: Partial<FieldDef> = {}): FieldDef {
  return { name, prop, kind, title, ...opts };
}

/** Client-generated key on every list: a create retried after a throttled-but-applied POST finds its twin. */
const clientKey = field('ACClientKey', 'clientKey', 'text', t('Asiakasavain', 'Klientnyckel', 'Client key'), {
  indexed: true,
  unique: true,
  maxLength: 64,
});
const accountLookup = (required = true): FieldDef =>
  field('ACAccount', 'accountId', 'lookup', t('Asiakkuus', 'Kundrelation', 'Account'), { lookupList: 'accounts', indexed: true, required });


export const LISTS: readonly ListDef[] = [
  {
    key: 'settings',
    title: 'ACSettings',
    displayName: t('Asetukset', 'Inställningar', 'Settings'),
    description: t('Account Care -sovelluksen asetukset ja skeemaversio', 'Inställningar och schemaversion för Account Care', 'Account Care settings and schema version'),
    titleProp: 'key',
    fields: [field('ACValue', 'value', 'note', t('Arvo', 'Värde', 'Value')), clientKey],
  },
  {
    key: 'segments',
    title: 'ACSegments',
    displayName: t('Segmentit ja hoitomallit', 'Segment och vårdmodeller', 'Segments and care tiers'),
    description: t('Asiakassegmentit ja kunkin hoitomalli', 'Kundsegment och deras vårdmodeller', 'Customer segments and their care tiers'),
    titleProp: 'name',
    fields: [
      field('ACCode', 'code', 'text', t('Tunnus', 'Kod', 'Code'), { indexed: true, maxLength: 40 }),
      field('ACDescription', 'description', 'note', t('Kuvaus', 'Beskrivning', 'Description')),
      field('ACCareTier', 'careTier', 'json', t('Hoitomalli', 'Vårdmodell', 'Care tier')),
      field('ACClockTemplate', 'clockTemplate', 'text', t('Vuosikellopohja', 'Årshjulsmall', 'Annual clock template'), { maxLength: 40 }),
      clientKey,
    ],
  },
  {
    key: 'accounts',
    title: 'ACAccounts',
    displayName: t('Asiakkuudet', 'Kundrelationer', 'Accounts'),
    description: t('Asiakkuudet, vastuuhenkilöt ja toimintatavat', 'Kundrelationer, ansvariga och arbetssätt', 'Accounts, owners and working agreements'),
    titleProp: 'name',
    titleLabel: t('Nimi', 'Namn', 'Name'),
    fields: [
      field('ACAbbreviation', 'abbreviation', 'text', t('Lyhenne', 'Förkortning', 'Abbreviation'), { indexed: true, required: true, maxLength: 20 }),
      field('ACAccountType', 'accountType', 'choice', t('Asiakkuuden tyyppi', 'Typ av kundrelation', 'Account type'), { choices: ACCOUNT_TYPES, required: true }),
      field('ACMemberAgencies', 'memberAgencies', 'note', t('Jäsenvirastot', 'Medlemsmyndigheter', 'Member agencies')),
      field('ACSegment', 'segmentId', 'lookup', t('Segmentti', 'Segment', 'Segment'), { lookupList: 'segments', indexed: true }),
      field('ACLifecycleStage', 'lifecycleStage', 'choice', t('Elinkaaren vaihe', 'Livscykelfas', 'Lifecycle stage'), { choices: LIFECYCLE_STAGES }),
      field('ACEngagementLevel', 'engagementLevel', 'number', t('Sitoutumisen taso (1–5)', 'Engagemangsnivå (1–5)', 'Engagement level (1–5)')),
      field('ACAccountManager', 'accountManager', 'user', t('Asiakaspäällikkö', 'Kundansvarig chef', 'Account manager'), { indexed: true }),
      field('ACBackup', 'backup', 'user', t('Varahenkilö / työpari', 'Ersättare / arbetspar', 'Backup / work pair'), { indexed: true }),
      field('ACSystemManager', 'systemManager', 'user', t('Järjestelmäpäällikkö', 'Systemchef', 'System manager')),
      field('ACMeetingRhythm', 'meetingRhythm', 'choice', t('Tapaamisrytmi', 'Mötesrytm', 'Meeting rhythm'), { choices: MEETING_RHYTHMS }),
      field('ACWorkingAgreements', 'workingAgreements', 'note', t('Toimintatavat', 'Arbetssätt', 'Working agreements')),
      field('ACPlanGeneral', 'planGeneral', 'note', t('Asiakkaan yleisinformaatio', 'Allmän kundinformation', 'General customer information')),
      field('ACPlanRelationship', 'planRelationship', 'note', t('Asiakassuhteen kuvaus', 'Beskrivning av kundrelationen', 'Description of the relationship')),
      field('ACPlanResponsibilities', 'planResponsibilities', 'note', t('Asiakassuhteen hoitamisen vastuut', 'Ansvar för kundrelationen', 'Responsibilities')),
      field('ACWorkspaceUrl', 'workspaceUrl', 'url', t('Asiakastyötila', 'Kundarbetsyta', 'Customer workspace')),
      field('ACCaseSystemUrl', 'caseSystemUrl', 'url', t('Asianhallinta', 'Ärendehantering', 'Case system')),
      field('ACDiaryNumbers', 'diaryNumbers', 'text', t('Diaarinumerot', 'Diarienummer', 'Diary numbers'), { maxLength: 255 }),
      field('ACKeyDocuments', 'keyDocuments', 'json', t('Keskeiset asiakirjat', 'Viktiga dokument', 'Key documents')),
      field('ACTeamsGroupId', 'teamsGroupId', 'text', t('Teams-tiimin tunnus', 'Teams-teamets id', 'Teams team id'), { indexed: true, maxLength: 64 }),
      field('ACTeamsChannelId', 'teamsChannelId', 'text', t('Teams-kanavan tunnus', 'Teams-kanalens id', 'Teams channel id'), { indexed: true, maxLength: 255 }),
      field('ACTeamsChannelName', 'teamsChannelName', 'text', t('Teams-kanava', 'Teams-kanal', 'Teams channel'), { maxLength: 255 }),
      field('ACActive', 'active', 'boolean', t('Aktiivinen', 'Aktiv', 'Active'), { indexed: true }),
      clientKey,
      // v7: the organisation form (cross-substitution readiness) and the provider side of the account team.
      field('ACOrganisationForm', 'organisationForm', 'choice', t('Organisaatiomuoto', 'Organisationsform', 'Organisation form'), { choices: ORGANISATION_FORMS, indexed: true, since: 7 }),
      field('ACITCoordinator', 'itCoordinator', 'user', t('IT-koordinaattori', 'IT-koordinator', 'IT coordinator'), { since: 7 }),
      field('ACITManager', 'itManager', 'user', t('IT-päällikkö', 'IT-chef', 'IT manager'), { since: 7 }),
      field('ACServiceOwner', 'serviceOwner', 'user', t('Palvelun omistaja', 'Tjänsteägare', 'Service owner'), { since: 7 }),
      field('ACServiceManager', 'serviceManager', 'user', t('Palvelupäällikkö', 'Tjänsteansvarig', 'Service manager'), { since: 7 }),
    ],
  },
  {
    key: 'contacts',
    title: 'ACContacts',
    displayName: t('Yhteyshenkilöt', 'Kontaktpersoner', 'Contacts'),
    description: t('Asiakkaan ja palveluntuottajan yhteyshenkilöt rooleineen', 'Kontaktpersoner hos kunden och leverantören', 'Customer and provider contacts with roles'),
    titleProp: 'name',
    titleLabel: t('Nimi', 'Namn', 'Name'),
    fields: [
      accountLookup(),
      field('ACSide', 'side', 'choice', t('Osapuoli', 'Part', 'Side'), { choices: CONTACT_SIDES, required: true }),
      field('ACRoles', 'roles', 'multiChoice', t('Roolit', 'Roller', 'Roles'), { choices: CONTACT_ROLES }),
      field('ACJobTitle', 'jobTitle', 'text', t('Tehtävänimike', 'Befattning', 'Job title'), { maxLength: 255 }),
      field('ACOrganisation', 'organisation', 'text', t('Organisaatio', 'Organisation', 'Organisation'), { maxLength: 255 }),
      field('ACEmail', 'email', 'text', t('Sähköposti', 'E-post', 'Email'), { maxLength: 255 }),
      field('ACPhone', 'phone', 'text', t('Puhelin', 'Telefon', 'Phone'), { maxLength: 40 }),
      field('ACSigningOrder', 'signingOrder', 'number', t('Allekirjoitusjärjestys', 'Undertecknandeordning', 'Signing order')),
      field('ACNotes', 'notes', 'note', t('Huomiot', 'Anteckningar', 'Notes')),
      clientKey,
    ],
  },
  {
    key: 'agreements',
    title: 'ACAgreements',
    displayName: t('Palvelusopimukset', 'Tjänsteavtal', 'Service agreements'),
    description: t('Vuosittaiset palvelu- ja kumppanuussopimukset ja niiden vaihe', 'Årliga tjänste- och partnerskapsavtal och deras skede', 'Annual service and partnership agreements and their stage'),
    titleProp: 'title',
    fields: [
      accountLookup(),
      field('ACYear', 'year', 'number', t('Sopimusvuosi', 'Avtalsår', 'Agreement year'), { indexed: true, required: true }),
      field('ACKind', 'kind', 'choice', t('Sopimustyyppi', 'Avtalstyp', 'Agreement type'), { choices: AGREEMENT_KINDS, required: true }),
      field('ACStage', 'stage', 'choice', t('Vaihe', 'Skede', 'Stage'), { choices: AGREEMENT_STAGES, indexed: true, required: true }),
      field('ACDiaryNumber', 'diaryNumber', 'text', t('Diaarinumero', 'Diarienummer', 'Diary number'), { indexed: true, maxLength: 60 }),
      field('ACDeadline', 'deadline', 'dateOnly', t('Tavoitepäivä', 'Måldatum', 'Target date'), { indexed: true }),
      field('ACChecklist', 'checklist', 'json', t('Luonnostelun tarkistuslista', 'Checklista för utkast', 'Drafting checklist')),
      field('ACSignatures', 'signatures', 'json', t('Allekirjoitukset', 'Underskrifter', 'Signatures')),
      field('ACTransferredBudget', 'transferredBudget', 'currency', t('Siirrettävä ICT-budjetti', 'Överförd IKT-budget', 'Transferred ICT budget')),
      field('ACAppendices', 'appendices', 'json', t('Liitteet', 'Bilagor', 'Appendices')),
      field('ACDocumentUrl', 'documentUrl', 'url', t('Sopimusasiakirja', 'Avtalsdokument', 'Agreement document')),
      field('ACSignedOn', 'signedOn', 'dateOnly', t('Allekirjoitettu', 'Undertecknat', 'Signed on')),
      field('ACOwner', 'owner', 'user', t('Vastuuhenkilö', 'Ansvarig', 'Owner'), { indexed: true }),
      field('ACNotes', 'notes', 'note', t('Huomiot', 'Anteckningar', 'Notes')),
      // v6: what the process needs (src/domain/agreementFlow.ts); ACFlow empty = the ORK flow.
      field('ACFlow', 'flow', 'text', t('Sopimusprosessi', 'Avtalsprocess', 'Agreement flow'), { maxLength: 60, since: 6 }),
      field('ACTemplateVersions', 'templateVersions', 'json', t('Sopimuspohjien versiot', 'Mallversioner', 'Template versions'), { since: 6 }),
      field('ACBudgetAllocation', 'budgetAllocation', 'json', t('Budjettijako', 'Budgetfördelning', 'Budget allocation'), { since: 6 }),
      field('ACServices', 'services', 'json', t('Palvelut, järjestelmät ja projektit', 'Tjänster, system och projekt', 'Services, systems and projects'), { since: 6 }),
      field('ACDevelopmentPlans', 'developmentPlans', 'note', t('Asiakkaan kehittämissuunnitelmat', 'Kundens utvecklingsplaner', "The customer's development plans"), { since: 6 }),
      field('ACCaseSystemUrl', 'caseSystemUrl', 'url', t('Asia asianhallinnassa', 'Ärendet i ärendehanteringen', 'Case in the case system'), { since: 6 }),
      field('ACWorkspaceUrl', 'workspaceUrl', 'url', t('Sopimus työtilassa', 'Avtalet i arbetsytan', 'Agreement in the workspace'), { since: 6 }),
      // The client key of the history entry of the last stage change: makes every transition's write unique, so a
      // colleague's identical move is a conflict, not a "landed" retry, and ties the item to its history.
      field('ACLastTransition', 'lastTransition', 'text', t('Viimeisin vaiheen muutos', 'Senaste skedesbyte', 'Last stage change'), { maxLength: 64, since: 6 }),
      clientKey,
    ],
  },
  {
    key: 'agreementHistory',
    title: 'ACAgreementHistory',
    displayName: t('Sopimusten vaihehistoria', 'Avtalens skedeshistorik', 'Agreement history'),
    description: t('Jokainen sopimuksen vaiheen muutos: kuka, milloin ja miksi', 'Varje skedesbyte: vem, när och varför', 'Every stage change: who, when and why'),
    fields: [
      field('ACAgreement', 'agreementId', 'lookup', t('Sopimus', 'Avtal', 'Agreement'), { lookupList: 'agreements', indexed: true, required: true }),
      field('ACFromStage', 'fromStage', 'choice', t('Edellinen vaihe', 'Föregående skede', 'From stage'), { choices: AGREEMENT_STAGES }),
      field('ACToStage', 'toStage', 'choice', t('Uusi vaihe', 'Nytt skede', 'To stage'), { choices: AGREEMENT_STAGES, required: true }),
      field('ACChangedAt', 'changedAt', 'dateTime', t('Muutettu', 'Ändrad', 'Changed at'), { indexed: true, required: true }),
      // Who moved the stage: not always the item's author (imports, a colleague covering).
      field('ACChangedBy', 'changedBy', 'user', t('Muuttaja', 'Ändrad av', 'Changed by')),
      field('ACComment', 'comment', 'note', t('Kommentti', 'Kommentar', 'Comment')),
      clientKey,
    ],
  },
  {
    key: 'meetings',
    title: 'ACMeetings',
    displayName: t('Seurantaryhmät ja tapaamiset', 'Uppföljningsgrupper och möten', 'Follow-up groups and meetings'),
    description: t('Neljännesvuosittaiset seurantaryhmät ja muut asiakastapaamiset', 'Kvartalsvisa uppföljningsgrupper och andra kundmöten', 'Quarterly follow-up groups and other customer meetings'),
    titleProp: 'title',
    fields: [
      accountLookup(),
      field('ACMeetingType', 'meetingType', 'choice', t('Tapaamisen tyyppi', 'Mötestyp', 'Meeting type'), { choices: MEETING_TYPES, indexed: true, required: true }),
      field('ACStartsAt', 'startsAt', 'dateTime', t('Alkaa', 'Börjar', 'Starts'), { indexed: true, required: true }),
      field('ACDurationMinutes', 'durationMinutes', 'number', t('Kesto (min)', 'Längd (min)', 'Duration (min)')),
      field('ACYear', 'year', 'number', t('Vuosi', 'År', 'Year'), { indexed: true }),
      field('ACQuarter', 'quarter', 'number', t('Neljännes', 'Kvartal', 'Quarter')),
      field('ACMode', 'mode', 'choice', t('Toteutustapa', 'Form', 'Mode'), { choices: MEETING_MODES }),
      field('ACLocation', 'location', 'text', t('Paikka', 'Plats', 'Location'), { maxLength: 255 }),
      field('ACChair', 'chair', 'text', t('Puheenjohtaja', 'Ordförande', 'Chair'), { maxLength: 255 }),
      field('ACAttendees', 'attendees', 'note', t('Osallistujat', 'Deltagare', 'Attendees')),
      field('ACAgenda', 'agenda', 'json', t('Asialista', 'Föredragningslista', 'Agenda')),
      field('ACMaterialsReadyOn', 'materialsReadyOn', 'dateOnly', t('Materiaalit valmiina', 'Material klart', 'Materials ready by')),
      field('ACMaterialsUrl', 'materialsUrl', 'url', t('Materiaalit', 'Material', 'Materials')),
      field('ACSurveyUrl', 'surveyUrl', 'url', t('Tyytyväisyyskysely', 'Nöjdhetsenkät', 'Satisfaction survey')),
      field('ACMinutes', 'minutes', 'note', t('Pöytäkirja', 'Protokoll', 'Minutes')),
      field('ACMinutesUrl', 'minutesUrl', 'url', t('Pöytäkirja-asiakirja', 'Protokolldokument', 'Minutes document')),
      field('ACDecisions', 'decisions', 'note', t('Päätökset', 'Beslut', 'Decisions')),
      field('ACStatus', 'status', 'choice', t('Tila', 'Status', 'Status'), { choices: MEETING_STATUSES, indexed: true }),
      clientKey,
    ],
  },
  {
    key: 'clockTasks',
    title: 'ACClockTasks',
    displayName: t('Vuosikellon tehtävät', 'Årshjulets uppgifter', 'Annual clock tasks'),
    description: t('Vuosikellon pohja ja vuoden tarkat päivämäärät', 'Årshjulets mall och årets exakta datum', 'The annual clock template and this year\u2019s exact dates'),
    titleProp: 'title',
    fields: [
      field('ACTemplate', 'template', 'text', t('Pohja', 'Mall', 'Template'), { indexed: true, required: true, maxLength: 40 }),
      field('ACCategory', 'category', 'choice', t('Luokka', 'Kategori', 'Category'), { choices: CLOCK_CATEGORIES, indexed: true, required: true }),
      field('ACMonth', 'month', 'number', t('Kuukausi', 'Månad', 'Month'), { indexed: true, required: true }),
      field('ACRecurrence', 'recurrence', 'choice', t('Toistuvuus', 'Upprepning', 'Recurrence'), { choices: CLOCK_RECURRENCES }),
      field('ACYear', 'year', 'number', t('Vuosi', 'År', 'Year'), { indexed: true }),
      field('ACDueDate', 'dueDate', 'dateOnly', t('Määräpäivä', 'Förfallodag', 'Due date'), { indexed: true }),
      field('ACPerAccount', 'perAccount', 'boolean', t('Asiakkuuskohtainen', 'Per kundrelation', 'Per account')),
      field('ACOwnerRole', 'ownerRole', 'choice', t('Vastuurooli', 'Ansvarsroll', 'Owner role'), { choices: OWNER_ROLES }),
      field('ACDescription', 'description', 'note', t('Kuvaus', 'Beskrivning', 'Description')),
      field('ACSortOrder', 'sortOrder', 'number', t('Järjestys', 'Ordning', 'Sort order')),
      clientKey,
      // v2: the recurrence rule (src/domain/clockRules.ts). ACCode is the task's stable code within its template
      // (part of every generated occurrence's client key); ACMonth stays as the month the task is filed under.
      field('ACCode', 'code', 'text', t('Tunnus', 'Kod', 'Code'), { indexed: true, maxLength: 60, since: 2 }),
      field('ACRule', 'rule', 'json', t('Toistosääntö', 'Upprepningsregel', 'Recurrence rule'), { since: 2 }),
      field('ACOverrides', 'overrides', 'json', t('Vuosikohtaiset päivämäärät', 'Datum per år', 'Dates announced per year'), { since: 2 }),
      field('ACRetired', 'retired', 'boolean', t('Poistettu käytöstä', 'Avvecklad', 'Retired'), { indexed: true, since: 2 }),
      field('ACAccountTypes', 'accountTypes', 'multiChoice', t('Asiakkuustyypit', 'Typer av kundrelation', 'Account types'), { choices: ACCOUNT_TYPES, since: 2 }),
    ],
  },
  {
    key: 'clockCompletions',
    title: 'ACClockOccurrences',
    displayName: t('Vuosikellon asiakkuuskohtaiset tehtävät', 'Årshjulets uppgifter per kundrelation', 'Annual clock occurrences'),
    description: t('Vuosikellon tehtävät asiakkuuksittain: vastuuhenkilö, määräpäivä ja tila', 'Årshjulets uppgifter per kundrelation: ansvarig, förfallodag och status', 'Clock tasks per account: owner, due date and state'),
    fields: [
      field('ACTask', 'taskId', 'lookup', t('Tehtävä', 'Uppgift', 'Task'), { lookupList: 'clockTasks', indexed: true, required: true }),
      accountLookup(false),
      field('ACDueDate', 'dueDate', 'dateOnly', t('Määräpäivä', 'Förfallodag', 'Due date'), { indexed: true, required: true }),
      field('ACOwner', 'owner', 'user', t('Vastuuhenkilö', 'Ansvarig', 'Owner'), { indexed: true }),
      field('ACDone', 'done', 'boolean', t('Tehty', 'Klar', 'Done'), { indexed: true }),
      field('ACDoneOn', 'doneOn', 'dateOnly', t('Tehty päivänä', 'Klar den', 'Done on')),
      // The template's date when the item was generated; a due date that differs was moved by hand (the account's
      // own meeting day), and regenerating leaves it there.
      field('ACPlannedDate', 'plannedDate', 'dateOnly', t('Pohjan mukainen päivä', 'Datum enligt mallen', 'Date by the template'), { since: 2 }),
      field('ACNotes', 'notes', 'note', t('Huomiot', 'Anteckningar', 'Notes')),
      clientKey,
    ],
  },
  {
    key: 'absences',
    title: 'ACAbsences',
    displayName: t('Poissaolot', 'Frånvaro', 'Absences'),
    description: t('Suunnitellut poissaolot ja tuuraukset', 'Planerad frånvaro och vikariat', 'Planned absences and substitution'),
    // Managers change only the absences they entered; supervisors (Design: Override List Behaviors) change everyone's.
    writeSecurity: 2,
    fields: [
      field('ACPerson', 'person', 'user', t('Henkilö', 'Person', 'Person'), { indexed: true, required: true }),
      field('ACStart', 'start', 'dateOnly', t('Alkaa', 'Börjar', 'Starts'), { indexed: true, required: true }),
      field('ACEnd', 'end', 'dateOnly', t('Päättyy', 'Slutar', 'Ends'), { indexed: true, required: true }),
      field('ACKind', 'kind', 'choice', t('Poissaolon laji', 'Typ av frånvaro', 'Kind'), { choices: ABSENCE_KINDS, required: true }),
      field('ACSubstitute', 'substitute', 'user', t('Tuuraaja', 'Vikarie', 'Substitute'), { indexed: true }),
      field('ACCoverShort', 'coverShort', 'boolean', t('Tuuraus myös lyhyelle poissaololle', 'Vikarie även vid kort frånvaro', 'Cover even if short')),
      // Which of the person's accounts the absence covers (all when empty) and a substitute per account where it is
      // not the absence's substitute: { accountIds?: number[], overrides?: { [accountId]: PersonRef } }.
      field('ACCover', 'cover', 'json', t('Tuurattavat asiakkuudet', 'Kundrelationer som vikarieras', 'Accounts covered'), { since: 3 }),
      field('ACNotes', 'notes', 'note', t('Huomiot', 'Anteckningar', 'Notes')),
      clientKey,
    ],
  },
  {
    key: 'situationRecords',
    title: 'ACSituationRecords',
    displayName: t('Asiakastilanteiden dokumentointi', 'Dokumentation av kundsituationer', 'Situation documentation'),
    description: t('Asiakastilanteet ja ratkaisut tiimipalaverin käsittelyyn', 'Kundsituationer och lösningar för teammötet', 'Customer situations and solutions for the team meeting'),
    // Records name people: each recorder reads only their own; supervisors and leadership read all (permissions.ts).
    readSecurity: 2,
    fields: [
      field('ACRecorder', 'recorder', 'user', t('Kirjaaja', 'Registrerad av', 'Recorder'), { indexed: true, required: true }),
      field('ACDate', 'date', 'dateOnly', t('Päivämäärä', 'Datum', 'Date'), { indexed: true, required: true }),
      accountLookup(false),
      field('ACCategory', 'category', 'choice', t('Luokka', 'Kategori', 'Category'), { choices: SITUATION_CATEGORIES, indexed: true, required: true }),
      field('ACSituation', 'situation', 'note', t('Asiakastilanne', 'Kundsituation', 'Customer situation'), { required: true }),
      field('ACSolution', 'solution', 'note', t('Ratkaisu', 'Lösning', 'Solution')),
      field('ACReviewed', 'reviewed', 'boolean', t('Käsitelty tiimipalaverissa', 'Behandlad på teammöte', 'Reviewed in team meeting'), { indexed: true }),
      field('ACSupervisorNotified', 'supervisorNotified', 'boolean', t('Ilmoitettu esihenkilölle', 'Anmäld till chefen', 'Supervisor notified')),
      field('ACForReview', 'forReview', 'boolean', t('Tuodaan tiimipalaveriin', 'Tas upp på teammötet', 'Bring to the team meeting'), { indexed: true, since: 4 }),
      clientKey,
    ],
  },
  {
    key: 'feedback',
    title: 'ACFeedback',
    displayName: t('Palautteet', 'Respons', 'Feedback'),
    description: t('Asiakaspalautteet, reaktiot ja tila', 'Kundrespons, åtgärder och status', 'Customer feedback, reactions and status'),
    fields: [
      field('ACRecorder', 'recorder', 'user', t('Kirjaaja', 'Registrerad av', 'Recorder'), { indexed: true, required: true }),
      field('ACDate', 'date', 'dateOnly', t('Päivämäärä', 'Datum', 'Date'), { indexed: true, required: true }),
      accountLookup(false),
      field('ACKind', 'kind', 'choice', t('Palautteen laatu', 'Typ av respons', 'Kind of feedback'), { choices: FEEDBACK_KINDS, required: true }),
      field('ACReason', 'reason', 'choice', t('Tarkennettu syy', 'Närmare orsak', 'Reason'), { choices: FEEDBACK_REASONS, required: true }),
      field('ACReasonOther', 'reasonOther', 'text', t('Muu syy, mikä', 'Annan orsak, vilken', 'Other reason'), { maxLength: 255 }),
      field('ACText', 'text', 'note', t('Palaute', 'Respons', 'Feedback'), { required: true }),
      field('ACChannel', 'channel', 'choice', t('Kanava', 'Kanal', 'Channel'), { choices: FEEDBACK_CHANNELS }),
      field('ACStatus', 'status', 'choice', t('Tila', 'Status', 'Status'), { choices: FEEDBACK_STATUSES, indexed: true, required: true }),
      field('ACReaction', 'reaction', 'note', t('Reaktio', 'Åtgärd', 'Reaction')),
      field('ACHandler', 'handler', 'user', t('Käsittelijä', 'Handläggare', 'Handler'), { indexed: true }),
      field('ACReactedOn', 'reactedOn', 'dateOnly', t('Reagoitu', 'Åtgärdad den', 'Reacted on'), { since: 4 }),
      field('ACRespondentInformed', 'respondentInformed', 'boolean', t('Palautteen antajalle ilmoitettu', 'Respondenten informerad', 'Respondent informed'), { since: 4 }),
      field('ACForReview', 'forReview', 'boolean', t('Tuodaan tiimipalaveriin', 'Tas upp på teammötet', 'Bring to the team meeting'), { indexed: true, since: 4 }),
      field('ACReviewed', 'reviewed', 'boolean', t('Käsitelty tiimipalaverissa', 'Behandlad på teammöte', 'Reviewed in team meeting'), { indexed: true, since: 4 }),
      clientKey,
    ],
  },
  {
    key: 'surveys',
    title: 'ACSurveys',
    displayName: t('Tyytyväisyyskyselyt', 'Nöjdhetsenkäter', 'Satisfaction surveys'),
    description: t('Kyselyjen määritykset vuosittain ja neljännesvuosittain', 'Enkätdefinitioner per år och kvartal', 'Survey definitions per year and quarter'),
    titleProp: 'title',
    fields: [
      field('ACKind', 'kind', 'choice', t('Kyselyn tyyppi', 'Enkättyp', 'Survey type'), { choices: SURVEY_KINDS, required: true }),
      field('ACYear', 'year', 'number', t('Vuosi', 'År', 'Year'), { indexed: true, required: true }),
      field('ACQuarter', 'quarter', 'number', t('Neljännes', 'Kvartal', 'Quarter'), { indexed: true }),
      field('ACDefinition', 'definition', 'json', t('Kysymykset', 'Frågor', 'Questions'), { required: true }),
      field('ACOpensOn', 'opensOn', 'dateOnly', t('Avautuu', 'Öppnar', 'Opens')),
      field('ACClosesOn', 'closesOn', 'dateOnly', t('Sulkeutuu', 'Stänger', 'Closes')),
      field('ACStatus', 'status', 'choice', t('Tila', 'Status', 'Status'), { choices: SURVEY_STATUSES, indexed: true, required: true }),
      clientKey,
    ],
  },
  {
    key: 'surveyResponses',
    title: 'ACSurveyResponses',
    displayName: t('Kyselyvastaukset', 'Enkätsvar', 'Survey responses'),
    description: t('Tilaaja-asiakkaiden vastaukset ja tuodut tulokset', 'Beställarkundernas svar och importerade resultat', 'Customer responses and imported results'),
    // Respondents read and correct only their own answers (a customer never sees another's); the provider's
    // managers and leadership hold Design on the list (permissions.ts), which overrides both rules.
    readSecurity: 2,
    writeSecurity: 2,
    fields: [
      field('ACSurvey', 'surveyId', 'lookup', t('Kysely', 'Enkät', 'Survey'), { lookupList: 'surveys', indexed: true, required: true }),
      accountLookup(),
      field('ACRespondentName', 'respondentName', 'text', t('Vastaaja', 'Svarande', 'Respondent'), { maxLength: 255 }),
      field('ACRespondentLevel', 'respondentLevel', 'text', t('Vastaajan taso', 'Svarandens nivå', 'Respondent level'), { maxLength: 80 }),
      field('ACAnswers', 'answers', 'json', t('Vastaukset', 'Svar', 'Answers'), { required: true }),
      field('ACNps', 'nps', 'number', t('Suositteluhalukkuus (0–10)', 'Rekommendation (0–10)', 'Likelihood to recommend (0–10)')),
      field('ACOverall', 'overall', 'number', t('Kokonaisarvosana', 'Helhetsbetyg', 'Overall score')),
      field('ACComment', 'comment', 'note', t('Avoin palaute', 'Öppen respons', 'Open feedback')),
      field('ACSubmittedAt', 'submittedAt', 'dateTime', t('Vastattu', 'Besvarad', 'Submitted'), { indexed: true, required: true }),
      field('ACSource', 'source', 'choice', t('Lähde', 'Källa', 'Source'), { choices: RESPONSE_SOURCES }),
      // Who answered, normalised (lower-case e-mail or sign-in name): one response per respondent, survey and account.
      field('ACRespondentKey', 'respondentKey', 'text', t('Vastaajan tunniste', 'Svarandens identifierare', 'Respondent key'), { indexed: true, maxLength: 255, since: 5 }),
      clientKey,
    ],
  },
  {
    key: 'ideas',
    title: 'ACIdeas',
    displayName: t('Ideasalkku', 'Idéportfölj', 'Ideas and needs'),
    description: t('Ideat ja tarpeet ideakortteineen ja päätöksineen', 'Idéer och behov med idékort och beslut', 'Ideas and needs with idea cards and decisions'),
    titleProp: 'title',
    fields: [
      accountLookup(),
      field('ACStage', 'stage', 'choice', t('Vaihe', 'Skede', 'Stage'), { choices: IDEA_STAGES, indexed: true, required: true }),
      field('ACSource', 'source', 'choice', t('Lähde', 'Källa', 'Source'), { choices: IDEA_SOURCES }),
      field('ACOwner', 'owner', 'user', t('Idean omistaja', 'Idéägare', 'Owner'), { indexed: true }),
      field('ACDescription', 'description', 'note', t('Kuvaus', 'Beskrivning', 'Description')),
      field('ACGoals', 'goals', 'note', t('Tavoitteet', 'Mål', 'Goals')),
      field('ACEstimatedCost', 'estimatedCost', 'currency', t('Arvioidut kustannukset', 'Uppskattade kostnader', 'Estimated cost')),
      field('ACRisks', 'risks', 'note', t('Riskit', 'Risker', 'Risks')),
      field('ACSchedule', 'schedule', 'text', t('Alustava aikataulu', 'Preliminär tidtabell', 'Preliminary schedule'), { maxLength: 255 }),
      field('ACBenefitAnalysis', 'benefitAnalysis', 'note', t('Tuottavuus- ja hyötyanalyysi', 'Produktivitets- och nyttoanalys', 'Productivity-benefit analysis')),
      field('ACDecisionOn', 'decisionOn', 'dateOnly', t('Päätöspäivä', 'Beslutsdatum', 'Decision date')),
      clientKey,
      // v7: the gate's decisions in the item itself (src/domain/ideaGate.ts): a move and its history entry are one
      // write with the etag, so two leaders deciding at once cannot both land and nothing is half-written.
      field('ACGateHistory', 'gateHistory', 'json', t('Porttipäätösten historia', 'Grindbesluten', 'Gate history'), { since: 7 }),
      field('ACDecisionReason', 'decisionReason', 'note', t('Päätöksen perustelu', 'Beslutets motivering', 'Reason for the decision'), { since: 7 }),
    ],
  },
  {
    // v7: a gate decision is leadership's alone, so it lives in a list only leadership (and the owners) can write;
    // managers keep the idea cards in ACIdeas. One decision per idea and gate round: the client key is unique, so
    // a second leader deciding the same round at once is refused by SharePoint, not overwritten.
    key: 'ideaDecisions',
    title: 'ACIdeaDecisions',
    displayName: t('Ideoiden porttipäätökset', 'Idéernas grindbeslut', 'Idea gate decisions'),
    description: t('Ohjausryhmän GO-, hylkäys- ja palautuspäätökset perusteluineen', 'Styrgruppens beslut om GO, avslag och återremiss med motivering', "The steering group's GO, reject and return decisions with their reasons"),
    since: 7,
    fields: [
      field('ACIdea', 'ideaId', 'lookup', t('Idea', 'Idé', 'Idea'), { lookupList: 'ideas', indexed: true, required: true }),
      field('ACDecision', 'decision', 'choice', t('Päätös', 'Beslut', 'Decision'), { choices: IDEA_DECISIONS, required: true }),
      field('ACReason', 'reason', 'note', t('Perustelu', 'Motivering', 'Reason'), { required: true }),
      field('ACDecidedOn', 'decidedOn', 'dateOnly', t('Päätöspäivä', 'Beslutsdatum', 'Decision date'), { indexed: true }),
      field('ACDecidedBy', 'decidedBy', 'user', t('Päättäjä', 'Beslutsfattare', 'Decided by')),
      // Which submission to the gate the decision answers (the `at` of its submitCard entry in ACIdeas.ACGateHistory).
      field('ACRound', 'round', 'text', t('Käsittelykierros', 'Behandlingsomgång', 'Gate round'), { maxLength: 64 }),
      clientKey,
    ],
  },
  {
    key: 'actions',
    title: 'ACActions',
    displayName: t('Toimenpiteet', 'Åtgärder', 'Actions'),
    description: t('Toimenpideseuranta: kehittämistoimenpiteet, vastuut ja tila', 'Uppföljning av åtgärder: ansvar och status', 'Action follow-up: owners, metrics and status'),
    titleProp: 'title',
    fields: [
      accountLookup(),
      field('ACSource', 'source', 'choice', t('Lähde', 'Källa', 'Source'), { choices: ACTION_SOURCES, indexed: true }),
      field('ACOwner', 'owner', 'user', t('Vastuuhenkilö', 'Ansvarig', 'Owner'), { indexed: true }),
      field('ACDueDate', 'dueDate', 'dateOnly', t('Määräpäivä', 'Förfallodag', 'Due date'), { indexed: true }),
      field('ACStatus', 'status', 'choice', t('Tila', 'Status', 'Status'), { choices: ACTION_STATUSES, indexed: true, required: true }),
      field('ACGoal', 'goal', 'note', t('Tavoite', 'Mål', 'Goal')),
      field('ACMetric', 'metric', 'text', t('Mittari', 'Mätare', 'Metric'), { maxLength: 255 }),
      field('ACNotes', 'notes', 'note', t('Huomiot', 'Anteckningar', 'Notes')),
      field('ACSourceRef', 'sourceRef', 'text', t('Lähdeviite', 'Källhänvisning', 'Source reference'), { maxLength: 255 }),
      clientKey,
    ],
  },
];

export function listDef(key: ListKey): ListDef {
  const def = LISTS.find((l) => l.key === key);
  if (!def) throw new Error(`Unknown list key: ${key}`);
  return def;
}

export function fieldByProp(list: ListDef, prop: string): FieldDef {
  const f = list.fields.find((x) => x.prop === prop);
  if (!f) throw new Error(`List ${list.title} has no field for property '${prop}'`);
  return f;
}
