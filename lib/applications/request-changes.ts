import { z } from 'zod';
import { selectApplication } from '@/db/queries/applications';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { AppError } from '@/lib/errors';
import { notifyApplicant } from '@/lib/notifications';
import { longText } from '@/lib/procedures/fields';
import { applyAction } from '@/lib/workflow/apply-action';
import { parseInput } from './registry-staff';

const changeRequest = z.object({ comment: longText(2000) });

/**
 * The applicant asks for changes to the returned draft: it goes back to the officer with her
 * comment. Only within the check window: once the deadline has passed, silence has already
 * counted as confirmation, even if the scheduler has not run yet.
 */
export async function requestChanges(db: Db, input: { applicationId: string; personalId: string; organisationCode: string | null; comment: unknown; now: Date }) {
  const { comment } = parseInput(changeRequest, { comment: input.comment });
  const scope = { partyPersonalId: input.personalId, organisationCode: input.organisationCode };
  return inTransaction(db, async (tx) => {
    const app = await selectApplication(tx, input.applicationId, scope);
    if (!app) throw new AppError('notFound');
    if (app.confirmationDeadline && input.now >= app.confirmationDeadline) {
      throw new AppError('conflict', 'The time to check the draft has ended', { reason: 'confirmationEnded', deadline: app.confirmationDeadline.toISOString() });
    }
    const updated = await applyAction(tx, {
      applicationId: app.id,
      action: 'requestChanges',
      actor: { kind: 'citizen', id: input.personalId },
      scope,
      now: input.now,
      reason: comment,
      changes: () => ({ confirmationDeadline: null, confirmation: null }),
    });
    await notifyApplicant(tx, updated, 'changesRequested', {}, input.now);
    return updated;
  });
}
