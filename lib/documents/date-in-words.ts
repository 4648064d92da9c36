import { parseIsoDate } from './iso-date';

/*
 * Dates written out in words, as the birth certificate requires for the date of birth
 * (Law on Civil Status Art. 14(1)).
 *
 * Vietnamese style (one style everywhere, matching how registries fill the "ghi bằng chữ" line):
 *   "Ngày mười lăm, tháng mười một, năm hai nghìn không trăm hai mươi sáu"
 * - comma after the day and the month parts; only the first word is capitalised;
 * - northern/official number words: "nghìn" (not "ngàn"), "linh" (not "lẻ"), "không trăm" for an
 *   empty hundreds place inside a larger number, "mốt" for a final 1 after "mươi", "lăm" for a final
 *   5 after a tens digit, "bốn" (not "tư") in numbers;
 * - April is "tháng tư", the customary month name; every other month uses the plain numeral.
 *
 * English style: "the fifteenth of November, two thousand and twenty-six" (ordinal day, British
 * "and" before the last tens/units group, every year read as a full cardinal number).
 */

const VI_DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

function viDigit(d: number): string {
  return VI_DIGITS[d] ?? '';
}

/** Reads 0–999. `full` keeps "không trăm"/"linh" when the group follows a higher group. */
function viHundreds(n: number, full: boolean): string[] {
  const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  const words: string[] = [];
  const hasHundreds = full || h > 0;
  if (hasHundreds) words.push(viDigit(h), 'trăm');
  if (t === 0) {
    if (u > 0) words.push(...(hasHundreds ? ['linh', viDigit(u)] : [viDigit(u)]));
  } else if (t === 1) {
    words.push('mười');
    if (u > 0) words.push(u === 5 ? 'lăm' : viDigit(u));
  } else {
    words.push(viDigit(t), 'mươi');
    if (u > 0) words.push(u === 1 ? 'mốt' : u === 5 ? 'lăm' : viDigit(u));
  }
  return words;
}

/** Vietnamese words for an integer 0–999 999 (enough for any day, month or year). */
export function numberInWordsVi(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`unsupported number: ${n}`);
  if (n === 0) return VI_DIGITS[0];
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const words = thousands > 0 ? [...viHundreds(thousands, false), 'nghìn'] : [];
  if (rest > 0) words.push(...viHundreds(rest, thousands > 0));
  return words.join(' ');
}

export function dateInWordsVi(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  const monthWords = month === 4 ? 'tư' : numberInWordsVi(month);
  return `Ngày ${numberInWordsVi(day)}, tháng ${monthWords}, năm ${numberInWordsVi(year)}`;
}

const EN_ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'] as const;
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
const EN_ORDINAL_IRREGULAR: Record<string, string> = { one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth' };
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

function enBelowHundred(n: number): string {
  if (n < 20) return EN_ONES[n] ?? '';
  const tens = EN_TENS[Math.floor(n / 10)] ?? '';
  return n % 10 === 0 ? tens : `${tens}-${EN_ONES[n % 10]}`;
}

/** English words for an integer 0–999 999, British style ("two thousand and one"). */
export function numberInWordsEn(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`unsupported number: ${n}`);
  if (n === 0) return 'zero';
  const parts: string[] = [];
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor((n % 1000) / 100);
  const rest = n % 100;
  if (thousands > 0) parts.push(`${numberInWordsEn(thousands)} thousand`);
  if (hundreds > 0) parts.push(`${EN_ONES[hundreds]} hundred`);
  if (rest > 0) parts.push(parts.length > 0 ? `and ${enBelowHundred(rest)}` : enBelowHundred(rest));
  return parts.join(' ');
}

/** English ordinal words for 1–99 ("first", "twenty-first", "thirtieth"). */
export function ordinalInWordsEn(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`unsupported ordinal: ${n}`);
  const words = enBelowHundred(n);
  const cut = words.lastIndexOf('-') + 1;
  const [head, last] = [words.slice(0, cut), words.slice(cut)];
  const ordinal = EN_ORDINAL_IRREGULAR[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return head + ordinal;
}

export function dateInWordsEn(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `the ${ordinalInWordsEn(day)} of ${EN_MONTHS[month - 1]}, ${numberInWordsEn(year)}`;
}
