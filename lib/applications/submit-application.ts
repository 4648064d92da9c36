import { nextDossierNumber, selectApplication } from '@/db/queries/applications';
import { countAttachmentsByKind } from '@/db/queries/attachments';
import type { Db } from '@/db/types';
import { calendar } from '@/lib/calendar';
import { AppError, isAppError } from '@/lib/errors';
import { notifyApplicant } from '@/lib/notifications';
import type { Problem } from '@/lib/procedures/contract';
import { declaration } from '@/lib/procedures/fields';
import { pageOf } from '@/lib/procedures/form-types';
import { applyAction } from '@/lib/workflow/apply-action';
import { requestConsents } from './consents';
import { openApplication } from './open-application';

export type SubmitResult = { ok: true; applicationId: string; dossierCode: string; dueOn: string } | { ok: false; problems: Problem[] };

/**
 * Final check of every page shown and the declaration, then the dossier code, the day of receipt
 * (15:00 cut-off, working days) and the due date from the procedure's time limit. Consents the
 * procedure needs are asked in the same transaction. Submitting again returns the same dossier.
 */
export async function submitApplication(db: Db, input: { applicationId: string; personalId: string; declaration: unknown; now: Date }): Promise<SubmitResult> {
  const scope = { applicantPersonalId: input.personalId };
  const app = await selectApplication(db, input.applicationId, scope);
  if (!app) throw new AppError('notFound');
  if (app.dossierCode && app.status !== 'draft' && app.status !== 'needsSupplement') return submitted(app);

  const open = await openApplication(db, app, calendar.localDate(input.now));
  const { procedure, answers, ctx } = open;
  const form = procedure.formFor(app.formVersion);
  const problems: Problem[] = [];
  if (!declaration.safeParse(input.declaration).success) problems.push({ step: 'declaration', field: 'agreed', message: 'validation.declaration' });
  for (const step of procedure.visiblePages(answers, ctx)) {
    const page = pageOf(form, step);
    if (page?.kind === 'fields' && answers[step] === undefined) problems.push({ step, field: '_', message: 'validation.stepIncomplete' });
  }
  problems.push(...procedure.crossChecks(answers, ctx));
  // Count the files actually stored, not ids in the answers.
  const stored = await countAttachmentsByKind(db, app.id);
  for (const kind of procedure.requiredAttachments(answers, ctx)) {
    if (!stored[kind]) problems.push({ step: 'documents', field: kind, message: 'validation.attachmentRequired' });
  }
  if (problems.length > 0) return { ok: false, problems };

  const receivedOn = calendar.receivedDay(input.now);
  const dueOn = calendar.addWorkingDays(receivedOn, procedure.processingWorkingDays);
  const parties = procedure.parties(answers, ctx);
  try {
    const updated = await applyAction(db, {
      applicationId: app.id,
      action: app.status === 'needsSupplement' ? 'resubmit' : 'submit',
      actor: { kind: 'citizen', id: input.personalId },
      scope,
      now: input.now,
      payload: { receivedOn, dueOn },
      changes: async (current, tx) => {
        const code = current.dossierCode ?? (await dossierCode(tx, current.registryCode, input.now));
        const finalAnswers = { ...(current.answers as object), declaration: { agreed: true } };
        // Queued in the same transaction: the message goes out exactly when the submission holds.
        await notifyApplicant(tx, { ...current, dossierCode: code, answers: finalAnswers }, 'submitted', { dueOn }, input.now);
        await requestConsents(tx, { id: current.id, dossierCode: code, procedureCode: current.procedureCode, applicantPersonalId: current.applicantPersonalId, applicantName: ctx.applicant.fullName }, parties.consents, input.now);
        return { dossierCode: code, submittedAt: input.now, receivedOn, dueOn, answers: finalAnswers, subjectName: procedure.title(answers, ctx) };
      },
    });
    return submitted(updated);
  } catch (err) {
    // A second click raced the first: the first one submitted, so return its result.
    if (isAppError(err, 'illegalTransition')) {
      const again = await selectApplication(db, input.applicationId, scope);
      if (again?.dossierCode) return submitted(again);
    }
    throw err;
  }
}

function submitted(app: { id: string; dossierCode: string | null; dueOn: string | null }): SubmitResult {
  return { ok: true, applicationId: app.id, dossierCode: app.dossierCode!, dueOn: app.dueOn! };
}

/** "00070-261123-0007": registry, local day, the day's sequence. Readable over the phone. */
async function dossierCode(db: Db, registryCode: string, now: Date): Promise<string> {
  const day = calendar.localDate(now);
  const n = await nextDossierNumber(db, registryCode, day);
  return `${registryCode}-${day.slice(2).replace(/-/g, '')}-${String(n).padStart(4, '0')}`;
}
