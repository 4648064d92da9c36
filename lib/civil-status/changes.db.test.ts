import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectRecord, setRecordContent } from '@/db/queries/civil-status';
import { selectOfficeUserByUsername } from '@/db/queries/office-users';
import { insertAdjustment, selectAdjustmentsOfRecords } from '@/db/queries/register-changes';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { acceptApplication } from '@/lib/applications/accept-application';
import { confirmDraft } from '@/lib/applications/confirm-draft';
import { documentForVerification } from '@/lib/applications/documents-of-citizen';
import { registerApplication } from '@/lib/applications/register-application';
import { returnDraft } from '@/lib/applications/return-draft';
import { signAndIssue } from '@/lib/applications/sign-and-issue';
import { saveStep } from '@/lib/applications/save-step';
import { startApplication } from '@/lib/applications/start-application';
import { submitApplication } from '@/lib/applications/submit-application';
import { at, LAN, staff, submitBirthApplication } from '@/lib/applications/test-fixtures';
import { selectDocument, selectDocumentsAfterIndex } from '@/db/queries/documents';
import { documentJwks, verifyDocumentToken } from '@/lib/documents/document-token';
import { currentStatuses, readStatusList, signedStatusList, STATUS_VALUES } from '@/lib/documents/status-list';
import { describeError, isAppError } from '@/lib/errors';
import { catalogue, translate } from '@/lib/i18n/catalogues';
import { createMemoryStorage } from '@/lib/uploads/storage';
import { jpeg } from '@/lib/uploads/test-fixtures';
import { changeRequestForReview, decideChangeRequest, evidenceOf, pendingChangeRequests, reportDiscrepancy, requestDeletion, requestRestore } from './changes';
import { isRecordLocked, personRecordOf, recordsOfPerson } from './records';

const storage = createMemoryStorage();
/** What the database said when it refused: drizzle wraps it as the cause of its "Failed query". */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'accepted',
    (e: unknown) => `${(e as Error).message} ${((e as { cause?: Error }).cause?.message ?? '')}`,
  );
let photo: Uint8Array;
const judgment = () => ({ bytes: photo, name: 'ban-an-so-12-2026.jpg' });

/** The text of a message id in a language, or null when the catalogue has no such message. */
const messageIn = (locale: string, id: string) => id.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], catalogue(locale));

describeEachDatabase('changing what is registered: requests, decisions and the adjustment log', (db) => {
  const users: Record<string, string> = {};
  beforeAll(async () => {
    photo = await jpeg(1200, 1600);
    await seedPersonas(db());
    for (const u of ['officer.hoankiem', 'officer.saigon', 'officer.namdinh', 'leader.hoankiem', 'supervisor.hanoi', 'dbadmin.moj']) users[u] = (await selectOfficeUserByUsername(db(), u))!.id;
  });

  let n = 0;
  /** A birth registered at Hoàn Kiếm and its certificate issued: the entry and the document's token. */
  async function issuedBirth() {
    const officer = await staff(db(), 'officer.hoankiem');
    const signer = await staff(db(), 'leader.hoankiem');
    const { id } = await submitBirthApplication(db(), { now: at('2026-11-23T10:00'), child: { givenName: ['An', 'Bảo', 'Chi', 'Dũng', 'Giang', 'Hà', 'Khải', 'Linh', 'Mai', 'Nam', 'Oanh', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Uyên', 'Vân', 'Xuân', 'Yến', 'Ánh'][n++]! } });
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:05') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-23T10:10') });
    await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-11-23T10:20') });
    const facts = await registerApplication(db(), { applicationId: id, officer, now: at('2026-11-23T11:00') });
    const { documentIds } = await signAndIssue(db(), { applicationId: id, signer, now: at('2026-11-23T11:30'), baseUrl: 'https://hotich.example.vn', storage });
    const document = (await selectDocument(db(), documentIds[0]!))!;
    const record = (await recordsOfPerson(db(), facts.childPersonalId as string)).find((r) => r.eventType === 'birth')!;
    return { record, document, childPersonalId: facts.childPersonalId as string };
  }

  const deletion = (recordId: string) => ({ recordId, scope: 'Toàn bộ nội dung đăng ký khai sinh', reasons: 'Bản án tuyên hủy việc đăng ký khai sinh do giả mạo giấy chứng sinh.', grounds: 'Bản án số 12/2026/HNGĐ-ST ngày 01/12/2026 của Tòa án nhân dân TP Hà Nội' });

  it('Art. 13(1)–(3): a deletion requested with the judgment, approved by the ministry, is logged with all five elements; the document then says deleted; a restore brings it back', async () => {
    const { record, document } = await issuedBirth();
    expect((await documentForVerification(db(), document.token, at('2026-12-02T09:00'))).ok && (await documentForVerification(db(), document.token, at('2026-12-02T09:00')))).toMatchObject({ status: 'valid' });

    const request = await requestDeletion(db(), { userId: users['officer.hoankiem']!, values: deletion(record.id), evidence: judgment(), now: at('2026-12-02T09:00') }, { storage });
    expect(request.status).toBe('pending');
    expect((await pendingChangeRequests(db(), users['dbadmin.moj']!)).map((r) => r.id)).toContain(request.id);
    const review = await changeRequestForReview(db(), { userId: users['dbadmin.moj']!, requestId: request.id, now: at('2026-12-02T10:00') });
    expect(review.request.record.id).toBe(record.id);
    expect((await evidenceOf(db(), { userId: users['dbadmin.moj']!, requestId: request.id }, { storage })).type).toBe('image/jpeg');

    await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: request.id, decision: 'approve', note: 'Đã đối chiếu bản án với sổ đăng ký.' }, now: at('2026-12-02T10:05') });
    expect((await selectRecord(db(), record.id))!.status).toBe('deleted');
    const [logged] = await selectAdjustmentsOfRecords(db(), [record.id]);
    expect(logged).toMatchObject({ path: 'deletion', changes: [{ field: 'status', old: 'official', new: 'deleted' }], requestId: request.id, decisionMakerUserId: users['dbadmin.moj'], implementerUserId: users['officer.hoankiem'] });
    expect(logged!.legalBasis).toContain('Điều 13');
    expect(logged!.legalBasis).toContain('Bản án số 12/2026');
    expect(logged!.decisionMaker).toContain('Bộ Tư pháp');
    expect(logged!.implementer).toContain('Hoàn Kiếm');
    expect(logged!.at).toEqual(at('2026-12-02T10:05'));

    // Art. 13(3): no legal validity, but still in the person's e-record, marked.
    expect(await documentForVerification(db(), document.token, at('2026-12-02T11:00'))).toMatchObject({ ok: true, status: 'deleted', since: at('2026-12-02T10:05') });
    expect((await recordsOfPerson(db(), record.subjectPersonalId)).find((r) => r.id === record.id)?.status).toBe('deleted');

    const restore = await requestRestore(db(), { userId: users['officer.hoankiem']!, values: { ...deletion(record.id), reasons: 'Bản án phúc thẩm hủy bản án sơ thẩm.', grounds: 'Bản án số 30/2026/HNGĐ-PT ngày 20/12/2026' }, evidence: judgment(), now: at('2026-12-21T09:00') }, { storage });
    await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: restore.id, decision: 'approve', note: 'Bản án phúc thẩm có hiệu lực.' }, now: at('2026-12-21T10:00') });
    expect((await selectRecord(db(), record.id))!.status).toBe('official');
    expect(await documentForVerification(db(), document.token, at('2026-12-21T11:00'))).toMatchObject({ ok: true, status: 'valid' });
    expect((await selectAdjustmentsOfRecords(db(), [record.id])).map((a) => a.path)).toEqual(['deletion', 'restore']);
  });

  it('Art. 12(1)(b), 12(2): a discrepancy changes the entry only once approved, and the document then says amended with the new value', async () => {
    const { record, document } = await issuedBirth();
    const field = record.content.find((r) => r.label === 'birth.fields.placeOfBirth') ?? record.content[1]!;
    const report = { recordId: record.id, reasons: 'Nơi sinh trên sổ khác giấy chứng sinh.', grounds: 'Hồ sơ khai sinh số HT-2026-0001', items: [{ field: field.label, requested: 'Bệnh viện Phụ sản Hà Nội' }] };
    const request = await reportDiscrepancy(db(), { userId: users['officer.hoankiem']!, values: report, evidence: judgment(), now: at('2026-12-02T09:00') }, { storage });
    expect((await selectRecord(db(), record.id))!.content).toEqual(record.content);
    expect(await documentForVerification(db(), document.token, at('2026-12-02T09:30'))).toMatchObject({ status: 'valid' });

    // A review note is required (Art. 12(2)).
    const noNote = await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: request.id, decision: 'approve', note: ' ' }, now: at('2026-12-02T10:00') }).catch((e: unknown) => e);
    expect(isAppError(noNote, 'invalidInput')).toBe(true);
    await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: request.id, decision: 'approve', note: 'Đối chiếu hồ sơ gốc: đúng.' }, now: at('2026-12-02T10:00') });
    const after = (await selectRecord(db(), record.id))!;
    expect(after.content.find((r) => r.label === field.label)!.value).toBe('Bệnh viện Phụ sản Hà Nội');
    const [logged] = await selectAdjustmentsOfRecords(db(), [record.id]);
    expect(logged).toMatchObject({ path: 'discrepancy', changes: [{ field: field.label, old: field.value, new: 'Bệnh viện Phụ sản Hà Nội' }] });
    expect(await documentForVerification(db(), document.token, at('2026-12-02T11:00'))).toMatchObject({ status: 'amended', updates: [{ field: field.label, value: 'Bệnh viện Phụ sản Hà Nội' }] });

    // Decided once.
    const again = await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: request.id, decision: 'refuse', note: 'x' }, now: at('2026-12-02T12:00') }).catch((e: unknown) => e);
    expect(isAppError(again, 'conflict')).toBe(true);
  });

  it('a refused request changes nothing, and its refusal is kept with the note', async () => {
    const { record } = await issuedBirth();
    const request = await requestDeletion(db(), { userId: users['officer.hoankiem']!, values: deletion(record.id), evidence: judgment(), now: at('2026-12-02T09:00') }, { storage });
    await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: request.id, decision: 'refuse', note: 'Bản án chưa có hiệu lực pháp luật.' }, now: at('2026-12-02T10:00') });
    expect((await selectRecord(db(), record.id))!.status).toBe('official');
    expect(await selectAdjustmentsOfRecords(db(), [record.id])).toEqual([]);
    const review = await changeRequestForReview(db(), { userId: users['dbadmin.moj']!, requestId: request.id, now: at('2026-12-02T10:30') });
    expect(review.request).toMatchObject({ status: 'refused', reviewNote: 'Bản án chưa có hiệu lực pháp luật.' });
  });

  describe('authorization', () => {
    it('only dbadmin.moj decides: an officer, a signer and a provincial supervisor find nothing', async () => {
      const { record } = await issuedBirth();
      const request = await requestDeletion(db(), { userId: users['officer.hoankiem']!, values: deletion(record.id), evidence: judgment(), now: at('2026-12-02T09:00') }, { storage });
      for (const u of ['officer.hoankiem', 'leader.hoankiem', 'supervisor.hanoi']) {
        const refused = await decideChangeRequest(db(), { userId: users[u]!, values: { requestId: request.id, decision: 'approve', note: 'ok' }, now: at('2026-12-02T10:00') }).catch((e: unknown) => e);
        expect(isAppError(refused, 'notFound'), u).toBe(true);
        expect(isAppError(await pendingChangeRequests(db(), users[u]!).catch((e: unknown) => e), 'notFound'), u).toBe(true);
      }
      expect((await selectRecord(db(), record.id))!.status).toBe('official');
    });

    it("Art. 13(1): an officer of another registry cannot request the deletion of this registry's entry, nor see its evidence", async () => {
      const { record } = await issuedBirth();
      const refused = await requestDeletion(db(), { userId: users['officer.saigon']!, values: deletion(record.id), evidence: judgment(), now: at('2026-12-02T09:00') }, { storage }).catch((e: unknown) => e);
      expect(isAppError(refused, 'notFound')).toBe(true);
      const mine = await requestDeletion(db(), { userId: users['officer.hoankiem']!, values: deletion(record.id), evidence: judgment(), now: at('2026-12-02T09:00') }, { storage });
      expect(isAppError(await evidenceOf(db(), { userId: users['officer.saigon']!, requestId: mine.id }, { storage }).catch((e: unknown) => e), 'notFound')).toBe(true);
    });

    it('Art. 13(2): a request without the judgment, reasons or grounds is refused, and a second open one is a conflict', async () => {
      const { record } = await issuedBirth();
      const noFile = await requestDeletion(db(), { userId: users['officer.hoankiem']!, values: deletion(record.id), evidence: null, now: at('2026-12-02T09:00') }, { storage }).catch((e: unknown) => e);
      expect(isAppError(noFile, 'invalidInput') && noFile.details?.fieldErrors).toEqual({ evidence: ['changes.errors.evidence'] });
      const noReason = await requestDeletion(db(), { userId: users['officer.hoankiem']!, values: { ...deletion(record.id), reasons: '' }, evidence: judgment(), now: at('2026-12-02T09:00') }, { storage }).catch((e: unknown) => e);
      expect(isAppError(noReason, 'invalidInput')).toBe(true);
      await requestDeletion(db(), { userId: users['officer.hoankiem']!, values: deletion(record.id), evidence: judgment(), now: at('2026-12-02T09:00') }, { storage });
      const twice = await requestDeletion(db(), { userId: users['officer.hoankiem']!, values: deletion(record.id), evidence: judgment(), now: at('2026-12-02T09:01') }, { storage }).catch((e: unknown) => e);
      expect(isAppError(twice, 'conflict')).toBe(true);
    });
  });

  describe('the database enforces it', () => {
    it('Art. 4(2): UPDATE, DELETE and TRUNCATE of the application event log, the adjustment log and the record-view log fail', async () => {
      const { record } = await issuedBirth();
      const request = await requestDeletion(db(), { userId: users['officer.hoankiem']!, values: deletion(record.id), evidence: judgment(), now: at('2026-12-02T09:00') }, { storage });
      await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: request.id, decision: 'approve', note: 'ok' }, now: at('2026-12-02T10:00') });
      for (const table of ['application_events', 'register_adjustments', 'record_views']) {
        expect(await refusal(db().execute(sql.raw(`UPDATE "${table}" SET "at" = "at"`))), table).toMatch(/append-only/);
        expect(await refusal(db().execute(sql.raw(`DELETE FROM "${table}"`))), table).toMatch(/append-only/);
        expect(await refusal(db().execute(sql.raw(`TRUNCATE "${table}" CASCADE`))), table).toMatch(/append-only/);
      }
      expect(await refusal(db().execute(sql`UPDATE register_change_requests SET reasons = 'khác' WHERE id = ${request.id}`))).toMatch(/decided once/);
      expect(await refusal(db().execute(sql`DELETE FROM register_change_requests WHERE id = ${request.id}`))).toMatch(/decided once/);
    });

    it('Art. 4(1), 12(1): a registered entry cannot change without its adjustment logged in the same transaction, whatever the path', async () => {
      const { record } = await issuedBirth();
      const changed = record.content.map((r, i) => (i === 0 ? { ...r, value: `${r.value} (sửa tay)` } : r));
      expect(await refusal(setRecordContent(db(), record.id, changed))).toMatch(/adjustment logged/);
      expect(await refusal(db().execute(sql`UPDATE record_persons SET full_name = 'Ai Đó' WHERE record_id = ${record.id}`))).toMatch(/adjustment logged/);
      expect(await refusal(db().execute(sql`UPDATE civil_status_records SET status = 'deleted' WHERE id = ${record.id}`))).toMatch(/adjustment logged/);
      expect(await refusal(db().execute(sql`DELETE FROM civil_status_records WHERE id = ${record.id}`))).toMatch(/append-only/);
      expect((await selectRecord(db(), record.id))!.content).toEqual(record.content);

      // An adjustment without its five elements is refused.
      const base = { recordId: record.id, path: 'discrepancy', legalBasis: 'Điều 12', decisionMaker: 'A', implementer: 'B', at: new Date(), changes: [{ field: 'x', old: '1', new: '2' }] };
      for (const missing of ['legalBasis', 'decisionMaker', 'implementer'] as const) await expect(insertAdjustment(db(), { ...base, [missing]: ' ' }), missing).rejects.toThrow();
      await expect(insertAdjustment(db(), { ...base, changes: [] })).rejects.toThrow();

      // Beside its log row, in one transaction, the same change goes through.
      await db().transaction(async (tx) => {
        await insertAdjustment(tx, base);
        await setRecordContent(tx, record.id, changed);
      });
      expect((await selectRecord(db(), record.id))!.content).toEqual(changed);
    });
  });

  it('Art. 9(2)(b)–(c): the signed status list verifies with the published keys and reflects each change', async () => {
    const { record, document } = await issuedBirth();
    const verified = await verifyDocumentToken(db(), document.token);
    expect(verified.ok && verified.payload.statusIndex).toBe(document.statusIndex);
    const jwks = await documentJwks(db());
    const read = async (now: Date) => {
      const list = await readStatusList(jwks, await signedStatusList(db(), { uri: 'https://hotich.example.vn/api/status-list', now }), now);
      if (!list.ok) throw new Error(list.reason);
      return list.statusOf(document.statusIndex);
    };
    expect(await read(at('2026-12-02T08:00'))).toBe('valid');
    const request = await requestDeletion(db(), { userId: users['officer.hoankiem']!, values: deletion(record.id), evidence: judgment(), now: at('2026-12-02T09:00') }, { storage });
    await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: request.id, decision: 'approve', note: 'ok' }, now: at('2026-12-02T10:00') });
    expect(await read(at('2026-12-02T11:00'))).toBe('deleted');

    // A list altered on the way, or too old, is not believed.
    const jwt = await signedStatusList(db(), { uri: 'u', now: at('2026-12-02T11:00') });
    const [h, p, s] = jwt.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), iat: 1 })).toString('base64url')}.${s}`;
    expect(await readStatusList(jwks, forged, at('2026-12-02T11:00'))).toEqual({ ok: false, reason: 'badSignature' });
    expect(await readStatusList(jwks, jwt, at('2026-12-03T11:00'))).toEqual({ ok: false, reason: 'expired' });
  });
  it('Art. 9(2)(b)–(c): the status list is read a batch at a time, and says for every document what the verify page says', async () => {
    const first = await issuedBirth();
    const second = await issuedBirth();
    const request = await requestDeletion(db(), { userId: users['officer.hoankiem']!, values: deletion(first.record.id), evidence: judgment(), now: at('2026-12-02T09:00') }, { storage });
    await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: request.id, decision: 'approve', note: 'ok' }, now: at('2026-12-02T10:00') });
    const now = at('2026-12-02T11:00');
    const whole = await currentStatuses(db(), now);
    // Batches of 1 and 2 (each query names at most that many ids) give the same list as one batch.
    expect(await currentStatuses(db(), now, { batchSize: 1 })).toEqual(whole);
    expect(await currentStatuses(db(), now, { batchSize: 2 })).toEqual(whole);
    const documents = await selectDocumentsAfterIndex(db(), -1, 10_000);
    expect(whole.size).toBe(documents.length);
    for (const d of documents) {
      const live = await documentForVerification(db(), d.token, now);
      expect(live.ok && STATUS_VALUES[live.status], d.id).toBe(whole.get(d.statusIndex));
    }
    expect(whole.get(first.document.statusIndex)).toBe(STATUS_VALUES.deleted);
    expect(whole.get(second.document.statusIndex)).toBe(STATUS_VALUES.valid);
  });

  it('Art. 13(3): a discrepancy cannot correct an entry deleted since it was filed: a conflict with its own message, the request still open to refuse', async () => {
    const { record } = await issuedBirth();
    const field = record.content[0]!;
    const report = { recordId: record.id, reasons: 'Sai khi số hóa.', grounds: 'Hồ sơ HT-2026-0002', items: [{ field: field.label, requested: `${field.value} (đúng)` }] };
    const discrepancy = await reportDiscrepancy(db(), { userId: users['officer.hoankiem']!, values: report, evidence: judgment(), now: at('2026-12-02T09:00') }, { storage });
    const removal = await requestDeletion(db(), { userId: users['officer.hoankiem']!, values: deletion(record.id), evidence: judgment(), now: at('2026-12-02T09:05') }, { storage });
    await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: removal.id, decision: 'approve', note: 'Bản án có hiệu lực.' }, now: at('2026-12-02T10:00') });

    const refused = await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: discrepancy.id, decision: 'approve', note: 'Đúng hồ sơ.' }, now: at('2026-12-02T10:30') }).catch((e: unknown) => e);
    expect(isAppError(refused, 'conflict')).toBe(true);
    const described = describeError(refused as never);
    expect(described).toMatchObject({ status: 409, reason: 'entryDeleted', message: 'errors.reasons.entryDeleted' });
    for (const locale of ['vi', 'en']) expect(messageIn(locale, described.message), locale).toEqual(expect.any(String));
    expect((await selectRecord(db(), record.id))!).toMatchObject({ status: 'deleted', content: record.content });
    expect((await selectAdjustmentsOfRecords(db(), [record.id])).map((a) => a.path)).toEqual(['deletion']);
    // Nothing was decided: the manager can still refuse it.
    expect((await changeRequestForReview(db(), { userId: users['dbadmin.moj']!, requestId: discrepancy.id, now: at('2026-12-02T10:40') })).request.status).toBe('pending');
    expect(await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: discrepancy.id, decision: 'refuse', note: 'Mục đăng ký đã bị xóa.' }, now: at('2026-12-02T10:45') })).toEqual({ status: 'refused' });
  });

  it('Art. 12(2): a discrepancy whose items the entry no longer has is a conflict with its message, not a database error', async () => {
    const { record } = await issuedBirth();
    const field = record.content[0]!;
    const report = { recordId: record.id, reasons: 'Sai khi số hóa.', grounds: 'Hồ sơ HT-2026-0003', items: [{ field: field.label, requested: `${field.value} (đúng)` }] };
    const request = await reportDiscrepancy(db(), { userId: users['officer.hoankiem']!, values: report, evidence: judgment(), now: at('2026-12-02T09:00') }, { storage });
    // Meanwhile the entry's printed rows changed (through the log) and that row is gone.
    await db().transaction(async (tx) => {
      await insertAdjustment(tx, { recordId: record.id, path: 'amendment', legalBasis: 'Điều 12', decisionMaker: 'A', implementer: 'B', at: at('2026-12-02T09:30'), changes: [{ field: field.label, old: field.value, new: null }] });
      await setRecordContent(tx, record.id, record.content.slice(1));
    });
    const refused = await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: request.id, decision: 'approve', note: 'Đúng hồ sơ.' }, now: at('2026-12-02T10:00') }).catch((e: unknown) => e);
    expect(isAppError(refused, 'conflict')).toBe(true);
    expect(describeError(refused as never)).toMatchObject({ reason: 'nothingToCorrect', message: 'errors.reasons.nothingToCorrect' });
    for (const locale of ['vi', 'en']) expect(messageIn(locale, 'errors.reasons.nothingToCorrect'), locale).toEqual(expect.any(String));
    expect((await selectAdjustmentsOfRecords(db(), [record.id])).map((a) => a.path)).toEqual(['amendment']);
  });

  it('Law Art. 34(2), Circular Art. 13(3): deleting a death entry unlocks the deceased\'s e-record, and restoring it locks it again', async () => {
    const HOA = '036158000777';
    const DUC = '036055000888';
    const officer = await staff(db(), 'officer.namdinh');
    const now = at('2026-11-23T09:00');
    const app = await startApplication(db(), { personalId: HOA, organisationCode: null, procedureCode: 'deathRegistration', startKey: randomUUID(), now });
    for (const [step, values] of [
      ['applicant', { relationship: 'spouse', phone: '0903111222', email: '' }],
      ['deceased', { personalId: DUC }],
      ['registry', { registryCode: officer.registryCode }],
      ['death', { dateOfDeath: '2026-11-18', timeOfDeath: '14:30', placeOfDeathKind: 'residence', placeOfDeath: 'x', cause: 'x', noticeIssuedBy: 'commune', noticeNumber: 'GBT-36-2026-000731', noticeDate: '2026-11-19' }],
      ['bundle', { residenceDeletion: false, funeralAllowance: false, survivorAllowance: false, recipientPersonalId: '', bankAccount: '', bank: '' }],
    ] as const) {
      const saved = await saveStep(db(), { applicationId: app.id, personalId: HOA, organisationCode: null, step, values, now });
      if (!saved.ok) throw new Error(`${step}: ${JSON.stringify(saved.fieldErrors)}`);
    }
    const submitted = await submitApplication(db(), { applicationId: app.id, personalId: HOA, organisationCode: null, declaration: { agreed: true }, now });
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.problems));
    await acceptApplication(db(), { applicationId: app.id, officer, now });
    await returnDraft(db(), { applicationId: app.id, officer, now });
    await confirmDraft(db(), { applicationId: app.id, personalId: HOA, organisationCode: null, now });
    await registerApplication(db(), { applicationId: app.id, officer, now: at('2026-11-23T11:00') });
    const death = (await recordsOfPerson(db(), DUC)).find((r) => r.eventType === 'death')!;
    expect(await personRecordOf(db(), DUC)).toMatchObject({ lockedByApplicationId: app.id });

    const removal = await requestDeletion(db(), { userId: users['officer.namdinh']!, values: deletion(death.id), evidence: judgment(), now: at('2026-12-02T09:00') }, { storage });
    await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: removal.id, decision: 'approve', note: 'Bản án tuyên người này còn sống.' }, now: at('2026-12-02T10:00') });
    expect((await selectRecord(db(), death.id))!.status).toBe('deleted');
    expect(await isRecordLocked(db(), DUC)).toBe(false);
    expect(await personRecordOf(db(), DUC)).toMatchObject({ lockedAt: null, lockedByApplicationId: null });

    const restore = await requestRestore(db(), { userId: users['officer.namdinh']!, values: { ...deletion(death.id), grounds: 'Bản án phúc thẩm số 31/2026' }, evidence: judgment(), now: at('2026-12-21T09:00') }, { storage });
    await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: restore.id, decision: 'approve', note: 'Bản án phúc thẩm có hiệu lực.' }, now: at('2026-12-21T10:00') });
    expect((await selectRecord(db(), death.id))!.status).toBe('official');
    expect(await personRecordOf(db(), DUC)).toMatchObject({ lockedAt: at('2026-12-21T10:00'), lockedByApplicationId: app.id });
  });

  it('an evidence refusal carries the values of its message, so the form shows the text and not its id', async () => {
    const { record } = await issuedBirth();
    const small = await jpeg(300, 400);
    const refused = await requestDeletion(db(), { userId: users['officer.hoankiem']!, values: deletion(record.id), evidence: { bytes: small, name: 'anh-nho.jpg' }, now: at('2026-12-02T09:00') }, { storage }).catch((e: unknown) => e);
    expect(isAppError(refused, 'invalidInput')).toBe(true);
    const details = (refused as { details: { fieldErrors: Record<string, string[]>; messageValues: Record<string, Record<string, string | number>> } }).details;
    expect(details.fieldErrors).toEqual({ evidence: ['upload.refused.tooSmall'] });
    const vi = translate('vi', details.fieldErrors.evidence![0]!, details.messageValues.evidence);
    expect(vi).toContain('(300 × 400 điểm ảnh)');
    expect(vi).toContain('tối thiểu 900 × 1.200 điểm ảnh');
    expect(translate('en', details.fieldErrors.evidence![0]!, details.messageValues.evidence)).toContain('at least 900 × 1,200 pixels');
  });

  it('the forms\' rules speak in message ids: a missing decision, an empty item and a missing note each have a message in every language', async () => {
    const { record } = await issuedBirth();
    const request = await requestDeletion(db(), { userId: users['officer.hoankiem']!, values: deletion(record.id), evidence: judgment(), now: at('2026-12-02T09:00') }, { storage });
    const decided = await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: request.id, decision: 'maybe', note: '' }, now: at('2026-12-02T10:00') }).catch((e: unknown) => e);
    const undecided = await decideChangeRequest(db(), { userId: users['dbadmin.moj']!, values: { requestId: request.id, note: 'x' }, now: at('2026-12-02T10:00') }).catch((e: unknown) => e);
    const item = await reportDiscrepancy(db(), { userId: users['officer.hoankiem']!, values: { recordId: record.id, reasons: 'x', grounds: 'y', items: [{ field: '', requested: 'x'.repeat(501) }] }, evidence: judgment(), now: at('2026-12-02T09:00') }, { storage }).catch((e: unknown) => e);
    const noItems = await reportDiscrepancy(db(), { userId: users['officer.hoankiem']!, values: { recordId: record.id, reasons: 'x', grounds: 'y' }, evidence: judgment(), now: at('2026-12-02T09:00') }, { storage }).catch((e: unknown) => e);
    const fieldErrors = (e: unknown) => (isAppError(e, 'invalidInput') ? (e.details?.fieldErrors as Record<string, string[]>) : null);
    expect(fieldErrors(decided)).toEqual({ decision: ['changes.errors.decision'], note: ['validation.required'] });
    expect(fieldErrors(undecided)).toEqual({ decision: ['changes.errors.decision'] });
    expect(fieldErrors(item)).toEqual({ 'items.0.field': ['changes.errors.noItem'], 'items.0.requested': ['validation.tooLong'] });
    expect(fieldErrors(noItems)).toEqual({ items: ['changes.errors.noItem'] });
    for (const errors of [decided, undecided, item, noItems].map(fieldErrors)) {
      for (const id of Object.values(errors!).flat()) for (const locale of ['vi', 'en']) expect(messageIn(locale, id), `${locale}: ${id}`).toEqual(expect.any(String));
    }
  });
});
