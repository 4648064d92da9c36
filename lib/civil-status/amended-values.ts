/*
 * A requested value of an amendable field is typed as the document prints it (procedures.md §6):
 * a date as DD/MM/YYYY, a sex as "Nam" or "Nữ". These read it back; null: not a value of the kind.
 */

/** "Nam" / "Nữ" (also "male" / "female"), in any case. */
export function sexOfValue(value: string): 'male' | 'female' | null {
  const v = value.normalize('NFC').trim().toLocaleLowerCase('vi-VN');
  if (v === 'nam' || v === 'male') return 'male';
  if (v === 'nữ' || v === 'female') return 'female';
  return null;
}

/** DD/MM/YYYY (also with - or .) to YYYY-MM-DD, when it is a real calendar date. */
export function isoDateOfValue(value: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The printed form of a date: DD/MM/YYYY. */
export const printedDate = (iso: string) => iso.split('-').reverse().join('/');
