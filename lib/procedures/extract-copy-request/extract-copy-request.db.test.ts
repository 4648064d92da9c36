import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { selectApplication } from '@/db/queries/applications';
import { selectOfficeUserByUsername } from '@/db/queries/office-users';
import { selectDocumentsOfApplication } from '@/db/queries/documents';
import { selectPaymentsOfApplication } from '@/db/queries/fees';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { documentForVerification } from '@/lib/applications/documents-of-citizen';
import { issueCopiesAtOnce, issueCopiesByOfficer } from '@/lib/applications/issue-copies';
import { settlePayment, startPayment } from '@/lib/applications/payments';
import { refuseApplication } from '@/lib/applications/refuse-application';
import { saveStep } from '@/lib/applications/save-step';
import { startApplication } from '@/lib/applications/start-application';
import { submitApplication } from '@/lib/applications/submit-application';
import { at, staff } from '@/lib/applications/test-fixtures';
import { recordEntry, recordsOfPerson } from '@/lib/civil-status/records';
import { approveLegacyEntry, findEntries, pendingLegacyEntries, searchRegister, viewsOfPerson } from '@/lib/civil-status/register';
import { isAppError } from '@/lib/errors';
import { mockGateway, signedReturnQuery, type GatewayReturn } from '@/lib/payments/gateway';
import { createMemoryStorage } from '@/lib/uploads/storage';

const BINH = '040050000123';
const QUY = '034063000456';
const LAN = '001195012345';
const MINH = '001093054321';
const SECRET = 'test-payment-secret-0123456789abcdef';
const gateway = mockGateway({ appUrl: 'http://portal.test', secret: SECRET });
const storage = createMemoryStorage();
const deps = (now: Date) => ({ now, baseUrl: 'http://portal.test', storage });

describeEachDatabase('the register, copies of its entries, fees and payment', (db) => {
  let thanhVinh = '';
  beforeAll(async () => {
    await seedPersonas(db());
    thanhVinh = '16681';
  });

  const userId = async (username: string) => (await selectOfficeUserByUsername(db(), username))!.id;

  async function copyRequest(now: Date, lookup: 'byPersonalDetails' | 'byRegistrationDetails' = 'byPersonalDetails', registryCode = thanhVinh) {
    const app = await startApplication(db(), { personalId: BINH, organisationCode: null, procedureCode: 'extractCopyRequest', startKey: randomUUID(), now });
    const steps: [string, unknown][] = [
      ['applicant', { relationship: 'self', subjectPersonalId: '', phone: '0913222333', email: '' }],
      ['registry', { registryCode }],
      ['request', { documentKind: 'birthCertificateCopy', lookup, copies: '2' }],
      lookup === 'byPersonalDetails'
        ? ['birthPersons', { childFullName: 'hoang binh', childDateOfBirth: '1950-06-15', motherFullName: '', motherDateOfBirth: '', fatherFullName: '', fatherDateOfBirth: '' }]
        : ['entry', { entryRegistry: '16681', entryNumber: '112', registeredOn: '2012-03-20' }],
    ];
    for (const [step, values] of steps) {
      const saved = await saveStep(db(), { applicationId: app.id, personalId: BINH, organisationCode: null, step, values, now });
      if (!saved.ok) throw new Error(`${step}: ${JSON.stringify(saved.fieldErrors)}`);
    }
    const submitted = await submitApplication(db(), { applicationId: app.id, personalId: BINH, organisationCode: null, declaration: { agreed: true }, now });
    if (!submitted.ok) throw new Error(JSON.stringify(submitted.problems));
    return { id: app.id, submitted };
  }

  async function pay(applicationId: string, now: Date, result: GatewayReturn['result'] = 'paid') {
    const started = await startPayment(db(), { applicationId, personalId: BINH, organisationCode: null, now, gateway, returnUrl: 'http://portal.test/api/payments/return' });
    const ret: GatewayReturn = { paymentId: started.paymentId, amountVnd: 16000, result, transactionId: `SIM-${randomUUID().slice(0, 8)}`, at: now.toISOString() };
    return { ret, params: signedReturnQuery(SECRET, ret) };
  }

  it('Art. 7(2): finds an entry by names and dates of birth without diacritics or the middle name', async () => {
    const hits = await findEntries(db(), { by: 'persons', eventType: 'birth', persons: [{ role: 'child', fullName: 'HOANG BINH', dateOfBirth: '1950-06-15' }] }, { officialOnly: false, scope: { all: true } });
    expect(hits.map((h) => [h.entryNumber, h.book, h.status])).toEqual([['112', '01/2012', 'pendingApproval']]);
    const wrongDate = await findEntries(db(), { by: 'persons', persons: [{ role: 'child', fullName: 'Hoàng Văn Bình', dateOfBirth: '1950-06-16' }] }, { officialOnly: false, scope: { all: true } });
    expect(wrongDate).toEqual([]);
  });

  it('Art. 11(1): the e-record links every event the person takes part in', async () => {
    expect((await recordsOfPerson(db(), QUY)).map((r) => `${r.eventType}:${r.nameOnRecord}`)).toEqual(['birth:Trần Văn Quý', 'marriage:Trần Mạnh Quý']);
    // Lan is the other party of Minh's marriage entry: it is in her record as in his.
    expect((await recordsOfPerson(db(), LAN)).map((r) => r.eventType)).toContain('marriage');
    expect((await recordsOfPerson(db(), MINH)).map((r) => r.eventType)).toContain('marriage');
  });

  it('Art. 4: the database refuses a second entry with the same number in the same book, and an unknown event type', async () => {
    const entry = { eventType: 'birth' as const, registrationType: 'onTime', subjectPersonalId: LAN, nameOnRecord: 'Nguyễn Thị Lan', registryCode: '00070', registryName: 'Ủy ban nhân dân phường Hoàn Kiếm', entryNumber: '999', book: '01/1995', registeredOn: '1995-03-20' };
    await recordEntry(db(), entry, [], at('2026-12-02T09:00'));
    await expect(recordEntry(db(), { ...entry, subjectPersonalId: MINH }, [], at('2026-12-02T09:00'))).rejects.toThrow();
    await expect(recordEntry(db(), { ...entry, entryNumber: '1000', eventType: 'party' as 'birth' }, [], at('2026-12-02T09:00'))).rejects.toThrow();
  });

  it('Art. 7, 8(3): a search stays within the role\'s scope, a citizen has none, and every view is logged', async () => {
    const now = at('2026-12-02T09:30');
    const query = { by: 'persons', persons: [{ role: 'child', fullName: 'Hoang Binh', dateOfBirth: '1950-06-15' }] };
    const purpose = { purpose: 'verification', note: 'test' };
    const before = (await viewsOfPerson(db(), BINH)).length;
    expect(await searchRegister(db(), { userId: await userId('officer.hoankiem'), query, purpose, now })).toEqual([]);
    expect(await searchRegister(db(), { userId: await userId('supervisor.hanoi'), query, purpose, now })).toEqual([]);
    expect((await searchRegister(db(), { userId: await userId('supervisor.nghean'), query, purpose, now })).length).toBe(1);
    expect((await searchRegister(db(), { userId: await userId('dbadmin.moj'), query, purpose, now })).length).toBe(1);
    const views = await viewsOfPerson(db(), BINH);
    expect(views.length).toBe(before + 2);
    expect(views.slice(0, 2).map((v) => [v.viewerName, v.viewerBody, v.purpose]).sort()).toEqual([
      ['Bùi Đức Thắng', 'Bộ Tư pháp', 'verification: test'],
      ['Thái Văn Lương', 'Sở Tư pháp Tỉnh Nghệ An', 'verification: test'],
    ]);
    // A citizen has no office account: the search does not exist for them.
    const citizen = await searchRegister(db(), { userId: randomUUID(), query, purpose, now }).catch((e: unknown) => e);
    expect(isAppError(citizen, 'notFound')).toBe(true);
    // A search without a purpose is refused before anything is read.
    const noPurpose = await searchRegister(db(), { userId: await userId('dbadmin.moj'), query, purpose: {}, now }).catch((e: unknown) => e);
    expect(isAppError(noPurpose, 'invalidInput')).toBe(true);
  });

  it('Art. 10(3): copies wait for the approval of a digitised entry; the fee is paid first; then 2 copies are issued with QR', async () => {
    const now = at('2026-12-02T10:00');
    const { id, submitted } = await copyRequest(now);
    expect(submitted).toMatchObject({ ok: true, status: 'awaitingPayment', dueOn: null });
    // Not paid: the registry does not see it.
    expect((await selectApplication(db(), id, { registryCode: thanhVinh }))?.status).toBe('awaitingPayment');

    // An abandoned payment is kept, and the application can be paid again.
    const abandoned = await pay(id, now, 'cancelled');
    expect(await settlePayment(db(), { params: abandoned.params, now, gateway })).toMatchObject({ ok: true, status: 'abandoned', newlyPaid: false });
    const paid = await pay(id, now);
    expect(await settlePayment(db(), { params: paid.params, now, gateway })).toMatchObject({ ok: true, status: 'paid', newlyPaid: true });
    expect((await selectPaymentsOfApplication(db(), id)).map((p) => p.status).sort()).toEqual(['abandoned', 'paid']);
    const received = await selectApplication(db(), id, { system: true });
    expect(received).toMatchObject({ status: 'submitted', receivedOn: '2026-12-02' });

    // The only matching entry is digitised and not yet approved: nothing is issued at once.
    expect(await issueCopiesAtOnce(db(), id, deps(now))).toBe(false);
    const officer = await staff(db(), 'officer.hoankiem');
    const pending = (await findEntries(db(), { by: 'entry', registryCode: '16681', entryNumber: '112', registeredOn: '2012-03-20' }, { officialOnly: false, scope: { all: true } }))[0]!;
    // Another registry's officer cannot reach the application.
    const foreign = await issueCopiesByOfficer(db(), { applicationId: id, recordId: pending.id, officer, ...deps(now) }).catch((e: unknown) => e);
    expect(isAppError(foreign, 'notFound')).toBe(true);

    // Only the supervisor of the entry's province may approve it.
    const hanoi = await approveLegacyEntry(db(), { userId: await userId('supervisor.hanoi'), recordId: pending.id, now }).catch((e: unknown) => e);
    expect(isAppError(hanoi, 'notFound')).toBe(true);
    expect((await pendingLegacyEntries(db(), await userId('supervisor.nghean'))).map((e) => e.id)).toContain(pending.id);
    await approveLegacyEntry(db(), { userId: await userId('supervisor.nghean'), recordId: pending.id, now });
    const again = await approveLegacyEntry(db(), { userId: await userId('supervisor.nghean'), recordId: pending.id, now }).catch((e: unknown) => e);
    expect(isAppError(again, 'conflict')).toBe(true);

    expect(await issueCopiesAtOnce(db(), id, deps(now))).toBe(true);
    const done = await selectApplication(db(), id, { system: true });
    expect(done?.status).toBe('completed');
    const documents = await selectDocumentsOfApplication(db(), id);
    expect(documents.map((d) => [d.kind, d.holderPersonalId, d.copyNumber]).sort()).toEqual([
      ['extractCopy', BINH, 1],
      ['extractCopy', BINH, 2],
    ]);
    const verified = await documentForVerification(db(), documents[0]!.token, now);
    expect(verified).toMatchObject({ ok: true, kind: 'extractCopy', status: 'valid' });
    expect(verified.ok && verified.preview.find((r) => r.label === 'verify.entry')?.value).toBe('112 — 01/2012');
  });

  it('by registration details: an official entry is copied at once after payment; the same return again changes nothing', async () => {
    const now = at('2026-12-02T11:00');
    const { id } = await copyRequest(now, 'byRegistrationDetails');
    const paid = await pay(id, now);
    expect(await settlePayment(db(), { params: paid.params, now, gateway })).toMatchObject({ ok: true, newlyPaid: true });
    expect(await issueCopiesAtOnce(db(), id, deps(now))).toBe(true);
    // Idempotent: the same signed return, replayed at once, changes nothing.
    expect(await settlePayment(db(), { params: paid.params, now, gateway })).toMatchObject({ ok: true, status: 'paid', newlyPaid: false });
    expect((await selectDocumentsOfApplication(db(), id)).length).toBe(2);
  });

  it('the payment return is verified, and refused when forged, altered, stale or reusing a transaction', async () => {
    const now = at('2026-12-02T13:00');
    const { id } = await copyRequest(now);
    const { ret, params } = await pay(id, now);
    const forged = signedReturnQuery('another-secret-0123456789abcdefghij', ret);
    expect(await settlePayment(db(), { params: forged, now, gateway })).toEqual({ ok: false, reason: 'badSignature' });
    const altered = new URLSearchParams(params);
    altered.set('amountVnd', '1');
    expect(await settlePayment(db(), { params: altered, now, gateway })).toEqual({ ok: false, reason: 'badSignature' });
    const cheaper = signedReturnQuery(SECRET, { ...ret, amountVnd: 8000 });
    expect(await settlePayment(db(), { params: cheaper, now, gateway })).toEqual({ ok: false, reason: 'amountMismatch' });
    expect(await settlePayment(db(), { params, now: at('2026-12-02T13:30'), gateway })).toEqual({ ok: false, reason: 'stale' });
    // A transaction number already used for another payment is a replay, not a payment.
    const { ret: second } = await pay(id, now);
    const reused = signedReturnQuery(SECRET, { ...second, transactionId: (await selectPaymentsOfApplication(db(), (await copyRequestPaid(now)).id)).find((p) => p.status === 'paid')!.gatewayTransactionId! });
    expect(await settlePayment(db(), { params: reused, now, gateway })).toEqual({ ok: false, reason: 'transactionReused' });
    expect((await selectApplication(db(), id, { system: true }))?.status).toBe('awaitingPayment');
  });

  async function copyRequestPaid(now: Date) {
    const { id } = await copyRequest(now);
    const paid = await pay(id, now);
    await settlePayment(db(), { params: paid.params, now, gateway });
    return { id };
  }

  it('two attempts paid at the gateway (two tabs): the first counts, the second is recorded for refund', async () => {
    const now = at('2026-12-02T15:00');
    const { id } = await copyRequest(now);
    const first = await pay(id, now);
    // A second tab starts another attempt: the first is given up here, yet paid at the gateway.
    const second = await pay(id, now);
    expect(await settlePayment(db(), { params: first.params, now, gateway })).toMatchObject({ ok: true, status: 'paid', newlyPaid: true });
    expect(await settlePayment(db(), { params: second.params, now, gateway })).toMatchObject({ ok: true, status: 'paid', newlyPaid: false });
    const payments = await selectPaymentsOfApplication(db(), id);
    expect(payments.map((p) => [p.id === first.ret.paymentId ? 'first' : 'second', p.status, p.refund]).sort()).toEqual([
      ['first', 'paid', null],
      ['second', 'paid', 'due'],
    ]);
    expect((await selectApplication(db(), id, { system: true }))?.status).toBe('submitted');
  });

  it('a refused application that was paid is marked for refund', async () => {
    const now = at('2026-12-02T14:00');
    // Asked of Phường Hoàn Kiếm, whose officer looks at it and refuses.
    const { id } = await copyRequest(now, 'byPersonalDetails', '00070');
    const paid = await pay(id, now);
    await settlePayment(db(), { params: paid.params, now, gateway });
    const officer = await staff(db(), 'officer.hoankiem');
    await refuseApplication(db(), { applicationId: id, staff: { ...officer, role: 'officer' }, reason: 'Không tìm thấy việc đăng ký theo thông tin đã khai.', now });
    expect((await selectPaymentsOfApplication(db(), id)).find((p) => p.status === 'paid')?.refund).toBe('due');
  });
});
