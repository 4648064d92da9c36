import { beforeAll, expect, it } from 'vitest';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { isAppError } from '@/lib/errors';
import { acceptApplication } from '@/lib/applications/accept-application';
import { confirmDraft } from '@/lib/applications/confirm-draft';
import { answerConsentRequest, consentsOfApplication, consentRequestsOf } from '@/lib/applications/consents';
import { registerApplication } from '@/lib/applications/register-application';
import { returnDraft } from '@/lib/applications/return-draft';
import { at, LAN, MINH, staff, submitBirthApplication } from '@/lib/applications/test-fixtures';

describeEachDatabase("household head's consent to the child's residence", (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  it('asks Minh, the household head, when Lan applies; registration waits for his answer', async () => {
    const officer = await staff(db(), 'officer.hoankiem');
    const { id } = await submitBirthApplication(db(), { now: at('2026-11-23T10:00'), householdConsent: false, child: { givenName: 'Phúc' } });
    expect(await consentsOfApplication(db(), id)).toEqual([{ personalId: MINH, purpose: 'householdResidence', status: 'requested' }]);
    const [request] = (await consentRequestsOf(db(), MINH)).filter((r) => r.subjectName === 'Trần Minh Phúc');
    expect(request).toMatchObject({ applicantName: 'Nguyễn Thị Lan', status: 'requested', purposeMessage: 'procedures.birthRegistration.consentPurposes.householdResidence' });

    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:05') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-23T10:10') });
    await confirmDraft(db(), { applicationId: id, personalId: LAN, organisationCode: null, now: at('2026-11-23T10:20') });
    const early = await registerApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:30') }).catch((e: unknown) => e);
    expect(isAppError(early, 'conflict')).toBe(true);

    // Nobody but the head can answer.
    const stranger = await answerConsentRequest(db(), { consentId: request!.id, personalId: LAN, agree: true, now: at('2026-11-23T10:40') }).catch((e: unknown) => e);
    expect(isAppError(stranger, 'notFound')).toBe(true);
    await answerConsentRequest(db(), { consentId: request!.id, personalId: MINH, agree: true, now: at('2026-11-23T10:45') });
    const registration = await registerApplication(db(), { applicationId: id, officer, now: at('2026-11-23T11:00') });
    expect(registration.subjectPersonalId).toMatch(/^001\d{9}$/);
  });
});
