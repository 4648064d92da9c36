import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectApplication, selectEvents } from '@/db/queries/applications';
import { selectReceiptsOfApplication } from '@/db/queries/integration-receipts';
import { selectDocument } from '@/db/queries/documents';
import { selectOutboxByKeyPrefix } from '@/db/queries/outbox';
import { lastEntryNumber } from '@/db/queries/register-counters';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { acceptApplication } from '@/lib/applications/accept-application';
import { confirmDraft } from '@/lib/applications/confirm-draft';
import { applicationForReview } from '@/lib/applications/review-application';
import { registerApplication } from '@/lib/applications/register-application';
import { returnDraft } from '@/lib/applications/return-draft';
import { saveStep } from '@/lib/applications/save-step';
import { signAndIssue } from '@/lib/applications/sign-and-issue';
import { startApplication } from '@/lib/applications/start-application';
import { submitApplication } from '@/lib/applications/submit-application';
import { at, staff } from '@/lib/applications/test-fixtures';
import { latestReturnedDraft } from '@/lib/applications/timeline';
import { isRecordLocked, personRecordOf, recordsOfPerson } from '@/lib/civil-status/records';
import { verifyDocumentToken } from '@/lib/documents/document-token';
import { isAppError } from '@/lib/errors';
import { mockAdapters, runJobs } from '@/lib/jobs';
import { population, type PopulationRegistry } from '@/lib/population';
import { createMemoryStorage } from '@/lib/uploads/storage';
import { jpeg } from '@/lib/uploads/test-fixtures';
import { readAttachment, uploadAttachment } from '@/lib/applications/attachments';
import { registrationType } from './checks';
import type { Db } from '@/db/types';
import { unsentPopulationChanges } from '@/lib/office/population-sync';
import { POPULATION_SYNC_TOPIC } from '@/lib/population/sync';

const HOA = '036158000777';
const DUC = '036055000888';
const LAN = '001195012345';
const TAM = '036050000999';

const BUNDLE = { residenceDeletion: true, funeralAllowance: true, survivorAllowance: true, recipientPersonalId: HOA, bankAccount: '0123 4567 89', bank: 'AGRIBANK' };

describe('death registration rules', () => {
  it('derives a late registration after 15 days from the death (Law Art. 33(1))', () => {
    expect(registrationType('2026-11-18', '2026-12-03')).toBe('onTime');
    expect(registrationType('2026-11-18', '2026-12-04')).toBe('late');
  });
});

describeEachDatabase('death registration: Hoa registers the death of her husband Đức', (db) => {
  let registryCode = '';
  beforeAll(async () => {
    await seedPersonas(db());
    registryCode = (await staff(db(), 'officer.namdinh')).registryCode;
  });

  async function draft(now = at('2026-11-23T09:00')) {
    const app = await startApplication(db(), { personalId: HOA, organisationCode: null, procedureCode: 'deathRegistration', startKey: randomUUID(), now });
    const save = (step: string, values: unknown) => saveStep(db(), { applicationId: app.id, personalId: HOA, organisationCode: null, step, values, now });
    return { id: app.id, app, save };
  }

  const submitted = (now = at('2026-11-23T09:00')) => submitDeath(db(), registryCode, now);
  const confirmed = (now = at('2026-11-23T09:00')) => confirmDeath(db(), registryCode, now);

  it('starts at her registry, and the registry page then defaults to the commune of his last residence', async () => {
    const { app, save } = await draft();
    expect(app).toMatchObject({ status: 'draft', procedureCode: 'deathRegistration', formVersion: 1 });
    expect(await save('deceased', { personalId: DUC })).toMatchObject({ ok: true });
    const { loadFormPage, pageValues } = await import('@/lib/applications/form-page');
    const page = await loadFormPage(db(), { applicationId: app.id, personalId: HOA, organisationCode: null, clock: () => at('2026-11-23T09:00') });
    expect(pageValues(page.open, 'registry', app.registryCode)).toEqual({ registryCode: registryCode });
    // The electronic death notice fills the facts of the death, so no photo of it is asked for.
    expect(pageValues(page.open, 'death', app.registryCode)).toMatchObject({ dateOfDeath: '2026-11-18', timeOfDeath: '14:30', cause: 'Bệnh tuổi già', noticeIssuedBy: 'commune' });
    expect(page.steps).toEqual(['applicant', 'deceased', 'registry', 'death', 'bundle']);
    expect((await selectApplication(db(), app.id, { system: true }))?.subjectName).toBe('Phạm Văn Đức');
  });

  it('refuses herself and an unknown number, and takes the facts of the death from the electronic notice', async () => {
    const { save } = await draft();
    expect(await save('deceased', { personalId: HOA })).toEqual({ ok: false, fieldErrors: { personalId: ['lookup.isApplicant'] } });
    expect(await save('deceased', { personalId: '036055999999' })).toEqual({ ok: false, fieldErrors: { personalId: ['lookup.notFound'] } });
    await save('deceased', { personalId: DUC });
    const wrong = await save('death', { dateOfDeath: '2026-11-17', timeOfDeath: '', placeOfDeathKind: 'residence', placeOfDeath: 'x', cause: 'x', noticeIssuedBy: 'commune', noticeNumber: '', noticeDate: '' });
    expect(wrong).toMatchObject({ ok: true, answers: { death: { dateOfDeath: '2026-11-18', timeOfDeath: '14:30', cause: 'Bệnh tuổi già', noticeNumber: 'GBT-36-2026-000731' } } });
    expect(await save('bundle', { ...BUNDLE, bankAccount: '12' })).toEqual({ ok: false, fieldErrors: { bankAccount: ['validation.bankAccount'] } });
  });

  it('shows the officer the deceased and the spouse, and returns the death extract as the draft', async () => {
    const officer = await staff(db(), 'officer.namdinh');
    const { id } = await submitted();
    const review = await applicationForReview(db(), id, registryCode);
    expect(review.procedure.reviewPanels(review.ctx).map((p) => [p.title, p.person.fullName])).toEqual([['death.steps.deceased', 'Phạm Văn Đức'], ['death.review.spouse', 'Lê Thị Hoa']]);
    expect(review.mismatches.map((f) => f.code)).toEqual(['spouseWillBeWidowed']);
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-23T09:10') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-23T09:20') });
    const returned = await latestReturnedDraft(db(), id, { applicantPersonalId: HOA, organisationCode: null });
    expect(returned?.draft).toMatchObject({ entryNumber: '', deceased: { fullName: 'Phạm Văn Đức', personalId: DUC }, death: { dateOfDeath: '2026-11-18', timeOfDeath: '14:30', cause: 'Bệnh tuổi già' }, declarant: { relationship: 'Vợ' } });
  });

  it('registers the death in one transaction: the entry, the deceased dead, his record locked, Hoa widowed in both databases', async () => {
    const { id, officer } = await confirmed();
    // A second application for the same death, filed before the first is registered.
    const second = await confirmed();
    const facts = await registerApplication(db(), { applicationId: id, officer, now: at('2026-11-23T11:00') });
    expect(facts).toMatchObject({ book: '01/2026', subjectPersonalId: DUC, registrationType: 'onTime', registeredOn: '2026-11-23', widowedSpousePersonalId: HOA });
    expect(await population(db()).findPerson(DUC)).toMatchObject({ vitalStatus: 'deceased', dateOfDeath: '2026-11-18' });
    expect(await population(db()).findPerson(HOA)).toMatchObject({ maritalStatus: 'widowed' });
    expect(await personRecordOf(db(), HOA)).toMatchObject({ maritalStatus: 'widowed' });
    expect(await personRecordOf(db(), DUC)).toMatchObject({ lockedByApplicationId: id });
    expect(await isRecordLocked(db(), DUC)).toBe(true);
    expect((await recordsOfPerson(db(), DUC)).find((r) => r.eventType === 'death')).toMatchObject({ applicationId: id, entryNumber: facts.entryNumber, book: '01/2026' });

    // Registering the same death twice is refused, and leaves nothing behind.
    const twice = await registerApplication(db(), { applicationId: second.id, officer, now: at('2026-11-23T11:05') }).catch((e: unknown) => e);
    expect(isAppError(twice, 'conflict')).toBe(true);
    expect(await lastEntryNumber(db(), { registryCode, year: 2026, eventType: 'death' })).toBe(Number(facts.entryNumber));

    // The deceased cannot be the subject of a new application.
    const { save } = await draft(at('2026-11-24T09:00'));
    expect(await save('deceased', { personalId: DUC })).toEqual({ ok: false, fieldErrors: { personalId: ['lookup.alreadyDeceased'] } });

    // The population database heard of the death and the widowing at once (Art. 3(2)).
    expect((await selectOutboxByKeyPrefix(db(), `${id}:population:`)).sort((a, b) => a.idempotencyKey.localeCompare(b.idempotencyKey)).map((r) => [r.payload, Boolean(r.deliveredAt)])).toEqual([
      [{ method: 'recordDeath', personalId: DUC, dateOfDeath: '2026-11-18', registryCode, applicationId: id }, true],
      [{ method: 'updateMaritalStatus', personalId: HOA, status: 'widowed', registryCode, applicationId: id }, true],
    ]);
    // Signing issues the death extract; the bundle goes out with it, after signing.
    const other = (r: { topic: string }) => !r.topic.startsWith('notification.') && r.topic !== POPULATION_SYNC_TOPIC;
    expect((await selectOutboxByKeyPrefix(db(), `${id}:`)).filter(other)).toEqual([]);
    const signer = await staff(db(), 'leader.namdinh');
    const storage = createMemoryStorage();
    const documentId = (await signAndIssue(db(), { applicationId: id, signer, now: at('2026-11-23T11:30'), baseUrl: 'https://hotich.example.vn', storage })).documentIds[0]!;
    const doc = await selectDocument(db(), documentId);
    expect(doc).toMatchObject({ kind: 'deathExtract', holderPersonalId: DUC, status: 'valid', content: { entryNumber: facts.entryNumber, deceased: { fullName: 'Phạm Văn Đức' } } });
    expect(await verifyDocumentToken(db(), doc!.token)).toMatchObject({ ok: true, payload: { kind: 'deathExtract', holderFullName: 'Phạm Văn Đức', dateOfBirth: '1955-01-20' } });
    const bundle = (await selectOutboxByKeyPrefix(db(), `${id}:`)).filter(other);
    expect(bundle.map((r) => r.topic).sort()).toEqual(['residence.permanentDeletion', 'socialInsurance.funeralAllowance', 'socialInsurance.survivorAllowance']);
    expect(bundle.find((r) => r.topic === 'socialInsurance.funeralAllowance')?.payload).toMatchObject({
      personalId: DUC, dateOfDeath: '2026-11-18', document: { id: documentId, kind: 'deathExtract', token: doc!.token },
      recipient: { personalId: HOA, fullName: 'Lê Thị Hoa', bankAccount: '0123456789', bank: 'AGRIBANK' },
    });

    // The agencies answer through the outbox: the residence system deletes his permanent residence.
    await runJobs(db(), { now: at('2026-11-23T11:31'), adapters: mockAdapters(db(), () => at('2026-11-23T11:31')) });
    expect((await selectReceiptsOfApplication(db(), id)).map((r) => r.system).sort()).toEqual(['funeralAllowance', 'residenceDeletion', 'survivorAllowance']);
    expect(await population(db()).findPerson(DUC)).toMatchObject({ permanentResidence: null, householdId: null });
    expect((await selectEvents(db(), id)).map((e) => e.action)).toEqual(['submit', 'accept', 'returnDraft', 'confirm', 'register', 'sign', 'issue']);
  });

  it('asks for a photo of the paper death notice where there is no electronic one, and shows it to no one else', async () => {
    const { id, save } = await draft();
    await save('applicant', { relationship: 'relative', phone: '0903111222', email: '' });
    expect(await save('deceased', { personalId: TAM })).toMatchObject({ ok: true });
    const storage = createMemoryStorage();
    const upload = await uploadAttachment(db(), storage, { applicationId: id, personalId: HOA, organisationCode: null, kind: 'deathNotice', bytes: await jpeg(1500, 2000), originalName: 'giay-bao-tu.jpg', now: at('2026-11-23T09:00') });
    expect(upload).toMatchObject({ ok: true });
    if (!upload.ok) return;
    const wrongKind = await uploadAttachment(db(), storage, { applicationId: id, personalId: HOA, organisationCode: null, kind: 'witnessStatement', bytes: await jpeg(1500, 2000), originalName: 'x.jpg', now: at('2026-11-23T09:00') }).catch((e: unknown) => e);
    expect(isAppError(wrongKind, 'invalidInput')).toBe(true);
    for (const viewer of [{ partyPersonalId: LAN, organisationCode: null }, { registryCode }, { registryCode: '00070' }]) {
      const err = await readAttachment(db(), storage, { attachmentId: upload.attachment.id, viewer }).catch((e: unknown) => e);
      expect(isAppError(err, 'notFound')).toBe(true);
    }
    expect((await readAttachment(db(), storage, { attachmentId: upload.attachment.id, viewer: { partyPersonalId: HOA, organisationCode: null } })).mimeType).toBe('image/jpeg');
  });

  it("stores typed facts in NFC, asks for a supplement of one page, and refuses in writing (Tám's death, paper notice)", async () => {
    const officer = await staff(db(), 'officer.namdinh');
    const now = at('2026-11-24T09:00');
    const { id, save } = await draft(now);
    const cause = 'Suy tim, tăng huyết áp'.normalize('NFD');
    for (const [step, values] of [
      ['applicant', { relationship: 'relative', phone: '0903111222', email: '' }],
      ['deceased', { personalId: TAM }],
      ['registry', { registryCode }],
      ['death', { dateOfDeath: '2026-11-20', timeOfDeath: '', placeOfDeathKind: 'residence', placeOfDeath: '12 Lê Hồng Phong'.normalize('NFD'), cause, noticeIssuedBy: 'commune', noticeNumber: '15/GBT', noticeDate: '2026-11-21' }],
      ['bundle', { ...BUNDLE, funeralAllowance: false, survivorAllowance: false }],
    ] as const) {
      expect(await save(step, values), step).toMatchObject({ ok: true });
    }
    // Without an electronic notice the photographed one is required before submission.
    const missing = await submitApplication(db(), { applicationId: id, personalId: HOA, organisationCode: null, declaration: { agreed: true }, now });
    expect(missing).toEqual({ ok: false, problems: [{ step: 'documents', field: 'deathNotice', message: 'validation.attachmentRequired' }] });
    await uploadAttachment(db(), createMemoryStorage(), { applicationId: id, personalId: HOA, organisationCode: null, kind: 'deathNotice', bytes: await jpeg(1500, 2000), originalName: 'giay-bao-tu.jpg', now });
    const submitted = await submitApplication(db(), { applicationId: id, personalId: HOA, organisationCode: null, declaration: { agreed: true }, now });
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.problems));
    const stored = (await selectApplication(db(), id, { system: true }))!.answers as { death: { cause: string; placeOfDeath: string } };
    expect(stored.death.cause).toBe(cause.normalize('NFC'));
    expect(stored.death.placeOfDeath).toBe('12 Lê Hồng Phong'.normalize('NFC'));

    const { requestSupplement } = await import('@/lib/applications/request-supplement');
    const { refuseApplication } = await import('@/lib/applications/refuse-application');
    await requestSupplement(db(), { applicationId: id, officer, items: [{ step: 'death', note: 'Ghi rõ giờ chết theo giấy báo tử' }], reason: 'Thiếu giờ chết', now: at('2026-11-24T09:30') });
    const other = await save('bundle', BUNDLE).catch((e: unknown) => e);
    expect(isAppError(other, 'conflict')).toBe(true);
    expect(await saveStep(db(), { applicationId: id, personalId: HOA, organisationCode: null, step: 'death', values: { ...stored.death, dateOfDeath: '2026-11-20', timeOfDeath: '05:10', placeOfDeathKind: 'residence', noticeIssuedBy: 'commune', noticeNumber: '15/GBT', noticeDate: '2026-11-21' }, now: at('2026-11-24T10:00') })).toMatchObject({ ok: true });
    const again = await submitApplication(db(), { applicationId: id, personalId: HOA, organisationCode: null, declaration: { agreed: true }, now: at('2026-11-24T10:05') });
    expect(again).toMatchObject({ ok: true, dossierCode: submitted.dossierCode });

    await refuseApplication(db(), { applicationId: id, staff: { ...officer, role: 'officer' }, reason: 'Người yêu cầu không phải người thân thích của người chết.', now: at('2026-11-24T10:30') });
    expect(await selectApplication(db(), id, { system: true })).toMatchObject({ status: 'rejected' });
    const sms = (await selectOutboxByKeyPrefix(db(), `${id}:`)).filter((r) => r.topic === 'notification.sms').map((r) => (r.payload as { body: string }).body);
    expect(sms.at(-1)).toContain('Lý do: Người yêu cầu không phải người thân thích của người chết.');
    expect(await population(db()).findPerson(TAM)).toMatchObject({ vitalStatus: 'alive' });
  });

  it("is not reachable by another citizen or another registry", async () => {
    const { save, id } = await draft();
    await save('applicant', { relationship: 'spouse', phone: '0903111222', email: '' });
    const other = await saveStep(db(), { applicationId: id, personalId: LAN, organisationCode: null, step: 'applicant', values: {}, now: at('2026-11-23T09:00') }).catch((e: unknown) => e);
    expect(isAppError(other, 'notFound')).toBe(true);
    const elsewhere = await applicationForReview(db(), id, '00070').catch((e: unknown) => e);
    expect(isAppError(elsewhere, 'notFound')).toBe(true);
  });
});

/** Hoa's whole application as she files it, the death facts taken from the electronic death notice. */
async function submitDeath(db: Db, registryCode: string, now: Date) {
  const app = await startApplication(db, { personalId: HOA, organisationCode: null, procedureCode: 'deathRegistration', startKey: randomUUID(), now });
  for (const [step, values] of [
    ['applicant', { relationship: 'spouse', phone: '0903111222', email: '' }],
    ['deceased', { personalId: DUC }],
    ['registry', { registryCode }],
    ['death', { dateOfDeath: '2026-11-18', timeOfDeath: '14:30', placeOfDeathKind: 'residence', placeOfDeath: 'x', cause: 'x', noticeIssuedBy: 'commune', noticeNumber: 'GBT-36-2026-000731', noticeDate: '2026-11-19' }],
    ['bundle', BUNDLE],
  ] as const) {
    const saved = await saveStep(db, { applicationId: app.id, personalId: HOA, organisationCode: null, step, values, now });
    if (!saved.ok) throw new Error(`${step}: ${JSON.stringify(saved.fieldErrors)}`);
  }
  const result = await submitApplication(db, { applicationId: app.id, personalId: HOA, organisationCode: null, declaration: { agreed: true }, now });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { id: app.id, dossierCode: result.dossierCode };
}

async function confirmDeath(db: Db, registryCode: string, now: Date) {
  const officer = await staff(db, 'officer.namdinh');
  const { id } = await submitDeath(db, registryCode, now);
  await acceptApplication(db, { applicationId: id, officer, now });
  await returnDraft(db, { applicationId: id, officer, now });
  await confirmDraft(db, { applicationId: id, personalId: HOA, organisationCode: null, now });
  return { id, officer };
}

describeEachDatabase('Art. 3(2): the population database down does not block a death registration', (db) => {
  let registryCode = '';
  beforeAll(async () => {
    await seedPersonas(db());
    registryCode = (await staff(db(), 'officer.namdinh')).registryCode;
  });

  it('Art. 3(2): registers with the population database down, shows the registry what is unsent, alerts after 5 working days, delivers once it is back', async () => {
    const { id, officer } = await confirmDeath(db(), registryCode, at('2026-11-23T09:00'));
    const down = (tx: Parameters<typeof population>[0]): PopulationRegistry => {
      const real = population(tx);
      const unavailable = async () => {
        throw new Error('population database unavailable');
      };
      return { ...real, recordDeath: unavailable, updateMaritalStatus: unavailable };
    };
    const facts = await registerApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:00') }, { population: down });
    // The registration stands: the entry, the locked e-record, Hoa widowed in our database.
    expect((await recordsOfPerson(db(), DUC)).find((r) => r.eventType === 'death')).toMatchObject({ applicationId: id, entryNumber: facts.entryNumber });
    expect(await isRecordLocked(db(), DUC)).toBe(true);
    expect(await personRecordOf(db(), HOA)).toMatchObject({ maritalStatus: 'widowed' });
    // The population database has not heard yet; the registry sees both changes waiting.
    expect(await population(db()).findPerson(DUC)).toMatchObject({ vitalStatus: 'alive' });
    const waiting = await unsentPopulationChanges(db(), registryCode, at('2026-11-23T10:05'));
    expect(waiting.map((w) => [w.change.method, w.attempts, w.lastError, w.overdue])).toEqual([
      ['recordDeath', 1, 'population database unavailable', false],
      ['updateMaritalStatus', 1, 'population database unavailable', false],
    ]);
    // Still down a week later (5 working days after Mon 23 Nov is Mon 30 Nov): the registry is alerted.
    await runJobs(db(), { now: at('2026-12-01T09:00'), adapters: { ...mockAdapters(db(), () => at('2026-12-01T09:00')), population: down(db()) } });
    expect((await unsentPopulationChanges(db(), registryCode, at('2026-12-01T09:00'))).map((w) => w.overdue)).toEqual([true, true]);
    // Back again: the next run delivers both, once.
    await runJobs(db(), { now: at('2026-12-01T18:00'), adapters: mockAdapters(db(), () => at('2026-12-01T18:00')) });
    expect(await unsentPopulationChanges(db(), registryCode, at('2026-12-01T18:00'))).toEqual([]);
    expect(await population(db()).findPerson(DUC)).toMatchObject({ vitalStatus: 'deceased', dateOfDeath: '2026-11-18' });
    expect(await population(db()).findPerson(HOA)).toMatchObject({ maritalStatus: 'widowed' });
  });
});
