/*
 * How registries, signers and nationalities are written on every result document (documents.md,
 * registry-side fields), whatever the procedure.
 */

export type Signer = { fullName: string; titleLines: readonly string[] };

const nfc = (s: string) => s.normalize('NFC').trim();

/** The signature block before anyone has signed (drafts): the chair's lines, no name. */
export const UNSIGNED: Signer = { fullName: '', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] };

export function nationalityName(code: string): string {
  return code === 'VN' ? 'Việt Nam' : code;
}

/** "Phó Chủ tịch UBND phường" signs on behalf of the chair (KT. CHỦ TỊCH). */
export function signerTitleLines(title: string): string[] {
  const t = nfc(title).toLocaleLowerCase('vi-VN');
  if (t.startsWith('phó chủ tịch')) return ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];
  if (t.startsWith('chủ tịch')) return ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
  return ['TM. ỦY BAN NHÂN DÂN', nfc(title).toLocaleUpperCase('vi-VN')];
}

/** "Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội", as the registry is named on documents. */
export function printedRegistryName(registry: { communeName: string; provinceName: string }): string {
  const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi-VN') + s.slice(1);
  return nfc(`Ủy ban nhân dân ${lowerFirst(registry.communeName)}, ${lowerFirst(registry.provinceName)}`);
}
