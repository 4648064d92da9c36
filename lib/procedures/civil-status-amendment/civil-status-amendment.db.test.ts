import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { selectApplication } from '@/db/queries/applications';
import { selectPersonsOfRecords, selectRecord, setRecordContent } from '@/db/queries/civil-status';
import { selectOfficeUserByUsername } from '@/db/queries/office-users';
import { selectDocumentsOfApplication } from '@/db/queries/documents';
import { insertAdjustment, selectAdjustmentsOfRecords } from '@/db/queries/register-changes';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { acceptApplication } from '@/lib/applications/accept-application';
import { confirmDraft } from '@/lib/applications/confirm-draft';
import { consentsOfApplication } from '@/lib/applications/consents';
import { documentForVerification } from '@/lib/applications/documents-of-citizen';
import { registerApplication } from '@/lib/applications/register-application';
import { returnDraft } from '@/lib/applications/return-draft';
import { saveStep } from '@/lib/applications/save-step';
import { signAndIssue } from '@/lib/applications/sign-and-issue';
import { startApplication } from '@/lib/applications/start-application';
import { answerAsCoApplicant, submitApplication } from '@/lib/applications/submit-application';
import { at, HOAN_KIEM, LAN, MINH, saigonSigner, staff } from '@/lib/applications/test-fixtures';
import { bookAppointment, openSlots } from '@/lib/applications/appointments';
import { recordEntry, recordsOfPerson } from '@/lib/civil-status/records';
import { population } from '@/lib/population';
import { amendedElsewhere } from '@/lib/office/amended-elsewhere';
import { getRegistry } from '@/lib/registries';
import { amendmentFixtures } from './test-fixtures';

const NAME = 'birth.fields.fullName';

describeEachDatabase('procedures.md §6: change, correction, supplement of civil-status information', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });
  const { storage, misspeltBirth, fileCorrection } = amendmentFixtures(db);

  it('Art. 12(1)(a), 4(2): a correction registered and signed changes the entry through the adjustment log, re-issues the certificate as version 2 and marks version 1 superseded', async () => {
    const { record, certificate, child } = await misspeltBirth();
    expect(record.content.find((r) => r.label === NAME)?.value).toBe('TRẦN MINH KHOI');
    const { id, problems } = await fileCorrection(record.id, child, { item1Field: NAME, item1Value: 'Trần Minh Khôi', item1Reason: 'Tên viết thiếu dấu khi đăng ký, theo giấy chứng sinh.' });
    expect(problems).toBeNull();

    const officer = await staff(db(), 'officer.hoankiem');
    const signer = await staff(db(), 'leader.hoankiem');
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-12-01T10:00') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-12-01T10:10') });
    await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-12-01T10:20') });
    // Nothing registered changes before the amendment is registered.
    expect((await selectRecord(db(), record.id))!.nameOnRecord).toBe('Trần Minh Khoi');
    const facts = await registerApplication(db(), { applicationId: id, officer, now: at('2026-12-01T11:00') });
    expect(facts).toMatchObject({ amendedRecordId: record.id, book: '01/2026' });

    const amended = (await selectRecord(db(), record.id))!;
    expect(amended.content.find((r) => r.label === NAME)?.value).toBe('TRẦN MINH KHÔI');
    expect(amended.nameOnRecord).toBe('Trần Minh Khôi');
    // The person is found under the corrected name (Art. 7(2)).
    expect((await selectPersonsOfRecords(db(), [record.id])).find((p) => p.role === 'child')).toMatchObject({ fullName: 'Trần Minh Khôi', nameKey: 'tran khoi' });
    // Art. 3(2): the population database hears of the corrected name with the registration.
    expect(await population(db()).findPerson(child)).toMatchObject({ fullName: 'Trần Minh Khôi', surname: 'Trần', middleName: 'Minh', givenName: 'Khôi' });
    const [adjustment] = (await selectAdjustmentsOfRecords(db(), [record.id])).filter((a) => a.applicationId === id);
    expect(adjustment).toMatchObject({ path: 'amendment', changes: [{ field: NAME, old: 'TRẦN MINH KHOI', new: 'TRẦN MINH KHÔI' }] });
    for (const element of ['legalBasis', 'decisionMaker', 'implementer'] as const) expect(adjustment![element]).toMatch(/\S/);
    expect(adjustment!.legalBasis).toContain('Luật Hộ tịch');
    expect(adjustment!.at).toEqual(at('2026-12-01T11:00'));

    const { documentIds } = await signAndIssue(db(), { applicationId: id, signer, now: at('2026-12-01T14:00'), baseUrl: 'https://hotich.example.vn', storage });
    const [extract] = await selectDocumentsOfApplication(db(), id);
    expect(extract).toMatchObject({ kind: 'amendmentExtract', holderPersonalId: child, id: documentIds[0] });
    expect(JSON.stringify(extract!.content)).toContain('TRẦN MINH KHOI');

    const versions = (await selectDocumentsOfApplication(db(), record.applicationId!)).filter((d) => d.kind === 'birthCertificate');
    expect(versions.map((d) => [d.version, d.status])).toEqual([[2, 'valid'], [1, 'superseded']]);
    expect(versions[0]!.supersedesId).toBe(certificate.id);
    expect((versions[0]!.content as { child: { fullName: string } }).child.fullName).toBe('Trần Minh Khôi');

    // The old paper's QR: superseded, with the current version's date and status, not its content.
    const old = await documentForVerification(db(), certificate.token, at('2026-12-02T09:00'));
    expect(old).toMatchObject({ ok: true, status: 'superseded', current: { version: 2, status: 'valid' } });
    expect(JSON.stringify(old)).not.toContain('Khôi');
    expect(await documentForVerification(db(), versions[0]!.token, at('2026-12-02T09:00'))).toMatchObject({ ok: true, status: 'valid', version: 2 });
    expect((await selectApplication(db(), id, { registryCode: HOAN_KIEM }))?.status).toBe('completed');
  });

  it('the requested value must differ from the register, and the item must be one the kind of request allows', async () => {
    const { record, child } = await misspeltBirth('Khoa');
    const same = await fileCorrection(record.id, child, { item1Field: NAME, item1Value: 'Trần Minh Khoa', item1Reason: 'Thử' });
    expect(JSON.stringify(same.problems)).toContain('amendment.problems.sameValue');
    const other = await fileCorrection(record.id, child, { item1Field: 'birth.fields.nationality', item1Value: 'Lào', item1Reason: 'Thử' });
    expect(JSON.stringify(other.problems)).toContain('amendment.problems.fieldNotAllowed');
    // The personal ID number is the population database's to reissue, never a citizen's to request.
    const number = await fileCorrection(record.id, child, { item1Field: 'me.personalId', item1Value: '001226000001', item1Reason: 'Thử' });
    expect(JSON.stringify(number.problems)).toContain('amendment.problems.fieldNotAllowed');
    const notADate = await fileCorrection(record.id, child, { item1Field: 'birth.fields.dateOfBirth', item1Value: '31/02/2026', item1Reason: 'Thử' });
    expect(JSON.stringify(notADate.problems)).toContain('amendment.problems.notADate');
    const sameDay = await fileCorrection(record.id, child, { item1Field: 'birth.fields.dateOfBirth', item1Value: '15/11/2026', item1Reason: 'Thử' });
    expect(JSON.stringify(sameDay.problems)).toContain('amendment.problems.sameValue');
    const notASex = await fileCorrection(record.id, child, { item1Field: 'birth.fields.sex', item1Value: 'con gái', item1Reason: 'Thử' });
    expect(JSON.stringify(notASex.problems)).toContain('amendment.problems.notASex');
  });

  it('a citizen amends only events in which she is the subject or the legal representative: applying for himself, Minh cannot pick his son\'s entry', async () => {
    const { record } = await misspeltBirth('Khang');
    const app = await startApplication(db(), { personalId: MINH, organisationCode: null, procedureCode: 'civilStatusAmendment', startKey: randomUUID(), now: at('2026-12-01T09:00') });
    await saveStep(db(), { applicationId: app.id, personalId: MINH, organisationCode: null, step: 'applicant', values: { relationship: 'self', subjectPersonalId: '', phone: '0912 345 678', email: '' }, now: at('2026-12-01T09:00') });
    const saved = await saveStep(db(), { applicationId: app.id, personalId: MINH, organisationCode: null, step: 'record', values: { recordId: record.id, amendmentType: 'correction' }, now: at('2026-12-01T09:00') });
    expect(saved.ok ? [] : JSON.stringify(saved.fieldErrors)).toContain('amendment.problems.noSuchEntry');
  });

  /** Lan's daughter, 10, whose 2016 birth entry (no certificate here) records only her name and ethnicity. */
  async function daughterOf2016(given: string, entryNumber: string, residence: { provinceCode: string; communeCode: string; detail: string } | null = null) {
    const pop = population(db());
    const girl = await pop.allocatePersonalId({ registryProvinceCode: '01', sex: 'female', dateOfBirth: '2016-04-02' });
    await pop.addPerson({
      personalId: girl, surname: 'Trần', middleName: 'Thị', givenName: given, sex: 'female', dateOfBirth: '2016-04-02', ethnicityCode: '01', nationality: 'VN',
      placeOfBirth: 'Hà Nội', homeTown: 'Hà Nội', permanentResidence: residence, phone: null, email: null, maritalStatus: null, fatherPersonalId: MINH, motherPersonalId: LAN, householdId: null, relationshipToHead: null,
    });
    const name = `Trần Thị ${given}`;
    const entry = { eventType: 'birth' as const, registrationType: 'onTime', subjectPersonalId: girl, nameOnRecord: name, registryCode: HOAN_KIEM, registryName: 'Ủy ban nhân dân phường Hoàn Kiếm', entryNumber, book: '01/2016', registeredOn: '2016-04-10',
      content: [{ label: NAME, value: name.toLocaleUpperCase('vi-VN') }, { label: 'birth.fields.ethnicityCode', value: 'Kinh' }] };
    await recordEntry(db(), entry, [{ role: 'child', personalId: girl, fullName: name, dateOfBirth: '2016-04-02' }], at('2026-12-01T08:00'));
    return { girl, recordId: (await recordsOfPerson(db(), girl)).find((r) => r.eventType === 'birth')!.id };
  }

  it('Law Art. 29: a supplement fills only what the entry left empty, is due the same day, and appends it to the entry through the log', async () => {
    const { girl, recordId } = await daughterOf2016('Nhi', '4062');
    // Her name is not empty: a supplement cannot touch it.
    const refused = await fileCorrection(recordId, girl, { item1Field: NAME, item1Value: 'Trần Thị Nhi Anh', item1Reason: 'Bổ sung' }, LAN, { type: 'supplement' });
    expect(JSON.stringify(refused.problems)).toContain('amendment.problems.fieldNotAllowed');
    const HOME = 'birth.fields.homeTownKind';
    const { id, problems } = await fileCorrection(recordId, girl, { item1Field: HOME, item1Value: 'Xã Phú Xuyên, Thành phố Hà Nội', item1Reason: 'Sổ gốc bỏ trống quê quán.' }, LAN, { type: 'supplement' });
    expect(problems).toBeNull();
    // Received on Tuesday 1 December at 09:00: due that same day.
    expect(await selectApplication(db(), id, { registryCode: HOAN_KIEM })).toMatchObject({ dueOn: '2026-12-01' });
    const officer = await staff(db(), 'officer.hoankiem');
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-12-01T10:00') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-12-01T10:10') });
    await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-12-01T10:20') });
    await registerApplication(db(), { applicationId: id, officer, now: at('2026-12-01T11:00') });
    expect((await selectRecord(db(), recordId))!.content).toContainEqual({ label: HOME, value: 'Xã Phú Xuyên, Thành phố Hà Nội' });
    const [adjustment] = await selectAdjustmentsOfRecords(db(), [recordId]);
    expect(adjustment).toMatchObject({ path: 'amendment', applicationId: id, changes: [{ field: HOME, old: null, new: 'Xã Phú Xuyên, Thành phố Hà Nội' }] });
  });

  it('Civil Code Art. 28: changing the name of a child aged 9 or over needs the child\'s consent, from their account or as a signed statement', async () => {
    const { girl, recordId } = await daughterOf2016('Na', '4061');

    const item = { item1Field: NAME, item1Value: 'Trần Thị Ngân', item1Reason: 'Đổi tên theo nguyện vọng của gia đình (Bộ luật Dân sự, Điều 28).' };
    const asked = await fileCorrection(recordId, girl, item, LAN, { type: 'change' });
    expect(asked.problems).toBeNull();
    expect((await consentsOfApplication(db(), asked.id)).map((c) => [c.personalId, c.purpose, c.status])).toEqual([[girl, 'amendment', 'requested']]);
    const officer = await staff(db(), 'officer.hoankiem');
    await acceptApplication(db(), { applicationId: asked.id, officer, now: at('2026-12-01T10:00') });
    await returnDraft(db(), { applicationId: asked.id, officer, now: at('2026-12-01T10:10') });
    await confirmDraft(db(), { applicationId: asked.id, personalId: LAN, organisationCode: null, now: at('2026-12-01T10:20') });
    // Not registered while the child has not answered.
    await expect(registerApplication(db(), { applicationId: asked.id, officer, now: at('2026-12-01T11:00') })).rejects.toMatchObject({ details: { reason: 'consentPending' } });

    // With her signed statement attached, no request goes to her account.
    const withStatement = await fileCorrection(recordId, girl, { ...item, item1Value: 'Trần Thị Ngọc' }, LAN, { type: 'change', consentStatement: true });
    expect(withStatement.problems).toBeNull();
    expect(await consentsOfApplication(db(), withStatement.id)).toEqual([]);
  });

  it('Law Art. 27, 28(3): the registry where the person now lives may take the amendment; the registry keeping the entry sees it on its dashboard', async () => {
    const saigon = await staff(db(), 'officer.saigon');
    const commune = (await getRegistry(db(), saigon.registryCode))!;
    const { girl, recordId } = await daughterOf2016('Vy', '4063', { provinceCode: commune.provinceCode, communeCode: commune.communeCode, detail: '5 Lê Lợi' });
    const { id, problems } = await fileCorrection(recordId, girl, { item1Field: NAME, item1Value: 'Trần Thị Vi', item1Reason: 'Sổ ghi nhầm chữ y thành chữ i.' }, LAN, { registryCode: saigon.registryCode });
    expect(problems).toBeNull();
    await acceptApplication(db(), { applicationId: id, officer: saigon, now: at('2026-12-01T10:00') });
    await returnDraft(db(), { applicationId: id, officer: saigon, now: at('2026-12-01T10:10') });
    await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-12-01T10:20') });
    await registerApplication(db(), { applicationId: id, officer: saigon, now: at('2026-12-01T11:00') });
    const told = await amendedElsewhere(db(), HOAN_KIEM);
    expect(told.find((a) => a.recordId === recordId)).toMatchObject({ entryNumber: '4063', byRegistryName: commune.name, changes: [{ field: NAME, old: 'TRẦN THỊ VY', new: 'TRẦN THỊ VI' }] });
    // The registry that registered it is not told of its own work.
    expect((await amendedElsewhere(db(), saigon.registryCode)).map((a) => a.recordId)).not.toContain(recordId);
  });

  it('Art. 12(1): an amendment changes only its own items: a place of birth corrected earlier by the database management stays', async () => {
    const { record, child } = await misspeltBirth('Kien');
    const PLACE = 'birth.fields.placeOfBirthKind';
    const corrected = 'Bệnh viện Phụ sản Hà Nội, 929 La Thành, Phường Giảng Võ, Thành phố Hà Nội';
    const dbadmin = (await selectOfficeUserByUsername(db(), 'dbadmin.moj'))!;
    // As an approved discrepancy writes it (lib/civil-status/changes.ts): the log row, then the content.
    await db().transaction(async (tx) => {
      await insertAdjustment(tx, { recordId: record.id, path: 'discrepancy', legalBasis: 'Điều 12 Thông tư 01/2022/TT-BTP', decisionMaker: dbadmin.fullName, decisionMakerUserId: dbadmin.id, implementer: dbadmin.fullName, implementerUserId: dbadmin.id, at: at('2026-11-30T09:00'), changes: [{ field: PLACE, old: null, new: corrected }] });
      await setRecordContent(tx, record.id, record.content.map((r) => (r.label === PLACE ? { ...r, value: corrected } : r)));
    });
    const { id } = await fileCorrection(record.id, child, { item1Field: NAME, item1Value: 'Trần Minh Kiên', item1Reason: 'Tên viết thiếu dấu.' });
    const officer = await staff(db(), 'officer.hoankiem');
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-12-01T10:00') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-12-01T10:10') });
    await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-12-01T10:20') });
    await registerApplication(db(), { applicationId: id, officer, now: at('2026-12-01T11:00') });
    const content = (await selectRecord(db(), record.id))!.content;
    expect(content.find((r) => r.label === NAME)?.value).toBe('TRẦN MINH KIÊN');
    expect(content.find((r) => r.label === PLACE)?.value).toBe(corrected);
    const [amendment] = (await selectAdjustmentsOfRecords(db(), [record.id])).filter((a) => a.applicationId === id);
    expect(amendment!.changes.map((c) => c.field)).toEqual([NAME]);
  });
  /** A couple married at Sài Gòn, the bride's name registered without its diacritics; both originals issued. */
  async function marriageWithMisspeltBride() {
    const pop = population(db());
    const mai = (await pop.findPerson('079300004321'))!;
    const huy = (await pop.findPerson('079098001234'))!;
    const groom = '079098660001';
    const bride = '079300660002';
    await pop.addPerson({ ...huy, personalId: groom, surname: 'Đỗ', middleName: 'Quang', givenName: 'Hưng', maritalStatus: 'single', householdId: null });
    await pop.addPerson({ ...mai, personalId: bride, surname: 'Vo', middleName: 'Thi', givenName: 'Thu', maritalStatus: 'single', householdId: null });
    const officer = await staff(db(), 'officer.saigon');
    const now = at('2026-12-02T09:00');
    const app = await startApplication(db(), { personalId: groom, organisationCode: null, procedureCode: 'marriageRegistration', startKey: randomUUID(), now });
    for (const [step, values] of [
      ['applicant', { party: 'groom', phone: '0909123456', email: '' }],
      ['otherParty', { personalId: bride }],
      ['registry', { registryCode: officer.registryCode }],
      ['status', { groomStatus: 'neverMarried', groomCourt: '', groomJudgmentNumber: '', groomJudgmentDate: '', brideStatus: 'neverMarried', brideCourt: '', brideJudgmentNumber: '', brideJudgmentDate: '' }],
      ['ceremony', { intendedDate: '2026-12-07' }],
    ] as const) expect(await saveStep(db(), { applicationId: app.id, personalId: groom, organisationCode: null, step, values, now })).toMatchObject({ ok: true });
    expect(await submitApplication(db(), { applicationId: app.id, personalId: groom, organisationCode: null, declaration: { agreed: true }, now })).toMatchObject({ ok: true });
    await answerAsCoApplicant(db(), { applicationId: app.id, personalId: bride, organisationCode: null, agree: true, now });
    await acceptApplication(db(), { applicationId: app.id, officer, now });
    await returnDraft(db(), { applicationId: app.id, officer, now });
    await confirmDraft(db(), { applicationId: app.id, personalId: bride, organisationCode: null, now });
    const { slots } = await openSlots(db(), { applicationId: app.id, personalId: groom, organisationCode: null, now });
    await bookAppointment(db(), { applicationId: app.id, personalId: groom, organisationCode: null, startsAt: slots[0]!.startsAt, now });
    await registerApplication(db(), { applicationId: app.id, officer, now: at('2026-12-07T08:15'), presenceChecks: { bothPresent: true, identityChecked: true, originals: [] } });
    await signAndIssue(db(), { applicationId: app.id, signer: await saigonSigner(db()), now: at('2026-12-07T09:00'), baseUrl: 'https://hotich.example.vn', storage });
    const record = (await recordsOfPerson(db(), bride)).find((r) => r.eventType === 'marriage')!;
    return { record, bride, groom, officer, originals: await selectDocumentsOfApplication(db(), app.id) };
  }

  it('Art. 12(1)(a), 4(2): the bride corrects her name on the marriage certificate: only her row of the entry changes, and both spouses\' originals are re-issued as version 2', async () => {
    const { record, bride, officer, originals } = await marriageWithMisspeltBride();
    const WIFE = 'marriage.preview.wife';
    expect(record.content.find((r) => r.label === WIFE)?.value).toBe('VO THI THU');
    // A change of name is made on her birth entry, not here; a correction of what was printed is.
    const changed = await fileCorrection(record.id, bride, { item1Field: WIFE, item1Value: 'Võ Thị Thu', item1Reason: 'In thiếu dấu.' }, bride, { type: 'change', forSelf: true, registryCode: officer.registryCode });
    expect(changed.problems).toMatchObject({ amendmentType: ['amendment.problems.nothingTo.change'] });
    const { id, problems } = await fileCorrection(record.id, bride, { item1Field: WIFE, item1Value: 'Võ Thị Thu', item1Reason: 'Tên in thiếu dấu trên giấy chứng nhận kết hôn.' }, bride, { forSelf: true, registryCode: officer.registryCode });
    expect(problems).toBeNull();
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-12-08T10:00') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-12-08T10:10') });
    await confirmDraft(db(), { applicationId: id, personalId: bride, organisationCode: null, now: at('2026-12-08T10:20') });
    await registerApplication(db(), { applicationId: id, officer, now: at('2026-12-08T11:00') });

    const after = (await selectRecord(db(), record.id))!.content;
    // Her row only: the husband's, and the two dates of birth (one per spouse), stay as they were.
    expect(after.map((r, i) => (r.value === record.content[i]!.value ? null : r.label)).filter(Boolean)).toEqual([WIFE]);
    expect(after.find((r) => r.label === WIFE)?.value).toBe('VÕ THỊ THU');
    expect((await selectPersonsOfRecords(db(), [record.id])).find((p) => p.role === 'wife')).toMatchObject({ fullName: 'Võ Thị Thu' });
    const [adjustment] = (await selectAdjustmentsOfRecords(db(), [record.id])).filter((a) => a.applicationId === id);
    expect(adjustment).toMatchObject({ path: 'amendment', changes: [{ field: WIFE, old: 'VO THI THU', new: 'VÕ THỊ THU' }] });

    await signAndIssue(db(), { applicationId: id, signer: await saigonSigner(db()), now: at('2026-12-08T14:00'), baseUrl: 'https://hotich.example.vn', storage });
    const versions = (await selectDocumentsOfApplication(db(), record.applicationId!)).filter((d) => d.kind === 'marriageCertificate');
    expect(versions.map((d) => [d.version, d.status]).sort()).toEqual([[1, 'superseded'], [1, 'superseded'], [2, 'valid'], [2, 'valid']]);
    for (const original of originals) {
      const next = versions.find((d) => d.supersedesId === original.id)!;
      // Each spouse's own original is replaced by their own new one.
      expect(next).toMatchObject({ holderPersonalId: original.holderPersonalId, version: 2, status: 'valid' });
      expect((next.content as { wife: { fullName: string }; husband: { fullName: string } }).wife.fullName).toBe('Võ Thị Thu');
      expect((next.content as { husband: { fullName: string } }).husband.fullName).toBe('Đỗ Quang Hưng');
      expect(await documentForVerification(db(), original.token, at('2026-12-09T09:00'))).toMatchObject({ ok: true, status: 'superseded', current: { version: 2, status: 'valid' } });
    }
  });
});
