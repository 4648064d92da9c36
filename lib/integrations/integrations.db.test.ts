import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { selectReceiptsOfApplication } from '@/db/queries/integration-receipts';
import { selectOutboxByKeyPrefix } from '@/db/queries/outbox';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { startApplication } from '@/lib/applications/start-application';
import { createMockResidenceAgency, createMockSocialInsuranceAgency } from './mock';
import { queueBundleRequests } from './requests';
import { INTEGRATION_TOPICS, type HealthCardRequest } from './types';

const now = new Date('2026-11-23T08:00:00Z');

describeEachDatabase('mock residence and social-insurance systems', (db) => {
  let applicationId = '';
  beforeAll(async () => {
    await seedPersonas(db());
    applicationId = (await startApplication(db(), { personalId: '001195012345', organisationCode: null, procedureCode: 'birthRegistration', startKey: randomUUID(), now })).id;
  });

  const card = (): HealthCardRequest => ({
    applicationId, personalId: '001226000002', fullName: 'Trần Minh Khôi', sex: 'male', dateOfBirth: '2026-11-15', residence: null,
    registration: { registryCode: '00070', entryNumber: '3', book: '01/2026', registeredOn: '2026-11-23' },
    document: { id: randomUUID(), kind: 'birthCertificate', token: 'a.b.c', verifyUrl: 'https://hotich.example.vn/verify/a.b.c' },
  });
  const requestHealthCard = async (db: Parameters<typeof queueBundleRequests>[0], r: HealthCardRequest, at: Date) =>
    (await queueBundleRequests(db, [{ topic: INTEGRATION_TOPICS.socialInsurance, key: `${r.applicationId}:healthInsurance`, payload: r }], at)) === 1;

  it('acknowledges a repeated request with the same reference and keeps one receipt per system', async () => {
    const insurance = createMockSocialInsuranceAgency(db(), () => now);
    const first = await insurance.issueHealthCard(card());
    const again = await insurance.issueHealthCard(card());
    expect(again).toEqual(first);
    expect(first.reference).toMatch(/^BHYT-\d{9}$/);
    await createMockResidenceAgency(db(), () => now).registerPermanentResidence({ ...card(), address: { provinceCode: '01', communeCode: '00070', detail: '12 Hàng Bài' }, householdId: null, relationshipToHead: null });
    const receipts = await selectReceiptsOfApplication(db(), applicationId);
    expect(receipts.map((r) => [r.system, r.receivedAt]).sort()).toEqual([['residence', now], ['socialInsurance', now]]);
  });

  it('queues one request per application whatever the number of attempts', async () => {
    expect(await requestHealthCard(db(), card(), now)).toBe(true);
    expect(await requestHealthCard(db(), card(), now)).toBe(false);
    expect((await selectOutboxByKeyPrefix(db(), `${applicationId}:healthInsurance`)).map((r) => r.topic)).toEqual(['socialInsurance.healthCard']);
  });
});
