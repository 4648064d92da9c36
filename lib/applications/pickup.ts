import { z } from 'zod';
import { updateDocumentStatusOfApplication } from '@/db/queries/documents';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { notifyApplicant } from '@/lib/notifications';
import { longText } from '@/lib/procedures/fields';
import { applyAction } from '@/lib/workflow/apply-action';
import { applicationOfRegistry, officerActor, parseInput, type RegistryStaff } from './registry-staff';

/*
 * Procedures whose result is collected in person (presence `pickup`): the applicant shows her ID
 * and the originals of every photographed paper (Circular 01/2022 Art. 6(5)(a)); if she cannot,
 * or they are forged, the result is cancelled (Art. 6(5)(b)) and every document issued on the
 * application becomes "cancelled" on the verify page.
 */

export async function completePickup(db: Db, input: { applicationId: string; officer: RegistryStaff; now: Date }) {
  return inTransaction(db, async (tx) => {
    const app = await applicationOfRegistry(tx, input.applicationId, input.officer.registryCode);
    const updated = await applyAction(tx, { applicationId: app.id, action: 'pickupDone', actor: officerActor(input.officer), scope: { registryCode: input.officer.registryCode }, now: input.now });
    await notifyApplicant(tx, updated, 'pickedUp', {}, input.now);
    return updated;
  });
}

const cancellation = z.object({ reason: longText(2000) });

export async function cancelResult(db: Db, input: { applicationId: string; staff: RegistryStaff & { role: 'officer' | 'signer' }; reason: unknown; now: Date }) {
  const { reason } = parseInput(cancellation, { reason: input.reason });
  return inTransaction(db, async (tx) => {
    const app = await applicationOfRegistry(tx, input.applicationId, input.staff.registryCode);
    const updated = await applyAction(tx, {
      applicationId: app.id,
      action: 'cancelResult',
      actor: { kind: input.staff.role, id: input.staff.userId },
      scope: { registryCode: input.staff.registryCode },
      now: input.now,
      reason,
    });
    const cancelled = await updateDocumentStatusOfApplication(tx, app.id, 'cancelled');
    await notifyApplicant(tx, updated, 'resultCancelled', { reason }, input.now);
    return { application: updated, cancelledDocuments: cancelled };
  });
}
