import { and, count, desc, eq, gt, sql } from 'drizzle-orm';
import { applications, assistedFilings, officeUsers } from '../schema';
import type { Db } from '../types';
import { isUuid } from '../../lib/uuid';

export type AssistedFilingRow = typeof assistedFilings.$inferSelect;

/** The new filing, or nothing when the same start key or card read already started one. */
export async function insertAssistedFiling(db: Db, row: typeof assistedFilings.$inferInsert): Promise<AssistedFilingRow | undefined> {
  const [inserted] = await db.insert(assistedFilings).values(row).onConflictDoNothing().returning();
  return inserted;
}

export async function selectFilingByStartKey(db: Db, helperUserId: string, startKey: string) {
  const [row] = await db.select().from(assistedFilings).where(and(eq(assistedFilings.helperUserId, helperUserId), eq(assistedFilings.startKey, startKey))).limit(1);
  return row;
}

export async function selectFilingByCardReceipt(db: Db, cardReceiptId: string) {
  const [row] = await db.select({ id: assistedFilings.id }).from(assistedFilings).where(eq(assistedFilings.cardReceiptId, cardReceiptId)).limit(1);
  return row;
}

/** The helper's own request, or nothing: another helper's id is "not found". */
export async function selectFilingOfHelper(db: Db, id: string, helperUserId: string, options: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  const query = db.select().from(assistedFilings).where(and(eq(assistedFilings.id, id), eq(assistedFilings.helperUserId, helperUserId))).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateAssistedFiling(db: Db, id: string, changes: Partial<typeof assistedFilings.$inferInsert>) {
  const [row] = await db.update(assistedFilings).set(changes).where(eq(assistedFilings.id, id)).returning();
  return row!;
}

/**
 * The citizen behind an application the helper may still work on: one they helped with, whose
 * citizen approved, and which is still a draft. After submission the helper has no access.
 */
export async function selectAssistedDraft(db: Db, applicationId: string, helperUserId: string) {
  if (!isUuid(applicationId)) return undefined;
  const [row] = await db
    .select({ filing: assistedFilings, applicantPersonalId: applications.applicantPersonalId })
    .from(assistedFilings)
    .innerJoin(applications, eq(applications.id, assistedFilings.applicationId))
    .where(and(eq(assistedFilings.applicationId, applicationId), eq(assistedFilings.helperUserId, helperUserId), eq(assistedFilings.status, 'approved'), eq(applications.status, 'draft'), sql`${applications.organisationCode} is null`))
    .limit(1);
  return row;
}

/** Whether an application was filed with help (the desk may then record the applicant's confirmation). */
export async function selectFilingOfApplication(db: Db, applicationId: string) {
  if (!isUuid(applicationId)) return undefined;
  const [row] = await db
    .select({ filing: assistedFilings, helperName: officeUsers.fullName })
    .from(assistedFilings)
    .innerJoin(officeUsers, eq(officeUsers.id, assistedFilings.helperUserId))
    .where(eq(assistedFilings.applicationId, applicationId))
    .limit(1);
  return row;
}

/** The helper's requests, newest first, with where each application stands. */
export async function selectFilingsOfHelper(db: Db, helperUserId: string, limit = 50) {
  return db
    .select({ filing: assistedFilings, dossierCode: applications.dossierCode, applicationStatus: applications.status })
    .from(assistedFilings)
    .leftJoin(applications, eq(applications.id, assistedFilings.applicationId))
    .where(eq(assistedFilings.helperUserId, helperUserId))
    .orderBy(desc(assistedFilings.requestedAt))
    .limit(limit);
}

/** Applications filed with help at a desk, per helper: started and submitted (past the draft). */
export async function countAssistedByHelper(db: Db, deskRegistryCode: string) {
  return db
    .select({
      helperUserId: assistedFilings.helperUserId,
      helperName: officeUsers.fullName,
      role: officeUsers.role,
      started: count(assistedFilings.applicationId),
      submitted: sql<number>`count(*) filter (where ${applications.submittedAt} is not null)`.mapWith(Number),
    })
    .from(assistedFilings)
    .innerJoin(officeUsers, eq(officeUsers.id, assistedFilings.helperUserId))
    .leftJoin(applications, eq(applications.id, assistedFilings.applicationId))
    .where(and(eq(assistedFilings.deskRegistryCode, deskRegistryCode), eq(assistedFilings.status, 'approved')))
    .groupBy(assistedFilings.helperUserId, officeUsers.fullName, officeUsers.role)
    .orderBy(officeUsers.fullName);
}

/** Requests to citizens' apps a helper sent since a time (the desk's limit). */
export async function countRecentRequests(db: Db, helperUserId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(assistedFilings)
    .where(and(eq(assistedFilings.helperUserId, helperUserId), eq(assistedFilings.method, 'vneidApp'), gt(assistedFilings.requestedAt, since)));
  return row?.n ?? 0;
}
