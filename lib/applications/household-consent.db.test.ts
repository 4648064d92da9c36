import { beforeAll, expect, it } from 'vitest';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { isAppError } from '@/lib/errors';
import { acceptApplication } from './accept-application';
import { confirmDraft } from './confirm-draft';
import { answerHouseholdConsent, consentOfApplication, consentRequestsOf } from './household-consent';
import { registerBirth } from './register-birth';
import { returnDraft } from './return-draft';
import { at, LAN, MINH, staff, submitBirthApplication } from './test-fixtures';

describeEachDatabase("household head's consent to the child's residence", (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  it('asks Minh, the household head, when Lan applies; registration waits for his answer', async () => {
    const officer = await staff(db(), 'officer.hoankiem');
    const { id } = await submitBirthApplication(db(), { now: at('2026-11-23T10:00'), householdConsent: false, child: { givenName: 'Phúc' } });
    expect(await consentOfApplication(db(), id)).toMatchObject({ headPersonalId: MINH, status: 'requested' });
    const [request] = (await consentRequestsOf(db(), MINH)).filter((r) => r.childName === 'Trần Minh Phúc');
    expect(request).toMatchObject({ applicantName: 'Nguyễn Thị Lan', status: 'requested' });

    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:05') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-23T10:10') });
    await confirmDraft(db(), { applicationId: id, personalId: LAN, now: at('2026-11-23T10:20') });
    const early = await registerBirth(db(), { applicationId: id, officer, now: at('2026-11-23T10:30') }).catch((e: unknown) => e);
    expect(isAppError(early, 'conflict')).toBe(true);

    // Nobody but the head can answer.
    const stranger = await answerHouseholdConsent(db(), { consentId: request!.id, headPersonalId: LAN, agree: true, now: at('2026-11-23T10:40') }).catch((e: unknown) => e);
    expect(isAppError(stranger, 'notFound')).toBe(true);
    await answerHouseholdConsent(db(), { consentId: request!.id, headPersonalId: MINH, agree: true, now: at('2026-11-23T10:45') });
    const registration = await registerBirth(db(), { applicationId: id, officer, now: at('2026-11-23T11:00') });
    expect(registration.childPersonalId).toMatch(/^001\d{9}$/);
  });
});
