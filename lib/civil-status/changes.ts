import 'server-only';
import { z } from 'zod';
import { selectPersonsOfRecords, selectRecord, setRecordContent, type CivilStatusRecordRow, type RecordPersonRow } from '@/db/queries/civil-status';
import {
  decideChangeRequest as decideOnce,
  insertAdjustment,
  insertChangeRequest,
  selectAdjustmentsOfRecords,
  selectChangeRequest,
  selectChangeRequestsOfRecord,
  selectPendingChangeRequests,
  setRecordStatus,
  type AdjustmentRow,
  type ChangeRequestRow,
} from '@/db/queries/register-changes';
import type { AdjustedItem, AdjustmentPath, ChangeRequestKind } from '@/db/schema/register-changes';
import type { Db } from '@/db/types';
import { getOfficeUser } from '@/lib/auth/office-accounts';
import { AppError, fieldErrorsOf } from '@/lib/errors';
import { getRegistry } from '@/lib/registries';
import { uploadMessageValues } from '@/lib/uploads/messages';
import { processUpload } from '@/lib/uploads/process';
import { newStorageKey, type FileStorage } from '@/lib/uploads/storage';
import { lockPersonRecord, personRecordOf, unlockPersonRecord } from './records';
import { logViews, registerViewer, type RegisterViewer } from './register';

/*
 * Changing what is registered, outside an application (Circular 01/2022 Art. 4(2), 12, 13):
 *
 * - a registry reports a discrepancy between the register and a dossier (Art. 12(1)(b)),
 *   requests the deletion of an entry a judgment revoked (Art. 13(1)–(2)), or its restore;
 * - the ministry's database management reviews the entry, the request, the evidence and the
 *   history, and approves or refuses with a note (Art. 12(2), 13(3)); only an approval changes
 *   the entry, and it writes the adjustment log in the same transaction (Art. 4(2)).
 *
 * Every entry a request or a review opens counts as viewed by that officer (Art. 8(3)).
 */

export const LEGAL_BASIS: Record<ChangeRequestKind, string> = {
  discrepancy: 'Thông tư 01/2022/TT-BTP, Điều 12 khoản 1 điểm b và khoản 2',
  deletion: 'Thông tư 01/2022/TT-BTP, Điều 13 khoản 1–3',
  restore: 'Thông tư 01/2022/TT-BTP, Điều 13 khoản 3',
};

const text = (max: number) => z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(max, 'validation.tooLong');

// Every issue carries a message id (lib/i18n/messages), never zod's own English text: the forms show it as it is.
const common = { recordId: z.uuid({ error: 'errors.notFound' }), reasons: text(2000), grounds: text(500) };
export const deletionRequestSchema = z.object({ ...common, scope: text(500) });
export const discrepancySchema = z.object({
  ...common,
  items: z
    .array(
      z.object({
        field: z.string({ error: 'changes.errors.noItem' }).min(1, 'changes.errors.noItem').max(100, 'changes.errors.unknownField'),
        requested: z.string({ error: 'validation.required' }).trim().max(500, 'validation.tooLong'),
      }),
      { error: 'changes.errors.noItem' },
    )
    .min(1, 'changes.errors.noItem')
    .max(20, 'changes.errors.tooManyItems'),
});
export const decisionSchema = z.object({ requestId: z.uuid({ error: 'errors.notFound' }), decision: z.enum(['approve', 'refuse'], { error: 'changes.errors.decision' }), note: text(2000) });

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('invalidInput', 'Invalid input', { fieldErrors: fieldErrorsOf(parsed.error.issues) });
  return parsed.data;
}

export type Evidence = { bytes: Uint8Array; name: string };

/** An officer of the registry that keeps the entry; anyone else finds nothing (Art. 13(1)). */
async function officerOfEntry(db: Db, userId: string, recordId: string): Promise<{ viewer: RegisterViewer; record: CivilStatusRecordRow; persons: RecordPersonRow[] }> {
  const viewer = await registerViewer(db, userId);
  if (viewer.role !== 'officer' || !('registryCode' in viewer.scope) || !z.uuid().safeParse(recordId).success) throw new AppError('notFound');
  const record = await selectRecord(db, recordId);
  if (!record || record.registryCode !== viewer.scope.registryCode) throw new AppError('notFound');
  return { viewer, record, persons: await selectPersonsOfRecords(db, [record.id]) };
}

async function storeEvidence(evidence: Evidence | null, storage: FileStorage): Promise<{ key: string; name: string; type: string }> {
  if (!evidence || evidence.bytes.length === 0) throw new AppError('invalidInput', 'No evidence', { fieldErrors: { evidence: ['changes.errors.evidence'] } });
  const processed = await processUpload(evidence.bytes);
  if (!processed.ok) {
    // The message id, and the values its ICU text needs (the limit, the photo's size), for the form to translate.
    throw new AppError('invalidInput', 'Evidence refused', { fieldErrors: { evidence: [`upload.refused.${processed.error}`] }, messageValues: { evidence: uploadMessageValues(processed.detail) } });
  }
  const key = newStorageKey('register-evidence');
  await storage.put(key, processed.file.bytes, { mimeType: processed.file.mimeType });
  const name = evidence.name.replace(/[^\p{L}\p{N} ._-]/gu, '').slice(0, 120) || `evidence.${processed.file.extension}`;
  return { key, name, type: processed.file.mimeType };
}

async function fileRequest(
  db: Db,
  input: { userId: string; kind: ChangeRequestKind; values: { recordId: string; reasons: string; grounds: string; scope: string; changes?: AdjustedItem[] }; evidence: Evidence | null; now: Date },
  deps: { storage: FileStorage },
): Promise<ChangeRequestRow> {
  const { viewer, record, persons } = await officerOfEntry(db, input.userId, input.values.recordId);
  const expected = input.kind === 'restore' ? 'deleted' : 'official';
  if (record.status !== expected) throw new AppError('conflict', `The entry is ${record.status}`, { reason: input.kind === 'restore' ? 'notDeleted' : 'entryNotOfficial' });
  const file = await storeEvidence(input.evidence, deps.storage);
  const row = await insertChangeRequest(db, {
    kind: input.kind,
    recordId: record.id,
    registryCode: record.registryCode,
    requestedByUserId: viewer.userId,
    requestedAt: input.now,
    scope: input.values.scope,
    reasons: input.values.reasons,
    grounds: input.values.grounds,
    changes: input.values.changes ?? [],
    evidenceKey: file.key,
    evidenceName: file.name,
    evidenceType: file.type,
  });
  if (!row) {
    await deps.storage.delete(file.key);
    throw new AppError('conflict', 'A request of this kind is already open', { reason: 'requestOpen' });
  }
  await logViews(db, viewer, [{ ...record, persons }], 'other', input.now);
  return row;
}

/** Art. 13(1)–(2): the registry that registered the entry asks for its deletion, with the judgment. */
export async function requestDeletion(db: Db, input: { userId: string; values: unknown; evidence: Evidence | null; now: Date }, deps: { storage: FileStorage }) {
  const values = parse(deletionRequestSchema, input.values);
  return fileRequest(db, { ...input, kind: 'deletion', values }, deps);
}

/** Art. 13(3): a restore needs a new decision, and the same approval. */
export async function requestRestore(db: Db, input: { userId: string; values: unknown; evidence: Evidence | null; now: Date }, deps: { storage: FileStorage }) {
  const values = parse(deletionRequestSchema, input.values);
  return fileRequest(db, { ...input, kind: 'restore', values }, deps);
}

/** Art. 12(1)(b): the register differs from a dossier; each item names a printed field and the dossier's value. */
export async function reportDiscrepancy(db: Db, input: { userId: string; values: unknown; evidence: Evidence | null; now: Date }, deps: { storage: FileStorage }) {
  const values = parse(discrepancySchema, input.values);
  const { record } = await officerOfEntry(db, input.userId, values.recordId);
  const fieldErrors: Record<string, string[]> = {};
  const changes = values.items.map((item, i): AdjustedItem => {
    const row = record.content.find((r) => r.label === item.field);
    if (!row) fieldErrors[`items.${i}.field`] = ['changes.errors.unknownField'];
    else if (item.requested === row.value) fieldErrors[`items.${i}.requested`] = ['changes.errors.sameValue'];
    else if (!item.requested) fieldErrors[`items.${i}.requested`] = ['validation.required'];
    return { field: item.field, old: row?.value ?? null, new: item.requested };
  });
  if (new Set(changes.map((c) => c.field)).size !== changes.length) fieldErrors['items'] = ['changes.errors.duplicateField'];
  if (Object.keys(fieldErrors).length > 0) throw new AppError('invalidInput', 'Invalid items', { fieldErrors });
  return fileRequest(db, { ...input, kind: 'discrepancy', values: { ...values, scope: values.grounds, changes } }, deps);
}

/** Only the ministry's database manager decides (Art. 12(2), 13(3)); anyone else finds nothing. */
async function databaseManager(db: Db, userId: string): Promise<RegisterViewer> {
  const viewer = await registerViewer(db, userId);
  if (viewer.role !== 'dbManager') throw new AppError('notFound');
  return viewer;
}

export type ChangeRequestSummary = ChangeRequestRow & { record: CivilStatusRecordRow; registryName: string; requestedBy: string };

async function summarise(db: Db, rows: readonly ChangeRequestRow[]): Promise<ChangeRequestSummary[]> {
  return Promise.all(
    rows.map(async (r) => {
      const [record, registry, officer] = await Promise.all([selectRecord(db, r.recordId), getRegistry(db, r.registryCode), getOfficeUser(db, r.requestedByUserId)]);
      return { ...r, record: record!, registryName: registry?.name ?? r.registryCode, requestedBy: officer ? `${officer.fullName}, ${officer.title}` : '' };
    }),
  );
}

/** The manager's queue: open requests, oldest first. */
export async function pendingChangeRequests(db: Db, userId: string): Promise<ChangeRequestSummary[]> {
  await databaseManager(db, userId);
  return summarise(db, await selectPendingChangeRequests(db));
}

export type ChangeRequestReview = {
  request: ChangeRequestSummary;
  persons: RecordPersonRow[];
  /** Every request on the entry and every adjustment, for the history. */
  requests: ChangeRequestSummary[];
  adjustments: AdjustmentRow[];
  decidedBy: string | null;
};

/** What the manager reviews before deciding (Art. 12(2)): the entry, the request, the evidence, the history. */
export async function changeRequestForReview(db: Db, input: { userId: string; requestId: string; now: Date }): Promise<ChangeRequestReview> {
  const viewer = await databaseManager(db, input.userId);
  const row = z.uuid().safeParse(input.requestId).success ? await selectChangeRequest(db, input.requestId) : undefined;
  if (!row) throw new AppError('notFound');
  const [[request], persons, requests, adjustments, decider] = await Promise.all([
    summarise(db, [row]),
    selectPersonsOfRecords(db, [row.recordId]),
    selectChangeRequestsOfRecord(db, row.recordId).then((rs) => summarise(db, rs)),
    selectAdjustmentsOfRecords(db, [row.recordId]),
    row.decidedByUserId ? getOfficeUser(db, row.decidedByUserId) : null,
  ]);
  await logViews(db, viewer, [{ ...request!.record, persons }], 'approval', input.now);
  return { request: request!, persons, requests, adjustments, decidedBy: decider ? `${decider.fullName}, ${decider.title}` : null };
}

/** The evidence file of a request, for the manager and for the officers of the registry that filed it. */
export async function evidenceOf(db: Db, input: { userId: string; requestId: string }, deps: { storage: FileStorage }): Promise<{ body: ReadableStream<Uint8Array>; name: string; type: string }> {
  const viewer = await registerViewer(db, input.userId);
  const row = z.uuid().safeParse(input.requestId).success ? await selectChangeRequest(db, input.requestId) : undefined;
  const allowed = row && (viewer.role === 'dbManager' || (viewer.role === 'officer' && 'registryCode' in viewer.scope && viewer.scope.registryCode === row.registryCode));
  if (!row || !allowed) throw new AppError('notFound');
  const body = await deps.storage.stream(row.evidenceKey);
  if (!body) throw new AppError('notFound');
  return { body, name: row.evidenceName, type: row.evidenceType };
}

/**
 * The manager's decision. An approval changes the entry and writes the adjustment log, in one
 * transaction: the legal basis, the manager who decided, the officer who asked (who carries it out
 * for the registry), the time and each item's old and new value.
 */
export async function decideChangeRequest(db: Db, input: { userId: string; values: unknown; now: Date }): Promise<{ status: 'approved' | 'refused' }> {
  const viewer = await databaseManager(db, input.userId);
  const values = parse(decisionSchema, input.values);
  const status = values.decision === 'approve' ? 'approved' : 'refused';
  const manager = await getOfficeUser(db, viewer.userId);
  return db.transaction(async (tx) => {
    const request = await selectChangeRequest(tx, values.requestId);
    if (!request) throw new AppError('notFound');
    if (!(await decideOnce(tx, request.id, { status, userId: viewer.userId, note: values.note, at: input.now }))) throw new AppError('conflict', 'Already decided', { reason: 'notPending' });
    if (status === 'refused') return { status };
    const record = await selectRecord(tx, request.recordId);
    if (!record) throw new AppError('notFound');
    const [officer, registry] = await Promise.all([getOfficeUser(tx, request.requestedByUserId), getRegistry(tx, request.registryCode)]);
    const adjustment = {
      recordId: record.id,
      legalBasis: `${LEGAL_BASIS[request.kind as ChangeRequestKind]}; ${request.grounds}`,
      decisionMaker: `${manager!.fullName}, ${manager!.title}, Bộ Tư pháp`,
      decisionMakerUserId: viewer.userId,
      implementer: `${officer?.fullName ?? ''}, ${officer?.title ?? ''}, ${registry?.name ?? request.registryCode}`,
      implementerUserId: request.requestedByUserId,
      at: input.now,
      requestId: request.id,
    };
    if (request.kind === 'discrepancy') {
      // A deleted entry has no legal validity (Art. 13(3)): it is restored first, or the request refused.
      if (record.status !== 'official') throw new AppError('conflict', `The entry is ${record.status}`, { reason: record.status === 'deleted' ? 'entryDeleted' : 'entryNotOfficial' });
      // Items whose field is gone or already holds the requested value (changed since it was filed) change nothing.
      const changes = request.changes.flatMap((c) => {
        const row = record.content.find((r) => r.label === c.field);
        return row && row.value !== c.new ? [{ ...c, old: row.value }] : [];
      });
      if (changes.length === 0) throw new AppError('conflict', 'Nothing left to correct', { reason: 'nothingToCorrect' });
      await insertAdjustment(tx, { ...adjustment, path: 'discrepancy' satisfies AdjustmentPath, changes });
      await setRecordContent(tx, record.id, record.content.map((r) => ({ ...r, value: changes.find((c) => c.field === r.label)?.new ?? r.value })));
      return { status };
    }
    const [from, to] = request.kind === 'deletion' ? (['official', 'deleted'] as const) : (['deleted', 'official'] as const);
    if (record.status !== from) throw new AppError('conflict', `The entry is ${record.status}`, { reason: request.kind === 'restore' ? 'notDeleted' : record.status === 'deleted' ? 'entryDeleted' : 'entryNotOfficial' });
    await insertAdjustment(tx, { ...adjustment, path: request.kind as AdjustmentPath, changes: [{ field: 'status', old: from, new: to }] });
    await setRecordStatus(tx, record.id, to);
    if (record.eventType === 'death') await relockDeceased(tx, record, to, input.now);
    return { status };
  });
}

/**
 * A registered death locks the deceased's e-record (Law on Civil Status Art. 34(2)); deleting the
 * death entry lifts the lock it set, and restoring it locks the e-record again, in the decision's
 * transaction. A lock set by another death entry (registered after this one was deleted) stays.
 */
async function relockDeceased(tx: Db, record: CivilStatusRecordRow, to: 'official' | 'deleted', now: Date): Promise<void> {
  const deceased = record.subjectPersonalId;
  const personRecord = await personRecordOf(tx, deceased);
  if (to === 'deleted') {
    if (personRecord?.lockedAt && personRecord.lockedByApplicationId === record.applicationId) await unlockPersonRecord(tx, deceased, now);
  } else if (!personRecord?.lockedAt) {
    await lockPersonRecord(tx, deceased, record.applicationId, now);
  }
}

/** The changes of an entry, oldest first: for its history and for confirmation letters (Art. 8(1)(dd)). */
export function adjustmentsOfRecords(db: Db, recordIds: readonly string[]) {
  return selectAdjustmentsOfRecords(db, recordIds);
}

/** An entry's requests and adjustments, for its page: called once the entry was opened within the viewer's scope. */
export async function historyOfEntry(db: Db, recordId: string): Promise<{ requests: ChangeRequestSummary[]; adjustments: AdjustmentRow[] }> {
  const [requests, adjustments] = await Promise.all([selectChangeRequestsOfRecord(db, recordId).then((rs) => summarise(db, rs)), selectAdjustmentsOfRecords(db, [recordId])]);
  return { requests, adjustments };
}
