import { eq, or } from 'drizzle-orm';
import { civilStatusRecords, electronicBirthNotices, electronicDeathNotices } from '../schema';
import type { Db } from '../types';

export type CivilStatusRecordRow = typeof civilStatusRecords.$inferSelect;
export type NewCivilStatusRecordRow = typeof civilStatusRecords.$inferInsert;
export type BirthNoticeRow = typeof electronicBirthNotices.$inferSelect;

export async function insertCivilStatusRecord(db: Db, row: NewCivilStatusRecordRow) {
  const [inserted] = await db.insert(civilStatusRecords).values(row).returning();
  return inserted!;
}

/** Records where the person is the subject or the other party (a spouse in a marriage). */
export async function selectRecordsOfPerson(db: Db, personalId: string): Promise<CivilStatusRecordRow[]> {
  return db
    .select()
    .from(civilStatusRecords)
    .where(or(eq(civilStatusRecords.subjectPersonalId, personalId), eq(civilStatusRecords.otherPartyPersonalId, personalId)))
    .orderBy(civilStatusRecords.registeredOn);
}

export async function insertBirthNotice(db: Db, row: typeof electronicBirthNotices.$inferInsert) {
  await db.insert(electronicBirthNotices).values(row).onConflictDoNothing();
}

export async function selectBirthNoticesOfMother(db: Db, motherPersonalId: string): Promise<BirthNoticeRow[]> {
  return db.select().from(electronicBirthNotices).where(eq(electronicBirthNotices.motherPersonalId, motherPersonalId));
}

export type DeathNoticeRow = typeof electronicDeathNotices.$inferSelect;

export async function insertDeathNotice(db: Db, row: typeof electronicDeathNotices.$inferInsert) {
  await db.insert(electronicDeathNotices).values(row).onConflictDoNothing();
}

export async function selectDeathNoticesOf(db: Db, deceasedPersonalId: string): Promise<DeathNoticeRow[]> {
  return db.select().from(electronicDeathNotices).where(eq(electronicDeathNotices.deceasedPersonalId, deceasedPersonalId));
}
