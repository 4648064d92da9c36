import { selectApplication } from '@/db/queries/applications';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import type { PoliceAnswer, PoliceRequest } from '@/lib/integrations';
import { notifyApplicant } from '@/lib/notifications';
import { applyAction } from '@/lib/workflow/apply-action';

export const POLICE = { kind: 'system', id: 'police-verification' } as const;

/**
 * The police answered a verification request. A confirmation is recorded and the review goes on;
 * an empty or inconsistent answer refuses the application, with the answer as the written reason
 * (Circular 01/2022 Art. 8(1)(d)). An application no longer waiting for it (withdrawn, answered by
 * the officer meanwhile) is left as it is.
 */
export async function recordPoliceAnswer(db: Db, request: PoliceRequest, answer: PoliceAnswer, now: Date): Promise<void> {
  await inTransaction(db, async (tx) => {
    const app = await selectApplication(tx, request.applicationId, { system: true }, { forUpdate: true });
    if (!app || app.status !== 'verificationPending') return;
    const payload = { agency: 'police', ...answer };
    if (answer.result === 'confirmed') {
      await applyAction(tx, { applicationId: app.id, action: 'answerVerification', actor: POLICE, scope: { system: true }, now, reason: `Công an trả lời (${answer.reference}): ${answer.details}`, payload });
      return;
    }
    const why = answer.result === 'noData' ? 'Cơ quan công an không có thông tin để xác nhận' : 'Kết quả xác minh của cơ quan công an không thống nhất với thông tin đề nghị xác nhận';
    const reason = `${why} (Thông tư 01/2022/TT-BTP, Điều 8(1)(d)). ${answer.details} Mã trả lời: ${answer.reference}.`;
    const refused = await applyAction(tx, { applicationId: app.id, action: 'refuse', actor: POLICE, scope: { system: true }, now, reason, payload });
    await notifyApplicant(tx, refused, 'refused', { reason }, now);
  });
}
