import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { selectApplication } from '@/db/queries/applications';
import { selectDocumentsOfApplication } from '@/db/queries/documents';
import { selectOutboxByKeyPrefix } from '@/db/queries/outbox';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { acceptApplication } from '@/lib/applications/accept-application';
import { bookAppointment, openSlots } from '@/lib/applications/appointments';
import { applicationForApplicant } from '@/lib/applications/citizen-applications';
import { confirmDraft } from '@/lib/applications/confirm-draft';
import { documentForVerification, documentPdfForCitizen, documentsOfHolder } from '@/lib/applications/documents-of-citizen';
import { cancelResult } from '@/lib/applications/pickup';
import { registerApplication } from '@/lib/applications/register-application';
import { registryQueue } from '@/lib/applications/registry-queue';
import { applicationOfRegistry } from '@/lib/applications/registry-staff';
import { returnDraft } from '@/lib/applications/return-draft';
import { saveStep } from '@/lib/applications/save-step';
import { signAndIssue } from '@/lib/applications/sign-and-issue';
import { startApplication } from '@/lib/applications/start-application';
import { answerAsCoApplicant, submitApplication } from '@/lib/applications/submit-application';
import { at, saigonSigner, staff } from '@/lib/applications/test-fixtures';
import { latestReturnedDraft } from '@/lib/applications/timeline';
import { answerVerification, startVerification } from '@/lib/applications/verification';
import { calendar } from '@/lib/calendar';
import { personRecordOf } from '@/lib/civil-status/records';
import { isAppError } from '@/lib/errors';
import { refuseMissedAppointments } from '@/lib/jobs';
import { population } from '@/lib/population';
import { createMemoryStorage } from '@/lib/uploads/storage';
import { jpeg } from '@/lib/uploads/test-fixtures';
import { selectAttachmentsOfApplication } from '@/db/queries/attachments';
import { uploadAttachment } from '@/lib/applications/attachments';

const HUY = '079098001234';
const MAI = '079300004321';
const LAN = '001195012345';
const storage = createMemoryStorage();

describeEachDatabase('marriage registration: Huy files with Mai, both appear at the ceremony', (db) => {
  let saigon = '';
  beforeAll(async () => {
    await seedPersonas(db());
    saigon = (await staff(db(), 'officer.saigon')).registryCode;
  });

  /** A couple from the population database, made for one test so tests do not marry each other's parties. */
  async function couple(tag: string, brideStatus: 'single' | null = 'single') {
    const mai = (await population(db()).findPerson(MAI))!;
    const huy = (await population(db()).findPerson(HUY))!;
    const groom = `079098${tag}0001`;
    const bride = `079300${tag}0002`;
    const pop = population(db());
    await pop.addPerson({ ...huy, personalId: groom, surname: 'Đỗ', middleName: 'Quang', givenName: `Huy${tag}`, maritalStatus: 'single', householdId: null });
    await pop.addPerson({ ...mai, personalId: bride, surname: 'Võ', middleName: 'Thị', givenName: `Mai${tag}`, maritalStatus: brideStatus, householdId: null });
    return { groom, bride };
  }

  async function filed(groom: string, bride: string, now = at('2026-12-02T09:00')) {
    const app = await startApplication(db(), { personalId: groom, organisationCode: null, procedureCode: 'marriageRegistration', startKey: randomUUID(), now });
    for (const [step, values] of [
      ['applicant', { party: 'groom', phone: '0909123456', email: 'huy.do@example.vn' }],
      ['otherParty', { personalId: bride }],
      ['registry', { registryCode: saigon }],
      ['status', { groomStatus: 'neverMarried', groomCourt: '', groomJudgmentNumber: '', groomJudgmentDate: '', brideStatus: 'neverMarried', brideCourt: '', brideJudgmentNumber: '', brideJudgmentDate: '' }],
      ['ceremony', { intendedDate: '2026-12-07' }],
    ] as const) {
      const saved = await saveStep(db(), { applicationId: app.id, personalId: groom, organisationCode: null, step, values, now });
      if (!saved.ok) throw new Error(`${step}: ${JSON.stringify(saved.fieldErrors)}`);
    }
    const result = await submitApplication(db(), { applicationId: app.id, personalId: groom, organisationCode: null, declaration: { agreed: true }, now });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return { id: app.id, result };
  }

  /** Through review, draft check and booking: the couple waits for the ceremony. */
  async function booked(groom: string, bride: string) {
    const officer = await staff(db(), 'officer.saigon');
    const { id } = await filed(groom, bride);
    await answerAsCoApplicant(db(), { applicationId: id, personalId: bride, organisationCode: null, agree: true, now: at('2026-12-02T10:00') });
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-12-02T10:30') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-12-02T11:00') });
    await confirmDraft(db(), { applicationId: id, personalId: bride, organisationCode: null, now: at('2026-12-02T11:30') });
    const { slots } = await openSlots(db(), { applicationId: id, personalId: groom, organisationCode: null, now: at('2026-12-02T12:00') });
    await bookAppointment(db(), { applicationId: id, personalId: groom, organisationCode: null, startsAt: slots[0]!.startsAt, now: at('2026-12-02T12:00') });
    return { id, officer, slot: slots[0]! };
  }

  it('Huy files; Mai confirms the joint declaration from her own account before the registry receives it', async () => {
    const { id, result } = await filed(HUY, MAI);
    expect(result).toMatchObject({ ok: true, dueOn: null });
    expect((await selectApplication(db(), id, { system: true }))?.status).toBe('awaitingCoApplicant');
    // Mai is asked by SMS and e-mail; the registry does not see it yet.
    expect((await selectOutboxByKeyPrefix(db(), `${id}:joint:${MAI}`)).map((m) => m.topic).sort()).toEqual(['notification.email', 'notification.sms']);
    await expect(applicationOfRegistry(db(), id, saigon)).rejects.toSatisfy((e) => isAppError(e, 'notFound'));
    expect((await registryQueue(db(), saigon, () => at('2026-12-02T09:10'))).items.map((a) => a.id)).not.toContain(id);
    // Both parties see it and its timeline; a third citizen does not.
    expect((await applicationForApplicant(db(), id, MAI, null)).parties).toEqual([{ personalId: MAI, fullName: 'Võ Thị Mai', status: 'pending' }]);
    await expect(applicationForApplicant(db(), id, LAN, null)).rejects.toSatisfy((e) => isAppError(e, 'notFound'));
    // Only Mai answers: not Huy, not Lan.
    await expect(answerAsCoApplicant(db(), { applicationId: id, personalId: HUY, organisationCode: null, agree: true, now: at('2026-12-02T09:30') })).rejects.toSatisfy((e) => isAppError(e, 'notFound'));
    await expect(answerAsCoApplicant(db(), { applicationId: id, personalId: LAN, organisationCode: null, agree: true, now: at('2026-12-02T09:30') })).rejects.toSatisfy((e) => isAppError(e, 'notFound'));

    const received = await answerAsCoApplicant(db(), { applicationId: id, personalId: MAI, organisationCode: null, agree: true, now: at('2026-12-02T10:00') });
    expect(received).toMatchObject({ status: 'submitted', receivedOn: '2026-12-02', dueOn: '2026-12-02' });
    expect((await applicationOfRegistry(db(), id, saigon)).id).toBe(id);
    expect((await registryQueue(db(), saigon, () => at('2026-12-02T10:10'))).items.map((a) => a.id)).toContain(id);
    // Both are told it was received.
    const told = (await selectOutboxByKeyPrefix(db(), id)).filter((m) => (m.payload as { subject: string }).subject.startsWith('Đã nhận hồ sơ'));
    expect(told.map((m) => (m.payload as { to: string }).to).sort()).toEqual(['0909123456', '0938000222', 'huy.do@example.vn', 'mai.vo@example.vn'].sort());
  });

  it('stops with a message to both when the other party declines', async () => {
    const { groom, bride } = await couple('11');
    const { id } = await filed(groom, bride);
    const stopped = await answerAsCoApplicant(db(), { applicationId: id, personalId: bride, organisationCode: null, agree: false, now: at('2026-12-02T10:00') });
    expect(stopped.status).toBe('withdrawn');
    const declined = (await selectOutboxByKeyPrefix(db(), id)).filter((m) => (m.payload as { subject: string }).subject.startsWith('Bên kia không xác nhận'));
    expect(declined).toHaveLength(4);
    await expect(answerAsCoApplicant(db(), { applicationId: id, personalId: bride, organisationCode: null, agree: true, now: at('2026-12-02T10:05') })).rejects.toSatisfy((e) => isAppError(e, 'illegalTransition'));
  });

  it('Art. 6(3), 6(4): verification extends the due date by 3 working days; either party checks the draft; slots are booked, moved once, then fixed', async () => {
    const { groom, bride } = await couple('22');
    const officer = await staff(db(), 'officer.saigon');
    const { id } = await filed(groom, bride);
    await answerAsCoApplicant(db(), { applicationId: id, personalId: bride, organisationCode: null, agree: true, now: at('2026-12-02T10:00') });
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-12-02T10:30') });
    const verifying = await startVerification(db(), { applicationId: id, officer, reason: 'Hỏi UBND phường Bến Thành về tình trạng hôn nhân của bên nam', now: at('2026-12-02T10:40') });
    expect(verifying).toMatchObject({ status: 'verificationPending', dueOn: '2026-12-07' });
    await answerVerification(db(), { applicationId: id, officer, answer: 'Bến Thành xác nhận: chưa đăng ký kết hôn', now: at('2026-12-03T09:00') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-12-03T09:30') });
    const draft = await latestReturnedDraft(db(), id, { partyPersonalId: bride, organisationCode: null });
    expect(draft?.procedureCode).toBe('marriageRegistration');
    await confirmDraft(db(), { applicationId: id, personalId: bride, organisationCode: null, now: at('2026-12-03T10:00') });
    expect((await selectApplication(db(), id, { system: true }))?.status).toBe('awaitingPickup');

    // Slots: working days from the due date, from the registry's published hours; none for Lan.
    const { slots } = await openSlots(db(), { applicationId: id, personalId: groom, organisationCode: null, now: at('2026-12-03T10:00') });
    expect(slots[0]).toMatchObject({ date: '2026-12-07', time: '08:00' });
    expect(slots.every((s) => !['2026-12-05', '2026-12-06'].includes(s.date))).toBe(true);
    await expect(openSlots(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-12-03T10:00') })).rejects.toSatisfy((e) => isAppError(e, 'notFound'));
    await bookAppointment(db(), { applicationId: id, personalId: groom, organisationCode: null, startsAt: slots[0]!.startsAt, now: at('2026-12-03T10:05') });
    const moved = await bookAppointment(db(), { applicationId: id, personalId: bride, organisationCode: null, startsAt: slots[2]!.startsAt, now: at('2026-12-03T10:10') });
    expect(moved.moves).toBe(1);
    await expect(bookAppointment(db(), { applicationId: id, personalId: groom, organisationCode: null, startsAt: slots[3]!.startsAt, now: at('2026-12-03T10:15') })).rejects.toSatisfy((e) => isAppError(e, 'conflict'));
    // Both get the appointment by SMS and e-mail, moved or not.
    const appointments = (await selectOutboxByKeyPrefix(db(), id)).filter((m) => (m.payload as { subject: string }).subject.includes('ịch hẹn'));
    expect(appointments).toHaveLength(8);
    // Another couple cannot take the slot now held.
    const other = await couple('33');
    const second = await booked(other.groom, other.bride);
    const taken = await bookAppointment(db(), { applicationId: second.id, personalId: other.bride, organisationCode: null, startsAt: slots[2]!.startsAt, now: at('2026-12-03T10:20') }).catch((e: unknown) => e);
    expect(isAppError(taken, 'conflict') && taken.details?.reason).toBe('slotTaken');
  });

  it('Art. 6(5)(a): at the ceremony both present, identity and originals checked, one transaction; one signed original for each spouse', async () => {
    const { id, officer } = await booked(HUY, MAI);
    const app = (await selectApplication(db(), id, { system: true }))!;
    const partyIds = [app.applicantPersonalId, (await applicationForApplicant(db(), id, app.applicantPersonalId, null)).parties[0]!.personalId];
    // Nothing ticked: refused, nothing written.
    await expect(registerApplication(db(), { applicationId: id, officer, now: at('2026-12-07T08:10'), presenceChecks: {} })).rejects.toSatisfy((e) => isAppError(e, 'invalidInput'));
    expect((await population(db()).findPerson(partyIds[0]!))?.maritalStatus).toBe('single');

    const facts = await registerApplication(db(), { applicationId: id, officer, now: at('2026-12-07T08:15'), presenceChecks: { bothPresent: true, identityChecked: true, originals: [] } });
    expect(facts).toMatchObject({ registryCode: saigon, book: '01/2026', subjectPersonalId: partyIds[0], presenceChecked: 'bothPresent identityChecked' });
    for (const p of partyIds) {
      expect((await population(db()).findPerson(p!))?.maritalStatus).toBe('married');
      expect((await personRecordOf(db(), p!))?.maritalStatus).toBe('married');
    }

    const { documentIds } = await signAndIssue(db(), { applicationId: id, signer: await saigonSigner(db()), now: at('2026-12-07T09:00'), baseUrl: 'https://hotich.example.vn', storage });
    expect(documentIds).toHaveLength(2);
    expect((await selectApplication(db(), id, { system: true }))?.status).toBe('completed');
    const docs = await selectDocumentsOfApplication(db(), id);
    expect(docs.map((d) => d.holderPersonalId).sort()).toEqual([...partyIds].sort());
    for (const d of docs) {
      expect(await documentForVerification(db(), d.token, at('2026-12-07T10:00'))).toMatchObject({ ok: true, kind: 'marriageCertificate', status: 'valid' });
      // Each spouse holds their own original; a third citizen gets nothing.
      // Each spouse's "Giấy tờ của tôi" lists their own original, not the other's.
      expect((await documentsOfHolder(db(), d.holderPersonalId, null, at('2026-12-07T10:00'))).filter((x) => x.applicationId === id).map((x) => [x.id, x.ownDocument])).toEqual([[d.id, true]]);
      expect(await documentPdfForCitizen(db(), { documentId: d.id, personalId: LAN, organisationCode: null, storage })).toBeNull();
    }
  });

  it('Art. 6(5)(a): a divorce not on record needs the judgment photographed, and its original ticked at the ceremony', async () => {
    // Her status is in neither database.
    const { groom, bride } = await couple('77', null);
    const officer = await staff(db(), 'officer.saigon');
    const now = at('2026-12-02T09:00');
    const app = await startApplication(db(), { personalId: groom, organisationCode: null, procedureCode: 'marriageRegistration', startKey: randomUUID(), now });
    const save = (step: string, values: unknown) => saveStep(db(), { applicationId: app.id, personalId: groom, organisationCode: null, step, values, now });
    await save('applicant', { party: 'groom', phone: '0909123456', email: '' });
    await save('otherParty', { personalId: bride });
    await save('registry', { registryCode: saigon });
    // The databases hold no divorce for her: the judgment is asked for, first its court, number and date.
    const incomplete = await save('status', { groomStatus: 'neverMarried', groomCourt: '', groomJudgmentNumber: '', groomJudgmentDate: '', brideStatus: 'divorced', brideCourt: '', brideJudgmentNumber: '', brideJudgmentDate: '' });
    expect(incomplete).toMatchObject({ ok: false, fieldErrors: { brideCourt: ['validation.required'], brideJudgmentNumber: ['validation.required'], brideJudgmentDate: ['validation.required'] } });
    await save('status', { groomStatus: 'neverMarried', groomCourt: '', groomJudgmentNumber: '', groomJudgmentDate: '', brideStatus: 'divorced', brideCourt: 'Tòa án nhân dân Khu vực 1 – TP Hồ Chí Minh', brideJudgmentNumber: '125/2024/QĐST-HNGĐ', brideJudgmentDate: '2024-05-20' });
    await save('ceremony', { intendedDate: '2026-12-07' });
    const storage2 = createMemoryStorage();
    for (const kind of ['brideStatusCertificate', 'brideDivorceJudgment']) {
      const uploaded = await uploadAttachment(db(), storage2, { applicationId: app.id, personalId: groom, organisationCode: null, kind, bytes: await jpeg(1500, 2000), originalName: `${kind}.jpg`, now });
      expect(uploaded).toMatchObject({ ok: true });
    }
    expect(await submitApplication(db(), { applicationId: app.id, personalId: groom, organisationCode: null, declaration: { agreed: true }, now })).toMatchObject({ ok: true });
    await answerAsCoApplicant(db(), { applicationId: app.id, personalId: bride, organisationCode: null, agree: true, now });
    await acceptApplication(db(), { applicationId: app.id, officer, now });
    await returnDraft(db(), { applicationId: app.id, officer, now });
    await confirmDraft(db(), { applicationId: app.id, personalId: groom, organisationCode: null, now });
    const { slots } = await openSlots(db(), { applicationId: app.id, personalId: bride, organisationCode: null, now });
    await bookAppointment(db(), { applicationId: app.id, personalId: bride, organisationCode: null, startsAt: slots[0]!.startsAt, now });

    const photos = (await selectAttachmentsOfApplication(db(), app.id)).map((a) => a.id);
    const checks = { bothPresent: true, identityChecked: true, originals: [photos[0]!] };
    const unticked = await registerApplication(db(), { applicationId: app.id, officer, now: at('2026-12-07T09:00'), presenceChecks: checks }).catch((e: unknown) => e);
    expect(isAppError(unticked, 'invalidInput') && unticked.details?.fieldErrors).toEqual({ [`original-${photos[1]}`]: ['validation.ceremonyCheck'] });
    const facts = await registerApplication(db(), { applicationId: app.id, officer, now: at('2026-12-07T09:05'), presenceChecks: { ...checks, originals: photos } });
    expect(facts.presenceChecked).toBe(['bothPresent', 'identityChecked', ...photos.map((id) => `original:${id}`)].join(' '));
  });

  it('Art. 6(5)(b): originals missing at the ceremony cancel the result, with the reason to both', async () => {
    const { groom, bride } = await couple('55');
    const { id, officer } = await booked(groom, bride);
    const cancelled = await cancelResult(db(), { applicationId: id, staff: { ...officer, role: 'officer' }, reason: 'Bên nữ không xuất trình được bản chính giấy xác nhận tình trạng hôn nhân.', now: at('2026-12-07T08:20') });
    expect(cancelled.application.status).toBe('resultCancelled');
    const told = (await selectOutboxByKeyPrefix(db(), id)).filter((m) => (m.payload as { body: string }).body.includes('không xuất trình được bản chính'));
    expect(told.length).toBeGreaterThanOrEqual(4);
  });

  it('a missed appointment keeps the application waiting for 5 working days, then refuses it with notice', async () => {
    const { groom, bride } = await couple('66');
    const { id, slot } = await booked(groom, bride);
    const lastDay = calendar.addWorkingDays(slot.date, 5);
    await refuseMissedAppointments(db(), { now: at(`${lastDay}T17:00`) });
    expect((await selectApplication(db(), id, { system: true }))?.status).toBe('awaitingPickup');
    await refuseMissedAppointments(db(), { now: at(`${calendar.nextWorkingDay(lastDay)}T08:00`) });
    expect((await selectApplication(db(), id, { system: true }))?.status).toBe('rejected');
    expect((await selectOutboxByKeyPrefix(db(), id)).filter((m) => (m.payload as { subject: string }).subject.startsWith('Hồ sơ bị từ chối do không đến'))).toHaveLength(4);
  });
});
