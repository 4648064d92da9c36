import { randomUUID } from 'node:crypto';
import { insertIssuedDocument, nextStatusIndex } from '@/db/queries/documents';
import type { Db } from '@/db/types';
import { signDocumentToken } from '@/lib/documents/document-token';
import type { DocumentHolder, Procedure, RegistrationFacts } from '@/lib/procedures/contract';
import { newStorageKey, type FileStorage } from '@/lib/uploads/storage';

export type PrintedDocument = { id: string; token: string; verifyUrl: string };

/**
 * Prints and records the documents of an application: one per holder and copy, each with its own
 * signed QR token and stored PDF (Circular 01/2022 Art. 9). Keys of the stored files are pushed to
 * `storedKeys` as they are written, so the caller can remove them if its transaction fails.
 */
export async function printDocuments(
  tx: Db,
  input: {
    applicationId: string;
    /** The register entry the documents attest; null for letters. */
    recordId: string | null;
    registryCode: string;
    procedure: Procedure;
    content: unknown;
    registration: RegistrationFacts;
    holders: readonly DocumentHolder[];
    copies: number;
    /** A new version of an amended document (2, 3…) and the one it replaces; absent: the first. */
    version?: number;
    supersedesId?: string;
    issuedOn: string;
    now: Date;
    signedByUserId: string | null;
    baseUrl: string;
    storage: FileStorage;
    storedKeys: string[];
  },
): Promise<PrintedDocument[]> {
  const definition = input.procedure.document;
  const documents: PrintedDocument[] = [];
  for (const holder of input.holders) {
    for (let copyNumber = 1; copyNumber <= input.copies; copyNumber++) {
      const documentId = randomUUID();
      const statusIndex = await nextStatusIndex(tx);
      const token = await signDocumentToken({
        documentId,
        kind: definition.kind,
        holderFullName: holder.fullName,
        dateOfBirth: holder.dateOfBirth,
        entryNumber: input.registration.entryNumber,
        book: input.registration.book,
        registryCode: input.registryCode,
        issuedOn: input.issuedOn,
        version: input.version ?? 1,
        statusIndex,
      });
      const verifyUrl = `${input.baseUrl.replace(/\/+$/, '')}/verify/${token}`;
      const pdf = await definition.render(input.content, { verifyUrl, holder, ...(input.copies > 1 ? { copy: { number: copyNumber, of: input.copies } } : {}) });
      const storageKey = newStorageKey('documents');
      await input.storage.put(storageKey, pdf, { mimeType: 'application/pdf' });
      input.storedKeys.push(storageKey);
      await insertIssuedDocument(tx, {
        id: documentId,
        applicationId: input.applicationId,
        kind: definition.kind,
        holderPersonalId: holder.personalId,
        status: 'valid',
        version: input.version ?? 1,
        supersedesId: input.supersedesId ?? null,
        copyNumber,
        content: input.content,
        token,
        storageKey,
        issuedAt: input.now,
        signedByUserId: input.signedByUserId,
        recordId: input.recordId,
        statusIndex,
      });
      documents.push({ id: documentId, token, verifyUrl });
    }
  }
  return documents;
}
