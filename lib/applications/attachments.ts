import 'server-only';
import {
  countAttachments,
  insertAttachment,
  markAttachmentDeleted,
  selectAttachmentFor,
  selectAttachmentsOfApplication,
} from '@/db/queries/attachments';
import { selectApplication, updateApplication } from '@/db/queries/applications';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { createHash } from 'node:crypto';
import { selectDocument, selectDocumentsOfHolder } from '@/db/queries/documents';
import { calendar } from '@/lib/calendar';
import { procedureOf, procedureOfDocumentKind } from '@/lib/procedures';
import { currentStatus } from './documents-of-citizen';
import { openApplication, type OpenApplication } from './open-application';
import { processUpload } from '@/lib/uploads/process';
import { newStorageKey, type FileStorage } from '@/lib/uploads/storage';
import { EDITABLE, type Status } from '@/lib/workflow/table';
import type { UploadFailure } from '@/lib/uploads/types';

/*
 * Attachments are uploaded as soon as they are chosen, not at submission: each upload is checked,
 * re-encoded and stored, then recorded on the application's documents page.
 */

export const MAX_ATTACHMENTS = 10;

type DocumentsPage = Record<string, string[]>;

/** The documents page of the answers, with each kind the procedure knows as a list of attachment ids. */
function documentsOf(answers: unknown, kinds: readonly string[]): DocumentsPage {
  const page = (answers as { documents?: DocumentsPage } | null)?.documents ?? {};
  return Object.fromEntries(kinds.map((k) => [k, Array.isArray(page[k]) ? page[k].filter((id) => typeof id === 'string') : []]));
}


type Upload = { applicationId: string; personalId: string; organisationCode: string | null; kind: string; bytes: Uint8Array; originalName: string; now: Date };

export async function uploadAttachment(db: Db, storage: FileStorage, input: Upload): Promise<{ ok: true; attachment: { id: string; originalName: string; size: number; mimeType: string } } | UploadFailure | { ok: false; error: 'tooManyFiles' }> {
  const app = await selectApplication(db, input.applicationId, { applicantPersonalId: input.personalId, organisationCode: input.organisationCode });
  if (!app) throw new AppError('notFound');
  if (!EDITABLE.includes(app.status as Status)) throw new AppError('conflict', 'The application can no longer be changed', { reason: 'notEditable' });
  const kinds = procedureOf(app.procedureCode).attachmentKinds;
  if (!kinds.includes(input.kind)) throw new AppError('invalidInput', `No attachment kind ${input.kind} in ${app.procedureCode}`);
  if ((await countAttachments(db, app.id)) >= MAX_ATTACHMENTS) return { ok: false, error: 'tooManyFiles' };

  const processed = await processUpload(input.bytes);
  if (!processed.ok) return processed;
  const { file } = processed;
  const storageKey = newStorageKey('attachments');
  await storage.put(storageKey, file.bytes, { mimeType: file.mimeType });
  const row = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    // Checked again under the lock: a submission or another upload may have happened meanwhile.
    const current = await selectApplication(tx, app.id, { applicantPersonalId: input.personalId, organisationCode: input.organisationCode }, { forUpdate: true });
    if (!current || !EDITABLE.includes(current.status as Status)) throw new AppError('conflict', 'The application can no longer be changed', { reason: 'notEditable' });
    if ((await countAttachments(tx, app.id)) >= MAX_ATTACHMENTS) return null;
    const answers = (current.answers ?? {}) as Record<string, unknown>;
    const inserted = await insertAttachment(tx, {
      applicationId: app.id,
      kind: input.kind,
      storageKey,
      mimeType: file.mimeType,
      size: file.bytes.byteLength,
      width: file.width ?? null,
      height: file.height ?? null,
      pages: file.pages ?? null,
      sha256: file.sha256,
      originalName: input.originalName.normalize('NFC').slice(0, 200) || 'file',
      uploadedAt: input.now,
    });
    const documents = documentsOf(answers, kinds);
    documents[input.kind] = [...(documents[input.kind] ?? []), inserted.id];
    await updateApplication(tx, app.id, { answers: { ...answers, documents }, updatedAt: input.now });
    return inserted;
  }).catch(async (err: unknown) => {
    await storage.delete(storageKey);
    throw err;
  });
  if (!row) {
    await storage.delete(storageKey);
    return { ok: false, error: 'tooManyFiles' };
  }
  return { ok: true, attachment: { id: row.id, originalName: row.originalName, size: row.size, mimeType: row.mimeType } };
}

export async function removeAttachment(db: Db, storage: FileStorage, input: { attachmentId: string; personalId: string; organisationCode: string | null; now: Date }) {
  const found = await selectAttachmentFor(db, input.attachmentId, { applicantPersonalId: input.personalId, organisationCode: input.organisationCode });
  if (!found) throw new AppError('notFound');
  if (!EDITABLE.includes(found.status as Status)) throw new AppError('conflict', 'The application can no longer be changed', { reason: 'notEditable' });
  await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    await markAttachmentDeleted(tx, input.attachmentId, input.now);
    const app = await selectApplication(tx, found.attachment.applicationId, { applicantPersonalId: input.personalId, organisationCode: input.organisationCode }, { forUpdate: true });
    if (!app || !EDITABLE.includes(app.status as Status)) throw new AppError('conflict', 'The application can no longer be changed', { reason: 'notEditable' });
    const answers = (app.answers ?? {}) as Record<string, unknown>;
    if (answers.documents) {
      const kinds = procedureOf(app.procedureCode).attachmentKinds;
      const documents = Object.fromEntries(Object.entries(documentsOf(answers, kinds)).map(([k, ids]) => [k, ids.filter((id) => id !== input.attachmentId)]));
      await updateApplication(tx, app.id, { answers: { ...answers, documents }, updatedAt: input.now });
    }
  });
  // A reused e-document's file is the issued PDF itself: it stays.
  if (!found.attachment.issuedDocumentId) await storage.delete(found.attachment.storageKey);
}

/**
 * The issued e-documents the person may attach in place of a photo (Circular 01/2022 Art. 6(2)):
 * for each attachment kind the procedure allows it, her own documents of that kind still valid.
 */
export type ReusableDocuments = Record<
  string,
  {
    /** The applicant's own valid documents of the kind; empty when the holder is someone else. */
    candidates: { id: string; issuedAt: Date }[];
    /** Whether the applicant is the one who must hold it (else: the other party). */
    own: boolean;
    /** The procedure that issues such a document, to apply for one when there is none. */
    procedureCode: string | null;
  }
>;

export async function reusableDocumentsFor(db: Db, input: { applicationId: string; personalId: string; organisationCode: string | null; now: Date }): Promise<ReusableDocuments> {
  const app = await selectApplication(db, input.applicationId, { applicantPersonalId: input.personalId, organisationCode: input.organisationCode });
  if (!app) throw new AppError('notFound');
  return reusableDocumentsIn(db, await openApplication(db, app, calendar.localDate(input.now)), input);
}

/** The same, for an application the caller has already opened as its applicant (the documents page). */
export async function reusableDocumentsIn(db: Db, open: OpenApplication, input: { personalId: string; now: Date }): Promise<ReusableDocuments> {
  const { procedure, answers, ctx } = open;
  const result: ReusableDocuments = {};
  for (const [kind, rule] of Object.entries(procedure.reusableDocuments(answers, ctx))) {
    const own = rule.holderPersonalId === input.personalId;
    const candidates: { id: string; issuedAt: Date }[] = [];
    for (const row of own ? await selectDocumentsOfHolder(db, input.personalId, rule.documentKind) : []) {
      if ((await currentStatus(db, row, input.now)).status === 'valid') candidates.push({ id: row.id, issuedAt: row.issuedAt });
    }
    result[kind] = { candidates, own, procedureCode: procedureOfDocumentKind(rule.documentKind)?.code ?? null };
  }
  return result;
}

/**
 * Attaches one of the person's own issued e-documents instead of a photo (Circular 01/2022 Art.
 * 6(2)): only for a kind the procedure allows it, only her own document of the right kind, and only
 * while it is valid. The attachment points at the document; its PDF is the file the registry sees.
 */
export async function attachIssuedDocument(db: Db, storage: FileStorage, input: { applicationId: string; personalId: string; organisationCode: string | null; kind: string; documentId: string; now: Date }) {
  const candidates = await reusableDocumentsFor(db, input);
  if (!candidates[input.kind]?.candidates.some((d) => d.id === input.documentId)) throw new AppError('notFound');
  const doc = await selectDocument(db, input.documentId);
  if (!doc) throw new AppError('notFound');
  const bytes = await storage.get(doc.storageKey);
  if (!bytes) throw new AppError('notFound');
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const current = await selectApplication(tx, input.applicationId, { applicantPersonalId: input.personalId, organisationCode: input.organisationCode }, { forUpdate: true });
    if (!current || !EDITABLE.includes(current.status as Status)) throw new AppError('conflict', 'The application can no longer be changed', { reason: 'notEditable' });
    const kinds = procedureOf(current.procedureCode).attachmentKinds;
    const answers = (current.answers ?? {}) as Record<string, unknown>;
    const documents = documentsOf(answers, kinds);
    const existing = await selectAttachmentsOfApplication(tx, current.id);
    const same = existing.find((a) => a.issuedDocumentId === doc.id && a.kind === input.kind);
    if (same) return same;
    if (existing.length >= MAX_ATTACHMENTS) throw new AppError('conflict', 'Too many files', { reason: 'tooManyFiles' });
    const inserted = await insertAttachment(tx, {
      applicationId: current.id,
      kind: input.kind,
      storageKey: doc.storageKey,
      mimeType: 'application/pdf',
      size: bytes.byteLength,
      width: null,
      height: null,
      pages: 1,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      originalName: `${procedureOfDocumentKind(doc.kind)?.document.fileName ?? doc.kind}.pdf`,
      uploadedAt: input.now,
      issuedDocumentId: doc.id,
    });
    documents[input.kind] = [...(documents[input.kind] ?? []), inserted.id];
    await updateApplication(tx, current.id, { answers: { ...answers, documents }, updatedAt: input.now });
    return inserted;
  });
}

/** The file for the applicant or an officer of the application's registry; anyone else: not found. */
export async function readAttachment(db: Db, storage: FileStorage, input: { attachmentId: string; viewer: Parameters<typeof selectAttachmentFor>[2] }) {
  const found = await selectAttachmentFor(db, input.attachmentId, input.viewer);
  if (!found) throw new AppError('notFound');
  // Streamed from storage (local disk or S3) to the client, once the checks above passed.
  const body = await storage.stream(found.attachment.storageKey);
  if (!body) throw new AppError('notFound');
  return { body, size: found.attachment.size, mimeType: found.attachment.mimeType, name: found.attachment.originalName };
}

export async function attachmentsOfApplication(db: Db, applicationId: string, personalId: string, organisationCode: string | null) {
  const app = await selectApplication(db, applicationId, { partyPersonalId: personalId, organisationCode });
  if (!app) throw new AppError('notFound');
  return selectAttachmentsOfApplication(db, app.id);
}
