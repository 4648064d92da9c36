import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { notifyApplicant } from '@/lib/notifications';
import { applyAction } from '@/lib/workflow/apply-action';
import { applicationOfRegistry, officerActor, type RegistryStaff } from './registry-staff';

/**
 * The completeness check passed (Circular 01/2022 Art. 6(1)): the dossier is accepted and the
 * applicant receives the appointment slip with the due date fixed at submission.
 */
export async function acceptApplication(db: Db, input: { applicationId: string; officer: RegistryStaff; now: Date }) {
  return inTransaction(db, async (tx) => {
    const app = await applicationOfRegistry(tx, input.applicationId, input.officer.registryCode);
    const dueOn = app.dueOn ?? calendar.localDate(input.now);
    const updated = await applyAction(tx, {
      applicationId: app.id,
      action: 'accept',
      actor: officerActor(input.officer),
      scope: { registryCode: input.officer.registryCode },
      now: input.now,
      payload: { dueOn },
    });
    await notifyApplicant(tx, updated, 'accepted', { dueOn }, input.now);
    return updated;
  });
}
