import { and, eq } from 'drizzle-orm';
import { applicationConsents, applications } from '../schema';
import type { Db } from '../types';

export type ConsentRow = typeof applicationConsents.$inferSelect;

export async function upsertConsent(db: Db, row: typeof applicationConsents.$inferInsert) {
  await db.insert(applicationConsents).values(row).onConflictDoNothing();
}

export async function selectConsentsOfApplication(db: Db, applicationId: string): Promise<ConsentRow[]> {
  return db.select().from(applicationConsents).where(eq(applicationConsents.applicationId, applicationId)).orderBy(applicationConsents.requestedAt);
}

/** Requests addressed to a person, with the application they belong to. */
export async function selectConsentsAskedOf(db: Db, personalId: string) {
  return db
    .select({
      consent: applicationConsents,
      dossierCode: applications.dossierCode,
      procedureCode: applications.procedureCode,
      subjectName: applications.subjectName,
      applicantPersonalId: applications.applicantPersonalId,
    })
    .from(applicationConsents)
    .innerJoin(applications, eq(applications.id, applicationConsents.applicationId))
    .where(eq(applicationConsents.personalId, personalId))
    .orderBy(applicationConsents.requestedAt);
}

/** Answers a pending request addressed to this person only; returns undefined for anyone else's. */
export async function answerConsent(db: Db, id: string, personalId: string, status: 'given' | 'refused', now: Date) {
  const [row] = await db
    .update(applicationConsents)
    .set({ status, answeredAt: now })
    .where(and(eq(applicationConsents.id, id), eq(applicationConsents.personalId, personalId), eq(applicationConsents.status, 'requested')))
    .returning();
  return row;
}
