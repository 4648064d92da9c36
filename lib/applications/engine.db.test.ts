import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectApplication, selectEvents } from '@/db/queries/applications';
import { selectDocument } from '@/db/queries/documents';
import { selectOutboxByKeyPrefix } from '@/db/queries/outbox';
import { insertReferenceRows } from '@/db/queries/reference';
import { registryProcedures } from '@/db/schema';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { recordsOfPerson } from '@/lib/civil-status/records';
import { documentForVerification } from '@/lib/applications/documents-of-citizen';
import { isAppError } from '@/lib/errors';
import { flagDelayedApplications } from '@/lib/jobs';
import { procedureOf, registerProcedure } from '@/lib/procedures';
import { createMemoryStorage } from '@/lib/uploads/storage';
import { acceptApplication } from './accept-application';
import { confirmDraft } from './confirm-draft';
import { cancelResult, completePickup } from './pickup';
import { registerApplication } from './register-application';
import { returnDraft } from './return-draft';
import { saveStep } from './save-step';
import { signAndIssue } from './sign-and-issue';
import { startApplication } from './start-application';
import { submitApplication } from './submit-application';
import { applicationTimeline } from './timeline';
import { at, HOAN_KIEM, LAN, staff } from './test-fixtures';
import { FAKE_CODE, FAKE_PROCEDURE } from './testing/fake-procedure';
import { answerVerification, startVerification } from './verification';
import { withdrawApplication } from './withdraw-application';

/*
 * The engine, tested with a procedure that exists only here: every generic use case runs it
 * through the registry, exactly as it runs birth and death.
 */

registerProcedure(FAKE_PROCEDURE);

describe('the procedure registry', () => {
  it('finds a procedure by its code only, and refuses an unknown one', () => {
    expect(procedureOf(FAKE_CODE)).toBe(FAKE_PROCEDURE);
    expect(procedureOf('birthRegistration').registration).toMatchObject({ kind: 'entry', eventType: 'birth' });
    expect(procedureOf('deathRegistration').document.kind).toBe('deathExtract');
    const err = (() => {
      try {
        return procedureOf('noSuchProcedure');
      } catch (e) {
        return e;
      }
    })();
    expect(isAppError(err, 'procedureUnavailable')).toBe(true);
  });

  it('parses stored answers with the schemas of their form version, dropping what does not parse', () => {
    const parsed = FAKE_PROCEDURE.parseAnswers({ subject: { note: '  ghi  chú  ' }, applicant: { phone: 'x' }, stray: 1 }, 1);
    expect(parsed).toEqual({ subject: { note: 'ghi chú' } });
    expect(() => FAKE_PROCEDURE.parseAnswers({}, 9)).toThrow('no form version 9');
  });
});

describeEachDatabase('the engine runs a procedure it knows only through the contract', (db) => {
  let officer: Awaited<ReturnType<typeof staff>>;
  let signer: Awaited<ReturnType<typeof staff>>;
  const storage = createMemoryStorage();

  beforeAll(async () => {
    await seedPersonas(db());
    await insertReferenceRows(db(), registryProcedures, [{ registryCode: HOAN_KIEM, procedureCode: FAKE_CODE, acceptsOnline: true }]);
    officer = await staff(db(), 'officer.hoankiem');
    signer = await staff(db(), 'leader.hoankiem');
  });

  async function submitted(note: string, now = at('2026-11-23T09:00')) {
    const app = await startApplication(db(), { personalId: LAN, organisationCode: null, procedureCode: FAKE_CODE, startKey: randomUUID(), now });
    for (const [step, values] of [['registry', { registryCode: HOAN_KIEM }], ['applicant', { phone: '0912345678', email: '' }], ['subject', { note }]] as const) {
      const saved = await saveStep(db(), { applicationId: app.id, personalId: LAN, organisationCode: null, step, values, now });
      if (!saved.ok) throw new Error(JSON.stringify(saved.fieldErrors));
    }
    const result = await submitApplication(db(), { applicationId: app.id, personalId: LAN, organisationCode: null, declaration: { agreed: true }, now });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return { id: app.id, ...result };
  }

  it("blocks a page on the procedure's cross-check and refuses a page the form does not have", async () => {
    const app = await startApplication(db(), { personalId: LAN, organisationCode: null, procedureCode: FAKE_CODE, startKey: randomUUID(), now: at('2026-11-23T09:00') });
    expect(await saveStep(db(), { applicationId: app.id, personalId: LAN, organisationCode: null, step: 'subject', values: { note: 'forbidden' }, now: at('2026-11-23T09:01') })).toEqual({ ok: false, fieldErrors: { note: ['validation.required'] } });
    const err = await saveStep(db(), { applicationId: app.id, personalId: LAN, organisationCode: null, step: 'child', values: {}, now: at('2026-11-23T09:01') }).catch((e: unknown) => e);
    expect(isAppError(err, 'notFound')).toBe(true);
    const early = await submitApplication(db(), { applicationId: app.id, personalId: LAN, organisationCode: null, declaration: { agreed: true }, now: at('2026-11-23T09:02') });
    expect(early.ok ? [] : early.problems.map((p) => p.step)).toEqual(['registry', 'applicant', 'subject']);
  });

  it('asks for the attachment the procedure requires before submission', async () => {
    const app = await startApplication(db(), { personalId: LAN, organisationCode: null, procedureCode: FAKE_CODE, startKey: randomUUID(), now: at('2026-11-23T09:00') });
    for (const [step, values] of [['registry', { registryCode: HOAN_KIEM }], ['applicant', { phone: '0912345678', email: '' }], ['subject', { note: 'with proof' }]] as const) {
      await saveStep(db(), { applicationId: app.id, personalId: LAN, organisationCode: null, step, values, now: at('2026-11-23T09:00') });
    }
    const result = await submitApplication(db(), { applicationId: app.id, personalId: LAN, organisationCode: null, declaration: { agreed: true }, now: at('2026-11-23T09:05') });
    expect(result).toEqual({ ok: false, problems: [{ step: 'documents', field: 'proof', message: 'validation.attachmentRequired' }] });
  });

  it('Art. 6(3), 6(5)(b): runs verification, the draft check, registration, signing, pickup and a cancelled result', async () => {
    const { id, dueOn } = await submitted('cần kiểm tra');
    // Received Monday 23 Nov 2026 at 09:00, two working days: Wednesday.
    expect(dueOn).toBe('2026-11-25');
    expect((await selectApplication(db(), id, { system: true }))?.subjectName).toBe('Nguyễn Thị Lan: cần kiểm tra');

    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:00') });
    // A verification adds the procedure's 3 working days to the due date.
    const verifying = await startVerification(db(), { applicationId: id, officer, reason: 'Hỏi UBND nơi cư trú trước đây', now: at('2026-11-23T10:30') });
    expect(verifying).toMatchObject({ status: 'verificationPending', dueOn: '2026-11-30' });
    const sneaky = await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-23T10:40') }).catch((e: unknown) => e);
    expect(isAppError(sneaky, 'illegalTransition')).toBe(true);
    expect(await answerVerification(db(), { applicationId: id, officer, answer: 'Đã xác minh: đúng', now: at('2026-11-24T09:00') })).toMatchObject({ status: 'inReview' });

    await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-24T10:00') });
    // The applicant's day with the draft is not the registry's: the due date moves by it.
    expect(await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-11-25T09:00') })).toMatchObject({ status: 'awaitingRegistration', dueOn: '2026-12-01' });
    const facts = await registerApplication(db(), { applicationId: id, officer, now: at('2026-11-25T10:00') });
    expect(facts).toMatchObject({ book: 'FK/2026', entryNumber: '1', subjectPersonalId: LAN, note: 'cần kiểm tra' });
    expect((await recordsOfPerson(db(), LAN)).find((r) => r.eventType === 'guardianship')).toMatchObject({ applicationId: id, entryNumber: '1' });

    const documentId = (await signAndIssue(db(), { applicationId: id, signer, now: at('2026-11-25T11:00'), baseUrl: 'https://hotich.example.vn', storage })).documentIds[0]!;
    // A pickup procedure waits for the applicant at the counter.
    expect(await selectApplication(db(), id, { system: true })).toMatchObject({ status: 'awaitingPickup' });
    const doc = await selectDocument(db(), documentId);
    expect(doc).toMatchObject({ kind: 'recordedOtherExtract', status: 'valid', holderPersonalId: LAN });

    const reasonless = await cancelResult(db(), { applicationId: id, staff: { ...signer, role: 'signer' }, reason: '  ', now: at('2026-11-26T09:00') }).catch((e: unknown) => e);
    expect(isAppError(reasonless, 'invalidInput')).toBe(true);
    const cancelled = await cancelResult(db(), { applicationId: id, staff: { ...signer, role: 'signer' }, reason: 'Không xuất trình được bản chính giấy tờ', now: at('2026-11-26T09:00') });
    expect(cancelled).toMatchObject({ application: { status: 'resultCancelled' }, cancelledDocuments: 1 });
    expect(await documentForVerification(db(), doc!.token, new Date())).toMatchObject({ ok: true, status: 'cancelled' });
    const events = await selectEvents(db(), id);
    expect(events.map((e) => e.action)).toEqual(['submit', 'accept', 'startVerification', 'answerVerification', 'returnDraft', 'confirm', 'register', 'sign', 'issue', 'cancelResult']);
    expect(events.at(-1)).toMatchObject({ legalBasis: 'Circular 01/2022 Art. 6(5)(b)', reason: 'Không xuất trình được bản chính giấy tờ' });
    const subjects = (await selectOutboxByKeyPrefix(db(), `${id}:`)).filter((r) => r.topic === 'notification.email').map((r) => (r.payload as { subject: string }).subject);
    expect(subjects).toEqual(expect.arrayContaining([expect.stringMatching(/^Hồ sơ cần xác minh/), expect.stringMatching(/^Mời nhận kết quả/), expect.stringMatching(/^Hủy kết quả đăng ký/)]));
  });

  it('Art. 6(5)(a): completes a pickup once the originals are seen', async () => {
    const { id } = await submitted('nhận trực tiếp');
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:00') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-23T10:10') });
    await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-11-23T10:20') });
    await registerApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:30') });
    await signAndIssue(db(), { applicationId: id, signer, now: at('2026-11-23T10:40'), baseUrl: 'https://hotich.example.vn', storage });
    expect(await completePickup(db(), { applicationId: id, officer, now: at('2026-11-24T08:00') })).toMatchObject({ status: 'completed' });
  });

  it('lets the applicant withdraw before registration, with a notification, and not after', async () => {
    const { id, dossierCode } = await submitted('rút hồ sơ');
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:00') });
    const stranger = await withdrawApplication(db(), { applicationId: id, personalId: '036158000777', organisationCode: null, now: at('2026-11-23T10:05') }).catch((e: unknown) => e);
    expect(isAppError(stranger, 'notFound')).toBe(true);
    expect(await withdrawApplication(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-11-23T10:10') })).toMatchObject({ status: 'withdrawn' });
    const sms = (await selectOutboxByKeyPrefix(db(), `${id}:`)).filter((r) => r.topic === 'notification.sms').map((r) => (r.payload as { body: string }).body);
    expect(sms.at(-1)).toContain(`Hồ sơ ${dossierCode} đã được rút theo yêu cầu của người nộp`);
    const again = await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:20') }).catch((e: unknown) => e);
    expect(isAppError(again, 'illegalTransition')).toBe(true);

    const registered = await submitted('đã đăng ký');
    await acceptApplication(db(), { applicationId: registered.id, officer, now: at('2026-11-23T10:00') });
    await returnDraft(db(), { applicationId: registered.id, officer, now: at('2026-11-23T10:10') });
    await confirmDraft(db(), { applicationId: registered.id, personalId: LAN, organisationCode: null, now: at('2026-11-23T10:20') });
    await registerApplication(db(), { applicationId: registered.id, officer, now: at('2026-11-23T10:30') });
    const late = await withdrawApplication(db(), { applicationId: registered.id, personalId: LAN, organisationCode: null, now: at('2026-11-23T10:40') }).catch((e: unknown) => e);
    expect(isAppError(late, 'illegalTransition')).toBe(true);
  });

  it('Law Art. 9(3): flags an application past its due date as delayed, once, with an apology and a new date', async () => {
    const { id, dossierCode } = await submitted('chậm', at('2026-11-30T09:00'));
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-30T10:00') });
    // Due Wednesday 2 Dec; nothing happens to it on the due date itself (earlier tests' applications may be flagged).
    await flagDelayedApplications(db(), { now: at('2026-12-02T18:00') });
    expect(await selectApplication(db(), id, { system: true })).toMatchObject({ delayedAt: null, dueOn: '2026-12-02' });
    expect((await flagDelayedApplications(db(), { now: at('2026-12-03T08:00') })).flagged).toBe(1);
    const app = await selectApplication(db(), id, { system: true });
    expect(app).toMatchObject({ status: 'inReview', dueOn: '2026-12-07', delayedAt: at('2026-12-03T08:00') });
    expect((await flagDelayedApplications(db(), { now: at('2026-12-10T08:00') })).flagged).toBe(0);
    const timeline = await applicationTimeline(db(), id, { applicantPersonalId: LAN, organisationCode: null });
    expect(timeline.at(-1)).toMatchObject({ action: 'flagDelayed', fromStatus: 'inReview', toStatus: 'inReview', payload: { previousDueOn: '2026-12-02', dueOn: '2026-12-07' } });
    const sms = (await selectOutboxByKeyPrefix(db(), `${id}:`)).filter((r) => r.topic === 'notification.sms').map((r) => (r.payload as { body: string }).body);
    expect(sms.at(-1)).toContain(`xin lỗi vì hồ sơ ${dossierCode} chưa được giải quyết đúng hạn (02/12/2026). Ngày hẹn trả kết quả mới: 07/12/2026`);
  });

  it('does not flag an application while it waits for the applicant', async () => {
    const { id } = await submitted('chờ người dân', at('2026-12-07T09:00'));
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-12-07T10:00') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-12-07T10:10') });
    await flagDelayedApplications(db(), { now: at('2026-12-15T08:00') });
    expect(await selectApplication(db(), id, { system: true })).toMatchObject({ status: 'awaitingApplicantConfirmation', delayedAt: null });
  });
});
