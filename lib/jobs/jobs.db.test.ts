import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { selectApplication, selectEvents } from '@/db/queries/applications';
import { selectReceiptsOfApplication } from '@/db/queries/integration-receipts';
import { selectOutboxByKey, selectOutboxByKeyPrefix, selectSentNotifications } from '@/db/queries/outbox';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { startApplication } from '@/lib/applications/start-application';
import { at, birthDraftReturnedBeforeTet, LAN } from '@/lib/applications/test-fixtures';
import { INTEGRATION_TOPICS, queueBundleRequests, type ResidenceRequest } from '@/lib/integrations';
import { enqueueNotification, nounsOf } from '@/lib/notifications';
import { confirmExpiredDrafts, deliverOutbox, MAX_ATTEMPTS, mockAdapters, runJobs, type JobAdapters } from './index';

describeEachDatabase('a returned draft is confirmed by silence at its deadline', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  it('gives a draft returned on Fri 13 Feb 2026 16:30 until Mon 23 Feb 17:00 (Tết), then confirms it', async () => {
    const { id, returned } = await birthDraftReturnedBeforeTet(db());
    expect(returned.confirmationDeadline).toEqual(at('2026-02-23T17:00'));
    expect(returned.draftReturnedAt).toEqual(at('2026-02-13T16:30'));
    const sms = (await selectOutboxByKeyPrefix(db(), `${id}:`)).filter((r) => r.topic === 'notification.sms').at(-1);
    expect((sms?.payload as { body: string }).body).toContain('trước 17:00 ngày 23/02/2026');

    expect(await confirmExpiredDrafts(db(), { now: at('2026-02-23T16:59') })).toEqual({ confirmed: 0, failed: 0 });
    expect(await selectApplication(db(), id, { system: true })).toMatchObject({ status: 'awaitingApplicantConfirmation' });

    const adapters = mockAdapters(db(), () => at('2026-02-23T17:00'));
    const counts = await runJobs(db(), { now: at('2026-02-23T17:00'), adapters });
    expect(counts).toMatchObject({ confirmedBySilence: 1, confirmationFailures: 0, deliveryFailures: 0 });
    expect(await selectApplication(db(), id, { system: true })).toMatchObject({ status: 'awaitingRegistration', confirmation: 'timeout' });
    expect((await selectEvents(db(), id)).at(-1)).toMatchObject({ action: 'confirmBySilence', actorKind: 'system', actorId: 'scheduler', fromStatus: 'awaitingApplicantConfirmation' });
    const sent = await selectSentNotifications(db(), { applicationId: id, limit: 20 });
    expect(sent.filter((n) => n.channel === 'email').map((n) => n.subject)).toContain(`Bản dự thảo đã được xác nhận – ${returned.dossierCode}`);

    expect(await confirmExpiredDrafts(db(), { now: at('2026-02-23T17:05') })).toEqual({ confirmed: 0, failed: 0 });
  });
});

describeEachDatabase('the outbox delivers at least once, and receivers are idempotent', (db) => {
  let applicationId = '';
  beforeAll(async () => {
    await seedPersonas(db());
    applicationId = (await startApplication(db(), { personalId: LAN, organisationCode: null, procedureCode: 'birthRegistration', startKey: randomUUID(), now: at('2026-11-23T09:00') })).id;
  });

  const request = (): ResidenceRequest => ({
    applicationId, personalId: '001226000001', fullName: 'Trần Minh Khôi',
    address: { provinceCode: '01', communeCode: '00070', detail: '12 Hàng Bài' }, householdId: 'HK01D0000001', relationshipToHead: 'Con',
    registration: { registryCode: '00070', entryNumber: '1', book: '01/2026', registeredOn: '2026-11-23' },
    document: { id: randomUUID(), kind: 'birthCertificate', token: 'a.b.c', verifyUrl: 'https://hotich.example.vn/verify/a.b.c' },
  });
  const requestPermanentResidence = async (db: Parameters<typeof queueBundleRequests>[0], r: ResidenceRequest, now: Date) =>
    (await queueBundleRequests(db, [{ topic: INTEGRATION_TOPICS.residence, key: `${r.applicationId}:residence`, payload: r }], now)) === 1;

  it('retries a failed delivery with backoff, and a redelivery after a lost answer makes one receipt', async () => {
    const t0 = at('2026-11-23T10:00');
    expect(await requestPermanentResidence(db(), request(), t0)).toBe(true);
    expect(await requestPermanentResidence(db(), request(), t0)).toBe(false);
    const real = mockAdapters(db(), () => t0);
    // The agency records the request but its answer is lost on the way back.
    const lostAnswer: JobAdapters = {
      ...real,
      residence: { ...real.residence, registerPermanentResidence: async (r) => { await real.residence.registerPermanentResidence(r); throw new Error('timeout waiting for the residence system'); } },
    };

    expect(await deliverOutbox(db(), { now: t0, adapters: lostAnswer })).toEqual({ delivered: 0, failed: 1 });
    const key = `${applicationId}:residence`;
    expect(await selectOutboxByKey(db(), key)).toMatchObject({ attempts: 1, deliveredAt: null, lastError: 'timeout waiting for the residence system', nextAttemptAt: new Date(t0.getTime() + 60_000) });
    expect(await deliverOutbox(db(), { now: new Date(t0.getTime() + 30_000), adapters: real })).toEqual({ delivered: 0, failed: 0 });

    const t1 = new Date(t0.getTime() + 60_000);
    expect(await deliverOutbox(db(), { now: t1, adapters: real })).toEqual({ delivered: 1, failed: 0 });
    expect(await selectOutboxByKey(db(), key)).toMatchObject({ attempts: 2, deliveredAt: t1, lastError: null });
    const receipts = await selectReceiptsOfApplication(db(), applicationId);
    expect(receipts).toHaveLength(1);
    expect(receipts[0]).toMatchObject({ system: 'residence', status: 'received', reference: expect.stringMatching(/^CT-\d{9}$/) });
    expect(await real.residence.registerPermanentResidence(request())).toEqual({ reference: receipts[0]!.reference, status: 'received' });
    expect(await deliverOutbox(db(), { now: new Date(t1.getTime() + 3_600_000), adapters: real })).toEqual({ delivered: 0, failed: 0 });
  });

  it('records a message sent twice (answer lost) once on the demo outbox page', async () => {
    const t0 = at('2026-11-23T11:00');
    await enqueueNotification(db(), { applicationId, dossierCode: '00070-261123-0001', eventKey: `${applicationId}:test-sms`, phone: '0912345678', template: 'accepted', params: { dueOn: '2026-11-23' }, nouns: nounsOf('birthRegistration'), now: t0 });
    const real = mockAdapters(db(), () => t0);
    const flaky: JobAdapters = { ...real, messages: { send: async (m) => { await real.messages.send(m); throw new Error('gateway 502'); } } };
    expect(await deliverOutbox(db(), { now: t0, adapters: flaky })).toEqual({ delivered: 0, failed: 1 });
    expect(await deliverOutbox(db(), { now: new Date(t0.getTime() + 60_000), adapters: real })).toEqual({ delivered: 1, failed: 0 });
    const sent = await selectSentNotifications(db(), { applicationId, limit: 10 });
    expect(sent.filter((n) => n.channel === 'sms')).toHaveLength(1);
    expect(sent[0]?.body).toContain('Hồ sơ 00070-261123-0001 đã được tiếp nhận');
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts and keeps the last error`, async () => {
    let now = at('2026-11-24T08:00');
    await enqueueNotification(db(), { applicationId, dossierCode: 'X', eventKey: `${applicationId}:give-up`, email: 'lan.nguyen@example.vn', template: 'accepted', params: { dueOn: '2026-11-24' }, nouns: nounsOf('birthRegistration'), now });
    const real = mockAdapters(db(), () => now);
    const down: JobAdapters = { ...real, messages: { send: async () => { throw new Error('mail server down'); } } };
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      expect(await deliverOutbox(db(), { now, adapters: down })).toEqual({ delivered: 0, failed: 1 });
      now = new Date(now.getTime() + 7 * 3_600_000);
    }
    expect(await deliverOutbox(db(), { now, adapters: real })).toEqual({ delivered: 0, failed: 0 });
    expect(await selectOutboxByKey(db(), `${applicationId}:give-up:email`)).toMatchObject({ attempts: MAX_ATTEMPTS, deliveredAt: null, lastError: 'mail server down' });
  });
});
