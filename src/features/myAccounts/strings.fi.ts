/** Finnish strings: loaded on their own, only for users who read this language. */
import type { MyAccountsStrings } from './strings';

const strings: MyAccountsStrings = {
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
  coverFor: 'Omistaja: {name} ({kind} {end} asti)',
  coverActing: 'Sinä tuuraat {end} asti',
  openBrief: 'Avaa tuurauskortti',
  openBriefFor: 'Avaa tuurauskortti: {name}',
  colleague: 'Kollega',
  teamsChannel: 'Teams-kanava: {channel}',
  emptyTitle: 'Sinulla ei ole vielä asiakkuuksia',
  emptyBody:
    'Asiakkuudet näkyvät täällä, kun sinut on merkitty asiakaspäälliköksi tai varahenkilöksi Asiakkuudet-luettelossa tai kun tuuraat poissa olevaa kollegaa. Jos jokin puuttuu, pyydä sivuston omistajaa tai esihenkilöäsi päivittämään vastuuhenkilöt.',
  back: 'Takaisin asiakkuuksiini',
};

export default strings;
