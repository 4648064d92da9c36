import { selectRecordIdOfApplication } from '@/db/queries/civil-status';
import { selectEvents } from '@/db/queries/applications';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { getOfficeUser } from '@/lib/auth/office-accounts';
import { calendar } from '@/lib/calendar';
import { signerTitleLines } from '@/lib/documents/registry-text';
import { AppError } from '@/lib/errors';
import { queueBundleRequests } from '@/lib/integrations';
import { notifyApplicant } from '@/lib/notifications';
import type { RegistrationFacts } from '@/lib/procedures/contract';
import type { FileStorage } from '@/lib/uploads/storage';
import { printDocuments } from './print-documents';
import { reissueAmendedDocuments } from './amend-entry';
import { applyAction } from '@/lib/workflow/apply-action';
import { consentsOfApplication } from './consents';
import { openApplication } from './open-application';
import { applicationOfRegistry } from './registry-staff';
import type { RegistryStaff } from './registry-staff';

export const ISSUER = { kind: 'system', id: 'issuer' } as const;

export type SignAndIssueInput = {
  applicationId: string;
  signer: RegistryStaff;
  now: Date;
  /** The portal's public address; the QR code points to `${baseUrl}/verify/<token>`. */
  baseUrl: string;
  storage: FileStorage;
};

/** The facts the register event recorded: every value a string (RegistrationFacts). */
function registrationOf(payload: unknown): RegistrationFacts {
  const facts = payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  const required = ['registryCode', 'registryName', 'entryNumber', 'book', 'registeredOn', 'subjectPersonalId'];
  if (!required.every((k) => typeof facts[k] === 'string')) throw new AppError('conflict', 'The application has no registration to sign', { reason: 'nothingToSign' });
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => typeof v === 'string')) as RegistrationFacts;
}

/**
 * The registry's leader signs (Law Art. 16(2)) and the electronic document is issued in the same
 * transaction (Circular 01/2022 Art. 9): the procedure's final content with the signer's name, the
 * signed QR token, the PDF in storage and the document row. Then the bundle requests go out with
 * the issued document (Art. 3(4)). If the transaction fails after the PDF was stored, the file is
 * removed again.
 */
export async function signAndIssue(db: Db, input: SignAndIssueInput): Promise<{ documentIds: string[] }> {
  const { signer, now } = input;
  const storedKeys: string[] = [];
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
      const registration = registrationOf(registerEvent?.payload);
      const issuedOn = calendar.localDate(now);
      const { procedure, answers, ctx } = await openApplication(tx, app, issuedOn);
      const { document: definition } = procedure;
      const signed = { fullName: user.fullName, titleLines: signerTitleLines(user.title) };
      const content = definition.content(answers, ctx, registration, signed);

      // One original per holder (a marriage certificate: one for each spouse), each with its own QR.
      const documents = await printDocuments(tx, {
        applicationId: app.id,
        recordId: await selectRecordIdOfApplication(tx, app.id),
        registryCode: app.registryCode,
        procedure,
        content,
        registration,
        holders: definition.holders(content, registration),
        copies: 1,
        issuedOn,
        now,
        signedByUserId: user.id,
        baseUrl: input.baseUrl,
        storage: input.storage,
        storedKeys,
      });
      const [first] = documents;
      if (!first) throw new Error(`${procedure.code} names no holder for its document`);
      // An amendment's extract is signed with the new versions of the amended entry's documents.
      await reissueAmendedDocuments(tx, { registration, signer: signed, signedByUserId: user.id, issuedOn, now, baseUrl: input.baseUrl, storage: input.storage, storedKeys });
      const issued = await applyAction(tx, { applicationId: app.id, action: 'issue', actor: ISSUER, scope: { system: true }, now, payload: { documentIds: documents.map((d) => d.id) } });
      const consents = await consentsOfApplication(tx, app.id);
      const requests = procedure.bundle(answers, ctx, { applicationId: app.id, registration, document: { ...first, kind: definition.kind }, consents });
      await queueBundleRequests(tx, requests, now);
      const subjectName = definition.holderName(content);
      if (issued.status === 'awaitingPickup') await notifyApplicant(tx, issued, 'readyForPickup', { subjectName }, now);
      else await notifyApplicant(tx, issued, 'issued', { subjectName }, now);
      return { documentIds: documents.map((d) => d.id) };
    });
  } catch (error) {
    await Promise.all(storedKeys.map((key) => input.storage.delete(key).catch(() => undefined)));
    throw error;
  }
}
