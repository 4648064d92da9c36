import { z } from 'zod';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { notifyApplicant } from '@/lib/notifications';
import { procedureOf } from '@/lib/procedures';
import { longText } from '@/lib/procedures/fields';
import { applyAction } from '@/lib/workflow/apply-action';
import { applicationOfRegistry, officerActor, parseInput, type RegistryStaff } from './registry-staff';

const question = z.object({ reason: longText(1000) });

/**
 * The officer asks another commune or agency to verify something (domain README, step 6): the
 * statutory extension of the procedure is added to the due date, and the applicant is told the
 * new date.
 */
export async function startVerification(db: Db, input: { applicationId: string; officer: RegistryStaff; reason: unknown; now: Date }) {
  const { reason } = parseInput(question, { reason: input.reason });
  return inTransaction(db, async (tx) => {
    const app = await applicationOfRegistry(tx, input.applicationId, input.officer.registryCode);
    const extension = procedureOf(app.procedureCode).verificationWorkingDays;
    const dueOn = calendar.addWorkingDays(app.dueOn ?? calendar.localDate(input.now), extension);
    const updated = await applyAction(tx, {
      applicationId: app.id,
      action: 'startVerification',
      actor: officerActor(input.officer),
      scope: { registryCode: input.officer.registryCode },
      now: input.now,
      reason,
      payload: { previousDueOn: app.dueOn, dueOn, extensionWorkingDays: extension },
      changes: () => ({ dueOn }),
    });
    await notifyApplicant(tx, updated, 'verificationStarted', { dueOn }, input.now);
    return updated;
  });
}

const answer = z.object({ reason: longText(2000) });

/** The verification came back: its answer is recorded and the review goes on. */
export async function answerVerification(db: Db, input: { applicationId: string; officer: RegistryStaff; answer: unknown; now: Date }) {
  const { reason } = parseInput(answer, { reason: input.answer });
  return inTransaction(db, async (tx) => {
    const app = await applicationOfRegistry(tx, input.applicationId, input.officer.registryCode);
    return applyAction(tx, { applicationId: app.id, action: 'answerVerification', actor: officerActor(input.officer), scope: { registryCode: input.officer.registryCode }, now: input.now, reason });
  });
}
