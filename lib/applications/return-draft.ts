import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { printedRegistryName } from '@/lib/documents/registry-text';
import { AppError } from '@/lib/errors';
import { notifyApplicant } from '@/lib/notifications';
import { getRegistry } from '@/lib/registries';
import { applyAction } from '@/lib/workflow/apply-action';
import { openApplication } from './open-application';
import { applicationOfRegistry, officerActor, type RegistryStaff } from './registry-staff';

/**
 * Sends the would-be document back to the applicant to check (Circular 01/2022 Art. 6(3)). The
 * draft content is kept in the audit event, exactly as shown; entry number and book are blank
 * because they exist only once the event is registered. The applicant has until 17:00 of the
 * next working day; silence then counts as confirmation (lib/jobs).
 */
export async function returnDraft(db: Db, input: { applicationId: string; officer: RegistryStaff; now: Date }) {
  return inTransaction(db, async (tx) => {
    const app = await applicationOfRegistry(tx, input.applicationId, input.officer.registryCode);
    const today = calendar.localDate(input.now);
    const { procedure, answers, ctx } = await openApplication(tx, app, today);
    const registry = await getRegistry(tx, app.registryCode);
    if (!registry) throw new AppError('notFound', `Registry ${app.registryCode} is missing`);
    const draft = procedure.document.content(
      answers,
      ctx,
      { registryCode: registry.code, registryProvinceCode: registry.provinceCode, registryName: printedRegistryName(registry), entryNumber: '', book: '', registeredOn: today, subjectPersonalId: '', registrationType: '' },
      null,
    );
    const deadline = calendar.confirmationDeadline(input.now);
    const updated = await applyAction(tx, {
      applicationId: app.id,
      action: 'returnDraft',
      actor: officerActor(input.officer),
      scope: { registryCode: input.officer.registryCode },
      now: input.now,
      payload: { draft, confirmationDeadline: deadline.toISOString() },
      changes: () => ({ draftReturnedAt: input.now, confirmationDeadline: deadline, confirmation: null }),
    });
    await notifyApplicant(tx, updated, 'draftReturned', { deadline }, input.now);
    return updated;
  });
}
