/** Strings of the account tab's follow-up groups section (seurantaryhmät): list, meeting kit, invitation, minutes. */
import type { Bundle } from './bundle';
import type { InvitationStrings } from '../domain/meetingKit';

export interface FollowUpStrings {
  title: string;
  intro: string;
  listTitle: string;
  next: string;
  minutesWritten: string;
  minutesMissing: string;
  noneThisYear: string;
  noNext: string;
  rhythm: string;
  addMeetingHint: string;
  otherTitle: string;
  noOther: string;
  details: {
    when: string;
    at: string;
    mode: string;
    chair: string;
    attendees: string;
    materialsReady: string;
    materialsFolder: string;
    survey: string;
    notSet: string;
  };
  materials: { today: string; overdue: string };
  agendaTitle: string;
  agendaOwn: string;
  agendaStandard: string;
  itemNotes: string;
  kit: {
    opening: string;
    previousMeeting: string;
    noPrevious: string;
    previousNoMinutes: string;
    decisions: string;
    minutesDocument: string;
    showMeeting: string;
    openActions: string;
    noOpenActions: string;
    noOwner: string;
    dueOn: string;
    noDue: string;
    overdue: string;
    budget: string;
    budgetSource: string;
    noBudget: string;
    financeClock: string;
    noFinanceClock: string;
    financeReportHint: string;
    clockState: { done: string; overdue: string; dueSoon: string; upcoming: string };
    servicesToimi: string;
    appendices: string;
    agreementDocument: string;
    keyDocuments: string;
    workspace: string;
    noServiceLinks: string;
    ideas: string;
    noIdeas: string;
    inProgress: string;
    noInProgress: string;
    surveyPeriod: string;
    responsesOne: string;
    responsesMany: string;
    tableCaption: string;
    area: string;
    average: string;
    change: string;
    unchanged: string;
    overall: string;
    nps: string;
    comments: string;
    noComments: string;
    noSurvey: string;
    surveyOpen: string;
    noComparison: string;
    otherHint: string;
    nextAgreed: string;
    noNextAgreed: string;
  };
  invitation: {
    title: string;
    help: string;
    heldNote: string;
    subjectLabel: string;
    bodyLabel: string;
    copySubject: string;
    copyBody: string;
    copied: string;
    copyFailed: string;
    fallbackWorkspace: string;
    noMaterialsLink: string;
    noSurveyLink: string;
    text: InvitationStrings;
  };
  minutes: {
    title: string;
    decisions: string;
    emptyPlanned: string;
    empty: string;
    decisionsEmpty: string;
    storeInNext: string;
    nextFolder: string;
    document: string;
  };
}

export const bundle: Bundle<FollowUpStrings> = {
  fi: {
    title: 'Seurantaryhmät',
    intro: 'Palvelusopimuksen seurantaryhmä kokoontuu neljännesvuosittain. Valitse kokous, niin näet sen asialistan, asiakkuuden tiedoista kootun kokousaineiston, kokouskutsun ja pöytäkirjan.',
    listTitle: 'Seurantaryhmät {year}',
    next: 'Seuraava',
    minutesWritten: 'Pöytäkirja kirjattu',
    minutesMissing: 'Pöytäkirja puuttuu',
    noneThisYear: 'Tälle vuodelle ei ole kirjattu seurantaryhmän kokouksia.',
    noNext: 'Seuraavaa seurantaryhmää ei ole vielä suunniteltu.',
    rhythm: 'Seurantaryhmä kokoontuu yleensä neljännesvuosittain maalis-, kesä-, syys- ja joulukuussa, tavallisesti noin 1,5 tunnin Teams-kokouksena. Seuraava tavanomainen ajankohta on {month}.',
    addMeetingHint: 'Kun kokous on kirjattu seurantaryhmien ja tapaamisten luetteloon, sen asialista, kokousaineisto ja kutsu kootaan tähän.',
    otherTitle: 'Muut tapaamiset {year}',
    noOther: 'Ei muita tapaamisia tänä vuonna.',
    details: {
      when: 'Aika',
      at: '{date} klo {time}',
      mode: 'Toteutustapa',
      chair: 'Puheenjohtaja',
      attendees: 'Osallistujat',
      materialsReady: 'Materiaalit valmiina',
      materialsFolder: 'Kokouksen materiaalit',
      survey: 'Tilaajatyytyväisyyskysely',
      notSet: 'Ei kirjattu',
    },
    materials: { today: 'Tänään', overdue: 'Myöhässä' },
    agendaTitle: 'Asialista ja kokousaineisto',
    agendaOwn: 'Kokouksen oma asialista. Aineisto on koottu asiakkuuden tiedoista.',
    agendaStandard: 'Perusmuotoinen asialista. Aineisto on koottu asiakkuuden tiedoista.',
    itemNotes: 'Kokouksessa kirjattu',
    kit: {
      opening: 'Puheenjohtaja {chair} avaa kokouksen. Asialistalle voi vielä tehdä lisäyksiä, ja käsittelyjärjestystä voi muuttaa.',
      previousMeeting: 'Tarkastetaan edellisen kokouksen pöytäkirja: {title}, {date}.',
      noPrevious: 'Edellistä seurantaryhmän kokousta ei löydy tiedoista.',
      previousNoMinutes: 'Edellisen kokouksen pöytäkirjaa ei ole vielä kirjattu.',
      decisions: 'Päätökset',
      minutesDocument: 'Pöytäkirja-asiakirja',
      showMeeting: 'Avaa kokous {title}',
      openActions: 'Avoimet toimenpiteet',
      noOpenActions: 'Ei avoimia toimenpiteitä.',
      noOwner: 'Ei vastuuhenkilöä',
      dueOn: 'määräpäivä {date}',
      noDue: 'ei määräpäivää',
      overdue: 'Myöhässä',
      budget: 'Siirretty ICT-määräraha vuodelle {year}: {amount}',
      budgetSource: 'Lähde: {title}',
      noBudget: 'Vuoden {year} palvelusopimukseen ei ole kirjattu siirrettyä ICT-määrärahaa.',
      financeClock: 'Talouden vuosikello {from}–{to}',
      noFinanceClock: 'Talouden vuosikellossa ei ole tehtäviä tällä jaksolla.',
      financeReportHint: 'Liitä esitykseen tiivis talousraportti (Valtori ja muut IT-menot) ja vie suoritekohtainen raportti kokouksen kansioon, ellei ryhmä ole sopinut käyttävänsä Power BI:tä.',
      clockState: { done: 'Tehty', overdue: 'Myöhässä', dueSoon: 'Pian', upcoming: 'Tulossa' },
      servicesToimi: 'Sektorin kannalta olennaiset järjestelmät statustietoineen otetaan Toimin sovellussalkusta – niitä ei ylläpidetä tässä sovelluksessa.',
      appendices: 'Palvelusopimuksen liitteet',
      agreementDocument: 'Palvelusopimus',
      keyDocuments: 'Keskeiset asiakirjat',
      workspace: 'Asiakastyötila',
      noServiceLinks: 'Palvelusopimuksen liitteitä, keskeisiä asiakirjoja tai asiakastyötilaa ei ole kirjattu.',
      ideas: 'Kehityssalkun ideat ja tarpeet',
      noIdeas: 'Ideasalkussa ei ole avoimia ideoita tai tarpeita.',
      inProgress: 'Käynnissä olevat toimenpiteet',
      noInProgress: 'Ei käynnissä olevia toimenpiteitä.',
      surveyPeriod: 'Kysely {period}',
      responsesOne: '1 vastaus',
      responsesMany: '{count} vastausta',
      tableCaption: 'Keskiarvot asteikolla 4–10',
      area: 'Osa-alue',
      average: 'Keskiarvo',
      change: 'Muutos ({period})',
      unchanged: 'ennallaan',
      overall: 'Kokonaisarvio',
      nps: 'Suositteluindeksi (NPS)',
      comments: 'Avoimet vastaukset',
      noComments: 'Ei avoimia vastauksia.',
      noSurvey: 'Tälle asiakkuudelle ei ole tilaajatyytyväisyyskyselyn vastauksia ennen tätä kokousta.',
      surveyOpen: 'Kysely {period} on vielä auki: {count} vastausta tähän mennessä.',
      noComparison: 'Edellisen kauden tuloksia ei ole vertailtavaksi.',
      otherHint: 'Etukäteen lisätyt asiat ja kokouksen avauksessa esiin nousseet asiat.',
      nextAgreed: 'Seuraava kokous on jo sovittu:',
      noNextAgreed: 'Seuraavaa kokousta ei ole vielä sovittu. Tavanomainen ajankohta on {month}. Suuressa ryhmässä aika on usein helpointa varata myöhemmin kalenterin ajoitustoiminnolla.',
    },
    invitation: {
      title: 'Kokouskutsu',
      help: 'Kopioi aihe ja teksti Outlookin tai Teamsin kokouskutsuun.',
      heldNote: 'Kokous on pidetty; kutsu näytetään vain tiedoksi.',
      subjectLabel: 'Aihe',
      bodyLabel: 'Kutsun teksti',
      copySubject: 'Kopioi aihe',
      copyBody: 'Kopioi kutsu',
      copied: 'Kopioitu leikepöydälle.',
      copyFailed: 'Kopiointi ei onnistunut. Valitse teksti ja kopioi se itse (Ctrl+C).',
      fallbackWorkspace: 'Kokoukselle ei ole omaa materiaalikansiota, joten kutsussa on linkki asiakastyötilaan.',
      noMaterialsLink: 'Materiaalien linkki puuttuu: kokoukselle ei ole kansiota eikä asiakkuudelle asiakastyötilaa.',
      noSurveyLink: 'Tilaajatyytyväisyyskyselyn linkki puuttuu, joten se ei ole kutsussa.',
      text: {
        subject: '{account}: palvelusopimuksen seurantaryhmä {period}',
        greeting: 'Hei,',
        intro: 'Tervetuloa palvelusopimuksen seurantaryhmän kokoukseen.',
        when: 'Aika: {date} klo {time}',
        where: 'Paikka: {place}',
        chair: 'Puheenjohtaja: {chair}',
        agendaTitle: 'Asialista',
        materials: 'Kokouksen materiaalit ovat saatavilla viimeistään {date}: {url}',
        materialsLater: 'Kokouksen materiaalit toimitetaan viimeistään {date}.',
        survey: 'Vastaathan ennen kokousta tilaajatyytyväisyyskyselyyn: {url}',
        closing: 'Ystävällisin terveisin',
      },
    },
    minutes: {
      title: 'Pöytäkirja',
      decisions: 'Päätökset',
      emptyPlanned: 'Pöytäkirja kirjataan kokouksen jälkeen.',
      empty: 'Pöytäkirjaa ei ole kirjattu.',
      decisionsEmpty: 'Päätöksiä ei ole kirjattu.',
      storeInNext: 'Tallenna pöytäkirja-asiakirja seuraavan kokouksen kansioon, sillä se tarkastetaan seuraavan kokouksen kohdassa 2.',
      nextFolder: 'Seuraavan kokouksen kansio',
      document: 'Pöytäkirja-asiakirja',
    },
  },
  sv: {
    title: 'Uppföljningsgrupper',
    intro: 'Tjänsteavtalets uppföljningsgrupp sammanträder varje kvartal. Välj ett möte för att se föredragningslistan, mötesmaterialet som sammanställts ur kundrelationens uppgifter, kallelsen och protokollet.',
    listTitle: 'Uppföljningsgrupper {year}',
    next: 'Nästa',
    minutesWritten: 'Protokoll finns',
    minutesMissing: 'Protokoll saknas',
    noneThisYear: 'Inga möten i uppföljningsgruppen har registrerats för i år.',
    noNext: 'Nästa möte i uppföljningsgruppen är ännu inte planerat.',
    rhythm: 'Uppföljningsgruppen sammanträder i regel varje kvartal, i mars, juni, september och december, vanligen som ett Teams-möte på cirka 1,5 timmar. Nästa sedvanliga tidpunkt är {month}.',
    addMeetingHint: 'När mötet har förts in i listan över uppföljningsgrupper och möten sammanställs dess föredragningslista, material och kallelse här.',
    otherTitle: 'Andra möten {year}',
    noOther: 'Inga andra möten i år.',
    details: {
      when: 'Tid',
      at: '{date} kl. {time}',
      mode: 'Form',
      chair: 'Ordförande',
      attendees: 'Deltagare',
      materialsReady: 'Materialet klart',
      materialsFolder: 'Mötesmaterial',
      survey: 'Beställarnöjdhetsenkät',
      notSet: 'Inte angivet',
    },
    materials: { today: 'I dag', overdue: 'Försenat' },
    agendaTitle: 'Föredragningslista och mötesmaterial',
    agendaOwn: 'Mötets egen föredragningslista. Materialet har sammanställts ur kundrelationens uppgifter.',
    agendaStandard: 'Standardföredragningslista. Materialet har sammanställts ur kundrelationens uppgifter.',
    itemNotes: 'Antecknat på mötet',
    kit: {
      opening: 'Ordförande {chair} öppnar mötet. Punkter kan ännu läggas till på föredragningslistan och ordningen kan ändras.',
      previousMeeting: 'Föregående mötes protokoll granskas: {title}, {date}.',
      noPrevious: 'Det finns inget tidigare möte i uppföljningsgruppen i uppgifterna.',
      previousNoMinutes: 'Föregående mötes protokoll har ännu inte förts in.',
      decisions: 'Beslut',
      minutesDocument: 'Protokolldokument',
      showMeeting: 'Öppna mötet {title}',
      openActions: 'Öppna åtgärder',
      noOpenActions: 'Inga öppna åtgärder.',
      noOwner: 'Ingen ansvarig',
      dueOn: 'senast {date}',
      noDue: 'ingen förfallodag',
      overdue: 'Försenad',
      budget: 'Överfört IKT-anslag för {year}: {amount}',
      budgetSource: 'Källa: {title}',
      noBudget: 'Inget överfört IKT-anslag har förts in i tjänsteavtalet för {year}.',
      financeClock: 'Ekonomins årshjul {from}–{to}',
      noFinanceClock: 'Ekonomins årshjul har inga uppgifter under den här perioden.',
      financeReportHint: 'Bifoga en kort ekonomirapport (Valtori och andra IT-kostnader) till presentationen och lägg prestationsrapporten i mötets mapp, om inte gruppen har kommit överens om att använda Power BI.',
      clockState: { done: 'Klar', overdue: 'Försenad', dueSoon: 'Snart', upcoming: 'Kommande' },
      servicesToimi: 'De system som är relevanta för sektorn och deras statusuppgifter hämtas ur Toimis applikationsportfölj – de upprätthålls inte i den här applikationen.',
      appendices: 'Bilagor till tjänsteavtalet',
      agreementDocument: 'Tjänsteavtal',
      keyDocuments: 'Viktiga dokument',
      workspace: 'Kundarbetsyta',
      noServiceLinks: 'Inga bilagor till tjänsteavtalet, viktiga dokument eller kundarbetsyta har förts in.',
      ideas: 'Idéer och behov i utvecklingsportföljen',
      noIdeas: 'Idéportföljen har inga öppna idéer eller behov.',
      inProgress: 'Pågående åtgärder',
      noInProgress: 'Inga pågående åtgärder.',
      surveyPeriod: 'Enkät {period}',
      responsesOne: '1 svar',
      responsesMany: '{count} svar',
      tableCaption: 'Medelvärden på skalan 4–10',
      area: 'Område',
      average: 'Medelvärde',
      change: 'Förändring ({period})',
      unchanged: 'oförändrat',
      overall: 'Helhetsbedömning',
      nps: 'Rekommendationsindex (NPS)',
      comments: 'Öppna svar',
      noComments: 'Inga öppna svar.',
      noSurvey: 'Det finns inga svar på beställarnöjdhetsenkäten för den här kundrelationen före mötet.',
      surveyOpen: 'Enkäten {period} är fortfarande öppen: {count} svar hittills.',
      noComparison: 'Det finns inga resultat från föregående period att jämföra med.',
      otherHint: 'Frågor som lagts till i förväg eller som tagits upp när mötet öppnades.',
      nextAgreed: 'Nästa möte är redan överenskommet:',
      noNextAgreed: 'Nästa möte är ännu inte överenskommet. Den sedvanliga tidpunkten är {month}. I en stor grupp är det ofta enklast att boka tiden senare med kalenderns schemaläggningsfunktion.',
    },
    invitation: {
      title: 'Möteskallelse',
      help: 'Kopiera ämnet och texten till möteskallelsen i Outlook eller Teams.',
      heldNote: 'Mötet har hållits; kallelsen visas endast för kännedom.',
      subjectLabel: 'Ämne',
      bodyLabel: 'Kallelsens text',
      copySubject: 'Kopiera ämnet',
      copyBody: 'Kopiera kallelsen',
      copied: 'Kopierat till urklipp.',
      copyFailed: 'Det gick inte att kopiera. Markera texten och kopiera den själv (Ctrl+C).',
      fallbackWorkspace: 'Mötet har ingen egen materialmapp, så kallelsen länkar till kundarbetsytan.',
      noMaterialsLink: 'Länken till materialet saknas: mötet har ingen mapp och kundrelationen ingen kundarbetsyta.',
      noSurveyLink: 'Länken till beställarnöjdhetsenkäten saknas, så den finns inte med i kallelsen.',
      text: {
        subject: '{account}: tjänsteavtalets uppföljningsgrupp {period}',
        greeting: 'Hej,',
        intro: 'Välkommen till mötet i tjänsteavtalets uppföljningsgrupp.',
        when: 'Tid: {date} kl. {time}',
        where: 'Plats: {place}',
        chair: 'Ordförande: {chair}',
        agendaTitle: 'Föredragningslista',
        materials: 'Mötesmaterialet finns tillgängligt senast {date}: {url}',
        materialsLater: 'Mötesmaterialet skickas senast {date}.',
        survey: 'Svara gärna på beställarnöjdhetsenkäten före mötet: {url}',
        closing: 'Med vänliga hälsningar',
      },
    },
    minutes: {
      title: 'Protokoll',
      decisions: 'Beslut',
      emptyPlanned: 'Protokollet förs in efter mötet.',
      empty: 'Inget protokoll har förts in.',
      decisionsEmpty: 'Inga beslut har förts in.',
      storeInNext: 'Spara protokolldokumentet i nästa mötes mapp, eftersom det granskas under punkt 2 på nästa möte.',
      nextFolder: 'Nästa mötes mapp',
      document: 'Protokolldokument',
    },
  },
  en: {
    title: 'Follow-up groups',
    intro: 'The service agreement follow-up group meets every quarter. Choose a meeting to see its agenda, the meeting kit compiled from this account’s data, the invitation and the minutes.',
    listTitle: 'Follow-up groups {year}',
    next: 'Next',
    minutesWritten: 'Minutes recorded',
    minutesMissing: 'Minutes missing',
    noneThisYear: 'No follow-up group meetings have been recorded for this year.',
    noNext: 'The next follow-up group has not been planned yet.',
    rhythm: 'The follow-up group usually meets quarterly, in March, June, September and December, typically as a Teams meeting of about 1.5 hours. The next usual time is {month}.',
    addMeetingHint: 'Once the meeting is in the follow-up groups and meetings list, its agenda, meeting kit and invitation are compiled here.',
    otherTitle: 'Other meetings {year}',
    noOther: 'No other meetings this year.',
    details: {
      when: 'Time',
      at: '{date}, {time}',
      mode: 'Format',
      chair: 'Chair',
      attendees: 'Attendees',
      materialsReady: 'Materials ready',
      materialsFolder: 'Meeting materials',
      survey: 'Customer satisfaction survey',
      notSet: 'Not recorded',
    },
    materials: { today: 'Today', overdue: 'Overdue' },
    agendaTitle: 'Agenda and meeting kit',
    agendaOwn: 'The meeting’s own agenda. The kit is compiled from this account’s data.',
    agendaStandard: 'Standard agenda. The kit is compiled from this account’s data.',
    itemNotes: 'Recorded at the meeting',
    kit: {
      opening: '{chair} opens the meeting as chair. Items can still be added to the agenda and the order can be changed.',
      previousMeeting: 'Review of the previous meeting’s minutes: {title}, {date}.',
      noPrevious: 'There is no earlier follow-up group meeting in the data.',
      previousNoMinutes: 'The minutes of the previous meeting have not been recorded yet.',
      decisions: 'Decisions',
      minutesDocument: 'Minutes document',
      showMeeting: 'Open meeting {title}',
      openActions: 'Open actions',
      noOpenActions: 'No open actions.',
      noOwner: 'No owner',
      dueOn: 'due {date}',
      noDue: 'no due date',
      overdue: 'Overdue',
      budget: 'ICT budget transferred for {year}: {amount}',
      budgetSource: 'Source: {title}',
      noBudget: 'No transferred ICT budget has been recorded in the {year} service agreement.',
      financeClock: 'Finance annual clock {from}–{to}',
      noFinanceClock: 'The finance annual clock has no tasks in this period.',
      financeReportHint: 'Attach a short finance report (Valtori and other IT costs) to the slides and put the per-output report in the meeting folder, unless the group has agreed to use Power BI instead.',
      clockState: { done: 'Done', overdue: 'Overdue', dueSoon: 'Soon', upcoming: 'Upcoming' },
      servicesToimi: 'The systems relevant to the sector and their status come from the “Toimi” application portfolio – they are not maintained in this application.',
      appendices: 'Service agreement appendices',
      agreementDocument: 'Service agreement',
      keyDocuments: 'Key documents',
      workspace: 'Customer workspace',
      noServiceLinks: 'No agreement appendices, key documents or customer workspace have been recorded.',
      ideas: 'Ideas and needs in the development portfolio',
      noIdeas: 'The idea portfolio has no open ideas or needs.',
      inProgress: 'Actions in progress',
      noInProgress: 'No actions in progress.',
      surveyPeriod: 'Survey {period}',
      responsesOne: '1 response',
      responsesMany: '{count} responses',
      tableCaption: 'Averages on the 4–10 scale',
      area: 'Area',
      average: 'Average',
      change: 'Change ({period})',
      unchanged: 'unchanged',
      overall: 'Overall rating',
      nps: 'Net Promoter Score (NPS)',
      comments: 'Open answers',
      noComments: 'No open answers.',
      noSurvey: 'This account has no customer satisfaction survey responses before this meeting.',
      surveyOpen: 'Survey {period} is still open: {count} responses so far.',
      noComparison: 'There are no results from the previous period to compare with.',
      otherHint: 'Items added in advance or raised when the meeting is opened.',
      nextAgreed: 'The next meeting has already been agreed:',
      noNextAgreed: 'The next meeting has not been agreed yet. The usual time is {month}. In a large group it is often easiest to book it later with the calendar’s scheduling assistant.',
    },
    invitation: {
      title: 'Invitation',
      help: 'Copy the subject and text into the Outlook or Teams meeting invitation.',
      heldNote: 'The meeting has been held; the invitation is shown for reference only.',
      subjectLabel: 'Subject',
      bodyLabel: 'Invitation text',
      copySubject: 'Copy subject',
      copyBody: 'Copy invitation',
      copied: 'Copied to the clipboard.',
      copyFailed: 'Copying did not work. Select the text and copy it yourself (Ctrl+C).',
      fallbackWorkspace: 'The meeting has no materials folder of its own, so the invitation links to the customer workspace.',
      noMaterialsLink: 'The materials link is missing: the meeting has no folder and the account has no customer workspace.',
      noSurveyLink: 'The satisfaction survey link is missing, so it is not in the invitation.',
      text: {
        subject: '{account}: service agreement follow-up group {period}',
        greeting: 'Hello,',
        intro: 'Welcome to the meeting of the service agreement follow-up group.',
        when: 'Time: {date}, {time}',
        where: 'Place: {place}',
        chair: 'Chair: {chair}',
        agendaTitle: 'Agenda',
        materials: 'The meeting materials will be available by {date}: {url}',
        materialsLater: 'The meeting materials will be sent by {date}.',
        survey: 'Please answer the customer satisfaction survey before the meeting: {url}',
        closing: 'Kind regards',
      },
    },
    minutes: {
      title: 'Minutes',
      decisions: 'Decisions',
      emptyPlanned: 'The minutes are recorded after the meeting.',
      empty: 'No minutes have been recorded.',
      decisionsEmpty: 'No decisions have been recorded.',
      storeInNext: 'Save the minutes document in the next meeting’s folder: it is reviewed at item 2 of the next meeting.',
      nextFolder: 'Next meeting’s folder',
      document: 'Minutes document',
    },
  },
};
