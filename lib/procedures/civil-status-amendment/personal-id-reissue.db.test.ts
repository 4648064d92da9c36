import { beforeAll, expect, it } from 'vitest';
import { selectApplication, selectEvents } from '@/db/queries/applications';
import { selectPersonsOfRecords, selectRecord } from '@/db/queries/civil-status';
import { selectDocument, selectDocumentsOfApplication } from '@/db/queries/documents';
import { selectOutboxByKeyPrefix } from '@/db/queries/outbox';
import { selectPersonRecord } from '@/db/queries/person-records';
import { selectAdjustmentsOfRecords } from '@/db/queries/register-changes';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { documentForVerification } from '@/lib/applications/documents-of-citizen';
import { registerOrAwaitPersonalId } from '@/lib/applications/register-application';
import { signAndIssue } from '@/lib/applications/sign-and-issue';
import { at, LAN, staff } from '@/lib/applications/test-fixtures';
import { withdrawApplication } from '@/lib/applications/withdraw-application';
import { recordsOfPerson } from '@/lib/civil-status/records';
import { deliverOutbox, mockAdapters } from '@/lib/jobs';
import { population, PopulationError, type PopulationRegistry } from '@/lib/population';
import { amendmentFixtures } from './test-fixtures';

const DOB = 'birth.fields.dateOfBirth';

/** The population database of the mock, except that it does not reissue a number now. */
const refusingReissue = (tx: Parameters<typeof population>[0]): PopulationRegistry => ({
  ...population(tx),
  reissuePersonalId: () => Promise.reject(new PopulationError('personalIdNotIssued', 'the managers of both databases are coordinating')),
});

describeEachDatabase('Circular 01/2022 Art. 4(1): a correction the personal ID number no longer encodes has the number reissued', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });
  const { storage, misspeltBirth, confirmedCorrection } = amendmentFixtures(db);

  it('Art. 4(1): a corrected year of birth the personal ID number no longer encodes waits in awaitingPersonalId until the population database reissues the number; both databases then move to it, every entry\'s change logged, and the certificate is re-issued under it', async () => {
    const { record, certificate, child } = await misspeltBirth('Khương');
    expect(child).toMatch(/^001226\d{6}$/);
    const { id, officer } = await confirmedCorrection(record.id, child, { item1Field: DOB, item1Value: '15/11/2025', item1Reason: 'Năm sinh ghi nhầm, theo giấy chứng sinh.' });

    expect(await registerOrAwaitPersonalId(db(), { applicationId: id, officer, now: at('2026-12-01T11:00') }, { population: refusingReissue })).toEqual({ kind: 'awaitingPersonalId' });
    expect(await selectApplication(db(), id, { system: true })).toMatchObject({ status: 'awaitingPersonalId' });
    // Nothing registered changed: the entry, the number, the population database.
    expect(await selectRecord(db(), record.id)).toMatchObject({ subjectPersonalId: child, content: record.content });
    expect(await population(db()).findPerson(child)).toMatchObject({ personalId: child, dateOfBirth: '2026-11-15' });
    expect(await selectOutboxByKeyPrefix(db(), `${id}:personalId:`)).toMatchObject([{ payload: { kind: 'reissue', personalId: child, sex: 'male', dateOfBirth: '2025-11-15' } }]);

    // The population database answers the outbox's next attempt: our database follows in the same transaction.
    expect(await deliverOutbox(db(), { now: at('2026-12-01T11:30'), adapters: mockAdapters(db(), () => at('2026-12-01T11:30')), limit: 10_000 })).toMatchObject({ failed: 0 });
    const answer = (await selectEvents(db(), id)).at(-1)!;
    expect(answer).toMatchObject({ action: 'personalIdIssued', toStatus: 'awaitingRegistration', payload: { kind: 'reissue', previousPersonalId: child } });
    const reissued = (answer.payload as { personalId: string }).personalId;
    expect(reissued).toMatch(/^001225\d{6}$/);
    expect(await population(db()).findPerson(reissued)).toMatchObject({ dateOfBirth: '2025-11-15', givenName: 'Khương' });
    // A look-up of the cancelled number finds the person under the new one.
    expect(await population(db()).findPerson(child)).toMatchObject({ personalId: reissued });
    const moved = (await selectRecord(db(), record.id))!;
    expect(moved.subjectPersonalId).toBe(reissued);
    expect(moved.content.find((r) => r.label === 'me.personalId')?.value).toBe(reissued);
    expect((await selectPersonsOfRecords(db(), [record.id])).find((p) => p.role === 'child')?.personalId).toBe(reissued);
    expect((await recordsOfPerson(db(), reissued)).map((r) => r.id)).toContain(record.id);
    expect(await selectPersonRecord(db(), child)).toMatchObject({ replacedByPersonalId: reissued });
    const [followed] = (await selectAdjustmentsOfRecords(db(), [record.id])).filter((a) => a.path === 'personalId');
    expect(followed).toMatchObject({ legalBasis: 'Circular 01/2022 Art. 4(1)', applicationId: id, changes: [{ field: 'me.personalId', old: child, new: reissued }] });
    expect(followed!.decisionMaker).toContain('dân cư');
    // The paper's QR says the number it prints was replaced, and by which.
    expect(await documentForVerification(db(), certificate.token, at('2026-12-01T12:00'))).toMatchObject({ ok: true, status: 'amended', updates: [{ field: 'me.personalId', value: reissued }] });
    // The year of birth itself changes only with the registration.
    expect(moved.content.find((r) => r.label === DOB)?.value).toBe('15/11/2026, 08:40');

    const registered = await registerOrAwaitPersonalId(db(), { applicationId: id, officer, now: at('2026-12-01T14:00') });
    expect(registered).toMatchObject({ kind: 'registered', facts: { amendedRecordId: record.id, subjectPersonalId: reissued } });
    const amended = (await selectRecord(db(), record.id))!;
    expect(amended.content.find((r) => r.label === DOB)?.value).toBe('15/11/2025, 08:40');
    expect((await selectPersonsOfRecords(db(), [record.id])).find((p) => p.role === 'child')?.dateOfBirth).toBe('2025-11-15');
    const [amendment] = (await selectAdjustmentsOfRecords(db(), [record.id])).filter((a) => a.path === 'amendment' && a.applicationId === id);
    expect(amendment!.changes).toEqual(expect.arrayContaining([{ field: DOB, old: '15/11/2026, 08:40', new: '15/11/2025, 08:40' }]));

    const signer = await staff(db(), 'leader.hoankiem');
    await signAndIssue(db(), { applicationId: id, signer, now: at('2026-12-01T15:00'), baseUrl: 'https://hotich.example.vn', storage });
    const versions = (await selectDocumentsOfApplication(db(), record.applicationId!)).filter((d) => d.supersedesId === certificate.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ holderPersonalId: reissued, version: 2, status: 'valid' });
    expect((versions[0]!.content as { child: { personalId: string; dateOfBirth: string } }).child).toMatchObject({ personalId: reissued, dateOfBirth: '2025-11-15' });
    expect(await selectDocument(db(), certificate.id)).toMatchObject({ status: 'superseded' });
  });

  it('Art. 4(1): when the population database reissues the number at once, the officer\'s one "register" makes the registration under it', async () => {
    const { record, child } = await misspeltBirth('Khiêm');
    const { id, officer } = await confirmedCorrection(record.id, child, { item1Field: 'birth.fields.sex', item1Value: 'Nữ', item1Reason: 'Giới tính ghi nhầm, theo giấy chứng sinh.' });
    const outcome = await registerOrAwaitPersonalId(db(), { applicationId: id, officer, now: at('2026-12-01T11:00') });
    expect(outcome.kind).toBe('registered');
    const reissued = (await selectRecord(db(), record.id))!.subjectPersonalId;
    // The century/sex digit of a girl born in the 2000s is 3.
    expect(reissued).toMatch(/^001326\d{6}$/);
    expect(await population(db()).findPerson(reissued)).toMatchObject({ sex: 'female' });
    expect((await selectEvents(db(), id)).map((e) => e.action)).toEqual(expect.arrayContaining(['awaitPersonalId', 'personalIdIssued', 'register']));
    expect((await selectRecord(db(), record.id))!.content.find((r) => r.label === 'birth.fields.sex')?.value).toBe('Nữ');
  });

  it('Art. 4(1): a correction withdrawn while it waits has no number reissued: the population database and the register keep the old one', async () => {
    const { record, child } = await misspeltBirth('Khải');
    const { id, officer } = await confirmedCorrection(record.id, child, { item1Field: DOB, item1Value: '15/11/2025', item1Reason: 'Năm sinh ghi nhầm.' });
    expect(await registerOrAwaitPersonalId(db(), { applicationId: id, officer, now: at('2026-12-01T11:00') }, { population: refusingReissue })).toEqual({ kind: 'awaitingPersonalId' });
    await withdrawApplication(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-12-01T11:10') });
    await deliverOutbox(db(), { now: at('2026-12-01T12:00'), adapters: mockAdapters(db(), () => at('2026-12-01T12:00')), limit: 10_000 });
    expect(await population(db()).findPerson(child)).toMatchObject({ personalId: child, dateOfBirth: '2026-11-15' });
    expect(await selectRecord(db(), record.id)).toMatchObject({ subjectPersonalId: child });
    expect((await selectEvents(db(), id)).map((e) => e.action)).not.toContain('personalIdIssued');
  });

  it('Art. 3(2): a date of birth corrected within the same year keeps the number, and the population database hears of it with the registration', async () => {
    const { record, child } = await misspeltBirth('Khuyến');
    const { id, officer } = await confirmedCorrection(record.id, child, { item1Field: DOB, item1Value: '14/11/2026', item1Reason: 'Ngày sinh ghi nhầm.' });
    expect(await registerOrAwaitPersonalId(db(), { applicationId: id, officer, now: at('2026-12-01T11:00') })).toMatchObject({ kind: 'registered', facts: { subjectPersonalId: child } });
    expect(await population(db()).findPerson(child)).toMatchObject({ personalId: child, dateOfBirth: '2026-11-14' });
    expect((await selectRecord(db(), record.id))!.content.find((r) => r.label === DOB)?.value).toBe('14/11/2026, 08:40');
    expect((await selectEvents(db(), id)).map((e) => e.action)).not.toContain('awaitPersonalId');
  });
});
