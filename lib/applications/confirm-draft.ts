import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { notifyApplicant } from '@/lib/notifications';
import { applyAction } from '@/lib/workflow/apply-action';

/** The applicant confirms the returned draft (Circular 01/2022 Art. 6(3)); the registry may register. */
export async function confirmDraft(db: Db, input: { applicationId: string; personalId: string; organisationCode: string | null; now: Date }) {
  return inTransaction(db, async (tx) => {
    const updated = await applyAction(tx, {
      applicationId: input.applicationId,
      action: 'confirm',
      actor: { kind: 'citizen', id: input.personalId },
      scope: { partyPersonalId: input.personalId, organisationCode: input.organisationCode },
      now: input.now,
      changes: () => ({ confirmation: 'confirmed' }),
    });
    await notifyApplicant(tx, updated, 'draftConfirmed', { bySilence: false }, input.now);
    return updated;
  });
}
