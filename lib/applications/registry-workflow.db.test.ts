import { beforeAll, expect, it } from 'vitest';
import { selectApplication, selectEvents } from '@/db/queries/applications';
import { selectDocument } from '@/db/queries/documents';
import { selectOutboxByKeyPrefix } from '@/db/queries/outbox';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { recordsOfPerson } from '@/lib/civil-status/records';
import { verifyDocumentToken } from '@/lib/documents/document-token';
import { mockAdapters, runJobs } from '@/lib/jobs';
import { selectReceiptsOfApplication } from '@/db/queries/integration-receipts';
import { population } from '@/lib/population';
import { createMemoryStorage } from '@/lib/uploads/storage';
import { acceptApplication } from './accept-application';
import { confirmDraft } from './confirm-draft';
import { documentForVerification, documentPdfForCitizen, documentsOfHolder } from './documents-of-citizen';
import { registerApplication as registerBirth } from './register-application';
import { registryQueue } from './registry-queue';
import { returnDraft } from './return-draft';
import { applicationForReview } from './review-application';
import { signAndIssue } from './sign-and-issue';
import { at, HOAN_KIEM, LAN, MINH, staff, submitBirthApplication } from './test-fixtures';
import { applicationTimeline, latestReturnedDraft } from './timeline';

describeEachDatabase('birth registration at the registry: from submission to an issued certificate', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  it('takes a submitted application to a signed certificate with a verifiable QR token', async () => {
    const officer = await staff(db(), 'officer.hoankiem');
    const signer = await staff(db(), 'leader.hoankiem');
    const storage = createMemoryStorage();
    const { id, dossierCode } = await submitBirthApplication(db(), { now: at('2026-11-23T10:05') });

    const queue = await registryQueue(db(), HOAN_KIEM, () => at('2026-11-23T10:10'));
    expect(queue.items.find((q) => q.id === id)).toMatchObject({ dossierCode, applicantName: 'Nguyễn Thị Lan', status: 'submitted', dueOn: '2026-11-23', due: 'today' });
    const review = await applicationForReview(db(), id, HOAN_KIEM);
    expect((review.ctx as { father?: { fullName: string } }).father?.fullName).toBe('Trần Văn Minh');
    expect(review.mismatches).toEqual([]);

    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:30') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-23T11:00') });
    const draft = await latestReturnedDraft(db(), id, { applicantPersonalId: LAN, organisationCode: null });
    expect(draft?.confirmationDeadline).toEqual(at('2026-11-24T17:00'));
    expect(draft?.draft).toMatchObject({ child: { fullName: 'Trần Minh Khôi', personalId: '', homeTown: 'TP Hà Nội' }, father: { fullName: 'Trần Văn Minh' }, entryNumber: '' });

    const confirmed = await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-11-23T14:00') });
    expect(confirmed).toMatchObject({ status: 'awaitingRegistration', confirmation: 'confirmed' });

    const registration = await registerBirth(db(), { applicationId: id, officer, now: at('2026-11-23T15:00') });
    expect(registration).toMatchObject({ book: '01/2026', registeredOn: '2026-11-23', registryName: 'Ủy ban nhân dân phường Hoàn Kiếm, thành phố Hà Nội' });
    const child = await population(db()).findPerson(registration.subjectPersonalId);
    expect(child).toMatchObject({
      fullName: 'Trần Minh Khôi', motherPersonalId: LAN, fatherPersonalId: MINH, relationshipToHead: 'Con',
      permanentResidence: { provinceCode: '01', communeCode: HOAN_KIEM, detail: '12 Hàng Bài' },
    });
    expect(child?.householdId).toBe((await population(db()).findPerson(MINH))?.householdId);
    expect(await recordsOfPerson(db(), registration.subjectPersonalId)).toMatchObject([{ eventType: 'birth', entryNumber: registration.entryNumber, book: '01/2026' }]);

    const documentId = (await signAndIssue(db(), { applicationId: id, signer, now: at('2026-11-23T16:00'), baseUrl: 'https://hotich.example.vn/', storage })).documentIds[0]!;
    expect(await selectApplication(db(), id, { system: true })).toMatchObject({ status: 'completed' });
    const doc = await selectDocument(db(), documentId);
    expect(doc).toMatchObject({ status: 'valid', version: 1, holderPersonalId: registration.subjectPersonalId, kind: 'birthCertificate' });
    expect(doc?.content).toMatchObject({
      entryNumber: registration.entryNumber, child: { personalId: registration.subjectPersonalId },
      signer: { fullName: 'Đặng Quốc Hùng', titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] },
    });
    expect(await verifyDocumentToken(db(), doc!.token)).toMatchObject({ ok: true, payload: { documentId, holderFullName: 'Trần Minh Khôi', entryNumber: registration.entryNumber, book: '01/2026', registryCode: HOAN_KIEM } });
    expect(await documentForVerification(db(), doc!.token, new Date())).toMatchObject({ ok: true, status: 'valid', registeredOn: '2026-11-23', preview: expect.arrayContaining([{ label: 'birth.fields.fullName', value: 'TRẦN MINH KHÔI', emphasis: true }]) });
    const pdf = await documentPdfForCitizen(db(), { documentId, personalId: LAN, organisationCode: null, storage });
    expect(Buffer.from(await new Response(pdf!.body).arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

    expect((await documentsOfHolder(db(), LAN, null, new Date())).map((d) => [d.id, d.ownDocument])).toContainEqual([documentId, false]);
    expect((await documentsOfHolder(db(), registration.subjectPersonalId, null, new Date())).map((d) => [d.id, d.ownDocument])).toEqual([[documentId, true]]);
    expect((await documentsOfHolder(db(), MINH, null, new Date())).map((d) => d.id)).not.toContain(documentId);

    const timeline = await applicationTimeline(db(), id, { applicantPersonalId: LAN, organisationCode: null });
    expect(timeline.map((e) => [e.action, e.actorKind])).toEqual([
      ['submit', 'citizen'], ['accept', 'officer'], ['returnDraft', 'officer'], ['confirm', 'citizen'],
      ['register', 'officer'], ['sign', 'signer'], ['issue', 'system'],
    ]);
    expect(timeline[4]?.payload).toMatchObject({ childPersonalId: registration.subjectPersonalId, subjectPersonalId: registration.subjectPersonalId });

    // Submitted, accepted, draft returned, confirmed, registered, issued, plus the household head's consent request: each by SMS and e-mail. Issuing queued both bundle requests, each carrying the issued certificate.
    const outbox = await selectOutboxByKeyPrefix(db(), `${id}:`);
    expect(outbox.filter((r) => r.topic === 'notification.sms')).toHaveLength(7);
    expect(outbox.filter((r) => r.topic === 'notification.email')).toHaveLength(7);
    const returned = outbox.find((r) => r.topic === 'notification.email' && JSON.stringify(r.payload).includes('dự thảo Giấy khai sinh'));
    expect((returned?.payload as { body: string }).body).toContain('trước 17:00 ngày 24/11/2026');
    expect(outbox.map((r) => r.topic)).toEqual(expect.arrayContaining(['residence.permanentRegistration', 'socialInsurance.healthCard']));
    const residence = outbox.find((r) => r.topic === 'residence.permanentRegistration');
    expect(residence?.payload).toMatchObject({ personalId: registration.subjectPersonalId, document: { id: documentId, kind: 'birthCertificate', token: doc!.token } });

    const counts = await runJobs(db(), { now: at('2026-11-23T16:01'), adapters: mockAdapters(db(), () => at('2026-11-23T16:01')) });
    expect(counts.delivered).toBeGreaterThanOrEqual(12);
    expect((await selectReceiptsOfApplication(db(), id)).map((r) => r.system).sort()).toEqual(['residence', 'socialInsurance']);
  });

  it('leaves a blank father and no bundle requests when the bundle is not chosen', async () => {
    const officer = await staff(db(), 'officer.hoankiem');
    const { id } = await submitBirthApplication(db(), { now: at('2026-11-24T09:00'), child: { givenName: 'An' }, bundle: { residence: false, healthInsurance: false } });
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-24T09:10') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-24T09:20') });
    await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-11-24T09:30') });
    const first = await registerBirth(db(), { applicationId: id, officer, now: at('2026-11-24T09:40') });
    expect(await population(db()).findPerson(first.subjectPersonalId)).toMatchObject({ permanentResidence: null, householdId: null });
    const outbox = await selectOutboxByKeyPrefix(db(), `${id}:`);
    expect(outbox.filter((r) => !r.topic.startsWith('notification.'))).toEqual([]);
    const events = await selectEvents(db(), id);
    expect(events.at(-1)).toMatchObject({ action: 'register', toStatus: 'awaitingSignature' });
  });
});
