import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { notifyApplicant } from '@/lib/notifications';
import { applyAction } from '@/lib/workflow/apply-action';

/**
 * The applicant withdraws her application, at any point before registration (domain README):
 * the registry stops work on it and she is told. A draft never submitted is simply closed.
 */
export async function withdrawApplication(db: Db, input: { applicationId: string; personalId: string; organisationCode: string | null; now: Date }) {
  return inTransaction(db, async (tx) => {
    const updated = await applyAction(tx, {
      applicationId: input.applicationId,
      action: 'withdraw',
      actor: { kind: 'citizen', id: input.personalId },
      scope: { applicantPersonalId: input.personalId, organisationCode: input.organisationCode },
      now: input.now,
    });
    if (updated.dossierCode) await notifyApplicant(tx, updated, 'withdrawn', {}, input.now);
    return updated;
  });
}
