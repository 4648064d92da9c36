import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { selectApplication } from '@/db/queries/applications';
import { selectOutboxByKeyPrefix } from '@/db/queries/outbox';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { saveStep } from '@/lib/applications/save-step';
import { startApplication } from '@/lib/applications/start-application';
import { deliverOutbox, mockAdapters } from '@/lib/jobs';
import { enqueueNotification, notifyApplicant, nounsOf } from './enqueue';
import { sentNotifications, sentNotificationsTo } from './sent';

const HOA = '036158000777';
const DUC = '036055000888';
const LAN = '001195012345';
const now = new Date('2026-11-23T03:00:00Z');

describeEachDatabase('queuing notifications', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  const queued = async (key: string) => (await selectOutboxByKeyPrefix(db(), key)).map((r) => [r.topic, (r.payload as { to: string }).to]);

  it('sends only an SMS to someone the population database knows no e-mail for', async () => {
    const key = randomUUID();
    expect(await enqueueNotification(db(), { applicationId: null, dossierCode: 'D', eventKey: key, personalId: HOA, template: 'accepted', params: { dueOn: '2026-11-23' }, nouns: nounsOf('birthRegistration'), now })).toEqual({ sms: true, email: false });
    expect(await queued(key)).toEqual([['notification.sms', '0903111222']]);
  });

  it('queues nothing without any address, and each event only once', async () => {
    const key = randomUUID();
    expect(await enqueueNotification(db(), { applicationId: null, dossierCode: 'D', eventKey: key, personalId: DUC, template: 'accepted', params: { dueOn: '2026-11-23' }, nouns: nounsOf('birthRegistration'), now })).toEqual({ sms: false, email: false });
    const twice = { applicationId: null, dossierCode: 'D', eventKey: `${key}-2`, phone: '0900000000', email: 'a@example.vn', template: 'accepted' as const, params: { dueOn: '2026-11-23' }, nouns: nounsOf('birthRegistration'), now };
    await enqueueNotification(db(), twice);
    await enqueueNotification(db(), twice);
    expect(await queued(key)).toEqual([['notification.email', 'a@example.vn'], ['notification.sms', '0900000000']]);
  });

  it("prefers the contact typed on the application, and falls back to the person's record", async () => {
    const draft = await startApplication(db(), { personalId: LAN, organisationCode: null, procedureCode: 'birthRegistration', startKey: randomUUID(), now });
    await saveStep(db(), { applicationId: draft.id, personalId: LAN, organisationCode: null, step: 'applicant', values: { relationship: 'mother', phone: '0977 000 111', email: '' }, now });
    const app = (await selectApplication(db(), draft.id, { system: true }))!;
    await notifyApplicant(db(), app, 'changesRequested', {}, now);
    expect(await queued(`${app.id}:`)).toEqual([['notification.email', 'lan.nguyen@example.vn'], ['notification.sms', '0977000111']]);
  });
});

describeEachDatabase('the demo outbox shows each reader their own messages only', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  it('a person sees what was sent to them, not what was sent to anyone else; the office sees everything', async () => {
    const key = randomUUID();
    await enqueueNotification(db(), { applicationId: null, dossierCode: 'D-HOA', eventKey: `${key}-hoa`, personalId: HOA, template: 'accepted', params: { dueOn: '2026-11-23' }, nouns: nounsOf('birthRegistration'), now });
    await enqueueNotification(db(), { applicationId: null, dossierCode: 'D-LAN', eventKey: `${key}-lan`, personalId: LAN, template: 'accepted', params: { dueOn: '2026-11-23' }, nouns: nounsOf('birthRegistration'), now });
    await deliverOutbox(db(), { now, adapters: mockAdapters(db(), () => now) });
    const hoa = await sentNotificationsTo(db(), { personalId: HOA, organisationCode: null }, { limit: 50 });
    expect(hoa.length).toBeGreaterThan(0);
    expect(hoa.every((m) => m.recipientPersonalId === HOA && m.body.includes('D-HOA'))).toBe(true);
    expect(await sentNotificationsTo(db(), { personalId: DUC, organisationCode: null }, { limit: 50 })).toEqual([]);
    expect((await sentNotifications(db(), { limit: 50 })).map((m) => m.recipientPersonalId)).toEqual(expect.arrayContaining([HOA, LAN]));
  });
});
