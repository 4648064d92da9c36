import { randomUUID } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectApplication } from '@/db/queries/applications';
import { selectDocumentsOfApplication } from '@/db/queries/documents';
import { civilStatusRecords, recordPersons, recordViews } from '@/db/schema';
import { DEMO_ORGANISATIONS, seedOrganisations } from '@/db/seed/organisations';
import { seedPersonas } from '@/db/seed/personas';
import { seedResidents } from '@/db/seed/residents';
import { describeEachDatabase } from '@/db/testing';
import { acceptApplication } from '@/lib/applications/accept-application';
import { uploadAttachment } from '@/lib/applications/attachments';
import { confirmDraft } from '@/lib/applications/confirm-draft';
import { documentsOfHolder } from '@/lib/applications/documents-of-citizen';
import { registerApplication } from '@/lib/applications/register-application';
import { returnDraft } from '@/lib/applications/return-draft';
import { saveStep } from '@/lib/applications/save-step';
import { signAndIssue } from '@/lib/applications/sign-and-issue';
import { startApplication } from '@/lib/applications/start-application';
import { submitApplication } from '@/lib/applications/submit-application';
import { at, LAN, staff } from '@/lib/applications/test-fixtures';
import type { OrganisationLetterContent } from '@/lib/documents/organisation-letter-pdf';
import { isAppError } from '@/lib/errors';
import { demoOrganisationIdentity } from '@/lib/organisations/identity';
import { createMemoryStorage } from '@/lib/uploads/storage';
import { jpeg } from '@/lib/uploads/test-fixtures';

const storage = createMemoryStorage();
const [SCHOOLS, COURT] = DEMO_ORGANISATIONS as [(typeof DEMO_ORGANISATIONS)[number], (typeof DEMO_ORGANISATIONS)[number]];
const schools = { personalId: SCHOOLS.representativePersonalId, organisationCode: SCHOOLS.code };
const HOAN_KIEM = '00070';

describeEachDatabase('confirmation of civil-status information for an organisation (Art. 8(2)–(3))', (db) => {
  let commune = '';
  beforeAll(async () => {
    await seedPersonas(db());
    await seedOrganisations(db(), 'demo-password');
    await seedResidents(db(), 1500, new Set([LAN, SCHOOLS.representativePersonalId, COURT.representativePersonalId]), at('2026-11-01T09:00'));
    // The Hà Nội commune with the most births registered since 2016 among the generated residents.
    const [top] = await db()
      .select({ registryCode: civilStatusRecords.registryCode, n: sql<number>`count(*)::int` })
      .from(civilStatusRecords)
      .where(and(eq(civilStatusRecords.eventType, 'birth'), sql`${civilStatusRecords.registryCode} like '00%'`, sql`${civilStatusRecords.registeredOn} >= '2016-01-01'`))
      .groupBy(civilStatusRecords.registryCode)
      .orderBy(desc(sql`count(*)`))
      .limit(1);
    commune = top!.registryCode;
  });

  async function file(persons: Record<string, unknown>, scope: string, now: Date) {
    const app = await startApplication(db(), { ...schools, procedureCode: 'organisationConfirmation', startKey: randomUUID(), now });
    for (const [step, values] of [
      ['organisation', { organisationName: 'ignored', representativeName: 'ignored', position: 'Phó Giám đốc', legalAuthority: 'Luật Giáo dục 2019, Điều 14', letterReference: 'Công văn số 1234/SGDĐT-KHTC ngày 25/11/2026', phone: '0243825 1234', email: '' }],
      ['registry', { registryCode: HOAN_KIEM }],
      ['persons', { personalIds: '', birthYearFrom: '', birthYearTo: '', communeCode: '', parentIds: '', ...persons }],
      ['request', { scope, purpose: 'Dự báo số trẻ vào lớp 1 năm học 2027–2028' }],
    ] as const) {
      const saved = await saveStep(db(), { applicationId: app.id, ...schools, step, values, now });
      expect(saved, step).toMatchObject({ ok: true });
    }
    await uploadAttachment(db(), storage, { applicationId: app.id, ...schools, kind: 'officialLetter', bytes: await jpeg(1200, 1600), originalName: 'cong-van.jpg', now });
    expect(await submitApplication(db(), { applicationId: app.id, ...schools, declaration: { agreed: true }, now })).toMatchObject({ ok: true, status: 'submitted' });
    return app.id;
  }

  async function approveAndIssue(id: string, now: Date) {
    const officer = await staff(db(), 'officer.hoankiem');
    await acceptApplication(db(), { applicationId: id, officer, now });
    await returnDraft(db(), { applicationId: id, officer, now });
    await confirmDraft(db(), { applicationId: id, ...schools, now });
    const facts = await registerApplication(db(), { applicationId: id, officer, now });
    await signAndIssue(db(), { applicationId: id, signer: await staff(db(), 'leader.hoankiem'), now, baseUrl: 'https://hotich.example.vn', storage });
    const [letter] = await selectDocumentsOfApplication(db(), id);
    return { facts, letter: letter!, content: letter!.content as OrganisationLetterContent };
  }

  const viewsOf = (personalId: string) => db().select().from(recordViews).where(and(eq(recordViews.personalId, personalId), eq(recordViews.viewerKind, 'organisation')));

  it('Art. 8(2), 8(3): a criteria request in the statistics-only scope gives counts per year and names no one', async () => {
    const now = at('2026-12-02T09:00');
    const id = await file({ selection: 'criteria', birthYearFrom: '2016', birthYearTo: '2025', communeCode: commune }, 'statisticsOnly', now);
    const { facts, letter, content } = await approveAndIssue(id, now);
    expect(facts).toMatchObject({ entryNumber: '1', book: 'XNTTHT-TC/2026', registrationType: 'letter' });
    expect(letter).toMatchObject({ kind: 'organisationLetter', holderPersonalId: SCHOOLS.representativePersonalId });
    const births = await db().select({ id: civilStatusRecords.subjectPersonalId, on: civilStatusRecords.registeredOn }).from(civilStatusRecords).where(and(eq(civilStatusRecords.registryCode, commune), eq(civilStatusRecords.eventType, 'birth'), sql`${civilStatusRecords.registeredOn} >= '2016-01-01'`));
    expect(births.length).toBeGreaterThan(0);
    // Counts under 5 would tell about individual children: they are not printed.
    expect(content.statistics.at(-1)).toBe(`Tổng cộng: ${births.length >= 5 ? births.length : 'dưới 5'} trẻ em.`);
    expect(content.statistics[0]).toMatch(/^Trẻ em đã đăng ký khai sinh, theo năm sinh: (\d{4}: (\d+|dưới 5)(; )?)+\.$/);
    expect(content.annex).toEqual([]);
    // Nothing personal anywhere in what the organisation receives: no ID number, no name of a child.
    const printed = JSON.stringify(content);
    expect(printed).not.toMatch(/(?<!\d)\d{12}(?!\d)/);
    for (const b of births) expect(printed).not.toContain(b.id);
    for (const b of births) expect(await viewsOf(b.id!)).toEqual([]);
  });

  it('Art. 8(2), 8(3): a list of ID numbers in the registration-only scope lists registrations, not their content, and logs each person shown', async () => {
    const now = at('2026-12-02T10:00');
    const children = await db().select({ id: civilStatusRecords.subjectPersonalId }).from(civilStatusRecords).where(and(eq(civilStatusRecords.registryCode, commune), eq(civilStatusRecords.eventType, 'birth'))).limit(2);
    const ids = children.map((c) => c.id!);
    const id = await file({ selection: 'idList', personalIds: `${ids.join('\n')}\n001199999999` }, 'registrationOnly', now);
    const { content } = await approveAndIssue(id, now);
    expect(content.statistics[0]).toBe('Số người trong danh sách: 3.');
    expect(content.annex.map((a) => a.heading)).toEqual([expect.stringContaining(ids[0]!), expect.stringContaining(ids[1]!), 'Số định danh cá nhân 001199999999: không có trong Cơ sở dữ liệu quốc gia về dân cư']);
    expect(content.annex[0]!.lines).toEqual([expect.stringMatching(/^Giấy khai sinh số \d+, quyển 01\/20\d\d, /)]);
    expect(content.annex[2]!.lines).toEqual(['Không có sự kiện hộ tịch nào trong Cơ sở dữ liệu hộ tịch điện tử.']);
    // The scope holds: no entry's content (sex, place of birth…) is given.
    expect(JSON.stringify(content.annex)).not.toContain('Giới tính');
    const [view] = await viewsOf(ids[0]!);
    expect(view).toMatchObject({ viewerKind: 'organisation', viewerId: SCHOOLS.representativePersonalId, viewerBody: SCHOOLS.name, purpose: 'Dự báo số trẻ vào lớp 1 năm học 2027–2028' });
  });

  it('Art. 8(3): a person named without any entry is logged too, and a parent\'s children are not their own events', async () => {
    const now = at('2026-12-02T10:30');
    const [birth] = await db().select({ id: civilStatusRecords.id }).from(civilStatusRecords).where(and(eq(civilStatusRecords.registryCode, commune), eq(civilStatusRecords.eventType, 'birth'))).limit(1);
    const [mother] = await db().select({ id: recordPersons.personalId }).from(recordPersons).where(and(eq(recordPersons.recordId, birth!.id), eq(recordPersons.role, 'mother')));
    const id = await file({ selection: 'idList', personalIds: mother!.id! }, 'registrationOnly', now);
    const { content } = await approveAndIssue(id, now);
    expect(content.annex[0]!.lines).toEqual(['Không có sự kiện hộ tịch nào trong Cơ sở dữ liệu hộ tịch điện tử.']);
    expect(await viewsOf(mother!.id!)).toContainEqual(expect.objectContaining({ recordId: null, viewerBody: SCHOOLS.name }));
  });

  it('Art. 8(3): statistics over fewer than 10 named people are refused: the counts would describe them', async () => {
    const now = at('2026-12-02T10:45');
    const app = await startApplication(db(), { ...schools, procedureCode: 'organisationConfirmation', startKey: randomUUID(), now });
    await saveStep(db(), { applicationId: app.id, ...schools, step: 'persons', values: { selection: 'idList', personalIds: LAN, birthYearFrom: '', birthYearTo: '', communeCode: '', parentIds: '' }, now });
    expect(await saveStep(db(), { applicationId: app.id, ...schools, step: 'request', values: { scope: 'statisticsOnly', purpose: 'Thống kê' }, now })).toEqual({ ok: false, fieldErrors: { scope: ['orgConfirm.validation.tooFewForStatistics'] } });
  });

  it('Art. 8(2): the full-history scope gives each entry with its content', async () => {
    const now = at('2026-12-02T11:00');
    const [child] = await db().select({ id: civilStatusRecords.subjectPersonalId }).from(civilStatusRecords).where(and(eq(civilStatusRecords.registryCode, commune), eq(civilStatusRecords.eventType, 'birth'))).limit(1);
    const id = await file({ selection: 'idList', personalIds: child!.id! }, 'fullHistory', now);
    const { content } = await approveAndIssue(id, now);
    expect(content.annex[0]!.lines).toEqual(expect.arrayContaining([expect.stringMatching(/^Giấy khai sinh số/), expect.stringMatching(/^– .+: (Nam|Nữ)$/)]));
  });

  it('Art. 8(3): the organisation\'s applications and letters are its own: not another organisation\'s, nor its representative\'s as a person', async () => {
    const now = at('2026-12-02T14:00');
    const id = await file({ selection: 'criteria', birthYearFrom: '2020', birthYearTo: '2020', communeCode: commune }, 'statisticsOnly', now);
    expect(await selectApplication(db(), id, { applicantPersonalId: schools.personalId, organisationCode: schools.organisationCode })).toBeDefined();
    expect(await selectApplication(db(), id, { applicantPersonalId: COURT.representativePersonalId, organisationCode: COURT.code })).toBeUndefined();
    expect(await selectApplication(db(), id, { partyPersonalId: schools.personalId, organisationCode: null })).toBeUndefined();
    await expect(saveStep(db(), { applicationId: id, personalId: COURT.representativePersonalId, organisationCode: COURT.code, step: 'request', values: { scope: 'fullHistory', purpose: 'x' }, now })).rejects.toSatisfy((e) => isAppError(e, 'notFound'));
    const theirs = await documentsOfHolder(db(), schools.personalId, schools.organisationCode, now);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((d) => d.kind === 'organisationLetter')).toBe(true);
    expect(await documentsOfHolder(db(), schools.personalId, null, now)).toEqual([]);
    expect(await documentsOfHolder(db(), COURT.representativePersonalId, COURT.code, now)).toEqual([]);
  });

  it('only organisations file it, and organisations file nothing else', async () => {
    const now = at('2026-12-02T15:00');
    await expect(startApplication(db(), { personalId: LAN, organisationCode: null, procedureCode: 'organisationConfirmation', startKey: randomUUID(), now })).rejects.toSatisfy((e) => isAppError(e, 'procedureUnavailable'));
    await expect(startApplication(db(), { ...schools, procedureCode: 'civilStatusConfirmation', startKey: randomUUID(), now })).rejects.toSatisfy((e) => isAppError(e, 'procedureUnavailable'));
  });

  it('the persons page refuses invalid ID numbers, a reversed year range and criteria without a commune or parents', async () => {
    const now = at('2026-12-02T15:30');
    const app = await startApplication(db(), { ...schools, procedureCode: 'organisationConfirmation', startKey: randomUUID(), now });
    const save = (values: Record<string, unknown>) => saveStep(db(), { applicationId: app.id, ...schools, step: 'persons', values: { personalIds: '', birthYearFrom: '', birthYearTo: '', communeCode: '', parentIds: '', ...values }, now });
    expect(await save({ selection: 'idList', personalIds: '12345' })).toEqual({ ok: false, fieldErrors: { personalIds: ['orgConfirm.validation.personalIds'] } });
    expect(await save({ selection: 'criteria', birthYearFrom: '2021', birthYearTo: '2020', communeCode: HOAN_KIEM })).toEqual({ ok: false, fieldErrors: { birthYearTo: ['orgConfirm.validation.yearRange'] } });
    expect(await save({ selection: 'criteria', birthYearFrom: '2020', birthYearTo: '2020' })).toEqual({ ok: false, fieldErrors: { communeCode: ['orgConfirm.validation.narrow'] } });
  });
});

describeEachDatabase('the demo identity provider for organisations', (db) => {
  beforeAll(async () => {
    await seedOrganisations(db(), 'demo-password');
  });
  it('asserts the organisation and its representative, and gives the same answer for a wrong password and an unknown account', async () => {
    const now = at('2026-12-02T09:00');
    expect(await demoOrganisationIdentity.authenticate(db(), ' ORG.SOGD.HANOI ', 'demo-password', '203.0.113.7', now)).toEqual({
      ok: true,
      identity: { organisationCode: SCHOOLS.code, organisationName: SCHOOLS.name, representative: { personalId: SCHOOLS.representativePersonalId, fullName: 'Phạm Thị Hồng Nhung', position: 'Phó Giám đốc' } },
    });
    expect(await demoOrganisationIdentity.authenticate(db(), 'org.sogd.hanoi', 'wrong', '203.0.113.7', now)).toEqual({ ok: false, reason: 'invalid' });
    expect(await demoOrganisationIdentity.authenticate(db(), 'org.nobody', 'demo-password', '203.0.113.7', now)).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('organisations', () => {
  it('every demo organisation has a representative with a valid personal ID number', async () => {
    const { parsePersonalId } = await import('@/lib/identity/personal-id');
    for (const o of DEMO_ORGANISATIONS) expect(parsePersonalId(o.representativePersonalId).ok, o.code).toBe(true);
  });
});
