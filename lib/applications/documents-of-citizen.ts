import { PERSON_KEY_FIELD } from '@/lib/civil-status/reissued-personal-id';
import { selectApplication } from '@/db/queries/applications';
import { selectDocument, selectDocumentsOfApplication, selectSuccessor, selectDocumentsVisibleTo, selectDocumentVisibleTo, type IssuedDocumentRow } from '@/db/queries/documents';
import type { Db } from '@/db/types';
import { verifyDocumentToken, type DocumentKind } from '@/lib/documents/document-token';
import { procedureOfDocumentKind } from '@/lib/procedures';
import type { PreviewRow } from '@/lib/procedures/contract';
import type { FileStorage } from '@/lib/uploads/storage';
import { calendar } from '@/lib/calendar';
import { population } from '@/lib/population';
import type { Person } from '@/lib/population/types';
import { selectRecordsByIds } from '@/db/queries/civil-status';
import { selectAdjustmentsOfRecords, type AdjustmentRow } from '@/db/queries/register-changes';

/**
 * Stored statuses (superseded, cancelled); `deleted` and `amended` from the register entry the
 * document attests (Art. 13(3), 12); `expired` / `noLongerValid` for documents whose validity
 * lapses by itself.
 */
export type DocumentStatus = 'valid' | 'superseded' | 'amended' | 'cancelled' | 'deleted' | 'expired' | 'noLongerValid';

/** What the register says of the document's entry today, when it says something. */
export type LiveStatus = {
  status: DocumentStatus;
  validUntil: string | null;
  /** When the entry was deleted or last amended. */
  since: Date | null;
  /** An amended entry's changed items since the document was issued: label id and the value now. */
  updates: { field: string; value: string | null }[];
  /** A superseded document: the version in use now and its status, never its content (procedures.md §6). */
  current?: { version: number; issuedAt: Date; status: DocumentStatus };
};

export type CitizenDocument = {
  id: string;
  kind: DocumentKind;
  status: DocumentStatus;
  version: number;
  /** Of several copies issued for one request. */
  copyNumber: number;
  holderPersonalId: string;
  holderName: string;
  /** False when the person sees it as the applicant (a mother and her child's certificate). */
  ownDocument: boolean;
  applicationId: string | null;
  issuedAt: Date;
  /** The printed fields, as the procedure presents its document. */
  preview: PreviewRow[];
};

function definitionOf(kind: string) {
  const procedure = procedureOfDocumentKind(kind);
  if (!procedure) throw new Error(`No procedure issues ${kind}`);
  return procedure.document;
}

function toCitizenDocument(row: IssuedDocumentRow, personalId: string): CitizenDocument {
  const definition = definitionOf(row.kind);
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    status: row.status as DocumentStatus,
    version: row.version,
    copyNumber: row.copyNumber,
    holderPersonalId: row.holderPersonalId,
    holderName: definition.holderName(row.content),
    ownDocument: row.holderPersonalId === personalId,
    applicationId: row.applicationId,
    issuedAt: row.issuedAt,
    preview: definition.preview(row.content),
  };
}

/** Documents the person holds, and those issued to others on applications she filed (her child's); newest first. */
export async function documentsOfHolder(db: Db, personalId: string, organisationCode: string | null, now: Date): Promise<CitizenDocument[]> {
  const visible = await selectDocumentsVisibleTo(db, personalId, organisationCode);
  // Where she holds an original herself (a marriage certificate), the other holder's original is theirs, not hers to list.
  const holding = new Set(visible.filter((r) => r.holderPersonalId === personalId).map((r) => r.applicationId));
  const rows = visible.filter((r) => r.holderPersonalId === personalId || !holding.has(r.applicationId));
  return Promise.all(rows.map(async (row) => ({ ...toCitizenDocument(row, personalId), status: (await currentStatus(db, row, now)).status })));
}

/** The documents issued on one of the applicant's own applications; anyone else's: none. */
export async function documentsOfApplication(db: Db, applicationId: string, personalId: string, organisationCode: string | null): Promise<CitizenDocument[]> {
  const app = await selectApplication(db, applicationId, { partyPersonalId: personalId, organisationCode });
  return app ? (await selectDocumentsOfApplication(db, app.id)).map((row) => toCitizenDocument(row, personalId)) : [];
}

/** The PDF of a document the person may see, or null (also for someone else's document id). */
export async function documentPdfForCitizen(db: Db, input: { documentId: string; personalId: string; organisationCode: string | null; storage: FileStorage }) {
  const row = await selectDocumentVisibleTo(db, input.documentId, input.personalId, input.organisationCode);
  if (!row) return null;
  const body = await input.storage.stream(row.storageKey);
  return body ? { body, fileName: `${definitionOf(row.kind).fileName}-${row.id.slice(0, 8)}.pdf`, status: row.status as DocumentStatus } : null;
}

export type VerificationResult =
  | { ok: false; reason: 'malformed' | 'unknownKey' | 'badSignature' | 'unknownDocument' }
  | ({ ok: true; kind: DocumentKind; version: number; issuedAt: Date; registryCode: string; registeredOn: string | null; preview: PreviewRow[] } & LiveStatus);

/**
 * The status a document has today: the stored one, unless the document is valid and its own
 * validity has lapsed (a marital-status certificate after 6 months, or once the holder marries),
 * which is computed from the live records, without anyone editing the document.
 */
export async function currentStatus(db: Db, row: IssuedDocumentRow, now: Date): Promise<LiveStatus> {
  if (row.status === 'superseded') {
    // Follow the versions to the one in use: its date and status, not what it says.
    const successor = await selectSuccessor(db, row.id);
    let latest = successor ?? row;
    for (let next = successor && (await selectSuccessor(db, successor.id)); next; next = await selectSuccessor(db, next.id)) latest = next;
    const status = latest === row ? 'superseded' : (await currentStatus(db, latest, now)).status;
    return { status: 'superseded', validUntil: null, since: successor?.issuedAt ?? null, updates: [], current: { version: latest.version, issuedAt: latest.issuedAt, status } };
  }
  const [entries, adjustments] = row.recordId ? await Promise.all([selectRecordsByIds(db, [row.recordId]), selectAdjustmentsOfRecords(db, [row.recordId])]) : [[], []];
  return statusOf(row, { entry: entries[0] ?? null, adjustments }, now, (id) => population(db).findPerson(id));
}

/**
 * The status from what was read: the stored status first (superseded, cancelled), then the entry
 * (deleted; amended by an adjustment after the document was issued), then the document's own
 * validity. A restored entry is valid again: only its current status counts.
 */
export async function statusOf(
  row: IssuedDocumentRow,
  register: { entry: { status: string } | null; adjustments: readonly AdjustmentRow[] },
  now: Date,
  findPerson: (personalId: string) => Promise<Person | null>,
): Promise<LiveStatus> {
  const none = { validUntil: null, since: null, updates: [] };
  if (row.status !== 'valid') return { ...none, status: row.status as DocumentStatus };
  if (register.entry?.status === 'deleted') {
    const deletion = register.adjustments.filter((a) => a.path === 'deletion').at(-1);
    return { ...none, status: 'deleted', since: deletion?.at ?? null };
  }
  // A number the population database reissued since (Art. 4(1)) amends the paper when it printed it.
  const printedChange = (a: AdjustmentRow) => a.path === 'discrepancy' || a.path === 'amendment' || (a.path === 'personalId' && a.changes.some((c) => c.field !== PERSON_KEY_FIELD));
  const later = register.adjustments.filter((a) => printedChange(a) && a.at > row.issuedAt);
  if (later.length > 0) {
    const updates = new Map<string, string | null>();
    for (const a of later) for (const c of a.changes) if (c.field !== PERSON_KEY_FIELD) updates.set(c.field, c.new);
    return { ...none, status: 'amended', since: later.at(-1)!.at, updates: [...updates].map(([field, value]) => ({ field, value })) };
  }
  const definition = definitionOf(row.kind);
  if (!definition.validity) return { ...none, status: 'valid' };
  const holder = await findPerson(row.holderPersonalId);
  const validity = definition.validity(row.content, { issuedOn: calendar.localDate(row.issuedAt), today: calendar.localDate(now), holder });
  return { ...none, status: validity.state === 'valid' ? 'valid' : validity.state, validUntil: validity.validUntil };
}

/**
 * What the public verify page shows for a scanned QR code (Circular 01/2022 Art. 9(2)(b)): the
 * live status and the content as printed, nothing more. No sign-in; the token is the key.
 */
export async function documentForVerification(db: Db, token: string, now: Date): Promise<VerificationResult> {
  const verified = await verifyDocumentToken(db, token);
  if (!verified.ok) return { ok: false, reason: verified.reason };
  const row = await selectDocument(db, verified.payload.documentId);
  if (!row || row.token !== token) return { ok: false, reason: 'unknownDocument' };
  const content = row.content as { registeredOn?: unknown };
  const live = await currentStatus(db, row, now);
  return {
    ok: true,
    kind: row.kind as DocumentKind,
    ...live,
    version: row.version,
    issuedAt: row.issuedAt,
    registryCode: verified.payload.registryCode,
    registeredOn: typeof content.registeredOn === 'string' ? content.registeredOn : null,
    preview: definitionOf(row.kind).preview(row.content),
  };
}
