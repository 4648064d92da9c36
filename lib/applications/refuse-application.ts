import { z } from 'zod';
import { markPaidForRefund } from '@/db/queries/fees';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { notifyApplicant } from '@/lib/notifications';
import { longText } from '@/lib/procedures/fields';
import { applyAction } from '@/lib/workflow/apply-action';
import { applicationOfRegistry, parseInput, type RegistryStaff } from './registry-staff';

const refusal = z.object({ reason: longText(2000) });

/**
 * A refusal is in writing with reasons (Law on Civil Status Art. 5(2)); the reason is the
 * written text the applicant receives. Officers and signers may refuse, as the table says. A fee
 * paid for it is marked for refund in the same transaction.
 */
export async function refuseApplication(
  db: Db,
  input: { applicationId: string; staff: RegistryStaff & { role: 'officer' | 'signer' }; reason: unknown; now: Date },
) {
  const { reason } = parseInput(refusal, { reason: input.reason });
  return inTransaction(db, async (tx) => {
    const app = await applicationOfRegistry(tx, input.applicationId, input.staff.registryCode);
    const updated = await applyAction(tx, {
      applicationId: app.id,
      action: 'refuse',
      actor: { kind: input.staff.role, id: input.staff.userId },
      scope: { registryCode: input.staff.registryCode },
      now: input.now,
      reason,
    });
    await notifyApplicant(tx, updated, 'refused', { reason }, input.now);
    // A paid fee of a refused application is returned (fees and online payment).
    const refunds = await markPaidForRefund(tx, app.id);
    const amountVnd = refunds.reduce((sum, p) => sum + p.amountVnd, 0);
    if (amountVnd > 0) await notifyApplicant(tx, updated, 'refundDue', { amountVnd }, input.now);
    return updated;
  });
}
