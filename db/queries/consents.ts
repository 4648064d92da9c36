import { and, eq } from 'drizzle-orm';
import { applications, householdConsents } from '../schema';
import type { Db } from '../types';

export type ConsentRow = typeof householdConsents.$inferSelect;

export async function upsertConsent(db: Db, row: typeof householdConsents.$inferInsert) {
  await db.insert(householdConsents).values(row).onConflictDoNothing();
}

export async function selectConsentOfApplication(db: Db, applicationId: string): Promise<ConsentRow | undefined> {
  const [row] = await db.select().from(householdConsents).where(eq(householdConsents.applicationId, applicationId)).limit(1);
  return row;
}

/** Requests addressed to a household head, with the dossier they belong to. */
export async function selectConsentsOfHead(db: Db, headPersonalId: string) {
  return db
    .select({ consent: householdConsents, dossierCode: applications.dossierCode, answers: applications.answers, applicantPersonalId: applications.applicantPersonalId })
    .from(householdConsents)
    .innerJoin(applications, eq(applications.id, householdConsents.applicationId))
    .where(eq(householdConsents.headPersonalId, headPersonalId))
    .orderBy(householdConsents.requestedAt);
}

/** Answers a pending request of this head only; returns undefined for anyone else's. */
export async function answerConsent(db: Db, id: string, headPersonalId: string, status: 'given' | 'refused', now: Date) {
  const [row] = await db
    .update(householdConsents)
    .set({ status, answeredAt: now })
    .where(and(eq(householdConsents.id, id), eq(householdConsents.headPersonalId, headPersonalId), eq(householdConsents.status, 'requested')))
    .returning();
  return row;
}
