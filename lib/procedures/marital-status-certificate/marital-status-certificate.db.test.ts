import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { selectApplication } from '@/db/queries/applications';
import { selectDocumentsOfApplication } from '@/db/queries/documents';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { acceptApplication } from '@/lib/applications/accept-application';
import { attachIssuedDocument, readAttachment, reusableDocumentsFor } from '@/lib/applications/attachments';
import { confirmDraft } from '@/lib/applications/confirm-draft';
import { documentForVerification, documentsOfHolder } from '@/lib/applications/documents-of-citizen';
import { registerApplication } from '@/lib/applications/register-application';
import { returnDraft } from '@/lib/applications/return-draft';
import { saveStep } from '@/lib/applications/save-step';
import { signAndIssue } from '@/lib/applications/sign-and-issue';
import { startApplication } from '@/lib/applications/start-application';
import { answerAsCoApplicant, submitApplication } from '@/lib/applications/submit-application';
import { at, saigonSigner, staff } from '@/lib/applications/test-fixtures';
import { calendar } from '@/lib/calendar';
import { isAppError } from '@/lib/errors';
import { population } from '@/lib/population';
import { createMemoryStorage } from '@/lib/uploads/storage';
import { validUntil } from './document';

const MAI = '079300004321';
const HUY = '079098001234';
const storage = createMemoryStorage();
const STATUS = { groomStatus: 'neverMarried', groomCourt: '', groomJudgmentNumber: '', groomJudgmentDate: '', brideStatus: 'neverMarried', brideCourt: '', brideJudgmentNumber: '', brideJudgmentDate: '' };

describeEachDatabase('marital-status certificate: issued, valid for 6 months or until the holder marries, reused to marry', (db) => {
  let saigon = '';
  beforeAll(async () => {
    await seedPersonas(db());
    saigon = (await staff(db(), 'officer.saigon')).registryCode;
  });

  async function save(id: string, personalId: string, steps: [string, unknown][], now: Date) {
    for (const [step, values] of steps) {
      const saved = await saveStep(db(), { applicationId: id, personalId, organisationCode: null, step, values, now });
      if (!saved.ok) throw new Error(`${step}: ${JSON.stringify(saved.fieldErrors)}`);
    }
  }

  /** A certificate applied for, reviewed, checked, registered and signed; returns the issued document. */
  async function certificate(personalId: string, status: string, now = at('2026-12-02T09:00')) {
    const officer = await staff(db(), 'officer.saigon');
    const app = await startApplication(db(), { personalId, organisationCode: null, procedureCode: 'maritalStatusCertificate', startKey: randomUUID(), now });
    await save(app.id, personalId, [
      ['applicant', { phone: '0938000222', email: '' }],
      ['registry', { registryCode: saigon }],
      ['status', { maritalStatus: status, mismatchNote: '' }],
      ['residence', { livedElsewhere: true, previousAddress: '10 Lý Thường Kiệt, Phường Hoàn Kiếm, TP Hà Nội', previousFrom: '2018-09-01', previousTo: '2022-06-30' }],
      ['purpose', { purpose: 'marryInVietnam', otherPurpose: '', spouseFullName: 'Đỗ Quang Huy', spouseDateOfBirth: '1998-04-25', spouseNationality: 'Việt Nam', spouseIdDocument: 'Căn cước 079098001234', country: '' }],
    ], now);
    const submitted = await submitApplication(db(), { applicationId: app.id, personalId, organisationCode: null, declaration: { agreed: true }, now });
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.problems));
    expect(submitted.dueOn).toBe(calendar.addWorkingDays(calendar.receivedDay(now), 3));
    await acceptApplication(db(), { applicationId: app.id, officer, now });
    await returnDraft(db(), { applicationId: app.id, officer, now });
    await confirmDraft(db(), { applicationId: app.id, personalId, organisationCode: null, now });
    await registerApplication(db(), { applicationId: app.id, officer, now });
    await signAndIssue(db(), { applicationId: app.id, signer: await saigonSigner(db()), now, baseUrl: 'https://hotich.example.vn', storage });
    const [doc] = await selectDocumentsOfApplication(db(), app.id);
    return { applicationId: app.id, doc: doc! };
  }

  it('is valid until the day before the same date 6 months on', () => {
    expect(validUntil('2026-12-02')).toBe('2027-06-01');
    expect(validUntil('2026-08-31')).toBe('2027-02-27');
  });

  it('prefills the status from the databases, which the applicant cannot override', async () => {
    const now = at('2026-12-02T09:00');
    const app = await startApplication(db(), { personalId: MAI, organisationCode: null, procedureCode: 'maritalStatusCertificate', startKey: randomUUID(), now });
    await save(app.id, MAI, [['status', { maritalStatus: 'divorced', mismatchNote: 'Tôi đã ly hôn năm 2024.' }]], now);
    const stored = (await selectApplication(db(), app.id, { system: true }))!.answers as { status: { maritalStatus: string; mismatchNote: string } };
    expect(stored.status).toEqual({ maritalStatus: 'neverMarried', mismatchNote: 'Tôi đã ly hôn năm 2024.' });
  });

  it('turns "expired" on the verify page 6 months after issue, and "no longer valid" as soon as the holder marries', async () => {
    const { doc } = await certificate(MAI, 'neverMarried');
    expect(doc.content).toMatchObject({ maritalStatus: 'neverMarried', statusSentence: 'Chưa đăng ký kết hôn với ai.', validUntil: '2027-06-01' });
    expect(await documentForVerification(db(), doc.token, at('2027-06-01T23:00'))).toMatchObject({ ok: true, status: 'valid', validUntil: '2027-06-01' });
    expect(await documentForVerification(db(), doc.token, at('2027-06-02T08:00'))).toMatchObject({ ok: true, status: 'expired' });
    // Mai marries: nobody edits the certificate, yet it is no longer valid.
    await population(db()).updateMaritalStatus(MAI, 'married');
    expect(await documentForVerification(db(), doc.token, at('2026-12-10T08:00'))).toMatchObject({ ok: true, status: 'noLongerValid' });
    expect((await documentsOfHolder(db(), MAI, null, at('2026-12-10T08:00'))).find((d) => d.id === doc.id)?.status).toBe('noLongerValid');
    await population(db()).updateMaritalStatus(MAI, 'single');
  });

  it('Art. 6(2): a certificate already issued is picked from "Giấy tờ của tôi" as evidence in a marriage application, instead of a photo', async () => {
    // Thu's marital status is not recorded in either database, so marriage needs the certificate.
    const mai = (await population(db()).findPerson(MAI))!;
    const THU = '079301007777';
    await population(db()).addPerson({ ...mai, personalId: THU, surname: 'Lâm', middleName: 'Thị', givenName: 'Thu', dateOfBirth: '2001-03-03', maritalStatus: null, householdId: null });
    const { doc } = await certificate(THU, 'neverMarried');

    const now = at('2026-12-03T09:00');
    const app = await startApplication(db(), { personalId: THU, organisationCode: null, procedureCode: 'marriageRegistration', startKey: randomUUID(), now });
    await save(app.id, THU, [
      ['applicant', { party: 'bride', phone: '0938000333', email: '' }],
      ['otherParty', { personalId: HUY }],
      ['registry', { registryCode: saigon }],
      ['status', STATUS],
      ['ceremony', { intendedDate: '2026-12-07' }],
    ], now);
    const missing = await submitApplication(db(), { applicationId: app.id, personalId: THU, organisationCode: null, declaration: { agreed: true }, now });
    expect(missing).toEqual({ ok: false, problems: [{ step: 'documents', field: 'brideStatusCertificate', message: 'validation.attachmentRequired' }] });

    // Offered: her own valid certificate. Not offered to Huy, and not someone else's document.
    expect((await reusableDocumentsFor(db(), { applicationId: app.id, personalId: THU, organisationCode: null, now })).brideStatusCertificate).toEqual({
      candidates: [{ id: doc.id, issuedAt: doc.issuedAt }],
      own: true,
      procedureCode: 'maritalStatusCertificate',
    });
    await expect(attachIssuedDocument(db(), storage, { applicationId: app.id, personalId: HUY, organisationCode: null, kind: 'brideStatusCertificate', documentId: doc.id, now })).rejects.toSatisfy((e) => isAppError(e, 'notFound'));
    await expect(attachIssuedDocument(db(), storage, { applicationId: app.id, personalId: THU, organisationCode: null, kind: 'groomStatusCertificate', documentId: doc.id, now })).rejects.toSatisfy((e) => isAppError(e, 'notFound'));
    const attached = await attachIssuedDocument(db(), storage, { applicationId: app.id, personalId: THU, organisationCode: null, kind: 'brideStatusCertificate', documentId: doc.id, now });
    expect(attached).toMatchObject({ kind: 'brideStatusCertificate', issuedDocumentId: doc.id, mimeType: 'application/pdf', storageKey: doc.storageKey });
    expect(await submitApplication(db(), { applicationId: app.id, personalId: THU, organisationCode: null, declaration: { agreed: true }, now })).toMatchObject({ ok: true });

    // The other party reaches the attachment; a third citizen and the registries do not, the
    // registry not before the other party has confirmed and it has received the application.
    expect((await readAttachment(db(), storage, { attachmentId: attached.id, viewer: { partyPersonalId: HUY, organisationCode: null } })).mimeType).toBe('application/pdf');
    for (const viewer of [{ partyPersonalId: '001195012345', organisationCode: null }, { registryCode: saigon }, { registryCode: '00070' }]) {
      await expect(readAttachment(db(), storage, { attachmentId: attached.id, viewer })).rejects.toSatisfy((e) => isAppError(e, 'notFound'));
    }
    await answerAsCoApplicant(db(), { applicationId: app.id, personalId: HUY, organisationCode: null, agree: true, now });
    expect((await readAttachment(db(), storage, { attachmentId: attached.id, viewer: { registryCode: saigon } })).mimeType).toBe('application/pdf');
    await expect(readAttachment(db(), storage, { attachmentId: attached.id, viewer: { registryCode: '00070' } })).rejects.toSatisfy((e) => isAppError(e, 'notFound'));
  });

  it('applying again for marriage asks to return the earlier certificate or say why not, and supersedes it', async () => {
    const mai = (await population(db()).findPerson(MAI))!;
    const LINH = '079301008888';
    await population(db()).addPerson({ ...mai, personalId: LINH, surname: 'Trịnh', middleName: 'Thùy', givenName: 'Linh', dateOfBirth: '2001-05-05', householdId: null });
    const first = await certificate(LINH, 'neverMarried');
    const now = at('2026-12-04T09:00');
    const app = await startApplication(db(), { personalId: LINH, organisationCode: null, procedureCode: 'maritalStatusCertificate', startKey: randomUUID(), now });
    await save(app.id, LINH, [
      ['applicant', { phone: '0938000444', email: '' }],
      ['registry', { registryCode: saigon }],
      ['status', { maritalStatus: 'neverMarried', mismatchNote: '' }],
      ['residence', { livedElsewhere: false, previousAddress: '', previousFrom: '', previousTo: '' }],
      ['purpose', { purpose: 'marryInVietnam', otherPurpose: '', spouseFullName: 'Phan Văn Khoa', spouseDateOfBirth: '1997-01-01', spouseNationality: 'Việt Nam', spouseIdDocument: 'Căn cước 079097000001', country: '' }],
    ], now);
    const incomplete = await submitApplication(db(), { applicationId: app.id, personalId: LINH, organisationCode: null, declaration: { agreed: true }, now });
    expect(incomplete.ok ? [] : incomplete.problems.map((p) => p.step)).toEqual(['previous']);
    const reasonMissing = await saveStep(db(), { applicationId: app.id, personalId: LINH, organisationCode: null, step: 'previous', values: { previousChoice: 'notReturned', previousReason: '' }, now });
    expect(reasonMissing).toMatchObject({ ok: false, fieldErrors: { previousReason: ['validation.required'] } });
    await save(app.id, LINH, [['previous', { previousChoice: 'notReturned', previousReason: 'Tôi làm mất giấy cũ.' }]], now);
    const officer = await staff(db(), 'officer.saigon');
    expect((await submitApplication(db(), { applicationId: app.id, personalId: LINH, organisationCode: null, declaration: { agreed: true }, now })).ok).toBe(true);
    await acceptApplication(db(), { applicationId: app.id, officer, now });
    await returnDraft(db(), { applicationId: app.id, officer, now });
    await confirmDraft(db(), { applicationId: app.id, personalId: LINH, organisationCode: null, now });
    await registerApplication(db(), { applicationId: app.id, officer, now });
    expect(await documentForVerification(db(), first.doc.token, now)).toMatchObject({ ok: true, status: 'superseded' });
  });
});
