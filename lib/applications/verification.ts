import { z } from 'zod';
import { inTransaction } from '@/db/transaction';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { notifyApplicant } from '@/lib/notifications';
import { procedureOf } from '@/lib/procedures';
import { longText } from '@/lib/procedures/fields';
import { applyAction } from '@/lib/workflow/apply-action';
import { insertOutbox } from '@/db/queries/outbox';
import { AppError } from '@/lib/errors';
import { POLICE_VERIFICATION_TOPIC } from '@/lib/integrations';
import { openApplication } from './open-application';
import { applicationOfRegistry, officerActor, parseInput, type RegistryStaff } from './registry-staff';

const question = z.object({ reason: longText(1000), agencies: z.array(z.enum(['police'])).default([]) });

/**
 * The officer asks another commune or agency to verify something (domain README, step 6): the
 * statutory extension of the procedure is added to the due date, and the applicant is told the
 * new date.
 */
export async function startVerification(db: Db, input: { applicationId: string; officer: RegistryStaff; reason: unknown; agencies?: unknown; now: Date }) {
  const { reason, agencies } = parseInput(question, { reason: input.reason, agencies: input.agencies ?? [] });
  return inTransaction(db, async (tx) => {
    const app = await applicationOfRegistry(tx, input.applicationId, input.officer.registryCode);
    const procedure = procedureOf(app.procedureCode);
    const extension = procedure.verificationWorkingDays;
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
    // The police answer through the outbox (Decree 87/2020 Art. 13(3)), where the procedure allows asking them.
    if (agencies.includes('police')) {
      const { answers, ctx } = await openApplication(tx, app, calendar.localDate(input.now));
      const subject = procedure.verification?.agencies.includes('police') ? procedure.verification.subject(answers, ctx) : null;
      if (!subject) throw new AppError('invalidInput', 'The police cannot be asked for this application', { fieldErrors: { agencies: ['validation.choose'] } });
      await insertOutbox(tx, {
        topic: POLICE_VERIFICATION_TOPIC,
        idempotencyKey: `${app.id}:police:${updated.version}`,
        payload: { applicationId: app.id, ...subject, question: reason },
        createdAt: input.now,
        nextAttemptAt: input.now,
      });
    }
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
