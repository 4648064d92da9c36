import { beforeAll, expect, it } from 'vitest';
import { selectApplication } from '@/db/queries/applications';
import { selectOutboxByKeyPrefix } from '@/db/queries/outbox';
import { seedPersonas } from '@/db/seed/personas';
import { describeEachDatabase } from '@/db/testing';
import { isAppError } from '@/lib/errors';
import { acceptApplication } from './accept-application';
import { refuseApplication } from './refuse-application';
import { requestChanges } from './request-changes';
import { requestSupplement } from './request-supplement';
import { returnDraft } from './return-draft';
import { applicationForReview } from './review-application';
import { submitApplication } from './submit-application';
import { at, HOAN_KIEM, LAN, staff, submitBirthApplication } from './test-fixtures';
import { applicationTimeline, latestSupplementRequest } from './timeline';

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

describeEachDatabase('registry decisions: supplements, refusals, changes to the draft, review', (db) => {
  beforeAll(async () => {
    await seedPersonas(db());
  });

  const bodies = async (id: string) =>
    (await selectOutboxByKeyPrefix(db(), `${id}:`)).filter((r) => r.topic === 'notification.email').map((r) => (r.payload as { body: string }).body);

  it('asks for listed supplements, and the applicant resubmits under the same dossier code', async () => {
    const officer = await staff(db(), 'officer.hoankiem');
    const { id, dossierCode } = await submitBirthApplication(db(), { now: at('2026-11-23T10:00') });
    const invalid = await errorOf(requestSupplement(db(), { applicationId: id, officer, items: [], reason: '', now: at('2026-11-23T10:10') }));
    expect(isAppError(invalid, 'invalidInput') && invalid.details).toEqual({ fieldErrors: { items: ['validation.required'], reason: ['validation.required'] } });

    const items = [{ step: 'child', note: 'Quê quán cần ghi theo giấy tờ của người cha' }];
    await requestSupplement(db(), { applicationId: id, officer, items, reason: 'Thông tin chưa đầy đủ', now: at('2026-11-23T10:15') });
    expect(await latestSupplementRequest(db(), id, { applicantPersonalId: LAN, organisationCode: null })).toMatchObject({ items, reason: 'Thông tin chưa đầy đủ' });
    expect((await bodies(id)).join('\n')).toContain('- Thông tin của trẻ: Quê quán cần ghi theo giấy tờ của người cha');

    const again = await submitApplication(db(), { applicationId: id, personalId: LAN, organisationCode: null, declaration: { agreed: true }, now: at('2026-11-23T16:00') });
    expect(again).toMatchObject({ ok: true, dossierCode, dueOn: '2026-11-24' });
    expect((await applicationTimeline(db(), id, { registryCode: HOAN_KIEM })).map((e) => e.action)).toEqual(['submit', 'requestSupplement', 'resubmit']);
  });

  it('refuses only with a written reason, which the applicant receives', async () => {
    const officer = await staff(db(), 'officer.hoankiem');
    const { id } = await submitBirthApplication(db(), { now: at('2026-11-23T10:00') });
    const blank = await errorOf(refuseApplication(db(), { applicationId: id, staff: { ...officer, role: 'officer' }, reason: '   ', now: at('2026-11-23T10:10') }));
    expect(isAppError(blank, 'invalidInput')).toBe(true);
    const reason = 'Người yêu cầu không cư trú tại phường Hoàn Kiếm';
    await refuseApplication(db(), { applicationId: id, staff: { ...officer, role: 'officer' }, reason, now: at('2026-11-23T10:20') });
    expect(await selectApplication(db(), id, { system: true })).toMatchObject({ status: 'rejected' });
    expect((await applicationTimeline(db(), id, { applicantPersonalId: LAN, organisationCode: null })).at(-1)).toMatchObject({ action: 'refuse', reason });
    expect((await bodies(id)).at(-1)).toContain(`Lý do: ${reason}`);
  });

  it('sends the draft back to the officer on request, but not after the check deadline', async () => {
    const officer = await staff(db(), 'officer.hoankiem');
    const { id } = await submitBirthApplication(db(), { now: at('2026-11-23T10:00') });
    await acceptApplication(db(), { applicationId: id, officer, now: at('2026-11-23T10:05') });
    await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-23T10:10') });
    const changed = await requestChanges(db(), { applicationId: id, personalId: LAN, organisationCode: null, comment: 'Tên đệm của cháu là "Minh" chứ không phải "Minh "', now: at('2026-11-23T11:00') });
    expect(changed).toMatchObject({ status: 'inReview', confirmationDeadline: null, confirmation: null });

    await returnDraft(db(), { applicationId: id, officer, now: at('2026-11-23T11:30') });
    const late = await errorOf(requestChanges(db(), { applicationId: id, personalId: LAN, organisationCode: null, comment: 'Muộn', now: at('2026-11-24T17:00') }));
    expect(isAppError(late, 'conflict')).toBe(true);
  });

  it('points the officer at a surname of neither parent and an ethnicity of neither parent', async () => {
    const { id } = await submitBirthApplication(db(), { now: at('2026-11-23T10:00'), child: { surname: 'Lê', ethnicityCode: '02' } });
    const review = await applicationForReview(db(), id, HOAN_KIEM);
    expect(review.mismatches).toEqual([
      { field: 'child.surname', code: 'surnameMatchesNeitherParent', severity: 'warning', typed: 'Lê', onRecord: 'Trần' },
      { field: 'child.ethnicityCode', code: 'ethnicityNotOfParents', severity: 'warning', typed: 'Tày', onRecord: 'Kinh' },
    ]);
  });
});
