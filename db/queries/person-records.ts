import { eq, sql } from 'drizzle-orm';
import { personRecords } from '../schema';
import type { Db } from '../types';

export type PersonRecordRow = typeof personRecords.$inferSelect;

/** Creates the person's e-record if it does not exist yet, and returns it. */
export async function ensurePersonRecord(db: Db, personalId: string, now: Date): Promise<PersonRecordRow> {
  await db.insert(personRecords).values({ personalId, createdAt: now, updatedAt: now }).onConflictDoNothing();
  const [row] = await db.select().from(personRecords).where(eq(personRecords.personalId, personalId)).limit(1);
  return row!;
}

/** E-records for many people at once; those that exist are left as they are. */
export async function ensurePersonRecords(db: Db, personalIds: readonly string[], now: Date): Promise<void> {
  if (personalIds.length > 0) await db.insert(personRecords).values(personalIds.map((personalId) => ({ personalId, createdAt: now, updatedAt: now }))).onConflictDoNothing();
}

export async function selectPersonRecord(db: Db, personalId: string): Promise<PersonRecordRow | undefined> {
  const [row] = await db.select().from(personRecords).where(eq(personRecords.personalId, personalId)).limit(1);
  return row;
}

export async function updatePersonRecord(db: Db, personalId: string, changes: Partial<Pick<PersonRecordRow, 'maritalStatus' | 'lockedAt' | 'lockedByApplicationId'>>, now: Date) {
  await db
    .update(personRecords)
    .set({ ...changes, updatedAt: sql`greatest(${personRecords.updatedAt}, ${now.toISOString()}::timestamptz)` })
    .where(eq(personRecords.personalId, personalId));
}
