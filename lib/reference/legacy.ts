import legacyData from './data/legacy-provinces-63.json';

/** The 63 former provinces (small; safe for client bundles, unlike the communes list). */
export type LegacyProvince = { legacyCode: string; idPrefix: string; name: string; mergedIntoCode: string; mergedIntoName: string };

export const LEGACY_PROVINCES: readonly LegacyProvince[] = legacyData.provinces;

export function legacyProvinceByPrefix(prefix: string): LegacyProvince | undefined {
  return LEGACY_PROVINCES.find((p) => p.idPrefix === prefix);
}
