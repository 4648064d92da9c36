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

/**
 * The population database reissued a person's number (Circular 01/2022 Art. 4(1)): the e-record
 * moves to the new number (its status and lock with it), and the old row says where it went. The
 * entries naming the person are moved by the caller, each beside its adjustment log row.
 */
export async function moveToReissuedPersonalId(db: Db, from: string, to: string, now: Date): Promise<void> {
  const old = await ensurePersonRecord(db, from, now);
  await db
    .insert(personRecords)
    .values({ personalId: to, maritalStatus: old.maritalStatus, lockedAt: old.lockedAt, lockedByApplicationId: old.lockedByApplicationId, createdAt: old.createdAt, updatedAt: now })
    .onConflictDoNothing();
  await db.update(personRecords).set({ replacedByPersonalId: to, updatedAt: now }).where(eq(personRecords.personalId, from));
}

/** The number a person's e-record is kept under now: the last of the reissues from this one. */
export async function currentPersonalId(db: Db, personalId: string): Promise<string> {
  let id = personalId;
  for (let hops = 0; hops < 10; hops++) {
    const row = await selectPersonRecord(db, id);
    if (!row?.replacedByPersonalId) return id;
    id = row.replacedByPersonalId;
  }
  return id;
}
