/** Swedish strings: loaded on their own, only for users who read this language. */
import type { MyAccountsStrings } from './strings';

const strings: MyAccountsStrings = {
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
  coverFor: 'Ägare: {name} ({kind} till och med {end})',
  coverActing: 'Du vikarierar till och med {end}',
  openBrief: 'Öppna vikariekortet',
  openBriefFor: 'Öppna vikariekortet: {name}',
  colleague: 'Kollega',
  teamsChannel: 'Teams-kanal: {channel}',
  emptyTitle: 'Du har inga kundrelationer ännu',
  emptyBody:
    'Kundrelationerna visas här när du har angetts som kundansvarig chef eller ersättare i listan Kundrelationer eller när du vikarierar för en frånvarande kollega. Om något saknas kan du be webbplatsens ägare eller din chef att uppdatera de ansvariga.',
  back: 'Tillbaka till mina kundrelationer',
};

export default strings;
