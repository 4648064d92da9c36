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
