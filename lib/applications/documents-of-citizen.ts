import { selectDocument, selectDocumentsVisibleTo, selectDocumentVisibleTo, type IssuedDocumentRow } from '@/db/queries/documents';
import type { Db } from '@/db/types';
import type { BirthCertificateContent } from '@/lib/documents/birth-certificate-pdf';
import { verifyDocumentToken, type DocumentKind } from '@/lib/documents/document-token';
import type { FileStorage } from '@/lib/uploads/storage';

export type DocumentStatus = 'valid' | 'superseded' | 'cancelled' | 'deleted';

export type CitizenDocument = {
  id: string;
  kind: DocumentKind;
  status: DocumentStatus;
  version: number;
  holderPersonalId: string;
  holderName: string;
  /** False when the person sees it as the applicant (a mother and her child's certificate). */
  ownDocument: boolean;
  applicationId: string | null;
  issuedAt: Date;
  content: BirthCertificateContent;
};

function toCitizenDocument(row: IssuedDocumentRow, personalId: string): CitizenDocument {
  const content = row.content as BirthCertificateContent;
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    status: row.status as DocumentStatus,
    version: row.version,
    holderPersonalId: row.holderPersonalId,
    holderName: content.child.fullName,
    ownDocument: row.holderPersonalId === personalId,
    applicationId: row.applicationId,
    issuedAt: row.issuedAt,
    content,
  };
}

/** Documents the person holds, and those issued on applications she filed; newest first. */
export async function documentsOfHolder(db: Db, personalId: string): Promise<CitizenDocument[]> {
  return (await selectDocumentsVisibleTo(db, personalId)).map((row) => toCitizenDocument(row, personalId));
}

/** The PDF of a document the person may see, or null (also for someone else's document id). */
export async function documentPdfForCitizen(db: Db, input: { documentId: string; personalId: string; storage: FileStorage }) {
  const row = await selectDocumentVisibleTo(db, input.documentId, input.personalId);
  if (!row) return null;
  const bytes = await input.storage.get(row.storageKey);
  return bytes ? { bytes, fileName: `giay-khai-sinh-${row.id.slice(0, 8)}.pdf`, status: row.status as DocumentStatus } : null;
}

export type VerificationResult =
  | { ok: false; reason: 'malformed' | 'unknownKey' | 'badSignature' | 'unknownDocument' }
  | { ok: true; kind: DocumentKind; status: DocumentStatus; version: number; issuedAt: Date; registryCode: string; content: BirthCertificateContent };

/**
 * What the public verify page shows for a scanned QR code (Circular 01/2022 Art. 9(2)(b)): the
 * live status and the content as printed, nothing more. No sign-in; the token is the key.
 */
export async function documentForVerification(db: Db, token: string): Promise<VerificationResult> {
  const verified = await verifyDocumentToken(db, token);
  if (!verified.ok) return { ok: false, reason: verified.reason };
  const row = await selectDocument(db, verified.payload.documentId);
  if (!row || row.token !== token) return { ok: false, reason: 'unknownDocument' };
  return {
    ok: true,
    kind: row.kind as DocumentKind,
    status: row.status as DocumentStatus,
    version: row.version,
    issuedAt: row.issuedAt,
    registryCode: verified.payload.registryCode,
    content: row.content as BirthCertificateContent,
  };
}
