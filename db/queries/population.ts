import { eq, inArray, or, sql } from 'drizzle-orm';
import { popHouseholds, popPeople, registries } from '../schema';
import type { Db } from '../types';

/* Queries on the population mock's own tables; used only by lib/population/mock.ts. */

export type PopPersonRow = typeof popPeople.$inferSelect;
export type NewPopPersonRow = typeof popPeople.$inferInsert;
export type NewPopHouseholdRow = typeof popHouseholds.$inferInsert;

export async function selectPerson(db: Db, personalId: string): Promise<PopPersonRow | undefined> {
  const [row] = await db.select().from(popPeople).where(eq(popPeople.personalId, personalId)).limit(1);
  return row;
}

/** The person with this number, or who had it before it was reissued (Circular 01/2022 Art. 4(1)). */
export async function selectPersonByCurrentOrPreviousId(db: Db, personalId: string): Promise<PopPersonRow | undefined> {
  const rows = await db.select().from(popPeople).where(or(eq(popPeople.personalId, personalId), eq(popPeople.previousPersonalId, personalId))).limit(2);
  return rows.find((r) => r.personalId === personalId) ?? rows[0];
}

/** Moves a person to a reissued number with the corrected sex and date of birth; their children and household follow. */
export async function reissuePerson(db: Db, from: string, to: string, changes: Pick<NewPopPersonRow, 'sex' | 'dateOfBirth'>): Promise<void> {
  await db
    .update(popPeople)
    .set({ personalId: to, previousPersonalId: from, ...changes, version: sql`${popPeople.version} + 1`, updatedAt: new Date() })
    .where(eq(popPeople.personalId, from));
  await db.update(popPeople).set({ motherPersonalId: to }).where(eq(popPeople.motherPersonalId, from));
  await db.update(popPeople).set({ fatherPersonalId: to }).where(eq(popPeople.fatherPersonalId, from));
  await db.update(popHouseholds).set({ headPersonalId: to }).where(eq(popHouseholds.headPersonalId, from));
}

export async function selectPeople(db: Db, personalIds: readonly string[]): Promise<PopPersonRow[]> {
  if (personalIds.length === 0) return [];
  return db.select().from(popPeople).where(inArray(popPeople.personalId, [...personalIds]));
}

export async function personalIdExists(db: Db, personalId: string): Promise<boolean> {
  const rows = await db.select({ id: popPeople.personalId }).from(popPeople).where(eq(popPeople.personalId, personalId)).limit(1);
  return rows.length > 0;
}

export async function insertPeople(db: Db, rows: NewPopPersonRow[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const result = await db
      .insert(popPeople)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing()
      .returning({ id: popPeople.personalId });
    inserted += result.length;
  }
  return inserted;
}

export async function insertHouseholds(db: Db, rows: NewPopHouseholdRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(popHouseholds).values(rows.slice(i, i + 1000)).onConflictDoNothing();
  }
}

export async function updatePerson(
  db: Db,
  personalId: string,
  changes: Partial<Omit<NewPopPersonRow, 'personalId' | 'version' | 'createdAt' | 'updatedAt'>>,
): Promise<PopPersonRow | undefined> {
  const [row] = await db
    .update(popPeople)
    .set({ ...changes, version: sql`${popPeople.version} + 1`, updatedAt: new Date() })
    .where(eq(popPeople.personalId, personalId))
    .returning();
  return row;
}

/** The people whose permanent residence is the commune of a registry (one statement: the registry's commune is read inside it). */
export async function countResidentsOfRegistry(db: Db, registryCode: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(popPeople)
    .where(sql`${popPeople.permanentCommuneCode} = (select ${registries.communeCode} from ${registries} where ${registries.code} = ${registryCode})`);
  return row?.n ?? 0;
}

export async function countPeople(db: Db, where?: { communeCode?: string }): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(popPeople)
    .where(where?.communeCode ? eq(popPeople.permanentCommuneCode, where.communeCode) : undefined);
  return row?.n ?? 0;
}

export async function selectChildrenOf(db: Db, personalId: string): Promise<PopPersonRow[]> {
  return db
    .select()
    .from(popPeople)
    .where(or(eq(popPeople.motherPersonalId, personalId), eq(popPeople.fatherPersonalId, personalId)));
}

export async function selectHouseholdHeadId(db: Db, householdId: string): Promise<string | undefined> {
  const [row] = await db.select({ head: popHouseholds.headPersonalId }).from(popHouseholds).where(eq(popHouseholds.id, householdId)).limit(1);
  return row?.head;
}
