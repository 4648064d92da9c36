import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import { communes, provinces, registries, registryProcedures } from '../schema';
import type { Db } from '../types';

/** Bulk insert of reference rows in chunks; existing rows are left as they are. */
export async function insertReferenceRows<T extends PgTable>(db: Db, table: T, rows: PgInsertValue<T>[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(table).values(rows.slice(i, i + 1000)).onConflictDoNothing();
  }
}

export async function countRegistries(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(registries);
  return row?.n ?? 0;
}

export async function selectRegistry(db: Db, code: string) {
  const [row] = await db
    .select({
      code: registries.code,
      name: registries.name,
      communeCode: registries.communeCode,
      communeName: communes.fullName,
      provinceCode: registries.provinceCode,
      provinceName: provinces.fullName,
      publishedHours: registries.publishedHours,
    })
    .from(registries)
    .innerJoin(communes, eq(communes.code, registries.communeCode))
    .innerJoin(provinces, eq(provinces.code, registries.provinceCode))
    .where(eq(registries.code, code))
    .limit(1);
  return row;
}

/** Registries with at least one procedure not accepted online, with those procedures. */
export async function selectOfflineRegistryProcedures(db: Db) {
  return db
    .select({
      registryCode: registries.code,
      registryName: registries.name,
      provinceCode: provinces.code,
      provinceName: provinces.fullName,
      procedureCode: registryProcedures.procedureCode,
      note: registryProcedures.note,
    })
    .from(registryProcedures)
    .innerJoin(registries, eq(registries.code, registryProcedures.registryCode))
    .innerJoin(provinces, eq(provinces.code, registries.provinceCode))
    .where(eq(registryProcedures.acceptsOnline, false))
    .orderBy(asc(provinces.code), asc(registries.name), asc(registryProcedures.procedureCode));
}

export async function setAcceptsOnline(db: Db, registryCode: string, procedureCode: string, acceptsOnline: boolean, note: string | null) {
  await db
    .update(registryProcedures)
    .set({ acceptsOnline, note })
    .where(and(eq(registryProcedures.registryCode, registryCode), eq(registryProcedures.procedureCode, procedureCode)));
}

export async function selectProvinceNames(db: Db) {
  return db.select({ code: provinces.code, fullName: provinces.fullName }).from(provinces).orderBy(asc(provinces.code));
}

export async function selectCommuneNames(db: Db, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .select({ code: communes.code, fullName: communes.fullName, provinceCode: communes.provinceCode, provinceName: provinces.fullName })
    .from(communes)
    .innerJoin(provinces, eq(provinces.code, communes.provinceCode))
    .where(inArray(communes.code, codes));
}
