import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { selectApplication, selectEvents } from '@/db/queries/applications';
import { selectDocumentsOfApplication } from '@/db/queries/documents';
import { selectOfficeUserByUsername } from '@/db/queries/office-users';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { acceptApplication } from '@/lib/applications/accept-application';
import { uploadAttachment } from '@/lib/applications/attachments';
import { confirmDraft } from '@/lib/applications/confirm-draft';
import { registerApplication } from '@/lib/applications/register-application';
import { returnDraft } from '@/lib/applications/return-draft';
import { saveStep } from '@/lib/applications/save-step';
import { insertAdjustment, setRecordStatus } from '@/db/queries/register-changes';
import { signAndIssue } from '@/lib/applications/sign-and-issue';
import { startApplication } from '@/lib/applications/start-application';
import { submitApplication } from '@/lib/applications/submit-application';
import { at, staff } from '@/lib/applications/test-fixtures';
import { startVerification } from '@/lib/applications/verification';
import { approveLegacyEntry, findEntries } from '@/lib/civil-status/register';
import { mockAdapters, runJobs } from '@/lib/jobs';
import { createMemoryStorage } from '@/lib/uploads/storage';
import { jpeg } from '@/lib/uploads/test-fixtures';
import type { ConfirmationLetterContent } from '@/lib/documents/confirmation-letter-pdf';

const QUY = '034063000456';
const LAN = '001195012345';
const storage = createMemoryStorage();

describeEachDatabase('confirmation of civil-status information (Art. 8(1))', (db) => {
  const HOAN_KIEM = '00070';
  beforeAll(async () => {
    await seedPersonas(db());
    // Quý's two digitised entries count once their provinces' Departments of Justice approve them (Art. 10(3)).
    const now = at('2026-12-01T09:00');
    for (const [username, registryCode, entryNumber, registeredOn] of [['supervisor.hungyen', '12466', '18', '1963-03-01'], ['supervisor.hanoi', '00082', '7', '1988-12-02']] as const) {
      const [entry] = await findEntries(db(), { by: 'entry', registryCode, entryNumber, registeredOn }, { officialOnly: false, scope: { all: true } });
      await approveLegacyEntry(db(), { userId: (await selectOfficeUserByUsername(db(), username))!.id, recordId: entry!.id, now });
    }
  });

  async function request(personalId: string, request: Record<string, unknown>, now: Date, extra: [string, unknown][] = []) {
    const app = await startApplication(db(), { personalId, organisationCode: null, procedureCode: 'civilStatusConfirmation', startKey: randomUUID(), now });
    const save = (step: string, values: unknown) => saveStep(db(), { applicationId: app.id, personalId, organisationCode: null, step, values, now });
    for (const [step, values] of [
      ['applicant', { relationship: 'self', subjectPersonalId: '', phone: '0912000111', email: '' }],
      ['registry', { registryCode: HOAN_KIEM }],
      ['request', { events: 'all', purpose: 'Bổ sung hồ sơ hưởng lương hưu', agencyRequest: false, ...request }],
      ...extra,
    ] as [string, unknown][]) {
      const saved = await save(step, values);
      if (!saved.ok) return { id: app.id, problems: saved.fieldErrors };
    }
    return { id: app.id, problems: null };
  }

  /** Hoàn Kiếm accepts Quý's request, he confirms the draft, it is registered and signed: the letter's content. */
  async function issuedLetter(id: string, now: Date): Promise<ConfirmationLetterContent> {
    const officer = await staff(db(), 'officer.hoankiem');
    await acceptApplication(db(), { applicationId: id, officer, now });
    await returnDraft(db(), { applicationId: id, officer, now });
    await confirmDraft(db(), { applicationId: id, personalId: QUY, organisationCode: null, now });
    await registerApplication(db(), { applicationId: id, officer, now });
    await signAndIssue(db(), { applicationId: id, signer: await staff(db(), 'leader.hoankiem'), now, baseUrl: 'https://hotich.example.vn', storage });
    return (await selectDocumentsOfApplication(db(), id))[0]!.content as ConfirmationLetterContent;
  }

  it('Art. 8(1)(a): a changed event with nothing changed is sent to a copy, unless a competent agency asked', async () => {
    const now = at('2026-12-02T09:00');
    const plain = await request(QUY, { kind: 'changedEvent' }, now);
    expect(plain.problems).toEqual({ kind: ['confirm.refusals.noChange'] });
    const asked = await request(QUY, { kind: 'changedEvent', agencyRequest: true }, now);
    expect(asked.problems).toBeNull();
  });

  it('Art. 8(1)(c), 8(1)(d), 8(1)(dd), 8(4): Quý\'s two names are confirmed as one person after the police verify him; the letter lists both papers', async () => {
    const now = at('2026-12-02T09:00');
    // The inconsistency page suggests what the database itself sees between his two entries.
    const { id } = await request(QUY, { kind: 'inconsistentInformation' }, now);
    const detected = await saveStep(db(), { applicationId: id, personalId: QUY, organisationCode: null, step: 'inconsistencies', values: {
      item1Information: 'Họ, chữ đệm, tên', item1FirstValue: 'Trần Văn Quý', item1FirstDocument: 'Giấy khai sinh số 18, quyển 01/1963, UBND xã Vũ Phúc (Thái Bình, before 2025), đăng ký ngày 01/03/1963',
      item1SecondValue: 'Trần Mạnh Quý', item1SecondDocument: 'Giấy chứng nhận kết hôn số 7, quyển 01/1988, UBND phường Hàng Bài (before 2025; now Phường Hoàn Kiếm), đăng ký ngày 02/12/1988',
      item2Information: '', item2FirstValue: '', item2FirstDocument: '', item2SecondValue: '', item2SecondDocument: '',
    }, now });
    expect(detected.ok).toBe(true);
    // Proof is required for inconsistent information (Art. 8(1)(d)).
    const early = await submitApplication(db(), { applicationId: id, personalId: QUY, organisationCode: null, declaration: { agreed: true }, now });
    expect(early).toMatchObject({ ok: false, problems: [{ step: 'documents', field: 'proofs', message: 'validation.attachmentRequired' }] });
    await uploadAttachment(db(), storage, { applicationId: id, personalId: QUY, organisationCode: null, kind: 'proofs', bytes: await jpeg(1500, 2000), originalName: 'giay-khai-sinh.jpg', now });
    const submitted = await submitApplication(db(), { applicationId: id, personalId: QUY, organisationCode: null, declaration: { agreed: true }, now });
    expect(submitted).toMatchObject({ ok: true, status: 'submitted' });

    const officer = await staff(db(), 'officer.hoankiem');
    await acceptApplication(db(), { applicationId: id, officer, now });
    await startVerification(db(), { applicationId: id, officer, reason: 'Đề nghị xác minh nhân thân ông Trần Văn Quý.', agencies: ['police'], now });
    expect((await selectApplication(db(), id, { system: true }))?.status).toBe('verificationPending');
    // The police answer through the outbox: confirmed, the review goes on.
    await runJobs(db(), { now: at('2026-12-02T09:05'), adapters: mockAdapters(db(), () => at('2026-12-02T09:05')) });
    expect((await selectApplication(db(), id, { system: true }))?.status).toBe('inReview');
    expect((await selectEvents(db(), id)).at(-1)).toMatchObject({ action: 'answerVerification', actorKind: 'system', payload: { agency: 'police', result: 'confirmed' } });

    await returnDraft(db(), { applicationId: id, officer, now });
    await confirmDraft(db(), { applicationId: id, personalId: QUY, organisationCode: null, now });
    const facts = await registerApplication(db(), { applicationId: id, officer, now: at('2026-12-02T10:00') });
    expect(facts).toMatchObject({ entryNumber: '1', book: 'XNTTHT/2026', registrationType: 'letter', subjectPersonalId: QUY });
    const signer = await staff(db(), 'leader.hoankiem');
    await signAndIssue(db(), { applicationId: id, signer, now: at('2026-12-02T10:30'), baseUrl: 'https://hotich.example.vn', storage });
    const [letter] = await selectDocumentsOfApplication(db(), id);
    const content = letter!.content as ConfirmationLetterContent;
    expect(letter).toMatchObject({ kind: 'confirmationLetter', holderPersonalId: QUY });
    expect(content.sections.map((s) => [s.heading, ...s.lines])).toEqual([
      ['Họ, chữ đệm, tên', expect.stringContaining('“Trần Văn Quý” trong Giấy khai sinh số 18'), expect.stringContaining('“Trần Mạnh Quý” trong Giấy chứng nhận kết hôn số 7')],
    ]);
    expect(content.conclusion).toContain('cùng ghi về một người: Trần Văn Quý, sinh ngày 11/02/1963');
  });

  it('Art. 8(1)(b), 8(1)(dd): the registered events are listed with their registration, and no change after them', async () => {
    const now = at('2026-12-02T11:00');
    const { id } = await request(QUY, { kind: 'registeredEvents', events: 'all' }, now);
    const submitted = await submitApplication(db(), { applicationId: id, personalId: QUY, organisationCode: null, declaration: { agreed: true }, now });
    expect(submitted).toMatchObject({ ok: true });
    const content = await issuedLetter(id, now);
    expect(content.sections.map((s) => s.heading)).toEqual([expect.stringMatching(/^Giấy khai sinh số 18, quyển 01\/1963/), expect.stringMatching(/^Giấy chứng nhận kết hôn số 7, quyển 01\/1988/)]);
    expect(content.sections[0]!.lines).toContain('Họ, chữ đệm và tên của trẻ: TRẦN VĂN QUÝ');
    expect(content.conclusion).toContain('không có thay đổi, cải chính nào');
  });

  it('Art. 8(1)(d): an empty answer of the police refuses the confirmation, with the answer as the reason', async () => {
    const now = at('2026-12-02T13:00');
    const { id } = await request(QUY, { kind: 'registeredEvents', events: 'birth' }, now);
    await submitApplication(db(), { applicationId: id, personalId: QUY, organisationCode: null, declaration: { agreed: true }, now });
    const officer = await staff(db(), 'officer.hoankiem');
    await acceptApplication(db(), { applicationId: id, officer, now });
    await startVerification(db(), { applicationId: id, officer, reason: 'Xác minh nhân thân.', agencies: ['police'], now });
    const adapters = { ...mockAdapters(db(), () => now), police: { verifyIdentity: async () => ({ result: 'noData' as const, reference: 'CA-000000001', details: 'Không có thông tin về người này.' }) } };
    await runJobs(db(), { now: at('2026-12-02T13:05'), adapters });
    const refused = await selectApplication(db(), id, { system: true });
    expect(refused?.status).toBe('rejected');
    expect((await selectEvents(db(), id)).at(-1)).toMatchObject({ action: 'refuse', actorKind: 'system', legalBasis: 'Circular 01/2022 Art. 8(1)(d)', reason: expect.stringContaining('không có thông tin') });
  });

  it('Art. 8(3): a citizen cannot ask about an unrelated person without an authorisation, nor as their parent', async () => {
    const now = at('2026-12-02T14:00');
    const app = await startApplication(db(), { personalId: LAN, organisationCode: null, procedureCode: 'civilStatusConfirmation', startKey: randomUUID(), now });
    const saved = await saveStep(db(), { applicationId: app.id, personalId: LAN, organisationCode: null, step: 'applicant', values: { relationship: 'parentOfMinor', subjectPersonalId: QUY, phone: '0912345678', email: '' }, now });
    expect(saved).toEqual({ ok: false, fieldErrors: { subjectPersonalId: ['requester.notMinorChild'] } });
  });
  it('Art. 13(3): a deleted entry stays in the e-record and the confirmation lists it, marked deleted', async () => {
    const now = at('2026-12-03T09:00');
    const [marriage] = await findEntries(db(), { by: 'entry', registryCode: '00082', entryNumber: '7', registeredOn: '1988-12-02' }, { officialOnly: false, scope: { all: true } });
    // The deletion path's own writes, as the ministry's approval makes them (lib/civil-status/changes.ts).
    await db().transaction(async (tx) => {
      await insertAdjustment(tx, { recordId: marriage!.id, path: 'deletion', legalBasis: 'Thông tư 01/2022/TT-BTP, Điều 13; Bản án số 5/2026', decisionMaker: 'Bùi Đức Thắng, Bộ Tư pháp', implementer: 'Nguyễn Thu Hà, UBND Phường Hoàn Kiếm', at: now, changes: [{ field: 'status', old: 'official', new: 'deleted' }] });
      await setRecordStatus(tx, marriage!.id, 'deleted');
    });
    const { id } = await request(QUY, { kind: 'registeredEvents', events: 'all' }, now);
    expect((await submitApplication(db(), { applicationId: id, personalId: QUY, organisationCode: null, declaration: { agreed: true }, now })).ok).toBe(true);
    const content = await issuedLetter(id, now);
    expect(content.sections.map((s) => s.heading)).toEqual([expect.stringMatching(/^Giấy khai sinh số 18/), expect.stringMatching(/^Giấy chứng nhận kết hôn số 7, .*\(đã bị xóa, không còn giá trị pháp lý, theo Điều 13/)]);
  });
});
