/*
 * The search key of a name (Circular 01/2022 Art. 7(2)): searches ignore diacritics and case and
 * tolerate an omitted middle name, so "Hoang Binh" finds "Hoàng Văn Bình". The key is the surname
 * and the given name, folded; the same function makes the stored key and the key searched for.
 */

/** "Hoàng Văn Bình" → ["hoang", "van", "binh"]: no diacritics (đ → d), lower case, letters and digits only. */
export function foldedWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** "Hoàng Văn Bình" → "hoang binh"; a one-word name is its own key; '' for no name. */
export function nameKey(fullName: string): string {
  const words = foldedWords(fullName);
  if (words.length <= 1) return words[0] ?? '';
  return `${words[0]} ${words.at(-1)}`;
}

/** Whether a name as typed is the one on record up to diacritics, case and an omitted middle name. */
export function namesMatch(typed: string, onRecord: string): boolean {
  const t = foldedWords(typed);
  const r = foldedWords(onRecord);
  if (t.length === 0 || nameKey(typed) !== nameKey(onRecord)) return false;
  // Middle names typed must be on record, in order; leaving them out is fine.
  const middle = r.slice(1, -1);
  let at = 0;
  for (const word of t.slice(1, -1)) {
    at = middle.indexOf(word, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
