import { z } from 'zod';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { notifyApplicant } from '@/lib/notifications';
import { freeText, longText } from '@/lib/procedures/fields';
import { AppError } from '@/lib/errors';
import { procedureOf } from '@/lib/procedures';
import { applyAction } from '@/lib/workflow/apply-action';
import { applicationOfRegistry, officerActor, parseInput, type RegistryStaff } from './registry-staff';

export const supplementRequest = z.object({
  items: z.array(z.object({ step: z.string().regex(/^[a-z][A-Za-z]*$/, 'validation.choose'), note: freeText(500) })).min(1, 'validation.required').max(20),
  reason: longText(1000),
});
export type SupplementRequest = z.output<typeof supplementRequest>;

/**
 * The dossier is incomplete (Law Art. 9(3)): the applicant is told each missing item, edits only
 * those pages and resubmits under the same dossier code. The items stay in the audit event.
 */
export async function requestSupplement(db: Db, input: { applicationId: string; officer: RegistryStaff; items: unknown; reason: unknown; now: Date }) {
  const request = parseInput(supplementRequest, { items: input.items, reason: input.reason });
  return inTransaction(db, async (tx) => {
    const app = await applicationOfRegistry(tx, input.applicationId, input.officer.registryCode);
    // Only pages of the application's own form can be asked about.
    const pages = procedureOf(app.procedureCode).formFor(app.formVersion).pages.map((p) => p.id);
    if (request.items.some((i) => !pages.includes(i.step))) throw new AppError('invalidInput', 'Unknown page', { fieldErrors: { 'items.0.step': ['validation.choose'] } });
    const updated = await applyAction(tx, {
      applicationId: app.id,
      action: 'requestSupplement',
      actor: officerActor(input.officer),
      scope: { registryCode: input.officer.registryCode },
      now: input.now,
      reason: request.reason,
      payload: { items: request.items },
    });
    await notifyApplicant(tx, updated, 'supplementRequested', request, input.now);
    return updated;
  });
}
