/** Strings of the account tab shell, overview, "this year at a glance" and the channel picker. */
import type { Bundle } from './bundle';

export interface AccountTabStrings {
  tabLabel: string;
  sections: { overview: string; followUp: string; plan: string; activity: string };
  loadingAccount: string;
  problemsIntro: string;
  problemList: string;
  noAccount: string;
  reload: string;
  picker: {
    title: string;
    intro: string;
    onlyManagers: string;
    label: string;
    placeholder: string;
    link: string;
    linking: string;
    sharePointTitle: string;
    sharePointIntro: string;
    open: string;
    alreadyLinked: string;
  };
  overview: {
    title: string;
    workingAgreements: string;
    workingAgreementsEmpty: string;
    memberAgencies: string;
    segment: string;
    lifecycleStage: string;
    engagementLevel: string;
    accountType: string;
    meetingRhythm: string;
    people: string;
    accountManager: string;
    backup: string;
    systemManager: string;
    links: string;
    workspace: string;
    caseSystem: string;
    diaryNumbers: string;
    keyDocuments: string;
    noLinks: string;
    outOfOffice: string;
    presence: Record<'Available' | 'Busy' | 'DoNotDisturb' | 'BeRightBack' | 'Away' | 'Offline' | 'PresenceUnknown', string>;
    coversNow: string;
    teamsChannel: string;
  };
  glance: {
    title: string;
    clock: string;
    noClock: string;
    overdue: string;
    dueSoon: string;
    upcoming: string;
    done: string;
    dueOn: string;
    nextFollowUp: string;
    noFollowUp: string;
    materialsBy: string;
    agreement: string;
    agreementFor: string;
    noAgreement: string;
    deadline: string;
    step: string;
    deadlineState: Record<'done' | 'onTrack' | 'atRisk' | 'late' | 'noDeadline', string>;
    openActions: string;
    openIdeas: string;
  };
}

export const bundle: Bundle<AccountTabStrings> = {
  fi: {
    tabLabel: 'Asiakkuus',
    sections: { overview: 'Yleiskatsaus', followUp: 'Seurantaryhmät', plan: 'Asiakkuussuunnitelma', activity: 'Tapahtumat' },
    loadingAccount: 'Ladataan asiakkuuden tietoja…',
    problemsIntro: 'Osa tiedoista puuttuu, koska seuraavia luetteloita ei voitu lukea:',
    problemList: '{list}: {message}',
    noAccount: 'Asiakkuutta ei löytynyt. Se on ehkä poistettu.',
    reload: 'Päivitä',
    picker: {
      title: 'Liitä kanava asiakkuuteen',
      intro: 'Tätä Teams-kanavaa ei ole vielä liitetty mihinkään asiakkuuteen. Valitse asiakkuus kerran, niin välilehti avautuu jatkossa suoraan siihen kaikille tiimin jäsenille.',
      onlyManagers: 'Tätä kanavaa ei ole vielä liitetty asiakkuuteen. Pyydä asiakaspäällikköä tai sivuston omistajaa liittämään se.',
      label: 'Asiakkuus',
      placeholder: 'Valitse asiakkuus',
      link: 'Liitä kanavaan',
      linking: 'Liitetään…',
      sharePointTitle: 'Valitse näytettävä asiakkuus',
      sharePointIntro: 'Verkko-osan ominaisuuksista voit valita pysyvästi, minkä asiakkuuden tiedot tällä sivulla näytetään.',
      open: 'Näytä',
      alreadyLinked: 'liitetty kanavaan {channel}',
    },
    overview: {
      title: 'Yleiskatsaus',
      workingAgreements: 'Toimintatavat',
      workingAgreementsEmpty: 'Toimintatapoja ei ole kirjattu. Kirjaa, miten asiakas haluaa asioida – esimerkiksi kaikki yhteydenotot tietohallintopäällikön kautta.',
      memberAgencies: 'Jäsenvirastot',
      segment: 'Segmentti',
      lifecycleStage: 'Elinkaaren vaihe',
      engagementLevel: 'Sitoutumisen taso',
      accountType: 'Asiakkuuden tyyppi',
      meetingRhythm: 'Tapaamisrytmi',
      people: 'Vastuuhenkilöt',
      accountManager: 'Asiakaspäällikkö',
      backup: 'Varahenkilö / työpari',
      systemManager: 'Järjestelmäpäällikkö',
      links: 'Linkit',
      workspace: 'Asiakastyötila',
      caseSystem: 'Asianhallinta',
      diaryNumbers: 'Diaarinumerot',
      keyDocuments: 'Keskeiset asiakirjat',
      noLinks: 'Ei linkkejä.',
      outOfOffice: 'Poissa',
      presence: { Available: 'Tavoitettavissa', Busy: 'Varattu', DoNotDisturb: 'Älä häiritse', BeRightBack: 'Palaan pian', Away: 'Poissa', Offline: 'Offline-tilassa', PresenceUnknown: 'Tila tuntematon' },
      coversNow: 'Tuuraa nyt',
      teamsChannel: 'Teams-kanava',
    },
    glance: {
      title: 'Tämä vuosi yhdellä silmäyksellä',
      clock: 'Vuosikellon tehtävät',
      noClock: 'Ei avoimia vuosikellon tehtäviä.',
      overdue: 'Myöhässä',
      dueSoon: 'Pian',
      upcoming: 'Tulossa',
      done: 'Tehty',
      dueOn: 'Määräpäivä {date}',
      nextFollowUp: 'Seuraava seurantaryhmä',
      noFollowUp: 'Seuraavaa seurantaryhmää ei ole suunniteltu.',
      materialsBy: 'Materiaalit valmiina {date} mennessä',
      agreement: 'Palvelusopimus',
      agreementFor: 'Sopimus vuodelle {year}',
      noAgreement: 'Ensi vuoden sopimusta ei ole vielä aloitettu.',
      deadline: 'Tavoite {date}',
      step: 'Vaihe {step}/{of}',
      deadlineState: { done: 'Valmis', onTrack: 'Aikataulussa', atRisk: 'Aikataulu vaarassa', late: 'Myöhässä', noDeadline: 'Ei tavoitepäivää' },
      openActions: 'Avoimet toimenpiteet',
      openIdeas: 'Avoimet ideat ja tarpeet',
    },
  },
  sv: {
    tabLabel: 'Kundrelation',
    sections: { overview: 'Översikt', followUp: 'Uppföljningsgrupper', plan: 'Kundplan', activity: 'Händelser' },
    loadingAccount: 'Läser in kundrelationen…',
    problemsIntro: 'En del uppgifter saknas eftersom följande listor inte kunde läsas:',
    problemList: '{list}: {message}',
    noAccount: 'Kundrelationen hittades inte. Den kan ha tagits bort.',
    reload: 'Uppdatera',
    picker: {
      title: 'Koppla kanalen till en kundrelation',
      intro: 'Den här Teams-kanalen är ännu inte kopplad till någon kundrelation. Välj kundrelationen en gång, så öppnas fliken direkt i den för alla i teamet.',
      onlyManagers: 'Den här kanalen är ännu inte kopplad till en kundrelation. Be den kundansvariga chefen eller webbplatsens ägare att koppla den.',
      label: 'Kundrelation',
      placeholder: 'Välj kundrelation',
      link: 'Koppla till kanalen',
      linking: 'Kopplar…',
      sharePointTitle: 'Välj kundrelation att visa',
      sharePointIntro: 'I webbdelens egenskaper kan du välja vilken kundrelation som alltid visas på den här sidan.',
      open: 'Visa',
      alreadyLinked: 'kopplad till kanalen {channel}',
    },
    overview: {
      title: 'Översikt',
      workingAgreements: 'Arbetssätt',
      workingAgreementsEmpty: 'Inga arbetssätt har antecknats. Skriv hur kunden vill samarbeta – till exempel att alla kontakter går via IT-chefen.',
      memberAgencies: 'Medlemsmyndigheter',
      segment: 'Segment',
      lifecycleStage: 'Livscykelfas',
      engagementLevel: 'Engagemangsnivå',
      accountType: 'Typ av kundrelation',
      meetingRhythm: 'Mötesrytm',
      people: 'Ansvariga',
      accountManager: 'Kundansvarig chef',
      backup: 'Ersättare / arbetspar',
      systemManager: 'Systemchef',
      links: 'Länkar',
      workspace: 'Kundarbetsyta',
      caseSystem: 'Ärendehantering',
      diaryNumbers: 'Diarienummer',
      keyDocuments: 'Viktiga dokument',
      noLinks: 'Inga länkar.',
      outOfOffice: 'Frånvarande',
      presence: { Available: 'Tillgänglig', Busy: 'Upptagen', DoNotDisturb: 'Stör ej', BeRightBack: 'Strax tillbaka', Away: 'Borta', Offline: 'Offline', PresenceUnknown: 'Status okänd' },
      coversNow: 'Vikarierar nu',
      teamsChannel: 'Teams-kanal',
    },
    glance: {
      title: 'Året i korthet',
      clock: 'Årshjulets uppgifter',
      noClock: 'Inga öppna uppgifter i årshjulet.',
      overdue: 'Försenad',
      dueSoon: 'Snart',
      upcoming: 'Kommande',
      done: 'Klar',
      dueOn: 'Förfaller {date}',
      nextFollowUp: 'Nästa uppföljningsgrupp',
      noFollowUp: 'Nästa uppföljningsgrupp är inte planerad.',
      materialsBy: 'Materialet klart senast {date}',
      agreement: 'Tjänsteavtal',
      agreementFor: 'Avtal för {year}',
      noAgreement: 'Nästa års avtal har ännu inte påbörjats.',
      deadline: 'Mål {date}',
      step: 'Steg {step}/{of}',
      deadlineState: { done: 'Klart', onTrack: 'Enligt tidtabell', atRisk: 'Tidtabellen i fara', late: 'Försenat', noDeadline: 'Inget måldatum' },
      openActions: 'Öppna åtgärder',
      openIdeas: 'Öppna idéer och behov',
    },
  },
  en: {
    tabLabel: 'Account',
    sections: { overview: 'Overview', followUp: 'Follow-up groups', plan: 'Account plan', activity: 'Activity' },
    loadingAccount: 'Loading the account…',
    problemsIntro: 'Some information is missing because these lists could not be read:',
    problemList: '{list}: {message}',
    noAccount: 'The account was not found. It may have been deleted.',
    reload: 'Refresh',
    picker: {
      title: 'Link this channel to an account',
      intro: 'This Teams channel is not linked to an account yet. Choose the account once, and the tab opens it directly for everyone in the team from then on.',
      onlyManagers: 'This channel is not linked to an account yet. Ask the account manager or a site owner to link it.',
      label: 'Account',
      placeholder: 'Choose an account',
      link: 'Link to channel',
      linking: 'Linking…',
      sharePointTitle: 'Choose the account to show',
      sharePointIntro: 'In the web part properties you can choose which account this page always shows.',
      open: 'Show',
      alreadyLinked: 'linked to channel {channel}',
    },
    overview: {
      title: 'Overview',
      workingAgreements: 'Working agreements',
      workingAgreementsEmpty: 'No working agreements recorded. Write down how the customer wants to be worked with – for example, all contact through the head of IT.',
      memberAgencies: 'Member agencies',
      segment: 'Segment',
      lifecycleStage: 'Lifecycle stage',
      engagementLevel: 'Engagement level',
      accountType: 'Account type',
      meetingRhythm: 'Meeting rhythm',
      people: 'People',
      accountManager: 'Account manager',
      backup: 'Backup / work pair',
      systemManager: 'System manager',
      links: 'Links',
      workspace: 'Customer workspace',
      caseSystem: 'Case system',
      diaryNumbers: 'Diary numbers',
      keyDocuments: 'Key documents',
      noLinks: 'No links.',
      outOfOffice: 'Out of office',
      presence: { Available: 'Available', Busy: 'Busy', DoNotDisturb: 'Do not disturb', BeRightBack: 'Be right back', Away: 'Away', Offline: 'Offline', PresenceUnknown: 'Status unknown' },
      coversNow: 'Covering now',
      teamsChannel: 'Teams channel',
    },
    glance: {
      title: 'This year at a glance',
      clock: 'Annual clock',
      noClock: 'No open annual clock items.',
      overdue: 'Overdue',
      dueSoon: 'Due soon',
      upcoming: 'Upcoming',
      done: 'Done',
      dueOn: 'Due {date}',
      nextFollowUp: 'Next follow-up group',
      noFollowUp: 'The next follow-up group is not planned yet.',
      materialsBy: 'Materials ready by {date}',
      agreement: 'Service agreement',
      agreementFor: 'Agreement for {year}',
      noAgreement: 'Next year\u2019s agreement has not been started.',
      deadline: 'Target {date}',
      step: 'Step {step}/{of}',
      deadlineState: { done: 'Done', onTrack: 'On track', atRisk: 'At risk', late: 'Late', noDeadline: 'No target date' },
      openActions: 'Open actions',
      openIdeas: 'Open ideas and needs',
    },
  },
};
