import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { selectApplication, selectEvents } from '@/db/queries/applications';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { isAppError } from '@/lib/errors';
import { createMemoryStorage } from '@/lib/uploads/storage';
import { acceptApplication } from './accept-application';
import { confirmDraft } from './confirm-draft';
import { documentPdfForCitizen, documentsOfHolder } from './documents-of-citizen';
import { refuseApplication } from './refuse-application';
import { registerApplication as registerBirth } from './register-application';
import { registryQueue } from './registry-queue';
import { requestChanges } from './request-changes';
import { requestSupplement } from './request-supplement';
import { returnDraft } from './return-draft';
import { applicationForReview } from './review-application';
import { signAndIssue } from './sign-and-issue';
import { startApplication } from './start-application';
import { at, HOAN_KIEM, LAN, MINH, saigonSigner, staff, submitBirthApplication } from './test-fixtures';
import { applicationTimeline } from './timeline';

const notFound = (promise: Promise<unknown>) => promise.then(() => 'no error', (e: unknown) => (isAppError(e, 'notFound') ? 'notFound' : e));

describeEachDatabase('registry use cases refuse everyone but the application own registry and applicant', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  it("gives an officer and a signer of another registry 'not found' at every step, and changes nothing", async () => {
    const [officer, signer, saigon, saigonLeader] = [
      await staff(db(), 'officer.hoankiem'), await staff(db(), 'leader.hoankiem'), await staff(db(), 'officer.saigon'), await saigonSigner(db()),
    ];
    const storage = createMemoryStorage();
    const { id } = await submitBirthApplication(db(), { now: at('2026-11-23T10:00') });
    const now = at('2026-11-23T10:30');
    const unchanged = async (status: string) => {
      expect(await selectApplication(db(), id, { system: true })).toMatchObject({ status });
      return (await selectEvents(db(), id)).length;
    };

    const before = await unchanged('submitted');
    expect(await notFound(acceptApplication(db(), { applicationId: id, officer: saigon, now }))).toBe('notFound');
    expect(await notFound(requestSupplement(db(), { applicationId: id, officer: saigon, items: [{ step: 'child', note: 'Ảnh mờ' }], reason: 'Thiếu', now }))).toBe('notFound');
    expect(await notFound(refuseApplication(db(), { applicationId: id, staff: { ...saigon, role: 'officer' }, reason: 'Sai nơi', now }))).toBe('notFound');
    expect(await notFound(applicationForReview(db(), id, saigon.registryCode))).toBe('notFound');
    expect(await notFound(applicationTimeline(db(), id, { registryCode: saigon.registryCode }))).toBe('notFound');
    expect((await registryQueue(db(), saigon.registryCode, () => now)).items.map((q) => q.id)).not.toContain(id);
    expect(await unchanged('submitted')).toBe(before);

    await acceptApplication(db(), { applicationId: id, officer, now });
    expect(await notFound(returnDraft(db(), { applicationId: id, officer: saigon, now }))).toBe('notFound');
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-23T11:00') });
    expect(await notFound(confirmDraft(db(), { applicationId: id, personalId: MINH, organisationCode: null, now }))).toBe('notFound');
    expect(await notFound(requestChanges(db(), { applicationId: id, personalId: MINH, organisationCode: null, comment: 'Sửa tên', now }))).toBe('notFound');
    expect(await notFound(applicationTimeline(db(), id, { applicantPersonalId: MINH, organisationCode: null }))).toBe('notFound');
    await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-11-23T12:00') });

    const beforeRegister = await unchanged('awaitingRegistration');
    expect(await notFound(registerBirth(db(), { applicationId: id, officer: saigon, now }))).toBe('notFound');
    expect(await unchanged('awaitingRegistration')).toBe(beforeRegister);
    await registerBirth(db(), { applicationId: id, officer, now: at('2026-11-23T13:00') });

    const base = { applicationId: id, now: at('2026-11-23T14:00'), baseUrl: 'https://hotich.example.vn', storage };
    expect(await notFound(signAndIssue(db(), { ...base, signer: saigonLeader }))).toBe('notFound');
    // A session claiming another registry than the account's own is not trusted either.
    expect(await notFound(signAndIssue(db(), { ...base, signer: { userId: saigonLeader.userId, registryCode: HOAN_KIEM } }))).toBe('notFound');
    const byOfficer = await signAndIssue(db(), { ...base, signer: officer }).catch((e: unknown) => e);
    expect(isAppError(byOfficer, 'illegalTransition')).toBe(true);
    expect(await unchanged('awaitingSignature')).toBe(beforeRegister + 1);
    expect(storage.size).toBe(0);

    const documentId = (await signAndIssue(db(), { ...base, signer })).documentIds[0]!;
    expect(await documentPdfForCitizen(db(), { documentId, personalId: MINH, organisationCode: null, storage })).toBeNull();
    expect((await documentsOfHolder(db(), MINH, null, new Date())).map((d) => d.id)).not.toContain(documentId);
    expect(await documentPdfForCitizen(db(), { documentId, personalId: LAN, organisationCode: null, storage })).not.toBeNull();
  });

  it('hides a draft from its own registry until it is submitted', async () => {
    const officer = await staff(db(), 'officer.hoankiem');
    const draft = await startApplication(db(), { personalId: LAN, organisationCode: null, procedureCode: 'birthRegistration', startKey: randomUUID(), now: at('2026-11-23T09:00') });
    expect(await notFound(applicationForReview(db(), draft.id, HOAN_KIEM))).toBe('notFound');
    expect(await notFound(acceptApplication(db(), { applicationId: draft.id, officer, now: at('2026-11-23T09:05') }))).toBe('notFound');
    expect((await registryQueue(db(), HOAN_KIEM, () => at("2026-11-23T09:05"))).items.map((q) => q.id)).not.toContain(draft.id);
  });

  it("answers 'not found' for ids that are not ids", async () => {
    const officer = await staff(db(), 'officer.hoankiem');
    expect(await notFound(acceptApplication(db(), { applicationId: "1' or '1'='1", officer, now: new Date() }))).toBe('notFound');
    expect(await notFound(applicationTimeline(db(), randomUUID(), { applicantPersonalId: LAN, organisationCode: null }))).toBe('notFound');
  });
});
