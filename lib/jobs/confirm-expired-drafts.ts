import { selectExpiredConfirmations } from '@/db/queries/applications';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { isAppError } from '@/lib/errors';
import { notifyApplicant } from '@/lib/notifications';
import { applyAction } from '@/lib/workflow/apply-action';

export const SCHEDULER = { kind: 'system', id: 'scheduler' } as const;

/**
 * Silence counts as confirmation (Circular 01/2022 Art. 6(3)): every returned draft whose check
 * deadline has passed moves on to registration, recorded as `confirmation: 'timeout'`, and the
 * applicant is told. Each application is its own transaction, so one failure does not hold up
 * the others; failures are counted and retried on the next run.
 */
export async function confirmExpiredDrafts(db: Db, options: { now: Date }): Promise<{ confirmed: number; failed: number }> {
  const { now } = options;
  let confirmed = 0;
  let failed = 0;
  for (const { id } of await selectExpiredConfirmations(db, now)) {
    try {
      await inTransaction(db, async (tx) => {
        const updated = await applyAction(tx, {
          applicationId: id,
          action: 'confirmBySilence',
          actor: SCHEDULER,
          scope: { system: true },
          now,
          changes: () => ({ confirmation: 'timeout' }),
        });
        await notifyApplicant(tx, updated, 'draftConfirmed', { bySilence: true }, now);
      });
      confirmed++;
    } catch (error) {
      // illegalTransition: the applicant answered in the meantime, so there is nothing to do.
      if (!isAppError(error, 'illegalTransition')) failed++;
    }
  }
  return { confirmed, failed };
}
