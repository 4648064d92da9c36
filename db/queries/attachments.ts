import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { applications, attachments } from '../schema';
import type { Db } from '../types';
import { isUuid } from '@/lib/uuid';
import { filedBy, partyWhere } from './applications';

export type AttachmentRow = typeof attachments.$inferSelect;

export async function insertAttachment(db: Db, row: typeof attachments.$inferInsert) {
  const [inserted] = await db.insert(attachments).values(row).returning();
  return inserted!;
}

export async function countAttachments(db: Db, applicationId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(attachments)
    .where(and(eq(attachments.applicationId, applicationId), isNull(attachments.deletedAt)));
  return row?.n ?? 0;
}

/** An attachment the viewer may see: the applicant's own, or one of the officer's registry. */
export async function selectAttachmentFor(
  db: Db,
  id: string,
  viewer: { applicantPersonalId: string; organisationCode: string | null } | { partyPersonalId: string; organisationCode: string | null } | { registryCode: string },
) {
  if (!isUuid(id)) return undefined;
  // A registry sees a dossier's files once it is submitted, never while it is a private draft.
  const owner =
    'applicantPersonalId' in viewer
      ? filedBy(viewer.applicantPersonalId, viewer.organisationCode)
      : 'partyPersonalId' in viewer
        ? partyWhere(viewer.partyPersonalId, viewer.organisationCode)
        : and(eq(applications.registryCode, viewer.registryCode), isNotNull(applications.submittedAt));
  const [row] = await db
    .select({ attachment: attachments, status: applications.status, answers: applications.answers })
    .from(attachments)
    .innerJoin(applications, eq(applications.id, attachments.applicationId))
    .where(and(eq(attachments.id, id), isNull(attachments.deletedAt), owner))
    .limit(1);
  return row;
}

export async function selectAttachmentsOfApplication(db: Db, applicationId: string) {
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.applicationId, applicationId), isNull(attachments.deletedAt)))
    .orderBy(attachments.uploadedAt);
}

export async function markAttachmentDeleted(db: Db, id: string, now: Date) {
  await db.update(attachments).set({ deletedAt: now }).where(eq(attachments.id, id));
}

export async function countAttachmentsByKind(db: Db, applicationId: string) {
  const rows = await db
    .select({ kind: attachments.kind, n: sql<number>`count(*)::int` })
    .from(attachments)
    .where(and(eq(attachments.applicationId, applicationId), isNull(attachments.deletedAt)))
    .groupBy(attachments.kind);
  return Object.fromEntries(rows.map((r) => [r.kind, r.n])) as Record<string, number>;
}

/** The application an attachment belongs to, for the access check of whoever asks (nothing else of it). */
export async function selectApplicationIdOfAttachment(db: Db, id: string): Promise<string | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select({ applicationId: attachments.applicationId }).from(attachments).where(eq(attachments.id, id)).limit(1);
  return row?.applicationId;
}
