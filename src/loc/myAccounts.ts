/** Strings of the Teams personal app "My accounts": the user's own accounts and the ones they cover today. */
import type { Bundle } from './bundle';

export interface MyAccountsStrings {
  title: string;
  intro: string;
  refresh: string;
  loading: string;
  ownGroup: string;
  ownEmpty: string;
  coverGroup: string;
  coverRule: string;
  coverEmpty: string;
  coverFailed: string;
  roleManager: string;
  roleBackup: string;
  roleCover: string;
  coverFor: string;
  colleague: string;
  teamsChannel: string;
  emptyTitle: string;
  emptyBody: string;
  back: string;
}

export const bundle: Bundle<MyAccountsStrings> = {
  fi: {
    title: 'Asiakkuuteni',
    intro: 'Asiakkuudet, joissa olet asiakaspäällikkö tai varahenkilö, ja asiakkuudet, joita tuuraat tänään. Avaa asiakkuus valitsemalla se.',
    refresh: 'Päivitä',
    loading: 'Ladataan asiakkuuksiasi…',
    ownGroup: 'Omat asiakkuudet',
    ownEmpty: 'Sinua ei ole merkitty minkään asiakkuuden asiakaspäälliköksi tai varahenkilöksi.',
    coverGroup: 'Tuuraan nyt',
    coverRule: 'Asiakkuudet, joiden asiakaspäällikkö on tänään poissa ja joissa sinä olet tuuraaja. Lyhyitä, 1–2 päivän poissaoloja ei tuurata, ellei poissaoloon ole merkitty tuurausta.',
    coverEmpty: 'Et tuuraa tänään ketään.',
    coverFailed: 'Tuurauksia ei voitu tarkistaa: {message}',
    roleManager: 'Asiakaspäällikkö',
    roleBackup: 'Varahenkilö',
    roleCover: 'Tuuraaja',
    coverFor: '{kind}: {name}, {end} asti',
    colleague: 'Kollega',
    teamsChannel: 'Teams-kanava: {channel}',
    emptyTitle: 'Sinulla ei ole vielä asiakkuuksia',
    emptyBody:
      'Asiakkuudet näkyvät täällä, kun sinut on merkitty asiakaspäälliköksi tai varahenkilöksi Asiakkuudet-luettelossa tai kun tuuraat poissa olevaa kollegaa. Jos jokin puuttuu, pyydä sivuston omistajaa tai esihenkilöäsi päivittämään vastuuhenkilöt.',
    back: 'Takaisin asiakkuuksiini',
  },
  sv: {
    title: 'Mina kundrelationer',
    intro: 'Kundrelationer där du är kundansvarig chef eller ersättare och kundrelationer där du vikarierar i dag. Välj en kundrelation för att öppna den.',
    refresh: 'Uppdatera',
    loading: 'Dina kundrelationer läses in…',
    ownGroup: 'Egna kundrelationer',
    ownEmpty: 'Du är inte angiven som kundansvarig chef eller ersättare för någon kundrelation.',
    coverGroup: 'Jag vikarierar nu',
    coverRule: 'Kundrelationer vars kundansvariga chef är frånvarande i dag och där du är vikarie. Kort frånvaro på 1–2 dagar kräver ingen vikarie, om det inte har angetts för frånvaron.',
    coverEmpty: 'Du vikarierar inte för någon i dag.',
    coverFailed: 'Vikariaten kunde inte kontrolleras: {message}',
    roleManager: 'Kundansvarig chef',
    roleBackup: 'Ersättare',
    roleCover: 'Vikarie',
    coverFor: '{kind}: {name}, till och med {end}',
    colleague: 'Kollega',
    teamsChannel: 'Teams-kanal: {channel}',
    emptyTitle: 'Du har inga kundrelationer ännu',
    emptyBody:
      'Kundrelationerna visas här när du har angetts som kundansvarig chef eller ersättare i listan Kundrelationer eller när du vikarierar för en frånvarande kollega. Om något saknas kan du be webbplatsens ägare eller din chef att uppdatera de ansvariga.',
    back: 'Tillbaka till mina kundrelationer',
  },
  en: {
    title: 'My accounts',
    intro: 'Accounts where you are the account manager or backup, and the accounts you cover today. Select an account to open it.',
    refresh: 'Refresh',
    loading: 'Loading your accounts…',
    ownGroup: 'My own accounts',
    ownEmpty: 'You are not the account manager or backup of any account.',
    coverGroup: 'Covering now',
    coverRule: 'Accounts whose account manager is away today and that you cover. Absences of 1–2 days are not covered unless the absence is marked for cover.',
    coverEmpty: 'You are not covering for anyone today.',
    coverFailed: 'Could not check whom you cover: {message}',
    roleManager: 'Account manager',
    roleBackup: 'Backup',
    roleCover: 'Covering',
    coverFor: '{kind}: {name}, until {end}',
    colleague: 'A colleague',
    teamsChannel: 'Teams channel: {channel}',
    emptyTitle: 'You have no accounts yet',
    emptyBody:
      'Accounts appear here once you are named account manager or backup in the Accounts list, or when you cover for an absent colleague. If something is missing, ask the site owner or your manager to update the owners.',
    back: 'Back to my accounts',
  },
};
