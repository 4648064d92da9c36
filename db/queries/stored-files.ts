import { inArray } from 'drizzle-orm';
import { assistedFilings, attachments, issuedDocuments, registerChangeRequests } from '@/db/schema';
import type { Db } from '@/db/types';

/** Which of these storage keys a row references: attachments, issued documents, register evidence, signed requests at the desk. */
export async function selectReferencedKeys(db: Db, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const list = [...keys];
  const found = await Promise.all([
    db.select({ key: attachments.storageKey }).from(attachments).where(inArray(attachments.storageKey, list)),
    db.select({ key: issuedDocuments.storageKey }).from(issuedDocuments).where(inArray(issuedDocuments.storageKey, list)),
    db.select({ key: registerChangeRequests.evidenceKey }).from(registerChangeRequests).where(inArray(registerChangeRequests.evidenceKey, list)),
    db.select({ key: assistedFilings.signedPaperKey }).from(assistedFilings).where(inArray(assistedFilings.signedPaperKey, list)),
  ]);
  return new Set(found.flat().flatMap((r) => (r.key ? [r.key] : [])));
}
