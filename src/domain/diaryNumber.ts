/**
 * A diary number (diaarinumero, Dnro): ORGANISATION/RUNNING[/ARCHIVE]/YEAR, e.g. "VN/1234/2026" or
 * "ORK/1837/00.01.02/2026". The organisation code is 2–12 capital letters or digits (starting with a letter, Å Ä Ö
 * allowed, a hyphen inside), the running number 1–6 digits without a leading zero, the optional archive code
 * (tiedonohjaussuunnitelman tehtäväluokka) two-digit groups joined by dots ("02" … "00.01.02.03"), the year four
 * digits 1900–2099. Surrounding spaces are tolerated; nothing else is.
 */
const DIARY_NUMBER = /^[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{0,10}[A-ZÅÄÖ0-9]\/[1-9]\d{0,5}(\/\d{2}(\.\d{2}){0,3})?\/(19|20)\d{2}$/;

export function isValidDiaryNumber(value: string): boolean {
  return DIARY_NUMBER.test(value.trim());
}
