/**
 * UI strings, Finnish first. One typed interface: a key missing from any language is a compile error, and a
 * unit test checks that no value is empty. Placeholders are {name}; use `format`. Written, not machine-translated.
 */
import type { Locale } from '../app/host';

export interface Strings {
  appName: string;
  loading: string;
  retry: string;
  save: string;
  saving: string;
  cancel: string;
  close: string;
  edit: string;
  yes: string;
  no: string;
  notSet: string;
  saved: string;
  theirVersion: string;
  saveMineAnyway: string;
  keepTheirs: string;
  errors: {
    conflict: string;
    notFound: string;
    listMissing: string;
    accessDenied: string;
    throttled: string;
    threshold: string;
    validation: string;
    duplicate: string;
    network: string;
    unknown: string;
  };
  fieldProblems: {
    required: string;
    tooLong: string;
    outOfRange: string;
    invalidChoice: string;
    invalidDate: string;
    invalidEmail: string;
    invalidUrl: string;
    endBeforeStart: string;
    invalidNumber: string;
  };
  siteContents: {
    title: string;
    intro: string;
    site: string;
    signedInAs: string;
    schemaVersion: string;
    schemaVersionValue: string;
    notProvisioned: string;
    upToDate: string;
    needsUpgrade: string;
    columnList: string;
    columnInternal: string;
    columnItems: string;
    columnStatus: string;
    statusOk: string;
    statusMissing: string;
    statusMissingFields: string;
    provision: string;
    provisioning: string;
    provisioned: string;
    provisionOnlyOwners: string;
    tableLabel: string;
    totalItems: string;
  };
}

export const fi: Strings = {
  appName: 'Asiakkuudenhoito',
  loading: 'Ladataan…',
  retry: 'Yritä uudelleen',
  save: 'Tallenna',
  saving: 'Tallennetaan…',
  cancel: 'Peruuta',
  close: 'Sulje',
  edit: 'Muokkaa',
  yes: 'Kyllä',
  no: 'Ei',
  notSet: 'Ei määritetty',
  saved: 'Tallennettu.',
  theirVersion: 'Toisen käyttäjän tallentama versio',
  saveMineAnyway: 'Tallenna oma versioni',
  keepTheirs: 'Pidä toisen versio',
  errors: {
    conflict: 'Joku muu on muuttanut tietoja sillä välin. Tekstisi on tallessa: tarkista uusin versio ja tallenna uudelleen.',
    notFound: 'Tietoa ei löytynyt. Joku on ehkä poistanut sen.',
    listMissing: 'Luettelo {list} puuttuu tältä sivustolta. Sivuston omistajan on otettava Asiakkuudenhoito käyttöön (Asennus-verkko-osa tai npm run provision).',
    accessDenied: 'Sinulla ei ole oikeutta tähän toimintoon. Pyydä oikeudet sivuston omistajalta.',
    throttled: 'SharePoint on juuri nyt ruuhkautunut. Mitään ei kadonnut: yritä hetken kuluttua uudelleen.',
    threshold: 'Haku ylittää SharePointin 5 000 kohteen näkymärajan. Rajaa hakua tarkemmin.',
    validation: 'Tarkista merkityt kentät.',
    duplicate: 'Sama tieto on jo tallennettu.',
    network: 'Yhteys SharePointiin katkesi. Tarkista verkkoyhteys ja yritä uudelleen.',
    unknown: 'Jokin meni vikaan: {message}',
  },
  fieldProblems: {
    required: 'Pakollinen tieto.',
    tooLong: 'Enintään {max} merkkiä.',
    outOfRange: 'Anna kokonaisluku väliltä {min}–{max}.',
    invalidChoice: 'Valitse jokin vaihtoehdoista.',
    invalidDate: 'Anna päivämäärä muodossa p.k.vvvv.',
    invalidEmail: 'Tarkista sähköpostiosoite.',
    invalidUrl: 'Osoitteen on alettava https://',
    endBeforeStart: 'Päättymispäivä ei voi olla ennen alkamispäivää.',
    invalidNumber: 'Anna luku.',
  },
  siteContents: {
    title: 'Sivuston sisältö',
    intro: 'Asiakkuudenhoidon luettelot tällä sivustolla, niiden kohdemäärät ja skeeman tila.',
    site: 'Sivusto',
    signedInAs: 'Kirjautuneena',
    schemaVersion: 'Skeemaversio',
    schemaVersionValue: 'sivustolla {site}, sovelluksessa {code}',
    notProvisioned: 'Asiakkuudenhoitoa ei ole vielä otettu käyttöön tällä sivustolla.',
    upToDate: 'Kaikki luettelot, kentät ja indeksit ovat ajan tasalla.',
    needsUpgrade: 'Osa luetteloista, kentistä tai indekseistä puuttuu. Sivuston omistaja voi päivittää skeeman alla olevasta painikkeesta; kohteet säilyvät.',
    columnList: 'Luettelo',
    columnInternal: 'Tekninen nimi',
    columnItems: 'Kohteita',
    columnStatus: 'Tila',
    statusOk: 'Kunnossa',
    statusMissing: 'Puuttuu',
    statusMissingFields: '{count} kenttää tai indeksiä puuttuu',
    provision: 'Ota käyttöön / päivitä skeema',
    provisioning: 'Luodaan luetteloita ja kenttiä…',
    provisioned: 'Valmis: {lists} luetteloa ja {fields} kenttää lisätty.',
    provisionOnlyOwners: 'Vain sivuston omistaja voi ottaa skeeman käyttöön.',
    tableLabel: 'Asiakkuudenhoidon luettelot',
    totalItems: 'Kohteita yhteensä',
  },
};

export const sv: Strings = {
  appName: 'Kundvård',
  loading: 'Läser in…',
  retry: 'Försök igen',
  save: 'Spara',
  saving: 'Sparar…',
  cancel: 'Avbryt',
  close: 'Stäng',
  edit: 'Redigera',
  yes: 'Ja',
  no: 'Nej',
  notSet: 'Inte angivet',
  saved: 'Sparat.',
  theirVersion: 'Versionen som en annan användare sparade',
  saveMineAnyway: 'Spara min version',
  keepTheirs: 'Behåll den andra versionen',
  errors: {
    conflict: 'Någon annan har ändrat uppgifterna under tiden. Din text finns kvar: kontrollera den senaste versionen och spara igen.',
    notFound: 'Uppgiften hittades inte. Någon kan ha tagit bort den.',
    listMissing: 'Listan {list} saknas på den här webbplatsen. Webbplatsens ägare behöver ta Kundvård i bruk (webbdelen Installation eller npm run provision).',
    accessDenied: 'Du har inte behörighet till den här åtgärden. Be webbplatsens ägare om behörighet.',
    throttled: 'SharePoint är överbelastat just nu. Inget har gått förlorat: försök igen om en stund.',
    threshold: 'Sökningen överskrider SharePoints gräns på 5 000 objekt per vy. Avgränsa sökningen.',
    validation: 'Kontrollera de markerade fälten.',
    duplicate: 'Samma uppgift är redan sparad.',
    network: 'Förbindelsen till SharePoint bröts. Kontrollera nätverket och försök igen.',
    unknown: 'Något gick fel: {message}',
  },
  fieldProblems: {
    required: 'Obligatorisk uppgift.',
    tooLong: 'Högst {max} tecken.',
    outOfRange: 'Ange ett heltal mellan {min} och {max}.',
    invalidChoice: 'Välj ett av alternativen.',
    invalidDate: 'Ange datumet i formatet d.m.åååå.',
    invalidEmail: 'Kontrollera e-postadressen.',
    invalidUrl: 'Adressen ska börja med https://',
    endBeforeStart: 'Slutdatumet kan inte vara före startdatumet.',
    invalidNumber: 'Ange ett tal.',
  },
  siteContents: {
    title: 'Webbplatsens innehåll',
    intro: 'Kundvårdens listor på den här webbplatsen, antalet objekt och schemats status.',
    site: 'Webbplats',
    signedInAs: 'Inloggad som',
    schemaVersion: 'Schemaversion',
    schemaVersionValue: 'på webbplatsen {site}, i appen {code}',
    notProvisioned: 'Kundvård har ännu inte tagits i bruk på den här webbplatsen.',
    upToDate: 'Alla listor, fält och index är uppdaterade.',
    needsUpgrade: 'Några listor, fält eller index saknas. Webbplatsens ägare kan uppdatera schemat med knappen nedan; objekten bevaras.',
    columnList: 'Lista',
    columnInternal: 'Tekniskt namn',
    columnItems: 'Objekt',
    columnStatus: 'Status',
    statusOk: 'I ordning',
    statusMissing: 'Saknas',
    statusMissingFields: '{count} fält eller index saknas',
    provision: 'Ta i bruk / uppdatera schemat',
    provisioning: 'Skapar listor och fält…',
    provisioned: 'Klart: {lists} listor och {fields} fält har lagts till.',
    provisionOnlyOwners: 'Endast webbplatsens ägare kan ta schemat i bruk.',
    tableLabel: 'Kundvårdens listor',
    totalItems: 'Objekt totalt',
  },
};

export const en: Strings = {
  appName: 'Account Care',
  loading: 'Loading…',
  retry: 'Try again',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  close: 'Close',
  edit: 'Edit',
  yes: 'Yes',
  no: 'No',
  notSet: 'Not set',
  saved: 'Saved.',
  theirVersion: 'The version another user saved',
  saveMineAnyway: 'Save my version',
  keepTheirs: 'Keep the other version',
  errors: {
    conflict: 'Someone else changed this in the meantime. Your text is kept: check the latest version and save again.',
    notFound: 'Not found. Someone may have deleted it.',
    listMissing: 'The list {list} is missing on this site. A site owner needs to set up Account Care (the Setup web part or npm run provision).',
    accessDenied: 'You do not have permission to do this. Ask a site owner for access.',
    throttled: 'SharePoint is busy right now. Nothing was lost: try again in a moment.',
    threshold: 'This query exceeds SharePoint\u2019s 5,000-item list view threshold. Narrow it down.',
    validation: 'Check the marked fields.',
    duplicate: 'This has already been saved.',
    network: 'The connection to SharePoint was lost. Check your network and try again.',
    unknown: 'Something went wrong: {message}',
  },
  fieldProblems: {
    required: 'Required.',
    tooLong: 'At most {max} characters.',
    outOfRange: 'Enter a whole number from {min} to {max}.',
    invalidChoice: 'Choose one of the options.',
    invalidDate: 'Enter a date as d.m.yyyy.',
    invalidEmail: 'Check the email address.',
    invalidUrl: 'The address must start with https://',
    endBeforeStart: 'The end date cannot be before the start date.',
    invalidNumber: 'Enter a number.',
  },
  siteContents: {
    title: 'Site contents',
    intro: 'Account Care lists on this site, their item counts and the state of the schema.',
    site: 'Site',
    signedInAs: 'Signed in as',
    schemaVersion: 'Schema version',
    schemaVersionValue: 'site {site}, app {code}',
    notProvisioned: 'Account Care has not been set up on this site yet.',
    upToDate: 'All lists, columns and indexes are up to date.',
    needsUpgrade: 'Some lists, columns or indexes are missing. A site owner can upgrade the schema with the button below; items are kept.',
    columnList: 'List',
    columnInternal: 'Internal name',
    columnItems: 'Items',
    columnStatus: 'Status',
    statusOk: 'OK',
    statusMissing: 'Missing',
    statusMissingFields: '{count} columns or indexes missing',
    provision: 'Set up / upgrade schema',
    provisioning: 'Creating lists and columns…',
    provisioned: 'Done: {lists} lists and {fields} columns added.',
    provisionOnlyOwners: 'Only a site owner can set up the schema.',
    tableLabel: 'Account Care lists',
    totalItems: 'Items in total',
  },
};

const BY_LOCALE: Record<Locale, Strings> = { 'fi-FI': fi, 'sv-SE': sv, 'en-US': en };

export function stringsFor(locale: Locale): Strings {
  return BY_LOCALE[locale] ?? fi;
}

/** Fills {name} placeholders. */
export function format(template: string, values: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (values[k] === undefined ? `{${k}}` : String(values[k])));
}
