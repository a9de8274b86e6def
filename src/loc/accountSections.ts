/** Strings of the account tab's contacts, account plan and recent activity sections (and their forms). */
import type { Bundle } from './bundle';

export interface DatePickerTexts {
  /** January … December. */
  months: string[];
  shortMonths: string[];
  /** Sunday first, as Fluent UI expects. */
  days: string[];
  shortDays: string[];
  goToToday: string;
  prevMonthAriaLabel: string;
  nextMonthAriaLabel: string;
  prevYearAriaLabel: string;
  nextYearAriaLabel: string;
  closeButtonAriaLabel: string;
  /** What to type, e.g. p.k.vvvv. */
  placeholder: string;
  invalidInput: string;
}

export interface AccountSectionsStrings {
  form: {
    checkFields: string;
    draftRestored: string;
    discardDraft: string;
    conflictIntro: string;
    useTheirs: string;
  };
  datePicker: DatePickerTexts;
  contacts: {
    title: string;
    intro: string;
    add: string;
    editContact: string;
    customerSide: string;
    providerSide: string;
    groups: { it: string; finance: string; followUp: string; other: string };
    signatories: string;
    signatoriesHelp: string;
    noSigningOrder: string;
    noSignatories: string;
    chair: string;
    noChair: string;
    noneInGroup: string;
    empty: string;
    emptyProvider: string;
    emailTo: string;
    callTo: string;
    added: string;
    updated: string;
    panel: {
      addTitle: string;
      editTitle: string;
      name: string;
      side: string;
      roles: string;
      jobTitle: string;
      organisation: string;
      email: string;
      phone: string;
      signingOrder: string;
      signingOrderHelp: string;
      notes: string;
    };
  };
  plan: {
    title: string;
    intro: string;
    general: string;
    generalHelp: string;
    generalEmpty: string;
    relationship: string;
    relationshipHelp: string;
    relationshipEmpty: string;
    responsibilities: string;
    responsibilitiesHelp: string;
    responsibilitiesEmpty: string;
    actions: string;
    actionsHelp: string;
    noActions: string;
    addAction: string;
    actionAdded: string;
    tableLabel: string;
    columns: { title: string; goal: string; metric: string; owner: string; due: string; status: string };
    overdue: string;
    statusOf: string;
    statusSaved: string;
    statusConflict: string;
    applyMine: string;
    otherOpen: string;
    otherOpenHelp: string;
    noOtherOpen: string;
    panel: {
      title: string;
      actionTitle: string;
      goal: string;
      metric: string;
      dueDate: string;
      status: string;
      owner: string;
      noOwner: string;
      ownerRoleManager: string;
      ownerRoleBackup: string;
      ownerRoleSystemManager: string;
    };
  };
  activity: {
    title: string;
    intro: string;
    recentLimited: string;
    situations: string;
    noSituations: string;
    recordedBy: string;
    situation: string;
    solution: string;
    noSolution: string;
    reviewed: string;
    notReviewed: string;
    conflictFlag: string;
    supervisorNotified: string;
    supervisorNotNotified: string;
    feedback: string;
    noFeedback: string;
    reasonOther: string;
    channel: string;
    reaction: string;
    handler: string;
    actions: string;
    noActions: string;
    actionCounts: string;
    actionsListLabel: string;
    satisfaction: string;
    noSatisfaction: string;
    resultsBy: string;
    period: string;
    periodQuarter: string;
    periodYear: string;
    survey: string;
    responses: string;
    overall: string;
    nps: string;
    chartTitle: string;
    areasFor: string;
    area: string;
    average: string;
    change: string;
    up: string;
    down: string;
    same: string;
    noPrevious: string;
    comments: string;
  };
}

export const bundle: Bundle<AccountSectionsStrings> = {
  fi: {
    form: {
      checkFields: 'Tarkista merkityt kentät. Mitään kirjoittamaasi ei ole hävinnyt.',
      draftRestored: 'Lomakkeella on aiemmin tallentamatta jäänyt luonnoksesi.',
      discardDraft: 'Hylkää luonnos',
      conflictIntro: 'Joku muu tallensi tiedot sillä välin. Lomakkeella ovat yhä sinun muutoksesi; toisen käyttäjän tallentamat arvot näet alta. Tallenna, jos haluat omasi voimaan.',
      useTheirs: 'Ota toisen versio lomakkeelle',
    },
    datePicker: {
      months: ['tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu'],
      shortMonths: ['tammi', 'helmi', 'maalis', 'huhti', 'touko', 'kesä', 'heinä', 'elo', 'syys', 'loka', 'marras', 'joulu'],
      days: ['sunnuntai', 'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai'],
      shortDays: ['su', 'ma', 'ti', 'ke', 'to', 'pe', 'la'],
      goToToday: 'Siirry tähän päivään',
      prevMonthAriaLabel: 'Edellinen kuukausi',
      nextMonthAriaLabel: 'Seuraava kuukausi',
      prevYearAriaLabel: 'Edellinen vuosi',
      nextYearAriaLabel: 'Seuraava vuosi',
      closeButtonAriaLabel: 'Sulje kalenteri',
      placeholder: 'p.k.vvvv',
      invalidInput: 'Anna päivämäärä muodossa p.k.vvvv, esimerkiksi 1.9.2026.',
    },
    contacts: {
      title: 'Yhteyshenkilöt',
      intro: 'Asiakkaan yhteyshenkilöt rooleittain, sopimuksen allekirjoittajat allekirjoitusjärjestyksessä sekä palveluntuottajan yhteyshenkilöt.',
      add: 'Lisää yhteyshenkilö',
      editContact: 'Muokkaa: {name}',
      customerSide: 'Asiakkaan yhteyshenkilöt',
      providerSide: 'Palveluntuottajan yhteyshenkilöt',
      groups: { it: 'Tietohallinto', finance: 'Talous', followUp: 'Seurantaryhmä', other: 'Muut yhteyshenkilöt' },
      signatories: 'Palvelusopimuksen allekirjoittajat',
      signatoriesHelp: 'Allekirjoitusjärjestys: ensin asiakkuusjohtaja (tai asiakaspäällikkö), sitten ylijohtaja ja lopuksi asiakkaan edustajat.',
      noSigningOrder: 'järjestys puuttuu',
      noSignatories: 'Allekirjoittajia ei ole merkitty. Lisää yhteyshenkilölle rooli Allekirjoittaja ja allekirjoitusjärjestys.',
      chair: 'Puheenjohtaja',
      noChair: 'Seurantaryhmän puheenjohtajaa ei ole merkitty. Puheenjohtajana toimii yleensä OM:n tulosohjaaja tai tietoyksikön edustaja.',
      noneInGroup: 'Ei merkittyjä henkilöitä.',
      empty: 'Asiakkaan yhteyshenkilöitä ei ole vielä kirjattu.',
      emptyProvider: 'Palveluntuottajan yhteyshenkilöitä ei ole vielä kirjattu.',
      emailTo: 'Lähetä sähköpostia: {name}',
      callTo: 'Soita: {name}',
      added: 'Yhteyshenkilö {name} lisättiin.',
      updated: 'Yhteyshenkilön {name} tiedot tallennettiin.',
      panel: {
        addTitle: 'Uusi yhteyshenkilö',
        editTitle: 'Muokkaa yhteyshenkilöä',
        name: 'Nimi',
        side: 'Osapuoli',
        roles: 'Roolit',
        jobTitle: 'Tehtävänimike',
        organisation: 'Organisaatio',
        email: 'Sähköposti',
        phone: 'Puhelin',
        signingOrder: 'Allekirjoitusjärjestys',
        signingOrderHelp: 'Allekirjoittajille: 1 = asiakkuusjohtaja tai asiakaspäällikkö, 2 = ylijohtaja, 3 ja sitä seuraavat = asiakkaan edustajat.',
        notes: 'Huomiot',
      },
    },
    plan: {
      title: 'Asiakkuussuunnitelma',
      intro: 'Suunnitelma laaditaan yhdessä asiakkaan kanssa ja pidetään ajan tasalla asiakkuustiimin palavereissa.',
      general: 'Asiakkaan yleisinformaatio',
      generalHelp: 'Toimiala, toiminta-ajatus ja organisaatio. Strategiset haasteet: sisäiset valmiudet sekä niihin liittyvät mahdollisuudet ja uhat. Asiakkaan strategia ja kehittämishankkeet.',
      generalEmpty: 'Yleisinformaatiota ei ole vielä kirjattu.',
      relationship: 'Asiakassuhteen kuvaus',
      relationshipHelp: 'Asiakkaan prosessi ja se, miten tarjoamamme (tuotteet, palvelut, toimintatapa) liittyy siihen. Tähän mennessä käytetyt tuotteet ja palvelut. Toteutunut asiakastyytyväisyys. Avainhenkilöt ja heidän väliset suhteensa.',
      relationshipEmpty: 'Asiakassuhdetta ei ole vielä kuvattu.',
      responsibilities: 'Asiakassuhteen hoitamisen vastuut',
      responsibilitiesHelp: 'Miten asiakkuuden hoito on järjestetty (roolit ja vastuut) ja millä panoksella: asiakaspäällikkö, asiakkuustiimi ja muut.',
      responsibilitiesEmpty: 'Vastuita ei ole vielä kirjattu.',
      actions: 'Asiakassuhteen kehittämisen toimenpiteet',
      actionsHelp: 'Tyytyväisyyden tavoitteet ja mittarit sekä konkreettinen toimenpideohjelma ja sen tila.',
      noActions: 'Suunnitelmaan ei ole vielä kirjattu kehittämistoimenpiteitä.',
      addAction: 'Lisää toimenpide',
      actionAdded: 'Toimenpide {title} lisättiin.',
      tableLabel: 'Kehittämisen toimenpiteet',
      columns: { title: 'Toimenpide', goal: 'Tavoite', metric: 'Mittari', owner: 'Vastuuhenkilö', due: 'Määräpäivä', status: 'Tila' },
      overdue: 'Myöhässä',
      statusOf: 'Tila: {title}',
      statusSaved: 'Toimenpiteen {title} tila on nyt {status}.',
      statusConflict: 'Joku muu muutti toimenpidettä {title} sillä välin, joten valintaasi ({mine}) ei tallennettu. Tila on nyt {theirs}.',
      applyMine: 'Vaihda silti tilaksi {status}',
      otherOpen: 'Muut avoimet toimenpiteet',
      otherOpenHelp: 'Kyselyistä, seurantaryhmistä ja palautteista syntyneet toimenpiteet, jotka ovat vielä kesken.',
      noOtherOpen: 'Muita avoimia toimenpiteitä ei ole.',
      panel: {
        title: 'Uusi kehittämistoimenpide',
        actionTitle: 'Toimenpide',
        goal: 'Tavoite',
        metric: 'Mittari',
        dueDate: 'Määräpäivä',
        status: 'Tila',
        owner: 'Vastuuhenkilö',
        noOwner: 'Ei vielä vastuuhenkilöä',
        ownerRoleManager: '{name} (asiakaspäällikkö)',
        ownerRoleBackup: '{name} (varahenkilö)',
        ownerRoleSystemManager: '{name} (järjestelmäpäällikkö)',
      },
    },
    activity: {
      title: 'Viimeaikaiset tapahtumat',
      intro: 'Viimeisen vuoden asiakastilanteet ja palautteet, toimenpiteiden tilanne ja asiakastyytyväisyyden kehitys.',
      recentLimited: 'Kirjauksia on niin paljon, että tässä näytetään vain viimeisten {days} päivän asiakastilanteet ja palautteet.',
      situations: 'Asiakastilanteet',
      noSituations: 'Asiakastilanteita ei ole kirjattu viimeisen vuoden aikana.',
      recordedBy: 'Kirjaaja: {name}',
      situation: 'Asiakastilanne',
      solution: 'Ratkaisu',
      noSolution: 'Ratkaisua ei ole kirjattu.',
      reviewed: 'Käsitelty tiimipalaverissa',
      notReviewed: 'Ei vielä käsitelty tiimipalaverissa',
      conflictFlag: 'Ristiriitatilanne: ilmoitettava omalle esihenkilölle',
      supervisorNotified: 'Esihenkilölle ilmoitettu',
      supervisorNotNotified: 'Esihenkilölle ei ole vielä ilmoitettu',
      feedback: 'Palautteet',
      noFeedback: 'Palautteita ei ole kirjattu viimeisen vuoden aikana.',
      reasonOther: 'Muu: {reason}',
      channel: 'Kanava: {channel}',
      reaction: 'Vastaus ja toimet',
      handler: 'Käsittelijä: {name}',
      actions: 'Toimenpiteet',
      noActions: 'Asiakkuudelle ei ole kirjattu toimenpiteitä.',
      actionCounts: 'Avoinna {open}, käynnissä {inProgress}, tehty {done}, peruttu {cancelled}.',
      actionsListLabel: 'Keskeneräiset toimenpiteet määräpäivän mukaan',
      satisfaction: 'Asiakastyytyväisyys',
      noSatisfaction: 'Asiakkuudelta ei ole vielä kyselyvastauksia.',
      resultsBy: 'Tulokset kausittain',
      period: 'Kausi',
      periodQuarter: 'Q{quarter}/{year}',
      periodYear: 'Vuosi {year}',
      survey: 'Kysely',
      responses: 'Vastauksia',
      overall: 'Kokonaisarvio (4–10)',
      nps: 'NPS',
      chartTitle: 'Kokonaisarvio kausittain (asteikko 4–10)',
      areasFor: 'Osa-alueet, {period}',
      area: 'Osa-alue',
      average: 'Keskiarvo',
      change: 'Muutos edellisestä kaudesta',
      up: 'parani',
      down: 'heikkeni',
      same: 'ennallaan',
      noPrevious: 'ei vertailukohtaa',
      comments: 'Avoimet vastaukset, {period}',
    },
  },
  sv: {
    form: {
      checkFields: 'Kontrollera de markerade fälten. Inget av det du skrivit har gått förlorat.',
      draftRestored: 'Formuläret innehåller ditt tidigare utkast som inte sparades.',
      discardDraft: 'Släng utkastet',
      conflictIntro: 'Någon annan sparade uppgifterna under tiden. Dina ändringar finns kvar i formuläret; värdena som den andra användaren sparade ser du nedan. Spara om du vill att dina ska gälla.',
      useTheirs: 'Ta in den andra versionen i formuläret',
    },
    datePicker: {
      months: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
      shortMonths: ['jan', 'feb', 'mars', 'apr', 'maj', 'juni', 'juli', 'aug', 'sep', 'okt', 'nov', 'dec'],
      days: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
      shortDays: ['sö', 'må', 'ti', 'on', 'to', 'fr', 'lö'],
      goToToday: 'Gå till i dag',
      prevMonthAriaLabel: 'Föregående månad',
      nextMonthAriaLabel: 'Nästa månad',
      prevYearAriaLabel: 'Föregående år',
      nextYearAriaLabel: 'Nästa år',
      closeButtonAriaLabel: 'Stäng kalendern',
      placeholder: 'd.m.åååå',
      invalidInput: 'Ange datumet som d.m.åååå, till exempel 1.9.2026.',
    },
    contacts: {
      title: 'Kontaktpersoner',
      intro: 'Kundens kontaktpersoner efter roll, avtalets undertecknare i undertecknandeordning och leverantörens kontaktpersoner.',
      add: 'Lägg till kontaktperson',
      editContact: 'Redigera: {name}',
      customerSide: 'Kundens kontaktpersoner',
      providerSide: 'Leverantörens kontaktpersoner',
      groups: { it: 'IT-förvaltning', finance: 'Ekonomi', followUp: 'Uppföljningsgrupp', other: 'Övriga kontaktpersoner' },
      signatories: 'Tjänsteavtalets undertecknare',
      signatoriesHelp: 'Undertecknandeordning: först kunddirektören (eller den kundansvariga chefen), sedan överdirektören och sist kundens representanter.',
      noSigningOrder: 'ordning saknas',
      noSignatories: 'Inga undertecknare har angetts. Ge en kontaktperson rollen Undertecknare och en undertecknandeordning.',
      chair: 'Ordförande',
      noChair: 'Uppföljningsgruppens ordförande har inte angetts. Ordförande är oftast JM:s resultatstyrare eller en representant för informationsenheten.',
      noneInGroup: 'Inga personer angivna.',
      empty: 'Inga kontaktpersoner hos kunden har antecknats ännu.',
      emptyProvider: 'Inga kontaktpersoner hos leverantören har antecknats ännu.',
      emailTo: 'Skicka e-post: {name}',
      callTo: 'Ring: {name}',
      added: 'Kontaktpersonen {name} lades till.',
      updated: 'Uppgifterna om {name} sparades.',
      panel: {
        addTitle: 'Ny kontaktperson',
        editTitle: 'Redigera kontaktperson',
        name: 'Namn',
        side: 'Part',
        roles: 'Roller',
        jobTitle: 'Befattning',
        organisation: 'Organisation',
        email: 'E-post',
        phone: 'Telefon',
        signingOrder: 'Undertecknandeordning',
        signingOrderHelp: 'För undertecknare: 1 = kunddirektören eller den kundansvariga chefen, 2 = överdirektören, 3 och följande = kundens representanter.',
        notes: 'Anteckningar',
      },
    },
    plan: {
      title: 'Kundplan',
      intro: 'Planen görs upp tillsammans med kunden och hålls aktuell på kundteamets möten.',
      general: 'Allmän information om kunden',
      generalHelp: 'Verksamhetsområde, verksamhetsidé och organisation. Strategiska utmaningar: den interna förmågan och de möjligheter och hot som hör ihop med den. Kundens strategi och utvecklingsprojekt.',
      generalEmpty: 'Ingen allmän information har antecknats ännu.',
      relationship: 'Beskrivning av kundrelationen',
      relationshipHelp: 'Kundens process och hur vårt utbud (produkter, tjänster, arbetssätt) anknyter till den. Produkter och tjänster som använts hittills. Uppnådd kundnöjdhet. Nyckelpersoner och relationerna mellan dem.',
      relationshipEmpty: 'Kundrelationen har inte beskrivits ännu.',
      responsibilities: 'Ansvar för vården av kundrelationen',
      responsibilitiesHelp: 'Hur vården av kundrelationen är organiserad (roller och ansvar) och hur stor insats som görs: kundansvarig chef, kundteam och andra.',
      responsibilitiesEmpty: 'Inget ansvar har antecknats ännu.',
      actions: 'Åtgärder för att utveckla kundrelationen',
      actionsHelp: 'Mål och mätare för kundnöjdheten samt ett konkret åtgärdsprogram och dess status.',
      noActions: 'Inga utvecklingsåtgärder har förts in i planen ännu.',
      addAction: 'Lägg till åtgärd',
      actionAdded: 'Åtgärden {title} lades till.',
      tableLabel: 'Utvecklingsåtgärder',
      columns: { title: 'Åtgärd', goal: 'Mål', metric: 'Mätare', owner: 'Ansvarig', due: 'Förfallodag', status: 'Status' },
      overdue: 'Försenad',
      statusOf: 'Status: {title}',
      statusSaved: 'Åtgärden {title} har nu status {status}.',
      statusConflict: 'Någon annan ändrade åtgärden {title} under tiden, så ditt val ({mine}) sparades inte. Status är nu {theirs}.',
      applyMine: 'Ändra ändå till {status}',
      otherOpen: 'Övriga öppna åtgärder',
      otherOpenHelp: 'Åtgärder från enkäter, uppföljningsgrupper och respons som ännu inte är klara.',
      noOtherOpen: 'Inga andra öppna åtgärder.',
      panel: {
        title: 'Ny utvecklingsåtgärd',
        actionTitle: 'Åtgärd',
        goal: 'Mål',
        metric: 'Mätare',
        dueDate: 'Förfallodag',
        status: 'Status',
        owner: 'Ansvarig',
        noOwner: 'Ingen ansvarig ännu',
        ownerRoleManager: '{name} (kundansvarig chef)',
        ownerRoleBackup: '{name} (ersättare)',
        ownerRoleSystemManager: '{name} (systemchef)',
      },
    },
    activity: {
      title: 'Senaste händelser',
      intro: 'Kundsituationer och respons under det senaste året, läget för åtgärderna och hur kundnöjdheten utvecklats.',
      recentLimited: 'Det finns så många registreringar att här bara visas kundsituationer och respons från de senaste {days} dagarna.',
      situations: 'Kundsituationer',
      noSituations: 'Inga kundsituationer har dokumenterats under det senaste året.',
      recordedBy: 'Antecknad av: {name}',
      situation: 'Kundsituation',
      solution: 'Lösning',
      noSolution: 'Ingen lösning har antecknats.',
      reviewed: 'Behandlad på teammötet',
      notReviewed: 'Ännu inte behandlad på teammötet',
      conflictFlag: 'Konfliktsituation: ska anmälas till den egna chefen',
      supervisorNotified: 'Chefen har informerats',
      supervisorNotNotified: 'Chefen har ännu inte informerats',
      feedback: 'Respons',
      noFeedback: 'Ingen respons har dokumenterats under det senaste året.',
      reasonOther: 'Annat: {reason}',
      channel: 'Kanal: {channel}',
      reaction: 'Svar och åtgärder',
      handler: 'Handläggare: {name}',
      actions: 'Åtgärder',
      noActions: 'Inga åtgärder har antecknats för kundrelationen.',
      actionCounts: 'Öppna {open}, pågår {inProgress}, klara {done}, inställda {cancelled}.',
      actionsListLabel: 'Pågående åtgärder efter förfallodag',
      satisfaction: 'Kundnöjdhet',
      noSatisfaction: 'Det finns ännu inga enkätsvar från kundrelationen.',
      resultsBy: 'Resultat per period',
      period: 'Period',
      periodQuarter: 'Q{quarter}/{year}',
      periodYear: 'År {year}',
      survey: 'Enkät',
      responses: 'Svar',
      overall: 'Helhetsbetyg (4–10)',
      nps: 'NPS',
      chartTitle: 'Helhetsbetyg per period (skala 4–10)',
      areasFor: 'Delområden, {period}',
      area: 'Delområde',
      average: 'Medelvärde',
      change: 'Förändring sedan föregående period',
      up: 'bättre',
      down: 'sämre',
      same: 'oförändrat',
      noPrevious: 'inget att jämföra med',
      comments: 'Öppna svar, {period}',
    },
  },
  en: {
    form: {
      checkFields: 'Check the marked fields. Nothing you typed has been lost.',
      draftRestored: 'The form holds your earlier draft that was not saved.',
      discardDraft: 'Discard draft',
      conflictIntro: 'Someone else saved this in the meantime. Your changes are still in the form; the values the other user saved are shown below. Save if you want yours to apply.',
      useTheirs: 'Load the other version into the form',
    },
    datePicker: {
      months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
      days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
      shortDays: ['S', 'M', 'T', 'W', 'T', 'F', 'S'],
      goToToday: 'Go to today',
      prevMonthAriaLabel: 'Previous month',
      nextMonthAriaLabel: 'Next month',
      prevYearAriaLabel: 'Previous year',
      nextYearAriaLabel: 'Next year',
      closeButtonAriaLabel: 'Close the calendar',
      placeholder: 'dd/mm/yyyy',
      invalidInput: 'Enter the date as dd/mm/yyyy, for example 01/09/2026 for 1 September 2026.',
    },
    contacts: {
      title: 'Contacts',
      intro: 'The customer\u2019s contacts by role, the agreement\u2019s signatories in signing order, and the provider\u2019s contacts.',
      add: 'Add contact',
      editContact: 'Edit: {name}',
      customerSide: 'Customer contacts',
      providerSide: 'Provider contacts',
      groups: { it: 'IT management', finance: 'Finance', followUp: 'Follow-up group', other: 'Other contacts' },
      signatories: 'Service agreement signatories',
      signatoriesHelp: 'Signing order: first the customer director (or the account manager), then the Director General, and last the customer\u2019s representatives.',
      noSigningOrder: 'no order set',
      noSignatories: 'No signatories marked. Give a contact the Signatory role and a signing order.',
      chair: 'Chair',
      noChair: 'No chair is marked for the follow-up group. It is usually chaired by the Ministry\u2019s performance steering officer or a representative of its information unit.',
      noneInGroup: 'Nobody marked.',
      empty: 'No customer contacts recorded yet.',
      emptyProvider: 'No provider contacts recorded yet.',
      emailTo: 'Send email: {name}',
      callTo: 'Call: {name}',
      added: 'Contact {name} added.',
      updated: 'Details of {name} saved.',
      panel: {
        addTitle: 'New contact',
        editTitle: 'Edit contact',
        name: 'Name',
        side: 'Side',
        roles: 'Roles',
        jobTitle: 'Job title',
        organisation: 'Organisation',
        email: 'Email',
        phone: 'Phone',
        signingOrder: 'Signing order',
        signingOrderHelp: 'For signatories: 1 = customer director or account manager, 2 = Director General, 3 and up = the customer\u2019s representatives.',
        notes: 'Notes',
      },
    },
    plan: {
      title: 'Account plan',
      intro: 'The plan is drawn up together with the customer and kept up to date in account team meetings.',
      general: 'General customer information',
      generalHelp: 'Sector, mission and organisation. Strategic challenges: internal capabilities and the opportunities and threats that come with them. The customer\u2019s strategy and development projects.',
      generalEmpty: 'No general information recorded yet.',
      relationship: 'Description of the relationship',
      relationshipHelp: 'The customer\u2019s process and how our offering (products, services, way of working) links to it. Products and services used so far. Realised customer satisfaction. Key people and how they relate to each other.',
      relationshipEmpty: 'The relationship has not been described yet.',
      responsibilities: 'Responsibilities',
      responsibilitiesHelp: 'How care of the account is organised (roles and responsibilities) and what effort goes into it: account manager, account team and others.',
      responsibilitiesEmpty: 'No responsibilities recorded yet.',
      actions: 'Development actions',
      actionsHelp: 'Satisfaction goals and metrics, and a concrete action programme with its status.',
      noActions: 'No development actions in the plan yet.',
      addAction: 'Add action',
      actionAdded: 'Action {title} added.',
      tableLabel: 'Development actions',
      columns: { title: 'Action', goal: 'Goal', metric: 'Metric', owner: 'Owner', due: 'Due date', status: 'Status' },
      overdue: 'Overdue',
      statusOf: 'Status: {title}',
      statusSaved: 'Action {title} is now {status}.',
      statusConflict: 'Someone else changed the action {title} in the meantime, so your choice ({mine}) was not saved. The status is now {theirs}.',
      applyMine: 'Change it to {status} anyway',
      otherOpen: 'Other open actions',
      otherOpenHelp: 'Actions from surveys, follow-up groups and feedback that are not finished yet.',
      noOtherOpen: 'No other open actions.',
      panel: {
        title: 'New development action',
        actionTitle: 'Action',
        goal: 'Goal',
        metric: 'Metric',
        dueDate: 'Due date',
        status: 'Status',
        owner: 'Owner',
        noOwner: 'No owner yet',
        ownerRoleManager: '{name} (account manager)',
        ownerRoleBackup: '{name} (backup)',
        ownerRoleSystemManager: '{name} (system manager)',
      },
    },
    activity: {
      title: 'Recent activity',
      intro: 'Situation records and feedback from the past year, where the actions stand, and how customer satisfaction has developed.',
      recentLimited: 'There are so many records that only the situation records and feedback of the last {days} days are shown here.',
      situations: 'Situation records',
      noSituations: 'No situation records in the past year.',
      recordedBy: 'Recorded by {name}',
      situation: 'Situation',
      solution: 'Solution',
      noSolution: 'No solution recorded.',
      reviewed: 'Reviewed in a team meeting',
      notReviewed: 'Not yet reviewed in a team meeting',
      conflictFlag: 'Conflict contact: must be reported to your supervisor',
      supervisorNotified: 'Supervisor informed',
      supervisorNotNotified: 'Supervisor not informed yet',
      feedback: 'Feedback',
      noFeedback: 'No feedback recorded in the past year.',
      reasonOther: 'Other: {reason}',
      channel: 'Channel: {channel}',
      reaction: 'Response and actions',
      handler: 'Handled by {name}',
      actions: 'Actions',
      noActions: 'No actions recorded for this account.',
      actionCounts: 'Open {open}, in progress {inProgress}, done {done}, cancelled {cancelled}.',
      actionsListLabel: 'Unfinished actions by due date',
      satisfaction: 'Customer satisfaction',
      noSatisfaction: 'No survey responses from this account yet.',
      resultsBy: 'Results by period',
      period: 'Period',
      periodQuarter: 'Q{quarter}/{year}',
      periodYear: 'Year {year}',
      survey: 'Survey',
      responses: 'Responses',
      overall: 'Overall (4–10)',
      nps: 'NPS',
      chartTitle: 'Overall rating by period (scale 4–10)',
      areasFor: 'Areas, {period}',
      area: 'Area',
      average: 'Average',
      change: 'Change from the previous period',
      up: 'up',
      down: 'down',
      same: 'no change',
      noPrevious: 'no earlier result',
      comments: 'Open answers, {period}',
    },
  },
};
