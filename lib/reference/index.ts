import communesData from './data/communes.json';
import provincesData from './data/provinces.json';

/** Reference data shipped with the code (copied from ../shared/domain/data; see data/ provenance). */
export type Province = { code: string; name: string; fullName: string; unitType: string; nameAscii: string };
export type Commune = { code: string; name: string; fullName: string; type: string; provinceCode: string; nameAscii: string };
export { LEGACY_PROVINCES, legacyProvinceByPrefix, type LegacyProvince } from './legacy';

export const PROVINCES: readonly Province[] = provincesData.provinces;
export const COMMUNES: readonly Commune[] = communesData.communes;

/**
 * Names are compared with accents placed consistently: the data spells "Hòa/Thủy" while newer
 * sources spell "Hoà/Thuỷ" (admin-units.md), so both are folded to one form.
 */
export function normaliseUnitName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/oà/g, 'òa')
    .replace(/oá/g, 'óa')
    .replace(/oả/g, 'ỏa')
    .replace(/oã/g, 'õa')
    .replace(/oạ/g, 'ọa')
    .replace(/uỳ/g, 'ùy')
    .replace(/uý/g, 'úy')
    .replace(/uỷ/g, 'ủy')
    .replace(/uỹ/g, 'ũy')
    .replace(/uỵ/g, 'ụy');
}

/** "TP Hà Nội", "Thành phố Hà Nội", "Hà Nội" and "Tỉnh Lào Cai" all resolve to their province. */
export function findProvinceByName(name: string): Province | undefined {
  const wanted = normaliseUnitName(name.replace(/^(TP\.?|Thành phố|Tỉnh)\s+/i, ''));
  return PROVINCES.find((p) => normaliseUnitName(p.name) === wanted);
}

/** "Phường Hoàn Kiếm" within a province; the unit type word is part of the full name. */
export function findCommuneByName(fullName: string, provinceCode: string): Commune | undefined {
  const wanted = normaliseUnitName(fullName);
  return COMMUNES.find(
    (c) => c.provinceCode === provinceCode && (normaliseUnitName(c.fullName) === wanted || normaliseUnitName(c.name) === wanted),
  );
}
