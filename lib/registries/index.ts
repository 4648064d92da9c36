import { insertReferenceRows, selectOfflineRegistryProcedures, selectRegistry, setAcceptsOnline } from '@/db/queries/reference';
import { communes, ethnicities, legacyProvinces, provinces, registries, registryProcedures } from '@/db/schema';
import type { Db } from '@/db/types';
import { PROCEDURE_CODES, type ProcedureCode } from '@/lib/procedures/catalogue';
import { ETHNICITIES } from '@/lib/reference/ethnicities';
import { COMMUNES, LEGACY_PROVINCES, PROVINCES, type Commune } from '@/lib/reference';

/*
 * Registries (cơ quan đăng ký hộ tịch): since 1 July 2025 every commune People's Committee is
 * one (Decree 120/2025). The registry code is the commune's 5-digit code.
 */

export function registryNameFor(commune: Pick<Commune, 'fullName'>): string {
  return `UBND ${commune.fullName}`;
}

export function getRegistry(db: Db, code: string) {
  return selectRegistry(db, code);
}

/** Loads provinces, communes, legacy provinces, ethnicities and one registry per commune. */
export async function importReferenceData(db: Db) {
  await insertReferenceRows(db, provinces, [...PROVINCES]);
  await insertReferenceRows(db, communes, [...COMMUNES]);
  await insertReferenceRows(db, legacyProvinces, LEGACY_PROVINCES.map(({ legacyCode, idPrefix, name, mergedIntoCode }) => ({ legacyCode, idPrefix, name, mergedIntoCode })));
  await insertReferenceRows(db, ethnicities, ETHNICITIES);
  await insertReferenceRows(
    db,
    registries,
    COMMUNES.map((c) => ({ code: c.code, name: registryNameFor(c), communeCode: c.code, provinceCode: c.provinceCode })),
  );
  await insertReferenceRows(
    db,
    registryProcedures,
    COMMUNES.flatMap((c) => PROCEDURE_CODES.map((procedureCode) => ({ registryCode: c.code, procedureCode, acceptsOnline: true }))),
  );
}

/** Marks a registry as not accepting some (default: all) procedures online, with the reason. */
export async function closeOnlineReception(db: Db, registryCode: string, reason: string, procedures: readonly ProcedureCode[] = PROCEDURE_CODES) {
  for (const p of procedures) await setAcceptsOnline(db, registryCode, p, false, reason);
}

export type OfflineRegistry = {
  code: string;
  name: string;
  procedures: { code: string; note: string | null }[];
};
export type OfflineRegistriesByProvince = { provinceCode: string; provinceName: string; registries: OfflineRegistry[] }[];

/** The public list of Circular 01/2022 Art. 5(2): registries not (fully) online, by province. */
export async function listOfflineRegistries(db: Db): Promise<OfflineRegistriesByProvince> {
  const rows = await selectOfflineRegistryProcedures(db);
  const byProvince = new Map<string, OfflineRegistriesByProvince[number]>();
  for (const r of rows) {
    let province = byProvince.get(r.provinceCode);
    if (!province) {
      province = { provinceCode: r.provinceCode, provinceName: r.provinceName, registries: [] };
      byProvince.set(r.provinceCode, province);
    }
    let registry = province.registries.find((x) => x.code === r.registryCode);
    if (!registry) {
      registry = { code: r.registryCode, name: r.registryName, procedures: [] };
      province.registries.push(registry);
    }
    registry.procedures.push({ code: r.procedureCode, note: r.note });
  }
  return [...byProvince.values()];
}
