import { and, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { applications, issuedDocuments } from '../schema';
import type { Db } from '../types';
import { isUuid } from '@/lib/uuid';

export type IssuedDocumentRow = typeof issuedDocuments.$inferSelect;
export type NewIssuedDocumentRow = typeof issuedDocuments.$inferInsert;

export async function insertIssuedDocument(db: Db, row: NewIssuedDocumentRow): Promise<IssuedDocumentRow> {
  const [inserted] = await db.insert(issuedDocuments).values(row).returning();
  return inserted!;
}

/** The next place in the status list, drawn before the document's token is signed. */
export async function nextStatusIndex(db: Db): Promise<number> {
  const result = await db.execute<{ n: string | number }>(sql`select nextval(pg_get_serial_sequence('issued_documents', 'status_index')) as n`);
  const rows = (Array.isArray(result) ? result : (result as { rows: { n: string | number }[] }).rows) as { n: string | number }[];
  return Number(rows[0]!.n);
}

/**
 * Issued documents by their place in the status list (docs/status-list.md), a page at a time:
 * those after `afterIndex`, at most `limit`, in index order.
 */
export async function selectDocumentsAfterIndex(db: Db, afterIndex: number, limit: number): Promise<IssuedDocumentRow[]> {
  return db.select().from(issuedDocuments).where(gt(issuedDocuments.statusIndex, afterIndex)).orderBy(issuedDocuments.statusIndex).limit(limit);
}

export async function selectDocument(db: Db, id: string): Promise<IssuedDocumentRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.id, id)).limit(1);
  return row;
}

/**
 * Documents a person may see: those they hold, and those issued on applications they filed (a
 * mother sees her child's birth certificate); an organisation's representative, those issued on
 * the organisation's applications, and those only. The condition is in the where clause, so
 * another person's document id finds nothing.
 */
function visibleTo(personalId: string, organisationCode: string | null) {
  if (organisationCode) return eq(applications.organisationCode, organisationCode);
  return and(or(eq(issuedDocuments.holderPersonalId, personalId), eq(applications.applicantPersonalId, personalId)), isNull(applications.organisationCode));
}

export async function selectDocumentsVisibleTo(db: Db, personalId: string, organisationCode: string | null): Promise<IssuedDocumentRow[]> {
  const rows = await db
    .select({ doc: issuedDocuments })
    .from(issuedDocuments)
    .leftJoin(applications, eq(applications.id, issuedDocuments.applicationId))
    .where(visibleTo(personalId, organisationCode))
    .orderBy(desc(issuedDocuments.issuedAt));
  return rows.map((r) => r.doc);
}

export async function selectDocumentVisibleTo(db: Db, id: string, personalId: string, organisationCode: string | null): Promise<IssuedDocumentRow | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db
    .select({ doc: issuedDocuments })
    .from(issuedDocuments)
    .leftJoin(applications, eq(applications.id, issuedDocuments.applicationId))
    .where(and(eq(issuedDocuments.id, id), visibleTo(personalId, organisationCode)))
    .limit(1);
  return row?.doc;
}

export async function selectDocumentsOfApplication(db: Db, applicationId: string): Promise<IssuedDocumentRow[]> {
  return db.select().from(issuedDocuments).where(eq(issuedDocuments.applicationId, applicationId)).orderBy(desc(issuedDocuments.version));
}

/** Sets the status of every document issued on an application (a cancelled result, Art. 6(5)(b)). */
export async function updateDocumentStatusOfApplication(db: Db, applicationId: string, status: string): Promise<number> {
  const rows = await db.update(issuedDocuments).set({ status }).where(eq(issuedDocuments.applicationId, applicationId)).returning({ id: issuedDocuments.id });
  return rows.length;
}

/** The documents of a kind a person holds, newest first, whatever their status. */
export async function selectDocumentsOfHolder(db: Db, personalId: string, kind: string): Promise<IssuedDocumentRow[]> {
  return db
    .select()
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.holderPersonalId, personalId), eq(issuedDocuments.kind, kind)))
    .orderBy(desc(issuedDocuments.issuedAt));
}

export async function updateDocumentStatus(db: Db, id: string, status: string): Promise<void> {
  await db.update(issuedDocuments).set({ status }).where(eq(issuedDocuments.id, id));
}

/** The version that replaced this document, if any (an amendment re-issues the certificate). */
export async function selectSuccessor(db: Db, id: string): Promise<IssuedDocumentRow | undefined> {
  const [row] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.supersedesId, id)).limit(1);
  return row;
}
