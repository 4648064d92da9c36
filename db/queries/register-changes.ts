import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { applications, civilStatusRecords, registerAdjustments, registerChangeRequests, registries, type AdjustedItem } from '@/db/schema';
import type { Db } from '@/db/types';

export type ChangeRequestRow = typeof registerChangeRequests.$inferSelect;
export type AdjustmentRow = typeof registerAdjustments.$inferSelect;

export async function insertChangeRequest(db: Db, row: typeof registerChangeRequests.$inferInsert): Promise<ChangeRequestRow | null> {
  // One open request of a kind per entry: a second one meanwhile finds the first.
  const [inserted] = await db
    .insert(registerChangeRequests)
    .values(row)
    .onConflictDoNothing({ target: [registerChangeRequests.recordId, registerChangeRequests.kind], where: sql`${registerChangeRequests.status} = 'pending'` })
    .returning();
  return inserted ?? null;
}

export async function selectChangeRequest(db: Db, id: string): Promise<ChangeRequestRow | undefined> {
  const [row] = await db.select().from(registerChangeRequests).where(eq(registerChangeRequests.id, id)).limit(1);
  return row;
}

export async function selectPendingChangeRequests(db: Db): Promise<ChangeRequestRow[]> {
  return db.select().from(registerChangeRequests).where(eq(registerChangeRequests.status, 'pending')).orderBy(asc(registerChangeRequests.requestedAt)).limit(200);
}

export async function selectChangeRequestsOfRecord(db: Db, recordId: string): Promise<ChangeRequestRow[]> {
  return db.select().from(registerChangeRequests).where(eq(registerChangeRequests.recordId, recordId)).orderBy(desc(registerChangeRequests.requestedAt));
}

/** The decision, once: false when someone decided it meanwhile. */
export async function decideChangeRequest(db: Db, id: string, decision: { status: 'approved' | 'refused'; userId: string; note: string; at: Date }): Promise<boolean> {
  const rows = await db
    .update(registerChangeRequests)
    .set({ status: decision.status, decidedByUserId: decision.userId, decidedAt: decision.at, reviewNote: decision.note })
    .where(and(eq(registerChangeRequests.id, id), eq(registerChangeRequests.status, 'pending')))
    .returning({ id: registerChangeRequests.id });
  return rows.length === 1;
}

export async function insertAdjustment(db: Db, row: Omit<typeof registerAdjustments.$inferInsert, 'txid'>): Promise<AdjustmentRow> {
  const [inserted] = await db.insert(registerAdjustments).values(row).returning();
  return inserted!;
}

export async function selectAdjustmentsOfRecords(db: Db, recordIds: readonly string[]): Promise<AdjustmentRow[]> {
  if (recordIds.length === 0) return [];
  return db.select().from(registerAdjustments).where(inArray(registerAdjustments.recordId, [...recordIds])).orderBy(asc(registerAdjustments.at));
}

export async function setRecordStatus(db: Db, recordId: string, status: 'official' | 'deleted') {
  await db.update(civilStatusRecords).set({ status }).where(eq(civilStatusRecords.id, recordId));
}

export type { AdjustedItem };

export type AmendedElsewhereRow = AdjustmentRow & { entryNumber: string; book: string; eventType: string; registeredOn: string; byRegistryName: string };

/**
 * Amendments another registry registered on this registry's entries, newest first (Law on Civil
 * Status Art. 28(3): the registry that keeps the entry is told).
 */
export async function selectAmendedElsewhere(db: Db, registryCode: string, limit: number): Promise<AmendedElsewhereRow[]> {
  const rows = await db
    .select({
      adjustment: registerAdjustments,
      entryNumber: civilStatusRecords.entryNumber,
      book: civilStatusRecords.book,
      eventType: civilStatusRecords.eventType,
      registeredOn: civilStatusRecords.registeredOn,
      byRegistryName: registries.name,
    })
    .from(registerAdjustments)
    .innerJoin(civilStatusRecords, eq(civilStatusRecords.id, registerAdjustments.recordId))
    .innerJoin(applications, eq(applications.id, registerAdjustments.applicationId))
    .innerJoin(registries, eq(registries.code, applications.registryCode))
    .where(and(eq(civilStatusRecords.registryCode, registryCode), eq(registerAdjustments.path, 'amendment'), ne(applications.registryCode, registryCode)))
    .orderBy(desc(registerAdjustments.at))
    .limit(limit);
  return rows.map(({ adjustment, ...rest }) => ({ ...adjustment, ...rest }));
}
