/*
 * Greedy line breaking for PDF text, which pdf-lib leaves to the caller. Width measurement is
 * passed in so the rule can be tested without fonts. Vietnamese in NFC has one code point per
 * letter (tone marks included), so splitting an over-long word by code points never separates a
 * letter from its diacritics.
 */

export type Measure = (text: string) => number;

/**
 * Breaks `text` into lines no wider than `firstWidth` (first line) and `restWidth` (the others).
 * Whitespace runs collapse to single spaces. A first line that cannot hold even the first word is
 * left empty rather than splitting a word that fits on the next line. Empty text gives no lines.
 */
export function wrapText(text: string, measure: Measure, firstWidth: number, restWidth: number = firstWidth): string[] {
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  const widthNow = () => (lines.length === 0 ? firstWidth : restWidth);
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= widthNow()) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
    } else if (lines.length === 0 && measure(word) <= restWidth) {
      lines.push('');
    }
    let rest = word;
    while (measure(rest) > widthNow()) {
      const cut = fittingPrefixLength(rest, measure, widthNow());
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** Length in UTF-16 units of the longest code-point prefix that fits; at least one code point. */
function fittingPrefixLength(word: string, measure: Measure, width: number): number {
  const points = Array.from(word);
  let fitting = 1;
  while (fitting < points.length && measure(points.slice(0, fitting + 1).join('')) <= width) fitting += 1;
  return points.slice(0, fitting).join('').length;
}
