import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { selectEvents } from '@/db/queries/applications';
import { insertIssuedDocument } from '@/db/queries/documents';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { getOfficeUser } from '@/lib/auth/office-accounts';
import { calendar } from '@/lib/calendar';
import { renderBirthCertificatePdf } from '@/lib/documents/birth-certificate-pdf';
import { signDocumentToken } from '@/lib/documents/document-token';
import { AppError } from '@/lib/errors';
import { notifyApplicant } from '@/lib/notifications';
import type { BirthAnswers } from '@/lib/procedures/birth-registration';
import { certificateContent, signerTitleLines } from '@/lib/procedures/birth-registration/document';
import { newStorageKey, type FileStorage } from '@/lib/uploads/storage';
import { applyAction } from '@/lib/workflow/apply-action';
import { loadBirthContext } from './birth-context';
import { applicationOfRegistry, type RegistryStaff } from './registry-staff';

export const ISSUER = { kind: 'system', id: 'issuer' } as const;

const registrationPayload = z.object({ entryNumber: z.string(), book: z.string(), registeredOn: z.string(), childPersonalId: z.string(), registryName: z.string() });

export type SignAndIssueInput = {
  applicationId: string;
  signer: RegistryStaff;
  now: Date;
  /** The portal's public address; the QR code points to `${baseUrl}/verify/<token>`. */
  baseUrl: string;
  storage: FileStorage;
};

/**
 * The registry's leader signs (Law Art. 16(2)) and the electronic certificate is issued in the
 * same transaction (Circular 01/2022 Art. 9): the final content with the child's personal ID and
 * the signer's name, the signed QR token, the PDF in storage and the document row. If the
 * transaction fails after the PDF was stored, the file is removed again.
 */
export async function signAndIssue(db: Db, input: SignAndIssueInput): Promise<{ documentId: string }> {
  const { signer, now } = input;
  const storageKey = newStorageKey('documents');
  let stored = false;
  try {
    return await inTransaction(db, async (tx) => {
      const user = await getOfficeUser(tx, signer.userId);
      // Someone from another registry, or no longer active, cannot even see the application.
      if (!user || !user.active || user.registryCode !== signer.registryCode) throw new AppError('notFound');
      const app = await applicationOfRegistry(tx, input.applicationId, signer.registryCode);
      const scope = { registryCode: signer.registryCode };
      // An officer's account gets illegalTransition from the workflow table: only signers sign.
      const actorKind = user.role === 'signer' ? 'signer' : 'officer';
      await applyAction(tx, { applicationId: app.id, action: 'sign', actor: { kind: actorKind, id: user.id }, scope, now });

      const registerEvent = (await selectEvents(tx, app.id)).filter((e) => e.action === 'register').at(-1);
      const registration = registrationPayload.parse(registerEvent?.payload);
      const answers = app.answers as BirthAnswers;
      const issuedOn = calendar.localDate(now);
      const ctx = await loadBirthContext(tx, answers, app.applicantPersonalId, issuedOn);
      const content = certificateContent(answers, ctx, {
        ...registration,
        signer: { fullName: user.fullName, titleLines: signerTitleLines(user.title) },
      });

      const documentId = randomUUID();
      const token = await signDocumentToken(tx, {
        documentId,
        kind: 'birthCertificate',
        holderFullName: content.child.fullName,
        dateOfBirth: content.child.dateOfBirth,
        entryNumber: registration.entryNumber,
        book: registration.book,
        registryCode: app.registryCode,
        issuedOn,
        version: 1,
      });
      const pdf = await renderBirthCertificatePdf(content, { verifyUrl: `${input.baseUrl.replace(/\/+$/, '')}/verify/${token}` });
      await input.storage.put(storageKey, pdf, { mimeType: 'application/pdf' });
      stored = true;
      await insertIssuedDocument(tx, {
        id: documentId,
        applicationId: app.id,
        kind: 'birthCertificate',
        holderPersonalId: registration.childPersonalId,
        status: 'valid',
        version: 1,
        content,
        token,
        storageKey,
        issuedAt: now,
        signedByUserId: user.id,
      });
      const issued = await applyAction(tx, { applicationId: app.id, action: 'issue', actor: ISSUER, scope: { system: true }, now, payload: { documentId } });
      await notifyApplicant(tx, issued, 'issued', { childName: content.child.fullName }, now);
      return { documentId };
    });
  } catch (error) {
    if (stored) await input.storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}
